import { describe, expect, test } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	test('starts with a BOM, quotes commas and quotes, ends lines with CRLF', () => {
		const csv = toCsv(
			[
				{ label: '村（社区）', value: (r: { name: string; n: number | null }) => r.name },
				{ label: '数量', value: (r) => r.n }
			],
			[
				{ name: '光明村', n: 3 },
				{ name: '“新”村,一组', n: null }
			]
		);
		expect(csv).toBe('\uFEFF村（社区）,数量\r\n光明村,3\r\n"“新”村,一组",\r\n');
	});
});

describe('toCsv and formulas', () => {
	test('text a spreadsheet would run stays text; numbers, negative ones too, stay numbers', () => {
		const csv = toCsv(
			[
				{ label: '单位', value: (r: { unit: string; change: number }) => r.unit },
				{ label: '排名变化', value: (r) => r.change }
			],
			[
				{ unit: '=HYPERLINK("http://x","点我")', change: -5 },
				{ unit: '@SUM(1)', change: 3 },
				{ unit: '-2+3', change: 0 }
			]
		);
		expect(csv.split('\r\n').slice(1, 4)).toEqual([
			`"'=HYPERLINK(""http://x"",""点我"")",-5`,
			"'@SUM(1),3",
			"'-2+3,0"
		]);
	});
});
