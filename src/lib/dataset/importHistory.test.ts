import { describe, expect, test } from 'vitest';
import { recordProblem } from './importHistory';

const good = {
	id: 'a1',
	file: '考核.csv',
	table: 'assessments',
	at: '2026-01-01T00:00:00.000Z',
	rows: new Uint8Array([1]),
	rowCount: 1,
	changes: []
};

describe('an entry read from the browser’s store', () => {
	test('an import record as this version writes it, or as earlier ones did, passes', () => {
		expect(recordProblem(good)).toBeNull();
		const legacy: Partial<typeof good> = { ...good, rows: undefined };
		delete legacy.rowCount;
		expect(recordProblem({ ...legacy, rows: [{ year: 2023 }] })).toBeNull();
	});

	test('anything else is named for what it is', () => {
		expect(recordProblem(42)).toBe('不是导入记录（number）');
		expect(recordProblem('x')).toBe('不是导入记录（string）');
		expect(recordProblem(null)).toBe('不是导入记录（null）');
		expect(recordProblem([good])).toBe('不是导入记录（数组）');
		expect(recordProblem({})).toBe('缺少或无效的字段 id');
		expect(recordProblem({ ...good, table: 'users' })).toBe('没有名为 users 的表');
		expect(recordProblem({ ...good, at: 'yesterday' })).toBe('时间无效：yesterday');
		expect(recordProblem({ ...good, rows: 'abc' })).toBe('行数据无效');
		expect(recordProblem({ ...good, rows: [1, 2] })).toBe('行数据无效');
		expect(recordProblem({ ...good, changes: undefined })).toBe('缺少或无效的字段 changes');
		expect(recordProblem({ ...good, rowCount: 'many' })).toBe('缺少或无效的字段 rowCount');
	});
});
