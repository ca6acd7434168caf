import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { tick } from 'svelte';
import { deckCommand, slideFromHash } from './deckKeys';

/** the cursor and the toolbar hide after this long without the mouse moving */
const IDLE_MS = 2500;
/** the keys show this long when the deck opens (not on a slide for good), and again on ? */
const HELP_MS = 6000;

/**
 * What drives the deck: the slide shown (kept in the URL hash), keys and clickers, a blanked screen,
 * full screen, the idle cursor and the keyboard help. `count` is read at each key, as slides come
 * and go with the data; `leave` is what Esc does once out of full screen.
 */
export class DeckDriver {
	current = $state(0);
	digits = $state('');
	blank = $state(false);
	idle = $state(false);
	fullscreen = $state(false);
	showHelp = $state(true);
	#idleTimer: ReturnType<typeof setTimeout> | undefined;
	readonly #count: () => number;
	readonly #leave: () => void;

	constructor(count: () => number, leave: () => void) {
		this.#count = count;
		this.#leave = leave;
	}

	go = (to: number) => {
		this.blank = false;
		if (to === this.current) return;
		this.current = to;
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved path, plus its query
		replaceState(`${resolve('/present')}${page.url.search}#${to + 1}`, page.state);
	};

	toggleFullscreen = () => {
		if (document.fullscreenElement) document.exitFullscreen();
		else document.documentElement.requestFullscreen?.().catch(() => {});
	};

	exit = () => {
		if (document.fullscreenElement) return void document.exitFullscreen();
		this.#leave();
	};

	onkeydown = (event: KeyboardEvent) => {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('dialog[open], input, select, textarea')) return;
		// a focused button takes Space and Enter as a press; the rest still drive the deck
		if (target?.closest('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
		const command = deckCommand(event.key, event.shiftKey, {
			current: this.current,
			count: this.#count(),
			digits: this.digits
		});
		if (command === null) return;
		event.preventDefault();
		if (command.kind !== 'typing') this.digits = '';
		if (command.kind === 'typing') this.digits = command.digits;
		else if (command.kind === 'go') this.go(command.to);
		else if (command.kind === 'fullscreen') this.toggleFullscreen();
		else if (command.kind === 'blank') this.blank = !this.blank;
		else if (command.kind === 'help') this.showHelp = !this.showHelp;
		else this.exit();
	};

	wake = () => {
		this.idle = false;
		clearTimeout(this.#idleTimer);
		this.#idleTimer = setTimeout(() => (this.idle = true), IDLE_MS);
	};

	/** Follow the hash and full screen from the page's mount; returns the cleanup. */
	mount(): () => void {
		this.current = slideFromHash(location.hash, this.#count());
		const onHash = () => (this.current = slideFromHash(location.hash, this.#count()));
		const onFullscreen = () => (this.fullscreen = document.fullscreenElement !== null);
		window.addEventListener('hashchange', onHash);
		document.addEventListener('fullscreenchange', onFullscreen);
		this.wake();
		const helpTimer = setTimeout(() => (this.showHelp = false), HELP_MS);
		tick().then(() => document.querySelector<HTMLElement>('.deck')?.focus());
		return () => {
			clearTimeout(helpTimer);
			clearTimeout(this.#idleTimer);
			window.removeEventListener('hashchange', onHash);
			document.removeEventListener('fullscreenchange', onFullscreen);
		};
	}
}
