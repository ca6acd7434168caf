import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '$lib/db/connector';
import { defineConsoleQuery } from '$lib/views/sqlConsole';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import {
	chartAxes,
	CHART_MAX_BARS,
	checkConsoleSql,
	CONSOLE_QUERY,
	defineQuerySql,
	resultAllSql,
	resultChartSql,
	resultCountSql,
	resultPageSql,
	resultTextStatsSql,
	schemaSql,
	storeResultSql,
	withTextStats,
	type ResultColumn,
	type ResultView
} from './console';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
let session: Session;
beforeAll(async () => {
	fixture = await openFixtureDataset();
	session = await fixture.db.openSession();
});
afterAll(async () => {
	await session.close();
	await fixture.close();
});

/** what the console does with a text: check it, define it, describe its answer, store it */
async function run(text: string): Promise<ResultColumn[]> {
	const check = checkConsoleSql(text);
	if (!check.ok) throw new Error(check.reason);
	const columns = await defineConsoleQuery(session, check.sql);
	await session.query(storeResultSql());
	return columns;
}

const counts = () =>
	fixture.db.query(`SELECT (SELECT count(*) FROM assessments) AS assessments,
		(SELECT count(*) FROM village_rooms) AS rooms, (SELECT count(*) FROM duckdb_tables()) AS tables`);

describe('the SQL console on the fixture dataset', () => {
	test('only reading statements pass the check; comments, parentheses and a final ; are fine', () => {
		expect(checkConsoleSql('  -- 考核\n/* x */ (SELECT 1);  ')).toEqual({
			ok: true,
			sql: '  -- 考核\n/* x */ (SELECT 1)'
		});
		expect(checkConsoleSql('with t as (select 1) from t').ok).toBe(true);
		expect(checkConsoleSql('describe assessments').ok).toBe(true);
		expect(checkConsoleSql(' ;\n ')).toEqual({ ok: false, reason: 'empty' });
		expect(checkConsoleSql('drop table assessments')).toEqual({
			ok: false,
			reason: 'writes',
			keyword: 'DROP'
		});
		for (const text of [
			'DELETE FROM a',
			'UPDATE a SET x=1',
			'INSERT INTO a VALUES (1)',
			"ATTACH 'x'",
			"COPY a TO 'f'",
			'SET threads=1',
			'PRAGMA x',
			'CALL f()',
			'CREATE TABLE t AS SELECT 1',
			'INSTALL httpfs',
			'CHECKPOINT'
		])
			expect(checkConsoleSql(text).ok).toBe(false);
	});

	test('a query is stored, described, counted, paged, sorted and searched in SQL', async () => {
		const columns = await run(
			'SELECT unit, year, score, grade FROM assessments_graded ORDER BY year, unit'
		);
		expect(columns.map((c) => [c.name, c.numeric])).toEqual([
			['unit', false],
			['year', true],
			['score', true],
			['grade', false]
		]);
		const view: ResultView = { columns, sort: null, search: '' };
		expect(await session.query(resultCountSql(view))).toEqual([{ n: 7 }]);
		expect(await session.query(resultPageSql(view, { offset: 5, limit: 2 }))).toEqual([
			{ unit: '甲局', year: 2023, score: 92, grade: '优秀' },
			{ unit: '长沙县', year: 2023, score: 90, grade: '优秀' }
		]);
		const sorted = { ...view, sort: { column: 'score', descending: true } };
		expect(await session.query(resultPageSql(sorted, { offset: 0, limit: 2 }))).toEqual([
			{ unit: '甲局', year: 2023, score: 92, grade: '优秀' },
			{ unit: '乙局', year: 2022, score: 91, grade: '优秀' }
		]);
		const searched = { ...sorted, search: ' 乙局 ' };
		expect(await session.query(resultCountSql(searched))).toEqual([{ n: 2 }]);
		expect(await session.query(resultAllSql(searched))).toEqual([
			{ unit: '乙局', year: 2022, score: 91, grade: '优秀' },
			{ unit: '乙局', year: 2023, score: 85, grade: '良好' }
		]);
		// numbers are searched as text: the three assessments of 2022
		const in2022 = { ...view, search: '2022' };
		expect(await session.query(resultCountSql(in2022))).toEqual([{ n: 3 }]);
		const [unit, year, score] = columns;
		expect(await session.query(resultChartSql(searched, year, score))).toEqual([
			{ x: 2022, y: 91 },
			{ x: 2023, y: 85 }
		]);
		const bars = await session.query(resultChartSql(sorted, unit, score));
		expect(bars.slice(0, 2)).toEqual([
			{ x: '甲局', y: 92 },
			{ x: '乙局', y: 91 }
		]);
		expect(bars).toHaveLength(7);
	});

	test('a result is charted by its first text column and first number, at most 30 bars', async () => {
		const columns = await run(
			`SELECT i AS n, 'r' || i AS label, i * 2 AS twice FROM range(40) t(i)`
		);
		const { x, y } = chartAxes(columns);
		expect([x?.name, y?.name]).toEqual(['label', 'n']);
		expect(chartAxes(columns, { x: 'n', y: 'twice' })).toEqual({ x: columns[0], y: columns[2] });
		// a chosen y that is the x is not charted against itself
		expect(chartAxes(columns, { x: 'twice', y: 'twice' }).y?.name).toBe('n');
		expect(chartAxes(columns.slice(1, 2))).toEqual({ x: columns[1], y: null });
		const view: ResultView = { columns, sort: null, search: '' };
		expect(await session.query(resultChartSql(view, x!, y!))).toHaveLength(CHART_MAX_BARS);
		expect(await session.query(resultChartSql(view, columns[0], columns[2]))).toHaveLength(40);
	});

	test('the first page read from the query is the first page of the stored answer, which is counted', async () => {
		const check = checkConsoleSql('FROM village_units ORDER BY code DESC');
		if (!check.ok) throw new Error(check.reason);
		const columns = await defineConsoleQuery(session, check.sql);
		const view: ResultView = { columns, sort: null, search: '' };
		const page = { offset: 0, limit: 3 };
		const first = await session.query<{ code: string }>(resultPageSql(view, page, CONSOLE_QUERY));
		expect(first.map((r) => r.code)).toEqual(['430181100002', '430181100001', '430121100004']);
		const [{ units }] = await fixture.db.query<{ units: number }>(
			'SELECT count(*)::INTEGER AS units FROM village_units'
		);
		expect(await session.query(storeResultSql())).toEqual([{ Count: units }]);
		expect(await session.query(resultPageSql(view, page))).toEqual(first);
	});

	test('a query may read the answer before it, which it then replaces', async () => {
		await run('SELECT unit, score FROM assessments_graded WHERE year = 2023');
		const columns = await run('SELECT count(*)::INTEGER AS n FROM console_result');
		expect(
			await session.query(
				resultPageSql({ columns, sort: null, search: '' }, { offset: 0, limit: 5 })
			)
		).toEqual([{ n: 4 }]);
	});

	test('a search finds letters in either case, in any column', async () => {
		const columns = await run(
			"SELECT * FROM (VALUES ('Archive A', 'x'), ('档案馆', 'ARCHIVES'), ('村', 'y')) t(name, note)"
		);
		const view: ResultView = { columns, sort: null, search: 'archive' };
		expect(await session.query(resultCountSql(view))).toEqual([{ n: 2 }]);
		expect(await session.query(resultCountSql({ ...view, search: '档案' }))).toEqual([{ n: 1 }]);
	});

	test('a Chinese search skips the columns whose text cannot hold it; others find numbers and dates', async () => {
		const columns = await run(
			"SELECT * FROM (VALUES ('张村', DATE '2023-05-01', 3, true), ('社区', DATE '2021-01-01', 2023, false)) t(name, d, n, b)"
		);
		const view: ResultView = { columns, sort: null, search: '村' };
		expect(await session.query(resultCountSql(view))).toEqual([{ n: 1 }]);
		expect(resultCountSql(view)).not.toMatch(/"d"|"n"|"b"/);
		expect(await session.query(resultCountSql({ ...view, search: '2023' }))).toEqual([{ n: 2 }]);
		expect(await session.query(resultCountSql({ ...view, search: 'TRUE' }))).toEqual([{ n: 1 }]);
		const numbersOnly = columns.filter((c) => c.name !== 'name');
		expect(
			await session.query(resultCountSql({ columns: numbersOnly, sort: null, search: '村' }))
		).toEqual([{ n: 0 }]);
	});

	test('a Chinese search also skips text that DuckDB’s statistics know to be ASCII only, as codes are', async () => {
		const columns = await run(
			"SELECT * FROM (VALUES ('430121001', '黄花村', 'a'), ('430121002', '社区', '村')) t(code, name, note)"
		);
		const [stats] = await session.query<Record<string, unknown>>(resultTextStatsSql(columns)!);
		const described = withTextStats(columns, stats);
		expect(described.map((c) => c.asciiOnly)).toEqual([true, false, false]);
		const view: ResultView = { columns: described, sort: null, search: '村' };
		expect(resultCountSql(view)).not.toMatch(/"code"/);
		expect(await session.query(resultCountSql(view))).toEqual([{ n: 2 }]);
		expect(await session.query(resultCountSql({ ...view, search: '4301' }))).toEqual([{ n: 2 }]);
		// a statistic not read (no text column, or another engine's words) marks nothing
		expect(withTextStats(columns, undefined).some((c) => c.asciiOnly)).toBe(false);
		expect(resultTextStatsSql(columns.filter((c) => c.numeric))).toBeNull();
	});

	test('dates and other types reach the page as text; a trailing -- comment is harmless', async () => {
		const columns = await run(
			"SELECT DATE '2023-11-05' AS d, [1, 2] AS l, 1.5::DECIMAL(4,1) AS n -- 注释"
		);
		const view = { columns, sort: null, search: '' };
		expect(await session.query(resultPageSql(view, { offset: 0, limit: 1 }))).toEqual([
			{ d: '2023-11-05', l: '[1, 2]', n: 1.5 }
		]);
	});

	test('DESCRIBE and SUMMARIZE run as queries', async () => {
		expect((await run('DESCRIBE village_units')).map((c) => c.name)).toContain('column_name');
		expect((await run('SUMMARIZE assessments')).map((c) => c.name)).toContain('approx_unique');
	});

	test('nothing the console runs can change or drop the loaded tables', async () => {
		const before = await counts();
		const attempts = [
			'SELECT 1); DROP TABLE assessments; SELECT (1',
			'SELECT 1; DELETE FROM village_rooms',
			"SELECT * FROM query('DROP TABLE assessments')",
			"FROM query('DELETE FROM village_rooms')",
			'WITH x AS (SELECT 1) DELETE FROM assessments',
			'SELECT 1) AS t; CREATE OR REPLACE TABLE assessments AS SELECT 1; --'
		];
		for (const text of attempts) {
			const check = checkConsoleSql(text);
			expect(check.ok, text).toBe(true);
			if (check.ok) await expect(session.query(defineQuerySql(check.sql)), text).rejects.toThrow();
		}
		expect(await counts()).toEqual(before);
	});

	test('the schema browser lists the loaded tables and views with their types', async () => {
		const schema = await fixture.db.query<{
			table_name: string;
			column_name: string;
			kind: string;
		}>(schemaSql());
		expect(schema).toContainEqual(
			expect.objectContaining({ table_name: 'assessments', column_name: 'score', kind: 'table' })
		);
		expect(schema).toContainEqual(
			expect.objectContaining({
				table_name: 'archive_stage_years',
				column_name: 'stage_year',
				kind: 'view'
			})
		);
		expect(schema).toContainEqual(
			expect.objectContaining({
				table_name: 'assessments_graded',
				column_name: 'fall_streak',
				kind: 'table'
			})
		);
		expect(schema.some((c) => c.table_name === 'console_result')).toBe(false);
	});
});
