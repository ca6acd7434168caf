import { describe, expect, test, vi } from 'vitest';
import { cachedConnector } from './cachedConnector';
import type { Connector } from './connector';

function fakeDb() {
	let calls = 0;
	const db: Connector = {
		query: vi.fn(async (sql: string) => {
			calls++;
			if (sql === 'bad') throw new Error('Parser Error');
			return [{ sql, calls }] as never;
		}),
		insertArrowIpc: vi.fn(async () => {}),
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

	test('a failed query is asked again next time', async () => {
		const db = fakeDb();
		const cached = cachedConnector(db);
		await expect(cached.query('bad')).rejects.toThrow('Parser Error');
		await expect(cached.query('bad')).rejects.toThrow('Parser Error');
		expect(db.query).toHaveBeenCalledTimes(2);
	});
});
