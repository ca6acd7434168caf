import { escapeMarkup } from '$lib/escapeMarkup';
import type { Column } from './column';

/** a cell's text as the table shows it, searches it and saves it */
export function cellText<T>(column: Column<T>, row: T): string {
	return column.format ? column.format(row) : String(column.value(row) ?? '—');
}

/**
 * Rows of plain text cells as one piece of markup, every text escaped: the browser's parser builds
 * them at once, which draws a table sooner than Svelte creating it cell by cell.
 */
export function tableRowsHtml<T>(rows: T[], columns: Column<T>[]): string {
	return rows
		.map((row) => {
			const cells = columns.map((column) => {
				const shown = escapeMarkup(cellText(column, row));
				return column.numeric ? `<td class="numeric">${shown}</td>` : `<td>${shown}</td>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		})
		.join('');
}
