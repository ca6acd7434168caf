import type { ViewDefinition } from './viewDefinition';
import { readYear } from './urlParams';
import type { Connector } from '$lib/db/connector';
import { cityTargetsSql } from '$lib/queries/overview';
import type { CityTarget } from '$lib/measures/kpis';
import {
	archivePaceSql,
	archiveSeriesSql,
	archiveStagesSql,
	cityDigitizationSql,
	type ArchivePace,
	type ArchiveStage,
	type ArchiveYear,
	type CityDigitization
} from '$lib/queries/digitization';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import { pickYear, statisticalYearsSql } from '$lib/queries/years';

export interface DigitizationParams {
	year: number | null;
}

export const DIGITIZATION_DEFAULT: DigitizationParams = { year: null };

export function readDigitizationParams(url: URL): DigitizationParams {
	return { year: readYear(url) };
}

export interface DigitizationData {
	year: number | null;
	years: number[];
	archives: ArchiveYear[];
	city: CityDigitization[];
	stages: ArchiveStage[];
	pace: ArchivePace[];
	targets: CityTarget[];
	provenance: ProvenanceCount[];
}

export async function loadDigitization(
	db: Connector,
	params: DigitizationParams
): Promise<DigitizationData> {
	const years = (await db.query<{ year: number }>(statisticalYearsSql())).map((r) => r.year);
	const year = pickYear(years, params.year);
	const [archives, city, stages, pace, targets, provenance] = await Promise.all([
		db.query<ArchiveYear>(archiveSeriesSql()),
		db.query<CityDigitization>(cityDigitizationSql()),
		year === null ? [] : db.query<ArchiveStage>(archiveStagesSql({ year })),
		year === null ? [] : db.query<ArchivePace>(archivePaceSql({ year })),
		db.query<CityTarget>(cityTargetsSql()),
		db.query<ProvenanceCount>(provenanceSql(['digitization', 'digital_archive_stages']))
	]);
	return { year, years, archives, city, stages, pace, targets, provenance };
}

export const digitizationView: ViewDefinition<DigitizationParams, DigitizationData> = {
	read: readDigitizationParams,
	fallback: DIGITIZATION_DEFAULT,
	load: loadDigitization,
	ahead: 'digitization'
};
