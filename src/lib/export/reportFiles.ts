import { strToU8, zipSync } from 'fflate';
import type { ReportTable } from './reportRegistry';
import { exportName, type ChartCaption } from './chartImage';

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
