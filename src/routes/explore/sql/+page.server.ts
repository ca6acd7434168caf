import { viewDataset } from '$lib/server/viewDataset';
import { loadConsole, loadConsoleOpening } from '$lib/views/sqlConsole';

export async function load({ locals }) {
	const { db } = await viewDataset(locals);
	const [view, opening] = await Promise.all([loadConsole(db), loadConsoleOpening(db)]);
	return { view, opening };
}
