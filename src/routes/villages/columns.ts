import { numericColumn } from '$lib/table/column';
import type { Column } from '$lib/table/column';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { AreaCoverage, CoverageYear, VillageRow } from '$lib/queries/villages';

/** called inside a `$derived`: the labels follow the reader's language */
export const coverageColumns = (): Column<AreaCoverage>[] => [
	{ key: 'name', label: i18n.t('villages.area'), value: (a) => a.name },
	numericColumn('units', i18n.t('villages.units'), (a) => a.units),
	numericColumn('covered', i18n.t('villages.covered'), (a) => a.covered),
	numericColumn(
		'coverage',
		i18n.t('villages.coverage'),
		(a) => a.coverage,
		(a) => i18n.format.percent(a.coverage)
	),
	numericColumn('official', i18n.t('villages.official'), (a) => a.official_covered)
];

export const cumulativeColumns = (): Column<CoverageYear>[] => [
	{ key: 'year', label: i18n.t('filter.year'), value: (c) => c.year },
	{ key: 'name', label: i18n.t('villages.county'), value: (c) => c.name },
	numericColumn('covered', i18n.t('villages.covered'), (c) => c.covered),
	numericColumn('units', i18n.t('villages.units'), (c) => c.units)
];

/** a village's room and its state in `year` (the list of a township, the villages still uncovered) */
export const villageColumns = (year: number | null): Column<VillageRow>[] => [
	{ key: 'code', label: i18n.t('villages.village'), value: (v) => v.name },
	{ key: 'township', label: i18n.t('villages.township'), value: (v) => v.township },
	{ key: 'county', label: i18n.t('villages.county'), value: (v) => v.county },
	{
		key: 'status',
		label:
			year === null
				? i18n.t('villages.status')
				: i18n.t('villages.statusAt', { year: i18n.format.year(year) }),
		value: (v) => v.status,
		format: (v) =>
			v.status !== null
				? i18n.value(v.status)
				: i18n.t(v.later ? 'villages.notYetAccepted' : 'villages.notStarted')
	},
	{ key: 'status_date', label: i18n.t('villages.statusDate'), value: (v) => v.status_date },
	{ key: 'accepted_date', label: i18n.t('villages.acceptedDate'), value: (v) => v.accepted_date }
];
