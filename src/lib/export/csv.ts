import { csvFormatRows } from 'd3';

export interface CsvColumn<T> {
	label: string;
	value: (row: T) => string | number | null;
}

/**
 * Text a spreadsheet would take for a formula (`=HYPERLINK(…)` in a unit's name) is kept as text
 * by a leading apostrophe; numbers, negative ones included, stay numbers.
 */
function cell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV that Excel on Chinese Windows opens correctly: UTF-8 with a byte-order mark, CRLF lines. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
	const body = csvFormatRows([
		columns.map((c) => cell(c.label)),
		...rows.map((row) => columns.map((c) => cell(c.value(row))))
	]);
	return `\uFEFF${body.replace(/\n/g, '\r\n')}\r\n`;
}

let observer: ((filename: string) => void) | null = null;

/** the service records each file a signed-in reader saves (its audit log) */
export function observeDownloads(record: (filename: string) => void): void {
	observer = record;
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
	observer?.(filename);
}
