import type { Column } from '$lib/table/column';
import { chartCsv } from './chartData';
import { download } from './csv';

/**
 * Saves a table's rows as `name.csv` or `name.xlsx` (its sheet named `sheet`), numbers kept as
 * numbers; returns the file name.
 */
export async function saveTable<T>(
	name: string,
	columns: Column<T>[],
	rows: T[],
	kind: 'csv' | 'xlsx',
	sheet = name
): Promise<string> {
	const file = `${name}.${kind}`;
	if (kind === 'csv') download(file, chartCsv(columns, rows));
	else {
		const { chartXlsx } = await import('./chartXlsx');
		download(file, await chartXlsx(columns, rows, sheet));
	}
	return file;
}
