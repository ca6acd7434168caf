import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { serveStatic } from './staticServer';

const { server, url } = await serveStatic(resolve('build'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ acceptDownloads: true });
await page.goto(url + '/villages');
await page.locator('[data-engine="ready"]').waitFor({ state: 'attached', timeout: 30000 });
const downloads: Promise<void>[] = [];
page.on('download', (d) => downloads.push(d.saveAs('/tmp/pack/' + d.suggestedFilename())));
await page.getByRole('button', { name: '报告包' }).click();
const dialog = page.getByRole('dialog', { name: '生成报告包' });
await dialog.getByRole('button', { name: '生成', exact: true }).click();
await dialog.getByRole('status').filter({ hasText: '已生成' }).waitFor({ timeout: 120000 });
await Promise.all(downloads);
await browser.close();
server.close();
