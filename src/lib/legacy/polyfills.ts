/**
 * The built-ins this app's bundle (and apache-arrow's, inside DuckDB's worker) calls that the
 * Chromium cores of government PCs lack: 360安全浏览器 and 奇安信可信浏览器 run Chromium 86–108, and
 * `Array.prototype.at` arrived in 92, `Object.hasOwn` in 93, `findLast` in 97, `structuredClone` in
 * 98. Installs what `scope` lacks and names it. Self-contained on purpose: DuckDB's worker receives
 * it as source text (`installPolyfills.toString()`), so it may use nothing from outside.
 */
export function installPolyfills(scope: typeof globalThis): string[] {
	const installed: string[] = [];
	const define = (target: object | undefined, name: string, value: unknown) => {
		if (!target || name in target) return;
		Object.defineProperty(target, name, { value, writable: true, configurable: true });
		installed.push(name);
	};
	function at(this: ArrayLike<unknown>, index: number) {
		const i = Math.trunc(index) || 0;
		const k = i < 0 ? this.length + i : i;
		return k < 0 || k >= this.length ? undefined : this[k];
	}
	function findLast(
		this: ArrayLike<unknown>,
		test: (v: unknown, i: number, a: unknown) => unknown
	) {
		for (let i = this.length - 1; i >= 0; i--) if (test(this[i], i, this)) return this[i];
		return undefined;
	}
	function findLastIndex(
		this: ArrayLike<unknown>,
		test: (v: unknown, i: number, a: unknown) => unknown
	) {
		for (let i = this.length - 1; i >= 0; i--) if (test(this[i], i, this)) return i;
		return -1;
	}
	const typed = Object.getPrototypeOf(scope.Int8Array.prototype) as object;
	for (const proto of [scope.Array.prototype, scope.String.prototype, typed])
		define(proto, 'at', at);
	for (const proto of [scope.Array.prototype, typed]) {
		define(proto, 'findLast', findLast);
		define(proto, 'findLastIndex', findLastIndex);
	}
	define(scope.Object, 'hasOwn', (object: object, key: PropertyKey) =>
		Object.prototype.hasOwnProperty.call(object, key)
	);
	// what this app clones: plain data, dates, maps, sets and typed arrays (Svelte's snapshots)
	const clone = (value: unknown): unknown => {
		if (typeof value !== 'object' || value === null) return value;
		if (value instanceof scope.Date) return new scope.Date(value.getTime());
		if (scope.ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice();
		if (value instanceof scope.Map)
			return new scope.Map([...value].map(([k, v]) => [clone(k), clone(v)]));
		if (value instanceof scope.Set) return new scope.Set([...value].map(clone));
		if (scope.Array.isArray(value)) return value.map(clone);
		const copy: Record<string, unknown> = {};
		for (const key of Object.keys(value))
			copy[key] = clone((value as Record<string, unknown>)[key]);
		return copy;
	};
	define(scope, 'structuredClone', clone);
	return installed;
}

let pageNeeded: string[] = [];

/** Polyfill the page, remembering what it lacked: its workers lack the same. */
export function polyfillPage(): void {
	pageNeeded = installPolyfills(globalThis);
}

/** Whether this browser's core lacked built-ins the app calls (what `polyfillPage` installed). */
export function isLegacyCore(): boolean {
	return pageNeeded.length > 0;
}

/**
 * A classic worker for `url` that installs the polyfills first: DuckDB's worker bundles
 * apache-arrow, which calls `Array.prototype.at`.
 */
export function polyfilledWorker(url: string): Worker {
	const script = JSON.stringify(new URL(url, location.href).href);
	const source = `(${installPolyfills.toString()})(self);importScripts(${script});`;
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}
