/**
 * `npm run bench`: cold loads of the built site in Debian's Chromium, median of RUNS, on the bundled
 * sample data and on a national-scale dataset (every village-level unit of the country). Not a test:
 * it measures and prints a table.
 *
 *   首个图表   first contentful paint, with a chart of the prerendered HTML in the first screen
 *   DuckDB就绪 the `duckdb-ready` mark: wasm fetched, engine started, every Arrow table loaded
 *   切换年度   from choosing another year (1 s after DuckDB is ready) to every chart redrawn from
 *              DuckDB (next frame painted)
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './staticServer.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWS = ['/', '/villages', '/assessment', '/digitization'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command: string, env: Record<string, string> = {}) {
	execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

function folderBytes(dir: string): number {
	return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

function build() {
	console.log('构建示例数据站点 → build/');
	run('npm run build');
	console.log('生成全国规模数据并构建 → build-national/');
	if (!existsSync('bench-data/national/divisions.csv')) run('npx tsx scripts/generateNational.ts');
	try {
		run('npx tsx scripts/buildData.ts', { DATA_DIR: 'bench-data/national' });
		run('npx vite build', { BUILD_DIR: 'build-national' });
	} finally {
		run('npx tsx scripts/buildData.ts');
	}
}

/**
 * Runs in the page, as text: tsx would otherwise wrap its inner functions in a helper (`__name`)
 * that does not exist there.
 */
const YEAR_CHANGE = `(async () => {
	const select = document.querySelector('[data-testid=year-select]');
	const target = select.options[select.options.length - 2].value;
	const start = performance.now();
	select.value = target;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await new Promise((done) => {
		const check = () => {
			const settled = document.querySelector('h1').textContent.includes(target) &&
				!document.querySelector('[aria-busy="true"]');
			if (settled) requestAnimationFrame(() => done());
			else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	});
	return performance.now() - start;
})()`;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

async function measure(baseUrl: string, path: string) {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const samples = { paint: [] as number[], ready: [] as number[], year: [] as number[] };
	try {
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page = await context.newPage();
			await page.goto(baseUrl + path);
			const paint = await page.evaluate(() => {
				const chart = document.querySelector('figure.chart-frame svg, .kpi-card svg');
				const fcp = performance.getEntriesByName('first-contentful-paint')[0];
				if (!chart || chart.getBoundingClientRect().top > innerHeight) return null;
				return fcp?.startTime ?? null;
			});
			await page.waitForFunction(
				() => performance.getEntriesByName('duckdb-ready').length > 0,
				null,
				{
					timeout: 120_000
				}
			);
			const ready = await page.evaluate(
				() => performance.getEntriesByName('duckdb-ready')[0].startTime
			);
			// a reader takes at least a second before choosing a year; by then the default view's
			// queries have warmed the cache, as they would in use
			await page.waitForTimeout(1000);
			const year = (await page.evaluate(YEAR_CHANGE)) as number;
			if (paint !== null) samples.paint.push(paint);
			samples.ready.push(ready);
			samples.year.push(year);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return {
		paint: samples.paint.length ? median(samples.paint) : NaN,
		ready: median(samples.ready),
		year: median(samples.year)
	};
}

if (!process.argv.includes('--no-build')) build();
const rows: string[][] = [];
for (const [name, dir] of [
	['示例数据（长沙）', 'build'],
	['全国规模（62万村级单位）', 'build-national']
] as const) {
	const { server, url } = await serveStatic(resolve(dir));
	const data = (folderBytes(join(dir, 'data')) / 1024 / 1024).toFixed(1);
	try {
		for (const view of VIEWS) {
			const m = await measure(url, view);
			rows.push([
				name,
				view,
				`${data} MB`,
				...[m.paint, m.ready, m.year].map((v) => `${Math.round(v)} ms`)
			]);
			console.log(rows.at(-1)!.join('  '));
		}
	} finally {
		server.close();
	}
}
const header = ['数据集', '视图', 'Arrow数据', '首个图表', 'DuckDB就绪', '切换年度'];
console.log(`\n冷启动中位数（${RUNS}次，Chromium 无头，127.0.0.1，未压缩）`);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
