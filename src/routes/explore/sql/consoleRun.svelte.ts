import type { Row, Session } from '$lib/db/connector';
import { isBrokenEngine } from '$lib/db/brokenEngine';
import { database } from '$lib/dataset/database.svelte';
import { errorMessage } from '$lib/errorMessage';
import {
	checkConsoleSql,
	CONSOLE_QUERY,
	resultAllSql,
	resultChartSql,
	resultCountSql,
	resultPageSql,
	resultTextStatsSql,
	storeResultSql,
	withTextStats,
	type ResultColumn,
	type ResultPoint,
	type ResultView
} from '$lib/queries/console';
import {
	CONSOLE_PAGE_SIZE as PAGE_SIZE,
	defineConsoleQuery,
	type ConsoleAnswer
} from '$lib/views/sqlConsole';

/**
 * One console: a query's answer lives in DuckDB (its session's temporary table), and the screen asks
 * for one page of it at a time, sorted and searched in SQL. The first page is read from the query
 * itself while the answer is stored, so it shows before a large answer is counted. A newer request
 * always wins over an older one still running.
 */
export class ConsoleRun {
	status = $state<'idle' | 'running' | 'ready' | 'error' | 'stopped'>('idle');
	/** DuckDB's own message, or the console's refusal */
	error = $state<string | null>(null);
	refusedKeyword = $state<string | null>(null);
	columns = $state.raw<ResultColumn[]>([]);
	rows = $state.raw<Row[]>([]);
	/** rows of the answer, and of those the search keeps; null until the answer is stored */
	total = $state<number | null>(null);
	matching = $state<number | null>(null);
	/** a page, order or search asked for and not yet shown */
	busy = $state(false);
	page = $state(0);
	sort = $state.raw<ResultView['sort']>(null);
	search = $state('');
	elapsedMs = $state<number | null>(null);
	/** the text that produced the answer on screen */
	ranSql = $state<string | null>(null);
	/** the order and search last asked for, answered or not: a second click on a header toggles
	 * from the first (`sort` and `search` are those of the rows on screen) */
	#asked: Pick<ResultView, 'sort' | 'search'> = { sort: null, search: '' };
	#session: Promise<Session> | null = null;
	/** the stored answer: what every later page, chart and export waits for */
	#stored: Promise<unknown> = Promise.resolve();
	/** the newest run, and the newest page, order or search: a newer one wins over an older */
	#runToken = 0;
	#viewToken = 0;
	#viewQuery: Promise<void> = Promise.resolve();
	/** DuckDB's taking over of the opening answer: a run waits for it (they share one connection) */
	#adoption: Promise<void> = Promise.resolve();

	/** the columns as the SQL of a page, search or export needs them: with what the stored answer's
	 * statistics tell (kept apart from `columns`, so learning it redraws nothing) */
	#described: ResultColumn[] = [];
	#opening: ConsoleAnswer | null;

	get view(): ResultView {
		return { columns: this.#described, sort: this.sort, search: this.search };
	}

	#open(): Promise<Session> {
		this.#session ??= database.openSession();
		this.#session.catch(() => (this.#session = null));
		return this.#session;
	}

	/** the opening answer's chart, drawn before DuckDB can be asked for it */
	readonly openingChart: ResultPoint[];

	/** `opening`: the prerendered answer the console opens on (none when a link brings a query) */
	constructor(opening: ConsoleAnswer | null) {
		this.#opening = opening;
		this.openingChart = opening?.chart ?? [];
		if (!opening) return;
		Object.assign(this, {
			status: 'ready',
			ranSql: opening.sql,
			columns: opening.columns,
			rows: opening.rows,
			total: opening.total,
			matching: opening.total
		});
		this.#described = opening.columns;
	}

	/**
	 * DuckDB takes the prerendered answer over once it is ready: the same text is run and stored, so
	 * pages, orders, searches, charts and exports read it, and a reader's first run is not DuckDB's
	 * first of its kind. Its rows replace the prerendered ones only if they differ (data imported in
	 * this browser). Never starts the engine.
	 */
	adopt(): void {
		const opening = this.#opening;
		if (!opening) return;
		let adopted!: () => void;
		this.#stored = this.#adoption = new Promise<void>((resolve) => (adopted = resolve));
		database.whenReady(async () => {
			const viewToken = this.#viewToken;
			try {
				// a run of the reader's own already replaced it
				if (this.#runToken > 0) return;
				const session = await this.#open();
				const columns = await defineConsoleQuery(session, opening.sql);
				const [{ Count }] = await session.query<{ Count: number }>(storeResultSql());
				this.#described = await this.#withStats(session, columns);
				const view: ResultView = { columns, sort: null, search: '' };
				const rows = await session.query(resultPageSql(view, { offset: 0, limit: PAGE_SIZE }));
				if (this.#runToken > 0 || viewToken !== this.#viewToken) return;
				const answer = { columns, rows, total: Number(Count) };
				const shown = { columns: this.columns, rows: this.rows, total: this.total };
				if (JSON.stringify(answer) !== JSON.stringify(shown))
					Object.assign(this, answer, { matching: answer.total });
			} catch (error) {
				if (this.#runToken === 0) this.error = errorMessage(error);
			} finally {
				adopted();
			}
		});
	}

	/** the columns with what the stored answer's statistics tell of their text */
	async #withStats(session: Session, columns: ResultColumn[]): Promise<ResultColumn[]> {
		const statsSql = resultTextStatsSql(columns);
		const [stats] = statsSql ? await session.query<Record<string, unknown>>(statsSql) : [];
		return withTextStats(columns, stats);
	}

	/**
	 * End the console's engine (its own, apart from the views'), and with it whatever it runs; the
	 * next query starts another, loaded afresh.
	 */
	#endEngine(): void {
		const session = this.#session;
		this.#session = null;
		this.#stored = this.#adoption = this.#viewQuery = Promise.resolve();
		void session?.then((s) => s.close()).catch(() => {});
	}

	/** Stop what is running (停止, Esc): the answer it was making is dropped. */
	stop(): void {
		if (this.status !== 'running' && !this.busy) return;
		++this.#runToken;
		++this.#viewToken;
		this.#endEngine();
		Object.assign(this, { status: 'stopped', busy: false, ranSql: null, rows: [], columns: [] });
		this.total = this.matching = null;
	}

	/** Leaving the console ends its engine, and whatever it still runs. */
	dispose(): void {
		++this.#runToken;
		++this.#viewToken;
		this.#endEngine();
	}

	async run(text: string): Promise<void> {
		// a new run does not wait behind an old one still running: that engine is ended
		if (this.status === 'running') this.#endEngine();
		const token = ++this.#runToken;
		const viewToken = ++this.#viewToken;
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
			await this.#adoption;
			const session = await this.#open();
			const started = performance.now();
			const columns = await defineConsoleQuery(session, check.sql);
			const view: ResultView = { columns, sort: null, search: '' };
			const firstPage = { offset: 0, limit: PAGE_SIZE };
			const rows = await session.query(resultPageSql(view, firstPage, CONSOLE_QUERY));
			if (token !== this.#runToken) return;
			performance.measure('query-answer', { start: started });
			Object.assign(this, {
				columns,
				rows,
				total: null,
				matching: null,
				page: 0,
				sort: null,
				search: '',
				busy: false
			});
			this.#asked = { sort: null, search: '' };
			this.ranSql = text;
			this.status = 'ready';
			this.#described = columns;
			const stored = session
				.query<{ Count: number }>(storeResultSql())
				.then(async ([{ Count }]) => {
					const described = await this.#withStats(session, columns);
					if (token === this.#runToken) this.#described = described;
					return Count;
				});
			this.#stored = stored;
			const Count = await stored;
			performance.measure('query-stored', { start: started });
			// read again from the stored answer, which later pages come from: the same rows, unless
			// the query draws random numbers or the time
			const again = await session.query(resultPageSql(view, firstPage));
			if (token !== this.#runToken) return;
			Object.assign(this, { total: Number(Count), matching: Number(Count) });
			this.elapsedMs = performance.now() - started;
			// the same rows are not drawn again (a new page is drawn in two steps)
			if (viewToken === this.#viewToken && JSON.stringify(again) !== JSON.stringify(rows))
				this.rows = again;
		} catch (error) {
			if (token !== this.#runToken) return;
			this.status = 'error';
			this.error = errorMessage(error);
			// out of the wasm's memory the engine answers nothing right again: the next run gets another
			if (isBrokenEngine(error)) this.#endEngine();
		}
	}

	/** order by a column, then the other way, then as the query had it */
	toggleSort(column: string) {
		const current = this.#asked.sort?.column === column ? this.#asked.sort : null;
		return this.show({
			sort: !current
				? { column, descending: false }
				: !current.descending
					? { column, descending: true }
					: null
		});
	}

	/** show another page, order or search of the same answer */
	async show(changes: { page?: number; sort?: ResultView['sort']; search?: string }) {
		// an input method's last characters may arrive twice (its composition's end, then an input)
		const onlySearch = Object.keys(changes).length === 1 && changes.search !== undefined;
		if (onlySearch && changes.search === this.#asked.search) return;
		const token = ++this.#viewToken;
		const sortChanged = 'sort' in changes;
		this.#asked = {
			sort: sortChanged ? changes.sort! : this.#asked.sort,
			search: changes.search ?? this.#asked.search
		};
		const asked = this.#asked;
		this.busy = true;
		// one view query at a time: those asked while one runs wait for it, and only the newest of
		// them is asked (keys typed quickly cost one query, not one each)
		const previous = this.#viewQuery;
		let settled!: () => void;
		this.#viewQuery = new Promise<void>((resolve) => (settled = resolve));
		try {
			await previous;
			if (token !== this.#viewToken) return;
			const session = await this.#open();
			await this.#stored;
			const view: ResultView = { columns: this.#described, ...asked };
			const searchChanged = view.search !== this.search;
			const page = changes.page ?? (searchChanged || sortChanged ? 0 : this.page);
			const askedAt = performance.now();
			const rows = await session.query(
				resultPageSql(view, { offset: page * PAGE_SIZE, limit: PAGE_SIZE })
			);
			if (token !== this.#viewToken) return;
			performance.measure('query-answer', { start: askedAt });
			Object.assign(this, { rows, page, sort: view.sort, search: view.search, busy: false });
			if (searchChanged) await this.#count(session, view);
		} catch (error) {
			if (token !== this.#viewToken) return;
			this.busy = false;
			this.error = errorMessage(error);
		} finally {
			settled();
		}
	}

	/** the rows a new search keeps, counted after its first page shows (a count reads every row) */
	async #count(session: Session, view: ResultView) {
		const run = this.#runToken;
		this.matching = view.search.trim() === '' ? this.total : null;
		if (this.matching !== null) return;
		const [{ n }] = await session.query<{ n: number }>(resultCountSql(view));
		if (run === this.#runToken && this.search === view.search) this.matching = n;
	}

	/** every row the search keeps, in the order shown: the CSV and Excel files */
	async allRows(): Promise<Row[]> {
		const session = await this.#open();
		await this.#stored;
		return session.query(resultAllSql(this.view));
	}

	async chart(x: ResultColumn, y: ResultColumn): Promise<ResultPoint[]> {
		const session = await this.#open();
		await this.#stored;
		return session.query<ResultPoint>(resultChartSql(this.view, x, y));
	}
}
