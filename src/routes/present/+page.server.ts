import { loadView } from '$lib/server/viewDataset';
import { presentationView } from '$lib/views/presentation';

export const load = (event) => loadView(event, presentationView);
