import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/db/open';
import { writeSetting } from '$lib/db/settings';
import { dayLabel } from '$lib/domain/format';
import type { BylineDatabase, CardRecord, DeckRecord, ReviewEntry } from '$lib/db/schema';
import { practiceLog, type CardState } from '$lib/srs/card';
import { DAY_MS, studyDay, type Moment } from '$lib/srs/day';
import { newCard, review } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import {
	forecastRows,
	forecastSummary,
	loadProgress,
	progressData,
	readStreakChoice,
	retentionDetail,
	retentionText,
	scopeStats,
	studyStreak,
	writeStreakChoice
} from './lib';

const settings = { ...defaultSettings, enableFuzz: false };
const tz = 0;
const now: Moment = { at: Date.UTC(2026, 2, 10, 12), tzOffsetMinutes: tz };
const daysAgo = (days: number, hour = 12): Moment => ({
	at: now.at - days * DAY_MS + (hour - 12) * 3_600_000,
	tzOffsetMinutes: tz
});

let db: BylineDatabase;
let counter = 0;
afterEach(() => db?.close());

async function freshDb(): Promise<BylineDatabase> {
	counter += 1;
	db = await openDatabase({ name: `progress-${counter}` });
	return db;
}

function deck(id: string): DeckRecord {
	return {
		id,
		title: `Deck ${id}`,
		article: { title: id, text: '' },
		facts: [],
		origin: 'bundled',
		bankHash: id,
		questionCount: 0,
		createdAt: 0,
		updatedAt: 0
	};
}

function card(deckId: string, n: number, state: CardState = newCard(0), hidden = false): CardRecord {
	return { ...state, key: `${deckId}/q${n}`, deckId, order: n, hidden };
}

/** A card in the review state, graduated `days` ago. */
function learnt(days: number): CardState {
	const first = review('c', newCard(0), 'good', daysAgo(days, 9), settings).card;
	return review('c', first, 'good', daysAgo(days, 10), settings).card;
}

/** A study answer to a review-state card. */
function reviewEntry(deckId: string, days: number, rating: 'good' | 'again'): ReviewEntry {
	const { log } = review(`${deckId}/q0`, learnt(days + 20), rating, daysAgo(days), settings);
	return { ...log, deckId, given: '', correct: rating === 'good', ms: 1000 };
}

function practiceEntry(deckId: string, days: number): ReviewEntry {
	return {
		...practiceLog(`${deckId}/q0`, 'good', daysAgo(days)),
		deckId,
		given: 'x',
		correct: true,
		ms: 900
	};
}

async function seed(cards: CardRecord[], logs: ReviewEntry[], decks = ['a', 'b']) {
	const tx = db.transaction(['decks', 'cards', 'reviews'], 'readwrite');
	for (const id of decks) void tx.objectStore('decks').put(deck(id));
	for (const c of cards) void tx.objectStore('cards').put(c);
	for (const log of logs) void tx.objectStore('reviews').add(log);
	await tx.done;
}

describe('loadProgress and scopeStats', () => {
	it('counts cards per deck and for all decks, leaving hidden cards out', async () => {
		await freshDb();
		const dueTomorrow = { ...learnt(5), due: now.at + DAY_MS, scheduledDays: 6 };
		await seed(
			[
				card('a', 0),
				card('a', 1, dueTomorrow),
				card('a', 2, review('c', newCard(0), 'again', now, settings).card),
				card('b', 0),
				card('b', 1, newCard(0), true)
			],
			[]
		);
		const source = await loadProgress(db, now, settings);
		expect(source.decks.map((d) => d.title)).toEqual(['Deck a', 'Deck b']);
		expect(scopeStats(source, 'a', now, settings).counts).toEqual({ new: 1, learning: 1, review: 1 });
		expect(scopeStats(source, 'b', now, settings).counts).toEqual({ new: 1, learning: 0, review: 0 });
		expect(scopeStats(source, undefined, now, settings).counts).toEqual({ new: 2, learning: 1, review: 1 });
		const forecast = scopeStats(source, 'a', now, settings).forecast;
		expect(forecast).toHaveLength(14);
		expect(forecast.slice(0, 2).map((d) => d.count)).toEqual([1, 1]);
	});

	it('issue 11: leaves a hidden deck out of the list and the totals, its progress kept for when it is shown', async () => {
		await freshDb();
		await seed(
			[card('a', 0), card('b', 0), card('b', 1)],
			[reviewEntry('a', 1, 'good'), reviewEntry('b', 1, 'good')]
		);
		await db.put('decks', { ...deck('b'), hidden: true });
		const source = await loadProgress(db, now, settings);
		expect(source.decks.map((d) => d.id)).toEqual(['a']);
		expect(scopeStats(source, undefined, now, settings).counts).toEqual({ new: 1, learning: 0, review: 0 });
		expect(source.logs.map((log) => log.deckId)).toEqual(['a']);
		expect(await db.count('cards')).toBe(3);
	});

	it('reads only the last 30 days of the log, and splits answers per deck and mode', async () => {
		await freshDb();
		const logs = [
			reviewEntry('a', 40, 'again'),
			reviewEntry('a', 3, 'good'),
			reviewEntry('a', 2, 'again'),
			reviewEntry('b', 1, 'good'),
			practiceEntry('a', 1)
		];
		await seed([], logs);
		const source = await loadProgress(db, now, settings);
		expect(source.logs).toHaveLength(4);
		const a = scopeStats(source, 'a', now, settings);
		expect(a.retention).toEqual({ reviews: 2, passed: 1, rate: 0.5 });
		expect(a.perDay).toHaveLength(30);
		expect(a.perDay.at(-2)).toMatchObject({ study: 0, practice: 1 });
		expect(a.perDay.at(-3)).toMatchObject({ study: 1, practice: 0 });
		expect(scopeStats(source, undefined, now, settings).retention.reviews).toBe(3);
	});
});

describe('retention wording', () => {
	it('gives no percentage until enough reviews back it', () => {
		expect(retentionText({ reviews: 0, passed: 0, rate: undefined })).toBe('Not enough reviews yet');
		expect(retentionText({ reviews: 19, passed: 19, rate: 1 })).toBe('Not enough reviews yet');
		expect(retentionDetail({ reviews: 19, passed: 19, rate: 1 })).toMatch(/19 reviews.*after 20/);
	});
	it('rounds to a whole percentage and says how many reviews it rests on', () => {
		const retention = { reviews: 40, passed: 35, rate: 35 / 40 };
		expect(retentionText(retention)).toBe('88%');
		expect(retentionDetail(retention)).toMatch(/35 of 40 reviews/);
	});
});

describe('forecast wording', () => {
	it('says one card falls due, and several cards fall due', () => {
		expect(
			forecastSummary([
				{ day: 0, count: 0 },
				{ day: 3, count: 1 }
			])
		).toBe('1 card falls due in the next 14 days, 0 of them today (overdue cards included).');
		expect(
			forecastSummary([
				{ day: 0, count: 2 },
				{ day: 1, count: 3 }
			])
		).toBe('5 cards fall due in the next 14 days, 2 of them today (overdue cards included).');
	});
});

describe('day labels', () => {
	it('names days as people do', () => {
		const today = studyDay(now, settings);
		expect(dayLabel(today, today)).toBe('Today');
		expect(dayLabel(today + 1, today)).toBe('Tomorrow');
		expect(dayLabel(today - 1, today)).toBe('Yesterday');
		expect(dayLabel(today + 2, today)).toBe('Thu 12 Mar');
		const rows = forecastRows(
			[
				{ day: today, count: 3 },
				{ day: today + 1, count: 0 }
			],
			today
		);
		expect(rows.map((r) => [r.short, r.values])).toEqual([
			['Today', [3]],
			// Issue 11: the axis names a date, not a bare day of the month.
			['11 Mar', [0]]
		]);
	});
});

describe('studyStreak', () => {
	it('counts consecutive days and looks past the 30-day window only for a longer streak', async () => {
		await freshDb();
		const logs = Array.from({ length: 45 }, (_, i) => practiceEntry('a', i));
		logs.push(practiceEntry('a', 50));
		await seed([], logs);
		const source = await loadProgress(db, now, settings);
		expect(await studyStreak(db, source, now, settings)).toBe(45);
	});

	it('is not lost before the day is over, and is zero after a missed day', async () => {
		await freshDb();
		await seed([], [practiceEntry('a', 1), practiceEntry('a', 2)]);
		const source = await loadProgress(db, now, settings);
		expect(await studyStreak(db, source, now, settings)).toBe(2);
		const later = { at: now.at + 2 * DAY_MS, tzOffsetMinutes: tz };
		expect(await studyStreak(db, await loadProgress(db, later, settings), later, settings)).toBe(0);
	});

	it('is off until the student turns it on', async () => {
		await freshDb();
		expect(await readStreakChoice(db)).toBe(false);
		await writeStreakChoice(db, true);
		expect(await readStreakChoice(db)).toBe(true);
	});
});

describe('issue 10: the progress page load', () => {
	it('reads the window at the clock’s time, and counts the streak only once the student asks for it', async () => {
		await freshDb();
		await writeSetting(db, { key: 'study-settings', value: settings });
		await seed([card('a', 1)], [practiceEntry('a', 0), practiceEntry('a', 1)]);
		const clock = { now: () => now.at, tzOffsetMinutes: () => tz };
		const off = await progressData(db, clock);
		expect(off).toMatchObject({ moment: now, settings, showStreak: false });
		expect(off.streakDays).toBeUndefined();
		expect(off.source.logs).toHaveLength(2);
		await writeStreakChoice(db, true);
		expect(await progressData(db, clock)).toMatchObject({ showStreak: true, streakDays: 2 });
	});
});
