import { STAGING_TABLE } from '$lib/queries/importChanges';
import { plausibilitySql, type PlausibilityWarning } from '$lib/queries/plausibility';
import { comparedColumns, reviewChangesSql } from '$lib/queries/reviewChanges';
import type { TypedRow } from '$lib/schema/types';
import type { Cell, Connector, Row } from '$lib/db/connector';
import { schemaOf, stage } from './importedData';

/** one row a file adds, changes or removes; for a change, the columns whose values differ */
export interface RowChange {
	change: 'added' | 'changed' | 'removed';
	key: Record<string, Cell>;
	fields: { column: string; before: Cell; after: Cell }[];
}

export interface ImportReview {
	changes: RowChange[];
	warnings: PlausibilityWarning[];
}

function rowChange(row: Row, key: string[], compared: string[]): RowChange {
	const change = row.change as RowChange['change'];
	const fields = compared
		.map((column) => ({ column, before: row[`old_${column}`], after: row[`new_${column}`] }))
		.filter((f) => change !== 'changed' || String(f.before) !== String(f.after));
	return { change, key: Object.fromEntries(key.map((k) => [k, row[k]])), fields };
}

/**
 * What a reviewer sees of a file before approving it: each row it adds, changes (old → new) or
 * removes against the loaded data, and the plausibility warnings. The data is left as it is.
 */
export async function reviewImport(
	db: Connector,
	tableName: string,
	rows: TypedRow[]
): Promise<ImportReview> {
	const table = schemaOf(tableName);
	await stage(db, table, rows);
	try {
		const compared = comparedColumns(table);
		const changes = (await db.query<Row>(reviewChangesSql(table))).map((r) =>
			rowChange(r, table.key, compared)
		);
		const sql = plausibilitySql(table);
		const warnings = sql ? await db.query<PlausibilityWarning>(sql) : [];
		return { changes, warnings };
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
	}
}
