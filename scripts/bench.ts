/**
 * `npm run bench`: loads of the built site in Debian's Chromium, median of RUNS, on the bundled
 * sample data and on a national-scale dataset (every village-level unit of the country). Not a test:
 * it measures and prints a table.
 *
 * Each view is loaded cold (a new browser profile) and warm (the same profile again: its HTTP cache
 * and compiled code) from three targets taking turns run by run, all served with brotli: a
 * hand-written page with the view's default data inline and one d3 chart (scripts/benchInline/, the
 * lower bound), the static build, and the service (`npm start`'s server, READ_ACCESS=open). For each:
 *
 *   首个图表       first contentful paint, with a chart in the first screen (for /present: its
 *                  first slide); and its ratio to the inline page's
 *   首图前字节     bytes received (compressed) before the first chart
 *   首图前最长任务 the longest main-thread task begun before the first chart (0: none over 50 ms)
 *   首图后至就绪   the longest from the first chart to DuckDB ready (the page's hydration among them)
 *   DuckDB就绪     the `duckdb-ready` mark: wasm fetched, engine started, every Arrow table loaded
 *   切换年度       from choosing another year (1 s after DuckDB is ready) to every chart redrawn from
 *                  DuckDB (next frame painted); views without a year picker (/explore) show —
 *
 * The machine should have a Chinese system font (fonts-noto-cjk), as every reader's PC has one:
 * without it the first paint looks for a fallback for every Chinese character.
 *
 * Then the planners' interactions, each from the click (or choice) to the chart or table redrawn
 * (next frame painted), 1.5 s after DuckDB is ready and 0.5 s after the previous answer, and of that
 * the time to DuckDB's answer (the view's `query-answer` measure): the explorer's measure,
 * breakdown, year range and drill-down, the digitization page's archive focus, the villages
 * drill-down, and the SQL console's run of every village (620,000 rows at national scale) to its
 * first page and to its answer stored and counted (`query-stored`), its next page, sort and search.
 * A choice from a list is made REST_MS after the list is opened (focused), as a person must; the
 * villages drill-down is measured as a bare click (a tap) and as a click after the mouse rests on
 * the bar REST_MS. A view may ask ahead in that rest (the breakdown list, the bars).
 *
 * Then imports on /data of generated assessment CSVs: 300,000 rows (12 MB) from choosing the file
 * to the checked result with its preview (read and checked in a worker) and from 确认导入 to done;
 * 1,000,000 rows (about 40 MB) to the checked result. For each, the longest main-thread task.
 */
import { execSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { inlinePath, writeInlinePages } from './benchInline/inlinePages.ts';
import { startService } from './serviceProcess.ts';
import { serveStatic } from './staticServer.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ALL_VIEWS = [
	'/',
	'/villages',
	'/assessment',
	'/digitization',
	'/present',
	'/explore',
	'/explore/sql'
];
/** `BENCH_VIEWS=/villages,/present` measures only those */
const VIEWS = process.env.BENCH_VIEWS?.split(',') ?? ALL_VIEWS;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** `BENCH_SCALES=sample` leaves out the national scale (its data build takes minutes) */
const NATIONAL = process.env.BENCH_SCALES !== 'sample';
/** `BENCH_PARTS=interactions,early` measures only those of loads, interactions, early, imports */
const PARTS = new Set(
	process.env.BENCH_PARTS?.split(',') ?? ['loads', 'interactions', 'early', 'imports']
);

function run(command: string, env: Record<string, string> = {}) {
	execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

function folderBytes(dir: string): number {
	return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

function build() {
	console.log('构建示例数据站点 → build/');
	run('npm run build');
	console.log('构建看板服务 → build-service/');
	run('npm run build:service');
	if (!NATIONAL) return;
	console.log('生成全国规模数据并构建 → build-national/');
	if (!existsSync('bench-data/national/divisions.csv')) run('npx tsx scripts/generateNational.ts');
	try {
		run('npx tsx scripts/buildData.ts', { CSV_DIR: 'bench-data/national' });
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
	if (!select) return null;
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

/** one load of a view: its first chart, what it took to get there, and its engine */
type Load = {
	/** first contentful paint with a chart in the first screen; NaN if none was */
	paint: number;
	/** bytes received (as sent: compressed) before the first chart */
	bytes: number;
	/** the longest main-thread task that began before the first chart; 0: none over 50 ms */
	longest: number;
	/** the longest main-thread task from the first chart to DuckDB ready (hydration among them) */
	longestAfter: number;
	/** `duckdb-ready`; NaN for the inline page */
	ready: number;
	/** choosing another year to every chart redrawn; NaN where there is no year picker */
	year: number;
};

/** registered before any of the page's scripts: every long task, from the first */
const WATCH_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])))
	.observe({ type: 'longtask', buffered: true });`;

async function loadOnce(page: Page, url: string, engine: boolean, year: boolean): Promise<Load> {
	await page.goto(url);
	await page
		.waitForFunction(
			() => performance.getEntriesByName('first-contentful-paint').length > 0,
			null,
			{
				timeout: 10_000
			}
		)
		.catch(() => {});
	const painted = await page.evaluate(() => {
		const chart = document.querySelector(
			'figure.chart-frame svg, .kpi-card svg, section.slide:not([hidden])'
		);
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		if (!chart || chart.getBoundingClientRect().top > innerHeight || !fcp) return null;
		const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((r) => r.responseEnd <= fcp.startTime)
			.reduce((n, r) => n + r.transferSize, 0);
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming;
		return { paint: fcp.startTime, bytes: before + navigation.transferSize };
	});
	let ready = NaN;
	if (engine) {
		await page.waitForFunction(
			() => performance.getEntriesByName('duckdb-ready').length > 0,
			null,
			{
				timeout: 120_000
			}
		);
		ready = await page.evaluate(() => performance.getEntriesByName('duckdb-ready')[0].startTime);
	} else await page.waitForTimeout(300);
	const paint = painted?.paint ?? NaN;
	const tasks = (await page.evaluate('window.__longTasks')) as [number, number][];
	const longest = (from: number, to: number) =>
		Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d));
	let yearMs = NaN;
	if (year) {
		// a reader takes at least a second before choosing a year; by then the default view's
		// queries have warmed the cache, as they would in use
		await page.waitForTimeout(1000);
		yearMs = ((await page.evaluate(YEAR_CHANGE)) as number | null) ?? NaN;
	}
	return {
		paint,
		bytes: painted?.bytes ?? NaN,
		longest: longest(0, paint),
		longestAfter: longest(paint, Number.isNaN(ready) ? Infinity : ready),
		ready,
		year: yearMs
	};
}

interface Target {
	name: string;
	url: (path: string) => string;
	engine: boolean;
}

/**
 * Loads of one view from each target, cold (a new browser profile) then warm (the same profile:
 * its HTTP cache and compiled wasm), taking turns run by run, so that the machine's drift over a
 * minute falls on every target alike.
 */
async function measure(targets: Target[], path: string) {
	const samples = targets.map(() => ({ cold: [] as Load[], warm: [] as Load[] }));
	for (let i = 0; i < RUNS; i++) {
		for (const [t, target] of targets.entries()) {
			const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
			const context = await chromium.launchPersistentContext(profile, {
				executablePath: CHROMIUM,
				args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
				viewport: { width: 1440, height: 900 }
			});
			try {
				await context.addInitScript(WATCH_TASKS);
				const cold = await context.newPage();
				samples[t].cold.push(await loadOnce(cold, target.url(path), target.engine, target.engine));
				await cold.close();
				const warm = await context.newPage();
				samples[t].warm.push(await loadOnce(warm, target.url(path), target.engine, false));
			} finally {
				await context.close();
				rmSync(profile, { recursive: true, force: true });
			}
		}
	}
	const summary = (loads: Load[]) =>
		Object.fromEntries(
			(Object.keys(loads[0]) as (keyof Load)[]).map((key) => {
				const values = loads.map((l) => l[key]).filter((v) => !Number.isNaN(v));
				return [key, values.length ? median(values) : NaN];
			})
		) as Load;
	return samples.map((s) => ({ cold: summary(s.cold), warm: summary(s.warm) }));
}

interface Step {
	name: string;
	/** statements run in the page: the user's click or choice */
	act: string;
	/** an expression true once the answer is on screen */
	done: string;
	/** the page's measure of DuckDB's part: `query-answer` unless said */
	measure?: string;
	/** a mark the mouse rests on for REST_MS before the act, as a hand does before a click */
	hover?: string;
	/** a list the reader opens (focuses) REST_MS before choosing from it */
	focus?: string;
}

/** a hand's rest on a bar before it clicks, or an open list before the choice; people take
 * longer (≈ 300 ms), so this is cautious */
const REST_MS = 150;

const choose = (testid: string, value: string) => `{
	const select = document.querySelector('[data-testid=${testid}]');
	select.value = ${value};
	select.dispatchEvent(new Event('change', { bubbles: true }));
}`;
const click = (selector: string) =>
	`document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new MouseEvent('click', { bubbles: true }));`;
const idle = `!document.querySelector('[aria-busy="true"]')`;
const title = `document.querySelector('figure[data-chart=explore] h3').textContent`;
const firstCounty = 'figure[data-chart=coverage] [role=button]';
/** the console's answer is the village units' (it opens on another, prerendered) */
const villageUnitsShown = `[...document.querySelectorAll('[data-testid=result-table] th')].some((th) => th.textContent.includes('township_code'))`;
const villagesDrilled = `location.search.includes('county=') && !!document.querySelector('[data-testid=township-select]') && ${idle}`;

/** each scenario is one page load; its steps run in order on it */
const INTERACTIONS: { path: string; steps: Step[] }[] = [
	{
		path: '/explore',
		steps: [
			{
				name: '探索：换指标',
				focus: '[data-testid=measure-select]',
				act: choose('measure-select', "'excellent_rate'"),
				done: `${title}.includes('考核优秀率') && ${idle}`
			},
			{
				name: '探索：改分组',
				focus: '[data-testid=by-select]',
				act: choose('by-select', "'unit'"),
				done: `${title}.includes('按单位') && ${idle}`
			}
		]
	},
	{
		path: '/explore',
		steps: [
			{
				name: '探索：按乡镇（街道）',
				focus: '[data-testid=by-select]',
				act: choose('by-select', "'township'"),
				done: `${title}.includes('按乡镇') && ${idle}`
			},
			{
				name: '探索：改年度范围',
				focus: '[data-testid=from-select]',
				act: choose('from-select', 'select.options[select.options.length - 2].value'),
				done: `location.search.includes('from=') && ${idle} && !${title}.includes('2016')`
			}
		]
	},
	{
		path: '/explore?chart=bar',
		steps: [
			{
				name: '探索：下钻到区县',
				act: click('figure[data-chart=explore] [role=button]'),
				done: `location.search.includes('county=') && ${title}.includes('按乡镇') && ${idle}`
			}
		]
	},
	{
		path: '/digitization',
		steps: [
			{
				name: '数字化：点选档案馆',
				act: click('figure[data-chart=holdings] [role=button]:nth-of-type(2)'),
				done: `location.search.includes('archive=') && !document.querySelector('figure[data-chart=digital-copies] h3').textContent.includes('全市')`
			}
		]
	},
	{
		path: '/villages',
		steps: [
			{
				name: '村级：下钻到区县（直接点击，如触屏）',
				act: click(firstCounty),
				done: villagesDrilled
			}
		]
	},
	{
		path: '/villages',
		steps: [
			{
				name: '村级：下钻到区县（指针停留后点击）',
				hover: firstCounty,
				act: click(firstCounty),
				done: villagesDrilled
			}
		]
	},
	{
		path: '/explore/sql',
		steps: [
			{
				// the first page shows before the answer is stored and counted: this is the whole of it
				name: 'SQL：运行到计完总行数',
				focus: '[data-testid=example-select]',
				act: choose('example-select', "'villages'"),
				done: `${villageUnitsShown} && document.querySelector('[data-testid=result-count]').textContent.includes('共')`,
				measure: 'query-stored'
			}
		]
	},
	{
		path: '/explore/sql',
		steps: [
			{
				name: 'SQL：运行（全部村级单位）',
				focus: '[data-testid=example-select]',
				act: choose('example-select', "'villages'"),
				done: `${villageUnitsShown} && !!document.querySelector('[data-testid=result-table] tbody tr')`
			},
			{
				name: 'SQL：下一页',
				act: `[...document.querySelectorAll('.pager button')].at(-1).click();`,
				done: `document.querySelector('[data-testid=result-page]').textContent.includes('第 2')`
			},
			{
				name: 'SQL：按列排序',
				act: click('[data-testid=result-table] th button'),
				done: `!!document.querySelector('[data-testid=result-table][aria-busy=false] th[aria-sort=ascending]')`
			},
			{
				name: 'SQL：搜索（一个字）',
				act: `{
					const input = document.querySelector('[data-testid=result-search]');
					input.value = '村';
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}`,
				// the rows found: the count line speaks of the search as they are shown (how many they
				// are is counted after). Watching for the table to have been busy missed a busy state
				// shorter than a frame, and waited for ever
				done: `document.querySelector('[data-testid=result-count]').textContent.includes('搜索到') && !!document.querySelector('[data-testid=result-table][aria-busy=false]')`
			}
		]
	}
];

/** the step's time to the answer on screen, and how much of it DuckDB's answer took */
const STEP = ({ act, done, measure = 'query-answer' }: Step) => `(async () => {
	performance.clearMeasures('${measure}');
	const start = performance.now();
	${act}
	await new Promise((finished) => {
		const check = () => {
			if (${done}) requestAnimationFrame(() => finished());
			else requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	});
	const total = performance.now() - start;
	const answers = performance.getEntriesByName('${measure}');
	return [total, answers.length ? answers.at(-1).duration : null];
})()`;

async function measureInteractions(baseUrl: string) {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const samples = new Map<string, number[]>();
	const answers = new Map<string, number[]>();
	try {
		for (const scenario of INTERACTIONS) {
			if (!VIEWS.includes(scenario.path.split('?')[0])) continue;
			for (let i = 0; i < RUNS; i++) {
				const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
				const page = await context.newPage();
				await page.goto(baseUrl + scenario.path);
				await page.waitForFunction(
					() => performance.getEntriesByName('duckdb-ready').length > 0,
					null,
					{ timeout: 120_000 }
				);
				await page.waitForTimeout(1000);
				for (const step of scenario.steps) {
					// as a reader looks at one answer before asking the next
					await page.waitForTimeout(500);
					if (step.hover) await page.hover(step.hover);
					if (step.focus) await page.focus(step.focus);
					if (step.hover || step.focus) await page.waitForTimeout(REST_MS);
					const [ms, answer] = (await page.evaluate(STEP(step))) as [number, number | null];
					samples.set(step.name, [...(samples.get(step.name) ?? []), ms]);
					if (answer !== null) answers.set(step.name, [...(answers.get(step.name) ?? []), answer]);
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	return [...samples].map(
		([name, values]) =>
			[name, median(values), answers.has(name) ? median(answers.get(name)!) : NaN] as const
	);
}

/** A year of assessments for as many units as a national-scale file might list, deterministic. */
function importFile(rows: number): string {
	const path = `bench-data/import-${rows / 1000}k.csv`;
	if (existsSync(path)) return path;
	mkdirSync('bench-data', { recursive: true });
	const lines = ['年度,单位,类别,得分'];
	for (let i = 0; i < rows; i++)
		lines.push(`2024,测试单位${i},市直机关,${60 + ((i * 37) % 400) / 10}`);
	writeFileSync(path, `${lines.join('\r\n')}\r\n`);
	return path;
}

/**
 * Import a generated file on /data: the time to the checked result with its preview and the
 * longest task the page's main thread ran meanwhile (the page cannot answer a click for that long),
 * then, with `commit`, the time from 确认导入 to done.
 */
async function measureImport(baseUrl: string, rows: number, commit: boolean) {
	const file = importFile(rows);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox']
	});
	const checked: number[] = [];
	const committed: number[] = [];
	const blocked: number[] = [];
	const commitBlocked: number[] = [];
	try {
		for (let i = 0; i < Math.min(RUNS, 3); i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${baseUrl}/data`);
			await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0);
			await page.evaluate(() => {
				const w = window as unknown as { longest: number };
				w.longest = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
				}).observe({ type: 'longtask' });
			});
			let start = Date.now();
			await page.locator('#import-file').setInputFiles(file);
			await page.getByTestId('import-result').waitFor({ timeout: 600_000 });
			checked.push(Date.now() - start);
			blocked.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
			if (commit) {
				await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
				start = Date.now();
				await page.getByRole('button', { name: /确认导入/ }).click();
				await page.locator('.notice-ok').waitFor({ timeout: 300_000 });
				committed.push(Date.now() - start);
				commitBlocked.push(
					await page.evaluate(() => (window as unknown as { longest: number }).longest)
				);
			}
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const size = (statSync(file).size / 1024 / 1024).toFixed(1);
	return {
		rows,
		size,
		checked: median(checked),
		committed: commit ? median(committed) : NaN,
		blocked: Math.round(median(blocked)),
		commitBlocked: commit ? Math.round(median(commitBlocked)) : NaN
	};
}

/**
 * A leader picks a year one second after opening /assessment, before DuckDB is ready: the time from
 * that choice to the chosen year's figures on screen (from the year rendered ahead; the engine
 * answers again once ready).
 */
async function measureEarlyYear(baseUrl: string) {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox']
	});
	const times: number[] = [];
	let engineWasReady = 0;
	try {
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${baseUrl}/assessment`, { waitUntil: 'commit' });
			await page.waitForFunction(() => performance.now() >= 1000);
			if (await page.evaluate(() => performance.getEntriesByName('duckdb-ready').length > 0))
				engineWasReady++;
			const start = Date.now();
			await page.getByTestId('year-select').selectOption('2021');
			await page.locator('h1', { hasText: '2021年' }).waitFor({ timeout: 60_000 });
			times.push(Date.now() - start);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return { chosenToShown: median(times), engineWasReady };
}

if (!process.argv.includes('--no-build')) build();
try {
	if (!execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim())
		console.log(
			'注意：本机没有中文系统字体（apt-get install fonts-noto-cjk），首次绘制会慢于读者的电脑'
		);
} catch {
	// no fontconfig: not a Linux desktop, nothing to say
}
const rows: string[][] = [];
// the service, as a bureau runs it: pages rendered per published version, assets compressed (it is
// measured once its compressed copies are ready; the first start makes them, in the background).
// Each view's loads take turns between the inline page, the static site and the service, so all
// meet the same machine.
const service =
	process.env.BENCH_SKIP_SERVICE || !PARTS.has('loads')
		? null
		: await startService(
				{ READ_ACCESS: 'open', COMPRESS_ASSETS: 'on' },
				{ waitFor: '静态资源已压缩' }
			);
const interactionRows: string[][] = [];
const scales = [
	['示例数据（长沙）', 'build'],
	...(NATIONAL ? [['全国规模（62万村级单位）', 'build-national']] : [])
] as const;
// with --no-build, a scale never built is left out (said), not a crash that leaves the service running
const built = scales.filter(([name, dir]) => {
	if (existsSync(join(dir, 'data'))) return true;
	console.log(`${name}：未找到 ${dir}/，跳过（去掉 --no-build 以构建）`);
	return false;
});
const ms = (v: number) => (Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);
const kb = (v: number) => (Number.isNaN(v) ? '—' : `${Math.round(v / 1024)} KB`);
try {
	for (const [name, dir] of built) {
		const { server, url } = await serveStatic(resolve(dir), 0, { compress: true });
		const inlineDir = mkdtempSync(join(tmpdir(), 'bench-inline-'));
		await writeInlinePages(dir, VIEWS, inlineDir);
		const inline = await serveStatic(inlineDir, 0, { compress: true });
		const data = (folderBytes(join(dir, 'data')) / 1024 / 1024).toFixed(1);
		const targets: Target[] = [
			{ name: '手写内联数据页', url: (p) => inline.url + inlinePath(p), engine: false },
			{ name, url: (p) => url + p, engine: true },
			...(service !== null && dir === 'build'
				? [{ name: '服务（示例数据）', url: (p: string) => service.url + p, engine: true }]
				: [])
		];
		try {
			for (const view of PARTS.has('loads') ? VIEWS : []) {
				const [lower, ...measured] = await measure(targets, view);
				for (const [i, result] of [lower, ...measured].entries()) {
					for (const visit of ['cold', 'warm'] as const) {
						const load = result[visit];
						const ratio = load.paint / lower[visit].paint;
						rows.push([
							targets[i].name,
							view,
							visit === 'cold' ? '冷' : '热',
							ms(load.paint),
							i === 0 ? '1' : Number.isNaN(ratio) ? '—' : ratio.toFixed(2),
							kb(load.bytes),
							ms(load.longest),
							ms(load.longestAfter),
							ms(load.ready),
							ms(load.year),
							i === 0 ? '—' : `${data} MB`
						]);
						console.log(rows.at(-1)!.join('  '));
					}
				}
			}
			const interactions = PARTS.has('interactions') ? await measureInteractions(url) : [];
			for (const [step, total, answer] of interactions) {
				interactionRows.push([name, step, ms(total), ms(answer)]);
				console.log(interactionRows.at(-1)!.join('  '));
			}
		} finally {
			server.close();
			inline.server.close();
			rmSync(inlineDir, { recursive: true, force: true });
		}
	}
} finally {
	await service?.stop();
}
const site = await serveStatic(resolve('build'));
// a planner's large import, and a million rows (the cap is 1.1 million lines), each committed
const [early, imports] = await (async () =>
	[
		PARTS.has('early') ? await measureEarlyYear(site.url) : null,
		PARTS.has('imports')
			? [
					await measureImport(site.url, 300_000, true),
					await measureImport(site.url, 1_000_000, true)
				]
			: []
	] as const)().finally(() => site.server.close());

const header = [
	'页面',
	'视图',
	'访问',
	'首个图表',
	'与内联页之比',
	'首图前字节',
	'首图前最长任务',
	'首图后至就绪最长任务',
	'DuckDB就绪',
	'切换年度',
	'Arrow数据'
];
console.log(
	`\n加载中位数（${RUNS}次，Chromium 无头，127.0.0.1，均以 brotli 压缩；冷：新的浏览器配置，热：同一配置再次打开；最长任务 0 ms 即无超过 50 ms 的任务）`
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\n交互：从点击到重绘完成（中位数 ${RUNS} 次）`);
console.log('| 数据集 | 交互 | 用时 | 其中 DuckDB 作答 |\n|---|---|---|---|');
for (const row of interactionRows) console.log(`| ${row.join(' | ')} |`);
if (early)
	console.log(
		`\n打开 /assessment 1 秒后选择 2021 年（DuckDB 尚未就绪：${RUNS - early.engineWasReady}/${RUNS} 次）：到 2021 年的数字显示 ${early.chosenToShown} ms（中位数）`
	);
for (const imported of imports)
	console.log(
		`\n导入 ${imported.rows.toLocaleString('en-US')} 行 CSV（${imported.size} MB，中位数 ${Math.min(RUNS, 3)} 次）：读取并校验＋预览 ${imported.checked} ms（其间主线程最长任务 ${imported.blocked} ms）${Number.isNaN(imported.committed) ? '' : `，确认导入 ${imported.committed} ms（其间主线程最长任务 ${imported.commitBlocked} ms）`}`
	);
