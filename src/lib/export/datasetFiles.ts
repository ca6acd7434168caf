import { strToU8, zipSync } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { BasicType } from 'hyparquet-writer';
import type { ColumnDef, TableRows, TypedRow } from '$lib/schema/types';
import { formulaLike } from '$lib/schema/formulaLike';
import { toCsv } from './csv';

/** The header a template and an export write: the Chinese label, with the unit in brackets. */
export function headerOf(column: ColumnDef): string {
	return column.unit ? `${column.label}（${column.unit}）` : column.label;
}

/**
 * One table as CSV with canonical column names, so it can go back into `data/` as it is: exact,
 * formula-like text included (`formulaCells` lists it, for the note that goes with the export).
 */
export function tableCsv({ table, rows }: TableRows): string {
	return toCsv(
		table.columns.map((c) => ({ label: c.name, value: (row: TypedRow) => row[c.name] })),
		rows,
		{ exact: true }
	);
}

export interface FormulaCell {
	table: string;
	/** the line in the table's CSV (the header is line 1) */
	line: number;
	column: string;
	value: string;
}

/** Text cells a spreadsheet would take for a formula if the exact CSV were opened in it. */
export function formulaCells(tables: TableRows[]): FormulaCell[] {
	const found: FormulaCell[] = [];
	for (const { table, rows } of tables) {
		const text = table.columns.filter((c) => c.type === 'text');
		rows.forEach((row, i) => {
			for (const c of text) {
				const value = row[c.name];
				if (typeof value === 'string' && formulaLike(value))
					found.push({ table: table.name, line: i + 2, column: c.name, value });
			}
		});
	}
	return found;
}

const PARQUET_TYPES: Record<ColumnDef['type'], BasicType> = {
	integer: 'INT32',
	number: 'DOUBLE',
	// dates stay ISO text (2023-11-05, or 2020-11 where only the month is known)
	date: 'STRING',
	partialDate: 'STRING',
	text: 'STRING',
	enum: 'STRING'
};

/** One table as a Parquet file, typed from the schema (duckdb-wasm cannot write Parquet offline). */
export function tableParquet({ table, rows }: TableRows): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: table.columns.map((c) => ({
			name: c.name,
			type: c.type === 'integer' && (c.max ?? 0) > 2 ** 31 - 1 ? 'DOUBLE' : PARQUET_TYPES[c.type],
			data: rows.map((r) => r[c.name] ?? null)
		}))
	});
	return new Uint8Array(buffer);
}

/** Every table in one zip, with a note saying what it is and when it was taken. */
export function datasetZip(
	tables: TableRows[],
	format: 'csv' | 'parquet',
	note: string
): Uint8Array {
	const files: Record<string, Uint8Array> = { 'README.txt': strToU8(note) };
	for (const t of tables) {
		files[`${t.table.name}.${format}`] = format === 'csv' ? strToU8(tableCsv(t)) : tableParquet(t);
	}
	return zipSync(files, { level: 6 });
}
