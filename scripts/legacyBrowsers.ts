/**
 * A smoke run of every view of the static build in the Chromium cores of government PCs
 * (360安全浏览器 and 奇安信可信浏览器 run Chromium 86–108): each view renders, hydrates without an
 * uncaught error, starts DuckDB and answers a year change. The browsers come from npm packages
 * that ship them brotli-compressed (no download at test time): chrome-aws-lambda@5.3.1 is Chromium
 * 86, @sparticuz/chromium@108.0.3 is Chromium 108; puppeteer-core of that era drives both.
 *
 *   npx tsx scripts/legacyBrowsers.ts [build]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { Puppeteer } from 'puppeteer-core/lib/cjs/puppeteer/api-docs-entry.js';
import { serveStatic } from './staticServer.ts';

// the package of that era declares its types apart from its entry point
const puppeteer = createRequire(import.meta.url)('puppeteer-core') as Puppeteer;

const CORES = [
	{ name: 'Chromium 86', package: 'chrome-aws-lambda' },
	{ name: 'Chromium 108', package: '@sparticuz/chromium' }
];
const VIEWS = [
	'/',
	'/assessment',
	'/digitization',
	'/villages',
	'/explore',
	'/explore/sql',
	'/data'
];
/** what an older core says of a CSP keyword it does not know yet; it ignores the keyword */
const KNOWN_NOTE = /invalid source: ''wasm-unsafe-eval''/;

/** The package's browser and its libraries, unpacked once into node_modules/.cache. */
function unpack(pkg: string): string {
	const bin = resolve('node_modules', pkg, 'bin');
	const dir = resolve('node_modules/.cache/legacy-chromium', pkg.replace('/', '_'));
	const executable = join(dir, 'chromium');
	if (existsSync(executable)) return dir;
	mkdirSync(dir, { recursive: true });
	writeFileSync(executable, brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))), {
		mode: 0o755
	});
	writeFileSync(join(dir, 'aws.tar'), brotliDecompressSync(readFileSync(join(bin, 'aws.tar.br'))));
	execFileSync('tar', ['xf', 'aws.tar'], { cwd: dir });
	return dir;
}

async function smoke(core: (typeof CORES)[number], url: string): Promise<string[]> {
	const dir = unpack(core.package);
	const browser = await puppeteer.launch({
		executablePath: join(dir, 'chromium'),
		args: ['--headless', '--no-sandbox', '--no-zygote', '--single-process', '--disable-gpu'],
		env: { ...process.env, LD_LIBRARY_PATH: join(dir, 'lib') }
	});
	const failures: string[] = [];
	try {
		console.log(`${core.name}: ${await browser.version()}`);
		for (const view of VIEWS) {
			const page = await browser.newPage();
			const problems: string[] = [];
			page.on('pageerror', (e) => problems.push(`uncaught: ${(e as Error).message}`));
			page.on('console', (m) => {
				if (m.type() === 'error' && !KNOWN_NOTE.test(m.text())) problems.push(m.text());
			});
			await page.goto(`${url}${view}`, { waitUntil: 'load' });
			const step = async (what: string, task: () => Promise<unknown>) => {
				try {
					await task();
				} catch {
					problems.push(what);
				}
			};
			await step('the prerendered page is not on screen', () =>
				page.waitForFunction(() => (document.querySelector('main')?.textContent ?? '').length > 20)
			);
			await step('DuckDB did not start', () =>
				page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, {
					timeout: 60_000
				})
			);
			if (await page.$('[data-testid="year-select"]')) {
				const year = await page.$eval(
					'[data-testid="year-select"]',
					(select) => (select as HTMLSelectElement).options[1]?.value
				);
				await page.select('[data-testid="year-select"]', year);
				await step(`a year change to ${year} was not answered`, () =>
					page.waitForFunction(
						(y: string) => (document.querySelector('h1')?.textContent ?? '').includes(`${y}年`),
						{ timeout: 30_000 },
						year
					)
				);
			}
			console.log(`  ${view}: ${problems.length === 0 ? 'ok' : problems.join('；')}`);
			for (const problem of problems) failures.push(`${core.name} ${view}: ${problem}`);
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return failures;
}

const { server, url } = await serveStatic(resolve(process.argv[2] ?? 'build'));
const failures: string[] = [];
try {
	for (const core of CORES) failures.push(...(await smoke(core, url)));
} finally {
	server.close();
}
if (failures.length > 0) {
	console.error(`\n${failures.length} 个问题：\n${failures.join('\n')}`);
	process.exit(1);
}
