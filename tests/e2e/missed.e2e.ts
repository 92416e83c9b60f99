import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { test, waitForServiceWorker } from './support';
import { FIXTURE_DECK, answerShown, fixtureBank, readDeck, seedBank, shownQuestion } from './study-support';

test.use({ localTime: [12, 0, 0] });

test('offline: wrong answers are listed newest first, drilled until right (issue 4: the result then takes focus), and leave the list', async ({
	page
}) => {
	test.setTimeout(120_000);
	await seedBank(page);
	await waitForServiceWorker(page);
	await page.context().setOffline(true);

	await page.goto(`/study?deck=${FIXTURE_DECK}`);
	const wrong = [
		await answerShown(page, false),
		await answerShown(page, true),
		await answerShown(page, false)
	];
	// The first card is the deck's first; the next ones are whichever the session keeps apart from their siblings.
	expect(wrong[0]).toBe('q-who-ortiz');
	expect(new Set(wrong).size).toBe(3);
	const last = fixtureBank.questions.find((q) => q.id === wrong[2])!;
	const lastGiven =
		'choices' in last && last.choices ? last.choices.find((c) => c !== last.answer)! : 'nothing like it';
	const before = await readDeck(page);

	await page.goto('/missed');
	const items = page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ has: page.getByText('Your answer') });
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText(last.prompt.slice(0, 20));
	await expect(items.nth(0).locator('dd').first()).toHaveText(lastGiven);
	await expect(items.nth(0).locator('dd').nth(1)).toHaveText(last.answer);
	await expect(items.nth(0).locator('blockquote mark').first()).toBeVisible();
	await expect(items.nth(1)).toContainText('Who said');
	await expect(items.nth(1).locator('dd').first()).toHaveText('Ken Walsh');
	await expect(items.nth(1).locator('dd').nth(1)).toHaveText('Ana Ortiz');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	await page.getByRole('button', { name: 'Drill missed (2)' }).click();
	const first = (await shownQuestion(page)).id;
	await answerShown(page, false);
	const second = (await shownQuestion(page)).id;
	expect(second).not.toBe(first);
	await answerShown(page, true);
	expect((await shownQuestion(page)).id, 'a wrong answer comes back').toBe(first);
	await answerShown(page, true);
	await expect(
		page.getByRole('status').filter({ hasText: 'every missed question answered right' })
	).toBeFocused();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	await page.getByRole('button', { name: 'Back to the list' }).click();
	await expect(page.getByText('Nothing missed')).toBeVisible();

	const after = await readDeck(page);
	for (const card of before.cards) {
		const now = after.cards.find((c) => c.key === card.key)!;
		expect(now.due, `${card.key}: drilling never moves a due date`).toBe(card.due);
		expect(now.reps).toBe(card.reps);
	}
	const drilled = after.reviews.slice(before.reviews.length);
	expect(drilled.map((r) => [r.mode, r.correct])).toEqual([
		['practice', false],
		['practice', true],
		['practice', true]
	]);
});
