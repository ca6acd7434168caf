import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, type Manifest, type ManifestTable } from '../src/lib/dataset/manifest';
import { csvToSheet } from '../src/lib/ingest/csvSheet.ts';
import { checkReferences, type LoadedTable } from '../src/lib/schema/references.ts';
import { DEFAULT_GRADE_THRESHOLDS, type GradeThreshold } from '../src/lib/schema/rules.ts';
import { TABLES } from '../src/lib/schema/tables.ts';
import type { ValidationIssue } from '../src/lib/schema/types.ts';
import { manifestTable, tableFiles } from '../src/lib/server/datasetFiles.ts';
import { validateSheet } from '../src/lib/schema/validate.ts';

export interface CsvDataset {
	tables: Map<string, LoadedTable>;
	issues: ValidationIssue[];
}

/** Read and validate every table's CSV in `dir` with the same schema code the import page uses. */
export function readCsvDataset(dir: string): CsvDataset {
	const tables = new Map<string, LoadedTable>();
	const issues: ValidationIssue[] = [];
	let gradeThresholds: readonly GradeThreshold[] = DEFAULT_GRADE_THRESHOLDS;
	for (const table of TABLES) {
		const file = `${table.name}.csv`;
		const path = join(dir, file);
		if (!existsSync(path)) {
			issues.push({
				severity: 'error',
				file: path,
				row: null,
				column: null,
				value: null,
				rule: `缺少数据文件（表「${table.label}」）`
			});
			continue;
		}
		const result = validateSheet(table, csvToSheet(path, readFileSync(path, 'utf8')), {
			gradeThresholds
		});
		issues.push(...result.issues);
		tables.set(table.name, { file: path, rows: result.rows, rowNumbers: result.rowNumbers });
		if (table.name === 'grade_thresholds' && result.rows.length > 0) {
			gradeThresholds = result.rows.map((r) => ({
				grade: String(r.grade),
				min_score: Number(r.min_score)
			}));
		}
	}
	issues.push(...checkReferences(tables));
	return { tables, issues };
}

/** One Arrow IPC file per table (several for large ones) and a manifest with content hashes. */
export function writeArrowDataset(
	tables: Map<string, LoadedTable>,
	outDir: string,
	dataset: string
): Manifest {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const entries: ManifestTable[] = [];
	for (const table of TABLES) {
		const loaded = tables.get(table.name);
		if (!loaded) continue;
		const files = tableFiles(table, loaded.rows);
		for (const file of files) writeFileSync(join(outDir, file.entry.path), file.data);
		const sourceFile = loaded.file.split('/').slice(-2).join('/');
		entries.push(
			manifestTable(
				table,
				loaded.rows,
				files.map((f) => f.entry),
				sourceFile
			)
		);
	}
	const manifest: Manifest = { dataset, generatedAt: new Date().toISOString(), tables: entries };
	writeFileSync(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, '\t'));
	return manifest;
}
