import { viewDataset, viewParams } from '$lib/server/viewDataset';
import { loadVillages, readVillageParams, VILLAGES_DEFAULT } from '$lib/views/villages';

export async function load({ locals, url }) {
	const { db } = await viewDataset(locals);
	const params = viewParams(url, readVillageParams, VILLAGES_DEFAULT);
	return { params, view: await loadVillages(db, params) };
}
