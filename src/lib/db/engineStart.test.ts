import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: number[] = [];
vi.mock('./browserConnector', () => ({
	createBrowserConnector: async () => {
		created.push(created.length + 1);
		return { id: created.length };
	}
}));

describe('engineStart', () => {
	beforeEach(() => {
		created.length = 0;
		vi.resetModules();
	});

	it('hands the engine started ahead to the first taker, and starts it once', async () => {
		const { startEngine, takeEngine } = await import('./engineStart');
		startEngine();
		startEngine();
		expect(await takeEngine()).toEqual({ id: 1 });
		expect(created).toEqual([1]);
	});

	it('starts a new engine for a later taker (an engine replaced after a failure)', async () => {
		const { startEngine, takeEngine } = await import('./engineStart');
		startEngine();
		const first = await takeEngine();
		const second = await takeEngine();
		expect(first).toEqual({ id: 1 });
		expect(second).toEqual({ id: 2 });
	});

	it('starts one on demand when none was started ahead', async () => {
		const { takeEngine } = await import('./engineStart');
		expect(await takeEngine()).toEqual({ id: 1 });
	});
});
