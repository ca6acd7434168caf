import { expect, test } from 'vitest';
import { beijingTime } from './beijingTime';

test('a moment in Beijing time, to the minute or the second', () => {
	const at = Date.UTC(2026, 2, 2, 16, 5, 12);
	expect(beijingTime(at)).toBe('2026-03-03 00:05');
	expect(beijingTime(at, true)).toBe('2026-03-03 00:05:12');
});
