import { describe, expect, test } from 'vitest';
import { aheadPath, aheadYear } from './renderedAhead';

const villages = {
	view: 'villages' as const,
	fallback: { year: null as number | null, county: null as string | null, township: null }
};

describe('a state rendered ahead', () => {
	test('is the default state with only a year chosen', () => {
		expect(aheadYear(villages, { year: 2021, county: null, township: null })).toBe(2021);
		expect(aheadYear(villages, { year: 2021, county: '430121', township: null })).toBeNull();
		expect(aheadYear(villages, { year: null, county: null, township: null })).toBeNull();
	});

	test('lies under the data folder by view and year', () => {
		expect(aheadPath('assessment', 2021)).toBe('ahead/assessment/2021.json');
	});
});
