import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { bundledBank } from './study-support';
import { DEFAULT_DECK_TITLE, openApp, test } from './support';

/** Reads a store straight from IndexedDB, as the app left it. */
function readStore(page: Page, store: string) {
	return page.evaluate(
		(name) =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('byline');
				open.onsuccess = () => {
					const request = open.result.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						resolve(request.result);
						open.result.close();
					};
					request.onerror = () => reject(request.error);
				};
				open.onerror = () => reject(open.error);
			}),
		store
	);
}

/** Answers every card of the deck once, as study would: a log entry and a moved card per answer. */
function studyAll(page: Page) {
	return page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('byline');
				open.onsuccess = () => {
					const tx = open.result.transaction(['cards', 'reviews'], 'readwrite');
					const cards = tx.objectStore('cards');
					const all = cards.getAll();
					all.onsuccess = () => {
						(all.result as { key: string; deckId: string; due: number; reps: number }[]).forEach(
							(card, i) => {
								const at = Date.now() - 10 * 86_400_000 + i * 60_000;
								tx.objectStore('reviews').add({
									cardId: card.key,
									deckId: card.deckId,
									at,
									tzOffsetMinutes: 0,
									rating: 'good',
									mode: 'practice',
									given: `a${i}`,
									correct: true,
									ms: 900
								});
								cards.put({ ...card, due: at + 86_400_000 * (i + 1), reps: card.reps + 1 });
							}
						);
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

test('back up, reset, restore: the same review log and due dates come back', async ({ page }) => {
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
	await studyAll(page);
	const reviews = await readStore(page, 'reviews');
	const cards = await readStore(page, 'cards');
	expect(reviews).toHaveLength(bundledBank.questions.length);

	await openApp(page, '/settings');
	await expect(page.getByText('Never', { exact: true })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up now' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^byline-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	await expect(page.getByRole('status').filter({ hasText: 'Saved byline-backup' })).toBeVisible();
	await expect(page.getByText(/\(0 answers since\)/)).toBeVisible();

	await page.getByRole('button', { name: 'Reset all data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
	await expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeDisabled();
	await dialog.getByLabel('Type DELETE to confirm').fill('delete');
	await dialog.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByText('All your data was deleted.')).toBeVisible();
	expect(await readStore(page, 'reviews')).toEqual([]);

	// A damaged copy is refused before anything is written.
	const text = readFileSync(file, 'utf8');
	await page.getByLabel('Choose a backup file').setInputFiles({
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, text.length / 2))
	});
	await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
	await page.getByLabel('Choose a backup file').setInputFiles({
		name: 'bank.json',
		mimeType: 'application/json',
		buffer: readFileSync('questions/banks/xi-putin-moscow-2023.json')
	});
	await expect(page.getByRole('alert')).toContainText('not a Byline backup');
	expect(await readStore(page, 'reviews')).toEqual([]);

	await page.getByLabel('Choose a backup file').setInputFiles(file);
	const preview = page.getByRole('table', { name: 'What will change' });
	await expect(preview).toBeVisible();
	await page.getByLabel(/Replace/).check();
	await expect(preview.getByRole('row', { name: /Answers \(review log\)/ })).toContainText(
		String(reviews.length)
	);
	await new AxeBuilder({ page }).analyze().then((results) => expect(results.violations).toEqual([]));
	await page.getByRole('button', { name: 'Replace with backup' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toBeVisible();

	expect(await readStore(page, 'reviews')).toEqual(reviews);
	expect(await readStore(page, 'cards')).toEqual(cards);
	await openApp(page);
	await expect(page.getByRole('heading', { name: DEFAULT_DECK_TITLE })).toBeVisible();
});

test('settings has no accessibility violations and shows storage', async ({ page }) => {
	await openApp(page, '/settings');
	await expect(page.getByText('Space used')).toBeVisible();
	await expect(page.getByText(/MB|KB|bytes|does not say/).first()).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});

test('issue 6: on a phone the restore preview stays inside its box, in both modes', async ({ page }) => {
	await openApp(page, '/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up now' }).click();
	const file = await (await downloading).path();
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	const table = page.getByRole('table', { name: 'What will change' });
	await expect(table).toBeVisible();
	const spill = () =>
		page
			.locator('.preview')
			.evaluate(
				(box) =>
					box.scrollWidth -
					box.clientWidth +
					(box.closest('.card')!.scrollWidth - box.closest('.card')!.clientWidth)
			);
	expect(await spill()).toBe(0);
	await page.getByLabel(/Replace/).check();
	await expect(table.getByRole('columnheader', { name: 'Deleted' })).toBeVisible();
	expect(await spill()).toBe(0);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
