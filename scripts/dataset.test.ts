import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Manifest } from '../src/lib/dataset/manifest';
import { formatIssue } from '../src/lib/schema/validate';
import { FIXTURE_DIR } from '../tests/fixtures/openFixture';
import { readCsvDataset, writeArrowDataset } from './dataset';

const temps: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'archives-build-'));
	temps.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fixtureCopy(edit: (dir: string) => void): string {
	const dir = tempDir();
	cpSync(FIXTURE_DIR, dir, { recursive: true });
	edit(dir);
	return dir;
}

function replaceIn(dir: string, file: string, from: string, to: string) {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(from);
	writeFileSync(path, text.replace(from, to));
}

describe('the data build', () => {
	test('writes one Arrow file per table and a manifest whose hashes match the files', () => {
		const { tables, issues } = readCsvDataset(FIXTURE_DIR);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		const out = tempDir();
		const manifest = writeArrowDataset(tables, out, 'fixture');
		const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
		expect(written.tables.map((t) => t.name)).toContain('village_rooms');
		const assessments = manifest.tables.find((t) => t.name === 'assessments')!;
		expect(assessments).toMatchObject({
			rows: 7,
			years: [2022, 2023],
			provenance: { sample: 6, official: 1 }
		});
		for (const file of written.tables.flatMap((t) => t.files)) {
			const bytes = readFileSync(join(out, file.path));
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
		}
	});

	test('an unknown village code is an error naming the row', () => {
		const dir = fixtureCopy((d) =>
			replaceIn(d, 'village_rooms.csv', '430181100001,', '430181100009,')
		);
		const messages = readCsvDataset(dir).issues.map(formatIssue);
		expect(messages).toContain(
			`${join(dir, 'village_rooms.csv')} 第5行「村代码」：“430181100009” 不在行政区划表（divisions）中`
		);
	});

	test('a bad value stops `npm run data` with file, row, column and rule, and writes nothing', () => {
		const dir = fixtureCopy((d) =>
			replaceIn(d, 'assessments.csv', '2023,乙局,市直机关,,85,', '2023,乙局,市直机关,,105,')
		);
		const out = join(tempDir(), 'data');
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildData.ts'], {
			env: { ...process.env, CSV_DIR: dir, OUT_DIR: out },
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			`错误 ${join(dir, 'assessments.csv')} 第6行「score」：“105” 超出 0–100`
		);
		expect(run.stderr).toContain('数据校验未通过：1 个错误，未生成数据文件。');
		expect(existsSync(out)).toBe(false);
	});
});
