import type { Connector } from '$lib/db/connector';
import { database } from '$lib/dataset/database.svelte';
import { errorMessage } from '$lib/errorMessage';
import { keepUnchanged } from './keepUnchanged';
import { aheadPath, aheadYear, type RenderedAhead } from './renderedAhead';

/**
 * A view's rows: first the prerendered ones, then DuckDB's answer for each new set of parameters
 * and after each change of the data (an import, an undo). A stale answer never overwrites a newer
 * one, and a failure keeps the last good rows on screen.
 */
export class LiveQuery<P, D> {
	current = $state.raw<D>() as D;
	status = $state<'ready' | 'loading' | 'error'>('ready');
	error = $state<string | null>(null);
	#key: string;
	#load: (db: Connector, params: P) => Promise<D>;
	#initial: { params: string; rows: D };
	#ahead: RenderedAhead<P> | null;

	/** `ahead`: the view's states rendered ahead, shown for a choice made before DuckDB is ready */
	constructor(
		initial: D,
		params: P,
		load: (db: Connector, params: P) => Promise<D>,
		ahead: RenderedAhead<P> | null = null
	) {
		this.current = initial;
		this.#key = LiveQuery.#keyOf(params, 0);
		this.#load = load;
		this.#initial = { params: JSON.stringify(params), rows: initial };
		this.#ahead = ahead;
		// ask the default view's queries once DuckDB is up, so the first filter change only runs
		// the queries that depend on it (the rest are answered from the connector's cache); the
		// answer takes the prerendered rows' place where equal, so that change compares the cached
		// answers by identity, not the prerendered rows value by value (slow at national scale)
		const defaultKey = this.#key;
		if (typeof window !== 'undefined')
			database.whenReady((db) =>
				load(db, params)
					.then((result) => {
						if (this.#key === defaultKey) this.current = keepUnchanged(this.current, result);
					})
					.catch(() => {})
			);
	}

	/**
	 * Ask the queries of a likely next request (a pointer resting on a bar) while the reader
	 * decides: its answers wait in the connector's cache, so the click redraws without waiting on
	 * DuckDB. Never starts the engine.
	 */
	async prefetch(params: P): Promise<void> {
		if (database.status !== 'ready') return;
		const asked = performance.now();
		await this.#load(await database.get(), params).catch(() => {});
		performance.measure('query-prefetch', { start: asked, detail: params });
	}

	static #keyOf(params: unknown, revision: number): string {
		return `${JSON.stringify(params)}@${revision}`;
	}

	async #answerAhead(params: P, key: string): Promise<boolean> {
		let rows: D | null = null;
		if (JSON.stringify(params) === this.#initial.params) rows = this.#initial.rows;
		else {
			const year = this.#ahead && aheadYear(this.#ahead, params);
			if (year) rows = await database.dataJson<D>(aheadPath(this.#ahead!.view, year));
		}
		if (rows === null || this.#key !== key || database.status === 'ready') return false;
		this.current = keepUnchanged(this.current, rows);
		this.status = 'ready';
		return true;
	}

	/** called from an effect: reading `database.revision` here makes a data change re-run it */
	async request(params: P): Promise<void> {
		const key = LiveQuery.#keyOf(params, database.revision);
		if (key === this.#key) return;
		this.#key = key;
		this.status = 'loading';
		let early = database.status !== 'ready';
		// before the engine is ready, a state rendered ahead answers at once; DuckDB still answers
		// after, as it holds this browser's imports (the same rows otherwise: nothing moves)
		if (early && (await this.#answerAhead(params, key))) early = false;
		if (this.#key !== key) return;
		if (early) database.waiting++;
		try {
			const asked = performance.now();
			const db = await database.get();
			if (early) database.waiting--;
			const result = await this.#load(db, params);
			if (this.#key !== key) return;
			// the benchmark splits each interaction into DuckDB's answer and the redraw
			performance.measure('query-answer', { start: asked });
			this.current = keepUnchanged(this.current, result);
			this.status = 'ready';
			this.error = null;
		} catch (error) {
			if (early && database.status !== 'ready') database.waiting--;
			if (this.#key !== key) return;
			this.status = 'error';
			this.error = errorMessage(error);
		}
	}
}
