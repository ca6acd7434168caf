import { YEAR_VIEWS } from '$lib/server/viewDefinitions';
import { loadView } from '$lib/server/viewDataset';

/** the meeting-room screen shows the deck's figures: the same loader, one screen */
export const load = (event) => loadView(event, YEAR_VIEWS.present);
