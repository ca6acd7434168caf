/**
 * The deck's look, set per browser in /present and used by /present and its .pptx alike: the banner
 * colour, the bureau's name as the deck states it, and an optional logo.
 */
export interface DeckTheme {
	/** #rrggbb */
	banner: string;
	/** empty: the bureau's name in the reader's language */
	bureau: string;
	/** a PNG or JPEG as a data: URL */
	logo: string | null;
}

export const DEFAULT_DECK_THEME: DeckTheme = { banner: '#005a8e', bureau: '', logo: null };
export const DECK_THEME_STORAGE_KEY = 'archives-dashboard.deckTheme';
/** a logo is drawn at most a few centimetres wide: more bytes only slow the deck and the .pptx */
export const LOGO_MAX_BYTES = 512 * 1024;

const HEX = /^#[0-9a-f]{6}$/i;

/** A stored theme, each field checked on its own: a bad field falls back, the others stay. */
export function parseDeckTheme(stored: string | null): DeckTheme {
	let value: Partial<Record<keyof DeckTheme, unknown>> = {};
	try {
		const parsed = JSON.parse(stored ?? '{}');
		if (parsed && typeof parsed === 'object') value = parsed;
	} catch {
		// an unreadable setting is the default one
	}
	return {
		banner:
			typeof value.banner === 'string' && HEX.test(value.banner)
				? value.banner.toLowerCase()
				: DEFAULT_DECK_THEME.banner,
		bureau: typeof value.bureau === 'string' ? value.bureau.trim().slice(0, 40) : '',
		logo:
			typeof value.logo === 'string' && /^data:image\/(png|jpeg);base64,/.test(value.logo)
				? value.logo
				: null
	};
}

/** Text on the banner colour: white, unless the colour is light enough that black reads better. */
export function inkOn(banner: string): '#ffffff' | '#000000' {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(banner.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	// the contrast against white equals the contrast against black at this luminance
	return luminance > 0.179 ? '#000000' : '#ffffff';
}

/** The kind of a logo file by its first bytes, not its name: only PNG and JPEG go into a .pptx. */
export function logoKind(bytes: Uint8Array): 'png' | 'jpeg' | null {
	if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
		return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	return null;
}

class DeckThemeSetting {
	#theme = $state<DeckTheme>(DEFAULT_DECK_THEME);

	get current(): DeckTheme {
		return this.#theme;
	}

	set current(theme: DeckTheme) {
		this.#theme = theme;
		if (typeof localStorage !== 'undefined')
			localStorage.setItem(DECK_THEME_STORAGE_KEY, JSON.stringify(theme));
	}

	restore(): void {
		this.#theme = parseDeckTheme(localStorage.getItem(DECK_THEME_STORAGE_KEY));
	}
}

export const deckTheme = new DeckThemeSetting();
