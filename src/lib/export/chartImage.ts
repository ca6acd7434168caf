import { escapeMarkup } from '$lib/escapeMarkup';
import { inLightTheme } from '$lib/theme.svelte';
import { toBase64 } from './base64';
import { setPngDpi } from './pngDpi';
import { wrapText } from '$lib/fonts/labelWidth';
import { facesDrawing, FONT_FAMILY } from '$lib/fonts/webFont';

/** What an exported chart says around its drawing. */
export interface ChartCaption {
	figure: string;
	title: string;
	/** e.g. 资料来源：长沙市档案局统计数据 */
	source: string | null;
	/** e.g. 统计截至2023年12月31日 */
	asOf: string | null;
}

/** Presets of `数据导出`: screen size, twice that, and print widths at 300 dpi. */
export const PNG_PRESETS = [
	{ key: 'screen', scale: 1 },
	{ key: 'double', scale: 2 },
	{ key: 'print16', widthCm: 16 },
	{ key: 'print8', widthCm: 8 }
] as const;
export type PngPreset = (typeof PNG_PRESETS)[number];
export type PrintSize = Extract<PngPreset, { widthCm: number }>;
export const PRINT_SIZES = PNG_PRESETS.filter((p): p is PrintSize => 'widthCm' in p);
/** a physical width a chart is drawn for: a print preset, or a slide's chart box */
export type PhysicalSize = { key: string; widthCm: number };
const PRINT_DPI = 300;

/**
 * Points of type per drawing unit in print: a chart drawn for paper is laid out at the width that
 * makes its 12-unit labels 10.5 pt (a report's body size) and its smallest, 10-unit, text 8.75 pt.
 */
export const PT_PER_UNIT = 0.875;
const PT_PER_CM = 72 / 2.54;
/** the caption's type on paper: title 12 pt, source line 9 pt */
const PRINT_TYPE = { title: 12 / PT_PER_UNIT, footer: 9 / PT_PER_UNIT };
const SCREEN_TYPE = { title: 16, footer: 11 };
const MARGIN = 16;

/** the width, in drawing units, a chart is drawn at for a print width (its caption's margins out) */
export function drawingWidthFor(size: PrintSize): number {
	return Math.round((size.widthCm * PT_PER_CM) / PT_PER_UNIT) - 2 * MARGIN;
}

/** how wide the drawing alone (its caption's margins out) is on paper, in cm */
export function drawingCmFor(size: PrintSize): number {
	return (drawingWidthFor(size) * PT_PER_UNIT) / PT_PER_CM;
}

/**
 * The physical size of a chart drawn `units` wide at `ptPerUnit` (a slide's type scale), its
 * caption's margins included, so the drawing cut from it keeps that scale.
 */
export function physicalSizeFor(units: number, ptPerUnit: number): PhysicalSize {
	return { key: 'slide', widthCm: ((units + 2 * MARGIN) * ptPerUnit) / PT_PER_CM };
}

/** Inline presentation properties: outside the page, the app's stylesheet no longer applies. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'stroke-linejoin'
];

const INK = '#1f2933';
const INK_SOFT = '#52606d';
const FONT = "'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";

function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	if (computed.display === 'none') {
		target.remove();
		return;
	}
	target.setAttribute(
		'style',
		PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';')
	);
	target.removeAttribute('class');
	target.removeAttribute('tabindex');
	target.removeAttribute('role');
	// children are walked backwards, as a hidden one is removed from the copy
	for (let i = source.children.length - 1; i >= 0; i--) {
		inlineStyles(source.children[i], target.children[i]);
	}
}

/** The characters drawn in each weight: each weight's font subsets are embedded only for its own text. */
function textByWeight(drawing: SVGSVGElement, regular: string, bold: string): Map<string, string> {
	const texts = new Map([
		['400', regular],
		['700', bold]
	]);
	for (const element of Array.from(drawing.querySelectorAll('text, tspan'))) {
		const own = Array.from(element.childNodes)
			.filter((n) => n.nodeType === Node.TEXT_NODE)
			.map((n) => n.textContent ?? '')
			.join('');
		const weight = parseInt((element as SVGElement).style.fontWeight) >= 600 ? '700' : '400';
		texts.set(weight, texts.get(weight) + own);
	}
	return texts;
}

/**
 * The page font's faces that hold the characters used, their woff2 files inlined: the SVG then
 * renders the same on a machine without the font, and a PNG drawn from it never shows boxes. A
 * character is looked up as the browser does (the last face declared first), so a chart of the
 * interface's and the data's words embeds the `text` tier alone.
 */
async function embeddedFonts(textByWeight: Map<string, string>): Promise<string> {
	const faces: string[] = [];
	for (const [weight, text] of textByWeight) {
		for (const face of await facesDrawing(text, weight)) {
			const bytes = new Uint8Array(await (await fetch(face.url)).arrayBuffer());
			const range = face.range ? `;unicode-range:${face.range}` : '';
			faces.push(
				`@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/woff2;base64,${toBase64(bytes)}) format('woff2')${range}}`
			);
		}
	}
	return faces.join('\n');
}

/**
 * A chart as a standalone SVG file: the drawing with its styles inlined, the figure number and title
 * above, source and 统计截至 below, on white, in the light theme, the font embedded. Text stays text.
 * For a print size the file states its physical size (`160mm`), so Word and WPS place it at that
 * size, and the caption's type is in points.
 */
export async function standaloneSvg(
	svg: SVGSVGElement,
	caption: ChartCaption,
	print: PhysicalSize | null = null
): Promise<string> {
	const box = svg.viewBox.baseVal;
	const width = box.width || svg.clientWidth;
	const height = box.height || svg.clientHeight;
	const type = print ? PRINT_TYPE : SCREEN_TYPE;
	// SVG text does not wrap: a long title or source line is broken to the drawing's width
	const heading = `${caption.figure}\u2002${caption.title}`;
	const titleLines = wrapText(heading, width, type.title);
	const footer = [caption.source, caption.asOf].filter(Boolean).join('　');
	const footerLines = footer ? wrapText(footer, width, type.footer) : [];
	const titleLead = type.title * 1.35;
	const footerLead = type.footer * 1.45;
	const top = Math.round(12 + titleLines.length * titleLead + 14);
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inLightTheme(() => inlineStyles(svg, copy));
	copy.setAttribute('x', String(MARGIN));
	copy.setAttribute('y', String(top));
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	const total = {
		width: width + 2 * MARGIN,
		height: Math.round(
			height + top + (footerLines.length ? footerLines.length * footerLead + 12 : MARGIN)
		)
	};
	const physical = print
		? {
				width: `${print.widthCm * 10}mm`,
				height: `${((print.widthCm * 10 * total.height) / total.width).toFixed(1)}mm`
			}
		: total;
	const drawing = new XMLSerializer().serializeToString(copy);
	const fonts = await embeddedFonts(
		textByWeight(copy, `${caption.figure}${footer}`, caption.title)
	);
	const at = (n: number) => +n.toFixed(2);
	// the figure number is regular and grey, the title bold, whichever line each falls on
	const figureEnd = [...caption.figure].length;
	let seen = 0;
	const title = titleLines
		.map((line, i) => {
			const chars = [...line];
			const numbered = Math.max(0, Math.min(chars.length, figureEnd - seen));
			seen += chars.length;
			const number = chars.slice(0, numbered).join('');
			const rest = chars.slice(numbered).join('');
			const spans = `${number ? `<tspan font-weight="400" fill="${INK_SOFT}">${escapeMarkup(number)}</tspan>` : ''}${escapeMarkup(rest)}`;
			return `<text x="${MARGIN}" y="${at(12 + type.title + i * titleLead)}" font-size="${at(type.title)}" font-weight="700" fill="${INK}">${spans}</text>`;
		})
		.join('\n');
	const source = footerLines
		.map(
			(line, i) =>
				`<text x="${MARGIN}" y="${at(height + top + type.footer + 6 + i * footerLead)}" font-size="${at(type.footer)}" fill="${INK_SOFT}">${escapeMarkup(line)}</text>`
		)
		.join('\n');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.width}" height="${physical.height}" viewBox="0 0 ${total.width} ${total.height}" font-family="${escapeMarkup(FONT)}" data-drawing="${MARGIN} ${top} ${width} ${height}">
<style>${fonts}</style>
<title>${escapeMarkup(`${caption.figure} ${caption.title}`)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
${title}
${drawing}
${source}
</svg>`;
}

function svgSize(svgText: string): { width: number; height: number } {
	const match = /<svg[^>]*?viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svgText)!;
	return { width: Number(match[1]), height: Number(match[2]) };
}

/** The pixel width of a preset for an SVG of the given width. */
export function presetWidth(preset: PngPreset | PhysicalSize, svgWidth: number): number {
	return 'scale' in preset
		? Math.round(svgWidth * preset.scale)
		: Math.round((preset.widthCm / 2.54) * PRINT_DPI);
}

/** where standaloneSvg placed the drawing: x y width height */
const DRAWING_BOX = /data-drawing="([\d. ]+)"/;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function inked(context: CanvasRenderingContext2D, y: number, height: number, width: number) {
	const data = context.getImageData(0, y, width, Math.max(1, height)).data;
	for (let i = 0; i < data.length; i += 4) if (data[i] < 200) return true;
	return false;
}

/** A cheap fingerprint of a draw: a sample of its pixels, enough to tell two draws apart. */
function checksum(context: CanvasRenderingContext2D, width: number, height: number): number {
	const data = context.getImageData(0, 0, width, height).data;
	let sum = 0;
	for (let i = 0; i < data.length; i += 97) sum = (sum * 31 + data[i]) >>> 0;
	return sum;
}

/**
 * An SVG image's embedded fonts load after the image decodes, and until then its text is not drawn.
 * So draw until the title strip and the footer strip both show ink and two draws agree, or give up
 * after two seconds and keep the last draw.
 */
async function drawWhenFontsReady(
	image: HTMLImageElement,
	width: number,
	height: number,
	scale: number
): Promise<HTMLCanvasElement> {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	let previous = '';
	for (let attempt = 0; attempt < 40; attempt++) {
		context.clearRect(0, 0, width, height);
		context.drawImage(image, 0, 0, width, height);
		const title = inked(context, Math.round(12 * scale), Math.round(22 * scale), width);
		const footer = inked(context, height - Math.round(30 * scale), Math.round(20 * scale), width);
		const signature = `${checksum(context, width, height)}:${title}${footer}`;
		if (title && footer && signature === previous) break;
		previous = signature;
		await sleep(50);
	}
	return canvas;
}

async function pngOf(canvas: HTMLCanvasElement, dpi: number): Promise<Blob> {
	const blob = await new Promise<Blob>((done, fail) =>
		canvas.toBlob((b) => (b ? done(b) : fail(new Error('无法生成 PNG'))), 'image/png')
	);
	return new Blob([setPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi).slice()], {
		type: 'image/png'
	});
}

/**
 * Draw the standalone SVG onto a canvas at a preset's size; print presets say 300 dpi. With
 * `drawingToo`, also the drawing alone, cut from the same canvas: a report places its own caption.
 */
async function render(
	svgText: string,
	preset: PngPreset | PhysicalSize,
	drawingToo: boolean
): Promise<{ full: Blob; drawing: Blob | null }> {
	const size = svgSize(svgText);
	const width = presetWidth(preset, size.width);
	const height = Math.round((size.height * width) / size.width);
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const scale = width / size.width;
		const canvas = await drawWhenFontsReady(image, width, height, scale);
		const dpi = 'widthCm' in preset ? PRINT_DPI : 96 * ('scale' in preset ? preset.scale : 1);
		const full = await pngOf(canvas, dpi);
		if (!drawingToo) return { full, drawing: null };
		const [x, y, w, h] = DRAWING_BOX.exec(svgText)![1]
			.split(' ')
			.map((v) => Number(v) * scale);
		const cut = document.createElement('canvas');
		cut.width = Math.round(w);
		cut.height = Math.round(h);
		cut.getContext('2d')!.drawImage(canvas, x, y, w, h, 0, 0, cut.width, cut.height);
		return { full, drawing: await pngOf(cut, dpi) };
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function svgToPng(svgText: string, preset: PngPreset): Promise<Blob> {
	return (await render(svgText, preset, false)).full;
}

/** The captioned PNG and the drawing alone, from one render. */
export async function svgToPngs(
	svgText: string,
	preset: PngPreset | PhysicalSize
): Promise<{ full: Blob; drawing: Blob }> {
	const { full, drawing } = await render(svgText, preset, true);
	return { full, drawing: drawing! };
}

/** A file name from the caption: `图3_2023年考核得分分布.png`. */
/** a chart's file name without extension: 图1_标题, with no character a file system refuses */
export function exportStem(caption: ChartCaption): string {
	return `${caption.figure}_${caption.title}`.replace(/[\\/:*?"<>|\s]+/g, '_');
}

export function exportName(caption: ChartCaption, extension: string): string {
	return `${exportStem(caption)}.${extension}`;
}
