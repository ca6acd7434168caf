/**
 * Fetch the web-font subsets that `texts` need before they are shown. The Chinese font comes in
 * about a hundred subsets by character; one first met while a new answer is drawn arrives after it
 * and lays the page out a second time.
 */
export function loadGlyphs(
	texts: Iterable<string>,
	weights: readonly number[] = [400]
): Promise<void> {
	if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
	const text = [...new Set([...texts].join(''))].join('');
	return Promise.all(weights.map((w) => document.fonts.load(`${w} 1em "Noto Sans SC"`, text))).then(
		() => {},
		() => {}
	);
}
