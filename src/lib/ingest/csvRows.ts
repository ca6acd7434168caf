import Papa from 'papaparse';
import { LimitExceeded, type LimitProblem } from './fileLimits';

export type Progress = (fraction: number) => void;

/**
 * The cells of a CSV text, row by row, as the spreadsheet numbers them (row 1 is the first line, blank
 * lines included). The delimiter is guessed from the start of the file: comma, tab (Excel's "Unicode
 * text") or semicolon. With `limit`, reading stops at the first row it finds a problem in
 * (`LimitExceeded`), so a file far past a limit is refused in the time its first megabyte takes.
 */
export function csvRows(
	text: string,
	onProgress?: Progress,
	limit?: (cells: string[]) => LimitProblem | null
): string[][] {
	const delimiter = Papa.parse<string[]>(text.slice(0, 65536), {
		preview: 50,
		delimitersToGuess: [',', '\t', ';']
	}).meta.delimiter;
	const rows: string[][] = [];
	let exceeded: LimitProblem | null = null;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		chunkSize: 1024 * 1024,
		chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
			for (const row of results.data) {
				exceeded = limit?.(row) ?? null;
				if (exceeded) return parser.abort();
				rows.push(row);
			}
			onProgress?.(Math.min(1, results.meta.cursor / text.length));
		},
		// a string is read synchronously, chunk by chunk: by the time parse returns, this has run
		complete: () => onProgress?.(1)
	});
	if (exceeded) throw new LimitExceeded(exceeded);
	// a file that ends with a newline gives one last empty row that no spreadsheet shows
	const last = rows.at(-1);
	if (last && last.length === 1 && last[0] === '') rows.pop();
	return rows;
}
