import type { AheadView } from '$lib/views/viewList';
import { assessmentView } from '$lib/views/assessment';
import { digitizationView } from '$lib/views/digitization';
import { overviewView } from '$lib/views/overview';
import { presentationView } from '$lib/views/presentation';
import { villagesView } from '$lib/views/villages';
import type { ViewDefinition } from '$lib/views/viewDefinition';

/** The views chosen by year: each page's loader, and what is rendered ahead for every year. */
export const YEAR_VIEWS = {
	overview: overviewView,
	assessment: assessmentView,
	digitization: digitizationView,
	villages: villagesView,
	present: presentationView
} satisfies Record<AheadView, { ahead?: AheadView }>;

/**
 * One year view with its parameters known only to hold a year: sound as long as the loader is
 * given its own view's fallback with the year set, never another view's parameters.
 */
export const yearView = (view: AheadView) =>
	YEAR_VIEWS[view] as unknown as ViewDefinition<
		{ year: number | null },
		{ year: number | null; years: number[] }
	>;
