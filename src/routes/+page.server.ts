import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadOverview } from '$lib/views/overview';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadOverview(db, { year: null }) };
}
