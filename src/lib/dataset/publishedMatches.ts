import { STAGING_TABLE } from '$lib/queries/importChanges';
import { publishedMatchesSql } from '$lib/queries/reviewChanges';
import type { TableDef, TypedRow } from '$lib/schema/types';
import type { Connector } from '$lib/db/connector';
import { stage, type ImportRows } from './importedData';

/** The loaded rows that these rows name by key (dates as `YYYY-MM-DD`, as a checked file has them). */
export async function publishedMatches(
	db: Connector,
	table: TableDef,
	rows: ImportRows
): Promise<TypedRow[]> {
	await stage(db, table, rows);
	try {
		return await db.query<TypedRow>(publishedMatchesSql(table));
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
	}
}
