import type { TableDef } from '$lib/schema/types';
import { ident } from './sql';

/** Where a checked file's rows wait, as their own table, until they are committed or dropped. */
export const STAGING_TABLE = 'import_staging';

export interface ImportChange {
	/** null for tables without a year */
	year: number | null;
	added: number;
	replaced: number;
	unchanged: number;
	removed: number;
}

function scopeOf(table: TableDef): string[] {
	return table.replaceBy ?? table.key;
}

export function matches(columns: string[], left: string, right: string): string {
	return columns
		.map((c) => `${left}.${ident(c)} IS NOT DISTINCT FROM ${right}.${ident(c)}`)
		.join(' AND ');
}

/** The loaded rows a file replaces: those that share its scope (its years, sectors, archives…). */
export function inScope(table: TableDef, alias: string): string {
	return `EXISTS (SELECT 1 FROM ${STAGING_TABLE} s WHERE ${matches(scopeOf(table), 's', alias)})`;
}

/** What committing the staged rows would do, by year: rows added, replaced, unchanged and removed. */
export function importChangesSql(table: TableDef): string {
	const hasYear = table.columns.some((c) => c.name === 'year');
	const columns = table.columns.map((c) => c.name);
	const same = matches(columns, 'i', 'c');
	return `WITH incoming AS (SELECT *, TRUE AS in_file FROM ${STAGING_TABLE}),
	loaded AS (SELECT t.*, TRUE AS in_data FROM ${ident(table.name)} t WHERE ${inScope(table, 't')})
	SELECT ${hasYear ? 'coalesce(i.year, c.year)' : 'NULL::INTEGER'} AS year,
		count(*) FILTER (WHERE c.in_data IS NULL)::INTEGER AS added,
		count(*) FILTER (WHERE i.in_file AND c.in_data AND NOT (${same}))::INTEGER AS replaced,
		count(*) FILTER (WHERE i.in_file AND c.in_data AND (${same}))::INTEGER AS unchanged,
		count(*) FILTER (WHERE i.in_file IS NULL)::INTEGER AS removed
	FROM incoming i FULL JOIN loaded c ON ${matches(table.key, 'i', 'c')}
	GROUP BY ALL ORDER BY year`;
}

/** The statements of one atomic replace: the caller runs them between BEGIN and COMMIT. */
export function replaceRowsSql(table: TableDef): string[] {
	return [
		`DELETE FROM ${ident(table.name)} WHERE ${inScope(table, ident(table.name))}`,
		`INSERT INTO ${ident(table.name)} BY NAME SELECT * FROM ${STAGING_TABLE}`
	];
}
