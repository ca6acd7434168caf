import { COVERED_STATUSES } from '$lib/schema/tables';
import { sqlList } from './sql';

/**
 * Views every query builds on, created once after the tables load. `assessments_graded` fills a blank
 * grade from the thresholds, so no view ever recomputes grades its own way.
 */
export const DERIVED_VIEWS: readonly string[] = [
	`CREATE OR REPLACE VIEW assessments_graded AS
	SELECT a.* REPLACE (coalesce(a.grade, (
		SELECT t.grade FROM grade_thresholds t
		WHERE t.scheme = 'default' AND a.score >= t.min_score
		ORDER BY t.min_score DESC LIMIT 1)) AS grade),
		a.grade IS NULL AS grade_derived
	FROM assessments a`,
	// tables, not views: built once per load, they keep year changes fast at 620,000 villages
	`CREATE OR REPLACE TABLE village_units AS
	SELECT d.code, d.name, d.kind, d.parent_code AS township_code, left(d.code, 6) AS county_code,
		r.status, r.status_date, r.accepted_date, r.pilot_batch, r.provenance, r.source,
		coalesce(r.status IN (${sqlList(COVERED_STATUSES)}), FALSE) AS covered
	FROM divisions d LEFT JOIN village_rooms r ON r.village_code = d.code
	WHERE d.level = 'village'`,
	/** village-level units per township and year of acceptance (null: not covered): coverage counts */
	`CREATE OR REPLACE TABLE village_tally AS
	SELECT county_code, township_code,
		CASE WHEN covered THEN year(accepted_date) END AS accepted_year, count(*) AS units
	FROM village_units GROUP BY ALL`,
	`CREATE OR REPLACE VIEW archive_stage_years AS
	SELECT *, TRY_CAST(left(date, 4) AS INTEGER) AS stage_year FROM digital_archive_stages`
];
