import { describe, expect, test } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	test('starts with a BOM, quotes commas and quotes, ends lines with CRLF', () => {
		const csv = toCsv(
			[
				{ label: '村（社区）', value: (r: { name: string; n: number | null }) => r.name },
				{ label: '数量', value: (r) => r.n }
			],
			[
				{ name: '光明村', n: 3 },
				{ name: '“新”村,一组', n: null }
			]
		);
		expect(csv).toBe('\uFEFF村（社区）,数量\r\n光明村,3\r\n"“新”村,一组",\r\n');
	});
});
