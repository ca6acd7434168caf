import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureDeck } from '../../../tests/fixtures/openFixture';
import { i18n } from '$lib/i18n/i18n.svelte';
import { deckOutline } from './deckOutline';
import type { PresentationData } from './presentation';

let deck: PresentationData;
beforeAll(async () => {
	deck = await fixtureDeck();
});

describe('the deck outline, which /present draws and the .pptx is written from', () => {
	test('slides in order, each area titled by its message: the year’s figure and its change', () => {
		i18n.locale = 'zh';
		const year = deck.year!;
		const slides = deckOutline(deck, year);
		expect(slides.slice(0, 5).map((s) => s.id)).toEqual([
			'title',
			'kpis',
			'assessment',
			'digitization',
			'villages'
		]);
		const kpis = slides[1] as Extract<(typeof slides)[number], { id: 'kpis' }>;
		const figure = (id: string) => kpis.kpis.find((k) => k.id === id)!.value;
		const change = /，(较上年(提高|下降)\d+\.\d个百分点|与上年持平|上年无可比数据)$/;
		expect(slides[2].title).toMatch(new RegExp(`^${year}年考核优秀率${figure('excellent_rate')}`));
		expect(slides[3].title).toMatch(
			new RegExp(`^${year}年馆藏数字化率${figure('digitization_rate')}`)
		);
		expect(slides[4].title).toMatch(
			new RegExp(`^${year}年村级档案室覆盖率${figure('village_coverage')}`)
		);
		for (const slide of slides.slice(2, 5)) expect(slide.title).toMatch(change);
		// the KPI slide's message counts the statuses its cards show
		const statuses = kpis.kpis.filter((k) => k.status?.status === '达标').length;
		if (statuses > 0) expect(kpis.title).toContain(`${statuses}项已达到规划目标`);
	});

	test('every unit the rule finds is on an attention slide, once, however many there are', () => {
		i18n.locale = 'zh';
		const many: PresentationData = {
			...deck,
			unitsNeedingAttention: Array.from({ length: 14 }, (_, i) => ({
				unit: `单位${i + 1}`,
				sector: '市直机关',
				score: 50 + i,
				grade: '不合格',
				prev_score: null,
				prev_grade: null
			}))
		};
		const attention = deckOutline(many, deck.year!).filter((s) => 'groups' in s);
		expect(attention.map((s) => s.id)).toEqual(['attention', 'attention-2', 'attention-3']);
		const units = attention.flatMap((s) =>
			'groups' in s ? s.groups.filter((g) => g.id === 'units').flatMap((g) => g.items) : []
		);
		expect(units.map((u) => u.split('（')[0])).toEqual(
			many.unitsNeedingAttention.map((u) => u.unit)
		);
		expect(attention[0].title).toMatch(/^需要关注：14个单位考核不合格或等次下降/);
		expect(attention[1].title).toBe(`${attention[0].title}（续）`);
	});

	test('in English, the messages are English', () => {
		i18n.locale = 'en';
		try {
			const slides = deckOutline(deck, deck.year!);
			for (const slide of slides.slice(0, 5)) expect(slide.title).not.toMatch(/[\u4e00-\u9fff]/);
			expect(slides[2].title).toMatch(/^Share graded excellent: \d+\.\d% in \d{4}/);
		} finally {
			i18n.locale = 'zh';
		}
	});
});
