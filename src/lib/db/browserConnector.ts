import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { isLegacyCore, polyfilledWorker } from '$lib/legacy/polyfills';
import { arrowToRows } from './arrowRows';
import { BROWSER_LOCKDOWN, SESSION_SETTINGS, type Connector } from './connector';

/** 34 MB of wasm over a slow intranet link still arrives well within this */
const START_TIMEOUT_MS = 120_000;

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
	const worker = isLegacyCore()
		? polyfilledWorker(bundle.mainWorker!)
		: new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('查询引擎启动超时')), START_TIMEOUT_MS);
	});
	// duckdb-wasm's worker leaves a failed wasm download as an unhandled rejection and instantiate()
	// then never settles: a HEAD request beside the download says whether the file is there, without
	// holding the download up
	const missing = fetch(bundle.mainModule, { method: 'HEAD' }).then(
		(probe) => (probe.ok ? new Promise<never>(() => {}) : Promise.reject(`HTTP ${probe.status}`)),
		() => Promise.reject('网络错误')
	);
	try {
		await Promise.race([
			db.instantiate(bundle.mainModule, bundle.pthreadWorker),
			timeout,
			missing.catch((reason) => {
				throw new Error(`查询引擎文件无法加载（${reason}）`);
			})
		]);
	} catch (error) {
		worker.terminate();
		throw error;
	} finally {
		clearTimeout(timer);
	}
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	for (const sql of [...SESSION_SETTINGS, ...BROWSER_LOCKDOWN]) await conn.query(sql);
	return {
		async query<T extends object>(sql: string) {
			return arrowToRows<T>(await conn.query(sql));
		},
		async insertArrowIpc(table, bytes, append) {
			await conn.insertArrowFromIPCStream(bytes, { name: table, create: !append });
		},
		async openSession() {
			const session = await db.connect();
			return {
				async query<T extends object>(sql: string) {
					const statement = await session.prepare(sql);
					// the worker closes the statement after running it: nothing waits for the closing
					const answer = statement.query();
					statement.close().catch(() => {});
					return arrowToRows<T>(await answer);
				},
				close: () => session.close()
			};
		},
		// the worker holds the database and whatever it runs: ending it frees both at once, where
		// closing the connection first would wait behind a query that may never end
		async close() {
			worker.terminate();
		}
	};
}
