import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '$lib/schema/validate';
import { checkFile, hasErrors } from './checkFile';
import { csvRows } from './csvRows';
import {
	columnLetters,
	FILE_LIMITS,
	LimitExceeded,
	rowLimits,
	xlsxSizeProblem
} from './fileLimits';

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = '年度,单位,类别,得分';

/** a valid assessment file, with `extra` columns of filler after the four it needs */
function wideFile(extra: number): string {
	const fill = (text: string) => Array.from({ length: extra }, () => text);
	return [
		[HEADER, ...fill('备注').map((h, i) => `${h}${i}`)].join(','),
		['2024,市委办公厅,市直机关,90', ...fill('x')].join(',')
	].join('\n');
}

const messages = async (name: string, text: string | Uint8Array) => {
	const check = await checkFile(name, typeof text === 'string' ? encode(text) : text);
	return check.issues.filter((i) => i.severity === 'error').map(formatIssue);
};

describe('the column limit', () => {
	it('takes a file of exactly 200 columns, with a warning for each it does not know', async () => {
		const check = await checkFile('宽.csv', encode(wideFile(FILE_LIMITS.columns - 4)));
		expect(hasErrors(check)).toBe(false);
		expect(check.rows).toHaveLength(1);
	});

	it('refuses 201 columns at once, naming the limit, the count and where', async () => {
		expect(await messages('宽.csv', wideFile(FILE_LIMITS.columns - 3))).toEqual([
			'宽.csv 第1行「GS」：有 201 列，超过 200 列的上限：统计表不会有这么多列，请确认选对了文件或工作表'
		]);
	});

	it('does not count empty columns after the last filled one', async () => {
		const text = `${HEADER}${','.repeat(5000)}\n2024,市委办公厅,市直机关,90${','.repeat(5000)}\n`;
		expect(await messages('尾随空列.csv', text)).toEqual([]);
	});

	it('refuses 10,000 columns in the time it takes to read the first row', async () => {
		const started = performance.now();
		expect((await messages('万列.csv', wideFile(10_000)))[0]).toMatch(/有 10004 列/);
		// not a timing test: reading all of it would have given 9,996 warnings instead
		expect(performance.now() - started).toBeLessThan(30_000);
	});
});

describe('the cell limits', () => {
	it('takes a 200-character name and refuses a 201-character one as the row error it is', async () => {
		const name = (n: number) => '档'.repeat(n);
		expect(await messages('长名.csv', `${HEADER}\n2024,${name(200)},市直机关,90\n`)).toEqual([]);
		const [message] = await messages('长名.csv', `${HEADER}\n2024,${name(201)},市直机关,90\n`);
		expect(message).toBe(
			`长名.csv 第2行「单位」：“${'档'.repeat(40)}…” 有 201 个字，超过 200 个字的上限`
		);
	});

	it('refuses a cell past 2,000 characters wherever it is, naming row and column', async () => {
		const cell = (n: number) => 'x'.repeat(n);
		const text = (n: number) => `${HEADER},备注\n2024,市委办公厅,市直机关,90,${cell(n)}\n`;
		expect(await messages('长格.csv', text(FILE_LIMITS.cellChars))).toEqual([]);
		expect(await messages('长格.csv', text(FILE_LIMITS.cellChars + 1))).toEqual([
			'长格.csv 第2行「E」：单元格有 2001 个字符，超过 2000 个字符的上限'
		]);
	});
});

describe('the row limit', () => {
	it('stops reading at the first row past the limit (a million data rows pass)', () => {
		const limits = rowLimits();
		let passed = 0;
		for (let i = 0; i < FILE_LIMITS.rows; i++) if (limits.row(['1']) === null) passed++;
		expect(passed).toBe(FILE_LIMITS.rows);
		expect(limits.row(['1'])).toMatchObject({
			row: FILE_LIMITS.rows + 1,
			rule: expect.stringMatching(/超过 110万行的上限/)
		});
	});

	it('is applied while a CSV is parsed', () => {
		const text = '1\n'.repeat(FILE_LIMITS.rows + 1);
		expect(() => csvRows(text, undefined, rowLimits().row)).toThrow(LimitExceeded);
		expect(csvRows('1\n'.repeat(1000), undefined, rowLimits().row)).toHaveLength(1000);
	});
});

/** a workbook whose zip directory declares its sheet this many bytes unpacked */
function workbookDeclaring(unpacked: number): Uint8Array {
	const zip = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
	const view = new DataView(zip.buffer);
	for (let i = zip.length - 22; i >= 0; i--) {
		if (view.getUint32(i, true) === 0x02014b50) {
			view.setUint32(i + 24, unpacked, true);
			break;
		}
	}
	return zip;
}

describe('the unpacked size of an .xlsx', () => {
	it('is read from the zip directory, before anything is unpacked', () => {
		expect(xlsxSizeProblem(workbookDeclaring(FILE_LIMITS.xlsxUnpackedBytes))).toBeNull();
		expect(xlsxSizeProblem(workbookDeclaring(FILE_LIMITS.xlsxUnpackedBytes + 1))).toMatch(
			/解压后有 256 MB，超过 256 MB 的上限（文件过大，不是损坏）/
		);
	});

	it('refuses a workbook that would unpack to 2 GB as too large, not as damaged', async () => {
		const [message] = await messages('炸弹.xlsx', workbookDeclaring(2 * 1024 ** 3));
		expect(message).toMatch(/^炸弹\.xlsx：解压后有 2048 MB，超过 256 MB 的上限/);
	});
});

describe('a CSV mixing encodings', () => {
	const gbk = readFileSync(
		new URL('../../../tests/fixtures/imports/2024年市直机关考核结果_GBK.csv', import.meta.url)
	);

	it('is refused, naming a line of each', async () => {
		const utf8 = encode(`${HEADER}\n2024,市委办公厅,市直机关,90\n`);
		const [message] = await messages('拼接.csv', new Uint8Array([...utf8, ...gbk]));
		expect(message).toMatch(/^拼接\.csv：混用了两种编码：第1行等是 UTF-8，第3行等是 GBK/);
	});

	it('is not said of a file all in GBK', async () => {
		expect(await messages('全GBK.csv', new Uint8Array(gbk))).toEqual([]);
	});
});

describe('columnLetters', () => {
	it('names columns as Excel does', () => {
		expect([1, 26, 27, 52, 201, 16384].map(columnLetters)).toEqual([
			'A',
			'Z',
			'AA',
			'AZ',
			'GS',
			'XFD'
		]);
	});
});
