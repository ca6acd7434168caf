import { building } from '$app/environment';
import { page } from '$app/state';
import { setFrameContext } from '$lib/charts/frameContext';
import { LiveQuery } from './liveQuery.svelte';
import { sourceText } from '$lib/i18n/sourceText';
import { includesSample, type ProvenanceCount } from '$lib/queries/provenance';
import type { ViewDefinition } from './viewDefinition';

interface ShownRows {
	year?: number | null;
	provenance?: ProvenanceCount[];
}

interface ViewQueryOptions<D> {
	/** the year the charts show, when the view's rows do not say it as `year` */
	yearOf?: (view: D) => number | null;
	/** while true, the URL is not asked (the page shows something else: an opened snapshot) */
	paused?: () => boolean;
}

export interface ViewQuery<P, D> {
	readonly live: LiveQuery<P, D>;
	/** the rows on screen: prerendered first, then DuckDB's answer to the URL's parameters */
	readonly view: D;
	readonly params: P;
}

/**
 * A view page's data, asked once the same way by every view: the prerendered rows seed a live
 * query that follows the URL's parameters (the default state while prerendering), and the view's
 * charts are told its year, source, sample and status through their frames' context.
 *
 * Call it while the page initialises; `data` is read once (later changes come from DuckDB).
 */
export function viewQuery<P, D extends object>(
	data: () => { view: D; params?: P },
	definition: ViewDefinition<P, D>,
	{
		yearOf = (view) => (view as ShownRows).year ?? null,
		paused = () => false
	}: ViewQueryOptions<D> = {}
): ViewQuery<P, D> {
	const initial = data();
	const ahead = definition.ahead ? { view: definition.ahead, fallback: definition.fallback } : null;
	const live = new LiveQuery(
		initial.view,
		initial.params ?? definition.fallback,
		definition.load,
		ahead
	);
	const params = $derived(building ? definition.fallback : definition.read(page.url));
	$effect(() => {
		if (!paused()) live.request(params);
	});
	const sample = $derived(includesSample((live.current as ShownRows).provenance ?? []));
	const source = $derived(sourceText((live.current as ShownRows).provenance ?? []));
	setFrameContext({
		get year() {
			return yearOf(live.current);
		},
		get source() {
			return source;
		},
		get sample() {
			return sample;
		},
		get status() {
			return live.status;
		},
		get error() {
			return live.error;
		}
	});
	return {
		live,
		get view() {
			return live.current;
		},
		get params() {
			return params;
		}
	};
}
