import { csvFormatRows } from 'd3';
import { formulaLike } from '$lib/schema/formulaLike';

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
	return formulaLike(value) ? `'${value}` : value;
}

function exactCell(value: string | number | null): string {
	return value === null ? '' : String(value);
}

/**
 * CSV that Excel on Chinese Windows opens correctly: UTF-8 with a byte-order mark, CRLF lines.
 * `exact` keeps every value as it is, for files meant to be read back by a program, not opened.
 */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[], { exact = false } = {}): string {
	const format = exact ? exactCell : cell;
	const body = csvFormatRows([
		columns.map((c) => format(c.label)),
		...rows.map((row) => columns.map((c) => format(c.value(row))))
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
