import type { Column } from '$lib/table/column';
import { toCsv } from './csv';

/** Numbers stay numbers (Excel can compute with them); other cells read as on screen. */
export function cellValue<T>(column: Column<T>, row: T): string | number | null {
	const value = column.value(row);
	if (column.numeric && typeof value === 'number') return value;
	return column.format ? column.format(row) : value;
}

export function chartCsv<T>(columns: Column<T>[], rows: T[]): string {
	return toCsv(
		columns.map((c) => ({ label: c.label, value: (row: T) => cellValue(c, row) })),
		rows
	);
}

/** Tab-separated, as shown on screen: pastes into Word and WPS tables and into Excel cells. */
export function chartTsv<T>(columns: Column<T>[], rows: T[]): string {
	const line = (cells: (string | number | null)[]) =>
		cells.map((c) => String(c ?? '').replace(/[\t\n]/g, ' ')).join('\t');
	return [
		line(columns.map((c) => c.label)),
		...rows.map((row) => line(columns.map((c) => (c.format ? c.format(row) : c.value(row)))))
	].join('\n');
}
