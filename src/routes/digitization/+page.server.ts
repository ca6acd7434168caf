import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadDigitization } from '$lib/views/digitization';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadDigitization(db, { year: null }) };
}
