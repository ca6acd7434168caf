/**
 * For each view, a page with the view's default data inline (its prerendered loader output, the
 * `__data.json` the build wrote) and a d3 bar chart drawn from it before the first paint: the lower
 * bound of a first chart, in the same run as the dashboard's (`npm run bench`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unflatten } from 'devalue';
import { build } from 'vite';

async function drawScript(): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: {
				entry: join(import.meta.dirname, 'drawFirstChart.ts'),
				formats: ['iife'],
				name: 'drawFirstChart'
			}
		}
	});
	const [result] = Array.isArray(output) ? output : [output];
	if (!('output' in result)) throw new Error('the inline page script did not build');
	return result.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

/** the page's own data node of a prerendered `__data.json` */
function viewData(buildDir: string, view: string): unknown {
	const file = join(buildDir, view === '/' ? '' : view, '__data.json');
	const { nodes } = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { data?: unknown[] }[] };
	const page = nodes.at(-1);
	return page?.data ? unflatten(page.data) : null;
}

/** Write one page per view into `outDir`, named as the view (`/` → index.html). */
export async function writeInlinePages(buildDir: string, views: string[], outDir: string) {
	const script = (await drawScript()).replaceAll('</script', '<\\/script');
	mkdirSync(outDir, { recursive: true });
	for (const view of views) {
		const data = JSON.stringify(viewData(buildDir, view)).replaceAll('<', '\\u003c');
		writeFileSync(
			join(outDir, `${pageName(view)}.html`),
			`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${view}</title>
<style>body{font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif;margin:24px}rect{fill:#3b6ea5}</style>
</head><body><h1>${view}</h1><figure class="chart-frame" id="chart"></figure>
<script type="application/json" id="data">${data}</script>
<script>${script}</script></body></html>`
		);
	}
}

/** `/` → index, `/explore/sql` → explore-sql */
const pageName = (view: string) => (view === '/' ? 'index' : view.slice(1).replaceAll('/', '-'));

/** the path of a view's inline page on a server of `outDir` */
export const inlinePath = (view: string) => (view === '/' ? '/' : `/${pageName(view)}`);
