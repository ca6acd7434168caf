import type { CellValue, ColumnDef } from './types';

export type Parsed = { ok: true; value: CellValue } | { ok: false; rule: string };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width digits and punctuation (`２０２３`, `９５．７９`) as typed by Chinese IMEs become ASCII. */
export function toHalfWidth(text: string): string {
	return text
		.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ');
}

/**
 * A number as planners write it: `1,234`, `95.79分`, `2023年`, `90%` (→ 0.9), `1.2万` (→ 12000),
 * `3.4亿`, `１２３`. Returns null when the text is not a number.
 */
export function parseChineseNumber(raw: string): number | null {
	let text = toHalfWidth(raw).trim().replace(/[,\s]/g, '');
	if (text === '') return null;
	let factor = 1;
	if (text.endsWith('%')) {
		factor = 0.01;
		text = text.slice(0, -1);
	} else if (text.endsWith('亿')) {
		factor = 1e8;
		text = text.slice(0, -1);
	} else if (text.endsWith('万')) {
		factor = 1e4;
		text = text.slice(0, -1);
	}
	text = text.replace(/(分|年|卷件|卷|件|页|个|GB)$/i, '');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
	const value = Number(text) * factor;
	// 1.2万 must be 12000, not 12000.000000000002
	return Number.isFinite(value) ? Number(value.toPrecision(12)) : null;
}

/** A full date: `2023-11-05`, `2023/11/5`, `2023.11.5`, `2023年11月5日`. */
export function parseFullDate(raw: string): string | null {
	const text = toHalfWidth(raw).trim();
	const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
		return null;
	}
	return `${m[1]}-${pad(mo)}-${pad(d)}`;
}

/** A date at the precision written: `2020`, `2020-11`, `2020.11`, `2020年11月`, or a full date. */
export function parsePartialDate(raw: string): string | null {
	const full = parseFullDate(raw);
	if (full) return full;
	const text = toHalfWidth(raw).trim();
	const month = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text);
	if (month) {
		const mo = Number(month[2]);
		return mo >= 1 && mo <= 12 ? `${month[1]}-${pad(mo)}` : null;
	}
	const year = /^(\d{4})年?$/.exec(text);
	return year ? year[1] : null;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** a name (of a unit, an archive, a village) is far shorter; a longer cell is text pasted by mistake */
export const TEXT_MAX_CHARS = 200;

/** Parse one cell for a column; blank cells are null and the caller decides whether that is allowed. */
export function parseCell(column: ColumnDef, raw: string): Parsed {
	// names and sources keep their full-width punctuation (（试行）, “十四五”) exactly as written
	const text = column.type === 'text' ? raw.trim() : toHalfWidth(raw).trim();
	if (text === '') return { ok: true, value: null };
	switch (column.type) {
		case 'integer':
		case 'number': {
			const value = parseChineseNumber(text);
			if (value === null) return { ok: false, rule: '不是数字' };
			if (column.type === 'integer' && !Number.isInteger(value)) {
				return { ok: false, rule: '应为整数' };
			}
			if (
				(column.min !== undefined && value < column.min) ||
				(column.max !== undefined && value > column.max)
			) {
				return { ok: false, rule: `超出 ${column.min ?? '−∞'}–${column.max ?? '∞'}` };
			}
			return { ok: true, value };
		}
		case 'date': {
			const value = parseFullDate(text);
			return value ? { ok: true, value } : { ok: false, rule: '不是有效日期（如 2023-11-05）' };
		}
		case 'partialDate': {
			const value = parsePartialDate(text);
			return value
				? { ok: true, value }
				: { ok: false, rule: '不是有效日期（如 2020、2020-11 或 2020-11-05）' };
		}
		case 'enum': {
			if (column.values?.includes(text)) return { ok: true, value: text };
			return { ok: false, rule: `应为 ${column.values?.join('、')} 之一` };
		}
		case 'text': {
			const max = column.maxLength ?? TEXT_MAX_CHARS;
			if (text.length > max)
				return { ok: false, rule: `有 ${text.length} 个字，超过 ${max} 个字的上限` };
			if (column.pattern && !column.pattern.regex.test(text)) {
				return { ok: false, rule: column.pattern.rule };
			}
			return { ok: true, value: text };
		}
	}
}
