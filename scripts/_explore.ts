import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './staticServer.ts';

const { server, url } = await serveStatic(resolve('build'));
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
const [w, h] = (process.env.SIZE ?? '1920x1080').split('x').map(Number);
try {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	await page.goto(`${url}/present${process.env.Q ?? ''}`);
	await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
	for (let i = 1; i <= 6; i++) {
		await page.screenshot({ path: `/tmp/deck-${w}-${i}.png` });
		const over = await page.evaluate(`(() => { const s = [...document.querySelectorAll('.slide')].find(s => !s.hidden); return s ? [s.scrollWidth, s.clientWidth, s.scrollHeight, s.clientHeight, document.querySelector('[data-testid=slide-counter]').textContent] : null })()`);
		console.log(i, JSON.stringify(over));
		await page.keyboard.press('PageDown');
		await page.waitForTimeout(300);
	}
} finally {
	await browser.close();
	server.close();
}
