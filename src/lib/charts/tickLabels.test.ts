import { describe, expect, test } from 'vitest';
import { trimmedTicks } from './tickLabels';

describe('axis labels', () => {
	test('lose decimals that are only zeros on every tick', () => {
		expect(trimmedTicks(['0.0%', '50.0%', '100.0%'])).toEqual(['0%', '50%', '100%']);
		expect(trimmedTicks(['0', '20.0万', '40.0万'])).toEqual(['0', '20万', '40万']);
		expect(trimmedTicks(['10.0 TB', '20.0 TB'])).toEqual(['10 TB', '20 TB']);
	});
	test('keep them where one tick needs its decimal', () => {
		expect(trimmedTicks(['0.0%', '12.5%', '25.0%'])).toEqual(['0.0%', '12.5%', '25.0%']);
		expect(trimmedTicks(['2016', '2017'])).toEqual(['2016', '2017']);
	});
});
