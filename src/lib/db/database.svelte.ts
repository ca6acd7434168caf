import { base } from '$app/paths';
import { cachedConnector } from './cachedConnector';
import type { Connector } from './connector';
import { loadDataset } from './loadDataset';
import { MANIFEST_FILE, type Manifest } from './manifest';

async function fetchOk(path: string): Promise<Response> {
	const response = await fetch(`${base}/data/${path}`);
	if (!response.ok) throw new Error(`无法读取数据文件 data/${path}（HTTP ${response.status}）`);
	return response;
}

export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * The browser's one DuckDB: started on first use (a shared promise, safe to ask for twice), loaded
 * from the site's own Arrow files. Its status drives the engine notice in the header.
 */
class Database {
	status = $state<'idle' | 'starting' | 'ready' | 'failed'>('idle');
	error = $state<string | null>(null);
	manifest = $state.raw<Manifest | null>(null);
	#connector: Promise<Connector> | null = null;
	#whenReady: ((db: Connector) => void)[] = [];

	/** run `task` once DuckDB is ready, without starting it */
	whenReady(task: (db: Connector) => void): void {
		if (this.status === 'ready' && this.#connector) this.#connector.then(task);
		else this.#whenReady.push(task);
	}

	get(): Promise<Connector> {
		this.#connector ??= this.#start();
		return this.#connector;
	}

	async #start(): Promise<Connector> {
		this.status = 'starting';
		try {
			if (typeof WebAssembly !== 'object') throw new Error('此浏览器不支持 WebAssembly');
			const { createBrowserConnector } = await import('./browserConnector');
			const [db, manifest] = await Promise.all([
				createBrowserConnector().then(cachedConnector),
				fetchOk(MANIFEST_FILE).then((r) => r.json() as Promise<Manifest>)
			]);
			await loadDataset(
				db,
				manifest,
				async (path) => new Uint8Array(await (await fetchOk(path)).arrayBuffer())
			);
			this.manifest = manifest;
			this.status = 'ready';
			// read by `npm run bench`, and by anyone profiling start-up in the browser's tools
			performance.mark('duckdb-ready');
			for (const task of this.#whenReady.splice(0)) task(db);
			return db;
		} catch (error) {
			this.status = 'failed';
			this.error = errorMessage(error);
			throw error;
		}
	}
}

export const database = new Database();
