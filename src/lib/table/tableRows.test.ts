import { describe, expect, test } from 'vitest';
import { cellText, tableRowsHtml } from './tableRows';
import type { Column } from './column';

interface Village {
	name: string;
	units: number | null;
	status: string | null;
}

const columns: Column<Village>[] = [
	{ key: 'name', label: '村', value: (v) => v.name },
	{ key: 'units', label: '数', value: (v) => v.units, numeric: true },
	{ key: 'status', label: '状态', value: (v) => v.status, format: (v) => v.status ?? '未开始' }
];

describe('a table’s rows as markup', () => {
	test('formatted text where a column formats it, the value elsewhere, — for nothing', () => {
		expect(cellText(columns[2], { name: 'a', units: 1, status: null })).toBe('未开始');
		expect(cellText(columns[1], { name: 'a', units: null, status: null })).toBe('—');
		expect(cellText(columns[1], { name: 'a', units: 0, status: null })).toBe('0');
	});

	test('one row a village, numbers marked, every text escaped', () => {
		expect(
			tableRowsHtml(
				[
					{ name: '黄花村', units: 3, status: '验收通过' },
					{ name: '<b>"甲"&乙</b>', units: null, status: null }
				],
				columns
			)
		).toBe(
			'<tr><td>黄花村</td><td class="numeric">3</td><td>验收通过</td></tr>' +
				'<tr><td>&lt;b&gt;&quot;甲&quot;&amp;乙&lt;/b&gt;</td><td class="numeric">—</td><td>未开始</td></tr>'
		);
	});
});
