import type { ViewDefinition } from './viewDefinition';
import { readYear } from './urlParams';
import type { Connector } from '$lib/db/connector';
import {
	cityTargetsSql,
	districtKpiSql,
	kpiSeriesSql,
	milestonesSql,
	type DistrictKpi,
	type Milestone
} from '$lib/queries/overview';
import type { CityTarget, KpiYear } from '$lib/measures/kpis';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import { pickYear } from '$lib/queries/years';

export interface OverviewParams {
	year: number | null;
}

export const OVERVIEW_DEFAULT: OverviewParams = { year: null };

export function readOverviewParams(url: URL): OverviewParams {
	return { year: readYear(url) };
}

export interface OverviewData {
	year: number | null;
	years: number[];
	kpis: KpiYear[];
	targets: CityTarget[];
	districts: DistrictKpi[];
	milestones: Milestone[];
	provenance: ProvenanceCount[];
}

export const OVERVIEW_TABLES = [
	'assessments',
	'digitization',
	'village_rooms',
	'digital_archive_stages',
	'milestones'
];

/** Everything the overview shows for one year, from the same SQL in the build and in the browser. */
export async function loadOverview(db: Connector, params: OverviewParams): Promise<OverviewData> {
	const kpis = await db.query<KpiYear>(kpiSeriesSql());
	const years = kpis.map((k) => k.year);
	const year = pickYear(years, params.year);
	const [targets, milestones, provenance, districts] = await Promise.all([
		db.query<CityTarget>(cityTargetsSql()),
		db.query<Milestone>(milestonesSql({ year })),
		db.query<ProvenanceCount>(provenanceSql(OVERVIEW_TABLES)),
		year === null ? [] : db.query<DistrictKpi>(districtKpiSql({ year }))
	]);
	return { year, years, kpis, targets, districts, milestones, provenance };
}

export const overviewView: ViewDefinition<OverviewParams, OverviewData> = {
	read: readOverviewParams,
	fallback: OVERVIEW_DEFAULT,
	load: loadOverview,
	ahead: 'overview'
};
