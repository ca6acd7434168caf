import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { assessments, TABLES } from '$lib/schema/tables';
import { inventorySql, tableRowsSql, type TableInventory } from './dataInventory';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('data inventory', () => {
	test('counts rows, years and provenance of every table', async () => {
		await expectPlans(fixture.db, inventorySql());
		const rows = await fixture.db.query<TableInventory>(inventorySql());
		expect(rows.map((r) => r.table_name)).toEqual(TABLES.map((t) => t.name));
		expect(rows.find((r) => r.table_name === 'assessments')).toEqual({
			table_name: 'assessments',
			rows: 7,
			first_year: 2022,
			last_year: 2023,
			official: 1,
			estimate: 0,
			sample: 6
		});
		const divisions = rows.find((r) => r.table_name === 'divisions')!;
		expect(divisions.first_year).toBeNull();
		expect(divisions.official).toBeNull();
	});

	test('exports a table in schema order, sorted by its key', async () => {
		const rows = await fixture.db.query(tableRowsSql(assessments, 2));
		expect(rows).toEqual([
			{
				year: 2022,
				unit: '乙局',
				sector: '市直机关',
				adcode: null,
				score: 91,
				grade: null,
				provenance: 'sample',
				source: '测试'
			},
			{
				year: 2022,
				unit: '甲局',
				sector: '市直机关',
				adcode: null,
				score: 88,
				grade: null,
				provenance: 'sample',
				source: '测试'
			}
		]);
		expect(Object.keys(rows[0])).toEqual(assessments.columns.map((c) => c.name));
	});
});
