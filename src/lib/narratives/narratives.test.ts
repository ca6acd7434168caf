import { describe, expect, test } from 'vitest';
import type { AreaCoverage } from '$lib/queries/villages';
import type { KpiYear } from '$lib/measures/kpis';
import { createFormat } from '$lib/i18n/format';
import { yearOnYear } from '$lib/measures/kpis';
import { coverageNarrative, cumulativeNarrative, overviewNarrative } from './narratives';
import { changePhrase, headlinePhrase, sentence } from './phrases';

const zh = createFormat('zh');
const en = createFormat('en');

const area = (name: string, covered: number, units: number): AreaCoverage => ({
	code: name,
	name,
	units,
	covered,
	coverage: covered / units,
	official_covered: null
});

describe('同比 by the kind of measure', () => {
	test('rates differ in 个百分点, sizes change relatively', () => {
		expect(yearOnYear('rate', 0.55, 0.5)).toBeCloseTo(0.05);
		expect(yearOnYear('size', 12, 10)).toBeCloseTo(0.2);
		expect(yearOnYear('size', 12, 0)).toBeNull();
		expect(yearOnYear('count', 1, null)).toBeNull();
	});
	test('phrases: rise, fall, no change, no previous year', () => {
		expect(changePhrase(zh, 'rate', 0.031)).toBe('较上年提高3.1个百分点');
		expect(changePhrase(zh, 'rate', -0.012)).toBe('较上年下降1.2个百分点');
		expect(changePhrase(zh, 'rate', 0)).toBe('与上年持平');
		expect(changePhrase(zh, 'size', 0.261)).toBe('同比增长26.1%');
		expect(changePhrase(zh, 'score', 1)).toBe('较上年提高1.0分');
		expect(changePhrase(zh, 'count', 1)).toBe('较上年增加1个');
		expect(changePhrase(zh, 'rate', null)).toBe('上年无可比数据');
		expect(changePhrase(en, 'rate', 0.031)).toBe('up 3.1 pp on the previous year');
	});
	test('a sentence joins its clauses as each language does', () => {
		expect(sentence(zh, ['2023年覆盖率为55.2%', '较上年提高20.0个百分点'])).toBe(
			'2023年覆盖率为55.2%，较上年提高20.0个百分点。'
		);
		expect(sentence(en, ['coverage is 55.2%', 'up 20.0 pp on the previous year', ''])).toBe(
			'Coverage is 55.2%, up 20.0 pp on the previous year.'
		);
	});
	test('a slide’s message: the year’s figure and its change, or the figure alone', () => {
		expect(headlinePhrase(zh, 'rate', '考核优秀率', 2023, zh.percent(0.373), 0.118)).toBe(
			'2023年考核优秀率37.3%，较上年提高11.8个百分点'
		);
		expect(headlinePhrase(zh, 'rate', '考核优秀率', 2019, '30.0%', null)).toBe(
			'2019年考核优秀率30.0%'
		);
		expect(headlinePhrase(en, 'rate', 'Share graded excellent', 2023, '37.3%', -0.02)).toBe(
			'Share graded excellent: 37.3% in 2023, down 2.0 pp on the previous year'
		);
	});
});

describe('文字解读', () => {
	test('village coverage: level, change, highest and lowest', () => {
		const text = coverageNarrative(
			zh,
			2023,
			'全市',
			[area('长沙县', 203, 225), area('芙蓉区', 31, 83)],
			{
				covered: 200,
				units: 308
			}
		);
		expect(text).toBe(
			'2023年底，全市村级档案室覆盖率为76.0%（234/308），较上年提高11.0个百分点，长沙县最高（90.2%），芙蓉区最低（37.3%）。'
		);
	});

	test('a single area has no highest and lowest; no previous year is said so', () => {
		expect(coverageNarrative(zh, 2023, '长沙县', [area('黄花镇', 1, 4)], null)).toBe(
			'2023年底，长沙县村级档案室覆盖率为25.0%（1/4），上年无可比数据。'
		);
	});

	test('cumulative completions since the pilot', () => {
		const rows = [
			{ year: 2021, code: 'a', name: '甲', covered: 1, units: 4 },
			{ year: 2022, code: 'a', name: '甲', covered: 2, units: 4 },
			{ year: 2023, code: 'a', name: '甲', covered: 5, units: 4 }
		];
		expect(cumulativeNarrative(zh, 2023, rows)).toBe(
			'自2021年试点以来，全市累计建成村级档案室5个，其中2023年新建3个。'
		);
	});

	test('overview: figures agree with the KPI rows, target distance in 个百分点', () => {
		const kpi = (year: number, over: Partial<KpiYear>): KpiYear => ({
			year,
			excellent_rate: 0.3,
			average_score: 86,
			units_assessed: 10,
			digitization_rate: 0.7,
			digital_copy_tb: 40,
			village_coverage: 0.4,
			villages_covered: 10,
			national_archives: 1,
			...over
		});
		const text = overviewNarrative(
			zh,
			2023,
			[
				kpi(2022, {}),
				kpi(2023, { excellent_rate: 0.3, digitization_rate: 0.761, digital_copy_tb: 50 })
			],
			[
				{
					indicator: 'digitization_rate',
					year: 2025,
					target: 0.8,
					provenance: 'sample',
					source: ''
				}
			],
			[]
		);
		expect(text).toBe(
			'2023年，全市档案工作考核优秀率为30.0%，与上年持平，平均分86.0分，与上年持平。' +
				'馆藏数字化率为76.1%，较上年提高6.1个百分点，距2025年目标（80.0%）还差3.9个百分点，数字化副本达50.0 TB，同比增长25.0%。' +
				'村级档案室覆盖率为40.0%，与上年持平。全市有国家级及以上数字档案馆1个。'
		);
	});
});
