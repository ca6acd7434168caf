import type { Sheet } from '$lib/schema/validate';
import { csvRows } from './csvRows';

/** A plain CSV (header on row 1), as the data build reads `data/`; a UTF-8 byte-order mark is dropped. */
export function csvToSheet(file: string, text: string): Sheet {
	const [headers = [], ...rows] = csvRows(text.replace(/^\uFEFF/, ''));
	return { file, headers, rows, headerRow: 1 };
}
