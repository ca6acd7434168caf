import { loadView } from '$lib/server/viewDataset';
import {
	loadPresentation,
	PRESENTATION_DEFAULT,
	readPresentationParams
} from '$lib/views/presentation';

export const load = (event) =>
	loadView(event, {
		read: readPresentationParams,
		fallback: PRESENTATION_DEFAULT,
		load: loadPresentation
	});
