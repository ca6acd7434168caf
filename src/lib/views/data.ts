import type { ViewDefinition } from './viewDefinition';
import type { Connector } from '$lib/db/connector';
import type { TableRows } from '$lib/schema/types';
import type { ImportContext } from '$lib/ingest/checkFile';
import { thresholdsSql, type Threshold } from '$lib/queries/assessment';
import { archivePlacesSql, divisionsForCheckSql } from '$lib/queries/importContext';
import type { ArchivePlace } from '$lib/ingest/submitterScope';
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

/** the 数据 page takes no parameters: its one state is prerendered */
export const dataView: ViewDefinition<Record<string, never>, DataView> = {
	read: () => ({}),
	fallback: {},
	load: loadDataView
};

/** Every table as loaded now, in schema order: what the dataset exports write. */
export async function loadAllTables(db: Connector): Promise<TableRows[]> {
	return Promise.all(
		TABLES.map(async (table) => ({ table, rows: await db.query<TypedRow>(tableRowsSql(table)) }))
	);
}

/**
 * What a new file is checked against: the divisions, the grade thresholds and the archives now
 * loaded, and the submitter's scope (a district code or an archive) if it has one.
 */
export async function loadImportContext(
	db: Connector,
	scope: string | null = null
): Promise<ImportContext> {
	const [divisions, gradeThresholds, archives] = await Promise.all([
		db.query<TypedRow>(divisionsForCheckSql()),
		db.query<Threshold>(thresholdsSql()),
		db.query<ArchivePlace>(archivePlacesSql())
	]);
	// a file may update published rows and leave their other values blank (completedCheck)
	return { divisions, gradeThresholds, archives, scope, keepPublished: true };
}
