import { loadView } from '$lib/server/viewDataset';
import { loadVillages, readVillageParams, VILLAGES_DEFAULT } from '$lib/views/villages';

export const load = (event) =>
	loadView(event, { read: readVillageParams, fallback: VILLAGES_DEFAULT, load: loadVillages });
