import { DERIVED_VIEWS } from './derivedTables';
import type { Connector } from '$lib/db/connector';
import type { Manifest } from './manifest';

export type ReadBytes = (path: string) => Promise<Uint8Array>;

/**
 * Load every table of a manifest into DuckDB, then define the views every query builds on.
 * `beforeDerived` runs in between (the browser's imports), so the derived tables are built once.
 */
export async function loadDataset(
	db: Connector,
	manifest: Manifest,
	read: ReadBytes,
	beforeDerived?: () => Promise<void>
): Promise<void> {
	for (const table of manifest.tables) {
		const parts = await Promise.all(table.files.map((f) => read(f.path)));
		for (const [i, bytes] of parts.entries()) {
			await db.insertArrowIpc(table.name, bytes, i > 0);
		}
	}
	await beforeDerived?.();
	for (const sql of DERIVED_VIEWS) await db.query(sql);
}
