import { interpolateRgb, scaleSequential } from 'd3';

/**
 * Okabe–Ito: distinguishable with the common colour-vision deficiencies, and dark enough to survive a
 * washed-out projector.
 */
export const CATEGORICAL = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#000000',
	// Okabe–Ito's yellow is unreadable on white; a brown takes its place
	'#8c6d31'
];

/** 优秀 → 不合格 from dark blue to vermilion: the order reads without the legend. */
export const GRADE_COLORS: Record<string, string> = {
	优秀: '#0b4f8a',
	良好: '#56B4E9',
	合格: '#E69F00',
	不合格: '#D55E00'
};

export const MUTED = '#9aa3ad';
export const INK = '#1f2933';
export const ACCENT = '#0072B2';

/** light to dark blue: a single hue, so order survives colour blindness and low contrast */
export function sequentialScale(domain: [number, number]) {
	return scaleSequential(interpolateRgb('#e3eef9', '#08306b')).domain(domain);
}

/** white at 100 %, deepening to vermilion as the rate falls: lost points stand out */
export function shortfallScale(domain: [number, number]) {
	return scaleSequential(interpolateRgb('#D55E00', '#f7fbff')).domain(domain);
}

/** text on a filled cell: white on dark fills, ink on light ones */
export function textOn(fill: string): string {
	const c = fill.match(/\d+/g)?.map(Number) ?? [255, 255, 255];
	const hex = fill.startsWith('#') ? [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)) : c;
	const luminance = (0.299 * hex[0] + 0.587 * hex[1] + 0.114 * hex[2]) / 255;
	return luminance < 0.55 ? '#ffffff' : INK;
}
