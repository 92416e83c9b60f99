import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** Bytes (gzip) of JS and CSS the page itself downloads on a first visit; the worker's precache runs after. */
export async function firstVisitBytes(url: string): Promise<{ js: number; css: number; files: number }> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sizes = { js: 0, css: 0, files: 0 };
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		sizes[type === 'script' ? 'js' : 'css'] += gzipSync(body, { level: 9 }).length;
		sizes.files += 1;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await browser.close();
	return sizes;
}
