import type { Format } from '$lib/i18n/format';
import type { MeasureKind } from '$lib/measures/kpis';

/**
 * The clauses 文字解读 is built from, in each language: a change against last year stated the way
 * the measure's kind requires (个百分点 for rates, 分 for scores, % for sizes).
 */
export function changePhrase(fmt: Format, kind: MeasureKind, change: number | null): string {
	const zh = fmt.locale === 'zh';
	if (change === null) return zh ? '上年无可比数据' : 'no figure for the previous year';
	const size = Math.abs(change);
	const flat = kind === 'rate' ? size < 0.0005 : kind === 'size' ? size < 0.0005 : size < 0.05;
	if (flat) return zh ? '与上年持平' : 'unchanged on the previous year';
	const up = change > 0;
	const amount =
		kind === 'rate'
			? fmt.pointChange(size).replace('+', '')
			: kind === 'size'
				? fmt.relativeChange(size).replace('+', '')
				: kind === 'score'
					? fmt.score(size).replace('+', '')
					: fmt.count(size);
	if (zh) {
		if (kind === 'size') return `同比${up ? '增长' : '下降'}${amount}`;
		if (kind === 'count') return `较上年${up ? '增加' : '减少'}${amount}个`;
		return `较上年${up ? '提高' : '下降'}${amount}`;
	}
	const unit = kind === 'score' ? ' points' : '';
	return `${up ? 'up' : 'down'} ${amount}${unit} on the previous year`;
}

/** distance to a target: “已达到2025年目标（80.0%）” or “距2025年目标（80.0%）还差4.7个百分点” */
export function targetPhrase(
	fmt: Format,
	kind: MeasureKind,
	value: number,
	target: { year: number; target: number }
): string {
	const zh = fmt.locale === 'zh';
	const shown = kind === 'rate' ? fmt.percent(target.target) : fmt.score(target.target);
	if (value >= target.target) {
		return zh
			? `已达到${target.year}年目标（${shown}）`
			: `meeting the ${target.year} target (${shown})`;
	}
	const gap = target.target - value;
	const gapText = kind === 'rate' ? fmt.pointChange(gap).replace('+', '') : fmt.score(gap);
	return zh
		? `距${target.year}年目标（${shown}）还差${gapText}`
		: `${gapText}${kind === 'score' ? ' points' : ''} short of the ${target.year} target (${shown})`;
}

/** “长沙县最高（90.2%），芙蓉区最低（37.3%）” */
export function extremesPhrase<T>(
	fmt: Format,
	rows: T[],
	value: (row: T) => number | null,
	name: (row: T) => string,
	show: (value: number) => string
): string {
	const ranked = rows.filter((r) => value(r) !== null).sort((a, b) => value(b)! - value(a)!);
	if (ranked.length < 2) return '';
	const [top, bottom] = [ranked[0], ranked.at(-1)!];
	return fmt.locale === 'zh'
		? `${name(top)}最高（${show(value(top)!)}），${name(bottom)}最低（${show(value(bottom)!)}）`
		: `highest ${name(top)} (${show(value(top)!)}), lowest ${name(bottom)} (${show(value(bottom)!)})`;
}

export function sentence(fmt: Format, clauses: string[]): string {
	const parts = clauses.filter(Boolean);
	if (parts.length === 0) return '';
	return fmt.locale === 'zh'
		? `${parts.join('，')}。`
		: `${parts.join(', ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/**
 * A slide's message: the year's figure and its change, “2023年考核优秀率37.3%，较上年提高11.8个百分点”.
 * Without last year's figure, the figure alone.
 */
export function headlinePhrase(
	fmt: Format,
	kind: MeasureKind,
	label: string,
	year: number,
	value: string,
	change: number | null
): string {
	const zh = fmt.locale === 'zh';
	const said = change === null ? '' : `${zh ? '，' : ', '}${changePhrase(fmt, kind, change)}`;
	return zh ? `${fmt.year(year)}${label}${value}${said}` : `${label}: ${value} in ${year}${said}`;
}
