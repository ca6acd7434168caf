import type { ExploreRow } from '$lib/queries/explore';
import type { RegistryKind } from '$lib/measures/registry';
import type { Format } from '$lib/i18n/format';

/** A value of any registry measure as the bureau writes it; a projected year may be “never”. */
export function showMeasureValue(
	fmt: Format,
	kind: RegistryKind,
	value: number | null,
	never: string
): string {
	if (kind === 'year') return value === null ? never : fmt.year(value);
	if (value === null) return '—';
	if (kind === 'rate') return fmt.percent(value);
	if (kind === 'score') return fmt.score(value);
	if (kind === 'size') return fmt.tb(value);
	return fmt.quantity(value);
}

const LISTED = 5;

/**
 * Each member once, at its latest year in the answer, largest first: what the bars, the lines and
 * the text rank. With a floor (units two years in a row) a member's latest row need not be the last
 * year of the range.
 */
export function latestPerMember(rows: ExploreRow[]): ExploreRow[] {
	const latest = new Map<string, ExploreRow>();
	for (const row of rows) {
		const seen = latest.get(row.key);
		if (!seen || row.year > seen.year) latest.set(row.key, row);
	}
	return [...latest.values()].sort(
		(a, b) =>
			(b.value ?? -Infinity) - (a.value ?? -Infinity) ||
			(a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
}

/**
 * The explorer's 文字解读: a measure by year is read along the years; any other breakdown is read in
 * each member's latest year, largest first.
 */
export function exploreNarrative(
	t: (
		key: 'explore.summaryYears' | 'explore.summaryTop' | 'explore.summaryMore' | 'explore.noRows',
		params?: Record<string, string | number>
	) => string,
	fmt: Format,
	words: { measure: string; by: string; byYear: boolean },
	rows: ExploreRow[],
	name: (row: ExploreRow) => string,
	show: (value: number | null) => string
): string {
	if (rows.length === 0) return t('explore.noRows');
	const separator = fmt.locale === 'zh' ? '，' : ', ';
	const pair = (r: ExploreRow, label: string) =>
		fmt.locale === 'zh' ? `${label}${show(r.value)}` : `${label} ${show(r.value)}`;
	if (words.byYear) {
		const listed = rows.length > 2 * LISTED ? [rows[0], rows.at(-1)!] : rows;
		return t('explore.summaryYears', {
			measure: words.measure,
			values: listed.map((r) => pair(r, fmt.year(r.year))).join(separator)
		});
	}
	const last = latestPerMember(rows);
	return t('explore.summaryTop', {
		year: Math.max(...last.map((r) => r.year)),
		measure: words.measure,
		// a capped answer holds the highest and lowest members; the text counts them all
		n: Math.max(last.length, rows[0].members),
		by: words.by,
		values: last
			.slice(0, LISTED)
			.map((r) => pair(r, name(r)))
			.join(separator),
		more: last.length > LISTED ? t('explore.summaryMore') : ''
	});
}
