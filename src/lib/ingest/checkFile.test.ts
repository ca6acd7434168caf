import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_THRESHOLDS } from '$lib/schema/rules';
import { formatIssue } from '$lib/schema/validate';
import { checkFile, hasErrors } from './checkFile';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/imports/${name}`, import.meta.url)));

async function check(name: string, options = {}) {
	return checkFile(name, fixture(name), undefined, options);
}

describe('checkFile on files as offices save them', () => {
	it('reads a GBK CSV under a title row, skipping the 合计 row and the remark', async () => {
		const result = await check('2024年市直机关考核结果_GBK.csv');
		expect(result.format).toBe('GBK/GB18030');
		expect(result.table?.name).toBe('assessments');
		expect(result.headerRow).toBe(3);
		expect(hasErrors(result)).toBe(false);
		expect(result.rows.map((r) => [r.unit, r.score, r.grade, r.year])).toEqual([
			['市委办公厅', 96.5, '优秀', 2024],
			['市政府办公厅', 88, '良好', 2024],
			['市教育局', 91.25, '优秀', 2024],
			['市财政局', 72, '合格', 2024],
			['市人力资源和社会保障局', 79.5, null, 2024]
		]);
		expect(result.rowNumbers).toEqual([4, 5, 6, 7, 8]);
		expect(result.rows[0]).toMatchObject({
			provenance: 'official',
			source: '导入：2024年市直机关考核结果_GBK.csv'
		});
		expect(result.issues.map(formatIssue)).toEqual([
			'2024年市直机关考核结果_GBK.csv 第10行：合计/小计行，已跳过',
			'2024年市直机关考核结果_GBK.csv 第11行：“注：得分为百分制，等次按《考核办法》评定。” 表注行，已跳过'
		]);
	});

	it('reads the statistics sheet of a workbook with a merged two-row header and values in 万', async () => {
		const result = await check('2024年馆藏数字化统计.xlsx');
		expect(result.format).toBe('Excel');
		expect(result.sheetNames).toEqual(['填表说明', '统计表']);
		expect(result.sheet).toBe('统计表');
		expect(result.table?.name).toBe('digitization');
		expect(result.headerRow).toBe(4);
		expect(hasErrors(result)).toBe(false);
		expect(result.rows).toHaveLength(11);
		expect(result.rows[0]).toMatchObject({
			year: 2024,
			archive: '长沙市档案馆',
			adcode: '430100',
			holdings: 1352000,
			digitized: 1286000,
			digital_copy_gb: 20112.5
		});
		expect(result.rows[1].holdings).toBe(796000);
		expect(result.rowNumbers[0]).toBe(5);
		expect(result.issues.filter((i) => i.rule.includes('合计'))[0].row).toBe(16);
	});

	it('reads UTF-16 tab-separated text (Excel’s “Unicode text”)', async () => {
		const result = await check('市属企业考核_UTF16.txt');
		expect(result.format).toBe('UTF-16');
		expect(result.rows.map((r) => [r.unit, r.sector, r.score])).toEqual([
			['市属国有资产投资控股集团', '市属企业', 93],
			['长沙水业集团', '市属企业', 86.5]
		]);
	});

	it('refuses a file with bad values, naming each row and column, and keeps no rows', async () => {
		const result = await check('考核结果_有错误.csv');
		expect(result.rows).toEqual([]);
		const errors = result.issues.filter((i) => i.severity === 'error').map(formatIssue);
		expect(errors).toEqual([
			'考核结果_有错误.csv 第2行「得分」：“105” 超出 0–100',
			'考核结果_有错误.csv 第4行「得分」：“abc” 不是数字',
			'考核结果_有错误.csv 第5行：“2024 / 市教育局” 与第3行重复（年度＋单位相同）',
			'考核结果_有错误.csv 第6行「类别」：“市属机关” 应为 市直机关、市属企业、区县 之一'
		]);
		const warnings = result.issues.filter((i) => i.severity === 'warning');
		expect(warnings.map((w) => [w.row, w.column])).toEqual([[3, '等次']]);
	});
});

describe('checkFile on village lists that name villages instead of giving codes', () => {
	const context = async () => {
		const { readCsvDataset } = await import('../../../scripts/dataset');
		const { tables } = readCsvDataset('data');
		return { gradeThresholds: DEFAULT_GRADE_THRESHOLDS, divisions: tables.get('divisions')!.rows };
	};

	it('looks up each village code from 区县, 乡镇（街道） and 村（社区）', async () => {
		const name = '2024年宁乡市村级档案室验收名单.csv';
		const result = await checkFile(name, fixture(name), await context());
		expect(result.issues.map(formatIssue)).toEqual([
			`${name}「村代码」：文件没有此列，按「区县、乡镇（街道）、村（社区）」的名称查得`
		]);
		expect(result.rows.map((r) => [r.village_code, r.status, r.accepted_date])).toEqual([
			['430182105001', '验收通过', '2024-05-20'],
			['430182105220', '验收通过', '2024-06-03'],
			['430182118204', '验收通过', '2024-07-08'],
			['430182118210', '建设中', null]
		]);
	});

	it('takes the status date from 验收时间 when the list has no other date', async () => {
		const csv = [
			'区县,乡镇（街道）,村（社区）,建设状态,验收时间,批次',
			'宁乡市,黄材镇,龙泉村,验收通过,2024/7/8,5',
			'宁乡市,黄材镇,井冲村,建设中,,5'
		].join('\r\n');
		const result = await checkFile('名单.csv', new TextEncoder().encode(csv), await context());
		expect(result.rows).toEqual([]);
		expect(result.issues.map(formatIssue)).toEqual([
			'名单.csv「村代码」：文件没有此列，按「区县、乡镇（街道）、村（社区）」的名称查得',
			'名单.csv 第3行「状态日期」：为空：文件没有此列，取自「验收时间」，该行为空'
		]);
		const accepted = await checkFile(
			'名单.csv',
			new TextEncoder().encode(csv.split('\r\n').slice(0, 2).join('\r\n')),
			await context()
		);
		expect(accepted.rows.map((r) => [r.village_code, r.status_date, r.accepted_date])).toEqual([
			['430182118204', '2024-07-08', '2024-07-08']
		]);
	});

	it('refuses unknown names, once each, with the nearest known names', async () => {
		const name = '村级档案室名单_名称有误.csv';
		const result = await checkFile(name, fixture(name), await context());
		expect(result.rows).toEqual([]);
		expect(result.issues.map(formatIssue)).toEqual([
			'村级档案室名单_名称有误.csv「村代码」：文件没有此列，按「区县、乡镇（街道）、村（社区）」的名称查得',
			'村级档案室名单_名称有误.csv 第3行「乡镇（街道）」：“黄材乡” 不在宁乡市的乡镇（街道）中；最接近的：黄材镇',
			'村级档案室名单_名称有误.csv 第4行「村（社区）」：“涓水材” 不在宁乡市黄材镇的村（社区）中；最接近的：涓水村',
			'村级档案室名单_名称有误.csv 第5行「区县」：“宁乡县” 不在长沙市的区县中；最接近的：宁乡市'
		]);
	});
});

describe('checkFile refuses what it cannot read, with a message and no rows', () => {
	const refused = async (name: string, bytes: Uint8Array, pattern: RegExp) => {
		const result = await checkFile(name, bytes);
		expect(result.rows).toEqual([]);
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0].severity).toBe('error');
		expect(formatIssue(result.issues[0])).toMatch(pattern);
	};

	it('an empty file', () => refused('空.csv', new Uint8Array(), /^空\.csv：是空文件/));
	it('an old .xls', () =>
		refused(
			'旧表.xls',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
			/Excel 97–2003/
		));
	it('a picture renamed to .csv', () =>
		refused(
			'照片.csv',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
			/不是文本表格/
		));
	it('a broken workbook', () =>
		refused('坏.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /不是有效的 Excel/));
	it('a file with only a header', () =>
		refused('表头.csv', new TextEncoder().encode('年度,单位,类别,得分\r\n'), /只有表头（第1行）/));
	it('a file with no recognisable header', () =>
		refused('随笔.csv', new TextEncoder().encode('今天,天气,很好\n1,2,3\n'), /认不出是哪张表/));
	it('a file for the wrong table when the table is chosen', async () => {
		const result = await check('2024年市直机关考核结果_GBK.csv', { table: 'village_rooms' });
		expect(result.rows).toEqual([]);
		expect(formatIssue(result.issues[0])).toMatch(/找不到「村级档案室」的表头/);
	});
	it('a file over the size limit, without reading it', () =>
		refused('大.csv', new Uint8Array(65 * 1024 * 1024), /超过导入上限 64 MB/));
});

describe('checkFile on a district’s digitization sheet that names its 所属区县', () => {
	const context = async () => {
		const { readCsvDataset } = await import('../../../scripts/dataset');
		const { tables } = readCsvDataset('data');
		return { gradeThresholds: DEFAULT_GRADE_THRESHOLDS, divisions: tables.get('divisions')!.rows };
	};
	const sheet = (district: string) =>
		new TextEncoder().encode(
			`所属区县,档案馆名称,年度,馆藏档案（卷件）,已数字化（卷件）,数字化副本（GB）\n${district},浏阳市档案馆,2024,230000,160000,2100\n`
		);

	it('finds the 区划代码 from the name, whole or without its 市, and says so', async () => {
		for (const district of ['浏阳市', '浏阳']) {
			const result = await checkFile('浏阳.csv', sheet(district), await context());
			expect(result.rows.map((r) => [r.archive, r.adcode])).toEqual([['浏阳市档案馆', '430181']]);
			expect(result.issues.map(formatIssue)).toEqual([
				'浏阳.csv「区划代码」：文件没有此列，按「所属区县」的名称查得'
			]);
		}
	});

	it('names the nearest district for one it does not know', async () => {
		const result = await checkFile('浏阳.csv', sheet('刘阳市'), await context());
		expect(result.rows).toEqual([]);
		expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
			'浏阳.csv 第2行「所属区县」：“刘阳市” 不在长沙市的区县中；最接近的：浏阳市'
		]);
	});
});

describe('a file refused for its shape', () => {
	it('still names the errors in its rows, so all is fixed in one round', async () => {
		const text = `村代码,状态,验收日期
430182105001,验收通过,2024-13-01
430182105220,已验收,2024-06-03
`;
		const result = await checkFile('缺批次.csv', new TextEncoder().encode(text));
		expect(result.rows).toEqual([]);
		expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
			'缺批次.csv「试点批次」：看起来是「村级档案室」，但缺少必填列（可用列名：试点批次、批次）',
			'缺批次.csv 第2行「验收日期」：“2024-13-01” 不是有效日期（如 2023-11-05）',
			'缺批次.csv 第3行「状态」：“已验收” 应为 未启动、建设中、自查完成、验收通过、示范 之一'
		]);
	});

	it('names an unknown code among its rows too', async () => {
		const { readCsvDataset } = await import('../../../scripts/dataset');
		const divisions = readCsvDataset('data').tables.get('divisions')!.rows;
		const text = `村代码,状态,验收日期
430182105001,验收通过,2024-13-01
439999999999,验收通过,2024-06-03
430102001007,验收通过,2024-06-03
`;
		const result = await checkFile('缺批次.csv', new TextEncoder().encode(text), {
			gradeThresholds: DEFAULT_GRADE_THRESHOLDS,
			divisions
		});
		expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
			'缺批次.csv「试点批次」：看起来是「村级档案室」，但缺少必填列（可用列名：试点批次、批次）',
			'缺批次.csv 第2行「验收日期」：“2024-13-01” 不是有效日期（如 2023-11-05）',
			'缺批次.csv 第3行「村代码」：“439999999999” 不在行政区划表（divisions）中'
		]);
	});
});

describe('a file with a bad value', () => {
	it('also names an unknown code in another row, each row once', async () => {
		const { readCsvDataset } = await import('../../../scripts/dataset');
		const divisions = readCsvDataset('data').tables.get('divisions')!.rows;
		const text = `年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）
2024,甲馆,430121,abc,100,10
2024,乙馆,439999,1000,100,10
`;
		const result = await checkFile('数字化.csv', new TextEncoder().encode(text), {
			gradeThresholds: DEFAULT_GRADE_THRESHOLDS,
			divisions
		});
		expect(result.rows).toEqual([]);
		expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
			'数字化.csv 第2行「馆藏档案」：“abc” 不是数字',
			'数字化.csv 第3行「区划代码」：“439999” 不在行政区划表（divisions）中'
		]);
	});
});
