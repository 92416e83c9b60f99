import { expect } from '@playwright/test';
import { buildRelease } from './release';
import { serveFolder } from './static-server';
import { DEFAULT_DECK_TITLE, ROUTES, test, waitForServiceWorker } from './support';

const PORT = 4178;
const site = `http://localhost:${PORT}/byline`;

test('built for a sub-path (BASE_PATH=/byline), the app works offline there, deep links included', async ({
	context
}) => {
	// A release build on a busy machine, beside another test, takes minutes.
	test.setTimeout(300_000);
	const host = await serveFolder(PORT, buildRelease('subpath', { BASE_PATH: '/byline' }), '/byline');
	try {
		const page = await context.newPage();
		await page.goto(`${site}/`);
		await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
		await waitForServiceWorker(page);
		await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
			'href',
			'/byline/manifest.webmanifest'
		);

		await context.setOffline(true);
		for (const route of ROUTES) {
			const response = await page.goto(`${site}${route.path === '/' ? '/' : route.path}`);
			expect(response?.fromServiceWorker(), route.path).toBe(true);
			await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		}
		await page.close();
		const cold = await context.newPage();
		await cold.goto(`${site}/study?deck=xi-putin-moscow-2023`);
		await expect(cold.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
		await cold.getByRole('link', { name: 'Home', exact: true }).first().click();
		await expect(cold).toHaveURL(`${site}/`);
		await expect(cold.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	} finally {
		await host.close();
	}
});
