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

/** A table chart's rows in the Word section; the whole table is in the pack's CSV. */
const DOCX_TABLE_ROWS = 25;

export interface ReportContent {
	year: number;
	title: string;
	/** e.g. 统计截至2023年12月31日 */
	asOf: string;
	note: string;
	/** e.g. 共739行，此处列出前25行，完整数据见图表包中的 CSV */
	moreRows: (total: number, shown: number) => string;
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

const CM_PER_INCH = 2.54;
/** Word and PowerPoint place a 96-px-per-inch image; our PNGs say 300 dpi. */
function sizeAt(png: Uint8Array, widthCm: number): { width: number; height: number } {
	const { width, height } = pngInfo(png);
	const px = (widthCm / CM_PER_INCH) * 96;
	return { width: Math.round(px), height: Math.round((px * height) / width) };
}

/** An annual-report section: title, KPI table, then per area each chart, its caption and 文字解读. */
export async function reportDocx(report: ReportContent): Promise<Blob> {
	const docx = await import('docx');
	const { Paragraph, TextRun, HeadingLevel, AlignmentType, ImageRun, Table, TableRow, TableCell } =
		docx;
	const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
		new Paragraph({
			text: report.title,
			heading: HeadingLevel.TITLE,
			alignment: AlignmentType.CENTER
		}),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [new TextRun({ text: report.asOf, size: 21 })]
		}),
		new Paragraph({ children: [new TextRun({ text: report.note, size: 18, color: '52606D' })] })
	];
	const cell = (text: string, bold = false) =>
		new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
	const table = (headers: string[], rows: string[][]) =>
		new Table({
			width: { size: 100, type: docx.WidthType.PERCENTAGE },
			rows: [
				new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
				...rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))
			]
		});
	if (report.kpis && report.kpis.rows.length > 0) {
		body.push(
			new Paragraph({ text: report.kpis.title, heading: HeadingLevel.HEADING_1 }),
			table(report.kpis.headers, report.kpis.rows)
		);
	}
	for (const area of report.areas) {
		body.push(new Paragraph({ text: area.name, heading: HeadingLevel.HEADING_1 }));
		for (const chart of area.charts) {
			if (chart.drawing) {
				body.push(
					new Paragraph({
						alignment: AlignmentType.CENTER,
						keepNext: true,
						children: [
							new ImageRun({
								type: 'png',
								data: chart.drawing,
								transformation: sizeAt(chart.drawing, 15.5),
								altText: {
									name: chart.caption.figure,
									title: chart.caption.title,
									description: chart.summary ?? chart.caption.title
								}
							})
						]
					})
				);
			}
			const caption = new Paragraph({
				alignment: AlignmentType.CENTER,
				keepNext: !chart.drawing,
				children: [
					new TextRun({ text: `${chart.caption.figure}\u3000${chart.caption.title}`, bold: true })
				]
			});
			if (chart.drawing) body.push(caption);
			else if (chart.table) {
				// a table's caption goes above it, as Chinese report style has it
				body.push(caption, table(chart.table.headers, chart.table.rows.slice(0, DOCX_TABLE_ROWS)));
				if (chart.table.rows.length > DOCX_TABLE_ROWS) {
					const note = report.moreRows(chart.table.rows.length, DOCX_TABLE_ROWS);
					body.push(new Paragraph({ children: [new TextRun({ text: note, size: 18 })] }));
				}
			}
			if (chart.caption.source) {
				body.push(
					new Paragraph({
						alignment: AlignmentType.CENTER,
						children: [new TextRun({ text: chart.caption.source, size: 18, color: '52606D' })]
					})
				);
			}
			if (chart.summary)
				body.push(new Paragraph({ text: chart.summary, indent: { firstLine: 420 } }));
		}
	}
	const document = new docx.Document({
		creator: report.title,
		title: report.title,
		styles: {
			default: {
				document: { run: { font: { ascii: 'Times New Roman', eastAsia: '宋体' }, size: 24 } }
			}
		},
		sections: [
			{
				properties: {
					page: { size: { width: 11906, height: 16838 } }
				},
				footers: {
					default: new docx.Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [new TextRun({ children: ['— ', docx.PageNumber.CURRENT, ' —'] })]
							})
						]
					})
				},
				children: body
			}
		]
	});
	return docx.Packer.toBlob(document);
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
