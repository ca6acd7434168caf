import { physicalSizeFor, standaloneSvg, svgToPngs } from '$lib/export/chartImage';
import { deckChartUnits, deckPptx, SLIDE_PT_PER_UNIT, type DeckFile } from '$lib/export/deckPptx';
import type { AreaId, DeckSlide } from '$lib/views/deckOutline';
import type DeckStage from './DeckStage.svelte';

type Draw = DeckStage['draw'];

/** Each area slide's chart drawn at the .pptx's chart box, as PNG: the drawing alone. */
async function slideCharts(slides: DeckSlide[], draw: Draw, source: string) {
	const units = deckChartUnits();
	const size = physicalSizeFor(units.width, SLIDE_PT_PER_UNIT);
	const charts: Partial<Record<AreaId, Uint8Array>> = {};
	for (const slide of slides) {
		if (!('chartTitle' in slide)) continue;
		const drawn = await draw(slide.id, units.width, units.height);
		if (!drawn) continue;
		try {
			// the caption is cut away again: the slide sets its own as text
			const caption = { figure: '', title: slide.chartTitle, source, asOf: null };
			const svg = await standaloneSvg(drawn.svg, caption, size);
			const { drawing } = await svgToPngs(svg, size);
			charts[slide.id] = new Uint8Array(await drawing.arrayBuffer());
		} finally {
			drawn.release();
		}
	}
	return charts;
}

/** The deck as /present shows it, written as a .pptx. */
export async function deckFile(input: Omit<DeckFile, 'charts'> & { draw: Draw }): Promise<Blob> {
	const { draw, ...rest } = input;
	return deckPptx({ ...rest, charts: await slideCharts(rest.slides, draw, rest.footer[0]) });
}
