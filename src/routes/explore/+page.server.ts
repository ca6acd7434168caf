import { loadView } from '$lib/server/viewDataset';
import { loadExplore, NO_EXPLORE_PARAMS, readExploreParams } from '$lib/views/explore';

export const load = (event) =>
	loadView(event, { read: readExploreParams, fallback: NO_EXPLORE_PARAMS, load: loadExplore });
