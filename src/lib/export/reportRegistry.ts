import type { ChartCaption } from './chartImage';
import type { Column } from '$lib/table/column';

/** A chart's drawing, and how to let it go (one drawn again for an export is taken off the page). */
export interface Drawn {
	svg: SVGSVGElement;
	release: () => void;
}

/** A chart on screen, as the report pack reads it: its caption, drawing, data and 文字解读. */
export interface RegisteredChart {
	id: string;
	caption: () => ChartCaption;
	/** as on screen, or drawn again at `width` drawing units (a print size) */
	drawing: (width?: number | null) => Promise<Drawn | null>;
	table: () => { rows: object[]; columns: Column<object>[] } | undefined;
	summary: () => string | undefined;
}

/** A table a view offers the report as text, e.g. the overview's KPIs. */
export interface ReportTable {
	title: string;
	headers: string[];
	rows: string[][];
}

const charts = new Set<RegisteredChart>();
const tables = new Set<() => ReportTable>();

/** Called by each chart frame when it mounts; the returned function unregisters it. */
export function registerChart(chart: RegisteredChart): () => void {
	charts.add(chart);
	return () => charts.delete(chart);
}

export function registerReportTable(table: () => ReportTable): () => void {
	tables.add(table);
	return () => tables.delete(table);
}

/** The charts of the page now shown, in the order a reader meets them. */
export function chartsOnPage(): RegisteredChart[] {
	const position = (chart: RegisteredChart) =>
		document.querySelector(`figure[data-chart="${chart.id}"]`);
	return [...charts]
		.filter((c) => position(c) !== null)
		.sort((a, b) =>
			position(a)!.compareDocumentPosition(position(b)!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
		);
}

export function tablesOnPage(): ReportTable[] {
	return [...tables].map((t) => t());
}
