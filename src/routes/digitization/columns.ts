import { numericColumn } from '$lib/table/column';
import type { Column } from '$lib/table/column';
import { i18n } from '$lib/i18n/i18n.svelte';
import type {
	ArchivePace,
	ArchiveStage,
	ArchiveYear,
	CityDigitization
} from '$lib/queries/digitization';

/** the copies' line: the city's, or the focused archive's */
export type CopyYear = Pick<CityDigitization, 'year' | 'digital_copy_tb'>;

const archiveColumn = <R extends { archive: string }>(): Column<R> => ({
	key: 'archive',
	label: i18n.t('digitization.archive'),
	value: (r) => r.archive
});
const rateColumn = <R extends { rate: number }>(): Column<R> =>
	numericColumn(
		'rate',
		i18n.t('digitization.rate'),
		(r) => r.rate,
		(r) => i18n.format.percent(r.rate)
	);
const copyColumn = <R extends CopyYear>(): Column<R> =>
	numericColumn(
		'copy',
		i18n.t('digitization.copy'),
		(r) => r.digital_copy_tb,
		(r) => i18n.format.tb(r.digital_copy_tb)
	);

/** called inside a `$derived`: the labels follow the reader's language */
export const archiveRateColumns = (): Column<ArchiveYear>[] => [
	archiveColumn(),
	{ key: 'year', label: i18n.t('filter.year'), value: (a) => a.year },
	rateColumn()
];

export const holdingsColumns = (): Column<ArchiveYear>[] => [
	archiveColumn(),
	numericColumn(
		'holdings',
		i18n.t('digitization.holdings'),
		(a) => a.holdings,
		(a) => i18n.format.quantity(a.holdings, i18n.t('unit.files'))
	),
	numericColumn(
		'digitized',
		i18n.t('digitization.digitized'),
		(a) => a.digitized,
		(a) => i18n.format.quantity(a.digitized, i18n.t('unit.files'))
	),
	rateColumn(),
	copyColumn()
];

export const copyColumns = (): Column<CopyYear>[] => [
	{ key: 'year', label: i18n.t('filter.year'), value: (c) => c.year },
	copyColumn()
];

/** `lastYear`: where a stage reached on an unknown date is drawn */
export const stageColumns = (lastYear: number): Column<ArchiveStage>[] => [
	archiveColumn(),
	{ key: 'stage', label: i18n.t('digitization.stage'), value: (s) => i18n.value(s.stage) },
	{
		key: 'date',
		label: i18n.t('digitization.date'),
		value: (s) => s.date,
		format: (s) =>
			s.date === null
				? i18n.t('digitization.undated', { year: lastYear })
				: i18n.format.partialDate(s.date)
	},
	numericColumn(
		'score',
		i18n.t('digitization.testScore'),
		(s) => s.test_score,
		(s) => (s.test_score === null ? '—' : String(s.test_score))
	),
	{
		key: 'provenance',
		label: '',
		value: (s) => s.provenance,
		format: (s) => i18n.t(s.provenance === 'official' ? 'data.official' : 'data.sample')
	}
];

export const paceColumns = (year: number): Column<ArchivePace>[] => [
	archiveColumn(),
	rateColumn(),
	numericColumn(
		'gain',
		i18n.t('digitization.yearlyGain'),
		(p) => p.yearly_gain,
		(p) => i18n.format.pointChange(p.yearly_gain)
	),
	numericColumn(
		'reach',
		i18n.t('digitization.reachYear'),
		(p) => p.reach_year,
		(p) =>
			p.reach_year === null
				? i18n.t('digitization.notReaching')
				: p.reach_year === year
					? i18n.t('digitization.reached')
					: i18n.format.year(p.reach_year)
	)
];
