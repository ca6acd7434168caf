import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectPlans } from '../../../tests/fixtures/explain';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { DERIVED_VIEWS } from '$lib/dataset/derivedTables';
import { exploreSql, type ExploreRequest, type ExploreRow } from './explore';
import { BREAKDOWNS, MEASURE_REGISTRY, breakdownsOf, findMeasure } from '$lib/measures/registry';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
	// a third year, in which 乙局 falls a second time in a row (优秀 → 良好 → 合格)
	await fixture.db.query(`INSERT INTO assessments (year, unit, sector, score, provenance, source)
		VALUES (2024, '乙局', '市直机关', 65, 'sample', '测试'), (2024, '甲局', '市直机关', 93, 'sample', '测试')`);
	// as after an import: the derived tables are built again
	for (const sql of DERIVED_VIEWS) await fixture.db.query(sql);
});
afterAll(() => fixture.close());

function request(measure: string, changes: Partial<ExploreRequest> = {}): ExploreRequest {
	return {
		measure: findMeasure(measure)!,
		by: 'year',
		from: 2022,
		to: 2023,
		sector: null,
		county: null,
		min: null,
		eachEnd: null,
		...changes
	};
}

async function explore(r: ExploreRequest) {
	const sql = exploreSql(r);
	await expectPlans(fixture.db, sql);
	return fixture.db.query<ExploreRow>(sql);
}

const values = (rows: ExploreRow[]) => rows.map((r) => [r.year, r.key, r.value]);

describe('the explorer on the fixture dataset', () => {
	test('every measure runs with every breakdown it offers', async () => {
		for (const measure of MEASURE_REGISTRY)
			for (const by of breakdownsOf(measure)) {
				expect(BREAKDOWNS).toContain(by);
				await explore(request(measure.id, { by }));
			}
	});

	test('考核优秀率 by sector, for the years of the range', async () => {
		const rows = await explore(request('excellent_rate', { by: 'sector' }));
		expect(values(rows)).toEqual([
			[2022, '市直机关', 0.5],
			[2022, '区县', 0],
			[2023, '区县', 1],
			[2023, '市直机关', 0.5],
			[2023, '市属企业', 0]
		]);
	});

	test('a sector filter keeps that sector’s units; a unit names its sector', async () => {
		const rows = await explore(
			request('average_score', { by: 'unit', sector: '市直机关', from: 2023, to: 2023 })
		);
		expect(rows).toEqual([
			{ year: 2023, key: '甲局', label: '甲局', parent: '市直机关', value: 92, members: 2 },
			{ year: 2023, key: '乙局', label: '乙局', parent: '市直机关', value: 85, members: 2 }
		]);
	});

	test('units that fell a grade two years in a row: consecutive falls, counted per unit', async () => {
		const all = await explore(request('fall_streak', { by: 'unit', to: 2024 }));
		expect(all.filter((r) => r.key === '乙局').map((r) => r.value)).toEqual([0, 1, 2]);
		// 甲局 rose in 2023 (良好 → 优秀) and held in 2024
		expect(all.filter((r) => r.key === '甲局').map((r) => r.value)).toEqual([0, 0, 0]);
		const twice = await explore(request('fall_streak', { by: 'unit', to: 2024, min: 2 }));
		expect(values(twice)).toEqual([[2024, '乙局', 2]]);
	});

	test('a large breakdown keeps its highest and lowest members by their latest value, and counts all', async () => {
		const rows = await explore(
			request('average_score', { by: 'unit', from: 2022, to: 2024, eachEnd: 1 })
		);
		// latest scores: 甲局 93 (2024), 乙局 65 (2024), 长沙县 90 and 丙集团 58 (2023)
		expect([...new Set(rows.map((r) => r.key))].sort()).toEqual(['丙集团', '甲局']);
		expect(rows.every((r) => r.members === 4)).toBe(true);
		expect(rows.filter((r) => r.key === '甲局').map((r) => r.year)).toEqual([2022, 2023, 2024]);
	});

	test('a capped village breakdown keeps the same members and values as the whole answer', async () => {
		for (const measure of MEASURE_REGISTRY.filter((m) => m.area === 'villages'))
			for (const by of ['district', 'township'] as const) {
				const whole = await explore(request(measure.id, { by, from: 2020, to: 2023 }));
				const capped = await explore(request(measure.id, { by, from: 2020, to: 2023, eachEnd: 1 }));
				const latest = whole.filter((r) => r.year === 2023);
				// the highest and the lowest at the last year; ties go to the lower code, nulls last
				const first = (sign: number) =>
					[...latest].sort(
						(a, b) =>
							(a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
							sign * ((a.value ?? 0) - (b.value ?? 0)) ||
							a.key.localeCompare(b.key)
					)[0].key;
				const kept = new Set([first(-1), first(1)]);
				expect(capped).toEqual(whole.filter((r) => kept.has(r.key)));
				expect(capped.every((r) => r.members === latest.length)).toBe(true);
			}
	});

	test('units whose grade fell, by year', async () => {
		const rows = await explore(request('units_fell', { to: 2024 }));
		expect(values(rows)).toEqual([
			[2022, '2022', 0],
			[2023, '2023', 1],
			[2024, '2024', 1]
		]);
	});

	test('馆藏数字化率 by district: a city-level archive has no county name', async () => {
		const rows = await explore(request('digitization_rate', { by: 'district', from: 2023 }));
		expect(rows).toEqual([
			{ year: 2023, key: '430100', label: null, parent: null, value: 0.6, members: 2 },
			{ year: 2023, key: '430121', label: '长沙县', parent: null, value: 0.2, members: 2 }
		]);
		const county = await explore(
			request('digitization_rate', { by: 'archive', county: '430121', from: 2023 })
		);
		expect(county).toEqual([
			{ year: 2023, key: '县馆', label: '县馆', parent: '长沙县', value: 0.2, members: 1 }
		]);
	});

	test('village coverage counts rooms accepted by the end of each year, against all units', async () => {
		const rows = await explore(request('village_coverage', { by: 'district', from: 2021 }));
		expect(values(rows)).toEqual([
			[2021, '430121', 0.25],
			[2021, '430181', 0],
			[2022, '430121', 0.5],
			[2022, '430181', 0],
			[2023, '430121', 0.5],
			[2023, '430181', 0.5]
		]);
		const townships = await explore(
			request('villages_covered', { by: 'township', county: '430181', from: 2023 })
		);
		expect(townships).toEqual([
			{ year: 2023, key: '430181100', label: '大瑶镇', parent: '浏阳市', value: 1, members: 1 }
		]);
	});

	test('the year every village is covered, at the pace of the last three years', async () => {
		// 长沙县: 2 of 4 by 2023, none by 2020 → 2/3 a year → 2 more take 3 years
		const rows = await explore(
			request('full_coverage_year', { by: 'district', county: '430121', from: 2023 })
		);
		expect(values(rows)).toEqual([[2023, '430121', 2026]]);
		// 浏阳市 in 2022 has no room and no pace: never, at that pace
		const none = await explore(
			request('full_coverage_year', { by: 'district', county: '430181', from: 2022, to: 2022 })
		);
		expect(values(none)).toEqual([[2022, '430181', null]]);
	});

	test('a fully covered area gives the year its last room was accepted', async () => {
		const countyTally = DERIVED_VIEWS.find((sql) => sql.includes('TABLE county_tally'))!;
		await fixture.db.query(`CREATE TEMP TABLE saved_tally AS SELECT * FROM village_tally;
			UPDATE village_tally SET accepted_year = 2022 WHERE county_code = '430181'`);
		await fixture.db.query(countyTally);
		try {
			const rows = await explore(
				request('full_coverage_year', { by: 'district', county: '430181', from: 2023 })
			);
			expect(values(rows)).toEqual([[2023, '430181', 2022]]);
		} finally {
			await fixture.db
				.query(`DELETE FROM village_tally; INSERT INTO village_tally SELECT * FROM saved_tally;
				DROP TABLE saved_tally`);
			await fixture.db.query(countyTally);
		}
	});
});
