import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadExplore, NO_EXPLORE_PARAMS } from '$lib/views/explore';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadExplore(db, NO_EXPLORE_PARAMS) };
}
