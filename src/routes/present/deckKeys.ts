/**
 * What a key does in the deck. Presentation clickers send PageDown/PageUp (some arrows, space or
 * B/period for a blank screen); a typed number and Enter jump to that slide, as in PowerPoint.
 */
export type DeckCommand =
	| { kind: 'go'; to: number }
	| { kind: 'fullscreen' }
	| { kind: 'blank' }
	| { kind: 'leave' }
	| { kind: 'help' }
	| { kind: 'typing'; digits: string };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

export interface DeckPosition {
	/** 0-based */
	current: number;
	count: number;
	/** digits typed so far for a jump */
	digits: string;
}

export function deckCommand(
	key: string,
	shift: boolean,
	{ current, count, digits }: DeckPosition
): DeckCommand | null {
	const go = (to: number): DeckCommand => ({
		kind: 'go',
		to: Math.min(count - 1, Math.max(0, to))
	});
	if (/^[0-9]$/.test(key)) return { kind: 'typing', digits: (digits + key).slice(-3) };
	if (key === 'Enter' && digits !== '') {
		const n = Number(digits);
		return n >= 1 ? go(n - 1) : { kind: 'typing', digits: '' };
	}
	if (key === 'Escape' && digits !== '') return { kind: 'typing', digits: '' };
	if ((key === ' ' || key === 'Spacebar') && shift) return go(current - 1);
	if (NEXT.has(key) || key === 'Enter') return go(current + 1);
	if (PREVIOUS.has(key)) return go(current - 1);
	if (key === 'Home') return go(0);
	if (key === 'End') return go(count - 1);
	if (key === 'f' || key === 'F' || key === 'F5') return { kind: 'fullscreen' };
	if (key === 'b' || key === 'B' || key === '.') return { kind: 'blank' };
	if (key === '?') return { kind: 'help' };
	if (key === 'Escape') return { kind: 'leave' };
	return null;
}

/** `#3` is the third slide; anything else the first. */
export function slideFromHash(hash: string, count: number): number {
	const n = Number(hash.replace(/^#/, ''));
	return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
}
