import { describe, expect, test } from 'vitest';
import { firstAndLast, largestSeries } from './shaping';

describe('shaping long lists for charts', () => {
	test('firstAndLast keeps both ends of a long ranking', () => {
		expect(firstAndLast([1, 2, 3, 4], 2)).toEqual({ rows: [1, 2, 3, 4], hidden: 0 });
		expect(firstAndLast([1, 2, 3, 4, 5, 6, 7], 2)).toEqual({ rows: [1, 2, 6, 7], hidden: 3 });
	});

	test('largestSeries sums the smaller series into one', () => {
		const s = (name: string, a: number, b: number) => ({
			name,
			points: [
				{ x: 1, y: a },
				{ x: 2, y: b }
			]
		});
		const result = largestSeries(
			[s('a', 1, 10), s('b', 1, 2), s('c', 0, 3), s('d', 5, 20)],
			3,
			(n) => `其他${n}个`
		);
		expect(result).toEqual([
			s('d', 5, 20),
			s('a', 1, 10),
			{
				name: '其他2个',
				points: [
					{ x: 1, y: 1 },
					{ x: 2, y: 5 }
				]
			}
		]);
	});
});
