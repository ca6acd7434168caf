import { describe, expect, test } from 'vitest';
import { assessments, digitization, villageRooms } from './tables';
import { formatIssue, validateSheet, type Sheet } from './validate';

const sheet = (headers: string[], rows: string[][], headerRow = 1): Sheet => ({
	file: '考核.csv',
	headers,
	rows,
	headerRow
});
const HEADERS = ['年度', '单位名称', '类别', '得分', '等次', '数据性质', '来源'];

describe('validateSheet', () => {
	test('Chinese header variants map to the columns and values are normalised', () => {
		const result = validateSheet(
			assessments,
			sheet(
				[
					'统计年度',
					'被考核单位',
					'单位类别',
					'考核得分（分）',
					'考核等次',
					'数据性质',
					'资料来源'
				],
				[['２０２３年', ' 市教育局 ', '市直机关', '95.5分', '', 'sample', '示例']]
			)
		);
		expect(result.issues).toEqual([]);
		expect(result.rows).toEqual([
			{
				year: 2023,
				unit: '市教育局',
				sector: '市直机关',
				adcode: null,
				score: 95.5,
				grade: null,
				provenance: 'sample',
				source: '示例'
			}
		]);
	});

	test('an error names the file, the spreadsheet row, the column as headed, the value and the rule', () => {
		const result = validateSheet(
			assessments,
			sheet(HEADERS, [['2023', '甲局', '市直机关', '105', '', 'sample', '示例']], 3)
		);
		expect(result.rows).toEqual([]);
		expect(result.issues.map(formatIssue)).toEqual(['考核.csv 第4行「得分」：“105” 超出 0–100']);
	});

	test('a missing required column stops the file and lists the accepted names', () => {
		const result = validateSheet(
			assessments,
			sheet(['年度', '单位', '类别'], [['2023', '甲局', '市直机关']])
		);
		expect(result.rows).toEqual([]);
		expect(result.issues.map(formatIssue)).toContain(
			'考核.csv「得分」：缺少必填列（可用列名：得分、总分、考核得分）'
		);
	});

	test('duplicates name both rows; 合计 rows are skipped with a warning; blank rows are ignored', () => {
		const result = validateSheet(
			assessments,
			sheet(HEADERS, [
				['2023', '甲局', '市直机关', '91', '', 'sample', '示例'],
				['', '', '', '', '', '', ''],
				['2023', '甲局', '市直机关', '92', '', 'sample', '示例'],
				['合计', '', '', '183', '', '', '']
			])
		);
		expect(result.rows).toHaveLength(1);
		expect(result.issues.map((i) => [i.severity, formatIssue(i)])).toEqual([
			['error', '考核.csv 第4行：“2023 / 甲局” 与第2行重复（年度＋单位相同）'],
			['warning', '考核.csv 第5行：合计/小计行，已跳过']
		]);
	});

	test('a grade that contradicts the score is a warning, and the row is kept', () => {
		const result = validateSheet(
			assessments,
			sheet(HEADERS, [['2023', '甲局', '市直机关', '75', '优秀', 'sample', '示例']])
		);
		expect(result.rows).toHaveLength(1);
		expect(result.issues).toMatchObject([{ severity: 'warning', row: 2, column: '等次' }]);
	});

	test('digitized may not exceed holdings', () => {
		const result = validateSheet(digitization, {
			file: 'd.csv',
			headerRow: 1,
			headers: [
				'年度',
				'档案馆',
				'区划代码',
				'馆藏档案（卷件）',
				'已数字化（卷件）',
				'数字化副本（GB）',
				'数据性质',
				'资料来源'
			],
			rows: [['2023', '市馆', '430100', '1.2万', '1.3万', '10', 'sample', '示例']]
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'd.csv 第2行「已数字化（卷件）」：“13000” 超过馆藏档案 12000'
		]);
	});

	test('an accepted room needs its acceptance date', () => {
		const result = validateSheet(villageRooms, {
			file: 'v.csv',
			headerRow: 1,
			headers: ['村代码', '状态', '状态日期', '验收日期', '试点批次', '数据性质', '资料来源'],
			rows: [['430121100001', '验收通过', '2023年5月1日', '', '1', 'sample', '示例']]
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'v.csv 第2行「验收日期」：状态为「验收通过」时必填'
		]);
	});
});

describe('names that start like a formula', () => {
	test('are imported with a warning naming the cell; numbers and ordinary names are not', () => {
		const result = validateSheet(
			assessments,
			sheet(HEADERS, [
				['2024', '=HYPERLINK("http://x","y")', '市直机关', '90', '', 'official', '考核通报'],
				['2024', '@SUM(1)', '市直机关', '-0', '', 'official', '考核通报'],
				['2024', '市档案局', '市直机关', '88', '', 'official', '考核通报']
			])
		);
		expect(result.rows).toHaveLength(3);
		expect(result.issues.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([
			['warning', 2, '单位名称', '=HYPERLINK("http://x","y")'],
			['warning', 3, '单位名称', '@SUM(1)']
		]);
		expect(formatIssue(result.issues[0])).toContain('Excel 或 WPS 会当作公式');
	});
});
