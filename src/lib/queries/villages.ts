import { MEASURE_SQL } from '$lib/measures/measureSql';
import { sqlInt, sqlString } from './sql';

export interface AreaCoverage {
	code: string;
	name: string;
	units: number;
	covered: number;
	coverage: number;
	/** the figure the source document states for this area, where it states one */
	official_covered: number | null;
}

/**
 * Coverage of the areas one level under `parent`: the counties of the city (parent null) or the
 * townships of a county, against all village-level units there (the real denominators).
 */
export function areaCoverageSql(params: { year: number; county: string | null }): string {
	const year = sqlInt(params.year);
	const [groupBy, level] =
		params.county === null ? ['county_code', 'county'] : ['township_code', 'township'];
	const within = params.county === null ? 'TRUE' : `county_code = ${sqlString(params.county)}`;
	return `WITH c AS (
		SELECT ${groupBy} AS code, ${MEASURE_SQL.villageUnits} AS units,
			${MEASURE_SQL.villagesCovered(year)} AS covered, ${MEASURE_SQL.villageCoverage(year)} AS coverage
		FROM ${params.county === null ? 'county_tally' : 'village_tally'} WHERE ${within} GROUP BY ${groupBy}
	)
	SELECT c.code, d.name, c.units, c.covered, c.coverage, f.value AS official_covered
	FROM c JOIN areas d ON d.code = c.code AND d.level = '${level}'
	LEFT JOIN official_figures f ON f.indicator = 'village_rooms_completed' AND f.scope = c.code
		AND f.year = ${year}
	ORDER BY c.coverage DESC, c.code`;
}

export interface CoverageYear {
	year: number;
	code: string;
	name: string;
	covered: number;
	units: number;
}

/** Rooms accepted by the end of each year since the pilot began, per county: the cumulative lines. */
export function cumulativeCoverageSql(params: { year: number }): string {
	const year = sqlInt(params.year);
	return `WITH years AS (
		SELECT unnest(generate_series(
			(SELECT coalesce(min(accepted_year), ${year}) FROM county_tally), ${year})) AS year
	), c AS (
		SELECT y.year::INTEGER AS year, v.county_code AS code,
			${MEASURE_SQL.villagesCovered('y.year')} AS covered, ${MEASURE_SQL.villageUnits} AS units
		FROM years y, county_tally v GROUP BY y.year, v.county_code
	)
	SELECT c.year, c.code, d.name, c.covered, c.units
	FROM c JOIN areas d ON d.code = c.code ORDER BY c.year, c.code`;
}

export interface VillageRow {
	code: string;
	name: string;
	kind: string;
	township: string;
	county: string;
	/** as of 31 December of the year asked for (`roomAsOf`) */
	status: string | null;
	status_date: string | null;
	accepted_date: string | null;
	/** the room's recorded status began after that year: its state then is not recorded */
	later: boolean;
	provenance: string | null;
}

/**
 * A village's room as of 31 December of `year`: the one definition every list and export of a
 * year uses. The status it had then is the recorded one if that began by then (or is undated), or
 * 验收通过 if it was accepted by then and became 示范 later; its dates are those known by then.
 * A room whose recorded status began later was not accepted then, and what it was is not recorded:
 * `later` says so, and it is not shown as 未启动.
 */
function roomAsOf(year: number): string {
	const end = `make_date(${sqlInt(year)}, 12, 31)`;
	const current = `(v.status_date IS NULL OR v.status_date <= ${end})`;
	const accepted = `coalesce(v.accepted_date <= ${end}, FALSE)`;
	return `CASE WHEN ${current} THEN v.status WHEN ${accepted} THEN '验收通过' END AS status,
		CASE WHEN ${current} THEN v.status_date WHEN ${accepted} THEN v.accepted_date END AS status_date,
		CASE WHEN ${accepted} THEN v.accepted_date END AS accepted_date,
		v.status IS NOT NULL AND NOT ${current} AND NOT ${accepted} AS later`;
}

export interface VillageScope {
	year: number;
	county: string | null;
	township: string | null;
	/** only those without an accepted room by the end of `year`: the action list */
	uncoveredOnly: boolean;
}

function villageWhere(params: VillageScope): string {
	const year = sqlInt(params.year);
	return [
		params.county === null ? 'TRUE' : `v.county_code = ${sqlString(params.county)}`,
		params.township === null ? 'TRUE' : `v.township_code = ${sqlString(params.township)}`,
		params.uncoveredOnly ? `NOT (v.covered AND year(v.accepted_date) <= ${year})` : 'TRUE'
	].join(' AND ');
}

/** The villages of a county or township with their room's status, at most `limit` of them. */
export function villageListSql(params: VillageScope & { limit?: number }): string {
	// the page of villages first, then their names: naming every village at national scale to keep
	// a page of them was the slowest part
	return `WITH v AS (
		SELECT * FROM village_units v WHERE ${villageWhere(params)}
		ORDER BY v.code${params.limit === undefined ? '' : ` LIMIT ${sqlInt(params.limit)}`}
	)
	SELECT v.code, v.name, v.kind, t.name AS township, c.name AS county,
		${roomAsOf(params.year)}, v.provenance
	FROM v JOIN areas t ON t.code = v.township_code JOIN areas c ON c.code = v.county_code
	ORDER BY v.code`;
}

/** How many villages `villageListSql` would list without its limit. */
export function villageCountSql(params: VillageScope): string {
	return `SELECT count(*) AS villages FROM village_units v WHERE ${villageWhere(params)}`;
}
