import type { Breakdown, RegistryMeasure } from '$lib/measures/registry';
import { sqlInt, sqlString } from './sql';

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

function assessmentSql(r: ExploreRequest, within: (year: string) => string): string {
	const member: Partial<Record<Breakdown, [string, string, string]>> = {
		year: ['year::VARCHAR', 'NULL::VARCHAR', 'NULL::VARCHAR'],
		sector: ['sector', 'sector', 'NULL::VARCHAR'],
		unit: ['unit', 'unit', 'any_value(sector)']
	};
	const [key, label, parent] = member[r.by]!;
	const sector = r.sector === null ? 'TRUE' : `sector = ${sqlString(r.sector)}`;
	return `SELECT year, ${key} AS key, ${label} AS label, ${parent} AS parent, ${r.measure.sql('year')} AS value
	FROM assessments_graded WHERE ${within('year')} AND ${sector}
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
	FROM digitization d LEFT JOIN areas c ON c.code = d.adcode AND c.level = 'county'
	WHERE ${within('d.year')} AND ${county}
	GROUP BY d.year, ${key}`;
}

/**
 * `latest` holds each member's latest value (one row per key); `kept` the members the cap keeps, the
 * highest and the lowest (ties to the lower key, nulls last; all of them without a cap), `counted`
 * how many there are in all. Two top-N sorts, not ranking windows, which sort every member of a
 * national breakdown; `latest` is materialised, as the three read it (not computed thrice).
 */
function rankedMembers(latest: string, eachEnd: number | null): string {
	const end = (order: 'ASC' | 'DESC') =>
		`(SELECT key FROM latest ORDER BY value ${order} NULLS LAST, key LIMIT ${sqlInt(eachEnd!)})`;
	return `latest AS MATERIALIZED (
		${latest}
	), kept AS (
		${eachEnd === null ? 'SELECT key FROM latest' : `${end('DESC')} UNION ${end('ASC')}`}
	), counted AS (
		SELECT count(*)::INTEGER AS members FROM latest
	)`;
}

/** each member's value at its latest year in `answer` */
const latestIn = (answer: string) =>
	`SELECT key, arg_max(value, year) AS value FROM ${answer} GROUP BY key`;

/**
 * Village measures count rooms accepted by the end of each year, so every year of the range is
 * computed from the whole tally (pre-summed per member and year of acceptance), not from that year's
 * rows. Every member has every year, so without a floor its latest value is the range's last year's:
 * the cap then ranks members by that year alone and computes the other years only for those it
 * keeps (41,000 townships × 8 years would be 330,000 values for 200 lines). Names are joined last.
 */
function villagesSql(r: ExploreRequest, floor: string | null, eachEnd: number | null): string {
	const county = r.county === null ? 'TRUE' : `county_code = ${sqlString(r.county)}`;
	const key = r.by === 'year' ? 'y.year::VARCHAR' : 'v.key';
	// both tallies already hold one row per member and year of acceptance
	const members =
		r.by === 'township'
			? `SELECT township_code AS key, accepted_year, units FROM village_tally WHERE ${county}`
			: r.by === 'district'
				? `SELECT county_code AS key, accepted_year, units FROM county_tally WHERE ${county}`
				: `SELECT '' AS key, accepted_year, sum(units) AS units FROM county_tally WHERE ${county}
					GROUP BY accepted_year`;
	// `v` is read twice; DuckDB would copy it (160,000 rows of village_tally) rather than read the
	// table twice, which costs more
	const tally = `years AS (
		SELECT unnest(generate_series(${sqlInt(r.from)}, ${sqlInt(r.to)}))::INTEGER AS year
	), v AS NOT MATERIALIZED (
		${members}
	)`;
	const yearly = (members: string) =>
		`SELECT y.year, ${key} AS key, ${r.measure.sql('y.year')} AS value
		FROM years y, ${members} v GROUP BY y.year, ${key}`;
	const ranked =
		floor === null && eachEnd !== null
			? `${rankedMembers(`SELECT key, ${r.measure.sql(sqlInt(r.to))} AS value FROM v GROUP BY key`, eachEnd)},
		answer AS (${yearly('(SELECT * FROM v SEMI JOIN kept USING (key))')})`
			: `answer AS (
			SELECT * FROM (${yearly('v')}) WHERE ${floor ?? 'TRUE'}
		), ${rankedMembers(latestIn('answer'), eachEnd)}`;
	return `WITH ${tally}, ${ranked}
	SELECT a.year::INTEGER AS year, a.key, d.name AS label, p.name AS parent, a.value::DOUBLE AS value,
		members
	FROM answer a SEMI JOIN kept USING (key) CROSS JOIN counted
		LEFT JOIN areas d ON d.code = a.key
		LEFT JOIN areas p ON p.code = d.parent_code AND p.level = 'county'
	ORDER BY a.year, a.value DESC NULLS LAST, a.key`;
}

/** A measure for each year of the range and each member of the breakdown, largest first. */
export function exploreSql(r: ExploreRequest): string {
	const within = (year: string) => `${year} BETWEEN ${sqlInt(r.from)} AND ${sqlInt(r.to)}`;
	const floor = r.min === null || !Number.isFinite(r.min) ? null : `value >= ${Number(r.min)}`;
	const eachEnd = r.by === 'year' ? null : r.eachEnd;
	if (r.measure.area === 'villages') return villagesSql(r, floor, eachEnd);
	const inner =
		r.measure.area === 'assessment' ? assessmentSql(r, within) : digitizationSql(r, within);
	return `WITH answer AS (
		SELECT year::INTEGER AS year, key, label, parent, value::DOUBLE AS value FROM (${inner})
		WHERE ${floor ?? 'TRUE'}
	), ${rankedMembers(latestIn('answer'), eachEnd)}
	SELECT a.*, members FROM answer a SEMI JOIN kept USING (key) CROSS JOIN counted
	ORDER BY a.year, a.value DESC NULLS LAST, a.key`;
}

export interface County {
	code: string;
	name: string;
}

export function countiesSql(): string {
	return `SELECT code, name FROM areas WHERE level = 'county' ORDER BY code`;
}
