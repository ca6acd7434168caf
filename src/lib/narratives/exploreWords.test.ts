import { describe, expect, test } from 'vitest';
import { zh as messages } from '$lib/i18n/messages';
import type { ExploreRow } from '$lib/queries/explore';
import { exploreNarrative, showMeasureValue } from './exploreWords';
import { createFormat } from '$lib/i18n/format';

const fmt = createFormat('zh');
const t = (key: keyof typeof messages, params: Record<string, string | number> = {}) =>
	messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
const row = (year: number, key: string, value: number | null): ExploreRow => ({
	year,
	key,
	label: key,
	parent: null,
	value,
	members: 1
});

describe('the explorer’s words', () => {
	test('each kind of measure is written as the bureau writes it; a projected year may be never', () => {
		expect(showMeasureValue(fmt, 'rate', 0.5432, '无')).toBe('54.3%');
		expect(showMeasureValue(fmt, 'score', 88.25, '无')).toBe('88.3分');
		expect(showMeasureValue(fmt, 'size', 5.46, '无')).toBe('5.5 TB');
		expect(showMeasureValue(fmt, 'count', 1_234_567, '无')).toBe('123万');
		expect(showMeasureValue(fmt, 'count', null, '无')).toBe('—');
		expect(showMeasureValue(fmt, 'year', 2026, '无')).toBe('2026年');
		expect(showMeasureValue(fmt, 'year', null, '按此速度无法实现')).toBe('按此速度无法实现');
	});

	const words = { measure: '覆盖率', by: '区县', byYear: false };
	const show = (v: number | null) => showMeasureValue(fmt, 'rate', v, '—');

	test('a breakdown is read at each member’s latest year, largest first, at most five named', () => {
		const rows = [
			row(2022, 'A', 0.9),
			row(2023, 'A', 0.05),
			...['甲', '乙', '丙', '丁', '戊', '己'].map((k, i) => row(2023, k, 0.6 - i / 10))
		];
		expect(exploreNarrative(t, fmt, words, rows, (r) => r.key, show)).toBe(
			'2023年覆盖率（共7个区县）：甲60.0%，乙50.0%，丙40.0%，丁30.0%，戊20.0%等。'
		);
	});

	test('a capped answer (the highest and lowest members) is read with the count of them all', () => {
		const capped = ['甲', '乙'].map((k, i) => ({ ...row(2023, k, 0.6 - i / 10), members: 2978 }));
		expect(exploreNarrative(t, fmt, words, capped, (r) => r.key, show)).toBe(
			'2023年覆盖率（共2978个区县）：甲60.0%，乙50.0%。'
		);
	});

	test('by year the measure is read along the years; a long run by its ends', () => {
		const byYear = { ...words, byYear: true };
		expect(
			exploreNarrative(
				t,
				fmt,
				byYear,
				[row(2022, '2022', 0.4), row(2023, '2023', 0.5)],
				(r) => r.key,
				show
			)
		).toBe('覆盖率：2022年40.0%，2023年50.0%。');
		const long = Array.from({ length: 12 }, (_, i) => row(2012 + i, String(2012 + i), i / 20));
		expect(exploreNarrative(t, fmt, byYear, long, (r) => r.key, show)).toBe(
			'覆盖率：2012年0.0%，2023年55.0%。'
		);
	});

	test('no rows say so; a member is read at its latest year (a floor can leave the last one empty)', () => {
		expect(exploreNarrative(t, fmt, words, [], (r) => r.key, show)).toBe('没有符合条件的数据。');
		expect(exploreNarrative(t, fmt, words, [row(2022, 'A', 1)], (r) => r.key, show)).toBe(
			'2022年覆盖率（共1个区县）：A100.0%。'
		);
	});
});
