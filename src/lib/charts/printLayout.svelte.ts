import { flushSync } from 'svelte';
import { PT_PER_UNIT } from '$lib/export/chartImage';

/**
 * The chart body's width on an A4 page (app.css: 186 mm between the margins, less the frame's
 * padding), in CSS pixels of 0.75 pt.
 */
const A4_CHART_BODY_PX = (186 / 25.4) * 96 - 34;

/**
 * While the page prints, every chart is laid out at the width whose drawing, stretched to the A4
 * column, has the same type in points as an exported print size, instead of the screen's drawing
 * squeezed onto paper.
 */
export const PRINT_CHART_WIDTH = Math.round((A4_CHART_BODY_PX * 0.75) / PT_PER_UNIT);

let printing = $state(false);

/** whether the page is being printed: tables then print every row, not one page of them */
export const isPrinting = (): boolean => printing;

/** the width charts are laid out at for print, or null on screen */
export const printChartWidth = (): number | null => (printing ? PRINT_CHART_WIDTH : null);

function set(on: boolean): void {
	if (printing === on) return;
	printing = on;
	// the browser lays the page out for print right after `beforeprint`: the charts must be redrawn by then
	flushSync();
}

/** Follow the browser's printing (the print dialog, or print media emulated): once per page. */
export function followPrinting(): void {
	addEventListener('beforeprint', () => set(true));
	addEventListener('afterprint', () => set(false));
	const print = matchMedia('print');
	print.addEventListener('change', () => set(print.matches));
}
