import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arrowToRows } from './arrowRows';
import { SESSION_SETTINGS, type Connector } from './connector';

const require = createRequire(import.meta.url);

/**
 * DuckDB-wasm's blocking Node build: the very engine the browser runs, so the data build, the
 * prerendered figures and the SQL tests agree with what a user's browser computes.
 */
export async function createNodeConnector(): Promise<Connector> {
	const duckdb =
		require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const db = await duckdb.createDuckDB(
		{
			mvp: {
				mainModule: join(dist, 'duckdb-mvp.wasm'),
				mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: join(dist, 'duckdb-eh.wasm'),
				mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
			}
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	const conn = db.connect();
	for (const sql of SESSION_SETTINGS) conn.query(sql);
	return {
		async query<T extends object>(sql: string) {
			return arrowToRows<T>(conn.query(sql));
		},
		async insertArrowIpc(table, bytes, append) {
			conn.insertArrowFromIPCStream(bytes, { name: table, create: !append });
		},
		async openSession() {
			const session = db.connect();
			for (const sql of SESSION_SETTINGS) session.query(sql);
			return {
				async query<T extends object>(sql: string) {
					const statement = session.prepare(sql);
					try {
						return arrowToRows<T>(statement.query());
					} finally {
						statement.close();
					}
				},
				async close() {
					session.close();
				}
			};
		},
		async close() {
			conn.close();
		}
	};
}
