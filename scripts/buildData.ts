/**
 * The data build: validate every CSV in data/ (or $CSV_DIR) with the app's own schema code, then write
 * Arrow IPC files and a manifest into static/data/ (or $OUT_DIR). Any error stops the build.
 */
import { formatIssue } from '../src/lib/schema/validate.ts';
import { readCsvDataset, writeArrowDataset } from './dataset.ts';

const dataDir = process.env.CSV_DIR ?? 'data';
const outDir = process.env.OUT_DIR ?? 'static/data';

const { tables, issues } = readCsvDataset(dataDir);
const errors = issues.filter((i) => i.severity === 'error');
for (const issue of issues.filter((i) => i.severity === 'warning').slice(0, 20)) {
	console.warn(`警告 ${formatIssue(issue)}`);
}
if (errors.length > 0) {
	for (const issue of errors.slice(0, 50)) console.error(`错误 ${formatIssue(issue)}`);
	if (errors.length > 50) console.error(`……另有 ${errors.length - 50} 个错误`);
	console.error(`数据校验未通过：${errors.length} 个错误，未生成数据文件。`);
	process.exit(1);
}
const manifest = writeArrowDataset(tables, outDir, dataDir);
const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
console.log(`数据已生成：${manifest.tables.length} 张表，${total} 行 → ${outDir}`);
