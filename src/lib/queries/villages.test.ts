import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { loadVillages } from '$lib/views/villages';
import {
	areaCoverageSql,
	cumulativeCoverageSql,
	villageCountSql,
	villageListSql,
	type VillageRow
} from './villages';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('village queries on the fixture dataset', () => {
	test('areaCoverageSql: counties against all their village-level units, with the official figure', async () => {
		const sql = areaCoverageSql({ year: 2023, county: null });
		await expectPlans(fixture.db, sql);
		expect(await fixture.db.query(sql)).toEqual([
			{ code: '430121', name: '长沙县', units: 4, covered: 2, coverage: 0.5, official_covered: 2 },
			{
				code: '430181',
				name: '浏阳市',
				units: 2,
				covered: 1,
				coverage: 0.5,
				official_covered: null
			}
		]);
	});

	test('areaCoverageSql for a county gives its townships; a 示范 village counts from its acceptance', async () => {
		const sql = areaCoverageSql({ year: 2021, county: '430121' });
		await expectPlans(fixture.db, sql);
		expect(await fixture.db.query(sql)).toEqual([
			{
				code: '430121100',
				name: '黄花镇',
				units: 4,
				covered: 1,
				coverage: 0.25,
				official_covered: null
			}
		]);
	});

	test('cumulativeCoverageSql: rooms accepted by the end of each year since the first', async () => {
		const sql = cumulativeCoverageSql({ year: 2023 });
		await expectPlans(fixture.db, sql);
		const rows = await fixture.db.query(sql);
		expect(rows.map((r) => [r.year, r.name, r.covered, r.units])).toEqual([
			[2021, '长沙县', 1, 4],
			[2021, '浏阳市', 0, 2],
			[2022, '长沙县', 2, 4],
			[2022, '浏阳市', 0, 2],
			[2023, '长沙县', 2, 4],
			[2023, '浏阳市', 1, 2]
		]);
	});

	test('villageListSql and villageCountSql: the uncovered action list and its length', async () => {
		const params = { year: 2023, county: '430121', township: null, uncoveredOnly: true };
		await expectPlans(fixture.db, villageListSql(params));
		const rows = await fixture.db.query<VillageRow>(villageListSql(params));
		expect(rows.map((r) => [r.name, r.status, r.township, r.county])).toEqual([
			['新桥村', '建设中', '黄花镇', '长沙县'],
			['黄花社区', null, '黄花镇', '长沙县']
		]);
		const limited = await fixture.db.query<VillageRow>(villageListSql({ ...params, limit: 1 }));
		expect(limited.map((r) => r.name)).toEqual(['新桥村']);
		await expectPlans(fixture.db, villageCountSql(params));
		expect(await fixture.db.query(villageCountSql(params))).toEqual([{ villages: 2 }]);
		// at the end of 2021 the village accepted in 2022 was not covered yet
		const in2021 = await fixture.db.query<VillageRow>(villageListSql({ ...params, year: 2021 }));
		expect(in2021.map((r) => r.name)).toEqual(['黄花村', '新桥村', '黄花社区']);
	});

	test('villageListSql shows each room as it stood on 31 December of the year', async () => {
		const asOf = async (year: number) =>
			(
				await fixture.db.query<VillageRow>(
					villageListSql({ year, county: '430121', township: null, uncoveredOnly: false })
				)
			).map((r) => [r.name, r.status, r.status_date, r.accepted_date, r.later]);
		// 光明村: accepted 2021-06-01, 示范 since 2023-03-01; 黄花村 accepted 2022-05-01;
		// 新桥村 建设中 since 2023-05-01; 黄花社区 has no room
		expect(await asOf(2021)).toEqual([
			['黄花村', null, null, null, true],
			['光明村', '验收通过', '2021-06-01', '2021-06-01', false],
			['新桥村', null, null, null, true],
			['黄花社区', null, null, null, false]
		]);
		expect(await asOf(2022)).toEqual([
			['黄花村', '验收通过', '2022-05-01', '2022-05-01', false],
			['光明村', '验收通过', '2021-06-01', '2021-06-01', false],
			['新桥村', null, null, null, true],
			['黄花社区', null, null, null, false]
		]);
		expect(await asOf(2023)).toEqual([
			['黄花村', '验收通过', '2022-05-01', '2022-05-01', false],
			['光明村', '示范', '2023-03-01', '2021-06-01', false],
			['新桥村', '建设中', '2023-05-01', null, false],
			['黄花社区', null, null, null, false]
		]);
	});

	test('loadVillages drills from the city to a township and its villages', async () => {
		const view = await loadVillages(fixture.db, {
			year: null,
			county: '430121',
			township: '430121100'
		});
		expect(view.year).toBe(2023);
		expect(view.townships.map((t) => t.name)).toEqual(['黄花镇']);
		expect(view.villages.map((v) => [v.name, v.status, v.accepted_date])).toEqual([
			['黄花村', '验收通过', '2022-05-01'],
			['光明村', '示范', '2021-06-01'],
			['新桥村', '建设中', null],
			['黄花社区', null, null]
		]);
		expect(view.uncoveredTotal).toBe(2);
		// a county the data does not hold is said, and the whole city shown (not a county with none)
		const unknown = await loadVillages(fixture.db, {
			year: null,
			county: '430124',
			township: null
		});
		expect([unknown.unknownArea, unknown.county]).toEqual(['430124', null]);
		expect(unknown.uncoveredTotal).toBeGreaterThan(0);
		expect(view.unknownArea).toBeNull();
		// so is a township the county does not hold: the county is shown
		const noTownship = await loadVillages(fixture.db, {
			year: null,
			county: '430121',
			township: '430121999'
		});
		expect([noTownship.unknownArea, noTownship.county, noTownship.township]).toEqual([
			'430121999',
			'430121',
			null
		]);
		expect(noTownship.uncoveredTotal).toBe(2);
		// a township without its county is ignored rather than shown out of context
		expect(
			(await loadVillages(fixture.db, { year: null, county: null, township: '430121100' })).township
		).toBeNull();
	});
});
