import readXlsxFile from 'read-excel-file/universal';

export interface WorkbookSheet {
	name: string;
	rows: string[][];
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'boolean') return value ? '是' : '否';
	return String(value);
}

/**
 * Every sheet of an `.xlsx` workbook as text cells, row numbers as Excel shows them. Numbers stay as
 * written in the file (no float rounding), dates become `YYYY-MM-DD`; a merged cell's value sits in its
 * top-left cell and the rest are blank, which the header finder allows for.
 */
export async function xlsxSheets(bytes: Uint8Array): Promise<WorkbookSheet[]> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	const sheets = await readXlsxFile(buffer as ArrayBuffer, { parseNumber: (text) => text });
	return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) }));
}
