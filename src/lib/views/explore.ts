import type { ViewDefinition } from './viewDefinition';
import type { Connector } from '$lib/db/connector';
import { readChoice, readCode, readYear } from './urlParams';
import {
	countiesSql,
	exploreSql,
	MEMBERS_EACH_END,
	type County,
	type ExploreRow
} from '$lib/queries/explore';
import {
	BREAKDOWNS,
	DEFAULT_MEASURE,
	MEASURE_REGISTRY,
	breakdownsOf,
	findMeasure,
	type Breakdown
} from '$lib/measures/registry';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import { statisticalYearsSql } from '$lib/queries/years';
import { ASSESSMENT_SECTORS } from '$lib/schema/tables';

export interface ExploreParams {
	measure: string | null;
	by: Breakdown | null;
	from: number | null;
	to: number | null;
	sector: string | null;
	county: string | null;
	min: number | null;
}

export const NO_EXPLORE_PARAMS: ExploreParams = {
	measure: null,
	by: null,
	from: null,
	to: null,
	sector: null,
	county: null,
	min: null
};

/** the explorer's question as the URL states it, every value checked before it reaches a query */
export function readExploreParams(url: URL): ExploreParams {
	const minText = url.searchParams.get('min')?.trim() ?? '';
	const min = Number(minText);
	return {
		measure: readChoice(
			url,
			'measure',
			MEASURE_REGISTRY.map((m) => m.id)
		),
		by: readChoice(url, 'by', BREAKDOWNS),
		from: readYear(url, 'from'),
		to: readYear(url, 'to'),
		sector: readChoice(url, 'sector', ASSESSMENT_SECTORS),
		county: readCode(url, 'county', 6),
		min: minText !== '' && Number.isFinite(min) ? min : null
	};
}

export interface ExploreData {
	/** the registry id (the data crosses from the prerender as JSON: no SQL functions in it) */
	measure: string;
	by: Breakdown;
	years: number[];
	from: number;
	to: number;
	sector: string | null;
	county: County | null;
	/** a county asked for (from a link) that the data does not hold: the whole city is shown */
	unknownArea: string | null;
	/** every county, for the district filter */
	counties: County[];
	min: number | null;
	rows: ExploreRow[];
	/** the question as SQL, every member (the rows hold at most MEMBERS_EACH_END at each end) */
	sql: string;
	provenance: ProvenanceCount[];
}

const AREA_TABLES = {
	assessment: ['assessments'],
	digitization: ['digitization'],
	villages: ['village_rooms']
};

/**
 * The explorer's answer. A breakdown the measure does not offer falls back to its first one that is
 * not the year, a range outside the years on record to all of them, and filters that do not apply
 * to the measure's area are dropped, so the URL and the chart never disagree.
 */
export async function loadExplore(db: Connector, params: ExploreParams): Promise<ExploreData> {
	const measure = findMeasure(params.measure) ?? findMeasure(DEFAULT_MEASURE)!;
	const offered = breakdownsOf(measure);
	const by =
		params.by && offered.includes(params.by)
			? params.by
			: (offered.find((b) => b !== 'year') ?? offered[0]);
	const years = (await db.query<{ year: number }>(statisticalYearsSql())).map((r) => r.year);
	const first = years[0] ?? new Date().getFullYear();
	const last = years.at(-1) ?? first;
	const to = params.to !== null && years.includes(params.to) ? params.to : last;
	// a projected year is read as of one year: its default range is that year alone
	const from =
		params.from !== null && years.includes(params.from) && params.from <= to
			? params.from
			: measure.kind === 'year'
				? to
				: first;
	const sector = measure.area === 'assessment' ? params.sector : null;
	const countyCode = measure.area === 'assessment' ? null : params.county;
	const request = { measure, by, from, to, sector, county: countyCode, min: params.min };
	// one round of queries, the county checked after it: an unknown one (rare) costs a second round
	const [counties, provenance, rows] = await Promise.all([
		db.query<County>(countiesSql()),
		db.query<ProvenanceCount>(provenanceSql(AREA_TABLES[measure.area])),
		db.query<ExploreRow>(exploreSql({ ...request, eachEnd: MEMBERS_EACH_END }))
	]);
	const county = counties.find((c) => c.code === countyCode) ?? null;
	// an unknown county would read as the whole city with no data
	if (countyCode !== null && county === null)
		return { ...(await loadExplore(db, { ...params, county: null })), unknownArea: countyCode };
	// the console gets the whole answer, every member
	const sql = exploreSql({ ...request, eachEnd: null });
	return {
		...request,
		measure: measure.id,
		county,
		unknownArea: null,
		counties,
		years,
		rows,
		sql,
		provenance
	};
}

export const exploreView: ViewDefinition<ExploreParams, ExploreData> = {
	read: readExploreParams,
	fallback: NO_EXPLORE_PARAMS,
	load: loadExplore
};
