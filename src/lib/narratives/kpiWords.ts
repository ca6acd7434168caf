import {
	kpiText,
	targetPace,
	type KpiDef,
	type KpiText,
	type TargetStatus
} from '$lib/measures/kpis';
import type { CityTarget, KpiYear } from '$lib/measures/kpis';
import { i18n } from '$lib/i18n/i18n.svelte';

/** a KPI's name in the reader's language: a KPI declared without its words does not type-check */
export const kpiName = (id: KpiDef['id']) => i18n.t(`kpi.${id}` as const);

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

/** Where a KPI stands against its target, as words: “接近，按近三年增幅约2025年达到”. */
export function kpiStatusWords(
	kpi: KpiDef,
	year: number,
	series: KpiYear[],
	target: CityTarget
): { status: TargetStatus; text: string } | null {
	const pace = targetPace(kpi, year, series, target);
	if (!pace) return null;
	const when =
		pace.status === '达标'
			? ''
			: `${i18n.locale === 'zh' ? '，' : ', '}${pace.reachYear === null ? i18n.t('kpi.neverAtPace') : i18n.t('kpi.reachAtPace', { year: pace.reachYear })}`;
	return { status: pace.status, text: `${i18n.value(pace.status)}${when}` };
}
