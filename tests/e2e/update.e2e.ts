import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from '@playwright/test';
import { buildRelease } from './release';
import { serveFolder } from './static-server';
import { DEFAULT_DECK_TITLE, test, waitForServiceWorker } from './support';

const PORT = 4179;
const origin = `http://localhost:${PORT}`;

test('a new deploy waits for the user: "A new version is ready", and Reload switches', async ({ page }) => {
	// A release build on a busy machine, beside another test, takes minutes.
	test.setTimeout(300_000);
	// The release already deployed is the one the suite's server serves, built once for every test; the next one is
	// built here, under a version name of its own.
	const v1 = resolve('build');
	const one = (JSON.parse(readFileSync(resolve(v1, '_app/version.json'), 'utf8')) as { version: string })
		.version;
	const v2 = buildRelease('two', { BYLINE_VERSION: 'release-two' });
	expect(one).not.toBe('release-two');
	const host = await serveFolder(PORT, v1);
	try {
		await page.goto(`${origin}/settings`);
		await expect(page.getByTestId('app-version')).toHaveText(one);
		await waitForServiceWorker(page);

		host.deploy(v2);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
		await expect(banner).toBeVisible({ timeout: 15_000 });
		await page.getByRole('link', { name: 'Home', exact: true }).first().click();
		await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
		await page.goto(`${origin}/settings`);
		await expect(page.getByTestId('app-version'), 'no switch until the user agrees').toHaveText(one);

		await page
			.getByRole('status')
			.filter({ hasText: 'A new version is ready' })
			.getByRole('button', { name: 'Reload' })
			.click();
		await expect(page.getByTestId('app-version')).toHaveText('release-two');
		await page.goto(`${origin}/`);
		await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	} finally {
		await host.close();
	}
});
