import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator } from '@playwright/test';
import type { Question } from '$lib/generator/bank';
import { openApp, test, waitForServiceWorker } from './support';
import { FIXTURE_DECK, bundledBank, fixtureBank, readDeck, seedBank } from './study-support';

test.use({ localTime: [12, 0, 0] });

/** Answers the question on the card, right or wrong, and waits for its feedback. */
async function answer(card: Locator, question: Question, right: boolean): Promise<void> {
	if (question.type === 'matching') {
		const names = question.pairs.map((p) => p.right);
		const chosen = right ? names : [...names].reverse();
		for (const [j, name] of chosen.entries()) await card.getByRole('combobox').nth(j).selectOption(name);
		await card.getByRole('button', { name: 'Check' }).click();
	} else if ('choices' in question && question.choices) {
		const wrong = question.choices.find((c) => c !== question.answer)!;
		await card.getByRole('button', { name: right ? question.answer : wrong, exact: true }).click();
	} else {
		await card.getByLabel('Your answer').fill(right ? question.answer : '7');
		await card.getByRole('button', { name: 'Check' }).click();
	}
	await expect(card.getByText(right ? 'Right' : 'Not quite', { exact: true })).toBeVisible();
}

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
	// Issue 11: of the seven, only four can be asked without one giving another away (the who-said quotes the
	// 40,000 cars, the matching shows Priya Nair's quote, the what-said names Ken Walsh), and the setup says so
	// before the quiz starts rather than promising five.
	await expect(
		page.getByText('4 questions from 7 available: the other 3 would give away answers in this quiz.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	const size = 4;
	const asked: string[] = [];
	for (let i = 1; i <= size; i++) {
		const card = page.locator('article[data-question]');
		await expect(card).toHaveAccessibleName(`Question ${i} of ${size}`);
		const id = (await card.getAttribute('data-question'))!;
		asked.push(id);
		const question = fixtureBank.questions.find((q) => q.id === id)!;
		expect(question.type).not.toBe('flashcard');
		expect(fixtureBank.facts.find((f) => f.id === question.factId)?.kind).not.toBe('date');
		if (i === 1) expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		// Right on odd questions, wrong on even ones; each answer's feedback shows before the next question.
		await answer(card, question, i % 2 === 1);
		await card.getByRole('button', { name: i < size ? 'Next' : 'See results' }).click();
	}
	await expect(page.getByRole('heading', { name: /Score: 2 of 4/ })).toBeVisible();
	const rows = page.getByRole('list', { name: 'Your answers' }).getByRole('listitem');
	await expect(rows).toHaveCount(size);
	await expect(rows.nth(1)).toContainText('Wrong');
	await expect(rows.nth(0)).toContainText('Right');
	await rows
		.nth(1)
		.getByText(fixtureBank.questions.find((q) => q.id === asked[1])!.prompt)
		.click();
	await expect(rows.nth(1).getByText('Not quite', { exact: true })).toBeVisible();
	expect(new Set(asked).size).toBe(size);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	const after = await readDeck(page);
	const practice = after.reviews.slice(before.reviews.length);
	expect(practice).toHaveLength(size);
	expect(practice.every((r) => r.mode === 'practice')).toBe(true);
	for (const card of before.cards) {
		const now = after.cards.find((c) => c.key === card.key)!;
		expect([now.due, now.state, now.reps], card.key).toEqual([card.due, card.state, card.reps]);
	}
});

test('issue 4, issue 11: a typed answer is checked at once, its feedback says Next (See results on the last); ending before any answer goes back to the setup', async ({
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
		await answer(card, question, true);
		const next = card.getByRole('button', { name: i < 2 ? 'Next' : 'See results' });
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
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
		await answer(card, question, true);
		if (i === 4) {
			// Reloaded while the feedback is on screen: the same feedback comes back, and the answer counts once.
			await page.reload();
			await expect(card).toHaveAccessibleName('Question 4 of 5');
			await expect(card.getByText('Right', { exact: true })).toBeVisible();
		}
		await card.getByRole('button', { name: i < 5 ? 'Next' : 'See results' }).click();
	}
	await expect(page.getByRole('heading', { name: /Score: 5 of 5/ })).toBeVisible();
	const rows = page.getByRole('list', { name: 'Your answers' }).getByRole('listitem');
	const prompts = asked.map((id) => fixtureBank.questions.find((q) => q.id === id)!.prompt);
	for (const [i, prompt] of prompts.entries()) await expect(rows.nth(i)).toContainText(prompt);

	await page.reload();
	await expect(page.getByRole('heading', { name: /Score: 5 of 5/ })).toBeVisible();
	await page.getByRole('button', { name: 'New quiz' }).click();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
});

test('issue 11: practice gives feedback after each answer, and the summary of 20 answers is a short list whose rows open each question', async ({
	page
}) => {
	test.setTimeout(180_000);
	await openApp(page, '/quiz');
	await page.getByRole('radio', { name: '20' }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const card = page.locator('article[data-question]');
	const results: boolean[] = [];
	const asked: (typeof bundledBank.questions)[number][] = [];
	// The bundled deck asks each fact once or twice, so 20 asked apart may be fewer: as many as it can give. An
	// exhaustive search finds at most 15 of its 23 graded questions with no prompt holding another's answer and no
	// two that each show the other's answer once answered; the draw is seeded by the clock, and falls back on the
	// questions with fewest clashes when short (13–17 before, by the looser rule). Every such 15 holds the who-saids
	// of two quotes that Gabuev's three what-saids all offer as wrong choices, leaving each a choice between its key
	// and one quote (craft 14): the draw stops short of such a 15th. Round 28: what-saids on one speaker also strike
	// out each other's wrong choices once one is answered, so fewer join: 13 in 1,824 of 2,000 draws, none answered
	// by elimination; 15 in 176, where nothing else was left and one question keeps a choice between two. Craft 35:
	// two of Gabuev's what-saids, which offered the same three quotes as the third, are true-or-false questions now,
	// and pickQuiz draws 14 in 2,000 of 2,000 seeds (15 in 2,000 on the deck before). Stop 42: Gabuev's one cloze
	// (a giveaway by its "the") is a who-said, a sibling of his others: 12 in 2,000 of 2,000 seeds.
	await expect(card).toHaveAccessibleName(/^Question 1 of \d+$/);
	const total = Number(/of (\d+)$/.exec((await card.getAttribute('aria-label'))!)![1]);
	expect([12, 13]).toContain(total);
	for (let i = 1; i <= total; i++) {
		await expect(card).toHaveAccessibleName(`Question ${i} of ${total}`);
		const id = await card.getAttribute('data-question');
		const question = bundledBank.questions.find((q) => q.id === id)!;
		asked.push(question);
		// Right on most choice questions; a typed one gets a wrong guess, so the list has both.
		const right = 'choices' in question && question.choices !== undefined && i % 3 !== 0;
		await answer(card, question, right);
		results.push(right);
		// Before the next question: the verdict and the article's sentence (a who-said one may not name the speaker).
		await expect(card.getByText(right ? 'Right' : 'Not quite', { exact: true })).toBeVisible();
		await expect(card.locator('blockquote').first()).toBeVisible();
		await card.getByRole('button', { name: i < total ? 'Next' : 'See results' }).click();
	}
	const score = results.filter(Boolean).length;
	await expect(
		page.getByRole('heading', { name: `Score: ${score} of ${total}`, exact: false })
	).toBeVisible();
	const rows = page.getByRole('list', { name: 'Your answers' }).getByRole('listitem');
	await expect(rows).toHaveCount(total);
	// A compact list, not twenty feedback cards one under the other: under two screens of a 390×844 phone.
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2 * 844);
	// A matching question's feedback is a line per pair ("it was X, not Y"), not "Your answer": open another kind.
	const missed = results.findIndex((right, k) => !right && asked[k]!.type !== 'matching');
	const row = rows.nth(missed);
	await expect(row).toContainText('Wrong');
	await row.locator('summary').click();
	await expect(row.getByText('Not quite', { exact: true })).toBeVisible();
	await expect(row.getByText(/Your answer|Correct answer/).first()).toBeVisible();
	// The article's sentence, with the answer marked where the sentence holds it (a who-said one may not).
	const missedQuestion = asked[missed]!;
	const { start, end } = missedQuestion.evidence;
	const holdsAnswer = bundledBank.article.text.slice(start, end).includes(missedQuestion.answer);
	await expect(row.locator(holdsAnswer ? 'blockquote mark' : 'blockquote').first()).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
