import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-width');

/**
 * The chart frame measures its body and hands the width to the chart inside, so text stays at its
 * set size at any screen width. Before hydration (the prerendered HTML) the frame's hint is used.
 */
export function setChartWidth(width: () => number): void {
	setContext(KEY, width);
}

export function getChartWidth(fallback = 640): () => number {
	return getContext<(() => number) | undefined>(KEY) ?? (() => fallback);
}
