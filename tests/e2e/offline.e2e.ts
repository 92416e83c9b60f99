import { expect } from '@playwright/test';
import { DB_VERSION } from '$lib/db/schema';
import { DEFAULT_DECK_TITLE, ROUTES, openApp, test, waitForServiceWorker } from './support';

test('after one visit every page works offline, served by the worker, with the deck from IndexedDB', async ({
	page,
	context
}) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	await waitForServiceWorker(page);

	await context.setOffline(true);
	const bankRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.json') && request.url().includes('xi-putin'))
			bankRequests.push(request.url());
	});
	for (const route of ROUTES) {
		const response = await page.goto(route.path);
		expect(response?.fromServiceWorker(), `${route.path} served by the worker`).toBe(true);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
	}
	await page.goto('/');
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	const deck = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: DEFAULT_DECK_TITLE }) });
	await expect(deck.getByText(/\d+ questions/)).toBeVisible();
	expect(bankRequests, 'the deck is read from IndexedDB, not fetched again').toEqual([]);
});

test('a cold deep link opens offline in a new tab', async ({ context }) => {
	const first = await context.newPage();
	await openApp(first);
	await waitForServiceWorker(first);
	await first.close();

	await context.setOffline(true);
	const page = await context.newPage();
	const response = await page.goto('/study?deck=xi-putin-moscow-2023');
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
	await page.goto('/a#b1a.not-a-real-payload');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('data survives a reload and a new tab', async ({ page, context }) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('byline');
					request.onsuccess = () => {
						const count = request.result.transaction('questions').objectStore('questions').count();
						count.onsuccess = () => {
							resolve(count.result);
							request.result.close();
						};
					};
					request.onerror = () => reject(request.error);
				})
		);
	const before = await stored();
	expect(before).toBeGreaterThan(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	expect(await stored()).toBe(before);
	const other = await context.newPage();
	await openApp(other);
	await expect(other.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
});

test('a newer schema in another tab: the old tab is told to reload and the new one does not hang', async ({
	context
}) => {
	const oldTab = await context.newPage();
	await openApp(oldTab);
	await expect(oldTab.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();

	const newTab = await context.newPage();
	await newTab.goto('/settings');
	const upgrade = await newTab.evaluate(
		(version) =>
			new Promise<{ version: number; ms: number }>((resolve, reject) => {
				const started = performance.now();
				const request = indexedDB.open('byline', version);
				request.onupgradeneeded = () => request.result.createObjectStore('added-in-the-next-version');
				request.onsuccess = () => {
					resolve({ version: request.result.version, ms: performance.now() - started });
					request.result.close();
				};
				request.onerror = () => reject(request.error);
			}),
		DB_VERSION + 1
	);
	expect(upgrade.version).toBe(DB_VERSION + 1);
	expect(upgrade.ms).toBeLessThan(5000);
	await expect(oldTab.getByRole('alert')).toContainText(
		'A newer version of Byline was opened in another tab'
	);
	await expect(oldTab.getByRole('alert').getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('where the browser refuses IndexedDB, the app says progress will not be saved and still works', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			configurable: true,
			value: {
				open() {
					throw new DOMException('The user denied permission to access the database.', 'SecurityError');
				}
			}
		});
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('progress will not be saved');
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
});
