import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connector } from '$lib/db/connector';
import { loadDataset, type ReadBytes } from '$lib/dataset/loadDataset';
import { MANIFEST_FILE, type Manifest } from '$lib/dataset/manifest';
import { createNodeConnector } from '$lib/db/nodeConnector';

/** A Node DuckDB holding a built dataset (a folder with manifest.json and its Arrow files). */
export async function openBuiltDataset(
	dir: string
): Promise<{ db: Connector; manifest: Manifest; read: ReadBytes }> {
	const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
	const db = await createNodeConnector();
	const read: ReadBytes = async (path) => new Uint8Array(await readFile(join(dir, path)));
	await loadDataset(db, manifest, read);
	return { db, manifest, read };
}

let buildDataset: ReturnType<typeof openBuiltDataset> | undefined;

/** The dataset the site is built from, opened once for all prerendered pages. */
export function getBuildDataset(): ReturnType<typeof openBuiltDataset> {
	buildDataset ??= openBuiltDataset(process.env.OUT_DIR ?? 'static/data');
	return buildDataset;
}
