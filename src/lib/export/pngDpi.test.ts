import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pngInfo, setPngDpi } from './pngDpi';

/** a real 3×2 grey PNG, built by hand so the test needs no image library */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: Buffer) => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(data.length);
		head.write(type, 4, 'ascii');
		const tail = Buffer.alloc(4);
		tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
		return Buffer.concat([head, data, tail]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(3, 0);
	ihdr.writeUInt32BE(2, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 0; // greyscale
	const rows = Buffer.from([0, 1, 2, 3, 0, 4, 5, 6]);
	return new Uint8Array(
		Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			chunk('IHDR', ihdr),
			chunk('IDAT', deflateSync(rows)),
			chunk('IEND', Buffer.alloc(0))
		])
	);
}

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
