import type { Connector } from './connector';

/**
 * Remembers each query's answer until the data changes: a year change then re-runs only the queries
 * that depend on the year (the KPI series, targets and milestones are answered from memory).
 */
export function cachedConnector(db: Connector): Connector & { clear(): void } {
	const answers = new Map<string, Promise<object[]>>();
	return {
		query<T extends object>(sql: string): Promise<T[]> {
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
		close: () => db.close()
	};
}
