import {
	checkFile,
	refusal,
	type FileCheck,
	type ImportContext,
	type ImportOptions
} from './checkFile';
import type { CheckMessage, CheckRequest } from './checkWorker';

/**
 * Check a file in a worker, reporting parse progress; where workers are unavailable it runs here.
 * A crash of the checker itself is reported as the file's error, never thrown at the page.
 */
export function checkInWorker(
	file: string,
	bytes: Uint8Array,
	context: ImportContext,
	options: Omit<ImportOptions, 'onProgress'>,
	onProgress: (fraction: number) => void
): Promise<FileCheck> {
	const crashed = (message: string) => refusal(file, `读取失败：${message}`);

	let worker: Worker;
	try {
		worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return checkFile(file, bytes, context, { ...options, onProgress }).catch((e) =>
			crashed(String(e))
		);
	}
	return new Promise((resolve) => {
		worker.onmessage = ({ data }: MessageEvent<CheckMessage>) => {
			if (data.type === 'progress') return onProgress(data.fraction);
			worker.terminate();
			resolve(data.type === 'done' ? data.check : crashed(data.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			resolve(crashed(event.message || '检查程序意外终止'));
		};
		const request: CheckRequest = { file, bytes, context, options };
		worker.postMessage(request, [bytes.buffer]);
	});
}
