import type { Attachment } from 'svelte/attachments';

/** how long a pointer rests on a mark before it counts as a likely choice (not a pass over it) */
const INTENT_REST_MS = 50;

/**
 * Makes a chart mark a keyboard-reachable button (click, Enter or Space) when the chart has a
 * drill-down; without one the mark stays plain. Client-only: choosing needs the script anyway.
 * `onintent` hears of a likely choice (the pointer resting on the mark, or keyboard focus on it), so
 * its answer can be asked before the click.
 */
export function selectable(
	onselect: (() => void) | undefined,
	label: string,
	onintent?: () => void
): Attachment<Element> {
	return (node) => {
		if (!onselect) return;
		let rest: ReturnType<typeof setTimeout> | undefined;
		const onpointerenter = () => {
			clearTimeout(rest);
			if (onintent) rest = setTimeout(onintent, INTENT_REST_MS);
		};
		const onpointerleave = () => clearTimeout(rest);
		const onfocus = () => onintent?.();
		const onkeydown = (event: Event) => {
			const key = (event as KeyboardEvent).key;
			if (key === 'Enter' || key === ' ') {
				event.preventDefault();
				onselect();
			}
		};
		node.setAttribute('role', 'button');
		node.setAttribute('tabindex', '0');
		node.setAttribute('aria-label', label);
		node.classList.add('interactive');
		node.addEventListener('click', onselect);
		node.addEventListener('keydown', onkeydown);
		node.addEventListener('pointerenter', onpointerenter);
		node.addEventListener('pointerleave', onpointerleave);
		node.addEventListener('focus', onfocus);
		return () => {
			clearTimeout(rest);
			node.removeEventListener('click', onselect);
			node.removeEventListener('keydown', onkeydown);
			node.removeEventListener('pointerenter', onpointerenter);
			node.removeEventListener('pointerleave', onpointerleave);
			node.removeEventListener('focus', onfocus);
		};
	};
}
