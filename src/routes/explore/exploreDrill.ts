import { page } from '$app/state';
import { applyFilters, openView } from '$lib/views/navigation';
import type { ExploreRow } from '$lib/queries/explore';
import { breakdownsOf, findMeasure } from '$lib/measures/registry';
import { withParams } from '$lib/views/urlParams';
import { readExploreParams, type ExploreData, type ExploreParams } from '$lib/views/explore';
import type { ViewQuery } from '$lib/views/viewQuery.svelte';

/**
 * The next level down from a row: a district's townships or archives, a sector's units, a year's
 * members; a township, unit or archive opens its own page (its villages, its history, its charts).
 */
export function exploreDrill(query: ViewQuery<ExploreParams, ExploreData>) {
	/** a drill-down that stays in the explorer: the filters it sets */
	function within(row: ExploreRow): Record<string, string | number | null> | undefined {
		const view = query.view;
		if (view.by === 'year') return { from: row.year, to: row.year, by: null };
		if (view.by === 'district' && row.label !== null)
			return {
				county: row.key,
				by: findMeasure(view.measure)?.area === 'villages' ? 'township' : 'archive'
			};
		if (view.by === 'sector') return { sector: row.key, by: 'unit' };
		return undefined;
	}
	function target(row: ExploreRow): (() => void) | undefined {
		const filters = within(row);
		if (filters) return () => applyFilters(page.url, filters);
		const year = String(row.year);
		const by = query.view.by;
		if (by === 'township')
			return () => openView('/villages', { county: row.key.slice(0, 6), township: row.key, year });
		if (by === 'unit') return () => openView('/assessment', { unit: row.key, year });
		if (by === 'archive') return () => openView('/digitization', { archive: row.key, year });
		return undefined;
	}
	/** the question a change of filters would ask, as its URL would state it */
	const paramsAfter = (changes: Record<string, string | number | null>) =>
		readExploreParams(new URL(withParams(page.url, changes), page.url));
	return {
		canDrill: (rows: ExploreRow[]) => rows.some((r) => target(r) !== undefined),
		go: (row: ExploreRow) => target(row)?.(),
		/** a reader resting on a mark may choose it: its answer is asked meanwhile */
		ahead(row: ExploreRow | undefined) {
			const filters = row && within(row);
			if (filters) query.live.prefetch(paramsAfter(filters));
		},
		/** a reader opening the breakdown list will choose one of the others: they are asked meanwhile */
		otherBreakdowns() {
			const measure = findMeasure(query.view.measure)!;
			for (const by of breakdownsOf(measure))
				if (by !== query.view.by) query.live.prefetch(paramsAfter({ by }));
		}
	};
}
export type ExploreDrill = ReturnType<typeof exploreDrill>;
