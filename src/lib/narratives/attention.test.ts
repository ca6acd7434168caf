import { describe, expect, test } from 'vitest';
import type { ArchivePace } from '$lib/queries/digitization';
import type { AreaCoverage } from '$lib/queries/villages';
import { archivesAttention, attentionSlides, coverageAttention, unitsAttention } from './attention';
import { createFormat } from '$lib/i18n/format';

const zh = createFormat('zh');
const en = createFormat('en');
const same = (v: string) => v;

describe('what needs attention, with the figures behind each point', () => {
	test('units: a fail says its grade, a fall says both grades and last year’s score', () => {
		const group = unitsAttention(
			zh,
			[
				{
					unit: '丙集团',
					sector: '市属企业',
					score: 58,
					grade: '不合格',
					prev_score: null,
					prev_grade: null
				},
				{
					unit: '乙局',
					sector: '市直机关',
					score: 85,
					grade: '良好',
					prev_score: 91,
					prev_grade: '优秀'
				}
			],
			same
		);
		expect(group.items).toEqual([
			'丙集团（市属企业）：58.0分，不合格',
			'乙局（市直机关）：85.0分，由优秀降为良好（上年91.0分）'
		]);
	});

	test('every point is shown: what a slide cannot hold continues on the next, only the groups that continue', () => {
		const units = Array.from({ length: 12 }, (_, i) => ({
			unit: `单位${i}`,
			sector: '区县',
			score: 50 + i,
			grade: '不合格',
			prev_score: null,
			prev_grade: null
		}));
		const groups = [
			unitsAttention(zh, units, same),
			archivesAttention(zh, [], { year: 2025, target: 0.8 }),
			coverageAttention(zh, [])
		];
		const slides = attentionSlides(groups, 5);
		expect(slides.map((s) => s.map((g) => `${g.id}:${g.items.length}:${g.continued}`))).toEqual([
			['units:5:false', 'archives:0:false', 'coverage:0:false'],
			['units:5:true'],
			['units:2:true']
		]);
		expect(slides.flatMap((s) => s.flatMap((g) => g.items))).toEqual(groups[0].items);
	});

	test('nothing to list is still one slide, saying so', () => {
		const slides = attentionSlides([coverageAttention(zh, [])]);
		expect(slides).toHaveLength(1);
		expect(slides[0][0].items).toEqual([]);
	});

	const pace = (archive: string, rate: number, reach: number | null): ArchivePace => ({
		archive,
		rate,
		yearly_gain: reach === null ? 0 : 0.05,
		target: 0.8,
		target_year: 2025,
		reach_year: reach
	});
	const target = { year: 2025, target: 0.8 };

	test('archives: behind when the pace reaches the target after its year or never, lowest first', () => {
		const group = archivesAttention(
			zh,
			[
				pace('甲馆', 0.85, 2023),
				pace('乙馆', 0.75, 2025),
				pace('丙馆', 0.6, 2027),
				pace('丁馆', 0.5, null)
			],
			target
		);
		expect(group.items).toEqual([
			'丁馆：数字化率50.0%，近三年年均0.0个百分点，按现有进度无法达到',
			'丙馆：数字化率60.0%，近三年年均+5.0个百分点，按此进度2027年达到'
		]);
		expect(group.rule).toBe('按近三年年均进度，2025年前达不到80.0%目标');
		expect(archivesAttention(zh, [pace('丙馆', 0.6, 2027)], undefined).items).toEqual([]);
	});

	test('coverage: the three lowest divisions with covered/units; empty divisions are left out', () => {
		const area = (code: string, covered: number, units: number): AreaCoverage => ({
			code,
			name: `区${code}`,
			units,
			covered,
			coverage: units ? covered / units : 0,
			official_covered: null
		});
		const group = coverageAttention(en, [
			area('1', 9, 10),
			area('2', 1, 10),
			area('3', 0, 0),
			area('4', 5, 10),
			area('5', 3, 10)
		]);
		expect(group.items).toEqual([
			'区2: 10.0% coverage (1/10 village-level units)',
			'区5: 30.0% coverage (3/10 village-level units)',
			'区4: 50.0% coverage (5/10 village-level units)'
		]);
	});
});
