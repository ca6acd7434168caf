import { MEASURE_SQL } from '$lib/measures/measureSql';
import { sqlInt } from './sql';

export interface ArchiveYear {
	archive: string;
	adcode: string;
	year: number;
	holdings: number;
	digitized: number;
	rate: number;
	digital_copy_tb: number;
	provenance: string;
}

/** Each archive's year-end figures over all years: rate lines and the per-year bars. */
export function archiveSeriesSql(): string {
	return `SELECT archive, adcode, year, sum(holdings)::BIGINT AS holdings, sum(digitized)::BIGINT AS digitized,
		${MEASURE_SQL.digitizationRate} AS rate, ${MEASURE_SQL.digitalCopyTb} AS digital_copy_tb,
		any_value(provenance) AS provenance
	FROM digitization GROUP BY archive, adcode, year ORDER BY archive, year`;
}

export interface CityDigitization {
	year: number;
	holdings: number;
	digitized: number;
	rate: number;
	digital_copy_tb: number;
	archives: number;
}

export function cityDigitizationSql(): string {
	return `SELECT year, sum(holdings)::BIGINT AS holdings, sum(digitized)::BIGINT AS digitized,
		${MEASURE_SQL.digitizationRate} AS rate, ${MEASURE_SQL.digitalCopyTb} AS digital_copy_tb,
		count(*) AS archives
	FROM digitization GROUP BY year ORDER BY year`;
}

export interface ArchiveStage {
	archive: string;
	stage: string;
	date: string | null;
	stage_year: number | null;
	test_score: number | null;
	provenance: string;
	source: string;
}

/**
 * The stages each digital archive had reached by 31 December of `year`, in the order of the stage
 * ladder; an undated stage is kept (when it was reached is not recorded).
 */
export function archiveStagesSql(params: { year: number }): string {
	return `SELECT archive, stage, date, stage_year, test_score, provenance, source
	FROM archive_stage_years
	WHERE stage_year IS NULL OR stage_year <= ${sqlInt(params.year)}
	ORDER BY archive, CASE stage WHEN '规划' THEN 1 WHEN '建设中' THEN 2 WHEN '测试' THEN 3
		WHEN '国家级' THEN 4 WHEN '全国示范' THEN 5 END`;
}

export interface ArchivePace {
	archive: string;
	rate: number;
	/** mean yearly gain in 个百分点 over the last three years, as a fraction */
	yearly_gain: number | null;
	target: number | null;
	/** the year the target is set for */
	target_year: number | null;
	/** the year the target is reached at that pace; the current year when already reached */
	reach_year: number | null;
}

/** When each archive reaches the city's digitization target at its pace of the last three years. */
export function archivePaceSql(params: { year: number }): string {
	const year = sqlInt(params.year);
	return `WITH r AS (
		SELECT archive, year, ${MEASURE_SQL.digitizationRate} AS rate FROM digitization
		WHERE year BETWEEN ${year} - 3 AND ${year} GROUP BY archive, year
	), g AS (
		SELECT archive, arg_max(rate, year) AS rate,
			(arg_max(rate, year) - arg_min(rate, year)) / nullif(max(year) - min(year), 0) AS yearly_gain
		FROM r GROUP BY archive HAVING max(year) = ${year}
	), t AS (
		SELECT target, year FROM targets WHERE indicator = 'digitization_rate' AND scope = 'city'
		ORDER BY year DESC LIMIT 1
	)
	SELECT g.archive, g.rate, g.yearly_gain, t.target, t.year AS target_year,
		CASE WHEN g.rate >= t.target THEN ${year}
			-- rounding first: 0.2 / 0.2 is 1.0000000000000002 in floating point, which would ceil to 2
			WHEN g.yearly_gain > 0 THEN ${year} + ceil(round((t.target - g.rate) / g.yearly_gain, 6))::INTEGER
		END AS reach_year
	FROM g LEFT JOIN t ON TRUE ORDER BY g.rate DESC`;
}
