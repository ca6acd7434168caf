import { unzipSync } from 'fflate';

/**
 * What one imported file may hold. Past any limit the file is refused as soon as it is seen, with
 * the limit and what was found: a file that is too large is not "damaged", and a planner should
 * not wait minutes to learn it.
 */
export const FILE_LIMITS = {
	bytes: 64 * 1024 * 1024,
	/** a statistics table has a dozen columns; hundreds means it is not one */
	columns: 200,
	/** lines of a file, title and header rows included: a million data rows pass, with room to spare */
	rows: 1_100_000,
	/** any cell at all; the schema holds names to fewer (`TEXT_MAX_CHARS`) */
	cellChars: 2000,
	/** an .xlsx unpacked, as its zip directory declares it, read before anything is unpacked */
	xlsxUnpackedBytes: 256 * 1024 * 1024
} as const;

export function megabytes(size: number): string {
	return `${(size / 1024 / 1024).toFixed(size < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** where a file passes a limit, for the issue that refuses it */
export interface LimitProblem {
	row: number | null;
	column: string | null;
	rule: string;
}

/** a file refused in the middle of being read */
export class LimitExceeded extends Error {
	constructor(readonly problem: LimitProblem) {
		super(problem.rule);
	}
}

/** Excel's column letters, as the planner sees them in the sheet: 1 → A, 27 → AA */
export function columnLetters(index: number): string {
	let letters = '';
	for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** cells after the last filled one do not count: Excel writes empty columns it has formatted */
export function width(cells: string[]): number {
	let end = cells.length;
	while (end > 0 && cells[end - 1] === '') end--;
	return end;
}

/**
 * Checks rows as they are read (row 1 first): the first limit passed, or null. Call `row` for each,
 * in order.
 */
export function rowLimits() {
	let count = 0;
	return {
		row(cells: string[]): LimitProblem | null {
			count++;
			if (count > FILE_LIMITS.rows)
				return {
					row: count,
					column: null,
					rule: `超过 ${FILE_LIMITS.rows / 10_000}万行的上限：请按年度或区县拆分后分批导入`
				};
			const used = width(cells);
			if (used > FILE_LIMITS.columns)
				return {
					row: count,
					column: columnLetters(used),
					rule: `有 ${used} 列，超过 ${FILE_LIMITS.columns} 列的上限：统计表不会有这么多列，请确认选对了文件或工作表`
				};
			for (let i = 0; i < used; i++) {
				if (cells[i].length > FILE_LIMITS.cellChars)
					return {
						row: count,
						column: columnLetters(i + 1),
						rule: `单元格有 ${cells[i].length} 个字符，超过 ${FILE_LIMITS.cellChars} 个字符的上限`
					};
			}
			return null;
		}
	};
}

/** The first limit a whole sheet passes, or null. */
export function sheetLimitProblem(rows: string[][]): LimitProblem | null {
	const limits = rowLimits();
	for (const cells of rows) {
		const problem = limits.row(cells);
		if (problem) return problem;
	}
	return null;
}

/** An .xlsx that would unpack past the limit, judged from its zip directory alone; null if within. */
export function xlsxSizeProblem(bytes: Uint8Array): string | null {
	let unpacked = 0;
	unzipSync(bytes, {
		filter(entry) {
			unpacked += entry.originalSize;
			return false;
		}
	});
	if (unpacked <= FILE_LIMITS.xlsxUnpackedBytes) return null;
	return `解压后有 ${megabytes(unpacked)}，超过 ${megabytes(FILE_LIMITS.xlsxUnpackedBytes)} 的上限（文件过大，不是损坏）：请按年度或区县拆分，或另存为 CSV 后导入`;
}
