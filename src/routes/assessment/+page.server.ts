import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadAssessment } from '$lib/views/assessment';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadAssessment(db, { year: null, sector: null, unit: null }) };
}
