import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { loadAssessment } from './assessment';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

describe('the assessment view from its URL', () => {
	test('a unit shows its history; one never assessed is said, and no unit shown', async () => {
		const known = await loadAssessment(fixture.db, { year: null, sector: null, unit: '甲局' });
		expect([known.unit, known.unknownUnit, known.history.length > 0]).toEqual(['甲局', null, true]);
		const unknown = await loadAssessment(fixture.db, { year: null, sector: null, unit: '丁局' });
		expect([unknown.unit, unknown.unknownUnit, unknown.history]).toEqual([null, '丁局', []]);
		expect(unknown.league).toEqual(known.league);
	});
});
