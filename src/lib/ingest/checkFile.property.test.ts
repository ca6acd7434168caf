import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableByName } from '$lib/schema/tables';
import { parseCell } from '$lib/schema/parseValue';
import { checkFile, hasErrors } from './checkFile';

const fixture = (name: string): Uint8Array =>
	new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/imports/${name}`, import.meta.url)));

/** A corruption of a file: bytes overwritten, cut off, or inserted, as a bad copy or a bad edit does. */
const corruption = (size: number) =>
	fc.oneof(
		fc.record({
			kind: fc.constant('overwrite' as const),
			at: fc.nat({ max: size - 1 }),
			bytes: fc.uint8Array({ minLength: 1, maxLength: 16 })
		}),
		fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: size - 1 }) }),
		fc.record({
			kind: fc.constant('insert' as const),
			at: fc.nat({ max: size }),
			bytes: fc.uint8Array({ minLength: 1, maxLength: 16 })
		})
	);

function corrupt(
	bytes: Uint8Array,
	c: { kind: 'overwrite' | 'truncate' | 'insert'; at: number; bytes?: Uint8Array }
): Uint8Array {
	// positions were drawn for the original file; an earlier cut may have made this one shorter
	const at = c.at % (bytes.length + (c.kind === 'insert' ? 1 : 0));
	if (c.kind === 'truncate') return bytes.slice(0, at);
	const extra = c.bytes!;
	if (c.kind === 'insert') {
		return new Uint8Array([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at)]);
	}
	const copy = bytes.slice();
	copy.set(extra.subarray(0, copy.length - at), at);
	return copy;
}

describe.each(['2024年市直机关考核结果_GBK.csv', '2024年馆藏数字化统计.xlsx'])(
	'a corrupted copy of %s',
	(name) => {
		const good = fixture(name);
		it('is either refused with errors and no rows, or gives only rows that pass every column rule', async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.array(corruption(good.length), { minLength: 1, maxLength: 3 }),
					async (cs) => {
						const bytes = cs.reduce<Uint8Array>(
							(b, c) => (b.length === 0 ? b : corrupt(b, c)),
							good
						);
						const check = await checkFile(name, bytes);
						if (hasErrors(check)) {
							expect(check.rows).toEqual([]);
							return;
						}
						const table = tableByName(check.table!.name)!;
						for (const row of check.rows) {
							for (const column of table.columns) {
								const value = row[column.name];
								if (value === null) expect(column.required).toBe(false);
								else expect(parseCell(column, String(value))).toEqual({ ok: true, value });
							}
						}
					}
				),
				{ numRuns: 150, seed: 20241125 }
			);
		});
	}
);
