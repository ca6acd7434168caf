import { describe, expect, test } from 'vitest';
import { deckCommand, slideFromHash } from './deckKeys';

const at = (current: number, digits = '') => ({ current, count: 6, digits });

describe('driving the deck from a keyboard or a clicker', () => {
	test('clicker and arrow keys move one slide, never past either end', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
			expect(deckCommand(key, false, at(2))).toEqual({ kind: 'go', to: 3 });
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
			expect(deckCommand(key, false, at(2))).toEqual({ kind: 'go', to: 1 });
		expect(deckCommand(' ', true, at(2))).toEqual({ kind: 'go', to: 1 });
		expect(deckCommand('PageDown', false, at(5))).toEqual({ kind: 'go', to: 5 });
		expect(deckCommand('PageUp', false, at(0))).toEqual({ kind: 'go', to: 0 });
	});

	test('? shows or hides the keys', () => {
		expect(deckCommand('?', true, at(2))).toEqual({ kind: 'help' });
	});

	test('Home and End go to the first and last slide', () => {
		expect(deckCommand('Home', false, at(3))).toEqual({ kind: 'go', to: 0 });
		expect(deckCommand('End', false, at(1))).toEqual({ kind: 'go', to: 5 });
	});

	test('a typed number and Enter jump; out of range goes to the nearest end; Esc forgets it', () => {
		expect(deckCommand('4', false, at(0))).toEqual({ kind: 'typing', digits: '4' });
		expect(deckCommand('Enter', false, at(0, '4'))).toEqual({ kind: 'go', to: 3 });
		expect(deckCommand('Enter', false, at(0, '12'))).toEqual({ kind: 'go', to: 5 });
		expect(deckCommand('Enter', false, at(2, '0'))).toEqual({ kind: 'typing', digits: '' });
		expect(deckCommand('Escape', false, at(2, '3'))).toEqual({ kind: 'typing', digits: '' });
	});

	test('F for full screen, B or . for a blank screen, Esc to leave; other keys do nothing', () => {
		expect(deckCommand('f', false, at(0))).toEqual({ kind: 'fullscreen' });
		expect(deckCommand('.', false, at(0))).toEqual({ kind: 'blank' });
		expect(deckCommand('Escape', false, at(0))).toEqual({ kind: 'leave' });
		expect(deckCommand('x', false, at(0))).toBeNull();
		expect(deckCommand('Tab', false, at(0))).toBeNull();
	});

	test('the slide number lives in the hash, 1-based', () => {
		expect(slideFromHash('#3', 6)).toBe(2);
		expect(slideFromHash('', 6)).toBe(0);
		expect(slideFromHash('#9', 6)).toBe(0);
		expect(slideFromHash('#abc', 6)).toBe(0);
	});
});
