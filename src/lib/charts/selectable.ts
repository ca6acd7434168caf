import type { Attachment } from 'svelte/attachments';

/**
 * Makes a chart mark a keyboard-reachable button (click, Enter or Space) when the chart has a
 * drill-down; without one the mark stays plain. Client-only: choosing needs the script anyway.
 */
export function selectable(onselect: (() => void) | undefined, label: string): Attachment<Element> {
	return (node) => {
		if (!onselect) return;
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
		return () => {
			node.removeEventListener('click', onselect);
			node.removeEventListener('keydown', onkeydown);
		};
	};
}
