import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import type { Connector } from '$lib/db/connector';
import { DERIVED_VIEWS, derivedOnDemand } from './derivedTables';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
	// the fixture is loaded with every derived table: drop them, as the browser's engine starts
	for (const name of [
		'county_tally',
		'village_tally',
		'village_units',
		'areas',
		'assessments_graded'
	])
		await fixture.db.query(`DROP TABLE ${name}`);
	await fixture.db.query('DROP VIEW archive_stage_years');
});
afterAll(() => fixture.close());

/** the statements a connector was given, to see which derived tables were built */
function recording(db: Connector): { db: Connector; ran: string[] } {
	const ran: string[] = [];
	return {
		ran,
		db: {
			...db,
			query: (sql) => {
				ran.push(sql);
				return db.query(sql);
			}
		}
	};
}

const builtNames = (ran: string[]) =>
	ran.flatMap((sql) => /^CREATE OR REPLACE \w+ (\w+)/.exec(sql)?.[1] ?? []);

describe('derived tables built when first asked', () => {
	test('a query builds the tables it names and what they are built from, once, in order', async () => {
		const { db, ran } = recording(fixture.db);
		const lazy = derivedOnDemand(db);
		const [first, second] = await Promise.all([
			lazy.query<{ units: number }>('SELECT sum(units)::INTEGER AS units FROM county_tally'),
			lazy.query<{ units: number }>('SELECT sum(units)::INTEGER AS units FROM county_tally')
		]);
		const [{ villages }] = await fixture.db.query<{ villages: number }>(
			"SELECT count(*)::INTEGER AS villages FROM divisions WHERE level = 'village'"
		);
		expect(first[0].units).toBe(villages);
		expect(second).toEqual(first);
		expect(builtNames(ran)).toEqual(['village_units', 'village_tally', 'county_tally']);
		await lazy.query('SELECT count(*) FROM assessments_graded');
		expect(builtNames(ran)).toEqual([
			'village_units',
			'village_tally',
			'county_tally',
			'assessments_graded'
		]);
	});

	test('after a change of the loaded tables, a table is built again when next asked', async () => {
		const { db, ran } = recording(fixture.db);
		const lazy = derivedOnDemand(db);
		const count = async () =>
			(await lazy.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM assessments_graded'))[0]
				.n;
		const before = await count();
		await lazy.query(`INSERT INTO assessments (year, unit, sector, score, provenance, source)
			VALUES (2030, '新单位', '市直机关', 91, 'sample', '测试')`);
		expect(await count()).toBe(before);
		lazy.stale();
		expect(await count()).toBe(before + 1);
		expect(builtNames(ran)).toEqual(['assessments_graded', 'assessments_graded']);
	});

	test("a look at the catalog (the console's schema) builds every derived table first", async () => {
		const lazy = derivedOnDemand(fixture.db);
		lazy.stale();
		const tables = await lazy.query<{ name: string }>(
			"SELECT DISTINCT table_name AS name FROM duckdb_columns() WHERE schema_name = 'main'"
		);
		expect(tables.map((t) => t.name)).toEqual(
			expect.arrayContaining(['village_units', 'county_tally', 'areas', 'archive_stage_years'])
		);
	});

	test('buildAll builds what no query has asked for, and nothing twice', async () => {
		const { db, ran } = recording(fixture.db);
		const lazy = derivedOnDemand(db);
		await lazy.query('SELECT count(*) FROM areas');
		await lazy.buildAll();
		expect(builtNames(ran).sort()).toEqual(
			DERIVED_VIEWS.map((sql) => /^CREATE OR REPLACE \w+ (\w+)/.exec(sql)![1]).sort()
		);
	});

	test('every derived statement names what it creates', () => {
		for (const sql of DERIVED_VIEWS) expect(sql).toMatch(/^CREATE OR REPLACE (TABLE|VIEW) \w+ AS/);
	});
});
