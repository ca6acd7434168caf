/**
 * `npm run bench`: cold loads of the built site in Debian's Chromium, median of RUNS, on the bundled
 * sample data and on a national-scale dataset (every village-level unit of the country). Not a test:
 * it measures and prints a table.
 *
 *   首个图表   first contentful paint, with a chart of the prerendered HTML in the first screen (for
 *              /present: its first slide)
 *   DuckDB就绪 the `duckdb-ready` mark: wasm fetched, engine started, every Arrow table loaded
 *   切换年度   from choosing another year (1 s after DuckDB is ready) to every chart redrawn from
 *              DuckDB (next frame painted); views without a year picker (/explore) show —
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
 * Each view is also loaded cold from the service (`npm start`'s server, READ_ACCESS=open, its assets
 * compressed), taking turns with the static build run by run.
 *
 * Then imports on /data of generated assessment CSVs: 300,000 rows (12 MB) from choosing the file
 * to the checked result with its preview (read and checked in a worker) and from 确认导入 to done;
 * 1,000,000 rows (about 40 MB) to the checked result. For each, the longest main-thread task.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
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

type ColdLoad = { paint: number; ready: number; year: number };

/**
 * Cold loads of one view from each base URL, taking turns run by run, so that the machine's drift
 * over a minute (±80 ms here) falls on every site alike.
 */
async function measure(bases: string[], path: string): Promise<ColdLoad[]> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const samples = bases.map(() => ({
		paint: [] as number[],
		ready: [] as number[],
		year: [] as number[]
	}));
	try {
		for (let i = 0; i < RUNS; i++) {
			for (const [b, baseUrl] of bases.entries()) {
				const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
				const page = await context.newPage();
				await page.goto(baseUrl + path);
				const paint = await page.evaluate(() => {
					const chart = document.querySelector(
						'figure.chart-frame svg, .kpi-card svg, section.slide:not([hidden])'
					);
					const fcp = performance.getEntriesByName('first-contentful-paint')[0];
					if (!chart || chart.getBoundingClientRect().top > innerHeight) return null;
					return fcp?.startTime ?? null;
				});
				await page.waitForFunction(
					() => performance.getEntriesByName('duckdb-ready').length > 0,
					null,
					{ timeout: 120_000 }
				);
				const ready = await page.evaluate(
					() => performance.getEntriesByName('duckdb-ready')[0].startTime
				);
				// a reader takes at least a second before choosing a year; by then the default view's
				// queries have warmed the cache, as they would in use
				await page.waitForTimeout(1000);
				const year = (await page.evaluate(YEAR_CHANGE)) as number | null;
				if (paint !== null) samples[b].paint.push(paint);
				samples[b].ready.push(ready);
				if (year !== null) samples[b].year.push(year);
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	return samples.map((s) => ({
		paint: s.paint.length ? median(s.paint) : NaN,
		ready: median(s.ready),
		year: s.year.length ? median(s.year) : NaN
	}));
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
const rows: string[][] = [];
const serviceRows: string[][] = [];
// the service, as a bureau runs it: pages rendered per published version, assets compressed (it is
// measured once its compressed copies are ready; the first start makes them, in the background).
// Each view's loads take turns between the static site and the service, so both meet the same machine.
const service = process.env.BENCH_SKIP_SERVICE
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
try {
	for (const [name, dir] of built) {
		const { server, url } = await serveStatic(resolve(dir));
		const data = (folderBytes(join(dir, 'data')) / 1024 / 1024).toFixed(1);
		try {
			for (const view of VIEWS) {
				const withService = service !== null && dir === 'build';
				const [m, s] = await measure(withService ? [url, service.url] : [url], view);
				rows.push([
					name,
					view,
					`${data} MB`,
					...[m.paint, m.ready, m.year].map((v) => `${Math.round(v)} ms`)
				]);
				console.log(rows.at(-1)!.join('  '));
				if (s) {
					serviceRows.push([
						'服务（示例数据，brotli）',
						view,
						`${data} MB`,
						...[s.paint, s.ready, s.year].map((v) => `${Math.round(v)} ms`)
					]);
					console.log(serviceRows.at(-1)!.join('  '));
				}
			}
			for (const [step, ms, answer] of await measureInteractions(url)) {
				interactionRows.push([name, step, `${Math.round(ms)} ms`, `${Math.round(answer)} ms`]);
				console.log(interactionRows.at(-1)!.join('  '));
			}
		} finally {
			server.close();
		}
	}
} finally {
	await service?.stop();
}
rows.push(...serviceRows);
const site = await serveStatic(resolve('build'));
// a planner's large import, and a million rows (the cap is 1.1 million lines), each committed
const [early, imports] = await (async () =>
	[
		await measureEarlyYear(site.url),
		[await measureImport(site.url, 300_000, true), await measureImport(site.url, 1_000_000, true)]
	] as const)().finally(() => site.server.close());

const header = ['数据集', '视图', 'Arrow数据', '首个图表', 'DuckDB就绪', '切换年度'];
console.log(
	`\n冷启动中位数（${RUNS}次，Chromium 无头，127.0.0.1；静态站点未压缩，服务以 brotli 压缩）`
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ').replaceAll('NaN ms', '—')} |`);
console.log(`\n交互：从点击到重绘完成（中位数 ${RUNS} 次）`);
console.log('| 数据集 | 交互 | 用时 | 其中 DuckDB 作答 |\n|---|---|---|---|');
for (const row of interactionRows) console.log(`| ${row.join(' | ').replaceAll('NaN ms', '—')} |`);
console.log(
	`\n打开 /assessment 1 秒后选择 2021 年（DuckDB 尚未就绪：${RUNS - early.engineWasReady}/${RUNS} 次）：到 2021 年的数字显示 ${early.chosenToShown} ms（中位数）`
);
for (const imported of imports)
	console.log(
		`\n导入 ${imported.rows.toLocaleString('en-US')} 行 CSV（${imported.size} MB，中位数 ${Math.min(RUNS, 3)} 次）：读取并校验＋预览 ${imported.checked} ms（其间主线程最长任务 ${imported.blocked} ms）${Number.isNaN(imported.committed) ? '' : `，确认导入 ${imported.committed} ms（其间主线程最长任务 ${imported.commitBlocked} ms）`}`
	);
