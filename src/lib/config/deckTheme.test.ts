import { describe, expect, test } from 'vitest';
import { DEFAULT_DECK_THEME, inkOn, logoKind, parseDeckTheme } from './deckTheme.svelte';

describe('the deck theme setting', () => {
	test('a stored theme is read field by field: a bad field falls back, the others stay', () => {
		expect(parseDeckTheme(null)).toEqual(DEFAULT_DECK_THEME);
		expect(parseDeckTheme('not json')).toEqual(DEFAULT_DECK_THEME);
		expect(
			parseDeckTheme(
				JSON.stringify({ banner: 'red', bureau: '  望城区档案局 ', logo: 'javascript:alert(1)' })
			)
		).toEqual({ banner: DEFAULT_DECK_THEME.banner, bureau: '望城区档案局', logo: null });
		expect(
			parseDeckTheme(JSON.stringify({ banner: '#8A1C1C', logo: 'data:image/png;base64,AA==' }))
		).toEqual({ banner: '#8a1c1c', bureau: '', logo: 'data:image/png;base64,AA==' });
		// an SVG logo could carry script and does not go into a .pptx
		expect(
			parseDeckTheme(JSON.stringify({ logo: 'data:image/svg+xml;base64,AA==' })).logo
		).toBeNull();
	});

	test('text on the banner is white on dark colours and black on light ones', () => {
		expect(inkOn('#005a8e')).toBe('#ffffff');
		expect(inkOn('#8a1c1c')).toBe('#ffffff');
		expect(inkOn('#ffd700')).toBe('#000000');
		expect(inkOn('#ffffff')).toBe('#000000');
	});

	test('a logo is known by its first bytes, not its name', () => {
		expect(logoKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('png');
		expect(logoKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
		expect(logoKind(new TextEncoder().encode('GIF89a'))).toBeNull();
		expect(logoKind(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
	});
});
