import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './support';

const shipped = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as {
	questions: unknown[];
};
const deckSize = `${shipped.questions.length} questions`;

test('issue 11: on a first visit the bundled deck is fetched and stored by a worker, not on the page’s thread, and is ready to study', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	const bankRequests: string[] = [];
	page.on('request', (request) => {
		if (/\/xi-putin-moscow-2023[^/]*\.json$/.test(request.url())) bankRequests.push(request.url());
	});

	await page.goto('/');
	await expect(page.getByText(deckSize)).toBeVisible();
	expect(bankRequests).toHaveLength(1);
	expect(workers.some((url) => /bundled\.worker/.test(url))).toBe(true);
	// A fetch made by the page itself appears in the page's resource timing; a worker's appears in the worker's own.
	const fetchedByPage = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.some((entry) => /xi-putin-moscow-2023[^/]*\.json$/.test(entry.name))
	);
	expect(fetchedByPage, 'the page’s thread fetched the bank itself').toBe(false);

	await page.getByRole('link', { name: /Start studying/ }).click();
	await expect(page.locator('article[data-question]')).toBeVisible();

	// A later start reads one setting: no worker, no fetch.
	workers.length = 0;
	await page.goto('/');
	await expect(page.getByText(deckSize)).toBeVisible();
	expect(workers.filter((url) => /bundled\.worker/.test(url))).toEqual([]);
	expect(bankRequests).toHaveLength(1);
});

/**
 * Holds the bundled bank's download (by the worker that stores it) until `release` is called: the app cannot draw
 * /study before the deck is stored. `asked` says whether the download was asked for and held.
 */
async function holdBank(page: Page): Promise<{ release: () => void; asked: () => boolean }> {
	let release!: () => void;
	let asked = false;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.context().route(/\/xi-putin-moscow-2023[^/]*\.json$/, async (route) => {
		asked = true;
		await held;
		await route.continue();
	});
	return { release, asked: () => asked };
}

test('issue 11: on a first visit the home page says what Byline does while the bundled deck is being stored, then lists the deck', async ({
	page
}) => {
	const bank = await holdBank(page);
	await page.goto('/');
	await expect.poll(bank.asked).toBe(true);
	// The page's largest text, the first thing a phone can show of it, does not wait for the deck.
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
	await expect(main.getByRole('link', { name: 'paste or open one' })).toBeVisible();
	await expect(page.locator('#boot')).toHaveCount(0);
	await expect(main.getByText(deckSize)).toHaveCount(0);
	await expect(main.getByText('No decks yet')).toHaveCount(0);

	bank.release();
	await expect(main.getByText(deckSize)).toBeVisible();
	await expect(main.getByRole('link', { name: /Start studying/ })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(colorScheme, () => {
		test.use({ colorScheme });

		test(`issue 11: on a first visit to /study on a phone (${colorScheme}), the app’s frame shows before the deck is ready, then the first card takes its place and gets focus`, async ({
			page
		}) => {
			const bank = await holdBank(page);
			await page.goto('/study');
			await expect.poll(bank.asked).toBe(true);
			// Drawn from the HTML alone: the tab bar and a blank card, while the scripts and the deck are on their way.
			const boot = page.locator('#boot');
			await expect(page.getByText('Missed', { exact: true })).toBeVisible();
			const blank = boot.locator('.blank');
			await expect(blank).toBeVisible();
			// Nothing of it is announced or reachable by keyboard: the app's own navigation is not there yet.
			await expect(page.getByRole('navigation')).toHaveCount(0);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
			const bootLabels = await boot.locator('.tabs span').allTextContents();
			const blankColour = await blank.evaluate((element) => getComputedStyle(element).backgroundColor);
			const blankBox = await blank.boundingBox();

			bank.release();
			const card = page.locator('article[data-question]');
			await expect(card).toBeVisible();
			await expect(boot).toHaveCount(0);
			await expect
				.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('article[data-question]'))))
				.toBe(true);
			// The frame was the app's own: its tab labels and, light or dark, its card colour and place.
			const tabs = page.getByRole('navigation', { name: 'Main' }).filter({ visible: true });
			expect((await tabs.getByRole('listitem').allTextContents()).map((label) => label.trim())).toEqual(
				bootLabels
			);
			expect(await card.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(blankColour);
			const cardBox = await card.boundingBox();
			expect(Math.abs((cardBox?.x ?? 0) - (blankBox?.x ?? -1))).toBeLessThanOrEqual(1);
			expect(Math.abs((cardBox?.width ?? 0) - (blankBox?.width ?? -1))).toBeLessThanOrEqual(1);
		});
	});
}
