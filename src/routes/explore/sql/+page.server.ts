import { getBuildDataset } from '$lib/server/buildDatabase';
import { loadConsole, loadConsoleOpening } from '$lib/views/sqlConsole';

export async function load() {
	const { db } = await getBuildDataset();
	const [view, opening] = await Promise.all([loadConsole(db), loadConsoleOpening(db)]);
	return { view, opening };
}
