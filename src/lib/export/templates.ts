import writeExcelFile from 'write-excel-file/browser';
import type { TableDef, TypedRow } from '$lib/schema/types';
import { EXAMPLE_MARK } from '$lib/schema/validate';
import { toCsv } from './csv';
import { headerOf } from './datasetFiles';

/**
 * A table's import template: a 序号 column, the Chinese headers the checker reads, and one example
 * row taken from the data now loaded (real forms of values: 2023, 95.79, 2020-11). Its 序号 reads
 * 示例, which the checker skips: a planner may leave it in place.
 */
export async function templateXlsx(table: TableDef, example: TypedRow[]): Promise<Blob> {
	const header = ['序号', ...table.columns.map(headerOf)].map((value) => ({
		value,
		fontWeight: 'bold' as const
	}));
	const rows = example.map((row) => [
		{ value: EXAMPLE_MARK, color: '#8a5a00' },
		...table.columns.map((c) => {
			const value = row[c.name];
			if (value === null) return null;
			return typeof value === 'number' ? { value, type: Number } : { value: String(value) };
		})
	]);
	return writeExcelFile([header, ...rows], {
		sheet: table.label,
		columns: [
			{ width: 8 },
			...table.columns.map((c) => ({ width: Math.max(10, headerOf(c).length * 2 + 2) }))
		],
		stickyRowsCount: 1
	}).toBlob();
}

export function templateCsv(table: TableDef, example: TypedRow[]): string {
	return toCsv(
		[
			{ label: '序号', value: () => EXAMPLE_MARK },
			...table.columns.map((c) => ({ label: headerOf(c), value: (row: TypedRow) => row[c.name] }))
		],
		example
	);
}
