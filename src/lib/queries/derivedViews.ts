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
	`CREATE OR REPLACE VIEW village_units AS
	SELECT d.code, d.name, d.kind, d.parent_code AS township_code, left(d.code, 6) AS county_code,
		r.status, r.status_date, r.accepted_date, r.pilot_batch, r.provenance, r.source,
		r.status IN (${sqlList(COVERED_STATUSES)}) AS covered
	FROM divisions d LEFT JOIN village_rooms r ON r.village_code = d.code
	WHERE d.level = 'village'`,
	`CREATE OR REPLACE VIEW archive_stage_years AS
	SELECT *, TRY_CAST(left(date, 4) AS INTEGER) AS stage_year FROM digital_archive_stages`
];
