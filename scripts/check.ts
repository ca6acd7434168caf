/**
 * `npm run check -- FILE…`: check planners' files with the same code and messages as the 数据 page,
 * against the divisions and grade thresholds in data/ (or $CSV_DIR). Exit status 1 on any error.
 * Options: --json (one JSON document on stdout), --table NAME, --sheet NAME.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFile, hasErrors, refusal, type ImportContext } from '../src/lib/ingest/checkFile.ts';
import { sizeProblem } from '../src/lib/ingest/fileKind.ts';
import { verdict } from '../src/lib/ingest/verdict.ts';
import { DEFAULT_GRADE_THRESHOLDS } from '../src/lib/schema/rules.ts';
import { formatIssue } from '../src/lib/schema/validate.ts';
import { readCsvDataset } from './dataset.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		json: { type: 'boolean', default: false },
		table: { type: 'string' },
		sheet: { type: 'string' }
	}
});

if (positionals.length === 0) {
	console.error('用法：npm run check -- 文件… [--json] [--table 表名] [--sheet 工作表]');
	process.exit(2);
}

const { tables } = readCsvDataset(process.env.CSV_DIR ?? 'data');
const thresholds = tables.get('grade_thresholds')?.rows.filter((r) => r.scheme === 'default');
const context: ImportContext = {
	gradeThresholds: thresholds?.length
		? thresholds.map((r) => ({ grade: String(r.grade), min_score: Number(r.min_score) }))
		: DEFAULT_GRADE_THRESHOLDS,
	divisions: tables.get('divisions')?.rows ?? null
};

const reports = [];
let failed = false;
for (const path of positionals) {
	let tooBig: string | null;
	let bytes = new Uint8Array();
	try {
		// an oversized file is refused by its size alone, as on the page, without reading it
		tooBig = sizeProblem(statSync(path).size);
		if (!tooBig) bytes = new Uint8Array(readFileSync(path));
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '无法读取';
		console.error(`错误 ${path}：${reason}`);
		failed = true;
		continue;
	}
	const check = tooBig
		? refusal(basename(path), tooBig)
		: await checkFile(basename(path), bytes, context, {
				table: values.table,
				sheet: values.sheet
			});
	failed ||= hasErrors(check);
	if (values.json) {
		reports.push({
			file: path,
			format: check.format,
			sheet: check.sheet,
			table: check.table?.name ?? null,
			headerRow: check.headerRow,
			rows: check.rows.length,
			ok: !hasErrors(check),
			issues: check.issues.map((issue) => ({ ...issue, message: formatIssue(issue) }))
		});
	} else {
		console.log(verdict(check));
		for (const issue of check.issues) {
			console.log(`  ${issue.severity === 'error' ? '错误' : '警告'} ${formatIssue(issue)}`);
		}
	}
}
if (values.json) console.log(JSON.stringify(reports, null, 2));
process.exit(failed ? 1 : 0);
