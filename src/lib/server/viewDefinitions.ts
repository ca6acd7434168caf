import type { AheadView } from '$lib/views/renderedAhead';
import { ASSESSMENT_DEFAULT, loadAssessment, readAssessmentParams } from '$lib/views/assessment';
import {
	DIGITIZATION_DEFAULT,
	loadDigitization,
	readDigitizationParams
} from '$lib/views/digitization';
import { loadOverview, OVERVIEW_DEFAULT, readOverviewParams } from '$lib/views/overview';
import {
	loadPresentation,
	PRESENTATION_DEFAULT,
	readPresentationParams
} from '$lib/views/presentation';
import { loadVillages, readVillageParams, VILLAGES_DEFAULT } from '$lib/views/villages';
import type { ViewDefinition } from './viewDataset';

/** The views chosen by year: each page's loader, and what is rendered ahead for every year. */
export const YEAR_VIEWS = {
	overview: { read: readOverviewParams, fallback: OVERVIEW_DEFAULT, load: loadOverview },
	assessment: { read: readAssessmentParams, fallback: ASSESSMENT_DEFAULT, load: loadAssessment },
	digitization: {
		read: readDigitizationParams,
		fallback: DIGITIZATION_DEFAULT,
		load: loadDigitization
	},
	villages: { read: readVillageParams, fallback: VILLAGES_DEFAULT, load: loadVillages },
	present: { read: readPresentationParams, fallback: PRESENTATION_DEFAULT, load: loadPresentation }
};

/**
 * One year view with its parameters known only to hold a year: sound as long as the loader is
 * given its own view's fallback with the year set, never another view's parameters.
 */
export const yearView = (view: AheadView) =>
	YEAR_VIEWS[view] as unknown as ViewDefinition<
		{ year: number | null },
		{ year: number | null; years: number[] }
	>;
