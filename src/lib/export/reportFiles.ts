import { strToU8, zipSync } from 'fflate';
import type { ReportTable } from '$lib/charts/reportRegistry';
import { exportName, type ChartCaption } from './chartImage';
import { toBase64 } from './base64';
import { pngInfo } from './pngDpi';

/** One chart of the report, renumbered in the report's order. */
export interface ReportChart {
	caption: ChartCaption;
	svg: string | null;
	/** at the 16 cm print preset, 300 dpi, with its caption, for the zip */
	png: Uint8Array | null;
	/** the drawing alone, for Word and PowerPoint, which set the caption as text */
	drawing: Uint8Array | null;
	csv: string | null;
	/** the data as shown, for charts that are tables themselves (no drawing) */
	table: { headers: string[]; rows: string[][] } | null;
	summary: string | null;
}

export interface ReportContent {
	year: number;
	title: string;
	/** e.g. 统计截至2023年12月31日 */
	asOf: string;
	note: string;
	kpis: ReportTable | null;
	areas: { name: string; charts: ReportChart[] }[];
}

const BOM = '\uFEFF';

/** Every chart as PNG and SVG, its data as CSV, and a contents list with each 文字解读. */
export function reportZip(report: ReportContent): Uint8Array {
	const files: Record<string, Uint8Array> = {};
	const contents = [`${report.title}（${report.asOf}）`, report.note, ''];
	let number = 0;
	for (const area of report.areas) {
		contents.push(`【${area.name}】`);
		for (const chart of area.charts) {
			const names: string[] = [];
			// a leading number keeps 图2 before 图10 in a file list
			const prefix = String(++number).padStart(2, '0');
			const add = (extension: string, bytes: Uint8Array) => {
				const name = `${prefix}_${exportName(chart.caption, extension)}`;
				files[name] = bytes;
				names.push(name);
			};
			if (chart.png) add('png', chart.png);
			if (chart.svg) add('svg', strToU8(chart.svg));
			if (chart.csv) add('csv', strToU8(chart.csv));
			contents.push(
				`${chart.caption.figure} ${chart.caption.title}`,
				`  文件：${names.join('、')}`
			);
			if (chart.summary) contents.push(`  文字解读：${chart.summary}`);
		}
		contents.push('');
	}
	files['目录.txt'] = strToU8(BOM + contents.join('\r\n'));
	return zipSync(files, { level: 6 });
}

/** The leadership deck, 16:9: a title slide, the KPIs, then one chart per slide with its 文字解读. */
export async function reportPptx(report: ReportContent): Promise<Blob> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const deck = new PptxGenJS();
	deck.layout = 'LAYOUT_16x9';
	deck.title = report.title;
	const font = 'Microsoft YaHei';
	const title = deck.addSlide();
	title.addText(report.title, {
		x: 0.5,
		y: 1.8,
		w: 9,
		h: 1,
		fontSize: 36,
		bold: true,
		fontFace: font,
		align: 'center'
	});
	title.addText(report.asOf, {
		x: 0.5,
		y: 2.9,
		w: 9,
		h: 0.5,
		fontSize: 18,
		fontFace: font,
		align: 'center',
		color: '52606D'
	});
	if (report.kpis && report.kpis.rows.length > 0) {
		const slide = deck.addSlide();
		slide.addText(report.kpis.title, {
			x: 0.5,
			y: 0.3,
			w: 9,
			h: 0.6,
			fontSize: 28,
			bold: true,
			fontFace: font
		});
		slide.addTable(
			[
				report.kpis.headers.map((text) => ({
					text,
					options: { bold: true, fill: { color: 'E3EEF9' } }
				})),
				...report.kpis.rows.map((row) => row.map((text) => ({ text })))
			],
			{
				x: 0.5,
				y: 1.1,
				w: 9,
				fontSize: 18,
				fontFace: font,
				border: { type: 'solid', color: 'D9E2EC', pt: 1 }
			}
		);
	}
	for (const area of report.areas) {
		for (const chart of area.charts) {
			if (!chart.drawing) continue;
			const slide = deck.addSlide();
			slide.addText(`${area.name}｜${chart.caption.title}`, {
				x: 0.4,
				y: 0.2,
				w: 9.2,
				h: 0.6,
				fontSize: 24,
				bold: true,
				fontFace: font
			});
			const { width, height } = pngInfo(chart.drawing);
			const maxW = 9.2;
			const maxH = chart.summary ? 3.6 : 4.5;
			const w = Math.min(maxW, (maxH * width) / height);
			const h = (w * height) / width;
			slide.addImage({
				data: `data:image/png;base64,${toBase64(chart.drawing)}`,
				x: (10 - w) / 2,
				y: 0.9,
				w,
				h
			});
			if (chart.summary) {
				slide.addText(chart.summary, {
					x: 0.4,
					y: 0.9 + h + 0.1,
					w: 9.2,
					h: 5.4 - h - 0.9,
					fontSize: 14,
					fontFace: font,
					valign: 'top'
				});
				slide.addNotes(chart.summary);
			}
		}
	}
	return (await deck.write({ outputType: 'blob' })) as Blob;
}
