import type { AheadView } from './viewList';

export interface RenderedAhead<P> {
	view: AheadView;
	/** the view's default state: only it, with a year chosen, is rendered ahead */
	fallback: P;
}

/** where a view's year rendered ahead lies, below the data folder of the static build or version */
export const aheadPath = (view: AheadView, year: number) => `ahead/${view}/${year}.json`;

/** the year whose rendering ahead answers `params`, or null when they ask for more than a year */
export function aheadYear<P>(ahead: RenderedAhead<P>, params: P): number | null {
	const asked = params as Record<string, unknown>;
	const fallback = ahead.fallback as Record<string, unknown>;
	if (typeof asked.year !== 'number') return null;
	const keys = new Set([...Object.keys(asked), ...Object.keys(fallback)]);
	for (const key of keys) if (key !== 'year' && asked[key] !== fallback[key]) return null;
	return asked.year;
}
