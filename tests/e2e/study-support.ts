import { expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import type { StoreNames, StoreValue } from 'idb';
import { bankRecords } from '$lib/db/decks';
import {
	DB_NAME,
	type BylineDB,
	type CardRecord,
	type QuestionRecord,
	type ReviewEntry
} from '$lib/db/schema';
import type { Bank } from '$lib/generator/bank';
import { fixtureBank } from '$lib/fixtures/bank';

export { fixtureBank };
export const FIXTURE_DECK = fixtureBank.id;

const BANKS = new URL('../../questions/banks/', import.meta.url);
/** The deck that ships with the app, as the build bundles it. */
export const bundledBank: Bank = JSON.parse(
	readFileSync(
		new URL(
			readdirSync(BANKS).find((f) => f.endsWith('.json'))!,
			BANKS
		),
		'utf8'
	)
);

type Records = { [S in StoreNames<BylineDB>]?: StoreValue<BylineDB, S>[] };

/**
 * Puts records into the app's IndexedDB from the page, in one transaction. The records come from the app's own
 * functions (bankRecords, the scheduler), never written out here, so a test cannot drift from the schema.
 */
export async function putRecords(page: Page, records: Records): Promise<void> {
	await page.evaluate(
		async ({ name, records }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const tx = db.transaction(Object.keys(records), 'readwrite');
			for (const [store, list] of Object.entries(records))
				for (const record of list as unknown[]) tx.objectStore(store).put(record);
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ name: DB_NAME, records }
	);
}

/**
 * Saves a bank as the app's saveBank would for a new deck (deck, questions, new cards due now by the page's
 * clock), so a test has a deck of every question type without waiting on the generator. Opens the app first so
 * the database exists at its current version.
 */
export async function seedBank(page: Page, bank: Bank = fixtureBank): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
	await expect(page.getByText(/\d+ questions/).first()).toBeVisible();
	const now = await page.evaluate(() => Date.now());
	const { deck, questions, cards } = await bankRecords(bank, 'imported', now);
	await putRecords(page, { decks: [deck], questions, cards });
}

/** The cards and review log of a deck as IndexedDB holds them. */
export async function readDeck(
	page: Page,
	deckId = FIXTURE_DECK
): Promise<{ cards: CardRecord[]; reviews: ReviewEntry[] }> {
	return page.evaluate(
		async ({ name, deckId }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
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
				all<CardRecord>(tx.objectStore('cards').index('by-deck').getAll(deckId)),
				all<ReviewEntry>(tx.objectStore('reviews').index('by-deck').getAll(deckId))
			]);
			db.close();
			return { cards, reviews };
		},
		{ name: DB_NAME, deckId }
	);
}

/** A deck's questions as IndexedDB holds them. */
export async function readQuestions(page: Page, deckId = FIXTURE_DECK): Promise<QuestionRecord[]> {
	return page.evaluate(
		async ({ name, deckId }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const request = db.transaction('questions').objectStore('questions').index('by-deck').getAll(deckId);
			const questions = await new Promise<QuestionRecord[]>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			db.close();
			return questions;
		},
		{ name: DB_NAME, deckId }
	);
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

/** Answers right until a flashcard is on screen, whichever place the deck's introduction order gives it. */
export async function untilFlashcard(page: Page): Promise<{ id: string; type: string }> {
	for (let shown = await shownQuestion(page); ; shown = await shownQuestion(page)) {
		if (shown.type === 'flashcard') return shown;
		await answerShown(page, true);
	}
}
