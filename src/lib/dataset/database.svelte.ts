import { base } from '$app/paths';
import { errorMessage } from '$lib/errorMessage';
import { watchedConnector } from '$lib/db/brokenEngine';
import { cachedConnector } from '$lib/db/cachedConnector';
import type { Connector, Session } from '$lib/db/connector';
import type { ImportChange } from '$lib/queries/importChanges';
import type { ImportRecord, ImportRows } from './importedData';
import {
	addImport,
	HISTORY_CHANNEL,
	importId,
	readHistory,
	removeImports,
	removeUnreadable,
	type UnreadableImport
} from './importHistory';
import { derivedOnDemand } from './derivedTables';
import { loadDataset, prefetchFiles, type ReadBytes } from './loadDataset';
import { MANIFEST_FILE, type Manifest } from './manifest';

/** `data` in the static build; `data/v7` for the service's published version 7 */
let dataFolder = 'data';

async function fetchOk(path: string): Promise<Response> {
	const response = await fetch(`${base}/${dataFolder}/${path}`).catch((error) => {
		// the browser says only 「Failed to fetch」: name the file, as for an HTTP error
		throw new Error(`无法读取数据文件 ${dataFolder}/${path}（网络错误：${errorMessage(error)}）`);
	});
	if (!response.ok)
		throw new Error(`无法读取数据文件 ${dataFolder}/${path}（HTTP ${response.status}）`);
	return response;
}

const readShipped: ReadBytes = async (path) =>
	new Uint8Array(await (await fetchOk(path)).arrayBuffer());

/** The import machinery writes Arrow (apache-arrow, ~200 KB): fetched only when imports are used. */
const importing = () => import('./importedData');
import type { TableDef, TypedRow } from '$lib/schema/types';

type Cached = Connector & { clear(): void };

/**
 * The browser's one DuckDB: started on first use (a shared promise, safe to ask for twice), loaded
 * from the site's own Arrow files, then the imports this browser committed, replayed in order.
 * `revision` counts data changes: views re-ask their queries when it moves.
 */
class Database {
	status = $state<'idle' | 'starting' | 'ready' | 'failed'>('idle');
	error = $state<string | null>(null);
	/** choices made before the engine was ready, not yet answered: the page says it is waiting */
	waiting = $state(0);
	/** the engine failed (out of wasm memory) and a fresh one replaced it: said once, on every view */
	restarted = $state(false);
	manifest = $state.raw<Manifest | null>(null);
	history = $state.raw<ImportRecord[]>([]);
	/** why the browser's store could not be read at all */
	storageError = $state<string | null>(null);
	/** saved imports that could not be applied on this load (kept in storage until removed) */
	failedReplays = $state.raw<{ record: ImportRecord; reason: string }[]>([]);
	/** entries of the browser's store that are not imports: set aside, named, removable */
	unreadable = $state.raw<UnreadableImport[]>([]);
	/** another tab changed the imported data since this one loaded */
	changedElsewhere = $state(false);
	revision = $state(0);
	#connector: Promise<Cached> | null = null;
	/** the engine alone, started before the page hydrates; its data waits for `get()` */
	#engine: Promise<Connector> | null = null;
	#whenReady: ((db: Connector) => void)[] = [];
	#changes: Promise<unknown> = Promise.resolve();
	#channel: BroadcastChannel | null = null;
	#replaced = 0;
	#derived: ReturnType<typeof derivedOnDemand> | null = null;

	/** the service's published version this page was rendered from; null in the static build */
	version: number | null = null;

	/**
	 * Load the Arrow files of the version the page was rendered from, never another: a page that
	 * arrives (by navigation) from a newer version than DuckDB holds reloads, so figures never mix.
	 */
	pinVersion(version: number): void {
		if (this.version === version) return;
		if (this.version !== null && this.status !== 'idle') {
			location.reload();
			return;
		}
		this.version = version;
		dataFolder = `data/v${version}`;
	}

	/**
	 * Begin the engine's download and compile, without its data (which waits for the page's
	 * version, `pinVersion`): called before the page hydrates, so the two overlap.
	 */
	prepareEngine(): void {
		if (this.#engine || typeof WebAssembly !== 'object') return;
		this.#engine = import('$lib/db/browserConnector').then((m) => m.createBrowserConnector());
		// a failure is reported by `get()`, which waits for this
		this.#engine.catch(() => {});
	}

	/** run `task` once DuckDB is ready, without starting it */
	whenReady(task: (db: Connector) => void): void {
		if (this.status === 'ready' && this.#connector) this.#connector.then(task);
		else this.#whenReady.push(task);
	}

	get(): Promise<Connector> {
		this.#connector ??= this.#start();
		return this.#connector;
	}

	/**
	 * A connection for the SQL console on an engine of its own, loaded with the same data and
	 * imports: a runaway query there never holds up a view, and closing it ends that engine at once,
	 * with whatever it was running (DuckDB-wasm cannot interrupt a query; its worker can be ended).
	 */
	async openSession(): Promise<Session> {
		await this.get();
		const { createBrowserConnector } = await import('$lib/db/browserConnector');
		const engine = await createBrowserConnector();
		try {
			const history = this.history;
			const { applyImport } = history.length > 0 ? await importing() : { applyImport: null };
			await loadDataset(engine, this.manifest!, readShipped, async () => {
				for (const record of history) await applyImport!(engine, record);
			});
			const session = await engine.openSession();
			return { query: (sql) => session.query(sql), close: () => engine.close() };
		} catch (error) {
			await engine.close();
			throw error;
		}
	}

	/**
	 * A JSON file beside the data this page came from (a view rendered ahead); null when there is
	 * none (a year not on record, a file not found, no network).
	 */
	async dataJson<D>(path: string): Promise<D | null> {
		try {
			const response = await fetch(`${base}/${dataFolder}/${path}`);
			return response.ok ? ((await response.json()) as D) : null;
		} catch {
			return null;
		}
	}

	/** whether this browser holds imports: then DuckDB starts at once, as the pages must show them */
	async hasSavedImports(): Promise<boolean> {
		try {
			return (await readHistory(base)).records.length > 0;
		} catch {
			return false;
		}
	}

	/** The engine itself failed: a fresh one is started and loaded again, and the views re-ask. */
	#replace(): void {
		// an engine that fails again at once would only fail again: the page says so and stops there
		if (this.#replaced++ >= 2) return;
		const old = this.#connector;
		this.#connector = null;
		this.restarted = true;
		void old?.then((db) => db.close()).catch(() => {});
		void this.get()
			.then(() => this.revision++)
			.catch(() => {});
	}

	async #start(): Promise<Cached> {
		this.status = 'starting';
		try {
			if (typeof WebAssembly !== 'object') throw new Error('此浏览器不支持 WebAssembly');
			// the Arrow files download while the engine compiles
			const shipped = fetchOk(MANIFEST_FILE)
				.then((r) => r.json() as Promise<Manifest>)
				.then((manifest) => ({ manifest, files: prefetchFiles(manifest, readShipped) }));
			this.prepareEngine();
			const engine = this.#engine!;
			this.#engine = null;
			const [db, { manifest, files }] = await Promise.all([
				engine.then((raw) => {
					performance.mark('duckdb-started');
					this.#derived = derivedOnDemand(raw);
					return cachedConnector(watchedConnector(this.#derived, () => this.#replace()));
				}),
				shipped
			]);
			await loadDataset(
				db,
				manifest,
				(path) => files.get(path) ?? readShipped(path),
				() => this.#replay(db),
				{ derived: false }
			);
			this.manifest = manifest;
			this.status = 'ready';
			// read by `npm run bench`, and by anyone profiling start-up in the browser's tools
			performance.mark('duckdb-ready');
			// the derived tables no view has asked for yet, before a reader's first question needs one
			void this.#derived?.buildAll().catch(() => {});
			this.#listen();
			for (const task of this.#whenReady.splice(0)) task(db);
			return db;
		} catch (error) {
			this.status = 'failed';
			this.error = errorMessage(error);
			throw error;
		}
	}

	async #replay(db: Cached): Promise<void> {
		let history: ImportRecord[];
		try {
			const stored = await readHistory(base);
			history = stored.records;
			this.unreadable = stored.unreadable;
		} catch (error) {
			this.storageError = errorMessage(error);
			return;
		}
		if (history.length === 0) return;
		const { applyImport } = await importing();
		const failed: { record: ImportRecord; reason: string }[] = [];
		for (const record of history) {
			try {
				await applyImport(db, record);
			} catch (error) {
				failed.push({ record, reason: errorMessage(error) });
			}
		}
		db.clear();
		this.history = history.filter((r) => !failed.some((f) => f.record === r));
		this.failedReplays = failed;
		this.revision++;
	}

	#listen(): void {
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(HISTORY_CHANNEL);
		this.#channel.onmessage = (event) => {
			if (event.data?.base === base) this.changedElsewhere = true;
		};
	}

	/** The loaded rows a checked file's rows name by key, for the values it leaves blank (nothing changes). */
	publishedMatches(table: TableDef, rows: ImportRows): Promise<TypedRow[]> {
		return this.#serial(async (db) =>
			(await import('./publishedMatches')).publishedMatches(db, table, rows)
		);
	}

	/** What committing these rows would change; nothing changes. */
	previewImport(table: string, rows: ImportRows): Promise<ImportChange[]> {
		return this.#serial(async (db) => (await importing()).previewImport(db, table, rows));
	}

	/**
	 * A change made here must not undo one made in another tab: if another tab has changed the
	 * imports since this one loaded (it said so, or the storage no longer matches), refuse.
	 */
	async #refuseIfChangedElsewhere(): Promise<void> {
		const ids = (records: ImportRecord[]) =>
			records
				.map((r) => r.id)
				.sort()
				.join();
		const stored = await readHistory(base).then(
			(read) => ids(read.records),
			() => null
		);
		const same = stored === ids([...this.history, ...this.failedReplays.map((f) => f.record)]);
		if (!same) this.changedElsewhere = true;
		if (this.changedElsewhere)
			throw new Error(
				'另一个标签页已修改本浏览器导入的数据；为免覆盖它的导入，请先刷新本页，再导入或撤销'
			);
	}

	/** Commit checked rows: one transaction in DuckDB, then saved; if saving fails it is taken back. */
	commitImport(record: Omit<ImportRecord, 'id' | 'at'>): Promise<ImportRecord> {
		return this.#change(async (db) => {
			await this.#refuseIfChangedElsewhere();
			await (await importing()).applyImport(db, record);
			const saved: ImportRecord = { ...record, id: importId(), at: new Date().toISOString() };
			try {
				await addImport(base, saved);
			} catch (error) {
				await this.#rebuild(db, record.table, this.history);
				throw new Error(`无法保存到浏览器存储（${errorMessage(error)}），本次导入已撤回`, {
					cause: error
				});
			}
			this.history = [...this.history, saved];
			return saved;
		});
	}

	/** Take back the last import: its table is reloaded as shipped and the earlier imports replayed. */
	undoLast(): Promise<ImportRecord | undefined> {
		return this.#change(async (db) => {
			const last = this.history.at(-1);
			if (last) await this.#takeBack(db, last);
			return last;
		});
	}

	/** Take back one import, wherever it is in the list (one that could not be applied, say). */
	removeImport(record: ImportRecord): Promise<void> {
		return this.#change((db) => this.#takeBack(db, record));
	}

	async #takeBack(db: Cached, record: ImportRecord): Promise<void> {
		await this.#refuseIfChangedElsewhere();
		const history = this.history.filter((r) => r.id !== record.id);
		await removeImports(base, [record]);
		await this.#rebuild(db, record.table, history);
		this.history = history;
		this.failedReplays = this.failedReplays.filter((f) => f.record.id !== record.id);
	}

	/** Remove an entry of the store that is not an import; nothing loaded changes. */
	async discardUnreadable(entry: UnreadableImport): Promise<void> {
		await removeUnreadable([entry.key]);
		this.unreadable = this.unreadable.filter((u) => u.key !== entry.key);
	}

	/** Forget every import: the site's own data again. */
	resetToShipped(): Promise<void> {
		return this.#change(async (db) => {
			const tables = new Set(this.history.map((r) => r.table));
			const stored = await readHistory(base);
			await removeImports(base, stored.records);
			await removeUnreadable(stored.unreadable.map((u) => u.key));
			this.unreadable = [];
			for (const table of tables) await this.#rebuild(db, table, []);
			this.history = [];
		});
	}

	async #rebuild(db: Cached, table: string, history: ImportRecord[]): Promise<void> {
		const { applyImport, restoreTable } = await importing();
		await restoreTable(db, this.manifest!, readShipped, table);
		for (const record of history.filter((r) => r.table === table)) await applyImport(db, record);
	}

	/** Previews and changes share the staging table, so they run one at a time. */
	#serial<T>(task: (db: Cached) => Promise<T>): Promise<T> {
		const run = this.#changes.then(async () => task((await this.get()) as Cached));
		this.#changes = run.catch(() => {});
		return run;
	}

	/** After a change, derived tables, the answer cache, the views and the other tabs follow. */
	#change<T>(task: (db: Cached) => Promise<T>): Promise<T> {
		return this.#serial(async (db) => {
			let changed = false;
			try {
				const result = await task(db);
				changed = true;
				return result;
			} finally {
				this.#derived?.stale();
				db.clear();
				this.revision++;
				// a refused change changed nothing: the other tabs must not think otherwise
				if (changed) this.#channel?.postMessage({ base });
			}
		});
	}
}

export const database = new Database();
