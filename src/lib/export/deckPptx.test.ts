import { beforeAll, describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { fixtureDeck } from '../../../tests/fixtures/openFixture';
import { tinyPng } from '../../../tests/fixtures/tinyPng';
import { deckOutline, type DeckSlide } from '$lib/views/deckOutline';
import { toBase64 } from './base64';
import { deckPptx } from './deckPptx';

let slides: DeckSlide[];
let files: Record<string, Uint8Array>;
const EMU = { w: 12192000, h: 6858000 };

beforeAll(async () => {
	const deck = await fixtureDeck();
	slides = deckOutline(deck, deck.year!);
	const chart = tinyPng();
	const blob = await deckPptx({
		title: slides[0].title,
		slides,
		charts: { assessment: chart, digitization: chart, villages: chart },
		theme: {
			banner: '#8a1c1c',
			bureau: '望城区档案局',
			logo: `data:image/png;base64,${toBase64(tinyPng())}`
		},
		bureau: '望城区档案局',
		lang: 'zh-CN',
		footer: ['资料来源：测试', '含示例数据'],
		words: { narrative: '文字解读', none: '无', sample: '示例', continued: (t) => `${t}（续）` }
	});
	files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
});

const slideXml = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]);
const textOf = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
		.map((m) => m[1])
		.join('')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'");

describe('the .pptx is the deck, slide for slide', () => {
	test('16:9, one slide per slide of the outline, each saying its message', () => {
		expect(strFromU8(files['ppt/presentation.xml'])).toContain(`cx="${EMU.w}" cy="${EMU.h}"`);
		const count = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
		expect(count).toBe(slides.length);
		slides.forEach((slide, i) => expect(textOf(slideXml(i + 1))).toContain(slide.title));
	});

	test('the KPIs with their status, the areas with chart and reading, every attention point', () => {
		const kpis = slides[1] as Extract<DeckSlide, { id: 'kpis' }>;
		const text = textOf(slideXml(2));
		for (const kpi of kpis.kpis) {
			expect(text).toContain(kpi.value);
			if (kpi.status) expect(text).toContain(kpi.status.text);
		}
		for (const [i, slide] of slides.entries()) {
			if ('chartTitle' in slide) {
				expect(textOf(slideXml(i + 1))).toContain(slide.narrative);
				expect(slideXml(i + 1)).toContain('<p:pic>');
			}
			if ('groups' in slide)
				for (const item of slide.groups.flatMap((g) => g.items))
					expect(textOf(slideXml(i + 1))).toContain(item);
		}
	});

	test('the theme: the bureau on the cover, the banner colour and logo on every slide', () => {
		expect(textOf(slideXml(1))).toContain('望城区档案局');
		for (let i = 1; i <= slides.length; i++) expect(slideXml(i)).toContain('8A1C1C');
		expect(slideXml(3).match(/<p:pic>/g)).toHaveLength(2);
	});

	test('every picture and text box lies within the slide', () => {
		for (let i = 1; i <= slides.length; i++) {
			const xml = slideXml(i);
			for (const m of xml.matchAll(
				/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g
			)) {
				const [x, y, w, h] = m.slice(1).map(Number);
				expect(x + w, `slide ${i}`).toBeLessThanOrEqual(EMU.w);
				expect(y + h, `slide ${i}`).toBeLessThanOrEqual(EMU.h);
			}
		}
	});
});
