import { inkOn, type DeckTheme } from '$lib/config/deckTheme.svelte';
import type { AreaId, DeckSlide, SlideKpiFace } from '$lib/views/deckOutline';
import { toBase64 } from './base64';
import { pngInfo } from './pngDpi';

/**
 * The .pptx is laid out as /present is: a 16:9 slide (PowerPoint's 13.33 × 7.5 in) sized in em of
 * 14 pt, /present's 28 px on a 1080p screen, with the same em sizes for every piece of type.
 */
const EM = 14 / 72;
const SLIDE = { w: 13.333, h: 7.5 };
const PAD = { x: 2.2 * EM, top: 1.6 * EM, bottom: 2.4 * EM };
const CONTENT_W = SLIDE.w - 2 * PAD.x;
const BODY_TOP = PAD.top + 3.6 * EM;
const BODY_BOTTOM = SLIDE.h - PAD.bottom;
const pt = (em: number) => Math.round(em * 14 * 10) / 10;
const FONT = 'Microsoft YaHei';
const INK = '000000';
const INK_SOFT = '1F2933';
const UP = '05573F';
const DOWN = '9A2F0C';
const STATUS_COLOR = { 达标: UP, 接近: '003D63', 滞后: DOWN } as const;

/** an area slide: the figure takes 1.8 parts of the width, the figures and reading 1 */
const GAP = 1.2 * EM;
const FIGURE_W = ((CONTENT_W - GAP) * 1.8) / 2.8;
const SIDE_X = PAD.x + FIGURE_W + GAP;
const SIDE_W = CONTENT_W - FIGURE_W - GAP;
const CHART_TOP = BODY_TOP + 1.3 * EM;
const CHART_BOX = { w: FIGURE_W, h: BODY_BOTTOM - CHART_TOP };

/** the chart's 12 drawing units are the slide's body size, 14 pt, as on /present */
export const SLIDE_PT_PER_UNIT = 14 / 12;

/** The size, in drawing units, an area slide's chart is drawn at for the .pptx. */
export function deckChartUnits(): { width: number; height: number } {
	return {
		width: Math.round((CHART_BOX.w * 72) / SLIDE_PT_PER_UNIT),
		height: Math.round((CHART_BOX.h * 72) / SLIDE_PT_PER_UNIT)
	};
}

export interface DeckFile {
	title: string;
	slides: DeckSlide[];
	/** each area slide's chart, drawn at `deckChartUnits()`, as PNG */
	charts: Partial<Record<AreaId, Uint8Array>>;
	theme: DeckTheme;
	/** the bureau's name as the deck states it */
	bureau: string;
	/** 资料来源… and, where the figures include them, 含示例数据 and the imported files */
	footer: string[];
	/** zh-CN or en-US */
	lang: string;
	/** words the file needs that are not on a slide */
	words: {
		narrative: string;
		none: string;
		/** 示例: a target that is sample data says so */
		sample: string;
		continued: (title: string) => string;
	};
}

type Slide = ReturnType<InstanceType<typeof import('pptxgenjs').default>['addSlide']>;
/** the typeface, and the language PowerPoint should proof and set the text in */
const face = (file: DeckFile) => ({ fontFace: FONT, lang: file.lang });
const hex = (color: string) => color.replace('#', '').toUpperCase();
/** the banner colour as text on white, or black where it is too light to read */
const accentText = (theme: DeckTheme) =>
	inkOn(theme.banner) === '#ffffff' ? hex(theme.banner) : INK;

/** the logo's width over its height, decoded once per logo rather than once per slide */
let logoRatio: { url: string; ratio: number } | null = null;

function logoSize(dataUrl: string, height: number): { w: number; h: number } {
	if (logoRatio?.url !== dataUrl) {
		const bytes = Uint8Array.from(atob(dataUrl.split(',')[1]), (c) => c.charCodeAt(0));
		const png = dataUrl.startsWith('data:image/png') ? pngInfo(bytes) : null;
		logoRatio = { url: dataUrl, ratio: png ? png.width / png.height : 1.5 };
	}
	const { ratio } = logoRatio;
	return { w: Math.min(3, height * ratio), h: Math.min(3, height * ratio) / ratio };
}

function chrome(slide: Slide, file: DeckFile, index: number): void {
	const banner = hex(file.theme.banner);
	slide.addShape('rect', {
		x: 0,
		y: 0,
		w: SLIDE.w,
		h: 0.3 * EM,
		fill: { color: banner },
		line: { color: banner }
	});
	if (file.theme.logo && index > 0) {
		const size = logoSize(file.theme.logo, 1.6 * EM);
		slide.addImage({
			data: file.theme.logo,
			x: SLIDE.w - PAD.x - size.w,
			y: 0.7 * EM,
			...size
		});
	}
	slide.addText(file.footer.join('　'), {
		x: PAD.x,
		y: SLIDE.h - 1.5 * EM,
		w: CONTENT_W - 2,
		h: 0.9 * EM,
		fontSize: pt(0.6),
		...face(file),
		color: INK_SOFT,
		margin: 0
	});
	slide.addText(String(index + 1), {
		x: SLIDE.w - PAD.x - 1,
		y: SLIDE.h - 1.5 * EM,
		w: 1,
		h: 0.9 * EM,
		fontSize: pt(0.6),
		...face(file),
		color: INK_SOFT,
		align: 'right',
		margin: 0
	});
}

function heading(slide: Slide, file: DeckFile, topic: string, title: string): void {
	const banner = hex(file.theme.banner);
	const width = CONTENT_W - (file.theme.logo ? 2.2 : 0);
	slide.addShape('rect', {
		x: PAD.x,
		y: PAD.top,
		w: 0.22 * 1.7 * EM,
		h: 3.2 * EM,
		fill: { color: banner },
		line: { color: banner }
	});
	slide.addText(topic, {
		x: PAD.x + 0.6 * EM,
		y: PAD.top,
		w: width,
		h: 1 * EM,
		fontSize: pt(0.75),
		...face(file),
		color: accentText(file.theme),
		bold: true,
		margin: 0
	});
	slide.addText(title, {
		x: PAD.x + 0.6 * EM,
		y: PAD.top + 1.05 * EM,
		w: width - 0.6 * EM,
		h: 2.2 * EM,
		fontSize: pt(1.7),
		...face(file),
		color: INK,
		bold: true,
		valign: 'top',
		fit: 'shrink',
		margin: 0
	});
}

function kpiBox(
	slide: Slide,
	file: DeckFile,
	kpi: SlideKpiFace,
	box: { x: number; y: number; w: number; h: number }
) {
	const { x, y, w, h } = box;
	const valueEm = h > 2 ? 2.3 : 1.9;
	slide.addShape('roundRect', {
		x,
		y,
		w,
		h,
		rectRadius: 0.05,
		fill: { color: 'FFFFFF' },
		line: { color: '616E7C', width: 1.5 }
	});
	const change =
		kpi.changeValue === null || kpi.changeValue === 0 ? INK : kpi.changeValue > 0 ? UP : DOWN;
	const line = (text: string, em: number, options: object = {}) => ({
		text,
		options: { fontSize: pt(em), breakLine: true, ...options }
	});
	slide.addText(
		[
			line(kpi.label, 1, { bold: true }),
			line(kpi.value, valueEm, { bold: true }),
			line(kpi.change, 0.85, { color: change }),
			line(kpi.targetSample ? `${kpi.target}（${file.words.sample}）` : kpi.target, 0.85),
			...(kpi.status
				? [line(kpi.status.text, 0.85, { bold: true, color: STATUS_COLOR[kpi.status.status] })]
				: [])
		],
		{
			x: x + 0.1,
			y: y + 0.08,
			w: w - 0.2,
			h: h - 0.16,
			...face(file),
			color: INK,
			valign: 'top',
			fit: 'shrink',
			paraSpaceAfter: 2,
			margin: 0
		}
	);
}

function titleSlide(slide: Slide, file: DeckFile, s: Extract<DeckSlide, { id: 'title' }>) {
	const banner = hex(file.theme.banner);
	const top = 2.2;
	// the bar runs the slide's height, as on /present
	slide.addShape('rect', {
		x: PAD.x,
		y: PAD.top,
		w: 0.35 * 2.4 * EM,
		h: BODY_BOTTOM - PAD.top,
		fill: { color: banner },
		line: { color: banner }
	});
	const x = PAD.x + 1.6 * EM;
	if (file.theme.logo) {
		const size = logoSize(file.theme.logo, 0.9);
		slide.addImage({ data: file.theme.logo, x, y: top - size.h - 0.25, ...size });
	}
	const line = (text: string, y: number, h: number, em: number, options: object = {}) =>
		slide.addText(text, {
			x,
			y: top + y,
			w: CONTENT_W - 2 * EM,
			h,
			fontSize: pt(em),
			color: INK,
			...face(file),
			margin: 0,
			...options
		});
	line(file.bureau, 0.1, 0.45, 1.2, { bold: true, color: accentText(file.theme) });
	line(s.title, 0.75, 1.4, 2.4, { bold: true, valign: 'middle' });
	line(s.asOf, 2.35, 0.45, 1.1);
}

function kpiSlide(slide: Slide, file: DeckFile, s: Extract<DeckSlide, { id: 'kpis' }>) {
	const gap = 0.8 * EM;
	const w = (CONTENT_W - 2 * gap) / 3;
	const h = (BODY_BOTTOM - 1.4 * EM - BODY_TOP - gap) / 2;
	s.kpis.forEach((kpi, i) =>
		kpiBox(slide, file, kpi, {
			x: PAD.x + (i % 3) * (w + gap),
			y: BODY_TOP + Math.floor(i / 3) * (h + gap),
			w,
			h
		})
	);
	slide.addText(s.rule, {
		x: PAD.x,
		y: BODY_BOTTOM - 1.1 * EM,
		w: CONTENT_W,
		h: 1.1 * EM,
		fontSize: pt(0.6),
		...face(file),
		color: INK_SOFT,
		margin: 0
	});
}

function areaSlide(
	slide: Slide,
	file: DeckFile,
	s: Extract<DeckSlide, { id: AreaId }>,
	chart: Uint8Array | undefined
) {
	slide.addText(s.chartTitle, {
		x: PAD.x,
		y: BODY_TOP,
		w: FIGURE_W,
		h: 1.2 * EM,
		fontSize: pt(0.8),
		bold: true,
		...face(file),
		color: INK,
		margin: 0
	});
	if (chart) {
		const { width, height } = pngInfo(chart);
		const w = Math.min(CHART_BOX.w, (CHART_BOX.h * width) / height);
		const h = (w * height) / width;
		slide.addImage({
			data: `data:image/png;base64,${toBase64(chart)}`,
			x: PAD.x,
			y: CHART_TOP,
			w,
			h
		});
	}
	const kpiH = 7.8 * EM;
	const gap = 0.6 * EM;
	const kpiW = (SIDE_W - gap * (s.kpis.length - 1)) / s.kpis.length;
	s.kpis.forEach((kpi, i) =>
		kpiBox(slide, file, kpi, { x: SIDE_X + i * (kpiW + gap), y: BODY_TOP, w: kpiW, h: kpiH })
	);
	slide.addText(
		[
			{ text: file.words.narrative, options: { bold: true, breakLine: true } },
			{ text: s.narrative, options: {} }
		],
		{
			x: SIDE_X,
			y: BODY_TOP + kpiH + 0.7 * EM,
			w: SIDE_W,
			h: BODY_BOTTOM - BODY_TOP - kpiH - 0.7 * EM,
			fontSize: pt(1),
			...face(file),
			color: INK,
			valign: 'top',
			fit: 'shrink',
			lineSpacingMultiple: 1.3,
			margin: 0
		}
	);
}

function attentionSlide(slide: Slide, file: DeckFile, s: Extract<DeckSlide, { groups: unknown }>) {
	const gap = 1 * EM;
	// a continued slide keeps the first slide's columns, so a group does not jump in width
	const w = (CONTENT_W - 2 * gap) / 3;
	s.groups.forEach((group, i) => {
		const x = PAD.x + i * (w + gap);
		slide.addShape('rect', {
			x,
			y: BODY_TOP,
			w,
			h: 0.2 * EM,
			fill: { color: DOWN },
			line: { color: DOWN }
		});
		const items =
			group.items.length === 0
				? [{ text: file.words.none, options: { bold: true, color: UP, fontSize: pt(1) } }]
				: group.items.map((text) => ({
						text,
						options: { bullet: true, fontSize: pt(1), breakLine: true, paraSpaceAfter: 5 }
					}));
		slide.addText(
			[
				{
					text: group.continued ? file.words.continued(group.title) : group.title,
					options: { bold: true, fontSize: pt(1), breakLine: true }
				},
				{
					text: group.rule,
					options: { fontSize: pt(0.7), color: INK_SOFT, breakLine: true, paraSpaceAfter: 6 }
				},
				...items
			],
			{
				x,
				y: BODY_TOP + 0.5 * EM,
				w,
				h: BODY_BOTTOM - BODY_TOP - 0.5 * EM,
				...face(file),
				color: INK,
				valign: 'top',
				fit: 'shrink',
				margin: 0
			}
		);
	});
}

/**
 * The review-meeting deck as a .pptx, slide for slide what /present shows: the same outline, the
 * charts drawn for the slide, text as text (editable), the theme's banner, name and logo.
 */
export async function deckPptx(file: DeckFile): Promise<Blob> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const deck = new PptxGenJS();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = file.title;
	deck.company = file.bureau;
	file.slides.forEach((s, index) => {
		const slide = deck.addSlide();
		chrome(slide, file, index);
		if (s.id === 'title') titleSlide(slide, file, s);
		else {
			heading(slide, file, s.topic, s.title);
			if (s.id === 'kpis') kpiSlide(slide, file, s);
			else if ('groups' in s) attentionSlide(slide, file, s);
			else if ('chartTitle' in s) {
				areaSlide(slide, file, s, file.charts[s.id]);
				slide.addNotes(s.narrative);
			}
		}
	});
	return (await deck.write({ outputType: 'blob' })) as Blob;
}
