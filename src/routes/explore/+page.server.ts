import { loadView } from '$lib/server/viewDataset';
import { exploreView } from '$lib/views/explore';

export const load = (event) => loadView(event, exploreView);
