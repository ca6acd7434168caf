import { describe, expect, test } from 'vitest';
import { keepUnchanged } from './keepUnchanged';

describe('a new answer keeps the parts that did not change', () => {
	const before = {
		year: 2023,
		counties: [{ code: '430121', name: '长沙县', coverage: 0.9 }],
		cumulative: [{ year: 2022, code: '430121', covered: 150, note: null }]
	};

	test('an equal part is the same object as before; a changed one is the new one', () => {
		const next = {
			year: 2023,
			counties: [{ code: '430121', name: '长沙县', coverage: 0.95 }],
			cumulative: [{ year: 2022, code: '430121', covered: 150, note: null }]
		};
		const kept = keepUnchanged(before, next);
		expect(kept).toEqual(next);
		expect(kept.cumulative).toBe(before.cumulative);
		expect(kept.counties).toBe(next.counties);
	});

	test('an answer equal in every part is the answer before', () => {
		expect(keepUnchanged(before, structuredClone(before))).toBe(before);
	});

	test('a row with a field more or less, or in another order of rows, is a change', () => {
		const extra = { ...before, cumulative: [{ ...before.cumulative[0], units: 200 }] };
		expect(keepUnchanged(before, extra).cumulative).toBe(extra.cumulative);
		const fewer = { ...before, cumulative: [] };
		expect(keepUnchanged(before, fewer).cumulative).toEqual([]);
		const rows = [{ a: 1 }, { a: 2 }];
		expect(keepUnchanged(rows, [{ a: 2 }, { a: 1 }])).toEqual([{ a: 2 }, { a: 1 }]);
		expect(keepUnchanged(rows, [{ a: 1 }, { a: 2 }])).toBe(rows);
	});

	test('a field gone from the new answer is gone', () => {
		const withoutYear = { counties: before.counties, cumulative: before.cumulative };
		expect(keepUnchanged<object>(before, withoutYear)).toEqual(withoutYear);
	});
});
