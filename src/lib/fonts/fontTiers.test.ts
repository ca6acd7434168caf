import { describe, expect, it } from 'vitest';
import { FONT_TIERS, inRange, rangeCodePoints } from './fontTiers';

describe('font tiers', () => {
	it('reads a unicode-range as code point ranges', () => {
		expect(rangeCodePoints('U+4E00-75FF, U+3400')).toEqual([
			[0x4e00, 0x75ff],
			[0x3400, 0x3400]
		]);
		expect(inRange('U+4E00-75FF', 0x6863)).toBe(true);
		expect(inRange('U+4E00-75FF', 0x7600)).toBe(false);
		expect(inRange(null, 0x1f600)).toBe(true);
	});

	it('gives every code point one rare tier, and declares `text` last, covering all', () => {
		const rare = FONT_TIERS.filter((t) => t.name.startsWith('rare-'));
		for (const point of [0x41, 0x3042, 0x3bbe, 0x4e00, 0x75ff, 0x7600, 0x9fff, 0xff0c, 0x2348d])
			expect(rare.filter((t) => inRange(t.range, point)).map((t) => t.name)).toHaveLength(1);
		expect(FONT_TIERS.at(-1)).toEqual({ name: 'text', range: null });
	});
});
