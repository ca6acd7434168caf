import { blobValue, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { SqlDriver, SqlRow, SqlRunner, SqlValue } from './driver';

/** a whole JS number binds as a 32-bit INTEGER and wraps past 2^31 (epoch milliseconds do): as BIGINT */
function bind(params: SqlValue[]): DuckDBValue[] {
	return params.map((p) =>
		p instanceof Uint8Array ? blobValue(p) : Number.isSafeInteger(p) ? BigInt(p as number) : p
	);
}

function plain(row: SqlRow): SqlRow {
	for (const [name, value] of Object.entries(row)) {
		if (typeof value === 'bigint') row[name] = Number(value);
	}
	return row;
}

/** work run one after another, in the order asked */
function queueOf(): <T>(work: () => Promise<T>) => Promise<T> {
	let queue: Promise<unknown> = Promise.resolve();
	return (work) => {
		const run = queue.then(work);
		queue = run.catch(() => {});
		return run;
	};
}

/**
 * The embedded store: one DuckDB file under DATA_DIR, no server to run. DuckDB lets one process
 * write a file, so every statement of this process goes through one queue, and a transaction holds
 * the queue until it ends; locks are this process's own (no other process can open the file).
 */
export async function openDuckdbDriver(path: string): Promise<SqlDriver> {
	const instance = await DuckDBInstance.create(path);
	const connection = await instance.connect();
	const serial = queueOf();
	const locks = new Map<number, <T>(work: () => Promise<T>) => Promise<T>>();
	const runner: SqlRunner = {
		async query<T extends object>(sql: string, params: SqlValue[] = []) {
			const reader = await connection.runAndReadAll(sql, bind(params));
			return reader.getRowObjectsJS().map((r) => plain(r as SqlRow)) as T[];
		}
	};
	return {
		kind: 'embedded',
		query: (sql, params) => serial(() => runner.query(sql, params)),
		transaction: (work) =>
			serial(async () => {
				await connection.run('BEGIN TRANSACTION');
				try {
					const result = await work(runner);
					await connection.run('COMMIT');
					return result;
				} catch (error) {
					await connection.run('ROLLBACK');
					throw error;
				}
			}),
		withLock(lock, work) {
			if (!locks.has(lock)) locks.set(lock, queueOf());
			return locks.get(lock)!(work);
		},
		async close() {
			await serial(async () => {});
			connection.closeSync();
			instance.closeSync();
		}
	};
}
