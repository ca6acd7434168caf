import { DERIVED_VIEWS } from '$lib/queries/derivedViews';
import type { Connector } from './connector';
import type { Manifest } from './manifest';

export type ReadBytes = (path: string) => Promise<Uint8Array>;

/** Load every table of a manifest into DuckDB, then define the views every query builds on. */
export async function loadDataset(
	db: Connector,
	manifest: Manifest,
	read: ReadBytes
): Promise<void> {
	for (const table of manifest.tables) {
		const parts = await Promise.all(table.files.map((f) => read(f.path)));
		for (const [i, bytes] of parts.entries()) {
			await db.insertArrowIpc(table.name, bytes, i > 0);
		}
	}
	for (const sql of DERIVED_VIEWS) await db.query(sql);
}
