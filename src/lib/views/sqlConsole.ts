import type { ViewDefinition } from './viewDefinition';
import type { Connector, Row, Session } from '$lib/db/connector';
import {
	chartAxes,
	checkConsoleSql,
	CONSOLE_QUERY,
	defineQuerySql,
	isNumericType,
	resultColumnsSql,
	resultChartSql,
	resultPageSql,
	schemaSql,
	storeResultSql,
	type ResultColumn,
	type ResultPoint,
	type SchemaColumn
} from '$lib/queries/console';
import { CONSOLE_EXAMPLES } from '$lib/queries/consoleExamples';
import { provenanceSql, type ProvenanceCount } from '$lib/queries/provenance';
import { TABLES } from '$lib/schema/tables';

export const CONSOLE_PAGE_SIZE = 50;

/** a query's answer as the console first shows it */
export interface ConsoleAnswer {
	sql: string;
	columns: ResultColumn[];
	/** the first page */
	rows: Row[];
	total: number;
	/** its chart by the columns `chartAxes` picks first */
	chart: ResultPoint[];
}

export interface ConsoleData {
	schema: SchemaColumn[];
	/** over every table that records provenance: the console can read any of them */
	provenance: ProvenanceCount[];
}

/** Defines a text the console's check passed as its query; the columns of its answer, typed. */
export async function defineConsoleQuery(session: Session, sql: string): Promise<ResultColumn[]> {
	await session.query(defineQuerySql(sql));
	const columns = await session.query<{ name: string; type: string }>(resultColumnsSql());
	return columns.map((c) => ({ ...c, numeric: isNumericType(c.type) }));
}

/**
 * The console opens on the first example's answer, prerendered as every view's default state is:
 * it shows at once, and DuckDB takes it over when ready.
 */
export async function loadConsoleOpening(db: Connector): Promise<ConsoleAnswer> {
	const { sql } = CONSOLE_EXAMPLES[0];
	const check = checkConsoleSql(sql);
	if (!check.ok) throw new Error(`示例查询未通过检查：${sql}`);
	const session = await db.openSession();
	try {
		const columns = await defineConsoleQuery(session, check.sql);
		const view = { columns, sort: null, search: '' };
		const page = { offset: 0, limit: CONSOLE_PAGE_SIZE };
		const rows = await session.query(resultPageSql(view, page, CONSOLE_QUERY));
		const [{ Count }] = await session.query<{ Count: number }>(storeResultSql());
		const { x, y } = chartAxes(columns);
		const chart = x && y ? await session.query<ResultPoint>(resultChartSql(view, x, y)) : [];
		return { sql, columns, rows, total: Number(Count), chart };
	} finally {
		await session.close();
	}
}

export async function loadConsole(db: Connector): Promise<ConsoleData> {
	const withProvenance = TABLES.filter((t) => t.columns.some((c) => c.name === 'provenance'));
	const [schema, provenance] = await Promise.all([
		db.query<SchemaColumn>(schemaSql()),
		db.query<ProvenanceCount>(provenanceSql(withProvenance.map((t) => t.name)))
	]);
	return { schema, provenance };
}

/** the console's schema and provenance take no parameters; what the reader runs is not a view state */
export const consoleView: ViewDefinition<Record<string, never>, ConsoleData> = {
	read: () => ({}),
	fallback: {},
	load: loadConsole
};
