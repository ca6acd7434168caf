import { applyFilters } from '$lib/views/navigation';
import { page } from '$app/state';
import type { VillageData, VillageParams } from '$lib/views/villages';
import type { ViewQuery } from '$lib/views/viewQuery.svelte';

export type AreaLevel = 'county' | 'township';

/** The area a village view shows, by name: `city` when no district is chosen. */
export function villageScope(view: VillageData, city: string) {
	const countyName = view.counties.find((c) => c.code === view.county)?.name ?? null;
	const townshipName = view.townships.find((t) => t.code === view.township)?.name ?? null;
	return {
		countyName,
		townshipName,
		/** the city or chosen district, whose areas the bars show */
		districtName: countyName ?? city,
		areaName: townshipName ?? countyName ?? city,
		/** the areas one level down: districts, or the chosen district's townships */
		areas: view.county === null ? view.counties : view.townships,
		barLevel: (view.county === null ? 'county' : 'township') as AreaLevel
	};
}

/** Going down to an area (or back up with `null`), and asking DuckDB for it ahead. */
export function areaDrill(query: ViewQuery<VillageParams, VillageData>) {
	const drilled = (code: string | null, level: AreaLevel) =>
		level === 'county'
			? { county: code, township: null }
			: { county: query.view.county, township: code };
	/** while the pointer rests on a bar, or while SvelteKit navigates after a click (a tap has no rest) */
	const ahead = (code: string | null, level: AreaLevel) =>
		query.live.prefetch({ year: query.params.year, ...drilled(code, level) });
	return {
		ahead,
		go(code: string | null, level: AreaLevel) {
			ahead(code, level);
			applyFilters(page.url, drilled(code, level));
		}
	};
}
export type AreaDrill = ReturnType<typeof areaDrill>;
