import type { Row } from '$lib/db/connector';
import { escapeMarkup } from '$lib/escapeMarkup';
import type { ResultColumn } from '$lib/queries/console';

/** text that may be wider than a cell's 24rem is cut with … (whole in a tooltip); only those cells
 * clip, as a clip on every cell costs a new page ≈ 15 % of its drawing */
const LONG_TEXT = 24;

/** numbers as DuckDB and Excel write them: no grouping (a year stays 2023), at most six decimals */
export function cellText(value: Row[string], column: ResultColumn): string {
	if (value === null) return '—';
	return column.numeric ? String(Number((value as number).toFixed(6))) : String(value);
}

/**
 * Rows of the console's table as one piece of markup, every text escaped: the browser's parser
 * builds a page of cells at once, sooner than Svelte creating them cell by cell.
 */
export function resultRowsHtml(rows: Row[], columns: ResultColumn[]): string {
	return rows
		.map((row) => {
			const cells = columns.map((column) => {
				const text = cellText(row[column.name], column);
				const shown = escapeMarkup(text);
				if (column.numeric) return `<td class="numeric">${shown}</td>`;
				if (text.length > LONG_TEXT) return `<td class="long" title="${shown}">${shown}</td>`;
				return `<td>${shown}</td>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		})
		.join('');
}
