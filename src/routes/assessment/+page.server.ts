import { YEAR_VIEWS } from '$lib/server/viewDefinitions';
import { loadView } from '$lib/server/viewDataset';

export const load = (event) => loadView(event, YEAR_VIEWS.assessment);
