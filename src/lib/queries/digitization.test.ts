import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import {
	archivePaceSql,
	archiveSeriesSql,
	archiveStagesSql,
	cityDigitizationSql
} from './digitization';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('digitization queries on the fixture dataset', () => {
	test('archiveSeriesSql: rate and TB per archive and year', async () => {
		await expectPlans(fixture.db, archiveSeriesSql());
		const rows = await fixture.db.query(archiveSeriesSql());
		expect(rows).toHaveLength(4);
		expect(rows.find((r) => r.archive === '市馆' && r.year === 2023)).toEqual({
			archive: '市馆',
			adcode: '430100',
			year: 2023,
			holdings: 1000,
			digitized: 600,
			rate: 0.6,
			digital_copy_tb: 1,
			provenance: 'sample'
		});
	});

	test('cityDigitizationSql sums the archives: Σ digitized ÷ Σ holdings', async () => {
		await expectPlans(fixture.db, cityDigitizationSql());
		expect(await fixture.db.query(cityDigitizationSql())).toEqual([
			{ year: 2022, holdings: 2000, digitized: 500, rate: 0.25, digital_copy_tb: 1, archives: 2 },
			{ year: 2023, holdings: 2000, digitized: 800, rate: 0.4, digital_copy_tb: 2, archives: 2 }
		]);
	});

	test('archiveStagesSql keeps the month precision and undated stages, as of the year', async () => {
		await expectPlans(fixture.db, archiveStagesSql({ year: 2023 }));
		const stages = async (year: number) =>
			(await fixture.db.query(archiveStagesSql({ year }))).map((r) => [
				r.archive,
				r.stage,
				r.date,
				r.stage_year,
				r.test_score
			]);
		expect(await stages(2023)).toEqual([
			['县馆', '建设中', null, null, null],
			['市馆', '规划', '2017', 2017, null],
			['市馆', '全国示范', '2020-11', 2020, 95.79]
		]);
		// at the end of 2019 the city archive was not yet a national model
		expect(await stages(2019)).toEqual([
			['县馆', '建设中', null, null, null],
			['市馆', '规划', '2017', 2017, null]
		]);
	});

	test('archivePaceSql: the year each archive reaches the target at its recent pace', async () => {
		const sql = archivePaceSql({ year: 2023 });
		await expectPlans(fixture.db, sql);
		const rows = await fixture.db.query(sql);
		expect(rows.map((r) => [r.archive, r.reach_year])).toEqual([
			['市馆', 2024],
			['县馆', 2029]
		]);
		expect(rows[0].yearly_gain).toBeCloseTo(0.2);
		expect(rows.map((r) => [r.target, r.target_year])).toEqual([
			[0.8, 2025],
			[0.8, 2025]
		]);
		// one year only: no pace to extrapolate
		expect(
			(await fixture.db.query(archivePaceSql({ year: 2022 }))).map((r) => r.reach_year)
		).toEqual([null, null]);
	});
});
