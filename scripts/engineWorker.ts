/**
 * DuckDB's worker as the build ships it: duckdb-wasm's own, with one change to emscripten's
 * dynamic linker, which otherwise gives each of the tens of thousands of exported functions a
 * global-offset-table entry and a function-table slot (growing the table one slot at a time) before
 * the engine can open, on every page load (what that costs: docs/benchmark.md, "Emscripten's
 * dynamic linking"). After the change an exported function gets its entry and slot only when a
 * module imports it through the table, as the main module's own imports still do at once; a side
 * module's are resolved by name when it loads (`reportUndefinedSymbols`), the linker's own path for
 * them, and none loads here: extensions are off. Data addresses keep their entries at once: the
 * runtime writes some of them itself (`GOT.__heap_base`).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const EAGER_ENTRY =
	'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&';
const ENTRY_WHEN_ASKED =
	'(GOT[r]||t||typeof n!="function")&&(GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),t||GOT[r].value==0)&&';

/** the worker's text with the change; throws, naming the file, if its linker is not the one known */
export function lazyFunctionSlots(worker: string, file: string): string {
	const parts = worker.split(EAGER_ENTRY);
	if (parts.length !== 2)
		throw new Error(
			`${file}: duckdb-wasm's linker (updateGOT) is not the one scripts/engineWorker.ts changes; ` +
				'look at the new one and update or drop the change'
		);
	return parts.join(ENTRY_WHEN_ASKED);
}

const WORKER_URL =
	/[/\\]@duckdb[/\\]duckdb-wasm[/\\]dist[/\\](duckdb-browser-(?:eh|mvp)\.worker\.js)\?url$/;

/**
 * `import worker from '@duckdb/duckdb-wasm/dist/duckdb-browser-*.worker.js?url'` gives, in a build,
 * the changed worker as an asset of its own, named by a hash of what it holds. The dev server
 * serves duckdb-wasm's file as it is.
 */
export function engineWorker(): Plugin {
	return {
		name: 'dashboard:engine-worker',
		apply: 'build',
		enforce: 'pre',
		load(id) {
			const match = WORKER_URL.exec(id);
			if (!match) return null;
			const path = id.slice(0, -'?url'.length);
			const reference = this.emitFile({
				type: 'asset',
				name: match[1],
				source: lazyFunctionSlots(readFileSync(path, 'utf8'), path)
			});
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		}
	};
}
