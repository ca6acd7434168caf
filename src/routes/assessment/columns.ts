import { numericColumn } from '$lib/table/column';
import type { Column } from '$lib/table/column';
import { i18n } from '$lib/i18n/i18n.svelte';
import {
	GRADE_COUNT_COLUMNS,
	type CriterionScore,
	type GradeCount,
	type LeagueRow,
	type SectorSummary,
	type UnitHistoryRow
} from '$lib/queries/assessment';
import { GRADES } from '$lib/schema/tables';

/** the sector chosen, or all sectors, as said inside a title */
export const sectorName = (sector: string | null) =>
	sector === null ? i18n.t('filter.allSectorsInline') : i18n.value(sector);

export const rankChange = (row: LeagueRow) =>
	row.rank_change === null
		? i18n.t('assessment.newEntry')
		: row.rank_change > 0
			? `▲${row.rank_change}`
			: row.rank_change < 0
				? `▼${-row.rank_change}`
				: '–';

const unitColumn = <R extends { unit: string }>(): Column<R> => ({
	key: 'unit',
	label: i18n.t('assessment.unit'),
	value: (r) => r.unit
});
const scoreColumn = <R extends { score: number }>(): Column<R> =>
	numericColumn(
		'score',
		i18n.t('assessment.score'),
		(r) => r.score,
		(r) => i18n.format.score(r.score)
	);
const gradeColumn = <R extends { grade: string }>(): Column<R> => ({
	key: 'grade',
	label: i18n.t('assessment.grade'),
	value: (r) => i18n.value(r.grade)
});

/** called inside a `$derived`: the labels follow the reader's language */
export const gradeCountColumns = (): Column<GradeCount>[] => [
	{ key: 'year', label: i18n.t('filter.year'), value: (g) => g.year },
	gradeColumn(),
	numericColumn('units', i18n.t('assessment.units'), (g) => g.units)
];

export const sectorColumns = (): Column<SectorSummary>[] => [
	{ key: 'sector', label: i18n.t('assessment.sector'), value: (r) => i18n.value(r.sector) },
	numericColumn('units', i18n.t('assessment.units'), (r) => r.units),
	...GRADES.map((g, i) =>
		numericColumn<SectorSummary>(g, i18n.value(g), (r) => r[GRADE_COUNT_COLUMNS[i]])
	),
	numericColumn(
		'rate',
		i18n.t('kpi.excellent_rate'),
		(r) => r.excellent_rate,
		(r) => i18n.format.percent(r.excellent_rate)
	)
];

export const scoreColumns = (): Column<LeagueRow>[] => [unitColumn(), scoreColumn(), gradeColumn()];

export const leagueColumns = (): Column<LeagueRow>[] => [
	numericColumn('rank', i18n.t('assessment.rank'), (r) => r.rank),
	unitColumn(),
	{ key: 'sector', label: i18n.t('assessment.sector'), value: (r) => i18n.value(r.sector) },
	scoreColumn(),
	{
		...gradeColumn<LeagueRow>(),
		// the * of a derived grade goes wherever the table goes, as the note below it says
		format: (r) => `${i18n.value(r.grade)}${r.grade_derived ? '*' : ''}`
	},
	numericColumn('rank_change', i18n.t('assessment.rankChange'), (r) => r.rank_change, rankChange)
];

export const historyColumns = (): Column<UnitHistoryRow>[] => [
	{ key: 'year', label: i18n.t('filter.year'), value: (h) => h.year },
	scoreColumn(),
	gradeColumn(),
	numericColumn(
		'rank',
		i18n.t('assessment.rank'),
		(h) => h.rank,
		(h) => `${h.rank}/${h.units}`
	),
	numericColumn(
		'avg',
		i18n.t('assessment.sectorAverage'),
		(h) => h.sector_average,
		(h) => i18n.format.score(h.sector_average)
	)
];

export const criteriaColumns = (): Column<CriterionScore>[] => [
	unitColumn(),
	{ key: 'criterion', label: i18n.t('assessment.criterion'), value: (c) => c.criterion },
	numericColumn(
		'score',
		i18n.t('assessment.score'),
		(c) => c.score,
		(c) => `${c.score}/${c.max_score}`
	),
	numericColumn(
		'rate',
		i18n.t('assessment.rate'),
		(c) => c.rate,
		(c) => i18n.format.percent(c.rate)
	)
];
