import { describe, expect, test } from 'vitest';
import { checkFile } from '$lib/ingest/checkFile';
import { assessments, digitization } from '$lib/schema/tables';
import { formatIssue } from '$lib/schema/validate';
import { headerOf } from './datasetFiles';
import { templateCsv } from './templates';

const example = {
	year: 2023,
	unit: '市委办公厅',
	sector: '市直机关',
	adcode: null,
	score: 95.79,
	grade: '优秀',
	provenance: 'sample',
	source: '示例数据'
};

describe('import templates', () => {
	test('head columns in Chinese with the unit in brackets', () => {
		expect(headerOf(digitization.columns.find((c) => c.name === 'holdings')!)).toBe(
			'馆藏档案（卷件）'
		);
		expect(templateCsv(digitization, []).split('\r\n')[0]).toContain(
			'序号,年度,档案馆,区划代码,馆藏档案（卷件）'
		);
	});

	test('the example row is skipped on import, and rows typed under it import', async () => {
		const template = templateCsv(assessments, [example]);
		const asIs = await checkFile('模板.csv', new TextEncoder().encode(template));
		expect(asIs.issues.map(formatIssue)).toEqual([
			'模板.csv：只有表头（第1行），没有数据行',
			'模板.csv 第2行：“示例” 模板示例行，已跳过'
		]);
		const filled = `${template}1,2024,市教育局,市直机关,,88,良好,official,2024年考核结果\r\n`;
		const result = await checkFile('模板.csv', new TextEncoder().encode(filled));
		expect(result.rows).toEqual([
			{
				year: 2024,
				unit: '市教育局',
				sector: '市直机关',
				adcode: null,
				score: 88,
				grade: '良好',
				provenance: 'official',
				source: '2024年考核结果'
			}
		]);
	});
});
