import { ident, sqlInt, sqlString } from './sql';

/**
 * The console's query, a temporary view in its own connection: its first page is read from the
 * view at once (a scan of 620,000 rows streams its first 50), while the whole answer is stored in
 * `CONSOLE_RESULT`, which every later page, order, search, chart and export reads.
 */
export const CONSOLE_QUERY = 'console_query';
export const CONSOLE_RESULT = 'console_result';
type Source = typeof CONSOLE_QUERY | typeof CONSOLE_RESULT;

/** statements that only read, the first word of anything the console runs */
export const READING_STATEMENTS = [
	'SELECT',
	'WITH',
	'FROM',
	'VALUES',
	'TABLE',
	'DESCRIBE',
	'SUMMARIZE',
	'SHOW',
	'PIVOT',
	'UNPIVOT'
] as const;

export type ConsoleCheck =
	| { ok: true; sql: string }
	| { ok: false; reason: 'empty' }
	| { ok: false; reason: 'writes'; keyword: string };

/** the text without leading comments, blank space and opening parentheses, and trailing `;` */
function trimmed(text: string): { head: string; body: string } {
	const body = text.replace(/[\s;]+$/, '');
	const head = body.replace(/^(\s|--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/|\()+/, '');
	return { head, body };
}

/**
 * Whether the console will run a text. Only reading statements are run; the first word is checked
 * here for a plain message, and the text is then run inside `defineQuerySql`'s subquery as one
 * prepared statement, where anything but a single query is a syntax error: the guard does not rest
 * on this check.
 */
export function checkConsoleSql(text: string): ConsoleCheck {
	const { head, body } = trimmed(text);
	if (head === '') return { ok: false, reason: 'empty' };
	const keyword = (/^[A-Za-z_]+/.exec(head)?.[0] ?? head.slice(0, 12)).toUpperCase();
	if (!(READING_STATEMENTS as readonly string[]).includes(keyword))
		return { ok: false, reason: 'writes', keyword };
	return { ok: true, sql: body };
}

/** Defines a checked query as the console's view; the line break ends a `--` comment. */
export function defineQuerySql(sql: string): string {
	return `CREATE OR REPLACE TEMP VIEW ${CONSOLE_QUERY} AS FROM (\n${sql}\n)`;
}

/** Stores the whole answer; DuckDB answers with its row count, as `Count`. */
export function storeResultSql(): string {
	return `CREATE OR REPLACE TEMP TABLE ${CONSOLE_RESULT} AS FROM ${CONSOLE_QUERY}`;
}

export interface ResultColumn {
	name: string;
	type: string;
	numeric: boolean;
	/** DuckDB's statistics of the stored answer say its text holds no character beyond ASCII */
	asciiOnly?: boolean;
}

export function resultColumnsSql(): string {
	return `SELECT column_name AS name, column_type AS type FROM (DESCRIBE ${CONSOLE_QUERY})`;
}

/**
 * The statistics DuckDB keeps of each text column of the stored answer, read without a scan (at any
 * size); null when there is no text column.
 */
export function resultTextStatsSql(columns: ResultColumn[]): string | null {
	const text = columns.filter((c) => c.type === 'VARCHAR');
	if (text.length === 0) return null;
	const stats = text.map((c) => `stats(${ident(c.name)}) AS ${ident(c.name)}`).join(', ');
	return `SELECT ${stats} FROM ${CONSOLE_RESULT} LIMIT 1`;
}

/** the columns marked from their statistics (`Has Unicode: false`); an unread statistic marks nothing */
export function withTextStats(
	columns: ResultColumn[],
	stats: Record<string, unknown> | undefined
): ResultColumn[] {
	return columns.map((c) => ({
		...c,
		asciiOnly: /\bHas Unicode: false\b/.test(String(stats?.[c.name] ?? ''))
	}));
}

const NUMERIC =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?)$/;

export function isNumericType(type: string): boolean {
	return NUMERIC.test(type);
}

/** each column as the screen shows it: numbers as DOUBLE, everything else (dates, lists) as text */
function shown(columns: ResultColumn[]): string {
	return columns
		.map((c) => `${ident(c.name)}::${c.numeric ? 'DOUBLE' : 'VARCHAR'} AS ${ident(c.name)}`)
		.join(', ');
}

export interface ResultView {
	columns: ResultColumn[];
	/** a column name and direction; null keeps the query's own order */
	sort: { column: string; descending: boolean } | null;
	/** rows with this in any column's text */
	search: string;
}

/** types whose text is ASCII only (numbers, dates, times, true/false): no Chinese search is in it */
const ASCII_TEXT = /^(BOOLEAN|DATE|TIME.*|TIMESTAMP.*|INTERVAL|UUID)$/;

/**
 * Rows with the search in any column, column by column (joining each row's columns into one text
 * builds a string per row, far slower at national scale); letters match in either case, and text without case skips lower().
 * A search with Chinese skips the columns whose text it cannot be in: numbers, dates, and text that
 * DuckDB's statistics know to be ASCII only, such as codes: at national scale these are most of
 * a search's work.
 */
function where(view: ResultView): string {
	const needle = view.search.trim();
	if (needle === '' || view.columns.length === 0) return 'TRUE';
	const cased = needle.toLowerCase() !== needle.toUpperCase();
	const term = sqlString(cased ? needle.toLowerCase() : needle);
	const text = (c: ResultColumn) =>
		c.type === 'VARCHAR' ? ident(c.name) : `${ident(c.name)}::VARCHAR`;
	const ascii = /^[\x20-\x7e]*$/.test(needle);
	const searched = view.columns.filter(
		(c) => ascii || !(c.numeric || c.asciiOnly || ASCII_TEXT.test(c.type))
	);
	if (searched.length === 0) return 'FALSE';
	const tests = searched.map((c) => `contains(${cased ? `lower(${text(c)})` : text(c)}, ${term})`);
	return `(${tests.join(' OR ')})`;
}

function orderBy(view: ResultView): string {
	if (!view.sort || !view.columns.some((c) => c.name === view.sort!.column)) return '';
	return ` ORDER BY ${ident(view.sort.column)} ${view.sort.descending ? 'DESC' : 'ASC'} NULLS LAST`;
}

/** one page of the answer: paged in SQL, so 100,000 rows cost no more than 100 */
export function resultPageSql(
	view: ResultView,
	page: { offset: number; limit: number },
	source: Source = CONSOLE_RESULT
): string {
	return `SELECT ${shown(view.columns)} FROM ${source} WHERE ${where(view)}${orderBy(view)}
	LIMIT ${sqlInt(page.limit)} OFFSET ${sqlInt(page.offset)}`;
}

export function resultCountSql(view: ResultView): string {
	return `SELECT count(*)::INTEGER AS n FROM ${CONSOLE_RESULT} WHERE ${where(view)}`;
}

/** every row, for the CSV and Excel files */
export function resultAllSql(view: ResultView): string {
	return `SELECT ${shown(view.columns)} FROM ${CONSOLE_RESULT} WHERE ${where(view)}${orderBy(view)}`;
}

export interface ResultPoint {
	x: string | number;
	y: number | null;
}

export const CHART_MAX_BARS = 30;
export const CHART_MAX_POINTS = 2000;

/**
 * The columns a result is charted by: the ones chosen while they fit, else the first text column
 * across (or the first column) and the first other numeric column up; no chart without a number.
 */
export function chartAxes(
	columns: ResultColumn[],
	chosen: { x?: string | null; y?: string | null } = {}
): { x: ResultColumn | undefined; y: ResultColumn | null } {
	const x =
		columns.find((c) => c.name === chosen.x) ?? columns.find((c) => !c.numeric) ?? columns[0];
	const numeric = columns.filter((c) => c.numeric && c !== x);
	const y = numeric.find((c) => c.name === chosen.y) ?? numeric[0] ?? null;
	return { x, y };
}

/**
 * Two columns of the answer to chart: along a numeric x (a year) as a line, ordered by x, at most
 * CHART_MAX_POINTS; along a text x as bars, at most CHART_MAX_BARS, in the order the table shows.
 */
export function resultChartSql(view: ResultView, x: ResultColumn, y: ResultColumn): string {
	const order = x.numeric ? ` ORDER BY ${ident(x.name)}` : orderBy(view);
	const limit = x.numeric ? CHART_MAX_POINTS : CHART_MAX_BARS;
	return `SELECT ${ident(x.name)}::${x.numeric ? 'DOUBLE' : 'VARCHAR'} AS x, ${ident(y.name)}::DOUBLE AS y
	FROM ${CONSOLE_RESULT} WHERE ${where(view)}${order} LIMIT ${sqlInt(limit)}`;
}

export interface SchemaColumn {
	table_name: string;
	column_name: string;
	data_type: string;
	kind: 'table' | 'view';
}

/** the loaded tables and views with their columns and DuckDB types, for the schema browser */
export function schemaSql(): string {
	return `SELECT c.table_name, c.column_name, c.data_type,
		CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS kind
	FROM duckdb_columns() c LEFT JOIN duckdb_views() v
		ON v.view_name = c.table_name AND v.schema_name = c.schema_name AND NOT v.internal
	WHERE c.schema_name = 'main' AND NOT c.internal AND c.database_name = current_database()
	ORDER BY c.table_name, c.column_index`;
}
