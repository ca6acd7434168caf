import { crc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { tinyPng } from '../../../tests/fixtures/tinyPng';
import { pngInfo, setPngDpi } from './pngDpi';

describe('PNG resolution', () => {
	test('a PNG gets a 300 dpi pHYs chunk after its header, pixels untouched', () => {
		const png = tinyPng();
		expect(pngInfo(png)).toEqual({ width: 3, height: 2, dpi: null });
		const marked = setPngDpi(png, 300);
		expect(pngInfo(marked)).toEqual({ width: 3, height: 2, dpi: 300 });
		expect(marked.length).toBe(png.length + 21);
		// every chunk's checksum is right, by Node's own CRC-32
		const view = new DataView(marked.buffer);
		for (let at = 8; at < marked.length;) {
			const length = view.getUint32(at);
			expect(view.getUint32(at + 8 + length)).toBe(crc32(marked.subarray(at + 4, at + 8 + length)));
			at += 12 + length;
		}
		// setting it again replaces, not adds
		expect(setPngDpi(marked, 150).length).toBe(marked.length);
		expect(pngInfo(setPngDpi(marked, 150)).dpi).toBe(150);
	});
});
