import { DERIVED_VIEWS } from './derivedTables';
import {
	importChangesSql,
	replaceRowsSql,
	STAGING_TABLE,
	type ImportChange
} from '$lib/queries/importChanges';
import { ident } from '$lib/queries/sql';
import { tableByName } from '$lib/schema/tables';
import { rowsToIpc } from '$lib/schema/toArrow';
import type { TableDef, TypedRow } from '$lib/schema/types';
import type { Connector } from '$lib/db/connector';
import type { Manifest } from './manifest';
import type { ReadBytes } from './loadDataset';

/**
 * Checked rows, as objects or as an Arrow IPC stream of them. The page holds a file's rows only as
 * IPC: the worker that checked the file builds it, and a million rows cross to DuckDB as one buffer
 * (as objects they would be copied to the page, converted and stored there, each a long task).
 */
export type ImportRows = TypedRow[] | Uint8Array;

/** One committed file, as kept in the browser and replayed over the bundled data on every load. */
export interface ImportRecord {
	id: string;
	file: string;
	table: string;
	/** ISO time of the commit */
	at: string;
	rows: ImportRows;
	rowCount: number;
	changes: ImportChange[];
}

export function schemaOf(name: string): TableDef {
	const table = tableByName(name);
	if (!table) throw new Error(`没有名为 ${name} 的表`);
	return table;
}

/** the rows in the staging table, where the import queries compare them with the loaded ones */
export async function stage(db: Connector, table: TableDef, rows: ImportRows): Promise<void> {
	await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
	// DuckDB's worker takes the buffer it is given, and a kept import is staged again on every undo
	const ipc = rows instanceof Uint8Array ? rows.slice() : rowsToIpc(table, rows);
	await db.insertArrowIpc(STAGING_TABLE, ipc, false);
}

/** What committing these rows would change, by year; the data itself is left as it is. */
export async function previewImport(
	db: Connector,
	tableName: string,
	rows: ImportRows
): Promise<ImportChange[]> {
	const table = schemaOf(tableName);
	await stage(db, table, rows);
	try {
		return await db.query<ImportChange>(importChangesSql(table));
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
	}
}

/** Replace the rows a file covers in one transaction: on any failure the table is as it was. */
export async function applyImport(db: Connector, record: Pick<ImportRecord, 'table' | 'rows'>) {
	const table = schemaOf(record.table);
	await stage(db, table, record.rows);
	await db.query('BEGIN TRANSACTION');
	try {
		for (const sql of replaceRowsSql(table)) await db.query(sql);
		await db.query('COMMIT');
	} catch (error) {
		await db.query('ROLLBACK');
		throw error;
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
	}
}

/** Put a table back as the site shipped it (before undo replays the imports that remain). */
export async function restoreTable(
	db: Connector,
	manifest: Manifest,
	read: ReadBytes,
	tableName: string
): Promise<void> {
	const shipped = manifest.tables.find((t) => t.name === tableName);
	if (!shipped) throw new Error(`数据清单中没有表 ${tableName}`);
	const parts = await Promise.all(shipped.files.map((f) => read(f.path)));
	await db.query(`DROP TABLE IF EXISTS ${ident(tableName)}`);
	for (const [i, bytes] of parts.entries()) await db.insertArrowIpc(tableName, bytes, i > 0);
}

/** The coverage tables and views are built from the loaded tables, so they follow every change. */
export async function refreshDerived(db: Connector): Promise<void> {
	for (const sql of DERIVED_VIEWS) await db.query(sql);
}
