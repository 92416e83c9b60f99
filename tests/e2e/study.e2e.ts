import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { localDate, test, waitForServiceWorker } from './support';
import { FIXTURE_DECK, answerShown, fixtureBank, readDeck, seedBank, shownQuestion } from './study-support';

test.use({ localTime: [12, 0, 0] });

const STUDY = `/study?deck=${FIXTURE_DECK}`;

/**
 * Issue 11: the day's study leaves a new card for another day when a card on the same fact or sentence was answered
 * today (Anki buries siblings), so the fixture deck, dense with siblings, is not all studied in one day. The ids of
 * the questions left new that are no sibling of one studied: there should be none.
 */
function unburied(studied: readonly string[]): string[] {
	const questions = fixtureBank.questions;
	const facts = (q: (typeof questions)[number]) => [
		q.factId,
		...(q.type === 'matching' ? q.pairs.map((p) => p.factId) : [])
	];
	const spans = (q: (typeof questions)[number]) =>
		q.type === 'matching' ? q.pairs.map((p) => p.evidence) : [q.evidence];
	const sibling = (a: (typeof questions)[number], b: (typeof questions)[number]) =>
		facts(a).some((f) => facts(b).includes(f)) ||
		spans(a).some((x) => spans(b).some((y) => x.start < y.end && y.start < x.end));
	const done = questions.filter((q) => studied.includes(q.id));
	return questions
		.filter((q) => !studied.includes(q.id) && !done.some((d) => sibling(d, q)))
		.map((q) => q.id);
}

/**
 * The fixture's flashcards as a deck of their own: in the fixture deck they are siblings of the questions studied
 * first, which leave them for another day (issue 11).
 */
const FLASHCARDS = {
	...fixtureBank,
	id: 'fixture-flashcards',
	questions: fixtureBank.questions.filter((q) => q.type === 'flashcard')
};

async function seedAndGoOffline(page: Page) {
	await seedBank(page);
	await waitForServiceWorker(page);
	await page.context().setOffline(true);
}

test('offline: study ten cards, close the page mid-session, reopen: every answer is kept and the session goes on', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await seedAndGoOffline(page);
	await page.goto(STUDY);
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();

	const answered: string[] = [];
	for (let i = 0; i < 10; i++) answered.push(await answerShown(page, i % 3 !== 0));
	const onScreen = (await shownQuestion(page)).id;
	await page.close();

	const reopened = await context.newPage();
	const response = await reopened.goto(STUDY);
	expect(response?.fromServiceWorker()).toBe(true);
	const stored = await readDeck(reopened);
	expect(stored.reviews).toHaveLength(10);
	for (const id of answered) {
		const key = `${FIXTURE_DECK}/${id}`;
		expect(
			stored.reviews.some((r) => r.cardId === key),
			`${id} logged`
		).toBe(true);
		expect(stored.cards.find((c) => c.key === key)?.state, `${id} studied`).not.toBe('new');
	}
	const next = await shownQuestion(reopened);
	expect(next.id, 'the session picks up where it stopped').toBe(onScreen);

	for (let i = 0; i < 40; i++) {
		if (await reopened.getByRole('heading', { name: 'Session complete' }).isVisible()) break;
		await answerShown(reopened, true);
	}
	await expect(reopened.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	const summary = reopened.getByRole('region', { name: 'Session complete' });
	const total = (await readDeck(reopened)).reviews.length;
	await expect(summary.getByText('Reviewed today').locator('..')).toContainText(String(total));
	await expect(summary).toContainText(/The next card is due (in \d+ minutes?|today|tomorrow)/);
	const studied = (await readDeck(reopened)).cards
		.filter((c) => c.state !== 'new')
		.map((c) => c.key.split('/')[1]!);
	expect(unburied(studied)).toEqual([]);
});

test('issue 11: a card answered by its number key as soon as it shows keeps focus on Next', async ({
	page
}) => {
	// The prompt takes focus a frame after its card is painted; a slow phone's frame is played by holding animation
	// frames back, and a student quicker than that by pressing 1 the moment a card with choices is put on the page.
	await page.addInitScript(() => {
		const frame = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (callback) => frame((time) => setTimeout(() => callback(time), 500));
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes)
					if (
						node instanceof HTMLElement &&
						node.querySelector('article[data-question] ul[aria-label="Choices"]')
					)
						document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
		}).observe(document, { childList: true, subtree: true });
	});
	await seedBank(page);
	await page.goto(STUDY);
	let answered = 0;
	for (let turn = 0; turn < 30 && answered < 3; turn++) {
		const { id } = await shownQuestion(page);
		const question = fixtureBank.questions.find((q) => q.id === id)!;
		if (!('choices' in question) || !question.choices) {
			await answerShown(page, true);
			continue;
		}
		const card = page.locator(`article[data-question="${id}"]`);
		const next = card.getByRole('button', { name: /^(Next|Finish)$/ });
		await expect(next).toBeFocused();
		// Past the frame in which the prompt would have taken focus back.
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));
		await expect(next).toBeFocused();
		answered++;
		await page.keyboard.press('Enter');
		await expect(card).toHaveCount(0);
	}
	expect(answered).toBe(3);
});

test('keyboard only: number keys, Enter, typing, selects, Space and rating keys, and u to undo', async ({
	page
}) => {
	test.setTimeout(120_000);
	await seedBank(page);
	await page.goto(STUDY);
	const seen = new Set<string>();
	let undone = false;
	for (let turn = 0; turn < 60; turn++) {
		if (await page.getByRole('heading', { name: 'Session complete' }).isVisible()) break;
		const { id } = await shownQuestion(page);
		const question = fixtureBank.questions.find((q) => q.id === id)!;
		const card = page.locator(`article[data-question="${id}"]`);
		if (question.type === 'flashcard') {
			await page.keyboard.press('Space');
			await expect(card.getByRole('button', { name: /^Good/ })).toBeVisible();
			await page.keyboard.press('3');
			await expect(card).toHaveCount(0);
		} else {
			if (question.type === 'matching') {
				const options = [...question.pairs.map((p) => p.right)].sort((a, b) => a.localeCompare(b));
				for (const pair of question.pairs) {
					await page.keyboard.press('Tab');
					await expect(page.locator(':focus')).toHaveRole('combobox');
					for (let i = 0; i <= options.indexOf(pair.right); i++) await page.keyboard.press('ArrowDown');
				}
				await page.keyboard.press('Tab');
				await expect(page.locator(':focus')).toHaveText('Check');
				await page.keyboard.press('Enter');
			} else if ('choices' in question && question.choices) {
				// In the order shown: a card's choices are shuffled for each showing.
				const shown = await card.locator('ul[aria-label="Choices"] .text').allTextContents();
				await page.keyboard.press(String(shown.indexOf(question.answer) + 1));
			} else {
				await expect(card.getByLabel('Your answer')).toBeFocused();
				await page.keyboard.type(question.answer);
				await page.keyboard.press('Enter');
			}
			await expect(card.getByText('Right', { exact: true })).toBeVisible();
			await expect(card.getByRole('button', { name: /^(Next|Finish)$/ })).toBeFocused();
			if (!undone && seen.size === 2) {
				undone = true;
				await page.keyboard.press('u');
				await expect(card.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
				expect((await readDeck(page)).reviews.filter((r) => r.cardId.endsWith(`/${id}`))).toHaveLength(0);
				continue;
			}
			await page.keyboard.press('Enter');
			// Until the next card replaces this one, its choices are still on screen to be misread as the next's.
			await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
		}
		seen.add(id);
	}
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	expect(undone).toBe(true);
	expect(seen.size).toBeGreaterThanOrEqual(6);
	expect(unburied([...seen])).toEqual([]);
});

test('feedback says right or wrong in words, with the answer and the marked evidence; flashcards show intervals', async ({
	page
}) => {
	await seedBank(page);
	await page.goto(STUDY);
	const card = page.locator('article[data-question="q-who-ortiz"]');
	await card.getByRole('button', { name: 'Ken Walsh', exact: true }).click();
	const live = card.locator('[aria-live="polite"]');
	await expect(live).toContainText('Not quite');
	await expect(live).toContainText('Correct answer: Ana Ortiz');
	await expect(card.getByRole('listitem').filter({ hasText: 'Ken Walsh' })).toContainText('Your answer');
	await expect(card.locator('blockquote mark')).toHaveText(['Ana Ortiz']);

	await seedBank(page, FLASHCARDS);
	await page.goto(`/study?deck=${FLASHCARDS.id}`);
	const shown = FLASHCARDS.questions[0]!;
	const flashcard = page.locator(`article[data-question="${shown.id}"]`);
	await flashcard.getByRole('button', { name: /Show answer/ }).click();
	await expect(flashcard.getByRole('button', { name: 'Again, next in 1m' })).toBeVisible();
	await expect(flashcard.getByRole('button', { name: 'Good, next in 10m' })).toBeVisible();
	await expect(flashcard.locator('p', { hasText: shown.answer }).first()).toHaveText(shown.answer);
});

const nothingDueAt: { localTime: [number, number, number]; next: string; label: string }[] = [
	{ localTime: [12, 0, 0], next: 'tomorrow at 4:00 AM', label: 'at noon' },
	// Issue 4 regression: CI ran at 3:01 am, when the next new card comes with the study day at 4 am, not tomorrow.
	{ localTime: [3, 0, 40], next: 'in 59 minutes', label: 'issue 4: at 3 am' }
];

for (const { localTime, next, label } of nothingDueAt) {
	test.describe(() => {
		test.use({ localTime });
		test(`nothing due ${label}: says so, with the next due time (${next}), and offers studying ahead and practice`, async ({
			page
		}) => {
			// The time stands at localTime: running on, "59 minutes" became "58" on a machine slow enough to take
			// more than 50 seconds to get there (at a 6× CPU slowdown it did).
			await page.clock.setFixedTime(localDate(localTime));
			await seedBank(page);
			await page.evaluate(async () => {
				const db = await new Promise<IDBDatabase>((resolve) => {
					const request = indexedDB.open('byline');
					request.onsuccess = () => resolve(request.result);
				});
				const tx = db.transaction('settings', 'readwrite');
				tx.objectStore('settings').put({ key: 'study-settings', value: { newPerDay: 1 } });
				await new Promise((resolve) => (tx.oncomplete = resolve));
				db.close();
			});
			await page.goto(STUDY);
			await answerShown(page, true);
			await answerShown(page, true);
			await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
			const before = (await readDeck(page)).cards.find((c) => c.key.endsWith('/q-who-ortiz'))!;
			expect(before.state).toBe('review');

			await page.goto(STUDY);
			await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeVisible();
			await expect(page.getByText('The next card is due ' + next + '.')).toBeVisible();
			await page.getByRole('button', { name: 'Practise' }).click();
			await expect(page).toHaveURL(/mode=practice/);
			expect(await answerShown(page, true)).toBe('q-who-ortiz');
			let stored = await readDeck(page);
			expect(stored.reviews.map((r) => r.mode)).toEqual(['study', 'study', 'practice']);
			expect(stored.cards.find((c) => c.key === before.key)?.due, 'practice leaves the due date').toBe(
				before.due
			);

			await page.goto(STUDY);
			await page.getByRole('button', { name: 'Study ahead' }).click();
			await expect(page).toHaveURL(/mode=ahead/);
			expect(await answerShown(page, true)).toBe('q-who-ortiz');
			stored = await readDeck(page);
			expect(stored.reviews.map((r) => r.mode)).toEqual(['study', 'study', 'practice', 'study']);
			expect(stored.cards.find((c) => c.key === before.key)?.reps).toBe(before.reps + 1);
		});
	});
}

test('issue 4: on a touch screen a flashcard swiped right is Good, swiped left is Again; short, vertical and mouse drags rate nothing', async ({
	page
}) => {
	await seedBank(page, {
		...fixtureBank,
		questions: fixtureBank.questions.filter((q) => q.type === 'flashcard')
	});
	await page.goto(STUDY);
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
	/** Drags a finger from the middle of the answer by (dx, dy) in steps; `beforeRelease` runs with it still down. */
	async function swipe(dx: number, dy: number, beforeRelease?: () => Promise<void>) {
		const box = (await page.getByRole('region', { name: 'Answer' }).boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await touch('touchStart', x, y);
		for (let step = 1; step <= 6; step++) await touch('touchMove', x + (dx * step) / 6, y + (dy * step) / 6);
		await beforeRelease?.();
		await touch('touchEnd');
	}
	const ratings = async () => (await readDeck(page)).reviews.map((r) => r.rating);
	const ratingButtons = page.getByRole('button', { name: /^Again/ });

	await page.getByRole('button', { name: /Show answer/ }).click();
	await swipe(40, 0);
	await swipe(30, 200);
	const answer = page.getByRole('region', { name: 'Answer' });
	const box = (await answer.boundingBox())!;
	await page.mouse.move(box.x + 10, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect(ratingButtons).toBeVisible();
	expect(await ratings()).toEqual([]);

	await swipe(150, 10, async () => {
		await expect(page.getByText('Good →')).toBeVisible();
	});
	await expect(ratingButtons).toHaveCount(0);
	await expect.poll(ratings).toEqual(['good']);

	await page.getByRole('button', { name: /Show answer/ }).click();
	await swipe(-150, 0, async () => {
		await expect(page.getByText('← Again')).toBeVisible();
	});
	await expect.poll(ratings).toEqual(['good', 'again']);
});

test('axe finds no violations on /study: question, feedback, flashcard and summary', async ({ page }) => {
	await seedBank(page);
	const axe = () => new AxeBuilder({ page }).analyze();
	await page.goto(STUDY);
	await shownQuestion(page);
	expect((await axe()).violations).toEqual([]);
	await page.keyboard.press('2');
	await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
	expect((await axe()).violations).toEqual([]);
	await seedBank(page, FLASHCARDS);
	await page.goto(`/study?deck=${FLASHCARDS.id}`);
	await page.getByRole('button', { name: /Show answer/ }).click();
	expect((await axe()).violations).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect((await axe()).violations).toEqual([]);
});

test('issue 6: a question reported during study leaves the session and waits on its deck to be fixed', async ({
	page
}) => {
	await seedBank(page);
	await page.goto(STUDY);
	const { id } = await shownQuestion(page);
	const card = page.locator(`article[data-question="${id}"]`);
	await card.getByRole('button').first().click();
	await card.getByRole('button', { name: 'Report a problem' }).click();
	const dialog = page.getByRole('dialog', { name: 'Report a problem with this question' });
	await dialog.getByLabel('What is wrong? (optional)').fill('Two answers are right');
	await dialog.getByRole('button', { name: 'Report' }).click();

	await expect(page.locator(`article[data-question="${id}"]`)).toHaveCount(0);
	await expect(page.locator('article[data-question]')).toBeVisible();
	await page.goto('/');
	const deck = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: fixtureBank.title }) });
	await deck.getByRole('link', { name: /Fix 1 reported question/ }).click();
	await expect(page.getByText('Two answers are right')).toBeVisible();
});

test('issue 2: on a full disk an answer says it was not saved, nothing is half-written, and it can be given again', async ({
	page
}) => {
	await seedBank(page);
	await page.goto(STUDY);
	const { id } = await shownQuestion(page);
	const before = await readDeck(page);

	// Chromium checks quota only when its files grow, so a small write cannot be made to fail through its quota
	// settings; the browser's failure is played instead: the card write throws as a full disk makes it.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		Object.assign(window, { realPut: put });
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await page.locator(`article[data-question="${id}"]`).getByRole('button').first().click();
	await expect(page.getByRole('alert')).toContainText('out of storage space');
	const after = await readDeck(page);
	expect(after.reviews).toEqual(before.reviews);
	expect(after.cards).toEqual(before.cards);

	await page.evaluate(() => {
		IDBObjectStore.prototype.put = (window as unknown as { realPut: IDBObjectStore['put'] }).realPut;
	});
	await expect(page.locator(`article[data-question="${id}"]`)).toBeVisible();
	await page.locator(`article[data-question="${id}"]`).getByRole('button').first().click();
	await expect(
		page.locator(`article[data-question="${id}"]`).getByRole('button', { name: 'Next' })
	).toBeVisible();
	expect((await readDeck(page)).reviews).toHaveLength(before.reviews.length + 1);
});

test('issue 4: the counts left move with each new card, the summary takes focus, home says the deck is done for today, a round ahead counts only its own answers, and Study ahead again starts another round', async ({
	page
}) => {
	const twoQuestions = ['q-who-ortiz', 'q-fig-cost'];
	await seedBank(page, {
		...fixtureBank,
		questions: fixtureBank.questions.filter((q) => twoQuestions.includes(q.id))
	});
	await page.goto(STUDY);
	const left = page.locator('main p[aria-live="polite"]').first();
	await expect(left).toHaveText(/Cards left:\s*2 new\s*0 learning\s*0 to review/);
	await answerShown(page, true);
	await expect(left).toHaveText(/1 new\s*1 learning\s*0 to review/);

	for (let i = 0; i < 10; i++) {
		if (await page.getByRole('heading', { name: 'Session complete' }).isVisible()) break;
		await answerShown(page, true);
	}
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeFocused();
	const studied = (await readDeck(page)).reviews.length;
	await expect(page.getByText('Reviewed today').locator('..')).toContainText(String(studied));

	await page.goto('/');
	const deck = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: fixtureBank.title }) });
	await expect(deck).toContainText('0 due');
	await expect(deck).toContainText('0 new');
	await expect(deck.getByText('Done for today')).toBeVisible();
	await deck.getByRole('link', { name: /^Study more\b/ }).click();
	await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeFocused();

	await page.getByRole('button', { name: 'Study ahead' }).click();
	await answerShown(page, true);
	await answerShown(page, true);
	const summary = page.getByRole('region', { name: 'Session complete' });
	await expect(summary.getByText('Reviewed today')).toHaveCount(0);
	await expect(summary.getByText('Answered').locator('..')).toContainText('2');
	// Another round ahead is the URL already shown: it used to leave the finished round on the screen.
	await summary.getByRole('button', { name: 'Study ahead' }).click();
	await expect(page.locator('article[data-question]')).toBeVisible();
	await answerShown(page, true);
	await answerShown(page, true);
	await expect(summary.getByText('Answered').locator('..')).toContainText('2');
});

test('issue 4: a link to a deck that is not on this device says so, instead of offering to study nothing', async ({
	page
}) => {
	await page.goto('/study?deck=gone-deck');
	await expect(page.getByRole('heading', { name: 'Deck not found' })).toBeVisible();
	await expect(page.getByText('There is no deck with the id “gone-deck” on this device.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Study ahead' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Go to your decks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
});

test('issue 11: on a wide screen the Undo button reads "Undo last answer", words apart', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await seedBank(page);
	await page.goto(STUDY);
	await shownQuestion(page);
	const undo = page.getByRole('button', { name: 'Undo last answer' });
	expect(await undo.innerText()).toMatch(/\bUndo last answer\b/);
});

test.describe(() => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('issue 4: on a phone the counts share a line with a short Undo and a long deck title takes one line, leaving room for the answers', async ({
		page
	}) => {
		const title =
			'A very long headline about a council that voted to close the Riverton Bridge for eighteen months';
		await seedBank(page, { ...fixtureBank, title });
		await page.goto(STUDY);
		await shownQuestion(page);
		const undo = page.getByRole('button', { name: 'Undo last answer' });
		const counts = (await page.getByText(/to review/).boundingBox())!;
		const button = (await undo.boundingBox())!;
		expect(button.y).toBeLessThan(counts.y + counts.height);
		const deck = page.getByText(title, { exact: true });
		await expect(deck).toHaveAttribute('title', title);
		const lineHeight = await deck.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
		expect((await deck.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
	});

	test('issue 4: on a touch screen no choice looks picked because the last tap landed where it now is', async ({
		page
	}) => {
		await seedBank(page);
		await page.goto(STUDY);
		const card = page.locator('article[data-question]');
		const choices = card.getByRole('listitem').getByRole('button');
		await choices.nth(1).hover();
		const border = (n: number) => choices.nth(n).evaluate((el) => getComputedStyle(el).borderColor);
		expect(await border(1)).toBe(await border(0));
	});
});
