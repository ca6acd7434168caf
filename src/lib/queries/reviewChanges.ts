import type { TableDef } from '$lib/schema/types';
import { inScope, matches, STAGING_TABLE } from './importChanges';
import { ident } from './sql';

/** columns that say where a row came from, not what it says: a new file always changes them */
const BOOKKEEPING = new Set(['provenance', 'source']);

/** the columns a reviewer compares: every one but the key and the bookkeeping */
export function comparedColumns(table: TableDef): string[] {
	return table.columns
		.map((c) => c.name)
		.filter((c) => !table.key.includes(c) && !BOOKKEEPING.has(c));
}

/** the most rows a review lists; a file changing more is summed up by year in its preview */
export const REVIEW_ROWS_SHOWN = 2000;

/**
 * Each row a staged file adds, changes or removes, against the published table: its key, then
 * `new_<column>` and `old_<column>` for every compared column. Unchanged rows are left out.
 */
export function reviewChangesSql(table: TableDef): string {
	const compared = comparedColumns(table);
	const same = matches(compared, 'i', 'c');
	const key = table.key.map((k) => `coalesce(i.${ident(k)}, c.${ident(k)}) AS ${ident(k)}`);
	const values = compared.flatMap((c) => [
		`i.${ident(c)} AS ${ident(`new_${c}`)}`,
		`c.${ident(c)} AS ${ident(`old_${c}`)}`
	]);
	return `WITH incoming AS (SELECT *, TRUE AS in_file FROM ${STAGING_TABLE}),
	loaded AS (SELECT t.*, TRUE AS in_data FROM ${ident(table.name)} t WHERE ${inScope(table, 't')})
	SELECT CASE WHEN c.in_data IS NULL THEN 'added' WHEN i.in_file IS NULL THEN 'removed'
			ELSE 'changed' END AS change,
		${[...key, ...values].join(',\n\t\t')}
	FROM incoming i FULL JOIN loaded c ON ${matches(table.key, 'i', 'c')}
	WHERE c.in_data IS NULL OR i.in_file IS NULL OR NOT (${same || 'TRUE'})
	ORDER BY ${table.key.map((k, n) => String(n + 2)).join(', ')}
	LIMIT ${REVIEW_ROWS_SHOWN}`;
}

/**
 * The published rows the staged file names by key, in the shape a checked file's rows have (dates
 * as `YYYY-MM-DD` text): where an update leaves a column blank, its value comes from here.
 */
export function publishedMatchesSql(table: TableDef): string {
	const columns = table.columns.map((c) =>
		c.type === 'date'
			? `strftime(p.${ident(c.name)}, '%Y-%m-%d') AS ${ident(c.name)}`
			: `p.${ident(c.name)}`
	);
	return `SELECT ${columns.join(', ')} FROM ${ident(table.name)} p
	WHERE EXISTS (SELECT 1 FROM ${STAGING_TABLE} s WHERE ${matches(table.key, 's', 'p')})`;
}
