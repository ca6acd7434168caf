import type { ColumnDef } from './types';

/** A column's rule in words, for the data dictionary page and `data/README.md`. */
export function columnRule(column: ColumnDef): string {
	const parts: string[] = [];
	if (column.values) parts.push(column.values.join(' / '));
	if (column.min !== undefined || column.max !== undefined) {
		parts.push(`${column.min ?? '−∞'}–${column.max ?? '∞'}`);
	}
	if (column.pattern) parts.push(column.pattern.rule);
	return parts.join('；');
}
