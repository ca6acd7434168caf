import { viewDataset, viewParams } from '$lib/server/viewDataset';
import { loadExplore, NO_EXPLORE_PARAMS, readExploreParams } from '$lib/views/explore';

export async function load({ locals, url }) {
	const { db } = await viewDataset(locals);
	const params = viewParams(url, readExploreParams, NO_EXPLORE_PARAMS);
	return { params, view: await loadExplore(db, params) };
}
