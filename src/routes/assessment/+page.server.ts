import { loadView } from '$lib/server/viewDataset';
import { assessmentView } from '$lib/views/assessment';

export const load = (event) => loadView(event, assessmentView);
