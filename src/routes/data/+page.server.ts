import { viewDataset } from '$lib/server/viewDataset';
import { loadDataView } from '$lib/views/data';

export async function load({ locals }) {
	const { db, manifest } = await viewDataset(locals);
	const sources = Object.fromEntries(manifest.tables.map((t) => [t.name, t.sourceFile]));
	return { view: await loadDataView(db), sources, dataset: manifest.dataset };
}
