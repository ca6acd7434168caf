import { numericColumn } from '$lib/table/column';
import type { Column } from '$lib/table/column';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { DistrictKpi } from '$lib/queries/overview';

/** called inside a `$derived`: the labels follow the reader's language */
export const districtColumns = (): Column<DistrictKpi>[] => [
	{ key: 'name', label: i18n.t('villages.county'), value: (d) => d.name },
	numericColumn(
		'village_coverage',
		i18n.t('kpi.village_coverage'),
		(d) => d.village_coverage,
		(d) => i18n.format.percent(d.village_coverage)
	),
	numericColumn(
		'digitization_rate',
		i18n.t('kpi.digitization_rate'),
		(d) => d.digitization_rate,
		(d) => i18n.format.percent(d.digitization_rate)
	),
	numericColumn(
		'assessment_score',
		i18n.t('assessment.score'),
		(d) => d.assessment_score,
		(d) => i18n.format.score(d.assessment_score)
	)
];
