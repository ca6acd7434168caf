import type { ViewDefinition } from './viewDefinition';
import { readYear } from './urlParams';
import type { Connector } from '$lib/db/connector';
import {
	gradeDistributionSql,
	sectorSummarySql,
	unitsNeedingAttentionSql,
	type GradeCount,
	type SectorSummary,
	type UnitAttention
} from '$lib/queries/assessment';
import {
	archivePaceSql,
	archiveSeriesSql,
	cityDigitizationSql,
	type ArchivePace,
	type ArchiveYear,
	type CityDigitization
} from '$lib/queries/digitization';
import { cityTargetsSql, kpiSeriesSql } from '$lib/queries/overview';
import type { CityTarget, KpiYear } from '$lib/measures/kpis';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import {
	areaCoverageSql,
	cumulativeCoverageSql,
	type AreaCoverage,
	type CoverageYear
} from '$lib/queries/villages';
import { pickYear } from '$lib/queries/years';
import { OVERVIEW_TABLES } from './overview';

export interface PresentationParams {
	year: number | null;
}

export const PRESENTATION_DEFAULT: PresentationParams = { year: null };

export function readPresentationParams(url: URL): PresentationParams {
	return { year: readYear(url) };
}

/**
 * Everything the review-meeting deck shows for one year. Plain rows only: a meeting snapshot is
 * this object as JSON, so it reopens without DuckDB and unchanged by later imports.
 */
export interface PresentationData {
	year: number | null;
	years: number[];
	kpis: KpiYear[];
	targets: CityTarget[];
	provenance: ProvenanceCount[];
	grades: GradeCount[];
	summary: SectorSummary[];
	unitsNeedingAttention: UnitAttention[];
	archives: ArchiveYear[];
	city: CityDigitization[];
	pace: ArchivePace[];
	counties: AreaCoverage[];
	cumulative: CoverageYear[];
}

export async function loadPresentation(
	db: Connector,
	params: PresentationParams
): Promise<PresentationData> {
	const kpis = await db.query<KpiYear>(kpiSeriesSql());
	const years = kpis.map((k) => k.year);
	const year = pickYear(years, params.year);
	const none = Promise.resolve([]);
	const [targets, provenance, grades, summary, units, archives, city, pace, counties, cumulative] =
		await Promise.all([
			db.query<CityTarget>(cityTargetsSql()),
			db.query<ProvenanceCount>(provenanceSql([...OVERVIEW_TABLES, 'targets'])),
			db.query<GradeCount>(gradeDistributionSql({ sector: null })),
			db.query<SectorSummary>(sectorSummarySql()),
			year === null ? none : db.query<UnitAttention>(unitsNeedingAttentionSql({ year })),
			db.query<ArchiveYear>(archiveSeriesSql()),
			db.query<CityDigitization>(cityDigitizationSql()),
			year === null ? none : db.query<ArchivePace>(archivePaceSql({ year })),
			year === null ? none : db.query<AreaCoverage>(areaCoverageSql({ year, county: null })),
			year === null ? none : db.query<CoverageYear>(cumulativeCoverageSql({ year }))
		]);
	return {
		year,
		years,
		kpis,
		targets,
		provenance,
		grades: grades.filter((g) => year === null || g.year <= year),
		summary,
		unitsNeedingAttention: units,
		archives,
		city,
		pace,
		counties,
		cumulative
	};
}

export const presentationView: ViewDefinition<PresentationParams, PresentationData> = {
	read: readPresentationParams,
	fallback: PRESENTATION_DEFAULT,
	load: loadPresentation,
	ahead: 'present'
};
