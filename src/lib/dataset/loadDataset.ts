import { DERIVED_VIEWS } from './derivedTables';
import type { Connector } from '$lib/db/connector';
import type { Manifest } from './manifest';

export type ReadBytes = (path: string) => Promise<Uint8Array>;

/**
 * Load every table of a manifest into DuckDB, then build the tables every query builds on
 * (`derived: false`: the connector builds them when asked, see `derivedOnDemand`). `beforeDerived`
 * runs in between (the browser's imports), so the derived tables are built once.
 */
export async function loadDataset(
	db: Connector,
	manifest: Manifest,
	read: ReadBytes,
	beforeDerived?: () => Promise<void>,
	{ derived = true } = {}
): Promise<void> {
	for (const table of manifest.tables) {
		const parts = await Promise.all(table.files.map((f) => read(f.path)));
		for (const [i, bytes] of parts.entries()) {
			await db.insertArrowIpc(table.name, bytes, i > 0);
		}
	}
	await beforeDerived?.();
	if (derived) for (const sql of DERIVED_VIEWS) await db.query(sql);
}

/** Every file of a manifest, asked for at once (to download while the engine compiles). */
export function prefetchFiles(
	manifest: Manifest,
	read: ReadBytes
): Map<string, Promise<Uint8Array>> {
	const files = new Map<string, Promise<Uint8Array>>();
	for (const table of manifest.tables)
		for (const { path } of table.files) {
			const bytes = read(path);
			// read (and its failure reported) when its table loads
			bytes.catch(() => {});
			files.set(path, bytes);
		}
	return files;
}
