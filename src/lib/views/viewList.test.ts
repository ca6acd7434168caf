import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { YEAR_VIEWS } from '$lib/server/viewDefinitions';
import { TABLES } from '$lib/schema/tables';
import { AHEAD_VIEWS, VIEWS, viewOfTable } from './viewList';

const routeFile = (path: string, file: string) => `src/routes${path === '/' ? '' : path}/${file}`;

describe('the one list of views', () => {
	test('each view has its page', () => {
		for (const view of VIEWS)
			expect(existsSync(routeFile(view.path, '+page.svelte')), view.path).toBe(true);
	});

	test('a view rendered ahead has a loader whose declaration names it so', () => {
		expect(AHEAD_VIEWS.length).toBeGreaterThan(0);
		for (const id of AHEAD_VIEWS) expect(YEAR_VIEWS[id].ahead, id).toBe(id);
	});

	test('the tables a view shows are tables of the schema, each shown by one view', () => {
		const names = new Set(TABLES.map((t) => t.name));
		const shown = VIEWS.flatMap((v) => ('tables' in v ? [...v.tables] : []));
		for (const table of shown) expect(names.has(table), table).toBe(true);
		expect(new Set(shown).size).toBe(shown.length);
		expect(viewOfTable('village_rooms')?.path).toBe('/villages');
		expect(viewOfTable('no_such_table')).toBeUndefined();
	});
});
