import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadPresentation } from '$lib/views/presentation';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadPresentation(db, { year: null }) };
}
