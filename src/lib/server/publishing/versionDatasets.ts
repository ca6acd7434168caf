import type { Connector } from '$lib/db/connector';
import { loadDataset } from '$lib/dataset/loadDataset';
import type { Manifest } from '$lib/dataset/manifest';
import { createNodeConnector } from '$lib/db/nodeConnector';
import type { Store } from '../store/store';

export interface VersionDataset {
	n: number;
	db: Connector;
	manifest: Manifest;
	/** previews share one staging table: they run one at a time */
	staging<T>(work: (db: Connector) => Promise<T>): Promise<T>;
}

/** an older version's engine is closed this long after a newer one opens, so requests on it finish */
const CLOSE_AFTER_MS = 60_000;

/** A version's file by its path in the manifest, from the store. */
export async function readVersionFile(store: Store, manifest: Manifest, path: string) {
	const file = manifest.tables.flatMap((t) => t.files).find((f) => f.path === path);
	if (!file) return null;
	return store.blobs.get(file.sha256);
}

/**
 * Published versions opened in DuckDB (the browser's own engine, in Node) for rendering pages: the
 * same loaders answer on the server as in the browser. One engine per version, opened on first use;
 * when a newer version opens, the older ones close a minute later.
 */
export class VersionDatasets {
	#open = new Map<number, Promise<VersionDataset>>();

	constructor(private readonly store: Store) {}

	get(n: number): Promise<VersionDataset> {
		let dataset = this.#open.get(n);
		if (!dataset) {
			dataset = this.#load(n);
			this.#open.set(n, dataset);
			dataset.then(() => this.#retireBefore(n)).catch(() => this.#open.delete(n));
		}
		return dataset;
	}

	async #load(n: number): Promise<VersionDataset> {
		const version = await this.store.versions.get(n);
		if (!version) throw new Error(`没有第${n}版数据`);
		const db = await createNodeConnector();
		await loadDataset(db, version.manifest, async (path) => {
			const bytes = await readVersionFile(this.store, version.manifest, path);
			if (!bytes) throw new Error(`第${n}版缺少数据文件 ${path}`);
			return bytes;
		});
		let queue: Promise<unknown> = Promise.resolve();
		const staging = <T>(work: (db: Connector) => Promise<T>): Promise<T> => {
			const run = queue.then(() => work(db));
			queue = run.catch(() => {});
			return run;
		};
		return { n, db, manifest: version.manifest, staging };
	}

	#retireBefore(n: number): void {
		for (const [older, dataset] of this.#open) {
			if (older >= n) continue;
			this.#open.delete(older);
			setTimeout(() => dataset.then((d) => d.db.close()).catch(() => {}), CLOSE_AFTER_MS).unref();
		}
	}

	async close(): Promise<void> {
		const open = [...this.#open.values()];
		this.#open.clear();
		await Promise.all(open.map((d) => d.then((x) => x.db.close()).catch(() => {})));
	}
}
