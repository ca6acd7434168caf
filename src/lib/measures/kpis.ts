import type { KpiYear } from '$lib/queries/overview';

/** how a measure is formatted and how its 同比 is stated */
export type MeasureKind = 'rate' | 'score' | 'size' | 'count';

export interface KpiDef {
	id: Exclude<keyof KpiYear, 'year' | 'units_assessed' | 'villages_covered'>;
	kind: MeasureKind;
	/** the `targets.indicator` that sets this KPI's goal */
	target?: string;
}

/** The headline measures of the overview, in the order the cards show them. */
export const KPIS: readonly KpiDef[] = [
	{ id: 'excellent_rate', kind: 'rate', target: 'excellent_rate' },
	{ id: 'average_score', kind: 'score', target: 'average_score' },
	{ id: 'digitization_rate', kind: 'rate', target: 'digitization_rate' },
	{ id: 'digital_copy_tb', kind: 'size' },
	{ id: 'village_coverage', kind: 'rate', target: 'village_coverage' },
	{ id: 'national_archives', kind: 'count' }
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
