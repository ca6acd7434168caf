import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Heatmap from './Heatmap.svelte';

const props = {
	rows: ['市档案馆', '<img src=x onerror=alert(1)>'],
	columns: ['整理归档', '保管保护'],
	value: (row: string, column: string) =>
		row.startsWith('<') && column === '保管保护' ? null : row.startsWith('<') ? 0.5 : 1,
	format: (v: number) => `${Math.round(v * 100)}%<b>&`,
	domain: [0.5, 1] as [number, number],
	label: '得分率'
};

describe('Heatmap', () => {
	it('draws a cell for every pair, and a value only where there is one', () => {
		const { body } = render(Heatmap, { props });
		expect(body.match(/<rect /g)).toHaveLength(4);
		expect(body.match(/class="cell"/g)).toHaveLength(3);
		expect(body).toContain('fill="#f2f2f2"');
	});

	it('escapes what it writes as cell markup, and names from the data never enter it', () => {
		const { body } = render(Heatmap, { props });
		expect(body).toContain('100%&lt;b&gt;&amp;</text>');
		expect(body).not.toContain('<b>');
		expect(body).not.toContain('<img');
	});
});
