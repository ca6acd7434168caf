import { setPngDpi } from './pngDpi';

const PRINT_DPI = 300;

/** whether a row of pixels is blank (near white) across the drawing: a place to cut between rows */
function blankRow(data: Uint8ClampedArray, width: number, y: number): boolean {
	for (let x = 0; x < width; x += 2) {
		const i = (y * width + x) * 4;
		if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) return false;
	}
	return true;
}

/**
 * A drawing taller than a page's text area, cut into parts that each fit: every cut falls on a
 * blank line between rows (a heatmap's units, a list's bars), so no row is split across pages.
 * Drawings that fit come back whole.
 */
export async function pageParts(
	png: Uint8Array,
	widthCm: number,
	maxHeightCm: number
): Promise<Uint8Array[]> {
	const image = await createImageBitmap(new Blob([png.slice()], { type: 'image/png' }));
	const { width, height } = image;
	const limit = Math.floor((maxHeightCm / widthCm) * width);
	if (height <= limit) return [png];
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	context.drawImage(image, 0, 0);
	const data = context.getImageData(0, 0, width, height).data;
	const cuts = [0];
	while (height - cuts.at(-1)! > limit) {
		const start = cuts.at(-1)!;
		let cut = start + limit;
		while (cut > start + limit * 0.6 && !blankRow(data, width, cut)) cut--;
		cuts.push(cut > start + limit * 0.6 ? cut : start + limit);
	}
	cuts.push(height);
	const parts: Uint8Array[] = [];
	for (let k = 0; k + 1 < cuts.length; k++) {
		const part = document.createElement('canvas');
		part.width = width;
		part.height = cuts[k + 1] - cuts[k];
		part.getContext('2d')!.drawImage(canvas, 0, -cuts[k]);
		const blob = await new Promise<Blob>((done, fail) =>
			part.toBlob((b) => (b ? done(b) : fail(new Error('无法生成 PNG'))), 'image/png')
		);
		parts.push(setPngDpi(new Uint8Array(await blob.arrayBuffer()), PRINT_DPI));
	}
	return parts;
}
