import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, type Manifest } from '$lib/dataset/manifest';
import { LOCKS } from '../store/driver';
import type { Store } from '../store/store';

/**
 * Version 1 is the data the site was built with (`npm run data`'s Arrow files): a new service
 * starts from it, and a rollback can always return to it.
 */
export async function ensureInitialVersion(
	store: Store,
	shippedDir: string,
	at: number
): Promise<number> {
	return store.driver.withLock(LOCKS.publish, async () => {
		const current = await store.versions.current();
		if (current > 0) return current;
		const manifest = JSON.parse(
			await readFile(join(shippedDir, MANIFEST_FILE), 'utf8')
		) as Manifest;
		return store.transaction(async (tx) => {
			for (const file of manifest.tables.flatMap((t) => t.files)) {
				await tx.blobs.put(
					file.sha256,
					new Uint8Array(await readFile(join(shippedDir, file.path)))
				);
			}
			return tx.versions.add({
				at,
				by: null,
				kind: 'initial',
				basedOn: null,
				note: '随站点发布的数据',
				sources: [],
				manifest
			});
		});
	});
}
