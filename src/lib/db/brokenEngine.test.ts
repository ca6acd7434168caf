import { describe, expect, test } from 'vitest';
import type { Connector } from './connector';
import { isBrokenEngine, watchedConnector } from './brokenEngine';

const failing = (message: string): Connector => ({
	query: () => Promise.reject(new Error(message)),
	insertArrowIpc: () => Promise.reject(new Error(message)),
	openSession: () => Promise.reject(new Error('none')),
	close: () => Promise.resolve()
});

describe('an engine that has failed', () => {
	test('is told from a query that failed', () => {
		expect(isBrokenEngine(new Error('RuntimeError: memory access out of bounds'))).toBe(true);
		expect(isBrokenEngine(new Error('Parser Error: syntax error at or near "SELEC"'))).toBe(false);
		expect(isBrokenEngine(new Error('Out of Memory Error: failed to allocate'))).toBe(false);
	});

	test('is reported once, and the error still reaches the caller', async () => {
		let told = 0;
		const db = watchedConnector(failing('memory access out of bounds'), () => told++);
		await expect(db.query('SELECT 1')).rejects.toThrow('memory access out of bounds');
		await expect(db.insertArrowIpc('t', new Uint8Array(), false)).rejects.toThrow();
		expect(told).toBe(1);
		const fine = watchedConnector(failing('Catalog Error: no table x'), () => told++);
		await expect(fine.query('SELECT * FROM x')).rejects.toThrow('Catalog Error');
		expect(told).toBe(1);
	});
});
