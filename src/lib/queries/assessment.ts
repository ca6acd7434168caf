import { GRADES } from '$lib/schema/tables';
import { MEASURE_SQL } from '$lib/measures/measureSql';
import { sqlInt, sqlString } from './sql';

export interface AssessmentFilter {
	year: number;
	/** null: every sector */
	sector: string | null;
}

function sectorWhere(sector: string | null, alias = ''): string {
	return sector === null ? 'TRUE' : `${alias}sector = ${sqlString(sector)}`;
}

export interface GradeCount {
	year: number;
	grade: string;
	units: number;
}

/** Units per grade per year (for the chosen sector), for the stacked grade distribution. */
export function gradeDistributionSql(params: { sector: string | null }): string {
	return `SELECT year, grade, count(*) AS units FROM assessments_graded
	WHERE ${sectorWhere(params.sector)} GROUP BY year, grade ORDER BY year, grade`;
}

/** column names of the grade counts, in the order of GRADES */
export const GRADE_COUNT_COLUMNS = ['excellent', 'good', 'pass', 'fail'] as const;

export interface SectorSummary {
	sector: string;
	year: number;
	units: number;
	excellent_rate: number;
	average_score: number;
	excellent: number;
	good: number;
	pass: number;
	fail: number;
}

/** Per sector and year: the headline measures and the count in each grade. */
export function sectorSummarySql(): string {
	return `SELECT sector, year, count(*) AS units, ${MEASURE_SQL.excellentRate} AS excellent_rate,
		${MEASURE_SQL.averageScore} AS average_score,
		${GRADE_COUNT_COLUMNS.map((c, i) => `count(*) FILTER (WHERE grade = '${GRADES[i]}') AS ${c}`).join(',\n\t\t')}
	FROM assessments_graded GROUP BY GROUPING SETS ((sector, year), (year))
	ORDER BY year, sector NULLS FIRST`;
}

export interface Threshold {
	grade: string;
	min_score: number;
}

export function thresholdsSql(): string {
	return `SELECT grade, min_score FROM grade_thresholds WHERE scheme = 'default' ORDER BY min_score DESC`;
}

export interface LeagueRow {
	unit: string;
	sector: string;
	score: number;
	grade: string;
	grade_derived: boolean;
	rank: number;
	prev_score: number | null;
	prev_rank: number | null;
	/** positive: moved up the table since last year */
	rank_change: number | null;
	provenance: string;
}

/**
 * The league table of one year: rank within the chosen scope (sector or all), and last year's rank in
 * the same scope, so a rank change compares like with like.
 */
export function leagueTableSql(params: AssessmentFilter): string {
	const year = sqlInt(params.year);
	return `WITH ranked AS (
		SELECT unit, sector, year, score, grade, grade_derived, provenance,
			rank() OVER (PARTITION BY year ORDER BY score DESC) AS rank
		FROM assessments_graded
		WHERE year IN (${year}, ${year} - 1) AND ${sectorWhere(params.sector)}
	)
	SELECT c.unit, c.sector, c.score, c.grade, c.grade_derived, c.rank, p.score AS prev_score,
		p.rank AS prev_rank, p.rank - c.rank AS rank_change, c.provenance
	FROM ranked c LEFT JOIN ranked p ON p.unit = c.unit AND p.year = c.year - 1
	WHERE c.year = ${year}
	ORDER BY c.rank, c.unit`;
}

export interface UnitScore {
	unit: string;
	year: number;
	score: number;
	grade: string;
}

/** Every year's score of the units in scope: the trend column of the league table. */
export function unitScoresSql(params: { sector: string | null }): string {
	return `SELECT unit, year, score, grade FROM assessments_graded
	WHERE ${sectorWhere(params.sector)} ORDER BY unit, year`;
}

export interface CriterionScore {
	unit: string;
	criterion: string;
	score: number;
	max_score: number;
	rate: number;
}

/** Units × criteria 得分率 for one year: where each unit lost its points. */
export function criterionBreakdownSql(params: AssessmentFilter): string {
	return `SELECT i.unit, i.criterion, i.score, i.max_score, i.score / i.max_score AS rate
	FROM assessment_items i JOIN assessments_graded a ON a.unit = i.unit AND a.year = i.year
	WHERE i.year = ${sqlInt(params.year)} AND ${sectorWhere(params.sector, 'a.')}
	ORDER BY a.score DESC, i.unit, i.max_score DESC, i.criterion`;
}

export interface UnitHistoryRow {
	year: number;
	score: number;
	grade: string;
	rank: number;
	units: number;
	sector_average: number;
}

/** One unit's years: score, grade, rank within its sector, and the sector average for comparison. */
export function unitHistorySql(params: { unit: string }): string {
	return `WITH s AS (
		SELECT unit, year, score, grade,
			rank() OVER (PARTITION BY sector, year ORDER BY score DESC) AS rank,
			count(*) OVER (PARTITION BY sector, year) AS units,
			avg(score) OVER (PARTITION BY sector, year) AS sector_average
		FROM assessments_graded
	)
	SELECT year, score, grade, rank, units, sector_average FROM s
	WHERE unit = ${sqlString(params.unit)} ORDER BY year`;
}

export interface UnitAttention {
	unit: string;
	sector: string;
	score: number;
	grade: string;
	prev_score: number | null;
	prev_grade: string | null;
}

/** Units that need attention in a year: graded 不合格, or a grade below last year's. Worst first. */
export function unitsNeedingAttentionSql(params: { year: number }): string {
	const year = sqlInt(params.year);
	const order = `[${GRADES.map(sqlString).join(', ')}]`;
	const fail = sqlString(GRADES[GRADES.length - 1]);
	return `WITH g AS (
		SELECT unit, sector, year, score, grade, list_position(${order}, grade) AS grade_rank
		FROM assessments_graded WHERE year IN (${year}, ${year} - 1)
	)
	SELECT c.unit, c.sector, c.score, c.grade, p.score AS prev_score, p.grade AS prev_grade
	FROM g c LEFT JOIN g p ON p.unit = c.unit AND p.year = c.year - 1
	WHERE c.year = ${year} AND (c.grade = ${fail} OR c.grade_rank > p.grade_rank)
	ORDER BY c.grade_rank DESC, c.score, c.unit`;
}
