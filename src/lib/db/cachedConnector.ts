import type { Connector } from './connector';

/** Statements that only read; anything else (DROP, DELETE, BEGIN, CREATE…) may change an answer. */
const READ_ONLY = /^\s*(SELECT|WITH|FROM|DESCRIBE|SUMMARIZE|EXPLAIN|PRAGMA\s+table_info)\b/i;

/**
 * Remembers each read query's answer until the data changes: a year change then re-runs only the
 * queries that depend on the year (the KPI series, targets and milestones are answered from memory).
 * Any statement that is not a plain read, and any insert, forgets every answer.
 */
export function cachedConnector(db: Connector): Connector & { clear(): void } {
	const answers = new Map<string, Promise<object[]>>();
	return {
		query<T extends object>(sql: string): Promise<T[]> {
			if (!READ_ONLY.test(sql)) {
				answers.clear();
				return db.query<T>(sql);
			}
			let answer = answers.get(sql);
			if (!answer) {
				answer = db.query<T>(sql);
				answers.set(sql, answer);
				answer.catch(() => answers.delete(sql));
			}
			return answer as Promise<T[]>;
		},
		async insertArrowIpc(table, bytes, append) {
			answers.clear();
			await db.insertArrowIpc(table, bytes, append);
		},
		clear() {
			answers.clear();
		},
		openSession: () => db.openSession(),
		close: () => db.close()
	};
}
