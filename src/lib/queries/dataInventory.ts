import { TABLES } from '$lib/schema/tables';
import type { TableDef } from '$lib/schema/types';
import { ident, sqlString } from './sql';

export interface TableInventory {
	table_name: string;
	rows: number;
	first_year: number | null;
	last_year: number | null;
	official: number | null;
	estimate: number | null;
	sample: number | null;
}

const has = (table: TableDef, column: string) => table.columns.some((c) => c.name === column);

/** Every table's row count, years and provenance, as loaded now (imports included). */
export function inventorySql(tables: readonly TableDef[] = TABLES): string {
	return tables
		.map((t) => {
			const year = has(t, 'year');
			const prov = (p: string) =>
				has(t, 'provenance')
					? `count(*) FILTER (WHERE provenance = ${sqlString(p)})::INTEGER`
					: 'NULL::INTEGER';
			return `SELECT ${sqlString(t.name)} AS table_name, count(*)::INTEGER AS rows,
		${year ? 'min(year)' : 'NULL::INTEGER'} AS first_year, ${year ? 'max(year)' : 'NULL::INTEGER'} AS last_year,
		${prov('official')} AS official, ${prov('estimate')} AS estimate, ${prov('sample')} AS sample
	FROM ${ident(t.name)}`;
		})
		.join('\nUNION ALL\n');
}

/** A table's rows in schema column order, sorted by its key: what exports and templates write. */
export function tableRowsSql(table: TableDef, limit?: number): string {
	const columns = table.columns.map((c) => ident(c.name)).join(', ');
	const order = table.key.map(ident).join(', ');
	return `SELECT ${columns} FROM ${ident(table.name)} ORDER BY ${order}${limit ? ` LIMIT ${limit}` : ''}`;
}
