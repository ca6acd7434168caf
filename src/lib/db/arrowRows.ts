import { Type, type Table } from 'apache-arrow';
import type { Cell, Row } from './connector';

function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Arrow results as plain rows for the charts: BIGINT counts become numbers, DATE values become
 * `YYYY-MM-DD` strings, so components never see bigint or epoch milliseconds.
 */
export function arrowToRows<T extends object = Row>(table: Table): T[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name)!);
	const convert = fields.map((f): ((v: unknown) => Cell) => {
		if (f.typeId === Type.Date || f.typeId === Type.Timestamp) {
			return (v) => (v === null ? null : isoDate(Number(v)));
		}
		if (f.typeId === Type.Decimal) {
			// DuckDB's SUM over integers is HUGEINT, which reaches Arrow as a decimal
			const scale = 10 ** (f.type as { scale: number }).scale;
			return (v) => (v === null ? null : Number(String(v)) / scale);
		}
		return (v) => (typeof v === 'bigint' ? Number(v) : (v as Cell));
	});
	const rows: T[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) row[fields[c].name] = convert[c](columns[c].get(i));
		rows[i] = row as T;
	}
	return rows;
}
