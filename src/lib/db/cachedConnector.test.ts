import { describe, expect, test, vi } from 'vitest';
import { cachedConnector } from './cachedConnector';
import type { Connector } from './connector';

function fakeDb() {
	let calls = 0;
	const db: Connector = {
		query: vi.fn(async (sql: string) => {
			calls++;
			if (sql.includes('bad')) throw new Error('Parser Error');
			return [{ sql, calls }] as never;
		}),
		insertArrowIpc: vi.fn(async () => {}),
		openSession: vi.fn(async () => ({ query: vi.fn(), close: vi.fn() })),
		close: vi.fn(async () => {})
	};
	return db;
}

describe('cachedConnector', () => {
	test('answers a repeated query from memory until data is inserted', async () => {
		const db = fakeDb();
		const cached = cachedConnector(db);
		expect(await cached.query('SELECT 1')).toEqual([{ sql: 'SELECT 1', calls: 1 }]);
		expect(await cached.query('SELECT 1')).toEqual([{ sql: 'SELECT 1', calls: 1 }]);
		await cached.insertArrowIpc('t', new Uint8Array(), false);
		expect(await cached.query('SELECT 1')).toEqual([{ sql: 'SELECT 1', calls: 2 }]);
	});

	test('a statement that changes data runs every time and forgets every answer', async () => {
		const db = fakeDb();
		const cached = cachedConnector(db);
		await cached.query('SELECT 1');
		await cached.query('DELETE FROM t');
		await cached.query('DELETE FROM t');
		expect(await cached.query('SELECT 1')).toEqual([{ sql: 'SELECT 1', calls: 4 }]);
		expect(await cached.query('WITH x AS (SELECT 1) SELECT * FROM x')).toHaveLength(1);
		expect(await cached.query('WITH x AS (SELECT 1) SELECT * FROM x')).toEqual([
			{ sql: 'WITH x AS (SELECT 1) SELECT * FROM x', calls: 5 }
		]);
	});

	test('a failed query is asked again next time', async () => {
		const db = fakeDb();
		const cached = cachedConnector(db);
		await expect(cached.query('SELECT bad')).rejects.toThrow('Parser Error');
		await expect(cached.query('SELECT bad')).rejects.toThrow('Parser Error');
		expect(db.query).toHaveBeenCalledTimes(2);
	});
});
