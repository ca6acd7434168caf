import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows } from './arrowRows';
import { SESSION_SETTINGS, type Connector } from './connector';

/**
 * DuckDB-wasm in a worker, served from this site's own files (no CDN: the intranet has none).
 * Import this module with `await import()` only: a static import breaks the prerender, whose SSR
 * resolves duckdb-wasm's Node build (stack.md).
 */
export async function createBrowserConnector(): Promise<Connector> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	for (const sql of SESSION_SETTINGS) await conn.query(sql);
	return {
		async query<T extends object>(sql: string) {
			return arrowToRows<T>(await conn.query(sql));
		},
		async insertArrowIpc(table, bytes, append) {
			await conn.insertArrowFromIPCStream(bytes, { name: table, create: !append });
		},
		async close() {
			await conn.close();
			await db.terminate();
			worker.terminate();
		}
	};
}
