import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadConsole } from '$lib/views/sqlConsole';

export async function load() {
	const { db } = await getBuildDataset();
	return { view: await loadConsole(db) };
}
