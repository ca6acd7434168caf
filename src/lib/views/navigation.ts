/** Navigation by filters: the URL holds them (`urlParams.ts` reads them). */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { withParams } from './urlParams';
import type { ViewPath } from './viewList';

/**
 * Change the filters of the current view. Only the query string changes, on the same route, so the
 * URL stays relative to wherever the site is deployed.
 */
export function applyFilters(
	url: URL,
	changes: Record<string, string | number | null>,
	replace = false
) {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- same route, new query string
	return goto(withParams(url, changes), { keepFocus: true, noScroll: true, replaceState: replace });
}

/** Choose a year; the latest is every view's default, so choosing it leaves the URL bare. */
export function chooseYear(url: URL, year: number, years: number[]) {
	return applyFilters(url, { year: year === years.at(-1) ? null : year });
}

/** Open another view with its filters set: the drill-down from a chart to the view of its detail. */
export function openView(path: ViewPath, filters: Record<string, string>) {
	const query = new URLSearchParams(filters).toString();
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved path plus a query string
	return goto(`${resolve(path)}${query ? `?${query}` : ''}`);
}
