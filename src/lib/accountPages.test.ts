import { describe, expect, it } from 'vitest';
import { isAccountPage } from './accountPages';

describe('account pages', () => {
	it('knows the account routes and paths, and no view', () => {
		for (const path of [
			'/login',
			'/account',
			'/audit',
			'/users',
			'/review',
			'/review/[id]',
			'/review/12'
		])
			expect(isAccountPage(path)).toBe(true);
		for (const path of [
			'/',
			'/villages',
			'/explore/sql',
			'/present',
			'/data',
			'/about',
			'/reviews'
		])
			expect(isAccountPage(path)).toBe(false);
	});
});
