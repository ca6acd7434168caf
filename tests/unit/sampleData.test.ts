import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCsvDataset } from '../../scripts/dataset';
import type { TypedRow } from '../../src/lib/schema/types';

const { tables, issues } = readCsvDataset('data');
const rows = (name: string): TypedRow[] => tables.get(name)!.rows;

/** The facts of shared/seed/FACTS.md, which the bundled data must carry exactly as official rows. */
describe('the bundled sample data', () => {
	test('validates without errors', () => {
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	test('长沙市档案馆 passed the 全国示范 test in 2020-11 with 95.79 (official)', () => {
		expect(rows('digital_archive_stages').filter((s) => s.stage === '全国示范')).toEqual([
			expect.objectContaining({
				archive: '长沙市档案馆',
				date: '2020-11',
				test_score: 95.79,
				provenance: 'official'
			})
		]);
	});

	test('长沙县档案馆, 浏阳市档案馆 and 市城建档案馆 are building digital archives (official)', () => {
		const building = rows('digital_archive_stages').filter(
			(s) => s.stage === '建设中' && s.provenance === 'official'
		);
		expect(building.map((s) => s.archive).sort()).toEqual(
			['浏阳市档案馆', '长沙县档案馆', '长沙市城建档案馆'].sort()
		);
	});

	test('village rooms completed: 长沙县 203, 浏阳市 138, 宁乡市 151, as official figures and in the rows', () => {
		const official = rows('official_figures').filter(
			(f) => f.indicator === 'village_rooms_completed'
		);
		expect(official.map((f) => [f.scope, f.year, f.value, f.provenance])).toEqual([
			['430121', 2023, 203, 'official'],
			['430181', 2023, 138, 'official'],
			['430182', 2023, 151, 'official']
		]);
		const accepted = (county: string) =>
			rows('village_rooms').filter(
				(r) =>
					String(r.village_code).startsWith(county) &&
					r.accepted_date !== null &&
					String(r.accepted_date) <= '2023-12-31'
			).length;
		expect([accepted('430121'), accepted('430181'), accepted('430182')]).toEqual([203, 138, 151]);
	});

	test('the denominators are the official division counts: 225, 326, 278; 1,649 in all', () => {
		const villages = rows('divisions').filter((d) => d.level === 'village');
		const count = (county: string) =>
			villages.filter((v) => String(v.code).startsWith(county)).length;
		expect([count('430121'), count('430181'), count('430182')]).toEqual([225, 326, 278]);
		expect(villages).toHaveLength(1649);
		expect(rows('divisions').filter((d) => d.level === 'county')).toHaveLength(9);
	});

	test('the pilot start and the case compilation are official milestones', () => {
		const official = rows('milestones').filter((m) => m.provenance === 'official');
		expect(official.map((m) => m.date)).toEqual(
			expect.arrayContaining(['2020-07', '2020-11', '2022', '2023'])
		);
	});

	test('every row that is not official says it is sample data', () => {
		for (const [name, table] of tables) {
			for (const row of table.rows) {
				if (row.provenance === undefined) continue;
				if (row.provenance !== 'official') {
					expect(row.provenance, name).toBe('sample');
					expect(String(row.source), name).toMatch(/示例/);
				}
			}
		}
	});

	test('the generator is deterministic: it writes data/ byte for byte again', () => {
		const out = mkdtempSync(join(tmpdir(), 'archives-sample-'));
		try {
			const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generateSample.ts'], {
				env: { ...process.env, CSV_DIR: out },
				encoding: 'utf8'
			});
			expect(run.status, run.stderr).toBe(0);
			for (const file of readdirSync('data').filter((f) => f.endsWith('.csv'))) {
				expect(readFileSync(join(out, file), 'utf8'), file).toBe(
					readFileSync(join('data', file), 'utf8')
				);
			}
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 60_000);
});
