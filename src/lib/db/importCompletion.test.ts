import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { checkFile, hasErrors } from '$lib/ingest/checkFile';
import { DEFAULT_GRADE_THRESHOLDS } from '$lib/schema/rules';
import type { TypedRow } from '$lib/schema/types';
import { formatIssue } from '$lib/schema/validate';
import { completeFromPublished } from './importCompletion';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

/** a file checked as the page checks it, then completed from the fixture's published rows */
async function checkAndComplete(name: string, text: string) {
	const divisions = await fixture.db.query<TypedRow>('SELECT * FROM divisions');
	const context = { gradeThresholds: DEFAULT_GRADE_THRESHOLDS, divisions, keepPublished: true };
	const check = await checkFile(name, new TextEncoder().encode(text), context);
	if (hasErrors(check) || !check.table) return { check, completed: null };
	const completed = await completeFromPublished(
		fixture.db,
		{ file: name, table: check.table, rows: check.rows, rowNumbers: check.rowNumbers },
		context
	);
	return { check, completed };
}

describe('a status update list by code, without 试点批次', () => {
	// the fixture: 430121100003 新桥村 建设中 since 2023-05-01, batch 2; 430121100004 not started
	const LIST = `统计用区划代码,建设状态,验收时间
430121100003,验收通过,2024-06-18
430121100004,验收通过,2024-07-01
`;

	test('keeps a published row’s batch, and asks a new row for its own', async () => {
		const { check, completed } = await checkAndComplete('状态更新.csv', LIST);
		expect(check.issues.map(formatIssue)).toEqual([
			'状态更新.csv「试点批次」：文件没有此列：已发布的行沿用已发布的值，新增的行须填写'
		]);
		expect(completed!.rows).toEqual([
			expect.objectContaining({
				village_code: '430121100003',
				status: '验收通过',
				status_date: '2024-06-18',
				accepted_date: '2024-06-18',
				pilot_batch: 2
			})
		]);
		expect(completed!.issues.map(formatIssue)).toEqual([
			'状态更新.csv 第3行「试点批次」：为空：已发布的数据中没有此行，新增的行须填写'
		]);
	});

	test('still names a bad value in the same list (the month 13)', async () => {
		const { check } = await checkAndComplete(
			'状态更新.csv',
			`统计用区划代码,建设状态,验收时间\n430121100003,验收通过,2024-13-01\n`
		);
		expect(check.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
			'状态更新.csv 第2行「验收时间」：“2024-13-01” 不是有效日期（如 2023-11-05）'
		]);
	});
});

describe('a digitization update that leaves columns blank', () => {
	test('takes the published values and runs the cross-column rules on the whole row', async () => {
		// 县馆 2023: holdings 1000, digitized 200, copy 1024 GB
		const text = `年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）
2023,县馆,430121,,1500,
2023,新馆,430181,500,100,
`;
		const { completed } = await checkAndComplete('更新.csv', text);
		expect(completed!.issues.map(formatIssue)).toEqual([
			'更新.csv 第2行「已数字化」：“1500” 超过馆藏档案 1000',
			'更新.csv 第3行「数字化副本」：为空：已发布的数据中没有此行，新增的行须填写'
		]);
		expect(completed!.rows).toEqual([]);
	});
});
