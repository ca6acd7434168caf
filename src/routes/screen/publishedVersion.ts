import { listVersions } from '$lib/serviceApi';

/** how often the meeting-room screen asks which version is published */
export const CHECK_EVERY_MS = 60_000;

/**
 * Reload the page when the service publishes a version other than the one it shows (the page is
 * pinned to its version; a reload renders the new one). Returns the way to stop watching.
 */
export function watchPublishedVersion(
	version: number,
	reload: () => void = () => location.reload()
): () => void {
	const timer = setInterval(async () => {
		try {
			if ((await listVersions()).current !== version) reload();
		} catch {
			// the network or the service is down for a moment: the screen keeps what it shows
		}
	}, CHECK_EVERY_MS);
	return () => clearInterval(timer);
}
