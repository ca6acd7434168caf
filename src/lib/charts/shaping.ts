import type { Series } from './types';

/**
 * Long lists stay readable at province or national scale: a ranked list longer than `2 × n` keeps its
 * first and last `n` (the table view still holds every row).
 */
export function firstAndLast<T>(ranked: T[], n: number): { rows: T[]; hidden: number } {
	if (ranked.length <= 2 * n) return { rows: ranked, hidden: 0 };
	return { rows: [...ranked.slice(0, n), ...ranked.slice(-n)], hidden: ranked.length - 2 * n };
}

/** The `n - 1` series largest at their end, and the rest summed into one series named `restName`. */
export function largestSeries(
	series: Series[],
	n: number,
	restName: (count: number) => string
): Series[] {
	if (series.length <= n) return series;
	const last = (s: Series) => [...s.points].reverse().find((p) => p.y !== null)?.y ?? 0;
	const sorted = [...series].sort((a, b) => last(b) - last(a));
	const kept = sorted.slice(0, n - 1);
	const rest = sorted.slice(n - 1);
	const sums = new Map<number, number>();
	for (const s of rest) for (const p of s.points) sums.set(p.x, (sums.get(p.x) ?? 0) + (p.y ?? 0));
	const points = [...sums].sort((a, b) => a[0] - b[0]).map(([x, y]) => ({ x, y }));
	return [...kept, { name: restName(rest.length), points }];
}
