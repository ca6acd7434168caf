import Papa from 'papaparse';

export type Progress = (fraction: number) => void;

/**
 * The cells of a CSV text, row by row, as the spreadsheet numbers them (row 1 is the first line, blank
 * lines included). The delimiter is guessed from the start of the file: comma, tab (Excel's "Unicode
 * text") or semicolon.
 */
export function csvRows(text: string, onProgress?: Progress): string[][] {
	const delimiter = Papa.parse<string[]>(text.slice(0, 65536), {
		preview: 50,
		delimitersToGuess: [',', '\t', ';']
	}).meta.delimiter;
	const rows: string[][] = [];
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		chunkSize: 1024 * 1024,
		chunk(results: Papa.ParseResult<string[]>) {
			for (const row of results.data) rows.push(row);
			onProgress?.(Math.min(1, results.meta.cursor / text.length));
		},
		// a string is read synchronously, chunk by chunk: by the time parse returns, this has run
		complete: () => onProgress?.(1)
	});
	// a file that ends with a newline gives one last empty row that no spreadsheet shows
	const last = rows.at(-1);
	if (last && last.length === 1 && last[0] === '') rows.pop();
	return rows;
}
