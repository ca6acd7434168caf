import { loadView } from '$lib/server/viewDataset';
import { loadOverview, OVERVIEW_DEFAULT, readOverviewParams } from '$lib/views/overview';

export const load = (event) =>
	loadView(event, { read: readOverviewParams, fallback: OVERVIEW_DEFAULT, load: loadOverview });
