import { toHalfWidth } from './parseValue';
import type { ColumnDef, TableDef } from './types';

/**
 * `馆藏档案 （卷件）`, `馆藏档案(卷件)` and `馆藏档案` all compare equal after this, and so do
 * `其中：已数字化` and `已数字化` (the sub-column of a statistical table's group header).
 */
export function normalizeHeader(header: string): string {
	return toHalfWidth(header)
		.replace(/\s+/g, '')
		.replace(/[（(][^）)]*[）)]$/, '')
		.replace(/[*＊:：]/g, '')
		.replace(/^其中/, '')
		.toLowerCase();
}

/** The column a header names, by canonical name, Chinese label or a known variant. */
export function columnForHeader(table: TableDef, header: string): ColumnDef | undefined {
	const exact = toHalfWidth(header).replace(/\s+/g, '');
	const bare = normalizeHeader(header);
	for (const column of table.columns) {
		const names = [column.name, column.label, ...column.aliases];
		if (names.some((n) => n === exact || normalizeHeader(n) === bare)) return column;
	}
	return undefined;
}
