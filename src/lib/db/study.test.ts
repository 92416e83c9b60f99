import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { newCard } from '$lib/srs/card';
import { DAY_MS, MINUTE_MS } from '$lib/srs/day';
import { isLearningStep } from '$lib/srs/queue';
import { defaultSettings, type StudySettings } from '$lib/srs/settings';
import { openDatabase } from './open';
import {
	DB_VERSION,
	upgrade,
	type BylineDB,
	type BylineDatabase,
	type CardRecord,
	type ReviewEntry
} from './schema';
import { studyQueue, studyQueueHead } from './study';

const HOUR = 60 * MINUTE_MS;
const now = Date.UTC(2026, 2, 10, 15);
const moment = { at: now, tzOffsetMinutes: 60 };
const DECKS = ['alpha', 'beta', 'gamma'];
let db: BylineDatabase | undefined;
let counter = 0;

afterEach(() => {
	db?.close();
	db = undefined;
});

/** A seeded generator, so a failing collection can be made again. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

/** A collection of every kind of card: new, in learning steps, in review, hidden, answered on other clocks. */
function collection(seed: number): { cards: CardRecord[]; reviews: ReviewEntry[] } {
	const rand = random(seed);
	const cards: CardRecord[] = [];
	const reviews: ReviewEntry[] = [];
	for (const deckId of DECKS) {
		const size = 5 + Math.floor(rand() * 40);
		for (let order = 0; order < size; order++) {
			const key = `${deckId}/q${order}`;
			const base = { key, deckId, order, hidden: rand() < 0.05 };
			const kind = rand();
			if (kind < 0.35) {
				cards.push({ ...base, ...newCard(now - Math.floor(rand() * 30) * DAY_MS) });
				continue;
			}
			const step = kind < 0.5;
			const scheduledDays = step ? 0 : 1 + Math.floor(rand() * 30);
			const due = step
				? now + Math.floor((rand() - 0.5) * 60) * MINUTE_MS
				: now + Math.floor((rand() - 0.3) * 6 * 24) * HOUR;
			const state = step ? (rand() < 0.5 ? 'learning' : 'relearning') : 'review';
			const card: CardRecord = {
				...base,
				due,
				stability: 3,
				difficulty: 5,
				elapsedDays: scheduledDays,
				scheduledDays,
				learningSteps: 0,
				reps: 3,
				lapses: 0,
				state,
				lastReview: due - scheduledDays * DAY_MS,
				lastReviewTzOffset: [-600, 0, 60, 540][Math.floor(rand() * 4)]
			};
			cards.push(card);
			if (rand() < 0.2) {
				// Answered earlier today: it counts against the day's limits.
				reviews.push({
					cardId: key,
					deckId,
					at: now - Math.floor(rand() * 5) * HOUR,
					tzOffsetMinutes: 60,
					rating: 'good',
					mode: 'study',
					before: rand() < 0.5 ? newCard(now - DAY_MS) : { ...card, state: 'review' },
					given: '',
					correct: true,
					ms: 2000
				});
			}
		}
	}
	return { cards, reviews };
}

async function seeded(seed: number): Promise<BylineDatabase> {
	const opened = await openDatabase({ name: `study-head-${counter++}` });
	const { cards, reviews } = collection(seed);
	const tx = opened.transaction(['cards', 'reviews'], 'readwrite');
	await Promise.all([
		...cards.map((card) => tx.objectStore('cards').put(card)),
		...reviews.map((entry) => tx.objectStore('reviews').add(entry))
	]);
	await tx.done;
	return opened;
}

const keys = (cards: readonly CardRecord[]) => cards.map((card) => card.key);

describe('studyQueueHead', () => {
	const limits: Partial<StudySettings>[] = [
		{},
		{ newPerDay: 3 },
		{ reviewsPerDay: 4 },
		{ newPerDay: 0, reviewsPerDay: 2 },
		{ dayStartHour: 0 }
	];

	it('is the day’s queue card for card as far as it goes, with every learning step and the same steps to come', async () => {
		for (let seed = 1; seed <= 12; seed++) {
			db = await seeded(seed);
			for (const limit of limits) {
				const settings = { ...defaultSettings, ...limit };
				for (const scope of [DECKS, ['beta'], ['gamma', 'alpha']]) {
					for (const size of [1, 8]) {
						const whole = await studyQueue(db, scope, moment, settings, 20 * MINUTE_MS);
						const head = await studyQueueHead(db, scope, moment, settings, 20 * MINUTE_MS, size);
						const others = whole.queue.filter((card) => !isLearningStep(card));
						const label = JSON.stringify({ seed, limit, scope, size });
						expect(keys(head.queue.filter((card) => !isLearningStep(card))), label).toEqual(
							keys(others.slice(0, size))
						);
						expect(keys(head.queue.filter(isLearningStep)), label).toEqual(
							keys(whole.queue.filter(isLearningStep))
						);
						expect(keys(head.learningSoon), label).toEqual(keys(whole.learningSoon));
						expect(head.today, label).toEqual(whole.today);
						expect(head.complete, label).toBe(others.length < size);
					}
				}
			}
			db.close();
		}
	});
});

describe('version 3', () => {
	it('upgrades a version 2 database with its cards and their log, losing nothing, and finds due cards by deck and state', async () => {
		const name = `study-v2-${counter++}`;
		// Version 2 as its code left it: every store and index of the blocks before this one.
		const v2 = await openDB<BylineDB>(name, 2, {
			upgrade: (opened, old, _new, tx) => {
				upgrade(opened, old, tx);
				tx.objectStore('cards').deleteIndex('by-deck-state-due');
			}
		});
		const { cards, reviews } = collection(7);
		const tx = v2.transaction(['cards', 'reviews'], 'readwrite');
		await Promise.all([
			...cards.map((card) => tx.objectStore('cards').put(card)),
			...reviews.map((entry) => tx.objectStore('reviews').add(entry))
		]);
		await tx.done;
		const before = { cards: await v2.getAll('cards'), reviews: await v2.getAll('reviews') };
		v2.close();

		db = await openDatabase({ name });
		expect(db.version).toBe(DB_VERSION);
		expect(await db.getAll('cards')).toEqual(before.cards);
		expect(await db.getAll('reviews')).toEqual(before.reviews);
		const range = IDBKeyRange.bound(['beta', 'review', -Infinity], ['beta', 'review', Infinity]);
		const reviewed = cards
			.filter((card) => card.deckId === 'beta' && card.state === 'review')
			.sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : 1));
		expect(keys(await db.getAllFromIndex('cards', 'by-deck-state-due', range))).toEqual(keys(reviewed));
	});
});
