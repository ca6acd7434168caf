import { describe, expect, test } from 'vitest';
import type { ResultColumn } from '$lib/queries/console';
import { cellText, resultRowsHtml } from './resultRows';

const name: ResultColumn = { name: 'name', type: 'VARCHAR', numeric: false };
const rate: ResultColumn = { name: 'rate', type: 'DOUBLE', numeric: true };

describe('the console table’s rows', () => {
	test('numbers keep at most six decimals and no grouping; an empty cell is a dash', () => {
		expect(cellText(0.1 + 0.2, rate)).toBe('0.3');
		expect(cellText(2023, rate)).toBe('2023');
		expect(cellText(null, name)).toBe('—');
	});

	test('every text is escaped, so a cell cannot become markup', () => {
		const html = resultRowsHtml([{ name: '<b>粗</b> & "引号"', rate: 1 }], [name, rate]);
		expect(html).toBe(
			'<tr><td>&lt;b&gt;粗&lt;/b&gt; &amp; &quot;引号&quot;</td><td class="numeric">1</td></tr>'
		);
	});

	test('long text is cut in its cell and whole in its tooltip', () => {
		const long = '长'.repeat(30);
		expect(resultRowsHtml([{ name: long, rate: null }], [name, rate])).toBe(
			`<tr><td class="long" title="${long}">${long}</td><td class="numeric">—</td></tr>`
		);
		// the length is the text's, not its escaped markup's
		expect(resultRowsHtml([{ name: '&'.repeat(10) }], [name])).not.toContain('long');
	});
});
