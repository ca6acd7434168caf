/**
 * Fails when the built site calls a built-in that Chromium 86 (the oldest core of the government
 * PCs' browsers) lacks and `src/lib/legacy/polyfills.ts` does not install: a page would hydrate
 * into a blank screen there. Those it installs (`at`, `findLast`, `findLastIndex`, `Object.hasOwn`,
 * `structuredClone`) are allowed. Run after `npm run build`:
 *
 *   npx tsx scripts/checkBuiltins.ts [build]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** built-ins newer than Chromium 86, with the version that brought them */
const NEWER: { name: string; chromium: number; pattern: RegExp }[] = [
	{ name: 'class static blocks', chromium: 94, pattern: /\bstatic\s*\{/ },
	{ name: 'AbortSignal.timeout', chromium: 103, pattern: /\bAbortSignal\.timeout\(/ },
	{ name: 'Array.prototype.toSorted', chromium: 110, pattern: /\.toSorted\(/ },
	{ name: 'Array.prototype.toReversed', chromium: 110, pattern: /\.toReversed\(/ },
	{ name: 'Array.prototype.toSpliced', chromium: 110, pattern: /\.toSpliced\(/ },
	{ name: 'String.prototype.isWellFormed', chromium: 111, pattern: /\.(is|to)WellFormed\(/ },
	{ name: 'AbortSignal.any', chromium: 116, pattern: /\bAbortSignal\.any\(/ },
	{ name: 'Object.groupBy', chromium: 117, pattern: /\b(Object|Map)\.groupBy\(/ },
	{ name: 'Promise.withResolvers', chromium: 119, pattern: /\bPromise\.withResolvers\(/ },
	{ name: 'URL.canParse', chromium: 120, pattern: /\bURL\.canParse\(/ },
	{ name: 'Array.fromAsync', chromium: 121, pattern: /\bArray\.fromAsync\(/ },
	{
		name: 'Set methods (union, intersection…)',
		chromium: 122,
		pattern: /\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/
	}
];

function scripts(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return scripts(path);
		return entry.name.endsWith('.js') ? [path] : [];
	});
}

const root = resolve(process.argv[2] ?? 'build');
const found: string[] = [];
for (const file of scripts(join(root, '_app'))) {
	const code = readFileSync(file, 'utf8');
	for (const { name, chromium, pattern } of NEWER) {
		const match = pattern.exec(code);
		if (match)
			found.push(
				`${relative(root, file)}: ${name}（Chromium ${chromium}）：…${code.slice(Math.max(0, match.index - 40), match.index + 40)}…`
			);
	}
}
if (found.length > 0) {
	console.error(
		`构建产物调用了 Chromium 86 所缺、且未由 src/lib/legacy/polyfills.ts 补齐的内置功能：\n${found.join('\n')}`
	);
	process.exit(1);
}
console.log('构建产物所用的内置功能 Chromium 86 均具备（或已补齐）');
