import { loadView } from '$lib/server/viewDataset';
import { ASSESSMENT_DEFAULT, loadAssessment, readAssessmentParams } from '$lib/views/assessment';

export const load = (event) =>
	loadView(event, {
		read: readAssessmentParams,
		fallback: ASSESSMENT_DEFAULT,
		load: loadAssessment
	});
