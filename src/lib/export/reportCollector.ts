import { goto } from '$app/navigation';
import { tick } from 'svelte';
import { chartsOnPage, tablesOnPage } from './reportRegistry';
import { chartCsv } from './chartData';
import { drawingWidthFor, PNG_PRESETS, standaloneSvg, svgToPngs } from './chartImage';
import type { RegisteredChart, ReportTable } from './reportRegistry';
import type { ChartCaption } from './chartImage';
import type { ReportChart } from './reportFiles';

const PRINT16 = PNG_PRESETS.find((p) => p.key === 'print16')!;

/** a chart drawn again at the report's width (16 cm), as a standalone SVG */
async function printedSvg(chart: RegisteredChart, caption: ChartCaption): Promise<string | null> {
	const drawn = await chart.drawing(drawingWidthFor(PRINT16));
	if (!drawn) return null;
	try {
		return await standaloneSvg(drawn.svg, caption, PRINT16);
	} finally {
		drawn.release();
	}
}

/** A view is settled for the year when its heading names the year and no chart is loading. */
async function settled(year: number): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		await tick();
		const heading = document.querySelector('main h1')?.textContent ?? '';
		if (heading.includes(String(year)) && !document.querySelector('[aria-busy="true"]')) return;
		await new Promise((done) => setTimeout(done, 50));
	}
	throw new Error(`${year}年的视图未能在 30 秒内载入`);
}

/**
 * Open a view for the year (as a reader would, by its URL) and take each chart the way its export
 * menu does: the same SVG, the PNG at 16 cm and 300 dpi, the data as CSV, the 文字解读.
 */
export async function collectView(
	href: string,
	year: number,
	firstNumber: number,
	figureLabel: (n: number) => string
): Promise<{ charts: ReportChart[]; tables: ReportTable[] }> {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the caller passes resolve()d paths
	await goto(`${href}?year=${year}`, { noScroll: true, keepFocus: true });
	await settled(year);
	const charts: ReportChart[] = [];
	for (const chart of chartsOnPage()) {
		const caption = { ...chart.caption(), figure: figureLabel(firstNumber + charts.length) };
		const svg = await printedSvg(chart, caption);
		const pngs = svg ? await svgToPngs(svg, PRINT16) : null;
		const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
		const table = chart.table();
		// a chart waiting for a choice (a unit to show) has nothing to report
		if (!svg && (!table || table.rows.length === 0)) continue;
		const summary = chart.summary() ?? null;
		charts.push({
			caption,
			svg,
			png: pngs ? await bytes(pngs.full) : null,
			drawing: pngs ? await bytes(pngs.drawing) : null,
			csv: table ? chartCsv(table.columns, table.rows) : null,
			table:
				!svg && table
					? {
							headers: table.columns.map((c) => c.label),
							rows: table.rows.map((row) =>
								table.columns.map((c) => String((c.format ? c.format(row) : c.value(row)) ?? ''))
							)
						}
					: null,
			summary
		});
	}
	return { charts, tables: tablesOnPage() };
}
