import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RATINGS, practiceLog, type Rating } from '$lib/srs/card';
import { review, replay } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import { newCard } from '$lib/srs/scheduler';
import { DbError, openDatabase } from './open';
import {
	StaleCardError,
	cardState,
	missedCards,
	recordAnswer,
	recordStudyAnswer,
	reviewsForCard,
	undoAnswer,
	type Reschedule
} from './reviews';
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

const reschedule: Reschedule = (card, log) => review(log.cardId, card, log.rating, log, defaultSettings).card;

/** An answer as a study session gives it: scheduled from the card as stored when it is written. */
async function study(key: string, rating: Rating, at: number) {
	const moment = { at, tzOffsetMinutes: tz };
	const details = { deckId: 'deck', given: rating, correct: rating !== 'again', ms: 1000 };
	return recordStudyAnswer(
		db,
		key,
		(stored) => review(key, stored, rating, moment, defaultSettings),
		details
	);
}

async function expectReplayed(key: string, createdAt = start) {
	const stored = (await db.get('cards', key))!;
	const log = await reviewsForCard(db, key);
	expect(cardState(stored)).toEqual(replay(log, defaultSettings, createdAt));
	const last = log.at(-1);
	expect(stored.lastAnswer?.reviewId).toBe(last?.id);
}

describe('recordStudyAnswer', () => {
	it('issue 13: two tabs answering one card build on each other, not on a stale copy', async () => {
		const card = await withCard();
		// Both tabs read the card new; A answers it, then B answers its (now stale) copy.
		await study(card.key, 'good', start);
		const second = await study(card.key, 'good', start + 600_000);
		expect(second.card.reps).toBe(2);
		expect(second.entry.mode === 'study' && second.entry.before.reps).toBe(1);
		await expectReplayed(card.key);
	});

	it('refuses a study answer computed from a copy another tab has moved on from, writing nothing', async () => {
		const stale = await withCard();
		await study(stale.key, 'good', start);
		const before = await db.get('cards', stale.key);
		const error = await answer(stale, 'again', start + 60_000).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StaleCardError);
		expect(await db.get('cards', stale.key)).toEqual(before);
		expect(await reviewsForCard(db, stale.key)).toHaveLength(1);
	});

	it('a practice answer from a stale copy changes the latest answer only, never the schedule', async () => {
		const stale = await withCard();
		const { card: studied } = await study(stale.key, 'good', start);
		const practice = practiceLog(stale.key, 'again', { at: start + 60_000, tzOffsetMinutes: tz });
		const { card } = await recordAnswer(db, stale, practice, {
			deckId: 'deck',
			given: 'x',
			correct: false,
			ms: 1
		});
		expect(cardState(card)).toEqual(cardState(studied));
		expect(card.lastAnswer).toMatchObject({ mode: 'practice', correct: false });
	});
});

describe('undoAnswer', () => {
	it('restores the card exactly and removes the entry', async () => {
		const fresh = await withCard();
		const once = await answer(fresh, 'good', start);
		const twice = await study(fresh.key, 'again', start + 600_000);
		const undone = await undoAnswer(db, twice.entry.id!, reschedule);
		expect(undone).toEqual({ card: once, rescheduled: 0 });
		expect(await reviewsForCard(db, fresh.key)).toHaveLength(1);
		const first = (await reviewsForCard(db, fresh.key))[0]!;
		expect((await undoAnswer(db, first.id!, reschedule))?.card).toEqual(fresh);
		expect(await db.count('reviews')).toBe(0);
	});

	it('issue 13: takes back only the answer it was given, rebuilding the card from a later answer in another tab', async () => {
		const card = await withCard();
		const inA = await study(card.key, 'good', start);
		const inB = await study(card.key, 'again', start + 600_000);
		const undone = await undoAnswer(db, inA.entry.id!, reschedule);
		expect(undone?.rescheduled).toBe(1);
		const log = await reviewsForCard(db, card.key);
		expect(log.map((entry) => entry.id)).toEqual([inB.entry.id]);
		// B's answer now stands alone: as if given to the new card, and undoable exactly.
		expect(log[0]!.mode === 'study' && log[0]!.before).toEqual(cardState(card));
		expect(undone?.card.reps).toBe(1);
		expect(undone?.card.lastAnswer?.reviewId).toBe(inB.entry.id);
		await expectReplayed(card.key);
		expect((await undoAnswer(db, inB.entry.id!, reschedule))?.card).toEqual(card);
	});

	it('says when the answer was already taken back, and changes nothing', async () => {
		const card = await withCard();
		const { entry } = await study(card.key, 'good', start);
		await study(card.key, 'good', start + 600_000);
		await undoAnswer(db, entry.id!, reschedule);
		const after = await db.get('cards', card.key);
		expect(await undoAnswer(db, entry.id!, reschedule)).toBeUndefined();
		expect(await db.get('cards', card.key)).toEqual(after);
	});

	it('issue 13: any interleaving of two tabs’ answers, practice and undos leaves every card equal to its log’s replay', async () => {
		let seed = 13;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		counter += 1;
		db = await openDatabase({ name: `reviews-${counter}` });
		const keys = ['deck/a', 'deck/b', 'deck/c'];
		for (const [order, key] of keys.entries()) {
			await db.put('cards', { ...newCard(start), key, deckId: 'deck', order, hidden: false });
		}
		const given: number[][] = [[], []];
		let at = start;
		let answers = 0;
		let undos = 0;
		for (let step = 0; step < 300; step++) {
			at += Math.floor(random() * 3 * 3_600_000);
			const tab = random() < 0.5 ? 0 : 1;
			const mine = given[tab]!;
			if (mine.length > 0 && random() < 0.3) {
				const id = mine.pop()!;
				// The other tab may have taken it back already in a real race; here each tab undoes its own.
				expect(await undoAnswer(db, id, reschedule)).toBeDefined();
				undos++;
				continue;
			}
			const key = keys[Math.floor(random() * keys.length)]!;
			const rating = RATINGS[Math.floor(random() * RATINGS.length)]!;
			if (random() < 0.15) {
				const log = practiceLog(key, rating, { at, tzOffsetMinutes: tz });
				const details = { deckId: 'deck', given: '', correct: rating !== 'again', ms: 1 };
				mine.push((await recordAnswer(db, { key }, log, details)).entry.id!);
			} else {
				mine.push((await study(key, rating, at)).entry.id!);
			}
			answers++;
		}
		expect(answers).toBeGreaterThan(150);
		expect(undos).toBeGreaterThan(50);
		for (const key of keys) await expectReplayed(key);
	});
});
