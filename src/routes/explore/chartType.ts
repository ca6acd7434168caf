import { readChoice } from '$lib/views/urlParams';
import type { RegistryKind } from '$lib/measures/registry';

export const CHART_TYPES = ['line', 'bar', 'table'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** the chart the URL asks for; a projected year (a measure of kind `year`) is only a table */
export function chartType(url: URL | null, kind: RegistryKind): ChartType {
	const asked =
		(url && readChoice(url, 'chart', CHART_TYPES)) ?? (kind === 'year' ? 'table' : 'line');
	return kind === 'year' ? 'table' : asked;
}
