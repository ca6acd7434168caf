import type { Row, Session } from '$lib/db/connector';
import { database, errorMessage } from '$lib/db/database.svelte';
import {
	checkConsoleSql,
	isNumericType,
	resultAllSql,
	resultChartSql,
	resultColumnsSql,
	resultCountSql,
	resultPageSql,
	storeResultSql,
	type ResultColumn,
	type ResultPoint,
	type ResultView
} from '$lib/queries/console';

export const PAGE_SIZE = 100;

/**
 * One console: a query's answer lives in DuckDB (its session's temporary table), and the screen asks
 * for one page of it at a time, sorted and searched in SQL. A newer request always wins over an
 * older one still running.
 */
export class ConsoleRun {
	status = $state<'idle' | 'running' | 'ready' | 'error'>('idle');
	/** DuckDB's own message, or the console's refusal */
	error = $state<string | null>(null);
	refusedKeyword = $state<string | null>(null);
	columns = $state.raw<ResultColumn[]>([]);
	rows = $state.raw<Row[]>([]);
	/** rows of the answer, and of those the search keeps */
	total = $state(0);
	matching = $state(0);
	page = $state(0);
	sort = $state.raw<ResultView['sort']>(null);
	search = $state('');
	elapsedMs = $state<number | null>(null);
	/** the text that produced the answer on screen */
	ranSql = $state<string | null>(null);
	#session: Promise<Session> | null = null;
	#token = 0;

	get view(): ResultView {
		return { columns: this.columns, sort: this.sort, search: this.search };
	}

	#open(): Promise<Session> {
		this.#session ??= database.openSession();
		this.#session.catch(() => (this.#session = null));
		return this.#session;
	}

	async run(text: string): Promise<void> {
		const token = ++this.#token;
		this.refusedKeyword = null;
		this.error = null;
		const check = checkConsoleSql(text);
		if (!check.ok) {
			this.status = 'error';
			if (check.reason === 'writes') this.refusedKeyword = check.keyword;
			return;
		}
		this.status = 'running';
		try {
			const session = await this.#open();
			const started = performance.now();
			await session.query(storeResultSql(check.sql));
			const columns = (await session.query<{ name: string; type: string }>(resultColumnsSql())).map(
				(c) => ({ ...c, numeric: isNumericType(c.type) })
			);
			const view: ResultView = { columns, sort: null, search: '' };
			const [[{ n }], rows] = await Promise.all([
				session.query<{ n: number }>(resultCountSql(view)),
				session.query(resultPageSql(view, { offset: 0, limit: PAGE_SIZE }))
			]);
			if (token !== this.#token) return;
			performance.measure('query-answer', { start: started });
			Object.assign(this, {
				columns,
				rows,
				total: n,
				matching: n,
				page: 0,
				sort: null,
				search: ''
			});
			this.elapsedMs = performance.now() - started;
			this.ranSql = text;
			this.status = 'ready';
		} catch (error) {
			if (token !== this.#token) return;
			this.status = 'error';
			this.error = errorMessage(error);
		}
	}

	/** show another page, order or search of the same answer */
	async show(changes: { page?: number; sort?: ResultView['sort']; search?: string }) {
		const token = ++this.#token;
		const view = { ...this.view, ...('sort' in changes ? { sort: changes.sort! } : {}) };
		if (changes.search !== undefined) view.search = changes.search;
		const searchChanged = view.search !== this.search;
		const page = changes.page ?? (searchChanged || 'sort' in changes ? 0 : this.page);
		// the order asked for shows at once, so a second click on a header toggles from it even
		// before the first answer is back
		if ('sort' in changes) this.sort = view.sort;
		try {
			const session = await this.#open();
			const asked = performance.now();
			const [count, rows] = await Promise.all([
				searchChanged
					? session.query<{ n: number }>(resultCountSql(view))
					: Promise.resolve([{ n: this.matching }]),
				session.query(resultPageSql(view, { offset: page * PAGE_SIZE, limit: PAGE_SIZE }))
			]);
			if (token !== this.#token) return;
			performance.measure('query-answer', { start: asked });
			Object.assign(this, { rows, page, sort: view.sort, search: view.search });
			this.matching = count[0].n;
		} catch (error) {
			if (token !== this.#token) return;
			this.error = errorMessage(error);
		}
	}

	/** every row the search keeps, in the order shown: the CSV and Excel files */
	async allRows(): Promise<Row[]> {
		return (await this.#open()).query(resultAllSql(this.view));
	}

	async chart(x: ResultColumn, y: ResultColumn, limit: number): Promise<ResultPoint[]> {
		return (await this.#open()).query<ResultPoint>(resultChartSql(this.view, x, y, limit));
	}
}
