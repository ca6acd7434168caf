import { numericColumn } from '$lib/table/column';
import type { Column } from '$lib/table/column';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { ExploreRow } from '$lib/queries/explore';
import type { ExploreData } from '$lib/views/explore';
import { byName, measureName, type ExploreNames } from './exploreNames';

export const exploreRowKey = (r: ExploreRow) => `${r.year}|${r.key}`;

/** called inside a `$derived`: the labels follow the reader's language */
export function exploreColumns(view: ExploreData, names: ExploreNames): Column<ExploreRow>[] {
	const member: Column<ExploreRow> = {
		key: 'member',
		label: byName(view.by).replace(/^./, (c) => c.toUpperCase()),
		value: names.name
	};
	const parent: Column<ExploreRow> = {
		key: 'parent',
		label: i18n.t('explore.parent'),
		value: (r) => r.parent
	};
	return [
		...(view.by === 'year' ? [] : [member]),
		...(view.rows.some((r) => r.parent !== null) ? [parent] : []),
		numericColumn(
			'year',
			i18n.t('filter.year'),
			(r) => r.year,
			(r) => i18n.format.year(r.year)
		),
		numericColumn(
			'value',
			measureName(names.measure.id),
			(r) => r.value,
			(r) => names.show(r.value)
		)
	];
}
