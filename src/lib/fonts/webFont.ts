import { FONT_TIERS, inRange, WEIGHTS, type FontTier } from './fontTiers';

export const FONT_FAMILY = 'Noto Sans SC';

/** the font build's files (none in a checkout not yet built: the system fonts then draw the text) */
const FILES = import.meta.glob<string>('./subsets/*.woff2', {
	query: '?url',
	import: 'default',
	eager: true
});
const CHARACTERS = import.meta.glob<string>('./subsets/*.txt', {
	query: '?raw',
	import: 'default'
});

export interface WebFace extends FontTier {
	weight: string;
	url: string;
}

/** every face of the page's font, in declaration order */
export const WEB_FACES: readonly WebFace[] = FONT_TIERS.flatMap((tier) =>
	WEIGHTS.flatMap((weight) => {
		const url = FILES[`./subsets/${tier.name}-${weight}.woff2`];
		return url ? [{ ...tier, weight, url }] : [];
	})
);

const added = new Map<WebFace, FontFace>();

/**
 * Add the page's font. Not a stylesheet: the first paint waits for no font, the text is drawn in the
 * system's Chinese font (`font-family` in app.css) until this one arrives, and only the faces whose
 * characters a page shows are fetched.
 */
export function addWebFont(): void {
	if (added.size > 0 || typeof FontFace === 'undefined') return;
	for (const face of WEB_FACES) {
		const descriptors: FontFaceDescriptors = { weight: face.weight, display: 'swap' };
		if (face.range) descriptors.unicodeRange = face.range;
		const fontFace = new FontFace(FONT_FAMILY, `url(${face.url}) format('woff2')`, descriptors);
		document.fonts.add(fontFace);
		added.set(face, fontFace);
	}
}

const held = new Map<string, Promise<Set<number> | null>>();

/** The characters a tier's file holds; null for a rare tier, which holds its whole block. */
function tierCharacters(name: string): Promise<Set<number> | null> {
	const load = CHARACTERS[`./subsets/${name}.txt`];
	if (!load) return Promise.resolve(null);
	if (!held.has(name))
		held.set(
			name,
			load().then((text) => new Set([...text].map((c) => c.codePointAt(0)!)))
		);
	return held.get(name)!;
}

/**
 * The faces of one weight that draw `text`, in declaration order: each character is looked up as
 * the browser does (the face declared last first), so a text of the interface's and the data's
 * words needs the `text` tier alone. (`document.fonts.load` would fetch every face whose range
 * covers a character: the rare tiers with it.)
 */
export async function facesDrawing(text: string, weight: string): Promise<WebFace[]> {
	const own = WEB_FACES.filter((face) => face.weight === weight);
	const holds = await Promise.all(own.map((face) => tierCharacters(face.name)));
	const needed = new Set<WebFace>();
	for (const char of new Set(text)) {
		const point = char.codePointAt(0)!;
		for (let i = own.length - 1; i >= 0; i--) {
			if (inRange(own[i].range, point) && (holds[i]?.has(point) ?? true)) {
				needed.add(own[i]);
				break;
			}
		}
	}
	return own.filter((face) => needed.has(face));
}

/** Fetch the faces `text` needs in `weight` before it is drawn (a bold title, an answer's names). */
export function loadGlyphs(text: string, weight: string): void {
	void facesDrawing(text, weight).then((faces) => {
		for (const face of faces)
			added
				.get(face)
				?.load()
				.catch(() => {});
	});
}

/** Fetch the common characters' face in the background: an answer's names then draw at once. */
export function loadCommonCharacters(): void {
	for (const [face, fontFace] of added)
		if (face.name === 'common' && face.weight === '400') fontFace.load().catch(() => {});
}
