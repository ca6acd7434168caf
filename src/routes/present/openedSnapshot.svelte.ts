import { base } from '$app/paths';
import { errorMessage } from '$lib/errorMessage';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { MeetingSnapshot } from '$lib/snapshots/meetingSnapshot';
import { readSnapshot } from '$lib/snapshots/snapshotStore';

/**
 * The meeting snapshot the URL names (`?snapshot=<id>`), read from this browser's store, in the
 * language it was saved in; or why it could not be. Made while a component initialises.
 */
export class OpenedSnapshot {
	snapshot = $state.raw<MeetingSnapshot | null>(null);
	problem = $state<string | null>(null);

	constructor(id: () => string | null) {
		$effect(() => {
			const wanted = id();
			this.problem = null;
			if (wanted === null) {
				this.snapshot = null;
				return;
			}
			readSnapshot(base, wanted)
				.then((found) => {
					if (id() !== wanted) return;
					this.snapshot = found ?? null;
					if (!found) this.problem = i18n.t('snapshot.notFound');
					else if (found.settings.locale !== i18n.locale) i18n.locale = found.settings.locale;
				})
				.catch((error) => {
					this.problem = i18n.t('snapshot.storageFailed', { error: errorMessage(error) });
				});
		});
	}
}
