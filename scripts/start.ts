/**
 * `npm start`: build the service if its build is missing or older than the sources, then run it
 * (scripts/service.ts). `--build-only` builds and stops (`npm run build:service`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = process.env.SERVICE_BUILD_DIR ?? 'build-service';
const STAMP = join(BUILD, '.built');
const SOURCES = ['src', 'data', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		// static/data is the data build's output, not a source
		if (path === 'static' && entry === 'data') continue;
		latest = Math.max(latest, newest(join(path, entry)));
	}
	return latest;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env,
		shell: process.platform === 'win32'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (process.argv.includes('--build-only') || built < Math.max(...SOURCES.map(newest))) {
	console.log('正在构建看板服务……');
	run('npx', ['tsx', 'scripts/buildData.ts']);
	run('npx', ['tsx', 'scripts/buildFonts.ts']);
	run('npx', ['vite', 'build'], { ...process.env, DASHBOARD_BUILD: 'service', BUILD_DIR: BUILD });
	writeFileSync(STAMP, new Date().toISOString());
}
if (!process.argv.includes('--build-only')) {
	process.env.SERVICE_BUILD_DIR = BUILD;
	await import('./service.ts');
}
