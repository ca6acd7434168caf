import type { ViewDefinition } from './viewDefinition';
import { readCode, readYear } from './urlParams';
import type { Connector } from '$lib/db/connector';
import { cityTargetsSql } from '$lib/queries/overview';
import type { CityTarget } from '$lib/measures/kpis';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import {
	areaCoverageSql,
	cumulativeCoverageSql,
	villageCountSql,
	villageListSql,
	type AreaCoverage,
	type CoverageYear,
	type VillageRow
} from '$lib/queries/villages';
import { pickYear, statisticalYearsSql } from '$lib/queries/years';

export interface VillageParams {
	year: number | null;
	county: string | null;
	township: string | null;
}

export const VILLAGES_DEFAULT: VillageParams = { year: null, county: null, township: null };

export function readVillageParams(url: URL): VillageParams {
	return {
		year: readYear(url),
		county: readCode(url, 'county', 6),
		township: readCode(url, 'township', 9)
	};
}

export interface VillageData {
	year: number | null;
	years: number[];
	county: string | null;
	township: string | null;
	/** a county or township asked for (from a link) that the data does not hold: the area above it is shown */
	unknownArea: string | null;
	counties: AreaCoverage[];
	townships: AreaCoverage[];
	villages: VillageRow[];
	uncovered: VillageRow[];
	/** all uncovered villages in scope; `uncovered` holds at most UNCOVERED_SHOWN of them */
	uncoveredTotal: number;
	cumulative: CoverageYear[];
	targets: CityTarget[];
	provenance: ProvenanceCount[];
}

/** enough for any county's action list on screen; the export button fetches the whole list */
export const UNCOVERED_SHOWN = 1000;

export async function loadVillages(db: Connector, params: VillageParams): Promise<VillageData> {
	const years = (await db.query<{ year: number }>(statisticalYearsSql())).map((r) => r.year);
	const year = pickYear(years, params.year) ?? new Date().getFullYear();
	const county = params.county;
	const township = county === null ? null : params.township;
	const uncoveredScope = { year, county, township, uncoveredOnly: true };
	const [
		counties,
		townships,
		villages,
		uncovered,
		[{ villages: uncoveredTotal }],
		cumulative,
		targets,
		provenance
	] = await Promise.all([
		db.query<AreaCoverage>(areaCoverageSql({ year, county: null })),
		county === null ? [] : db.query<AreaCoverage>(areaCoverageSql({ year, county })),
		township === null
			? []
			: db.query<VillageRow>(villageListSql({ year, county, township, uncoveredOnly: false })),
		db.query<VillageRow>(villageListSql({ ...uncoveredScope, limit: UNCOVERED_SHOWN })),
		db.query<{ villages: number }>(villageCountSql(uncoveredScope)),
		db.query<CoverageYear>(cumulativeCoverageSql({ year })),
		db.query<CityTarget>(cityTargetsSql()),
		db.query<ProvenanceCount>(provenanceSql(['village_rooms', 'official_figures']))
	]);
	// an unknown area would read as one with no villages, and none uncovered
	if (county !== null && !counties.some((c) => c.code === county))
		return {
			...(await loadVillages(db, { year: params.year, county: null, township: null })),
			unknownArea: county
		};
	if (township !== null && !townships.some((t) => t.code === township))
		return {
			...(await loadVillages(db, { year: params.year, county, township: null })),
			unknownArea: township
		};
	return {
		year,
		years,
		county,
		township,
		unknownArea: null,
		counties,
		townships,
		villages,
		uncovered,
		uncoveredTotal,
		cumulative,
		targets,
		provenance
	};
}

/** Every uncovered village in the view's scope: the screen holds at most UNCOVERED_SHOWN of them. */
export async function allUncovered(db: Connector, view: VillageData): Promise<VillageRow[]> {
	if (view.year === null || view.uncoveredTotal <= view.uncovered.length) return view.uncovered;
	const { year, county, township } = view;
	return db.query<VillageRow>(villageListSql({ year, county, township, uncoveredOnly: true }));
}

export const villagesView: ViewDefinition<VillageParams, VillageData> = {
	read: readVillageParams,
	fallback: VILLAGES_DEFAULT,
	load: loadVillages,
	ahead: 'villages'
};
