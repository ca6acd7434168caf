import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import {
	criterionBreakdownSql,
	gradeDistributionSql,
	leagueTableSql,
	sectorSummarySql,
	thresholdsSql,
	unitHistorySql,
	unitScoresSql,
	unitsNeedingAttentionSql,
	type LeagueRow
} from './assessment';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('assessment queries on the fixture dataset', () => {
	test('a blank grade is derived from the thresholds; a given one is kept', async () => {
		const rows = await fixture.db.query(
			`SELECT unit, grade, grade_derived FROM assessments_graded WHERE year = 2023 ORDER BY unit`
		);
		expect(rows).toEqual([
			{ unit: '丙集团', grade: '不合格', grade_derived: true },
			{ unit: '乙局', grade: '良好', grade_derived: true },
			{ unit: '甲局', grade: '优秀', grade_derived: true },
			{ unit: '长沙县', grade: '优秀', grade_derived: false }
		]);
	});

	test('gradeDistributionSql counts units per grade and year, by sector', async () => {
		const all = gradeDistributionSql({ sector: null });
		await expectPlans(fixture.db, all);
		expect(await fixture.db.query(all)).toEqual([
			{ year: 2022, grade: '优秀', units: 1 },
			{ year: 2022, grade: '合格', units: 1 },
			{ year: 2022, grade: '良好', units: 1 },
			{ year: 2023, grade: '不合格', units: 1 },
			{ year: 2023, grade: '优秀', units: 2 },
			{ year: 2023, grade: '良好', units: 1 }
		]);
		const agencies = await fixture.db.query(gradeDistributionSql({ sector: '市直机关' }));
		expect(agencies.filter((r) => r.year === 2023)).toEqual([
			{ year: 2023, grade: '优秀', units: 1 },
			{ year: 2023, grade: '良好', units: 1 }
		]);
	});

	test('sectorSummarySql: the whole year has sector null, with grade counts', async () => {
		await expectPlans(fixture.db, sectorSummarySql());
		const rows = await fixture.db.query(sectorSummarySql());
		expect(rows.find((r) => r.year === 2023 && r.sector === null)).toEqual({
			sector: null,
			year: 2023,
			units: 4,
			excellent_rate: 0.5,
			average_score: 81.25,
			excellent: 2,
			good: 1,
			pass: 0,
			fail: 1
		});
	});

	test('unitsNeedingAttentionSql: graded 不合格, or a grade below last year, worst first', async () => {
		const sql = unitsNeedingAttentionSql({ year: 2023 });
		await expectPlans(fixture.db, sql);
		expect(await fixture.db.query(sql)).toEqual([
			{
				unit: '丙集团',
				sector: '市属企业',
				score: 58,
				grade: '不合格',
				prev_score: null,
				prev_grade: null
			},
			{
				unit: '乙局',
				sector: '市直机关',
				score: 85,
				grade: '良好',
				prev_score: 91,
				prev_grade: '优秀'
			}
		]);
		// 2022 has no year before it and no unit below 合格
		expect(await fixture.db.query(unitsNeedingAttentionSql({ year: 2022 }))).toEqual([]);
	});

	test('leagueTableSql ranks within the scope and compares with last year in the same scope', async () => {
		const sql = leagueTableSql({ year: 2023, sector: null });
		await expectPlans(fixture.db, sql);
		const rows = await fixture.db.query<LeagueRow>(sql);
		expect(rows.map((r) => [r.unit, r.rank, r.prev_rank, r.rank_change])).toEqual([
			['甲局', 1, 2, 1],
			['长沙县', 2, 3, 1],
			['乙局', 3, 1, -2],
			['丙集团', 4, null, null]
		]);
		const agencies = await fixture.db.query<LeagueRow>(
			leagueTableSql({ year: 2023, sector: '市直机关' })
		);
		expect(agencies.map((r) => [r.unit, r.rank, r.prev_rank, r.rank_change])).toEqual([
			['甲局', 1, 2, 1],
			['乙局', 2, 1, -1]
		]);
	});

	test('criterionBreakdownSql gives each unit’s score rate per criterion', async () => {
		const sql = criterionBreakdownSql({ year: 2023, sector: '市直机关' });
		await expectPlans(fixture.db, sql);
		const rows = await fixture.db.query(sql);
		expect(rows[0]).toEqual({
			unit: '甲局',
			criterion: '档案收集',
			score: 83,
			max_score: 90,
			rate: 83 / 90
		});
		expect(rows.find((r) => r.unit === '乙局' && r.criterion === '组织领导')?.rate).toBe(0.5);
		expect(await fixture.db.query(criterionBreakdownSql({ year: 2023, sector: '区县' }))).toEqual(
			[]
		);
	});

	test('unitHistorySql: score, rank within the sector and the sector mean, by year', async () => {
		const sql = unitHistorySql({ unit: '甲局' });
		await expectPlans(fixture.db, sql);
		expect(await fixture.db.query(sql)).toEqual([
			{ year: 2022, score: 88, grade: '良好', rank: 2, units: 2, sector_average: 89.5 },
			{ year: 2023, score: 92, grade: '优秀', rank: 1, units: 2, sector_average: 88.5 }
		]);
		// a quote in a unit name cannot break out of the string literal
		expect(await fixture.db.query(unitHistorySql({ unit: "甲局' OR '1'='1" }))).toEqual([]);
	});

	test('unitScoresSql and thresholdsSql', async () => {
		await expectPlans(fixture.db, unitScoresSql({ sector: '区县' }));
		expect(await fixture.db.query(unitScoresSql({ sector: '区县' }))).toEqual([
			{ unit: '长沙县', year: 2022, score: 79.5, grade: '合格' },
			{ unit: '长沙县', year: 2023, score: 90, grade: '优秀' }
		]);
		expect((await fixture.db.query(thresholdsSql())).map((t) => t.min_score)).toEqual([
			90, 80, 60, 0
		]);
	});
});
