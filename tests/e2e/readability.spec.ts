import { expect, test, type Page } from './fixtures';
import { engineReady, VIEWS as CHART_VIEWS } from './helpers';

const VIEWS = [...CHART_VIEWS, '/present'];

/** in every chart on screen: texts crossed by a target or threshold line, and texts on texts */
function collisions(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const overlap = (a: DOMRect, b: DOMRect, slack: number) =>
			a.left < b.right - slack &&
			b.left < a.right - slack &&
			a.top < b.bottom - slack &&
			b.top < a.bottom - slack;
		for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
			if (svg.closest('[hidden], .chart-stage') || svg.getBoundingClientRect().width === 0)
				continue;
			const chart =
				svg.closest('figure')?.getAttribute('data-chart') ?? svg.getAttribute('aria-label');
			const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
			const boxes = texts.map((t) => t.getBoundingClientRect());
			for (const line of svg.querySelectorAll('line.target, line.threshold')) {
				const box = line.getBoundingClientRect();
				texts.forEach((t, i) => {
					if (overlap(box, boxes[i], -0.5))
						found.push(`${chart}: a line crosses “${t.textContent}”`);
				});
			}
			for (let i = 0; i < texts.length; i++)
				for (let j = i + 1; j < texts.length; j++)
					if (overlap(boxes[i], boxes[j], 2))
						found.push(`${chart}: “${texts[i].textContent}” on “${texts[j].textContent}”`);
		}
		return found;
	});
}

for (const [width, height] of [
	[1366, 900],
	[390, 844]
]) {
	for (const path of VIEWS) {
		test(`${path} at ${width} px: no line crosses a label, no label sits on another, no sideways scroll`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto(path);
			await engineReady(page);
			expect(await collisions(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
		});
	}
}

test('on a phone the menu folds behind 菜单 and opens from it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/assessment');
	await engineReady(page);
	const nav = page.getByRole('navigation', { name: '主要视图' });
	await expect(nav).toBeHidden();
	await page.getByRole('button', { name: '菜单' }).click();
	await expect(nav).toBeVisible();
	await nav.getByRole('link', { name: '村级档案室' }).click();
	await expect(page).toHaveURL(/\/villages$/);
	await expect(nav).toBeHidden();
});

test('past eight lines, the chosen archive and the highest and lowest keep colours, the rest go grey', async ({
	page
}) => {
	await page.goto('/digitization');
	await engineReady(page);
	const ends = await page
		.locator('svg.chart-svg')
		.filter({ has: page.locator('g.end') })
		.first()
		.locator('g.end')
		.evaluateAll((groups) =>
			groups.map((g) => ({
				text: g.querySelector('text')!.textContent!,
				value: parseFloat(g.querySelector('text')!.textContent!.split(' ').at(-1)!),
				grey: getComputedStyle(g.querySelector('rect')!).fill === 'rgb(154, 163, 173)'
			}))
		);
	expect(ends.length).toBeGreaterThan(8);
	const values = ends.map((e) => e.value);
	const coloured = ends.filter((e) => !e.grey).map((e) => e.value);
	expect(coloured).toContain(Math.min(...values));
	expect(coloured).toContain(Math.max(...values));
	expect(coloured.length).toBeLessThanOrEqual(3);
	expect(ends.find((e) => e.text.startsWith('长沙市档案馆'))?.grey).toBe(false);
});
