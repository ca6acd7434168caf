import pg from 'pg';
import type { SqlDriver, SqlRunner, SqlValue } from './driver';

// int8 (counts, ids, epoch milliseconds) as numbers: every value the store keeps is well within 2^53
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

function bind(params: SqlValue[]): unknown[] {
	return params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));
}

function runnerOf(client: pg.Pool | pg.PoolClient): SqlRunner {
	return {
		async query<T extends object>(sql: string, params: SqlValue[] = []) {
			const result = await client.query(sql, bind(params));
			return result.rows as T[];
		}
	};
}

/**
 * PostgreSQL (and the databases derived from it that a bureau's IT runs): every process of the
 * service shares users, sessions, audit, drafts and versions here, so none keeps state on its disk.
 * Serialised steps take an advisory lock.
 */
export async function openPostgresDriver(url: string): Promise<SqlDriver> {
	const pool = new pg.Pool({ connectionString: url, max: 8 });
	// a failed connection is a startup error with the database's own words, not a hang later
	(await pool.connect()).release();
	return {
		kind: 'postgres',
		...runnerOf(pool),
		async transaction(work) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const result = await work(runnerOf(client));
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		},
		async withLock(lock, work) {
			// a session lock on a connection of its own, held while `work` uses the pool
			const client = await pool.connect();
			try {
				await client.query('SELECT pg_advisory_lock($1)', [lock]);
				try {
					return await work();
				} finally {
					await client.query('SELECT pg_advisory_unlock($1)', [lock]);
				}
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}
