import type { Column } from './types';

/** a right-aligned, numerically sorted column; `format` shows the value, the raw one sorts */
export function numericColumn<R>(
	key: string,
	label: string,
	value: (row: R) => number | null,
	format?: (row: R) => string
): Column<R> {
	return { key, label, numeric: true, value, format };
}
