import { building } from '$app/environment';
import { page } from '$app/state';
import { applyFilters } from '$lib/views/navigation';
import { readText } from '$lib/views/urlParams';
import type { DigitizationData, DigitizationParams } from '$lib/views/digitization';
import type { ViewQuery } from '$lib/views/viewQuery.svelte';

/**
 * The archive clicked in a chart (`?archive=`): the other charts follow it with no new query, as
 * every archive's rows are already on screen.
 */
export function archiveFocus(query: ViewQuery<DigitizationParams, DigitizationData>) {
	const wanted = $derived(building ? null : readText(page.url, 'archive'));
	const archive = $derived(
		wanted !== null && query.view.archives.some((a) => a.archive === wanted) ? wanted : null
	);
	// said only of the year's answer, not of the rows shown while it is asked
	const unknown = $derived(
		query.live.status === 'ready' && wanted !== null && archive === null ? wanted : null
	);
	return {
		get archive() {
			return archive;
		},
		get unknown() {
			return unknown;
		},
		choose(name: string) {
			applyFilters(page.url, { archive: name === archive ? null : name });
		}
	};
}
export type ArchiveFocus = ReturnType<typeof archiveFocus>;
