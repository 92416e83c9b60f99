import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
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
