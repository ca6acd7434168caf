import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkFile } from '../src/lib/ingest/checkFile';
import { verdict } from '../src/lib/ingest/verdict';

const IMPORTS = 'tests/fixtures/imports';

function runCheck(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CSV_DIR: 'data' }
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check', () => {
	test('prints the page’s verdict and messages, and exits 0 for good files', async () => {
		const file = `${IMPORTS}/2024年市直机关考核结果_GBK.csv`;
		const { status, stdout } = runCheck(file);
		expect(status).toBe(0);
		const check = await checkFile('2024年市直机关考核结果_GBK.csv', readFileSync(file));
		expect(stdout.split('\n')[0]).toBe(verdict(check));
		expect(stdout).toContain('警告 2024年市直机关考核结果_GBK.csv 第10行：合计/小计行，已跳过');
	});

	test('exits 1 when any file has an error, and --json names every issue', () => {
		const { status, stdout } = runCheck(
			'--json',
			`${IMPORTS}/2024年馆藏数字化统计.xlsx`,
			`${IMPORTS}/考核结果_有错误.csv`
		);
		expect(status).toBe(1);
		const reports = JSON.parse(stdout);
		expect(
			reports.map((r: { table: string; ok: boolean; rows: number }) => [r.table, r.ok, r.rows])
		).toEqual([
			['digitization', true, 11],
			['assessments', false, 0]
		]);
		expect(reports[1].issues[0]).toMatchObject({
			severity: 'error',
			row: 2,
			column: '得分',
			value: '105',
			message: '考核结果_有错误.csv 第2行「得分」：“105” 超出 0–100'
		});
	});

	test('a missing file is an error, not a crash', () => {
		const { status, stderr } = runCheck('没有这个文件.csv');
		expect(status).toBe(1);
		expect(stderr).toContain('没有这个文件.csv：文件不存在');
	});
});
