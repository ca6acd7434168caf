import { viewDataset, viewParams } from '$lib/server/viewDataset';
import { ASSESSMENT_DEFAULT, loadAssessment, readAssessmentParams } from '$lib/views/assessment';

export async function load({ locals, url }) {
	const { db } = await viewDataset(locals);
	const params = viewParams(url, readAssessmentParams, ASSESSMENT_DEFAULT);
	return { params, view: await loadAssessment(db, params) };
}
