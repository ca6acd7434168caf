import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Connector } from './connector';
import { createNodeConnector } from './nodeConnector';

let db: Connector;
beforeAll(async () => {
	db = await createNodeConnector();
});
afterAll(() => db.close());

describe('arrowToRows', () => {
	test('turns BIGINT, HUGEINT and DECIMAL into numbers and DATE into ISO text', async () => {
		const [row] = await db.query(`SELECT 3::BIGINT AS n, sum(x) AS big, 12.345::DECIMAL(9,3) AS d,
			DATE '2023-11-05' AS day, NULL::DATE AS none, 'x' AS t
			FROM (SELECT 2147483647::INTEGER AS x UNION ALL SELECT 2147483647::INTEGER)`);
		expect(row).toEqual({
			n: 3,
			big: 4294967294,
			d: 12.345,
			day: '2023-11-05',
			none: null,
			t: 'x'
		});
	});

	test('extension autoloading is off, so a Parquet read fails at once instead of reaching the network', async () => {
		await expect(db.query(`SELECT * FROM read_parquet('x.parquet')`)).rejects.toThrow();
	});
});
