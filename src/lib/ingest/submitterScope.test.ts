import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_THRESHOLDS } from '$lib/schema/rules';
import type { TypedRow } from '$lib/schema/types';
import { formatIssue } from '$lib/schema/validate';
import { checkFile, type ImportContext } from './checkFile';

const DIVISIONS: TypedRow[] = [
	{ code: '430121', name: '长沙县', level: 'county', kind: '县', parent_code: '4301' },
	{ code: '430181', name: '浏阳市', level: 'county', kind: '县级市', parent_code: '4301' },
	...['430121100001', '430121100002', '430181200001'].map((code) => ({
		code,
		name: `村${code.slice(-1)}`,
		level: 'village',
		kind: '村',
		parent_code: code.slice(0, 9)
	}))
];
const ARCHIVES = [
	{ archive: '长沙县档案馆', adcode: '430121' },
	{ archive: '浏阳市档案馆', adcode: '430181' }
];

const context = (scope: string | null): ImportContext => ({
	gradeThresholds: DEFAULT_GRADE_THRESHOLDS,
	divisions: DIVISIONS,
	archives: ARCHIVES,
	scope
});

async function errors(text: string, scope: string | null) {
	const check = await checkFile('报送.csv', new TextEncoder().encode(text), context(scope));
	return {
		rows: check.rows.length,
		errors: check.issues.filter((i) => i.severity === 'error').map(formatIssue)
	};
}

const DIGITIZATION = `年度,档案馆,区划代码,馆藏档案,已数字化,数字化副本（GB）
2024,长沙县档案馆,430121,1000,500,20
2024,浏阳市档案馆,430181,900,300,12
`;
const VILLAGES = `村代码,状态,状态日期,验收日期,试点批次
430121100001,验收通过,2024-05-01,2024-05-01,2
430181200001,建设中,2024-06-01,,2
`;
const STAGES = `档案馆,阶段,日期
长沙县档案馆,建设中,2024-03
未登记档案馆,规划,2024-01
`;

describe('a district submitter', () => {
	it('may send its own rows, and nothing is said', async () => {
		const own = DIGITIZATION.split('\n').slice(0, 2).join('\n');
		expect(await errors(own, '430121')).toEqual({ rows: 1, errors: [] });
	});

	it('is told of each row in another district, by row, column and its own district', async () => {
		expect(await errors(DIGITIZATION, '430121')).toEqual({
			rows: 0,
			errors: ['报送.csv 第3行「区划代码」：“430181” 不属于本账号负责的长沙县（430121）']
		});
		expect((await errors(VILLAGES, '430181')).errors).toEqual([
			'报送.csv 第2行「村代码」：“430121100001” 不属于本账号负责的浏阳市（430181）'
		]);
	});

	it('places an archive by the published 馆藏数字化 table, and says so when it cannot', async () => {
		expect((await errors(STAGES, '430121')).errors).toEqual([
			'报送.csv 第3行「档案馆」：“未登记档案馆” 不在已发布的馆藏数字化表中：请先报送该馆的馆藏数字化情况'
		]);
	});

	it('cannot send a table the city fills in', async () => {
		const scores = '年度,单位,类别,得分\n2024,长沙县,区县,90\n';
		expect((await errors(scores, '430121')).errors).toEqual([
			'报送.csv：「档案工作考核」由市档案局填报，本账号（长沙县（430121））不能提交；可提交的表：馆藏数字化、数字档案馆建设阶段、村级档案室'
		]);
	});
});

describe('archive names', () => {
	it('name the nearest known archive for a slip, as an error where it must exist', async () => {
		const stages = `档案馆,阶段,日期\n长沙县档安馆,建设中,2024-03\n`;
		expect((await errors(stages, '430121')).errors).toEqual([
			'报送.csv 第2行「档案馆」：“长沙县档安馆” 不在已发布的馆藏数字化表中；最接近的：长沙县档案馆'
		]);
		const check = await checkFile(
			'报送.csv',
			new TextEncoder().encode(DIGITIZATION.replace('2024,浏阳市档案馆', '2024,浏阳市档安馆')),
			context(null)
		);
		expect(check.issues.map(formatIssue)).toEqual([
			'报送.csv 第3行「档案馆」：“浏阳市档安馆” 是新的档案馆；与已有的「浏阳市档案馆」相近，如为同一馆请用已有名称'
		]);
		expect(check.rows).toHaveLength(2);
	});
});

describe('a digitization sheet with neither 区划代码 nor 所属区县', () => {
	it('places each archive where the published data has it, and says so', async () => {
		const text = `年度,档案馆,馆藏档案,已数字化,数字化副本（GB）\n2024,长沙县档案馆,1000,500,20\n`;
		const check = await checkFile('无代码.csv', new TextEncoder().encode(text), context('430121'));
		expect(check.rows.map((r) => [r.archive, r.adcode])).toEqual([['长沙县档案馆', '430121']]);
		expect(check.issues.map(formatIssue)).toEqual([
			'无代码.csv「区划代码」：文件没有此列，按「档案馆」的名称查得'
		]);
		const fresh = `年度,档案馆,馆藏档案,已数字化,数字化副本（GB）\n2024,星沙档案馆,1000,500,20\n`;
		expect((await errors(fresh, '430121')).errors).toEqual([
			'报送.csv 第2行「档案馆」：“星沙档案馆” 是新的档案馆，文件又没有区划代码或所属区县：请加上「区划代码」或「所属区县」列'
		]);
	});
});

describe('an archive submitter', () => {
	it('sends its own archive’s rows alone', async () => {
		expect((await errors(DIGITIZATION, '浏阳市档案馆')).errors).toEqual([
			'报送.csv 第2行「档案馆」：“长沙县档案馆” 不属于本账号负责的浏阳市档案馆'
		]);
		expect((await errors(VILLAGES, '浏阳市档案馆')).errors[0]).toMatch(
			/「村级档案室」由市档案局填报/
		);
	});
});

describe('the whole city (a publisher)', () => {
	it('sends every district’s rows', async () => {
		expect(await errors(DIGITIZATION, null)).toEqual({ rows: 2, errors: [] });
	});
});
