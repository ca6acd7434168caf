import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { installPolyfills } from './polyfills';

/** a fresh realm without the built-ins Chromium 86 lacks, as an old core's page or worker is */
function oldCore(): typeof globalThis {
	return runInNewContext(`
		const typed = Object.getPrototypeOf(Int8Array.prototype);
		for (const proto of [Array.prototype, String.prototype, typed]) delete proto.at;
		for (const proto of [Array.prototype, typed]) { delete proto.findLast; delete proto.findLastIndex; }
		delete Object.hasOwn;
		delete globalThis.structuredClone;
		globalThis;
	`);
}

describe('the polyfills for older Chromium cores', () => {
	test('install what is missing and behave as the built-ins do', () => {
		const scope = oldCore();
		expect(installPolyfills(scope)).toEqual([
			'at',
			'at',
			'at',
			'findLast',
			'findLastIndex',
			'findLast',
			'findLastIndex',
			'hasOwn',
			'structuredClone'
		]);
		const run = (code: string) => runInNewContext(code, scope);
		expect(run('[1, 2, 3].at(-1)')).toBe(3);
		expect(run('[1, 2, 3].at(5)')).toBeUndefined();
		expect(run("'长沙县'.at(-1)")).toBe('县');
		expect(run('new Uint32Array([4, 5]).at(-2)')).toBe(4);
		expect(run('[1, 2, 3, 4].findLast((x) => x % 2)')).toBe(3);
		expect(run('[1, 2, 3, 4].findLastIndex((x) => x > 9)')).toBe(-1);
		expect(run("Object.hasOwn({ a: 1 }, 'a') && !Object.hasOwn({}, 'toString')")).toBe(true);
		const copy = run(
			'const d = { at: new Date(0), list: [1, { n: 2 }], map: new Map([[1, 2]]) }; const c = structuredClone(d); c.list[1].n = 3; [d.list[1].n, c.at.getTime(), c.at !== d.at, c.map.get(1)]'
		);
		expect(copy).toEqual([2, 0, true, 2]);
	});

	test('install nothing where the core has it all, and work from their source text alone', () => {
		expect(installPolyfills(globalThis)).toEqual([]);
		const scope = oldCore();
		runInNewContext(`(${installPolyfills.toString()})(globalThis)`, scope);
		expect(runInNewContext('[7, 8].at(-1)', scope)).toBe(8);
	});
});
