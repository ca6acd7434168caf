import type { Snippet } from 'svelte';

/** a column of a DataTable: how to read, sort and show one field of a row */
export interface Column<R> {
	key: string;
	label: string;
	value: (row: R) => string | number | null;
	format?: (row: R) => string;
	numeric?: boolean;
	cell?: Snippet<[R]>;
}

/** a right-aligned, numerically sorted column; `format` shows the value, the raw one sorts */
export function numericColumn<R>(
	key: string,
	label: string,
	value: (row: R) => number | null,
	format?: (row: R) => string
): Column<R> {
	return { key, label, numeric: true, value, format };
}
