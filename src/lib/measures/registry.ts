import { MEASURE_SQL } from './measureSql';

/** how a measure's value is shown: the KPI kinds, and a calendar year (the pace projections) */
export type RegistryKind = 'rate' | 'score' | 'size' | 'count' | 'year';

/** what a measure can be broken down by */
export const BREAKDOWNS = ['year', 'district', 'township', 'sector', 'unit', 'archive'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** the three statistics a measure is drawn from; each has its own rows, dimensions and filters */
export type MeasureArea = 'assessment' | 'digitization' | 'villages';

/** a measure's words, in both languages the dashboard speaks */
export interface MeasureWords {
	zh: string;
	en: string;
}

export interface RegistryMeasure {
	id: string;
	/** its name in menus and titles */
	name: MeasureWords;
	/** how it is computed, in a reader's words: shown under the explorer's question */
	definition: MeasureWords;
	area: MeasureArea;
	kind: RegistryKind;
	/** an aggregate over the area's rows; `year` is the SQL expression of the year it is for */
	sql: (year: string) => string;
	/** the breakdowns it means something for; default: every breakdown of its area */
	breakdowns?: readonly Breakdown[];
}

export const AREA_BREAKDOWNS: Record<MeasureArea, readonly Breakdown[]> = {
	assessment: ['year', 'sector', 'unit'],
	digitization: ['year', 'district', 'archive'],
	villages: ['year', 'district', 'township']
};

const covered = (year: string) => MEASURE_SQL.villagesCovered(year);

/**
 * Every measure a planner can explore, each defined once. The KPIs' expressions are MEASURE_SQL's;
 * the pace rule is the one the archives' and the KPIs' pace use (mean yearly gain of the last three
 * years, rounded before the ceiling so that 0.2 / 0.2 is 1).
 */
export const MEASURE_REGISTRY: readonly RegistryMeasure[] = [
	{
		id: 'excellent_rate',
		area: 'assessment',
		kind: 'rate',
		sql: () => MEASURE_SQL.excellentRate,
		name: { zh: '考核优秀率', en: 'Excellent rate' },
		definition: {
			zh: '评为优秀的单位数 ÷ 参加考核的单位数。',
			en: 'Units graded excellent ÷ units assessed.'
		}
	},
	{
		id: 'average_score',
		area: 'assessment',
		kind: 'score',
		sql: () => MEASURE_SQL.averageScore,
		name: { zh: '考核平均分', en: 'Average score' },
		definition: {
			zh: '参加考核单位得分的平均值。',
			en: 'Mean score of the units assessed.'
		}
	},
	{
		id: 'units_assessed',
		area: 'assessment',
		kind: 'count',
		sql: () => 'count(*)',
		name: { zh: '参加考核单位数', en: 'Units assessed' },
		definition: {
			zh: '当年参加考核的单位数。',
			en: 'Units assessed that year.'
		}
	},
	{
		id: 'units_fell',
		area: 'assessment',
		kind: 'count',
		sql: () => 'count(*) FILTER (WHERE fell)',
		name: { zh: '考核等次下降的单位数', en: 'Units whose grade fell' },
		definition: {
			zh: '考核等次低于上一年的单位数（两年都参加考核的单位）。',
			en: 'Units graded lower than the year before (units assessed in both years).'
		}
	},
	{
		id: 'fall_streak',
		area: 'assessment',
		kind: 'count',
		sql: () => 'max(fall_streak)',
		breakdowns: ['unit'],
		name: { zh: '考核等次连续下降年数', en: 'Years in a row the grade fell' },
		definition: {
			zh: '截至该年，单位考核等次连续逐年下降的年数：1 为比上一年低，2 为连续两年降等。填“只看不低于 2”即列出连续两年降等的单位。',
			en: 'Years in a row, up to that year, that a unit’s grade fell: 1 is lower than last year, 2 is two falls in a row. Enter “at least 2” to list the units that fell two years in a row.'
		}
	},
	{
		id: 'digitization_rate',
		area: 'digitization',
		kind: 'rate',
		sql: () => MEASURE_SQL.digitizationRate,
		name: { zh: '馆藏数字化率', en: 'Digitization rate of holdings' },
		definition: {
			zh: '年末已数字化卷件之和 ÷ 馆藏卷件之和。',
			en: 'Files digitized ÷ files held, at year end.'
		}
	},
	{
		id: 'digital_copy_tb',
		area: 'digitization',
		kind: 'size',
		sql: () => MEASURE_SQL.digitalCopyTb,
		name: { zh: '数字化副本（TB）', en: 'Digital copies (TB)' },
		definition: {
			zh: '数字化副本容量之和，1 TB = 1024 GB。',
			en: 'Size of the digital copies; 1 TB = 1024 GB.'
		}
	},
	{
		id: 'holdings',
		area: 'digitization',
		kind: 'count',
		sql: () => 'sum(holdings)',
		name: { zh: '馆藏档案（卷件）', en: 'Holdings (files)' },
		definition: {
			zh: '年末馆藏档案卷件之和。',
			en: 'Files held at year end.'
		}
	},
	{
		id: 'digitized',
		area: 'digitization',
		kind: 'count',
		sql: () => 'sum(digitized)',
		name: { zh: '已数字化档案（卷件）', en: 'Digitized (files)' },
		definition: {
			zh: '年末已数字化卷件之和。',
			en: 'Files digitized by year end.'
		}
	},
	{
		id: 'village_coverage',
		area: 'villages',
		kind: 'rate',
		sql: (year) => MEASURE_SQL.villageCoverage(year),
		name: { zh: '村级档案室覆盖率', en: 'Village archive-room coverage' },
		definition: {
			zh: '到该年年底状态为验收通过或示范的村级单位数 ÷ 全部村级单位数（真实分母）。',
			en: 'Village-level units whose room was accepted (or a model) by 31 Dec ÷ all village-level units.'
		}
	},
	{
		id: 'villages_covered',
		area: 'villages',
		kind: 'count',
		sql: covered,
		name: { zh: '已建成村级档案室（个）', en: 'Village rooms completed' },
		definition: {
			zh: '到该年年底验收通过或示范的村级档案室数。',
			en: 'Rooms accepted or model by 31 Dec of the year.'
		}
	},
	{
		id: 'village_units',
		area: 'villages',
		kind: 'count',
		sql: () => MEASURE_SQL.villageUnits,
		name: { zh: '村级单位（个）', en: 'Village-level units' },
		definition: {
			zh: '全部村（社区）数，即覆盖率的分母。',
			en: 'All village-level units: the denominator of coverage.'
		}
	},
	{
		id: 'villages_new',
		area: 'villages',
		kind: 'count',
		sql: (year) => `coalesce(sum(units) FILTER (WHERE accepted_year = ${year}), 0)::BIGINT`,
		name: { zh: '当年新建成村级档案室（个）', en: 'Village rooms completed that year' },
		definition: {
			zh: '该年内验收通过的村级档案室数。',
			en: 'Rooms accepted during the year.'
		}
	},
	{
		id: 'full_coverage_year',
		area: 'villages',
		kind: 'year',
		sql: (year) => `CASE
			WHEN ${covered(year)} >= sum(units) THEN max(accepted_year) FILTER (WHERE accepted_year <= ${year})
			WHEN ${covered(year)} > ${covered(`${year} - 3`)} THEN ${year} + ceil(round(
				(sum(units) - ${covered(year)}) / ((${covered(year)} - ${covered(`${year} - 3`)}) / 3.0), 6))::INTEGER
		END`,
		name: {
			zh: '按近三年速度实现全覆盖的年份',
			en: "Year of full coverage at the last three years' pace"
		},
		definition: {
			zh: '按近三年平均每年新建成数推算，全部村级单位建成村级档案室的年份（与考核目标进度同一规则）；已全覆盖的给出最后建成的年份；近三年没有进展的显示“按此速度无法实现”。',
			en: 'The year every village-level unit has a room, at the mean yearly completions of the last three years (the rule the targets use); for an area already covered, the year of its last room; no progress in three years: not at this pace.'
		}
	}
];

export const DEFAULT_MEASURE = 'village_coverage';

export function findMeasure(id: string | null): RegistryMeasure | undefined {
	return MEASURE_REGISTRY.find((m) => m.id === id);
}

export function breakdownsOf(measure: RegistryMeasure): readonly Breakdown[] {
	return measure.breakdowns ?? AREA_BREAKDOWNS[measure.area];
}
