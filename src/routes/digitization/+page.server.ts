import { loadView } from '$lib/server/viewDataset';
import { digitizationView } from '$lib/views/digitization';

export const load = (event) => loadView(event, digitizationView);
