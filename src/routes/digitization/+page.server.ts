import { loadView } from '$lib/server/viewDataset';
import {
	DIGITIZATION_DEFAULT,
	loadDigitization,
	readDigitizationParams
} from '$lib/views/digitization';

export const load = (event) =>
	loadView(event, {
		read: readDigitizationParams,
		fallback: DIGITIZATION_DEFAULT,
		load: loadDigitization
	});
