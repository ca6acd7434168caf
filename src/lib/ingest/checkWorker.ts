/// <reference lib="webworker" />
import { installPolyfills } from '$lib/legacy/polyfills';
import { rowsToIpc } from '$lib/schema/toArrow';
import type { TableDef, TypedRow } from '$lib/schema/types';
import { checkFile, type ImportContext, type ImportOptions } from './checkFile';
import { completedCheck } from './completedCheck';
import { heldByPage, type PageCheck } from './pageCheck';

export interface CheckRequest {
	type: 'check';
	file: string;
	bytes: Uint8Array;
	context: ImportContext;
	options: Omit<ImportOptions, 'onProgress'>;
}

/** the page's answer to `findPublished` (if its engine fails, the page ends the check) */
export type PublishedReply = { type: 'published'; rows: TypedRow[] };

export type CheckMessage =
	| { type: 'progress'; fraction: number }
	/** rows that leave values blank for the published ones, which only the page's DuckDB holds */
	| { type: 'findPublished'; table: TableDef; rows: Uint8Array }
	| { type: 'done'; check: PageCheck }
	| { type: 'failed'; message: string };

installPolyfills(self);

const post = (message: CheckMessage, transfer: Transferable[] = []) =>
	self.postMessage(message, transfer);

let answer: ((reply: PublishedReply) => void) | null = null;

function findOnPage(table: TableDef, rows: TypedRow[]): Promise<TypedRow[]> {
	return new Promise((resolve) => {
		answer = (reply) => resolve(reply.rows);
		const ipc = rowsToIpc(table, rows);
		post({ type: 'findPublished', table, rows: ipc }, [ipc.buffer]);
	});
}

/**
 * Reading, checking and the rows' Arrow form all stay here, off the page's main thread: the page
 * gets the findings and one buffer, and stays responsive through a million rows.
 */
self.onmessage = async ({ data }: MessageEvent<CheckRequest | PublishedReply>) => {
	if (data.type !== 'check') return answer?.(data);
	try {
		let last = 0;
		const checked = await checkFile(data.file, data.bytes, data.context, {
			...data.options,
			onProgress: (fraction) => {
				if (fraction - last >= 0.02 || fraction === 1) post({ type: 'progress', fraction });
				last = fraction;
			}
		});
		const check = heldByPage(await completedCheck(checked, data.context, findOnPage));
		const buffers = [check.issuesCsv.buffer, ...(check.rows ? [check.rows.buffer] : [])];
		post({ type: 'done', check }, buffers);
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
