/// <reference lib="webworker" />
import { checkFile, type ImportContext, type ImportOptions } from './checkFile';

export interface CheckRequest {
	file: string;
	bytes: Uint8Array;
	context: ImportContext;
	options: Omit<ImportOptions, 'onProgress'>;
}

export type CheckMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; check: Awaited<ReturnType<typeof checkFile>> }
	| { type: 'failed'; message: string };

/** Parsing and checking a large file takes seconds: off the main thread the page stays responsive. */
self.onmessage = async ({ data }: MessageEvent<CheckRequest>) => {
	const post = (message: CheckMessage) => self.postMessage(message);
	try {
		let last = 0;
		const check = await checkFile(data.file, data.bytes, data.context, {
			...data.options,
			onProgress: (fraction) => {
				if (fraction - last >= 0.02 || fraction === 1) post({ type: 'progress', fraction });
				last = fraction;
			}
		});
		post({ type: 'done', check });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
