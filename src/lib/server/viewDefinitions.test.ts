import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { AHEAD_VIEWS } from '$lib/views/viewList';
import { yearView } from './viewDefinitions';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('a year view rendered ahead', () => {
	test('comes back from its JSON file equal to what DuckDB answers, for every view and year', async () => {
		for (const view of AHEAD_VIEWS) {
			const { fallback, load } = yearView(view);
			const { years } = await load(fixture.db, fallback);
			expect(years.length, view).toBeGreaterThan(1);
			for (const year of years) {
				const answer = await load(fixture.db, { ...fallback, year });
				expect(answer.year, `${view} ${year}`).toBe(year);
				expect(JSON.parse(JSON.stringify(answer)), `${view} ${year}`).toEqual(answer);
			}
		}
	});
});
