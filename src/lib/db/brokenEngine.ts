import type { Connector } from './connector';

/** what DuckDB-wasm says when the engine itself, not the query, has failed (out of wasm memory) */
const BROKEN = /memory access out of bounds|RuntimeError|unreachable|Aborted\(/i;

export function isBrokenEngine(error: unknown): boolean {
	return BROKEN.test(error instanceof Error ? error.message : String(error));
}

/**
 * The connector, telling `onBroken` once when an answer shows the engine itself has failed: such an
 * engine answers nothing right again, so its owner replaces it. The error still reaches the caller.
 */
export function watchedConnector<C extends Connector>(db: C, onBroken: () => void): C {
	let told = false;
	const watch = <T>(answer: Promise<T>): Promise<T> =>
		answer.catch((error: unknown) => {
			if (!told && isBrokenEngine(error)) {
				told = true;
				onBroken();
			}
			throw error;
		});
	return {
		...db,
		query: (sql) => watch(db.query(sql)),
		insertArrowIpc: (table, bytes, append) => watch(db.insertArrowIpc(table, bytes, append))
	};
}
