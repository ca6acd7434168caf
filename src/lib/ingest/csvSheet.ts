import { csvParseRows } from 'd3';
import type { Sheet } from '$lib/schema/validate';

/** A plain CSV (header on row 1) as a sheet; a UTF-8 byte-order mark is dropped. */
export function csvToSheet(file: string, text: string): Sheet {
	const [headers = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
	return { file, headers, rows, headerRow: 1 };
}
