import { COVERED_STATUSES, GRADES } from '$lib/schema/tables';
import { sqlList } from '$lib/queries/sql';
import type { Connector } from '$lib/db/connector';

/**
 * Tables and views every query builds on, built from the loaded tables (and again after an import):
 * all at load in Node and in the SQL console's engine, each when first asked in the views' engine
 * (`derivedOnDemand`). `assessments_graded` fills a blank grade from the thresholds, so no view ever recomputes
 * grades its own way, and says whether each unit's grade fell from the year before (consecutive
 * years only) and for how many years in a row it has.
 */
export const DERIVED_VIEWS: readonly string[] = [
	// a table, not a view: the grades and the islands of falls are worked out once per load
	`CREATE OR REPLACE TABLE assessments_graded AS
	WITH graded AS (
		SELECT a.* REPLACE (coalesce(a.grade, (
			SELECT t.grade FROM grade_thresholds t
			WHERE t.scheme = 'default' AND a.score >= t.min_score
			ORDER BY t.min_score DESC LIMIT 1)) AS grade),
			a.grade IS NULL AS grade_derived
		FROM assessments a
	), ranked AS (
		SELECT *, list_position([${sqlList(GRADES)}], grade) AS grade_rank FROM graded
	), falls AS (
		SELECT *, coalesce(grade_rank > lag(grade_rank) OVER w AND lag(year) OVER w = year - 1, FALSE) AS fell
		FROM ranked WINDOW w AS (PARTITION BY unit ORDER BY year)
	), runs AS (
		SELECT *, sum(CASE WHEN fell THEN 0 ELSE 1 END) OVER (PARTITION BY unit ORDER BY year) AS run
		FROM falls
	)
	SELECT * EXCLUDE (grade_rank, run),
		(row_number() OVER (PARTITION BY unit, run ORDER BY year) - 1)::INTEGER AS fall_streak
	FROM runs`,
	// tables, not views: built once per load, they keep year changes fast at 620,000 villages.
	// In code order, so a county's villages lie together: DuckDB then skips the rest of the table
	// (the join leaves them scattered): a county's list reads a stretch, not the whole table, for
	// a little more work at load
	`CREATE OR REPLACE TABLE village_units AS
	SELECT d.code, d.name, d.kind, d.parent_code AS township_code, left(d.code, 6) AS county_code,
		r.status, r.status_date, r.accepted_date, r.pilot_batch, r.provenance, r.source,
		coalesce(r.status IN (${sqlList(COVERED_STATUSES)}), FALSE) AS covered
	FROM divisions d LEFT JOIN village_rooms r ON r.village_code = d.code
	WHERE d.level = 'village'
	ORDER BY d.code`,
	/** village-level units per township and year of acceptance (null: not covered): coverage counts */
	`CREATE OR REPLACE TABLE village_tally AS
	SELECT county_code, township_code,
		CASE WHEN covered THEN year(accepted_date) END AS accepted_year, count(*) AS units
	FROM village_units GROUP BY ALL`,
	/** the same tally per county: what every county-level figure sums (26,000 rows, not 160,000) */
	`CREATE OR REPLACE TABLE county_tally AS
	SELECT county_code, accepted_year, sum(units)::BIGINT AS units FROM village_tally GROUP BY ALL`,
	/** counties and townships by name: 44,000 rows to look names up in, not 660,000 divisions */
	`CREATE OR REPLACE TABLE areas AS
	SELECT code, name, level, kind, parent_code FROM divisions WHERE level IN ('county', 'township')`,
	`CREATE OR REPLACE VIEW archive_stage_years AS
	SELECT *, TRY_CAST(left(date, 4) AS INTEGER) AS stage_year FROM digital_archive_stages`
];

/** the table or view a statement of `DERIVED_VIEWS` creates */
const createdName = (sql: string) => /CREATE OR REPLACE (?:TABLE|VIEW) (\w+)/.exec(sql)![1];

/** each statement with a test for its table's name, made once: every query of the views asks it */
const NAMED = DERIVED_VIEWS.map(
	(statement) => [statement, new RegExp(`\\b${createdName(statement)}\\b`)] as const
);

/** the statements of the derived tables `sql` names; all of them for a look at the catalog */
const statementsNamed = (sql: string) =>
	/\bduckdb_(?:columns|tables|views)\b|\binformation_schema\b/i.test(sql)
		? DERIVED_VIEWS
		: NAMED.filter(([, name]) => name.test(sql)).map(([statement]) => statement);

/**
 * A connector whose derived tables are built the first time a query names one (after those it is
 * built from), not at load: the engine answers once the shipped tables are in. `buildAll()` then
 * builds the rest in the background, before a reader's first question needs them. `stale()` after
 * the loaded tables change: each is built again when next asked.
 */
export function derivedOnDemand(
	db: Connector
): Connector & { stale(): void; buildAll(): Promise<void> } {
	let built = new Map<string, Promise<unknown>>();
	const build = (statement: string): Promise<unknown> => {
		const name = createdName(statement);
		if (!built.has(name)) {
			const own = built;
			const done = ensure(statement.replace(/^CREATE OR REPLACE \w+ \w+/, '')).then(() =>
				db.query(statement)
			);
			own.set(name, done);
			done.catch(() => own.delete(name));
		}
		return built.get(name)!;
	};
	const ensure = async (sql: string) => {
		for (const statement of statementsNamed(sql)) await build(statement);
	};
	return {
		async query<T extends object>(sql: string) {
			await ensure(sql);
			return db.query<T>(sql);
		},
		insertArrowIpc: (table, bytes, append) => db.insertArrowIpc(table, bytes, append),
		openSession: () => db.openSession(),
		close: () => db.close(),
		stale() {
			built = new Map();
		},
		/** every table not yet built, one statement at a time: a query asked meanwhile waits for one */
		async buildAll() {
			for (const statement of DERIVED_VIEWS) await build(statement);
		}
	};
}
