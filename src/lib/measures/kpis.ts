import type { Format } from '$lib/i18n/format';

/** every headline measure for one year, as the overview's query answers it */
export interface KpiYear {
	year: number;
	excellent_rate: number | null;
	average_score: number | null;
	units_assessed: number | null;
	digitization_rate: number | null;
	digital_copy_tb: number | null;
	village_coverage: number | null;
	villages_covered: number | null;
	national_archives: number | null;
}

/** a city-level goal of the plan (规划目标) */
export interface CityTarget {
	indicator: string;
	year: number;
	target: number;
	provenance: string;
	source: string;
}

/** how a measure is formatted and how its 同比 is stated */
export type MeasureKind = 'rate' | 'score' | 'size' | 'count';

export interface KpiDef {
	id: Exclude<keyof KpiYear, 'year' | 'units_assessed' | 'villages_covered'>;
	kind: MeasureKind;
	/** the `targets.indicator` that sets this KPI's goal */
	target?: string;
	/** the view that shows this KPI's detail */
	view: '/assessment' | '/digitization' | '/villages';
}

/** The headline measures of the overview, in the order the cards show them. */
export const KPIS: readonly KpiDef[] = [
	{ id: 'excellent_rate', kind: 'rate', target: 'excellent_rate', view: '/assessment' },
	{ id: 'average_score', kind: 'score', target: 'average_score', view: '/assessment' },
	{ id: 'digitization_rate', kind: 'rate', target: 'digitization_rate', view: '/digitization' },
	{ id: 'digital_copy_tb', kind: 'size', target: 'digital_copy_tb', view: '/digitization' },
	{ id: 'village_coverage', kind: 'rate', target: 'village_coverage', view: '/villages' },
	{ id: 'national_archives', kind: 'count', target: 'national_archives', view: '/digitization' }
];

/**
 * 同比 as data-model.md defines it: for rates the difference (stated in 个百分点), for scores the
 * difference in points, for sizes the relative change, for counts the difference.
 */
export function yearOnYear(kind: MeasureKind, current: number | null, previous: number | null) {
	if (current === null || previous === null) return null;
	if (kind === 'size') return previous === 0 ? null : current / previous - 1;
	return current - previous;
}

/** A KPI as words: its value, its 同比 and its target, for the card and for the report's KPI table. */
export interface KpiText {
	value: string;
	change: string;
	changeValue: number | null;
	target: string | null;
	/** share of the target reached, 0–1 */
	progress: number | null;
}

interface TextParts {
	fmt: Format;
	unitArchives: string;
	noPrevious: string;
	/** 持平: a change of nothing reads as words, not “+0” */
	unchanged: string;
}

export function kpiText(
	kpi: KpiDef,
	year: number,
	series: KpiYear[],
	target: CityTarget | undefined,
	{ fmt, unitArchives, noPrevious, unchanged }: TextParts
): KpiText {
	const now = series.find((s) => s.year === year)?.[kpi.id] ?? null;
	const before = series.find((s) => s.year === year - 1)?.[kpi.id] ?? null;
	const change = yearOnYear(kpi.kind, now, before);
	const show = (value: number | null): string => {
		if (kpi.kind === 'rate') return fmt.percent(value);
		if (kpi.kind === 'score') return fmt.score(value);
		if (kpi.kind === 'size') return fmt.tb(value);
		return fmt.count(value, unitArchives);
	};
	const sign = (n: number) => (n >= 0 ? '+' : '');
	let changeText = noPrevious;
	if (change === 0) changeText = unchanged;
	else if (change !== null) {
		if (kpi.kind === 'rate') changeText = fmt.pointChange(change);
		else if (kpi.kind === 'size') changeText = fmt.relativeChange(change);
		else if (kpi.kind === 'score') changeText = sign(change) + fmt.score(change);
		else changeText = sign(change) + fmt.count(change);
	}
	return {
		value: show(now),
		change: changeText,
		changeValue: change,
		target: target ? show(target.target) : null,
		progress: target && now !== null ? Math.min(1, now / target.target) : null
	};
}

/** The latest target set for an indicator. */
export function latestTarget(targets: CityTarget[], indicator: string): CityTarget | undefined {
	return targets.filter((t) => t.indicator === indicator).sort((a, b) => b.year - a.year)[0];
}

/** A KPI's target: the latest one set for its indicator. */
export function targetFor(kpi: KpiDef, targets: CityTarget[]): CityTarget | undefined {
	return kpi.target ? latestTarget(targets, kpi.target) : undefined;
}

export type TargetStatus = '达标' | '接近' | '滞后';

export interface TargetPace {
	status: TargetStatus;
	/** the year the target is reached at the pace of the last three years; null when it never is */
	reachYear: number | null;
}

/**
 * Where a KPI stands against its target, by the rule the archives' pace uses (`archivePaceSql`): the
 * mean yearly gain over the last three years; 达标 when reached, 接近 when that pace reaches the
 * target by its year, 滞后 otherwise.
 */
export function targetPace(
	kpi: KpiDef,
	year: number,
	series: KpiYear[],
	target: CityTarget
): TargetPace | null {
	const window = series.filter((s) => s.year >= year - 3 && s.year <= year && s[kpi.id] !== null);
	const now = window.find((s) => s.year === year)?.[kpi.id] ?? null;
	if (now === null) return null;
	if (now >= target.target) return { status: '达标', reachYear: year };
	const first = window[0];
	const gain =
		first && first.year < year ? (now - (first[kpi.id] as number)) / (year - first.year) : null;
	// rounding first, as in SQL: 0.2 / 0.2 must be 1, not 1.0000000000000002
	const reachYear =
		gain !== null && gain > 0
			? year + Math.ceil(Number(((target.target - now) / gain).toFixed(6)))
			: null;
	return {
		status: reachYear !== null && reachYear <= target.year ? '接近' : '滞后',
		reachYear
	};
}
