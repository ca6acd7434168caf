import { describe, expect, test } from 'vitest';
import {
	fromFirstRecorded,
	lastValued,
	archiveRateSeries,
	coverageBars,
	coverageTotals,
	firstAndLast,
	gradeColumns,
	inScoreBin,
	largestSeries
} from './shaping';

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

describe("shaping the areas' key charts (pages and the deck draw from these)", () => {
	test('gradeColumns makes one column per year with a count per grade', () => {
		expect(
			gradeColumns([
				{ year: 2022, grade: '优秀', units: 3 },
				{ year: 2022, grade: '合格', units: 1 },
				{ year: 2023, grade: '优秀', units: 4 }
			])
		).toEqual([
			{ key: 2022, label: '2022', values: { 优秀: 3, 合格: 1 } },
			{ key: 2023, label: '2023', values: { 优秀: 4 } }
		]);
	});

	test('archiveRateSeries stops at the year and puts the highest last rate first', () => {
		const rows = [
			{ archive: '甲', year: 2022, rate: 0.5 },
			{ archive: '甲', year: 2023, rate: 0.6 },
			{ archive: '乙', year: 2022, rate: 0.7 },
			{ archive: '乙', year: 2023, rate: 0.4 }
		];
		expect(archiveRateSeries(rows, 2023).map((s) => s.name)).toEqual(['甲', '乙']);
		expect(archiveRateSeries(rows, 2022)).toEqual([
			{ name: '乙', points: [{ x: 2022, y: 0.7 }] },
			{ name: '甲', points: [{ x: 2022, y: 0.5 }] }
		]);
	});

	test('coverageBars notes covered/units and the official figure where the source states one', () => {
		const area = { code: '430124', name: '宁乡市', coverage: 0.5, covered: 10, units: 20 };
		expect(coverageBars([{ ...area, official_covered: 151 }], '通报')[0].note).toBe(
			'10/20 · 通报 151'
		);
		expect(coverageBars([{ ...area, official_covered: null }], '通报')[0]).toEqual({
			key: '430124',
			label: '宁乡市',
			value: 0.5,
			note: '10/20'
		});
	});

	test('coverageTotals sums the city or one county, and is null for a year without rows', () => {
		const rows = [
			{ year: 2022, code: 'a', covered: 1, units: 10 },
			{ year: 2022, code: 'b', covered: 2, units: 5 },
			{ year: 2023, code: 'a', covered: 4, units: 10 }
		];
		expect(coverageTotals(rows, 2022, null)).toEqual({ covered: 3, units: 15 });
		expect(coverageTotals(rows, 2022, 'b')).toEqual({ covered: 2, units: 5 });
		expect(coverageTotals(rows, 2021, null)).toBeNull();
	});
	test('a score belongs to one bin; 100 to the last', () => {
		expect(inScoreBin(84, [84, 86])).toBe(true);
		expect(inScoreBin(86, [84, 86])).toBe(false);
		expect(inScoreBin(85.9, [84, 86])).toBe(true);
		expect(inScoreBin(100, [98, 100])).toBe(true);
		expect(inScoreBin(97.9, [98, 100])).toBe(false);
	});
});

describe('lastValued', () => {
	test('finds the last point with a value, skipping trailing gaps', () => {
		const points = [
			{ x: 2022, y: 1 },
			{ x: 2023, y: 2 },
			{ x: 2024, y: null }
		];
		expect(lastValued({ name: '甲', points })).toEqual({ x: 2023, y: 2 });
		expect(lastValued({ name: '乙', points: [{ x: 2024, y: null }] })).toBeUndefined();
	});
});

describe('lines of a rate', () => {
	test('start at the first year any is above nothing; a zero after that stays', () => {
		const line = (name: string, ys: (number | null)[]) => ({
			name,
			points: ys.map((y, i) => ({ x: 2018 + i, y }))
		});
		const shown = fromFirstRecorded([line('甲', [0, 0, 0.1, 0]), line('乙', [null, 0, 0, 0.2])]);
		expect(shown.map((s) => s.points.map((p) => p.x))).toEqual([
			[2020, 2021],
			[2020, 2021]
		]);
		expect(shown[0].points.map((p) => p.y)).toEqual([0.1, 0]);
		const never = [line('丙', [0, 0])];
		expect(fromFirstRecorded(never)).toEqual(never);
	});
});
