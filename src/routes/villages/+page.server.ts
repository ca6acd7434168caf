import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadVillages } from '$lib/views/villages';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadVillages(db, { year: null, county: null, township: null }) };
}
