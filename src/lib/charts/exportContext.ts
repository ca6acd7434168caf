import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-as-of');

/** The view tells its charts the year they show, for the 统计截至 line of exports. */
export function setChartYear(year: () => number | null): void {
	setContext(KEY, year);
}

export function getChartYear(): () => number | null {
	return getContext<(() => number | null) | undefined>(KEY) ?? (() => null);
}
