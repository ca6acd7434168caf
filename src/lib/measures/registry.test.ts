import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { exploreSql, type ExploreRow } from '$lib/queries/explore';
import { MEASURE_REGISTRY, breakdownsOf } from './registry';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

const HAN = /\p{Script=Han}/u;

describe('every declared measure', () => {
	test('has one id', () => {
		const ids = MEASURE_REGISTRY.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('has its name and definition in Chinese and in English', () => {
		for (const { id, name, definition } of MEASURE_REGISTRY) {
			for (const words of [name, definition]) {
				expect(words.zh, id).toMatch(HAN);
				expect(words.en.trim(), id).not.toBe('');
				expect(words.en, id).not.toMatch(HAN);
			}
			expect(definition.zh, id).toMatch(/[。）]$/);
		}
	});

	test('answers on the fixture data, by year and by each breakdown it offers', async () => {
		for (const measure of MEASURE_REGISTRY)
			for (const by of breakdownsOf(measure)) {
				const rows = await fixture.db.query<ExploreRow>(
					exploreSql({
						measure,
						by,
						from: 2022,
						to: 2023,
						sector: null,
						county: null,
						min: null,
						eachEnd: null
					})
				);
				expect(rows.length, `${measure.id} by ${by}`).toBeGreaterThan(0);
			}
	});
});
