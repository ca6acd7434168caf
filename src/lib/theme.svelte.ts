/**
 * The screen theme: light by default, dark, or projector (black on white, larger type, heavier lines)
 * for review meetings. Kept per browser; `app.html` applies it before the first paint.
 */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'archives-dashboard.theme';

class ThemeChoice {
	#theme = $state<Theme>('light');

	get current(): Theme {
		return this.#theme;
	}

	set current(theme: Theme) {
		this.#theme = theme;
		if (typeof document === 'undefined') return;
		document.documentElement.dataset.theme = theme;
		localStorage.setItem(THEME_STORAGE_KEY, theme);
	}

	restore(): void {
		const saved = localStorage.getItem(THEME_STORAGE_KEY);
		if ((THEMES as readonly string[]).includes(saved ?? '')) this.#theme = saved as Theme;
	}
}

export const theme = new ThemeChoice();

/**
 * Run `task` with the light theme's styles in force, and put the screen's back: exports are always
 * light. Synchronous, so no frame is painted in between.
 */
export function inLightTheme<T>(task: () => T): T {
	const root = document.documentElement;
	const screen = root.dataset.theme;
	root.dataset.theme = 'light';
	try {
		return task();
	} finally {
		if (screen === undefined) delete root.dataset.theme;
		else root.dataset.theme = screen;
	}
}
