import { GRADES } from '$lib/schema/tables';
import type { Breakdown, RegistryMeasure } from './measureRegistry';
import { sqlInt, sqlList, sqlString } from './sql';

export interface ExploreRequest {
	measure: RegistryMeasure;
	by: Breakdown;
	from: number;
	to: number;
	/** 市直机关 / 市属企业 / 区县: assessment measures only */
	sector: string | null;
	/** a county's 6-digit code: digitization and village measures only */
	county: string | null;
	/** keep only the rows whose value is at least this */
	min: number | null;
	/** keep the highest and lowest this many members (by their latest value); null keeps all */
	eachEnd: number | null;
}

/**
 * At province or national scale a breakdown has thousands of members (41,000 townships): the answer
 * keeps the highest and the lowest this many, by their latest value, and says how many there are.
 */
export const MEMBERS_EACH_END = 100;

/** one value of a measure: for a year, and for one member of the breakdown */
export interface ExploreRow {
	year: number;
	key: string;
	/** the member's name; null for a year, or an archive's district at city level */
	label: string | null;
	/** where the member sits: a township's county, a unit's sector, an archive's district */
	parent: string | null;
	value: number | null;
	/** how many members the breakdown has in all (the answer holds at most 2 × MEMBERS_EACH_END) */
	members: number;
}

/**
 * Each assessed unit and year with whether its grade fell from the year before (consecutive years
 * only) and for how many years in a row it has: the islands between years it did not fall.
 */
const GRADED_WITH_FALLS = `g AS (
		SELECT year, sector, unit, score, grade, list_position([${sqlList(GRADES)}], grade) AS grade_rank
		FROM assessments_graded
	), f AS (
		SELECT *, coalesce(grade_rank > lag(grade_rank) OVER w AND lag(year) OVER w = year - 1, FALSE) AS fell
		FROM g WINDOW w AS (PARTITION BY unit ORDER BY year)
	), s AS (
		SELECT *, sum(CASE WHEN fell THEN 0 ELSE 1 END) OVER (PARTITION BY unit ORDER BY year) AS run
		FROM f
	), base AS (
		SELECT *, (row_number() OVER (PARTITION BY unit, run ORDER BY year) - 1)::INTEGER AS fall_streak
		FROM s
	)`;

function assessmentSql(r: ExploreRequest, within: (year: string) => string): string {
	const member: Partial<Record<Breakdown, [string, string, string]>> = {
		year: ['year::VARCHAR', 'NULL::VARCHAR', 'NULL::VARCHAR'],
		sector: ['sector', 'sector', 'NULL::VARCHAR'],
		unit: ['unit', 'unit', 'any_value(sector)']
	};
	const [key, label, parent] = member[r.by]!;
	const sector = r.sector === null ? 'TRUE' : `sector = ${sqlString(r.sector)}`;
	return `WITH ${GRADED_WITH_FALLS}
	SELECT year, ${key} AS key, ${label} AS label, ${parent} AS parent, ${r.measure.sql('year')} AS value
	FROM base WHERE ${within('year')} AND ${sector}
	GROUP BY year, ${key}`;
}

function digitizationSql(r: ExploreRequest, within: (year: string) => string): string {
	const member: Partial<Record<Breakdown, [string, string, string]>> = {
		year: ['d.year::VARCHAR', 'NULL::VARCHAR', 'NULL::VARCHAR'],
		district: ['d.adcode', 'any_value(c.name)', 'NULL::VARCHAR'],
		archive: ['d.archive', 'd.archive', 'any_value(c.name)']
	};
	const [key, label, parent] = member[r.by]!;
	const county = r.county === null ? 'TRUE' : `d.adcode = ${sqlString(r.county)}`;
	return `SELECT d.year, ${key} AS key, ${label} AS label, ${parent} AS parent,
		${r.measure.sql('d.year')} AS value
	FROM digitization d LEFT JOIN divisions c ON c.code = d.adcode AND c.level = 'county'
	WHERE ${within('d.year')} AND ${county}
	GROUP BY d.year, ${key}`;
}

/**
 * Village measures count rooms accepted by the end of each year, so every year of the range is
 * computed from the whole tally (pre-summed per member and year of acceptance), not from that year's
 * rows; names are joined after the sums.
 */
function villagesSql(r: ExploreRequest): string {
	const column: Partial<Record<Breakdown, string>> = {
		year: 'NULL::VARCHAR',
		district: 'county_code',
		township: 'township_code'
	};
	const county = r.county === null ? 'TRUE' : `county_code = ${sqlString(r.county)}`;
	return `WITH years AS (
		SELECT unnest(generate_series(${sqlInt(r.from)}, ${sqlInt(r.to)}))::INTEGER AS year
	), v AS (
		SELECT ${column[r.by]} AS key, accepted_year, sum(units) AS units
		FROM village_tally WHERE ${county} GROUP BY ALL
	), a AS (
		SELECT y.year, v.key, ${r.measure.sql('y.year')} AS value FROM years y, v GROUP BY y.year, v.key
	)
	SELECT a.year, coalesce(a.key, a.year::VARCHAR) AS key, d.name AS label, p.name AS parent, a.value
	FROM a LEFT JOIN divisions d ON d.code = a.key LEFT JOIN divisions p ON p.code = d.parent_code
		AND p.level = 'county'`;
}

/** A measure for each year of the range and each member of the breakdown, largest first. */
export function exploreSql(r: ExploreRequest): string {
	const within = (year: string) => `${year} BETWEEN ${sqlInt(r.from)} AND ${sqlInt(r.to)}`;
	const inner =
		r.measure.area === 'assessment'
			? assessmentSql(r, within)
			: r.measure.area === 'digitization'
				? digitizationSql(r, within)
				: villagesSql(r);
	const min = r.min === null || !Number.isFinite(r.min) ? 'TRUE' : `value >= ${Number(r.min)}`;
	const capped = r.by !== 'year' && r.eachEnd !== null;
	return `WITH answer AS (
		SELECT year::INTEGER AS year, key, label, parent, value::DOUBLE AS value FROM (${inner})
		WHERE ${min}
	), latest AS (
		SELECT key, arg_max(value, year) AS value FROM answer GROUP BY key
	), ranked AS (
		SELECT key, row_number() OVER (ORDER BY value DESC NULLS LAST, key) AS high,
			row_number() OVER (ORDER BY value ASC NULLS LAST, key) AS low, count(*) OVER () AS members
		FROM latest
	)
	SELECT a.*, r.members::INTEGER AS members FROM answer a JOIN ranked r USING (key)
	WHERE ${capped ? `r.high <= ${sqlInt(r.eachEnd!)} OR r.low <= ${sqlInt(r.eachEnd!)}` : 'TRUE'}
	ORDER BY a.year, a.value DESC NULLS LAST, a.key`;
}

export interface County {
	code: string;
	name: string;
}

export function countiesSql(): string {
	return `SELECT code, name FROM divisions WHERE level = 'county' ORDER BY code`;
}
