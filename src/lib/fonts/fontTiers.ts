/**
 * The page's Chinese font (Noto Sans SC) is cut at build (`scripts/buildFonts.ts`) into a few files
 * per weight, by how likely a page is to need them:
 * - `text`: every character of the interface and the shipped data, always fetched;
 * - `common`: GB 2312's first level and every division name's characters, fetched when a page shows
 *   a character `text` lacks (an imported unit's name, a village list);
 * - the rare tiers: the rest of the font by block, each fetched only when one of its characters is drawn.
 * The browser tries the faces of one family in reverse order of declaration, so `text` is declared
 * last and covers everything: a character it lacks falls to `common`, then to the block's rare tier,
 * then to the system fonts of the `font-family` list.
 */
export interface FontTier {
	name: string;
	/** CSS unicode-range of the face; null: every character */
	range: string | null;
}

export const WEIGHTS = ['400', '700'] as const;

/** in declaration order: the last is tried first */
export const FONT_TIERS: readonly FontTier[] = [
	{ name: 'rare-symbols', range: 'U+0-33FF, U+A000-F8FF, U+FB00-FFFF' },
	{ name: 'rare-ext', range: 'U+3400-4DBF, U+F900-FAFF, U+20000-3FFFF' },
	{ name: 'rare-cjk1', range: 'U+4E00-75FF' },
	{ name: 'rare-cjk2', range: 'U+7600-9FFF' },
	{ name: 'common', range: 'U+3400-9FFF, U+F900-FAFF, U+20000-3FFFF' },
	{ name: 'text', range: null }
];

/** Code point ranges of a CSS unicode-range. */
export function rangeCodePoints(range: string): [number, number][] {
	return range.split(',').map((part) => {
		const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to ?? from, 16)];
	});
}

export function inRange(range: string | null, codePoint: number): boolean {
	return (
		range === null || rangeCodePoints(range).some(([a, b]) => codePoint >= a && codePoint <= b)
	);
}
