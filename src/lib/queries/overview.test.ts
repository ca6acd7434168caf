import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { loadOverview } from '$lib/views/overview';
import type { KpiYear } from '$lib/measures/kpis';
import { cityTargetsSql, districtKpiSql, kpiSeriesSql, milestonesSql } from './overview';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('overview queries on the fixture dataset', () => {
	test('kpiSeriesSql: every headline measure per year', async () => {
		const sql = kpiSeriesSql();
		await expectPlans(fixture.db, sql);
		const rows = await fixture.db.query<KpiYear>(sql);
		expect(rows.map((r) => r.year)).toEqual([2022, 2023]);
		const [y2022, y2023] = rows;
		expect(y2022.excellent_rate).toBeCloseTo(1 / 3);
		expect(y2022.average_score).toBeCloseTo((88 + 91 + 79.5) / 3);
		expect(y2022.digitization_rate).toBeCloseTo(0.25);
		expect(y2022.digital_copy_tb).toBeCloseTo(1);
		// accepted by 31 Dec 2022: one in 2021 (later a 示范) and one in 2022, of 6 village-level units
		expect(y2022.villages_covered).toBe(2);
		expect(y2022.village_coverage).toBeCloseTo(2 / 6);
		expect(y2023).toMatchObject({ excellent_rate: 0.5, average_score: 81.25, units_assessed: 4 });
		expect(y2023.digitization_rate).toBeCloseTo(0.4);
		expect(y2023.digital_copy_tb).toBeCloseTo(2);
		expect(y2023.village_coverage).toBeCloseTo(0.5);
		expect(y2023.national_archives).toBe(1);
	});

	test('districtKpiSql: one row per county with its three map measures', async () => {
		const sql = districtKpiSql({ year: 2023 });
		await expectPlans(fixture.db, sql);
		expect(await fixture.db.query(sql)).toEqual([
			{
				code: '430121',
				name: '长沙县',
				village_coverage: 0.5,
				villages_covered: 2,
				village_units: 4,
				digitization_rate: 0.2,
				assessment_score: 90,
				assessment_unit: '长沙县'
			},
			{
				code: '430181',
				name: '浏阳市',
				village_coverage: 0.5,
				villages_covered: 1,
				village_units: 2,
				digitization_rate: null,
				assessment_score: null,
				assessment_unit: null
			}
		]);
	});

	test('targets and milestones', async () => {
		await expectPlans(fixture.db, cityTargetsSql());
		await expectPlans(fixture.db, milestonesSql({ year: 2023 }));
		expect((await fixture.db.query(cityTargetsSql())).map((t) => t.indicator)).toEqual([
			'digitization_rate',
			'village_coverage'
		]);
		// not yet reached at the end of 2019
		expect(await fixture.db.query(milestonesSql({ year: 2019 }))).toEqual([]);
		expect(await fixture.db.query(milestonesSql({ year: 2020 }))).toEqual([
			{
				date: '2020-11',
				area: 'digitization',
				title: '市馆通过全国示范数字档案馆测试',
				detail: null,
				provenance: 'official',
				source: '测试'
			}
		]);
	});

	test('loadOverview falls back to the latest year for a year not on record', async () => {
		expect((await loadOverview(fixture.db, { year: 2022 })).year).toBe(2022);
		const view = await loadOverview(fixture.db, { year: 1999 });
		expect(view.year).toBe(2023);
		expect(view.years).toEqual([2022, 2023]);
		// assessments 6 + digitization 4 + village rooms 4 + stages 1 sample rows; 3 official rows
		// and the one milestone, each with its source
		expect(view.provenance).toEqual([
			{ provenance: 'official', source: '测试', rows: 4 },
			{ provenance: 'sample', source: '测试', rows: 15 }
		]);
	});
});
