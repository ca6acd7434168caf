/**
 * A PNG that says its resolution: with a pHYs chunk of 300 dpi, a 1890-pixel-wide chart is placed
 * 16 cm wide by Word and WPS, as the print preset promises. Canvas output carries no such chunk.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(new TextEncoder().encode(type), 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** The PNG with its pHYs chunk set to `dpi` (any earlier one dropped). */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const parts: Uint8Array[] = [png.subarray(0, 8)];
	const perMetre = Math.round(dpi / 0.0254);
	const phys = new Uint8Array(9);
	new DataView(phys.buffer).setUint32(0, perMetre);
	new DataView(phys.buffer).setUint32(4, perMetre);
	phys[8] = 1;
	let at = 8;
	while (at < png.length) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		const whole = png.subarray(at, at + 12 + length);
		if (type !== 'pHYs') parts.push(whole);
		if (type === 'IHDR') parts.push(chunk('pHYs', phys));
		at += 12 + length;
	}
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}

/** Width, height and dpi as a PNG states them (dpi null without a pHYs chunk in metres). */
export function pngInfo(png: Uint8Array): { width: number; height: number; dpi: number | null } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	let dpi: number | null = null;
	for (let at = 8; at < png.length;) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		if (type === 'pHYs' && png[at + 16] === 1) dpi = Math.round(view.getUint32(at + 8) * 0.0254);
		at += 12 + length;
	}
	return { width: view.getUint32(16), height: view.getUint32(20), dpi };
}
