import { MEASURE_SQL } from './measures';

/** how a measure's value is shown: the KPI kinds, and a calendar year (the pace projections) */
export type RegistryKind = 'rate' | 'score' | 'size' | 'count' | 'year';

/** what a measure can be broken down by */
export const BREAKDOWNS = ['year', 'district', 'township', 'sector', 'unit', 'archive'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** the three statistics a measure is drawn from; each has its own rows, dimensions and filters */
export type MeasureArea = 'assessment' | 'digitization' | 'villages';

export interface RegistryMeasure {
	id: string;
	area: MeasureArea;
	kind: RegistryKind;
	/** an aggregate over the area's rows; `year` is the SQL expression of the year it is for */
	sql: (year: string) => string;
	/** the breakdowns it means something for; default: every breakdown of its area */
	breakdowns?: readonly Breakdown[];
}

export const AREA_BREAKDOWNS: Record<MeasureArea, readonly Breakdown[]> = {
	assessment: ['year', 'sector', 'unit'],
	digitization: ['year', 'district', 'archive'],
	villages: ['year', 'district', 'township']
};

const covered = (year: string) => MEASURE_SQL.villagesCovered(year);

/**
 * Every measure a planner can explore, each defined once. The KPIs' expressions are MEASURE_SQL's;
 * the pace rule is the one the archives' and the KPIs' pace use (mean yearly gain of the last three
 * years, rounded before the ceiling so that 0.2 / 0.2 is 1).
 */
export const MEASURE_REGISTRY: readonly RegistryMeasure[] = [
	{ id: 'excellent_rate', area: 'assessment', kind: 'rate', sql: () => MEASURE_SQL.excellentRate },
	{ id: 'average_score', area: 'assessment', kind: 'score', sql: () => MEASURE_SQL.averageScore },
	{ id: 'units_assessed', area: 'assessment', kind: 'count', sql: () => 'count(*)' },
	{
		id: 'units_fell',
		area: 'assessment',
		kind: 'count',
		sql: () => 'count(*) FILTER (WHERE fell)'
	},
	{
		id: 'fall_streak',
		area: 'assessment',
		kind: 'count',
		sql: () => 'max(fall_streak)',
		breakdowns: ['unit']
	},
	{
		id: 'digitization_rate',
		area: 'digitization',
		kind: 'rate',
		sql: () => MEASURE_SQL.digitizationRate
	},
	{
		id: 'digital_copy_tb',
		area: 'digitization',
		kind: 'size',
		sql: () => MEASURE_SQL.digitalCopyTb
	},
	{ id: 'holdings', area: 'digitization', kind: 'count', sql: () => 'sum(holdings)' },
	{ id: 'digitized', area: 'digitization', kind: 'count', sql: () => 'sum(digitized)' },
	{
		id: 'village_coverage',
		area: 'villages',
		kind: 'rate',
		sql: (year) => MEASURE_SQL.villageCoverage(year)
	},
	{ id: 'villages_covered', area: 'villages', kind: 'count', sql: covered },
	{ id: 'village_units', area: 'villages', kind: 'count', sql: () => MEASURE_SQL.villageUnits },
	{
		id: 'villages_new',
		area: 'villages',
		kind: 'count',
		sql: (year) => `coalesce(sum(units) FILTER (WHERE accepted_year = ${year}), 0)::BIGINT`
	},
	{
		id: 'full_coverage_year',
		area: 'villages',
		kind: 'year',
		sql: (year) => `CASE
			WHEN ${covered(year)} >= sum(units) THEN max(accepted_year) FILTER (WHERE accepted_year <= ${year})
			WHEN ${covered(year)} > ${covered(`${year} - 3`)} THEN ${year} + ceil(round(
				(sum(units) - ${covered(year)}) / ((${covered(year)} - ${covered(`${year} - 3`)}) / 3.0), 6))::INTEGER
		END`
	}
];

export const DEFAULT_MEASURE = 'village_coverage';

export function findMeasure(id: string | null): RegistryMeasure | undefined {
	return MEASURE_REGISTRY.find((m) => m.id === id);
}

export function breakdownsOf(measure: RegistryMeasure): readonly Breakdown[] {
	return measure.breakdowns ?? AREA_BREAKDOWNS[measure.area];
}
