import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { practiceLog } from '$lib/srs/card';
import { review, replay } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import { newCard } from '$lib/srs/scheduler';
import { DbError, openDatabase } from './open';
import { missedCards, recordAnswer, reviewsForCard, undoLastAnswer } from './reviews';
import type { BylineDatabase, CardRecord } from './schema';

let db: BylineDatabase;
let counter = 0;
const tz = 0;
const start = Date.UTC(2026, 0, 5, 9);

async function withCard(): Promise<CardRecord> {
	counter += 1;
	db = await openDatabase({ name: `reviews-${counter}` });
	const card: CardRecord = { ...newCard(start), key: 'deck/q1', deckId: 'deck', order: 0, hidden: false };
	await db.put('cards', card);
	return card;
}

async function answer(card: CardRecord, rating: 'again' | 'good', at: number, correct = rating === 'good') {
	const moment = { at, tzOffsetMinutes: tz };
	const next = review(card.key, card, rating, moment, defaultSettings);
	const details = { deckId: 'deck', given: correct ? 'right' : 'wrong', correct, ms: 1200 };
	return (await recordAnswer(db, card, next.log, details, next.card)).card;
}

afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

describe('recordAnswer', () => {
	it('keeps the card equal to the replay of its log', async () => {
		let card = await withCard();
		const ratings = ['good', 'again', 'good', 'good'] as const;
		for (const [i, rating] of ratings.entries()) card = await answer(card, rating, start + i * 86_400_000);
		const stored = await db.get('cards', card.key);
		const log = await reviewsForCard(db, card.key);
		expect(log).toHaveLength(4);
		const { key: _k, deckId: _d, order: _o, hidden: _h, lastAnswer: _l, ...state } = stored as CardRecord;
		expect(replay(log, defaultSettings, start)).toEqual(state);
	});

	it('logs practice without moving the schedule, and the Missed list follows the latest answer', async () => {
		let card = await withCard();
		card = await answer(card, 'good', start);
		const due = card.due;
		const practice = practiceLog(card.key, 'again', { at: start + 60_000, tzOffsetMinutes: tz });
		card = (
			await recordAnswer(db, card, practice, { deckId: 'deck', given: 'oops', correct: false, ms: 900 })
		).card;
		expect((await db.get('cards', card.key))?.due).toBe(due);
		expect((await missedCards(db)).map((c) => c.lastAnswer?.given)).toEqual(['oops']);
		const fixed = practiceLog(card.key, 'good', { at: start + 120_000, tzOffsetMinutes: tz });
		await recordAnswer(db, card, fixed, { deckId: 'deck', given: 'right', correct: true, ms: 800 });
		expect(await missedCards(db)).toEqual([]);
	});

	it('refuses a practice answer that would move the card', async () => {
		const card = await withCard();
		const practice = practiceLog(card.key, 'good', { at: start, tzOffsetMinutes: tz });
		await expect(
			recordAnswer(db, card, practice, { deckId: 'deck', given: '', correct: true, ms: 1 }, newCard(start))
		).rejects.toThrow(/practice answer must not/);
	});

	it('writes neither the log entry nor the card when the disk is full', async () => {
		const card = await withCard();
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'cards') throw new DOMException('full', 'QuotaExceededError');
			return put.apply(this, args);
		});
		const error = await answer(card, 'good', start).catch((e: unknown) => e);
		expect((error as DbError).problem).toBe('quota');
		vi.restoreAllMocks();
		expect(await db.count('reviews')).toBe(0);
		expect(await db.get('cards', card.key)).toEqual(card);
	});
});

describe('undoLastAnswer', () => {
	it('restores the card exactly and removes the entry', async () => {
		const fresh = await withCard();
		const once = await answer(fresh, 'good', start);
		await answer(once, 'again', start + 600_000);
		const restored = await undoLastAnswer(db, fresh.key);
		expect(restored).toEqual(once);
		expect(await reviewsForCard(db, fresh.key)).toHaveLength(1);
		expect(await undoLastAnswer(db, fresh.key)).toEqual(fresh);
		expect(await db.count('reviews')).toBe(0);
	});
});
