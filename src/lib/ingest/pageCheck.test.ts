import { tableFromIPC } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { DEFAULT_GRADE_THRESHOLDS } from '$lib/schema/rules';
import { checkFile } from './checkFile';
import { heldByPage, SHOWN_ISSUES } from './pageCheck';
import { verdict } from './verdict';

const context = { gradeThresholds: DEFAULT_GRADE_THRESHOLDS, divisions: null };
const file = (lines: string[]) =>
	new TextEncoder().encode(['年度,单位,类别,得分', ...lines].join('\n'));

describe('a check as the page holds it', () => {
	test('its rows are one Arrow stream, counted', async () => {
		const check = await checkFile(
			'a.csv',
			file(['2024,甲局,市直机关,91', '2024,乙局,市直机关,88']),
			context
		);
		const held = heldByPage(check);
		expect(held.rowCount).toBe(2);
		expect(tableFromIPC(held.rows!).getChild('unit')!.toArray()).toEqual(['甲局', '乙局']);
		expect(verdict(held)).toBe(verdict(check));
	});

	test('lists the first issues of each kind, counts them all, and downloads them all', async () => {
		const bad = Array.from({ length: SHOWN_ISSUES + 5 }, (_, i) => `2024,单位${i},市直机关,abc`);
		const check = await checkFile('b.csv', file(bad), context);
		const held = heldByPage(check);
		expect(held.errorCount).toBe(SHOWN_ISSUES + 5);
		expect(held.issues).toHaveLength(SHOWN_ISSUES);
		expect(held.issues.at(-1)!.row).toBe(SHOWN_ISSUES + 1);
		expect(held.rows).toBeNull();
		const csv = new TextDecoder().decode(held.issuesCsv).trim().split('\r\n');
		expect(csv).toHaveLength(SHOWN_ISSUES + 5 + 1);
		expect(csv.at(-1)).toContain(`第${SHOWN_ISSUES + 6}行`);
		expect(verdict(held)).toContain(`不能导入，${SHOWN_ISSUES + 5} 个错误`);
	});
});
