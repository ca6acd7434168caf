import type { Connector } from '$lib/db/connector';
import type { TableRows } from '$lib/export/datasetFiles';
import type { ImportContext } from '$lib/ingest/checkFile';
import { thresholdsSql, type Threshold } from '$lib/queries/assessment';
import { divisionsForCheckSql } from '$lib/queries/importContext';
import { inventorySql, tableRowsSql, type TableInventory } from '$lib/queries/dataInventory';
import { TABLES } from '$lib/schema/tables';
import type { TypedRow } from '$lib/schema/types';

export interface DataView {
	inventory: TableInventory[];
}

/** The 数据 page's figures: every table as loaded (imports included, once DuckDB holds them). */
export async function loadDataView(db: Connector): Promise<DataView> {
	return { inventory: await db.query<TableInventory>(inventorySql()) };
}

/** Every table as loaded now, in schema order: what the dataset exports write. */
export async function loadAllTables(db: Connector): Promise<TableRows[]> {
	return Promise.all(
		TABLES.map(async (table) => ({ table, rows: await db.query<TypedRow>(tableRowsSql(table)) }))
	);
}

/** What a new file is checked against: the divisions and the grade thresholds now loaded. */
export async function loadImportContext(db: Connector): Promise<ImportContext> {
	const [divisions, gradeThresholds] = await Promise.all([
		db.query<TypedRow>(divisionsForCheckSql()),
		db.query<Threshold>(thresholdsSql())
	]);
	return { divisions, gradeThresholds };
}
