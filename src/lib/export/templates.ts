import writeExcelFile from 'write-excel-file/browser';
import type { TableDef, TypedRow } from '$lib/schema/types';
import { headerOf, tableCsv } from './datasetFiles';

/**
 * A table's import template: the Chinese headers the checker reads, and one example row taken from
 * the data now loaded (so it shows real forms of values: 2023, 95.79, 2020-11).
 */
export async function templateXlsx(table: TableDef, example: TypedRow[]): Promise<Blob> {
	const header = table.columns.map((c) => ({
		value: headerOf(c),
		fontWeight: 'bold' as const
	}));
	const rows = example.map((row) =>
		table.columns.map((c) => {
			const value = row[c.name];
			if (value === null) return null;
			return typeof value === 'number' ? { value, type: Number } : { value: String(value) };
		})
	);
	return writeExcelFile([header, ...rows], {
		sheet: table.label,
		columns: table.columns.map((c) => ({ width: Math.max(10, headerOf(c).length * 2 + 2) })),
		stickyRowsCount: 1
	}).toBlob();
}

export function templateCsv(table: TableDef, example: TypedRow[]): string {
	return tableCsv({ table, rows: example }, 'chinese');
}
