import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkConsoleSql, storeResultSql } from '$lib/queries/console';
import { CONSOLE_EXAMPLES } from '$lib/queries/consoleExamples';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { defineConsoleQuery, loadConsoleOpening } from './sqlConsole';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('the SQL console’s examples on the fixture dataset', () => {
	test('the console opens on the first example’s answer: coverage by county, counted', async () => {
		const opening = await loadConsoleOpening(fixture.db);
		expect(opening.sql).toBe(CONSOLE_EXAMPLES[0].sql);
		expect(opening.columns.map((c) => [c.name, c.numeric])).toEqual([
			['区县', false],
			['村级单位', true],
			['已建成', true],
			['覆盖率%', true]
		]);
		// 长沙县: 4 villages, 黄花村 accepted 2022 and 光明村 2021; 浏阳市: 2, 大瑶村 2023; a tie
		// is ordered by the name (by code point: 浏 before 长), so the prerendered rows are DuckDB's
		expect(opening.rows).toEqual([
			{ 区县: '浏阳市', 村级单位: 2, 已建成: 1, '覆盖率%': 50 },
			{ 区县: '长沙县', 村级单位: 4, 已建成: 2, '覆盖率%': 50 }
		]);
		expect(opening.total).toBe(2);
		// and its chart: villages by county, as the table orders them
		expect(opening.chart).toEqual([
			{ x: '浏阳市', y: 2 },
			{ x: '长沙县', y: 4 }
		]);
	});

	test('every example passes the console’s check and runs', async () => {
		const session = await fixture.db.openSession();
		try {
			for (const example of CONSOLE_EXAMPLES) {
				const check = checkConsoleSql(example.sql);
				expect(check.ok, example.id).toBe(true);
				if (!check.ok) continue;
				expect((await defineConsoleQuery(session, check.sql)).length, example.id).toBeGreaterThan(
					0
				);
				await session.query(storeResultSql());
			}
		} finally {
			await session.close();
		}
	});
});
