import type { ImportRows } from '$lib/dataset/importedData';
import type { TableDef, TypedRow } from '$lib/schema/types';
import { checkFile, refusal, type ImportContext, type ImportOptions } from './checkFile';
import { completedCheck } from './completedCheck';
import { heldByPage, type PageCheck } from './pageCheck';
import type { CheckMessage, CheckRequest, PublishedReply } from './checkWorker';

/**
 * Check a file in a worker, reporting parse progress, and complete the values it leaves blank
 * from the rows `findPublished` finds (the page's DuckDB); where workers are unavailable it all
 * runs here. A crash of the checker itself is reported as the file's error, never thrown at the
 * page; a failure of `findPublished` (the engine's) is thrown, as the engine's failures are.
 */
export function checkInWorker(
	file: string,
	bytes: Uint8Array,
	context: ImportContext,
	options: Omit<ImportOptions, 'onProgress'>,
	onProgress: (fraction: number) => void,
	findPublished: (table: TableDef, rows: ImportRows) => Promise<TypedRow[]>
): Promise<PageCheck> {
	const crashed = (message: string) => heldByPage(refusal(file, `读取失败：${message}`));

	let worker: Worker;
	try {
		worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return checkFile(file, bytes, context, { ...options, onProgress }).then(
			async (checked) => heldByPage(await completedCheck(checked, context, findPublished)),
			(e) => crashed(String(e))
		);
	}
	return new Promise((resolve, reject) => {
		const reply = (message: PublishedReply) => worker.postMessage(message);
		worker.onmessage = ({ data }: MessageEvent<CheckMessage>) => {
			if (data.type === 'progress') return onProgress(data.fraction);
			if (data.type === 'findPublished')
				return void findPublished(data.table, data.rows).then(
					(rows) => reply({ type: 'published', rows }),
					(error) => {
						worker.terminate();
						reject(error);
					}
				);
			worker.terminate();
			resolve(data.type === 'done' ? data.check : crashed(data.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			resolve(crashed(event.message || '检查程序意外终止'));
		};
		const request: CheckRequest = { type: 'check', file, bytes, context, options };
		worker.postMessage(request, [bytes.buffer]);
	});
}
