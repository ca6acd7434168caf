import { loadView } from '$lib/server/viewDataset';
import { villagesView } from '$lib/views/villages';

export const load = (event) => loadView(event, villagesView);
