import { expect, type Page } from '@playwright/test';
import type { Bank } from '../../src/lib/generator/bank';
import { fixtureBank } from '../../src/lib/fixtures/bank';

export { fixtureBank };
export const FIXTURE_DECK = fixtureBank.id;

/**
 * Writes a bank into the app's IndexedDB as `saveBank` would (deck, questions, new cards), from the page itself,
 * so a test has a deck of every question type without waiting on the generator. Opens the app first so the
 * database exists at its current version.
 */
export async function seedBank(page: Page, bank: Bank = fixtureBank): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
	await expect(page.getByText(/\d+ questions/).first()).toBeVisible();
	await page.evaluate(async (bank) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('byline');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const now = Date.now();
		const tx = db.transaction(['decks', 'questions', 'cards'], 'readwrite');
		tx.objectStore('decks').put({
			id: bank.id,
			title: bank.title,
			article: bank.article,
			facts: bank.facts,
			origin: 'imported',
			bankHash: 'test-fixture',
			questionCount: bank.questions.length,
			createdAt: now,
			updatedAt: now
		});
		bank.questions.forEach((question, order) => {
			const key = `${bank.id}/${question.id}`;
			tx.objectStore('questions').put({ ...question, key, deckId: bank.id, order, retired: false });
			tx.objectStore('cards').put({
				due: now,
				stability: 0,
				difficulty: 0,
				elapsedDays: 0,
				scheduledDays: 0,
				learningSteps: 0,
				reps: 0,
				lapses: 0,
				state: 'new',
				key,
				deckId: bank.id,
				order,
				hidden: false
			});
		});
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, bank);
}

export interface StoredCard {
	key: string;
	state: string;
	due: number;
	reps: number;
	lastAnswer?: { correct: boolean; given: string; mode: string };
}

export interface StoredReview {
	cardId: string;
	mode: string;
	rating: string;
	correct: boolean;
	given: string;
}

/** The cards and review log of a deck as IndexedDB holds them. */
export async function readDeck(
	page: Page,
	deckId = FIXTURE_DECK
): Promise<{ cards: StoredCard[]; reviews: StoredReview[] }> {
	return page.evaluate(async (deckId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('byline');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction(['cards', 'reviews']);
		const all = <T>(request: IDBRequest<T[]>) =>
			new Promise<T[]>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const [cards, reviews] = await Promise.all([
			all<StoredCard>(tx.objectStore('cards').index('by-deck').getAll(deckId)),
			all<StoredReview>(tx.objectStore('reviews').index('by-deck').getAll(deckId))
		]);
		db.close();
		return { cards, reviews };
	}, deckId);
}

/** The question on screen, read from the page: its id (from the bank) and type. */
export async function shownQuestion(page: Page): Promise<{ id: string; type: string }> {
	const card = page.locator('article[data-question]');
	await expect(card).toBeVisible();
	const id = (await card.getAttribute('data-question')) ?? '';
	const question = fixtureBank.questions.find((q) => q.id === id);
	if (!question) throw new Error(`unknown question on screen: ${id}`);
	return { id, type: question.type };
}

/** Answers the question on screen with the mouse/touch, right or wrong, and waits for the answer to be saved. */
export async function answerShown(page: Page, right: boolean): Promise<string> {
	const { id } = await shownQuestion(page);
	const question = fixtureBank.questions.find((q) => q.id === id)!;
	const card = page.locator('article[data-question]');
	if (question.type === 'flashcard') {
		await card.getByRole('button', { name: /Show answer/ }).click();
		await card.getByRole('button', { name: right ? /^Good/ : /^Again/ }).click();
		// Rating goes straight on; the next card (this one again, if its step is due) shows unrated.
		await expect(page.getByRole('button', { name: /^Again/ })).toHaveCount(0);
		return id;
	}
	if (question.type === 'matching') {
		const pairs = question.pairs;
		const names = pairs.map((p) => p.right);
		const chosen = right ? names : [...names.slice(1), names[0]!];
		for (const [i, name] of chosen.entries()) await card.getByRole('combobox').nth(i).selectOption(name);
		await card.getByRole('button', { name: 'Check' }).click();
	} else if ('choices' in question && question.choices) {
		const wrong = question.choices.find((c) => c !== question.answer)!;
		await card.getByRole('button', { name: right ? question.answer : wrong, exact: true }).click();
	} else {
		await card.getByLabel('Your answer').fill(right ? question.answer : 'nothing like it');
		await card.getByRole('button', { name: 'Check' }).click();
	}
	await expect(card.getByText(right ? 'Right' : 'Not quite', { exact: true })).toBeVisible();
	await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
	// The next card (which may be this one again, a learning step come due) is shown without feedback.
	await expect(page.getByRole('button', { name: /^(Next|Finish)$/ })).toHaveCount(0);
	return id;
}
