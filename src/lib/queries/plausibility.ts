import { COVERED_STATUSES } from '$lib/schema/tables';
import type { TableDef } from '$lib/schema/types';
import { STAGING_TABLE } from './importChanges';
import { sqlList } from './sql';

/**
 * What a reviewer should look at twice, never a reason to refuse a file: each rule compares a
 * staged row with the published history of the same archive, village or unit.
 */
export const PLAUSIBILITY = {
	/** a digitization rate that moves more than this many points in a year */
	ratePoints: 15,
	/** a score this far from the unit's average of earlier years (two years at least) */
	scorePoints: 15
} as const;

export type PlausibilityRule =
	'holdingsFell' | 'digitizedFell' | 'rateJumped' | 'acceptanceUndone' | 'scoreUnusual';

/** a warning for one staged row: `subject` names it (an archive and year, a village, a unit) */
export interface PlausibilityWarning {
	subject: string;
	rule: PlausibilityRule;
	before: number | string;
	after: number | string;
}

const RULES: Record<string, () => string> = {
	digitization: () => `
		SELECT s.year || '年 ' || s.archive AS subject, rule, before, after FROM (
			SELECT s.*, p.holdings AS p_holdings, p.digitized AS p_digitized
			FROM ${STAGING_TABLE} s JOIN digitization p ON p.archive = s.archive AND p.year = s.year - 1
		) s, LATERAL (
			SELECT 'holdingsFell' AS rule, s.p_holdings::VARCHAR AS before, s.holdings::VARCHAR AS after
			WHERE s.holdings < s.p_holdings
			UNION ALL
			SELECT 'digitizedFell', s.p_digitized::VARCHAR, s.digitized::VARCHAR
			WHERE s.digitized < s.p_digitized
			UNION ALL
			SELECT 'rateJumped',
				round(100 * s.p_digitized / s.p_holdings, 1)::VARCHAR,
				round(100 * s.digitized / s.holdings, 1)::VARCHAR
			WHERE s.holdings > 0 AND s.p_holdings > 0
				AND abs(100 * s.digitized / s.holdings - 100 * s.p_digitized / s.p_holdings)
					> ${PLAUSIBILITY.ratePoints}
		)`,
	village_rooms: () => `
		SELECT s.village_code AS subject, 'acceptanceUndone' AS rule, p.status AS before, s.status AS after
		FROM ${STAGING_TABLE} s JOIN village_rooms p ON p.village_code = s.village_code
		WHERE p.status IN (${sqlList(COVERED_STATUSES)}) AND s.status NOT IN (${sqlList(COVERED_STATUSES)})`,
	assessments: () => `
		SELECT s.year || '年 ' || s.unit AS subject, 'scoreUnusual' AS rule,
			round(avg(p.score), 1)::VARCHAR AS before, any_value(s.score)::VARCHAR AS after
		FROM ${STAGING_TABLE} s JOIN assessments p ON p.unit = s.unit AND p.year < s.year
		GROUP BY s.year, s.unit
		HAVING count(*) >= 2 AND abs(any_value(s.score) - avg(p.score)) > ${PLAUSIBILITY.scorePoints}`
};

/** The plausibility warnings of a staged file against the published tables; null when its table has none. */
export function plausibilitySql(table: TableDef): string | null {
	const rules = RULES[table.name];
	return rules ? `SELECT * FROM (${rules()}) ORDER BY subject, rule` : null;
}
