import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadDataView } from '$lib/views/data';

export async function load() {
	const { db, manifest } = await getBuildDataset();
	const sources = Object.fromEntries(manifest.tables.map((t) => [t.name, t.sourceFile]));
	return { view: await loadDataView(db), sources, dataset: manifest.dataset };
}
