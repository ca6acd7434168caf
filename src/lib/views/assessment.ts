import type { ViewDefinition } from './viewDefinition';
import { ASSESSMENT_SECTORS } from '$lib/schema/tables';
import { readChoice, readText, readYear } from './urlParams';
import type { Connector } from '$lib/db/connector';
import {
	criterionBreakdownSql,
	gradeDistributionSql,
	leagueTableSql,
	sectorSummarySql,
	thresholdsSql,
	unitHistorySql,
	unitScoresSql,
	type CriterionScore,
	type GradeCount,
	type LeagueRow,
	type SectorSummary,
	type Threshold,
	type UnitHistoryRow,
	type UnitScore
} from '$lib/queries/assessment';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import { pickYear, statisticalYearsSql } from '$lib/queries/years';

export interface AssessmentParams {
	year: number | null;
	sector: string | null;
	unit: string | null;
}

export const ASSESSMENT_DEFAULT: AssessmentParams = { year: null, sector: null, unit: null };

export function readAssessmentParams(url: URL): AssessmentParams {
	return {
		year: readYear(url),
		sector: readChoice(url, 'sector', ASSESSMENT_SECTORS),
		unit: readText(url, 'unit')
	};
}

export interface AssessmentData {
	year: number | null;
	years: number[];
	sector: string | null;
	unit: string | null;
	/** a unit asked for (from a link) that was never assessed: no unit is shown */
	unknownUnit: string | null;
	summary: SectorSummary[];
	grades: GradeCount[];
	league: LeagueRow[];
	unitScores: UnitScore[];
	criteria: CriterionScore[];
	thresholds: Threshold[];
	history: UnitHistoryRow[];
	provenance: ProvenanceCount[];
}

export async function loadAssessment(
	db: Connector,
	params: AssessmentParams
): Promise<AssessmentData> {
	const years = (await db.query<{ year: number }>(statisticalYearsSql())).map((r) => r.year);
	const year = pickYear(years, params.year);
	const { sector, unit } = params;
	const [summary, grades, league, unitScores, criteria, thresholds, history, provenance] =
		await Promise.all([
			db.query<SectorSummary>(sectorSummarySql()),
			db.query<GradeCount>(gradeDistributionSql({ sector })),
			year === null ? [] : db.query<LeagueRow>(leagueTableSql({ year, sector })),
			db.query<UnitScore>(unitScoresSql({ sector })),
			year === null ? [] : db.query<CriterionScore>(criterionBreakdownSql({ year, sector })),
			db.query<Threshold>(thresholdsSql()),
			unit === null ? [] : db.query<UnitHistoryRow>(unitHistorySql({ unit })),
			db.query<ProvenanceCount>(provenanceSql(['assessments', 'assessment_items']))
		]);
	// every assessed unit has a year on record: an empty history is a name the data does not hold
	if (unit !== null && history.length === 0)
		return { ...(await loadAssessment(db, { ...params, unit: null })), unknownUnit: unit };
	return {
		year,
		years,
		sector,
		unit,
		unknownUnit: null,
		summary,
		grades,
		league,
		unitScores,
		criteria,
		thresholds,
		history,
		provenance
	};
}

export const assessmentView: ViewDefinition<AssessmentParams, AssessmentData> = {
	read: readAssessmentParams,
	fallback: ASSESSMENT_DEFAULT,
	load: loadAssessment,
	ahead: 'assessment'
};
