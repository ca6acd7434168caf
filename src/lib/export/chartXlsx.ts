import writeExcelFile from 'write-excel-file/browser';
import type { Column } from '$lib/table/column';
import { cellValue } from './chartData';

/** A chart's data as a workbook; loaded only when asked for (the Excel writer is not small). */
export function chartXlsx<T>(columns: Column<T>[], rows: T[], sheet: string): Promise<Blob> {
	const header = columns.map((c) => ({ value: c.label, fontWeight: 'bold' as const }));
	const body = rows.map((row) =>
		columns.map((c) => {
			const value = cellValue(c, row);
			if (value === null) return null;
			return typeof value === 'number' ? { value, type: Number } : { value: String(value) };
		})
	);
	// Excel refuses sheet names over 31 characters or with []:*?/\
	const name = sheet.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || 'Sheet1';
	return writeExcelFile([header, ...body], { sheet: name, stickyRowsCount: 1 }).toBlob();
}
