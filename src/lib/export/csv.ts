import { csvFormatRows } from 'd3';

export interface CsvColumn<T> {
	label: string;
	value: (row: T) => string | number | null;
}

/** CSV that Excel on Chinese Windows opens correctly: UTF-8 with a byte-order mark, CRLF lines. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
	const body = csvFormatRows([
		columns.map((c) => c.label),
		...rows.map((row) => columns.map((c) => String(c.value(row) ?? '')))
	]);
	return `\uFEFF${body.replace(/\n/g, '\r\n')}\r\n`;
}

export function download(
	filename: string,
	content: string | Uint8Array | Blob,
	type = 'text/csv;charset=utf-8'
): void {
	const part = typeof content === 'string' || content instanceof Blob ? content : content.slice();
	const blob = part instanceof Blob ? part : new Blob([part], { type });
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
