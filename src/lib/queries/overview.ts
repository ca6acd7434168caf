import { MEASURE_SQL, NATIONAL_STAGES } from '$lib/measures/measureSql';
import { sqlInt, sqlList } from './sql';

/** Every headline measure for every year on record: the KPI cards, their 同比 and sparklines. */
export function kpiSeriesSql(): string {
	return `WITH years AS (
		SELECT year FROM assessments UNION SELECT year FROM digitization
	), a AS (
		SELECT year, ${MEASURE_SQL.excellentRate} AS excellent_rate,
			${MEASURE_SQL.averageScore} AS average_score, count(*) AS units_assessed
		FROM assessments_graded GROUP BY year
	), d AS (
		SELECT year, ${MEASURE_SQL.digitizationRate} AS digitization_rate,
			${MEASURE_SQL.digitalCopyTb} AS digital_copy_tb
		FROM digitization GROUP BY year
	), v AS (
		SELECT y.year, ${MEASURE_SQL.villageCoverage('y.year')} AS village_coverage,
			${MEASURE_SQL.villagesCovered('y.year')} AS villages_covered
		FROM years y, county_tally GROUP BY y.year
	), m AS (
		SELECT y.year, count(DISTINCT s.archive) FILTER (
			WHERE s.stage IN (${sqlList(NATIONAL_STAGES)}) AND s.stage_year <= y.year) AS national_archives
		FROM years y, archive_stage_years s GROUP BY y.year
	)
	SELECT y.year, a.excellent_rate, a.average_score, a.units_assessed, d.digitization_rate,
		d.digital_copy_tb, v.village_coverage, v.villages_covered, coalesce(m.national_archives, 0) AS national_archives
	FROM years y LEFT JOIN a USING (year) LEFT JOIN d USING (year) LEFT JOIN v USING (year)
		LEFT JOIN m USING (year)
	ORDER BY y.year`;
}

export function cityTargetsSql(): string {
	return `SELECT indicator, year, target, provenance, source FROM targets
	WHERE scope = 'city' ORDER BY indicator, year`;
}

export interface DistrictKpi {
	code: string;
	name: string;
	village_coverage: number | null;
	villages_covered: number;
	village_units: number;
	digitization_rate: number | null;
	assessment_score: number | null;
	/** the district's own assessed unit, when it has exactly one: where its score leads */
	assessment_unit: string | null;
}

/** One row per county-level division: what the tile map colours. */
export function districtKpiSql(params: { year: number }): string {
	const year = sqlInt(params.year);
	return `WITH v AS (
		SELECT county_code AS code, ${MEASURE_SQL.villageCoverage(year)} AS village_coverage,
			${MEASURE_SQL.villagesCovered(year)} AS villages_covered,
			${MEASURE_SQL.villageUnits} AS village_units
		FROM county_tally GROUP BY county_code
	), d AS (
		SELECT adcode AS code, ${MEASURE_SQL.digitizationRate} AS digitization_rate
		FROM digitization WHERE year = ${year} GROUP BY adcode
	), a AS (
		SELECT adcode AS code, ${MEASURE_SQL.averageScore} AS assessment_score,
			CASE WHEN count(DISTINCT unit) = 1 THEN min(unit) END AS assessment_unit
		FROM assessments_graded WHERE year = ${year} AND sector = '区县' GROUP BY adcode
	)
	SELECT c.code, c.name, v.village_coverage, coalesce(v.villages_covered, 0) AS villages_covered,
		coalesce(v.village_units, 0) AS village_units, d.digitization_rate, a.assessment_score,
		a.assessment_unit
	FROM areas c LEFT JOIN v USING (code) LEFT JOIN d USING (code) LEFT JOIN a USING (code)
	WHERE c.level = 'county'
	ORDER BY c.code`;
}

export interface Milestone {
	date: string;
	area: string;
	title: string;
	detail: string | null;
	provenance: string;
	source: string;
}

/** The milestones reached by 31 December of `year` (a date may be a year or a month). */
export function milestonesSql(params: { year: number | null }): string {
	const by =
		params.year === null ? 'TRUE' : `TRY_CAST(left(date, 4) AS INTEGER) <= ${sqlInt(params.year)}`;
	return `SELECT date, area, title, detail, provenance, source FROM milestones WHERE ${by}
	ORDER BY date, title`;
}
