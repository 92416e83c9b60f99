import { expect } from '@playwright/test';
import { test } from './support';

test('issue 11: on a first visit the bundled deck is checked and stored by a worker, not on the page’s thread, and is ready to study', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	const bankRequests: string[] = [];
	const parserScripts: string[] = [];
	page.on('response', async (response) => {
		const url = response.url();
		if (/\/xi-putin-moscow-2023[^/]*\.json$/.test(url)) bankRequests.push(url);
		if (response.request().resourceType() !== 'script' || /bundled\.worker/.test(url)) return;
		// The bank parser's own error message: a script of the page holding it would parse the bank on its thread.
		if ((await response.text()).includes('Not a valid Byline bank')) parserScripts.push(url);
	});

	await page.goto('/');
	await expect(page.getByText('104 questions')).toBeVisible();
	expect(bankRequests).toHaveLength(1);
	expect(workers.some((url) => /bundled\.worker/.test(url))).toBe(true);
	expect(parserScripts, 'the page loaded the bank parser itself').toEqual([]);

	await page.getByRole('link', { name: /Start studying/ }).click();
	await expect(page.locator('article[data-question]')).toBeVisible();

	// A later start reads one setting: no worker, no fetch.
	workers.length = 0;
	await page.goto('/');
	await expect(page.getByText('104 questions')).toBeVisible();
	expect(workers.filter((url) => /bundled\.worker/.test(url))).toEqual([]);
	expect(bankRequests).toHaveLength(1);
});
