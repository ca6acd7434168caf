/**
 * The derived tables and views in the schema module's words, for the SQL console's schema browser:
 * their own columns here, the rest described by the table they come from.
 */
export const DERIVED_DESCRIPTIONS: Record<
	string,
	{ label: string; description: string; columns: Record<string, string> }
> = {
	assessments_graded: {
		label: '考核结果（含补齐的等次）',
		description:
			'考核结果表；等次空白的按分数线（grade_thresholds）补齐，并标出等次是否下降、已连续下降几年。各视图的考核指标都出自此表',
		columns: {
			grade_derived: '等次是否按分数线补齐',
			fell: '等次是否比上一年（须为相邻年度）下降',
			fall_streak: '等次已连续下降的年数（0 为本年未下降）'
		}
	},
	county_tally: {
		label: '各区县村级档案室验收计数',
		description: '与 village_tally 相同，按区县与验收年份合计：区县及以上的覆盖率都从这里算',
		columns: {}
	},
	areas: {
		label: '区县与乡镇（街道）',
		description:
			'行政区划中的区县与乡镇（街道）两级，不含村级单位：按代码查名称时用它，比查全部区划快',
		columns: {}
	},
	village_units: {
		label: '村级单位及其村级档案室',
		description: '每个村（社区）一行，连同其村级档案室的状态、日期与是否已建成',
		columns: {
			township_code: '所属乡镇（街道）代码',
			county_code: '所属区县代码',
			covered: '状态为验收通过或示范'
		}
	},
	village_tally: {
		label: '村级单位计数',
		description: '各乡镇（街道）按验收年份统计的村级单位数：覆盖率的分子与分母',
		columns: {
			township_code: '乡镇（街道）代码',
			county_code: '区县代码',
			accepted_year: '验收年份（未建成为空）',
			units: '村级单位数'
		}
	},
	archive_stage_years: {
		label: '数字档案馆建设阶段（含年份）',
		description: '数字档案馆建设阶段表，另加阶段所在年份',
		columns: { stage_year: '阶段所在年份' }
	}
};
