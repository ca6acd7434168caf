import { i18n } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { showMeasureValue } from '$lib/narratives/exploreWords';
import type { ExploreRow } from '$lib/queries/explore';
import { findMeasure, type Breakdown } from '$lib/measures/registry';
import type { ExploreData } from '$lib/views/explore';

export const measureName = (id: string) => findMeasure(id)!.name[i18n.locale];
export const byName = (by: Breakdown) => i18n.t(`explore.by.${by}` as MessageKey);

/** The explorer's question in words: its measure, how a value and a row are shown, its title. */
export function exploreNames(view: ExploreData) {
	const measure = findMeasure(view.measure)!;
	const show = (value: number | null) =>
		showMeasureValue(i18n.format, measure.kind, value, i18n.t('explore.never'));
	const name = (row: ExploreRow) =>
		view.by === 'year'
			? i18n.format.year(row.year)
			: (row.label ?? (view.by === 'district' ? i18n.t('explore.cityLevel') : row.key));
	const range =
		view.from === view.to
			? i18n.t('explore.rangeOne', { year: view.to })
			: i18n.t('explore.range', { from: view.from, to: view.to });
	const title = i18n.t('explore.title', {
		measure: measureName(measure.id),
		by: byName(view.by),
		range
	});
	return { measure, show, name, range, title };
}
export type ExploreNames = ReturnType<typeof exploreNames>;
