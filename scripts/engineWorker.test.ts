import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lazyFunctionSlots } from './engineWorker';

const require = createRequire(import.meta.url);
const workerPath = (bundle: 'eh' | 'mvp') =>
	require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-browser-${bundle}.worker.js`);
const shipped = {
	eh: readFileSync(workerPath('eh'), 'utf8'),
	mvp: readFileSync(workerPath('mvp'), 'utf8')
};

type Got = Record<string, WebAssembly.Global>;

/** the linker's `updateGOT` taken out of a worker's text, run against a table of our own */
function linker(worker: string) {
	const start = worker.indexOf('updateGOT=(');
	const end = worker.indexOf(',relocateExports=', start);
	const source = worker.slice(start + 'updateGOT='.length, end);
	const got: Got = {};
	const slots: string[] = [];
	const addFunction = (f: { label: string }) => slots.push(f.label);
	const updateGOT = new Function('GOT', 'addFunction', 'isInternalSym', 'err', `return ${source}`)(
		got,
		addFunction,
		() => false,
		(message: string) => {
			throw new Error(message);
		}
	) as (exports: Record<string, unknown>, replace?: boolean) => void;
	return { got, slots, updateGOT };
}

const exported = (label: string) => Object.assign(() => {}, { label });

describe('the engine worker the build ships', () => {
	it.each(['eh', 'mvp'] as const)('changes the %s worker’s linker in one place', (bundle) => {
		const changed = lazyFunctionSlots(shipped[bundle], workerPath(bundle));
		expect(changed.length).toBeGreaterThan(shipped[bundle].length);
		expect(changed.split('(GOT[r]||t||typeof n!="function")').length).toBe(2);
	});

	it('gives a function a slot only when a module imports it, and every number its address', () => {
		const worker = lazyFunctionSlots(shipped.eh, 'eh');
		const { got, slots, updateGOT } = linker(worker);
		// what the main module imports through the table exists before its exports are read
		got.imported = new WebAssembly.Global({ value: 'i32', mutable: true });
		updateGOT({ imported: exported('imported'), unasked: exported('unasked'), data: 4096 });
		expect(slots).toEqual(['imported']);
		expect(Object.keys(got).sort()).toEqual(['data', 'imported']);
		expect(got.data.value).toBe(4096);
		expect(got.imported.value).toBe(1);
	});

	it('still replaces every entry when asked to (a side module loaded with its own symbols)', () => {
		const worker = lazyFunctionSlots(shipped.eh, 'eh');
		const { got, slots, updateGOT } = linker(worker);
		updateGOT({ own: exported('own') }, true);
		expect(slots).toEqual(['own']);
		expect(got.own.value).toBe(1);
	});

	it('the linker as duckdb-wasm ships it gives every exported function a slot', () => {
		const { got, slots, updateGOT } = linker(shipped.eh);
		updateGOT({ unasked: exported('unasked') });
		expect(slots).toEqual(['unasked']);
		expect(Object.keys(got)).toEqual(['unasked']);
	});

	it('refuses a worker whose linker it does not know, naming the file', () => {
		expect(() => lazyFunctionSlots('updateGOT=(e,t)=>{}', 'duckdb-browser-eh.worker.js')).toThrow(
			/^duckdb-browser-eh\.worker\.js: duckdb-wasm's linker/
		);
	});
});
