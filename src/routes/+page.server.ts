import { loadView } from '$lib/server/viewDataset';
import { overviewView } from '$lib/views/overview';

export const load = (event) => loadView(event, overviewView);
