import { describe, expect, test } from 'vitest';
import { createFormat } from './format';

const zh = createFormat('zh');
const en = createFormat('en');

describe('Chinese number conventions', () => {
	test('quantities in 万 and 亿', () => {
		expect(zh.quantity(12345, '卷')).toBe('1.2万卷');
		expect(zh.quantity(1_050_000, '卷件')).toBe('105万卷件');
		expect(zh.quantity(340_000_000, '页')).toBe('3.40亿页');
		expect(zh.quantity(8765, '卷')).toBe('8765卷');
		expect(en.quantity(12345, 'files')).toBe('12,345 files');
	});
	test('rates and their changes in 个百分点', () => {
		expect(zh.percent(0.9022)).toBe('90.2%');
		expect(zh.pointChange(0.031)).toBe('+3.1个百分点');
		expect(zh.pointChange(-0.005)).toBe('−0.5个百分点');
		expect(zh.pointChange(0.00001)).toBe('0.0个百分点');
		expect(en.pointChange(0.031)).toBe('+3.1 pp');
	});
	test('years, scores, sizes and dates', () => {
		expect(zh.year(2023)).toBe('2023年');
		expect(en.year(2023)).toBe('2023');
		expect(zh.score(95.79, 2)).toBe('95.79分');
		expect(zh.tb(54.23)).toBe('54.2 TB');
		expect(zh.partialDate('2020-11')).toBe('2020年11月');
		expect(zh.partialDate('2023-11-05')).toBe('2023年11月5日');
		expect(zh.partialDate('2021')).toBe('2021年');
		expect(en.partialDate('2020-11')).toBe('Nov 2020');
		expect(zh.percent(null)).toBe('—');
	});
});
