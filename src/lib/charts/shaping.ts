import { group } from 'd3';
import type { Bar, Series } from './types';

/** a series' last point with a value (not `findLast`: Chromium before 97, on government PCs, lacks it) */
export function lastValued(series: Series): Series['points'][number] | undefined {
	for (let i = series.points.length - 1; i >= 0; i--)
		if (series.points[i].y !== null) return series.points[i];
	return undefined;
}

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
	const last = new Map(series.map((s) => [s, lastValued(s)?.y ?? 0]));
	const sorted = [...series].sort((a, b) => last.get(b)! - last.get(a)!);
	const kept = sorted.slice(0, n - 1);
	const rest = sorted.slice(n - 1);
	const sums = new Map<number, number>();
	for (const s of rest) for (const p of s.points) sums.set(p.x, (sums.get(p.x) ?? 0) + (p.y ?? 0));
	const points = [...sums].sort((a, b) => a[0] - b[0]).map(([x, y]) => ({ x, y }));
	return [...kept, { name: restName(rest.length), points }];
}

/** Units per grade, one column per year: the grade distribution's stacked columns. */
export function gradeColumns(grades: { year: number; grade: string; units: number }[]) {
	return [...new Set(grades.map((g) => g.year))].map((year) => ({
		key: year,
		label: String(year),
		values: Object.fromEntries(grades.filter((g) => g.year === year).map((g) => [g.grade, g.units]))
	}));
}

/** Each archive's digitization rate up to `year`, highest last rate first. */
export function archiveRateSeries(
	archives: { archive: string; year: number; rate: number }[],
	year: number
): Series[] {
	const upTo = archives.filter((a) => a.year <= year);
	return [...group(upTo, (a) => a.archive)]
		.map(([name, rows]) => ({ name, points: rows.map((r) => ({ x: r.year, y: r.rate })) }))
		.sort((a, b) => (b.points.at(-1)?.y ?? 0) - (a.points.at(-1)?.y ?? 0));
}

/** One bar per area: its coverage, with covered/units and the source document's figure as a note. */
export function coverageBars(
	areas: {
		code: string;
		name: string;
		coverage: number;
		covered: number;
		units: number;
		official_covered: number | null;
	}[],
	officialLabel: string
): Bar[] {
	return areas.map((a) => ({
		key: a.code,
		label: a.name,
		value: a.coverage,
		note: `${a.covered}/${a.units}${a.official_covered !== null ? ` · ${officialLabel} ${a.official_covered}` : ''}`
	}));
}

/** Rooms and village-level units at the end of `year` in the city (county null) or one county. */
export function coverageTotals(
	cumulative: { year: number; code: string; covered: number; units: number }[],
	year: number,
	county: string | null
): { covered: number; units: number } | null {
	const rows = cumulative.filter((c) => c.year === year && (county === null || c.code === county));
	if (rows.length === 0) return null;
	return {
		covered: rows.reduce((n, r) => n + r.covered, 0),
		units: rows.reduce((n, r) => n + r.units, 0)
	};
}

/** whether a score falls in a histogram bin: bins hold their low end, the last (to 100) its high end too */
export function inScoreBin(score: number, [low, high]: [number, number]): boolean {
	return score >= low && (score < high || (high === 100 && score === 100));
}

/**
 * A rate's lines from the first year any of them is above nothing: the years before a measure
 * began (village rooms before the pilot) are not drawn as a run of zeros. The table keeps them.
 */
export function fromFirstRecorded(series: Series[]): Series[] {
	const began = Math.min(
		...series.flatMap((s) => s.points.filter((p) => p.y !== null && p.y !== 0).map((p) => p.x))
	);
	if (!Number.isFinite(began)) return series;
	return series.map((s) => ({ ...s, points: s.points.filter((p) => p.x >= began) }));
}
