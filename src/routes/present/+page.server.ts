import { viewDataset, viewParams } from '$lib/server/viewDataset';
import {
	loadPresentation,
	PRESENTATION_DEFAULT,
	readPresentationParams
} from '$lib/views/presentation';

export async function load({ locals, url }) {
	const { db } = await viewDataset(locals);
	const params = viewParams(url, readPresentationParams, PRESENTATION_DEFAULT);
	return { params, view: await loadPresentation(db, params) };
}
