/**
 * The lower bound `npm run bench` compares every view with: a hand-written d3 page that has its
 * view's default data inline and draws one bar chart from it before the first paint. Bundled by
 * scripts/benchInline/inlinePages.ts; no framework, no hydration, no engine.
 */
import { max, scaleBand, scaleLinear, select } from 'd3';

type Row = Record<string, unknown>;

/** the first list of rows in the data with a name and a number: what the view's first chart draws */
function firstSeries(value: unknown): { label: string; value: number }[] | null {
	if (Array.isArray(value)) {
		const rows = value.filter((r): r is Row => typeof r === 'object' && r !== null);
		const sample = rows[0];
		if (rows.length > 1 && sample) {
			const label = Object.keys(sample).find((k) => typeof sample[k] === 'string');
			const number = Object.keys(sample).find((k) => typeof sample[k] === 'number');
			if (label && number)
				return rows.map((r) => ({ label: String(r[label]), value: Number(r[number]) }));
		}
		for (const item of value) {
			const found = firstSeries(item);
			if (found) return found;
		}
	} else if (typeof value === 'object' && value !== null) {
		for (const item of Object.values(value)) {
			const found = firstSeries(item);
			if (found) return found;
		}
	}
	return null;
}

const data = JSON.parse(document.getElementById('data')!.textContent!);
const series = (firstSeries(data) ?? []).slice(0, 30);
const width = 640;
const height = 24 * series.length + 20;
const y = scaleBand()
	.domain(series.map((d) => d.label))
	.range([10, height - 10])
	.padding(0.2);
const x = scaleLinear()
	.domain([0, max(series, (d) => d.value) ?? 1])
	.range([0, width - 160]);
const svg = select('#chart').append('svg').attr('viewBox', `0 0 ${width} ${height}`);
const bar = svg
	.selectAll('g')
	.data(series)
	.join('g')
	.attr('transform', (d) => `translate(0,${y(d.label)})`);
bar
	.append('text')
	.attr('x', 110)
	.attr('y', y.bandwidth() / 2)
	.attr('dy', '0.35em')
	.attr('text-anchor', 'end')
	.text((d) => d.label);
bar
	.append('rect')
	.attr('x', 120)
	.attr('height', y.bandwidth())
	.attr('width', (d) => x(d.value));
