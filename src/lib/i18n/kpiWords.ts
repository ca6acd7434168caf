import { kpiText, type KpiDef, type KpiText } from '$lib/measures/kpis';
import type { CityTarget, KpiYear } from '$lib/queries/overview';
import { i18n } from './i18n.svelte';

/** A KPI as words in the reader's language: the cards, the deck and the report's KPI table. */
export function kpiWords(
	kpi: KpiDef,
	year: number,
	series: KpiYear[],
	target: CityTarget | undefined
): KpiText {
	return kpiText(kpi, year, series, target, {
		fmt: i18n.format,
		unitArchives: i18n.t('kpi.unitArchives'),
		noPrevious: i18n.t('kpi.noPrevious'),
		unchanged: i18n.t('kpi.unchanged')
	});
}

/** A rate target as a chart's dashed line: “2025年目标 80.0%”. */
export function rateTargetLine(
	target: { year: number; target: number } | undefined
): { value: number; label: string } | null {
	if (!target) return null;
	return {
		value: target.target,
		label: i18n.t('kpi.target', { year: target.year, target: i18n.format.percent(target.target) })
	};
}
