import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { test, waitForServiceWorker } from './support';
import { FIXTURE_DECK, fixtureBank, readDeck, seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

test('offline: a practice quiz gives a score and a review, and leaves every due date as it was', async ({
	page
}) => {
	test.setTimeout(90_000);
	await seedBank(page);
	await waitForServiceWorker(page);
	await page.context().setOffline(true);

	// One studied card, so there is a real due date that the quiz must not move.
	await page.goto(`/study?deck=${FIXTURE_DECK}`);
	await expect(page.locator('article[data-question]')).toBeVisible();
	await page.keyboard.press('1');
	await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
	const before = await readDeck(page);

	await page.goto(`/quiz?deck=${FIXTURE_DECK}`);
	await expect(page.getByLabel('Deck')).toHaveValue(FIXTURE_DECK);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.getByRole('radio', { name: '5' }).check();
	await page.getByRole('checkbox', { name: /Dates/ }).uncheck();
	await expect(page.getByText('5 questions from 7 available.')).toBeVisible();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	const asked: string[] = [];
	for (let i = 1; i <= 5; i++) {
		const card = page.locator('article[data-question]');
		await expect(card).toHaveAccessibleName(`Question ${i} of 5`);
		const id = (await card.getAttribute('data-question'))!;
		asked.push(id);
		const question = fixtureBank.questions.find((q) => q.id === id)!;
		expect(question.type).not.toBe('flashcard');
		expect(fixtureBank.facts.find((f) => f.id === question.factId)?.kind).not.toBe('date');
		if (i === 1) expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		// Right on odd questions, wrong on even ones.
		const right = i % 2 === 1;
		if (question.type === 'matching') {
			const names = question.pairs.map((p) => p.right);
			const chosen = right ? names : [...names].reverse();
			for (const [j, name] of chosen.entries()) await card.getByRole('combobox').nth(j).selectOption(name);
			await card.getByRole('button', { name: i < 5 ? 'Next' : 'Finish' }).click();
		} else if ('choices' in question && question.choices) {
			const wrong = question.choices.find((c) => c !== question.answer)!;
			await card.getByRole('button', { name: right ? question.answer : wrong, exact: true }).click();
		} else {
			await card.getByLabel('Your answer').fill(right ? question.answer : '7');
			await card.getByRole('button', { name: i < 5 ? 'Next' : 'Finish' }).click();
		}
	}
	await expect(page.getByRole('heading', { name: /Score: 3 of 5/ })).toBeVisible();
	const review = page.getByRole('main').locator('ol > li article');
	await expect(review).toHaveCount(5);
	await expect(review.nth(1).getByText('Not quite', { exact: true })).toBeVisible();
	await expect(review.nth(0).getByText('Right', { exact: true })).toBeVisible();
	expect(new Set(asked).size).toBe(5);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	const after = await readDeck(page);
	const practice = after.reviews.slice(before.reviews.length);
	expect(practice).toHaveLength(5);
	expect(practice.every((r) => r.mode === 'practice')).toBe(true);
	for (const card of before.cards) {
		const now = after.cards.find((c) => c.key === card.key)!;
		expect([now.due, now.state, now.reps], card.key).toEqual([card.due, card.state, card.reps]);
	}
});

test('issue 4: a typed answer’s button says Next (Finish on the last), not Check; ending before any answer goes back to the setup', async ({
	page
}) => {
	await seedBank(page);
	await page.goto(`/quiz?deck=${FIXTURE_DECK}`);
	await page.getByRole('checkbox', { name: /Who said what/ }).uncheck();
	await page.getByRole('checkbox', { name: /Dates/ }).uncheck();
	await expect(page.getByText('2 questions from 2 available.')).toBeVisible();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	await page.getByRole('button', { name: 'End quiz now' }).click();
	await expect(page.getByRole('heading', { name: /Score/ })).toHaveCount(0);
	await expect(page.getByLabel('Deck')).toBeFocused();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	for (let i = 1; i <= 2; i++) {
		const card = page.locator('article[data-question]');
		await expect(card).toHaveAccessibleName(`Question ${i} of 2`);
		const id = (await card.getAttribute('data-question'))!;
		const question = fixtureBank.questions.find((q) => q.id === id)!;
		if ('choices' in question && question.choices) {
			await card.getByRole('button', { name: question.answer, exact: true }).click();
			continue;
		}
		await card.getByLabel('Your answer').fill(question.answer);
		await expect(card.getByRole('button', { name: 'Check' })).toHaveCount(0);
		await card.getByRole('button', { name: i < 2 ? 'Next' : 'Finish' }).click();
	}
	await expect(page.getByRole('heading', { name: /Score: 2 of 2/ })).toBeVisible();
});

test('issue 4: a quiz survives a reload (a phone reloading a background tab): same questions, answers kept, score counts them', async ({
	page
}) => {
	await seedBank(page);
	await page.goto(`/quiz?deck=${FIXTURE_DECK}`);
	await page.getByRole('radio', { name: '5' }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const card = page.locator('article[data-question]');
	const asked: string[] = [];
	for (let i = 1; i <= 5; i++) {
		await expect(card).toHaveAccessibleName(`Question ${i} of 5`);
		const id = (await card.getAttribute('data-question'))!;
		asked.push(id);
		if (i === 3) {
			await page.reload();
			await expect(card).toHaveAccessibleName('Question 3 of 5');
			expect(await card.getAttribute('data-question')).toBe(id);
		}
		const question = fixtureBank.questions.find((q) => q.id === id)!;
		if (question.type === 'matching') {
			for (const [j, pair] of question.pairs.entries()) {
				await card.getByRole('combobox').nth(j).selectOption(pair.right);
			}
			await card.getByRole('button', { name: i < 5 ? 'Next' : 'Finish' }).click();
		} else if ('choices' in question && question.choices) {
			await card.getByRole('button', { name: question.answer, exact: true }).click();
		} else {
			await card.getByLabel('Your answer').fill(question.answer);
			await card.getByRole('button', { name: i < 5 ? 'Next' : 'Finish' }).click();
		}
	}
	await expect(page.getByRole('heading', { name: /Score: 5 of 5/ })).toBeVisible();
	const review = page.getByRole('main').locator('ol > li article');
	expect(await review.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-question')))).toEqual(
		asked
	);

	await page.reload();
	await expect(page.getByRole('heading', { name: /Score: 5 of 5/ })).toBeVisible();
	await page.getByRole('button', { name: 'New quiz' }).click();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
});
