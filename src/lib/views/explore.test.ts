import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { loadExplore, NO_EXPLORE_PARAMS, readExploreParams } from './explore';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

const url = (query: string) => new URL(`http://x/explore?${query}`);

describe('the explorer’s question from its URL', () => {
	test('values are checked before they reach a query', () => {
		expect(
			readExploreParams(
				url('measure=fall_streak&by=unit&from=2022&to=2023&sector=市直机关&county=430121&min=2')
			)
		).toEqual({
			measure: 'fall_streak',
			by: 'unit',
			from: 2022,
			to: 2023,
			sector: '市直机关',
			county: '430121',
			min: 2
		});
		expect(
			readExploreParams(url("measure=drop_table&by=x&from=1&sector=x'&county=43&min=abc"))
		).toEqual(NO_EXPLORE_PARAMS);
		expect(readExploreParams(url('min=')).min).toBeNull();
		expect(readExploreParams(url('min=0.5')).min).toBe(0.5);
	});

	test('the default: coverage by district over every year on record', async () => {
		const view = await loadExplore(fixture.db, NO_EXPLORE_PARAMS);
		expect([view.measure, view.by, view.from, view.to]).toEqual([
			'village_coverage',
			'district',
			2021,
			2023
		]);
		expect(view.rows.filter((r) => r.year === 2023).map((r) => [r.label, r.value])).toEqual([
			['长沙县', 0.5],
			['浏阳市', 0.5]
		]);
	});

	test('a breakdown the measure lacks, a filter of another area and a reversed range fall back', async () => {
		const view = await loadExplore(fixture.db, {
			...NO_EXPLORE_PARAMS,
			measure: 'excellent_rate',
			by: 'township',
			county: '430121',
			from: 2023,
			to: 2022
		});
		expect([view.by, view.county, view.from, view.to]).toEqual(['sector', null, 2021, 2022]);
	});

	test('a projected year is read as of the latest year unless a range is asked for', async () => {
		const view = await loadExplore(fixture.db, {
			...NO_EXPLORE_PARAMS,
			measure: 'full_coverage_year',
			county: '430121'
		});
		expect([view.from, view.to, view.county?.name]).toEqual([2023, 2023, '长沙县']);
		expect(view.rows.map((r) => [r.label, r.value])).toEqual([['长沙县', 2026]]);
	});

	test('a county the data does not hold is said, and the whole city shown', async () => {
		const unknown = await loadExplore(fixture.db, { ...NO_EXPLORE_PARAMS, county: '430124' });
		const city = await loadExplore(fixture.db, NO_EXPLORE_PARAMS);
		expect([unknown.unknownArea, unknown.county]).toEqual(['430124', null]);
		expect(unknown.rows).toEqual(city.rows);
		expect(unknown.rows.length).toBeGreaterThan(0);
		expect(city.unknownArea).toBeNull();
	});
});
