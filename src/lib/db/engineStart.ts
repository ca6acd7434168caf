import type { Connector } from './connector';

let started: Promise<Connector> | null = null;

/**
 * Begins DuckDB's download and compile, once, without waiting for anything else: called as the app
 * starts (hooks.client.ts), so the engine's modules are asked for beside the page's own instead of
 * after them. The first `takeEngine()` gets this engine.
 */
export function startEngine(): void {
	if (started || typeof WebAssembly !== 'object') return;
	started = import('./browserConnector').then((m) => m.createBrowserConnector());
	// a failure is reported to whoever takes the engine
	started.catch(() => {});
}

/** The engine started ahead of time, or a new one: each is handed out once. */
export function takeEngine(): Promise<Connector> {
	startEngine();
	const engine = started ?? Promise.reject(new Error('此浏览器不支持 WebAssembly'));
	started = null;
	return engine;
}
