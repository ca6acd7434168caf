import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-frame');

/** What every chart of a view shares, told once by the view and read by each frame. */
export interface FrameContext {
	/** the year the charts show, for the 统计截至 line of exports */
	readonly year: number | null;
	readonly source: string;
	readonly sample: boolean;
	readonly status: 'ready' | 'loading' | 'error';
	readonly error: string | null;
}

/** `context` is read through its getters, so the frames follow the view's answers */
export function setFrameContext(context: FrameContext): void {
	setContext(KEY, context);
}

export function getFrameContext(): FrameContext | null {
	return getContext<FrameContext | undefined>(KEY) ?? null;
}
