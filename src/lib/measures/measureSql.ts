import { GRADES } from '$lib/schema/tables';

/**
 * The one SQL definition of each measure of data-model.md. Every view, export and 文字解读 uses these
 * expressions, so a measure cannot mean two things on two screens.
 */
export const MEASURE_SQL = {
	/** 考核优秀率: units graded 优秀 ÷ units assessed (over assessments_graded) */
	excellentRate: `avg(CASE WHEN grade = '${GRADES[0]}' THEN 1.0 ELSE 0.0 END)`,
	/** 平均分: mean score of the units assessed */
	averageScore: `avg(score)`,
	/** 馆藏数字化率: Σ digitized ÷ Σ holdings at year end */
	digitizationRate: `sum(digitized)::DOUBLE / nullif(sum(holdings), 0)`,
	/** 数字化副本 in TB (1 TB = 1024 GB, as the archives' storage statistics count) */
	digitalCopyTb: `sum(digital_copy_gb) / 1024.0`,
	/** village-level units (over village_tally, or county_tally: the same columns summed per county) */
	villageUnits: `sum(units)::BIGINT`,
	/** 村级档案室 covered by 31 Dec of `year`: status 验收通过 or 示范, accepted by then (over village_tally) */
	villagesCovered: (year: string) =>
		`coalesce(sum(units) FILTER (WHERE accepted_year <= ${year}), 0)::BIGINT`,
	/** 村级档案室覆盖率 (over village_tally) */
	villageCoverage: (year: string) =>
		`coalesce(sum(units) FILTER (WHERE accepted_year <= ${year}), 0)::DOUBLE / nullif(sum(units), 0)`
} as const;

/** Stages that make an archive a 国家级 or 全国示范 digital archive. */
export const NATIONAL_STAGES = ['国家级', '全国示范'] as const;
