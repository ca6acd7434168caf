/*
 * The Chinese web font comes in about a hundred subsets by character, each fetched when a character
 * of it is first drawn; one that arrives after a new answer is drawn lays the page out again, so
 * a large table is laid out twice.
 */

/** Fetch every subset of the regular weight in the background, once DuckDB is ready. */
export function loadRegularWeight(): void {
	document.fonts.forEach((face) => {
		if (face.weight === '400' && face.status === 'unloaded') face.load().catch(() => {});
	});
}

/** Fetch the bold subsets `text` needs, before it appears in a bold title. */
export function loadBoldGlyphs(text: string): void {
	document.fonts.load(`700 1em "Noto Sans SC"`, text).catch(() => {});
}
