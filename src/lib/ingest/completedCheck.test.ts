import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureDataset } from '../../../tests/fixtures/openFixture';
import { publishedMatches } from '$lib/dataset/publishedMatches';
import { DEFAULT_GRADE_THRESHOLDS } from '$lib/schema/rules';
import type { TypedRow } from '$lib/schema/types';
import { formatIssue } from '$lib/schema/validate';
import { checkFile, hasErrors } from './checkFile';
import { completedCheck } from './completedCheck';

let fixture: Awaited<ReturnType<typeof openFixtureDataset>>;
beforeAll(async () => {
	fixture = await openFixtureDataset();
});
afterAll(() => fixture.close());

/**
 * A file checked as the page checks it, then completed from the fixture's published rows; `looked`
 * holds the row numbers of the rows sent to be looked up.
 */
async function checkAndComplete(name: string, text: string) {
	const divisions = await fixture.db.query<TypedRow>('SELECT * FROM divisions');
	const context = { gradeThresholds: DEFAULT_GRADE_THRESHOLDS, divisions, keepPublished: true };
	const check = await checkFile(name, new TextEncoder().encode(text), context);
	const looked: number[][] = [];
	const completed = await completedCheck(check, context, (table, rows) => {
		looked.push(rows.map((row) => check.rows.indexOf(row)).map((i) => check.rowNumbers[i]));
		return publishedMatches(fixture.db, table, rows);
	});
	return { check, completed: hasErrors(check) ? null : completed, looked };
}

describe('a status update list by code, without 试点批次', () => {
	// the fixture: 430121100003 新桥村 建设中 since 2023-05-01, batch 2; 430121100004 not started
	const LIST = `统计用区划代码,建设状态,验收时间
430121100003,验收通过,2024-06-18
430121100004,验收通过,2024-07-01
`;

	test('asks a new row for its own batch', async () => {
		const { check, completed } = await checkAndComplete('状态更新.csv', LIST);
		expect(check.issues.map(formatIssue)).toEqual([
			'状态更新.csv「试点批次」：文件没有此列：已发布的行沿用已发布的值，新增的行须填写'
		]);
		expect(completed!.issues.map(formatIssue)).toEqual([
			'状态更新.csv「试点批次」：文件没有此列：已发布的行沿用已发布的值，新增的行须填写',
			'状态更新.csv 第3行「试点批次」：为空：已发布的数据中没有此行，新增的行须填写'
		]);
		expect(completed!.rows).toEqual([]);
	});

	test('keeps a published row’s batch', async () => {
		const { completed } = await checkAndComplete(
			'状态更新.csv',
			LIST.split('\n').slice(0, 2).join('\n')
		);
		expect(completed!.rows).toEqual([
			expect.objectContaining({
				village_code: '430121100003',
				status: '验收通过',
				status_date: '2024-06-18',
				accepted_date: '2024-06-18',
				pilot_batch: 2
			})
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

describe('a file mixing full rows and rows with blanks', () => {
	// the fixture's 县馆 2023: holdings 1000, digitized 200, copy 1024 GB
	const FILE = `年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）,电子档案（GB）,数字化页数
2023,新馆,430181,500,100,50,1,10
2023,县馆,430121,,300,,1,10
2022,新馆,430181,400,80,40,1,10
`;

	test('only the rows with blanks are looked up, and the file keeps its order', async () => {
		const { completed, looked } = await checkAndComplete('更新.csv', FILE);
		expect(looked).toEqual([[3]]);
		expect(completed!.rowNumbers).toEqual([2, 3, 4]);
		expect(completed!.rows.map((r) => [r.archive, r.year, r.holdings, r.digitized])).toEqual([
			['新馆', 2023, 500, 100],
			['县馆', 2023, 1000, 300],
			['新馆', 2022, 400, 80]
		]);
	});

	test('a file of full rows looks nothing up', async () => {
		const full = FILE.replace('2023,县馆,430121,,300,,', '2023,县馆,430121,900,300,60,');
		const { completed, looked } = await checkAndComplete('更新.csv', full);
		expect(looked).toEqual([]);
		expect(completed!.rows).toHaveLength(3);
	});
});
