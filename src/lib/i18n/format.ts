import type { Locale } from './locale';

const MINUS = '−';

function fixed(value: number, digits: number): string {
	// −0.0 reads as a fall; show it as 0
	const text = Math.abs(value).toFixed(digits);
	return Number(text) === 0 ? text : (value < 0 ? MINUS : '') + text;
}

function signed(value: number, digits: number): string {
	const text = fixed(value, digits);
	return Number(text.replace(MINUS, '-')) > 0 ? `+${text}` : text;
}

/**
 * Numbers as the bureau writes them: 万/亿 for large quantities, 个百分点 for changes of rates,
 * 2023年 for years; plain English conventions with the switch.
 */
export function createFormat(locale: Locale) {
	const zh = locale === 'zh';
	return {
		locale,
		/** 0.902 → 90.2% */
		percent(rate: number | null, digits = 1): string {
			return rate === null ? '—' : `${fixed(rate * 100, digits)}%`;
		},
		/** a change of a rate: 0.031 → +3.1个百分点 */
		pointChange(delta: number | null, digits = 1): string {
			if (delta === null) return '—';
			return zh ? `${signed(delta * 100, digits)}个百分点` : `${signed(delta * 100, digits)} pp`;
		},
		/** a relative change of a count or size: 0.123 → +12.3% */
		relativeChange(ratio: number | null, digits = 1): string {
			return ratio === null ? '—' : `${signed(ratio * 100, digits)}%`;
		},
		/** 12345 卷件 → 1.2万卷件; 340000000 页 → 3.40亿页 */
		quantity(value: number | null, unit = ''): string {
			if (value === null) return '—';
			const sep = zh || unit === '' ? '' : ' ';
			if (!zh) return `${Math.round(value).toLocaleString('en-US')}${sep}${unit}`;
			const abs = Math.abs(value);
			if (abs >= 1e8) return `${fixed(value / 1e8, 2)}亿${unit}`;
			if (abs >= 1e4) return `${fixed(value / 1e4, abs >= 1e6 ? 0 : 1)}万${unit}`;
			return `${fixed(value, Number.isInteger(value) ? 0 : 1)}${unit}`;
		},
		count(value: number | null, unit = ''): string {
			if (value === null) return '—';
			return zh ? `${value}${unit}` : `${value.toLocaleString('en-US')}`;
		},
		score(value: number | null, digits = 1): string {
			if (value === null) return '—';
			return zh ? `${fixed(value, digits)}分` : fixed(value, digits);
		},
		tb(value: number | null): string {
			return value === null ? '—' : `${fixed(value, value >= 100 ? 0 : 1)} TB`;
		},
		year(year: number): string {
			return zh ? `${year}年` : String(year);
		},
		/** `2020-11` → 2020年11月; `2023` → 2023年; `2023-11-05` → 2023年11月5日 */
		partialDate(date: string | null): string {
			if (!date) return '—';
			const [y, m, d] = date.split('-').map(Number);
			if (zh) return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
			const month = m
				? new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', {
						month: 'short',
						timeZone: 'UTC'
					})
				: '';
			return [d, month, y].filter(Boolean).join(' ');
		}
	};
}

export type Format = ReturnType<typeof createFormat>;
