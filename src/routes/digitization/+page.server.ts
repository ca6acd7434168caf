import { viewDataset, viewParams } from '$lib/server/viewDataset';
import {
	DIGITIZATION_DEFAULT,
	loadDigitization,
	readDigitizationParams
} from '$lib/views/digitization';

export async function load({ locals, url }) {
	const { db } = await viewDataset(locals);
	const params = viewParams(url, readDigitizationParams, DIGITIZATION_DEFAULT);
	return { params, view: await loadDigitization(db, params) };
}
