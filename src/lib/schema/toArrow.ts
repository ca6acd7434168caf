import {
	DateDay,
	Dictionary,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import type { ColumnDef, TableDef, TypedRow } from './types';

const INT32_MAX = 2 ** 31 - 1;

function arrowType(column: ColumnDef, values: TypedRow[string][]): DataType {
	switch (column.type) {
		case 'integer':
			return (column.max ?? 0) > INT32_MAX ? new Float64() : new Int32();
		case 'number':
			return new Float64();
		case 'date':
			return new DateDay();
		default:
			// repeated text (sector, grade, provenance, source) compresses to a few bytes per row;
			// mostly-unique text (codes, village names) is smaller without a dictionary
			return new Set(values).size > values.length / 2
				? new Utf8()
				: new Dictionary(new Utf8(), new Int32());
	}
}

function arrowValue(column: ColumnDef, value: TypedRow[string]): unknown {
	if (value === null || value === undefined) return null;
	if (column.type === 'date') return new Date(`${value}T00:00:00Z`);
	return value;
}

/** Typed, validated rows as an Arrow table whose columns follow the schema exactly. */
export function rowsToArrow(table: TableDef, rows: TypedRow[]): Table {
	const vectors = Object.fromEntries(
		table.columns.map((column) => {
			const values = rows.map((r) => r[column.name]);
			return [
				column.name,
				vectorFromArray(
					values.map((v) => arrowValue(column, v)),
					arrowType(column, values)
				)
			];
		})
	);
	return new Table(vectors);
}

/** Arrow IPC stream bytes: what DuckDB-wasm's `insertArrowFromIPCStream` reads. */
export function rowsToIpc(table: TableDef, rows: TypedRow[]): Uint8Array {
	return tableToIPC(rowsToArrow(table, rows), 'stream');
}
