import { viewDataset, viewParams } from '$lib/server/viewDataset';
import { loadOverview, OVERVIEW_DEFAULT, readOverviewParams } from '$lib/views/overview';

export async function load({ locals, url }) {
	const { db } = await viewDataset(locals);
	const params = viewParams(url, readOverviewParams, OVERVIEW_DEFAULT);
	return { params, view: await loadOverview(db, params) };
}
