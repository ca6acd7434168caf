import { drawingCmFor, PRINT_SIZES } from './chartImage';
import type { ReportChart, ReportContent } from './reportFiles';
import { pngInfo } from './pngDpi';
import { pageParts } from './tallDrawing';

/** A4 with the margins of the party and government document format (GB/T 9704): 156 × 225 mm of text */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH_TWIPS = PAGE.width - PAGE.left - PAGE.right;
const TEXT_WIDTH_CM = 15.6;
/** a figure part's greatest height: the text area less its caption, source and a line of text */
const FIGURE_HEIGHT_CM = 19.5;
/** the drawings are the report's 16 cm print size, less their caption's margins */
const DRAWING_WIDTH_CM = drawingCmFor(PRINT_SIZES.find((s) => s.key === 'print16')!);

/** a table longer than this (the villages still without a room) is given in part, and says so */
const TABLE_ROWS = 60;

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、 二、 … for the chapter's sections */
export function sectionNumber(n: number): string {
	return `${CHINESE_NUMBERS[n - 1] ?? n}、`;
}

/** （一） （二） … for the parts of a section */
export function subsectionNumber(n: number): string {
	return `（${CHINESE_NUMBERS[n - 1] ?? n}）`;
}

/**
 * The widths of a table's columns, in proportion to their longest text (a Chinese character counts
 * two), none under a twelfth of the table: names stay on one line, numbers take little room.
 */
export function columnWidths(headers: string[], rows: string[][], total: number): number[] {
	const length = (text: string) =>
		[...text].reduce((n, c) => n + (c.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
	const longest = headers.map((h, i) =>
		Math.max(length(h), ...rows.map((r) => length(r[i] ?? '')))
	);
	const floor = total / 12;
	const sum = longest.reduce((a, b) => a + b, 0) || 1;
	const raw = longest.map((l) => Math.max(floor, (l / sum) * total));
	const scale = total / raw.reduce((a, b) => a + b, 0);
	return raw.map((w) => Math.floor(w * scale));
}

/** Word places an image by its size at 96 px an inch; ours say 300 dpi: the size is given in cm */
function placed(png: Uint8Array, widthCm: number): { width: number; height: number } {
	const { width, height } = pngInfo(png);
	const px = (widthCm / 2.54) * 96;
	return { width: Math.round(px), height: Math.round((px * height) / width) };
}

/**
 * The year's chapter for the annual report, in the manner of a bureau's document: a title block with
 * the issuing unit and date, sections numbered 一、二、三 in 黑体 and their parts （一）（二） in 楷体,
 * body text in 仿宋, 图N captions
 * under figures and 表N captions over tables, each figure within the text area (a tall one in
 * parts, cut between its rows), whole tables with fitted columns and their header repeated.
 */
export async function reportDocx(
	report: ReportContent,
	words: {
		issuer: string;
		date: string;
		fonts: { heading: string; subheading: string; body: string; title: string };
		figure: (n: number) => string;
		table: (n: number) => string;
		continued: string;
		kpiHeading: string;
		/** e.g. （前60行，共739行，完整名单见图表包中的 CSV） */
		firstRows: (shown: number, total: number) => string;
	}
): Promise<Blob> {
	const docx = await import('docx');
	const { Paragraph, TextRun, AlignmentType, ImageRun, Table, TableRow, TableCell } = docx;
	type Block = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;
	const { fonts } = words;
	const font = (eastAsia: string) => ({
		ascii: 'Times New Roman',
		hAnsi: 'Times New Roman',
		eastAsia
	});
	const body: Block[] = [];
	let figures = 0;
	let tables = 0;
	let sections = 0;

	const heading = (text: string) =>
		body.push(
			new Paragraph({
				keepNext: true,
				keepLines: true,
				spacing: { before: 240, after: 120 },
				children: [new TextRun({ text, font: font(fonts.heading), size: 32 })]
			})
		);
	const subheading = (text: string) =>
		body.push(
			new Paragraph({
				keepNext: true,
				keepLines: true,
				indent: { firstLine: 640 },
				spacing: { before: 120, after: 60 },
				children: [new TextRun({ text, font: font(fonts.subheading), size: 32 })]
			})
		);
	const caption = (text: string, keepNext: boolean) =>
		new Paragraph({
			alignment: AlignmentType.CENTER,
			keepNext,
			keepLines: true,
			spacing: { before: 60, after: 60 },
			children: [new TextRun({ text, font: font(fonts.heading), size: 21 })]
		});
	const small = (text: string) =>
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 120 },
			children: [new TextRun({ text, font: font(fonts.body), size: 18, color: '333333' })]
		});
	const text = (value: string) =>
		new Paragraph({
			indent: { firstLine: 640 },
			spacing: { line: 560, lineRule: docx.LineRuleType.EXACT },
			children: [new TextRun({ text: value, font: font(fonts.body), size: 32 })]
		});
	const table = (headers: string[], rows: string[][]) => {
		const widths = columnWidths(headers, rows, TEXT_WIDTH_TWIPS);
		const cell = (value: string, i: number, header: boolean) =>
			new TableCell({
				width: { size: widths[i], type: docx.WidthType.DXA },
				margins: { left: 60, right: 60 },
				children: [
					new Paragraph({
						alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
						children: [new TextRun({ text: value, bold: header, font: font('宋体'), size: 21 })]
					})
				]
			});
		return new Table({
			width: { size: TEXT_WIDTH_TWIPS, type: docx.WidthType.DXA },
			columnWidths: widths,
			rows: [
				new TableRow({
					tableHeader: true,
					cantSplit: true,
					children: headers.map((h, i) => cell(h, i, true))
				}),
				...rows.map(
					(row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })
				)
			]
		});
	};

	async function figure(chart: ReportChart, drawing: Uint8Array) {
		const number = words.figure(++figures);
		const parts = await pageParts(drawing, DRAWING_WIDTH_CM, FIGURE_HEIGHT_CM);
		parts.forEach((part, i) => {
			body.push(
				new Paragraph({
					alignment: AlignmentType.CENTER,
					keepNext: true,
					children: [
						new ImageRun({
							type: 'png',
							data: part,
							transformation: placed(part, Math.min(DRAWING_WIDTH_CM, TEXT_WIDTH_CM)),
							altText: {
								name: number,
								title: chart.caption.title,
								description: chart.summary ?? chart.caption.title
							}
						})
					]
				})
			);
			// a figure in parts: each part but the last says it goes on
			if (i < parts.length - 1)
				body.push(caption(`${number}\u3000${chart.caption.title}（${words.continued}）`, false));
		});
		body.push(caption(`${number}\u3000${chart.caption.title}`, Boolean(chart.caption.source)));
	}

	body.push(
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 240 },
			children: [new TextRun({ text: report.title, font: font(fonts.title), size: 44, bold: true })]
		}),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [
				new TextRun({
					text: `${words.issuer}\u3000${words.date}`,
					font: font(fonts.subheading),
					size: 32
				})
			]
		}),
		small(report.asOf),
		small(report.note)
	);
	if (report.kpis && report.kpis.rows.length > 0) {
		heading(`${sectionNumber(++sections)}${words.kpiHeading}`);
		body.push(
			caption(`${words.table(++tables)}\u3000${report.kpis.title}`, true),
			table(report.kpis.headers, report.kpis.rows)
		);
	}
	for (const area of report.areas) {
		heading(`${sectionNumber(++sections)}${area.name}`);
		for (const [i, chart] of area.charts.entries()) {
			// each figure is a part of its section: its subject in 楷体, its reading, then the figure
			subheading(`${subsectionNumber(i + 1)}${chart.caption.title}`);
			if (chart.summary) body.push(text(chart.summary));
			if (chart.drawing) await figure(chart, chart.drawing);
			else if (chart.table) {
				const { headers, rows } = chart.table;
				const part = rows.length > TABLE_ROWS ? words.firstRows(TABLE_ROWS, rows.length) : '';
				body.push(
					caption(`${words.table(++tables)}\u3000${chart.caption.title}${part}`, true),
					table(headers, rows.slice(0, TABLE_ROWS))
				);
			}
			if (chart.caption.source) body.push(small(chart.caption.source));
		}
	}
	const document = new docx.Document({
		creator: words.issuer,
		title: report.title,
		styles: {
			default: { document: { run: { font: font(fonts.body), size: 32, color: '000000' } } }
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right }
					}
				},
				footers: {
					default: new docx.Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({ children: ['— ', docx.PageNumber.CURRENT, ' —'], size: 28 })
								]
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
