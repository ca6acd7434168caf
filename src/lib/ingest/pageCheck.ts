import { rowsToIpc } from '$lib/schema/toArrow';
import type { FileCheck } from './checkFile';

/**
 * A check as the page holds it: everything the preview shows, and the accepted rows as one Arrow
 * IPC stream (null when none) that goes to DuckDB as it is, so the page never turns a million rows
 * into objects of its own.
 */
export interface PageCheck extends Omit<FileCheck, 'rows' | 'rowNumbers'> {
	rows: Uint8Array | null;
	rowCount: number;
}

export function heldByPage(check: FileCheck): PageCheck {
	const { file, format, sheetNames, sheet, table, headerRow, issues, rows } = check;
	return {
		...{ file, format, sheetNames, sheet, table, headerRow, issues },
		rows: table && rows.length > 0 ? rowsToIpc(table, rows) : null,
		rowCount: rows.length
	};
}
