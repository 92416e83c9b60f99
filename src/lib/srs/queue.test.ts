import { describe, expect, it } from 'vitest';
import { practiceLog, type ReviewRecord } from './card';
import type { Moment } from './day';
import { availableAt, buildQueue, countDue, countToday, nextDue, type QueueCard } from './queue';
import { newCard, review } from './scheduler';
import { defaultSettings, type StudySettings } from './settings';

const H = 3_600_000;
const D = 24 * H;
const settings: StudySettings = { ...defaultSettings, enableFuzz: false };
const berlin = -60;
const local = (y: number, m: number, d: number, h: number, min = 0, tz = berlin): Moment => ({
	at: Date.UTC(y, m, d, h, min) + tz * 60_000,
	tzOffsetMinutes: tz
});
const now = local(2025, 0, 10, 12);
const none = { newIntroduced: 0, reviewsDone: 0 };

const learning = (id: string, due: number): QueueCard => ({ id, state: 'learning', due, scheduledDays: 0 });
const reviewCard = (id: string, due: number, tz = berlin): QueueCard => ({
	id,
	state: 'review',
	due,
	scheduledDays: 5,
	lastReviewTzOffset: tz
});
const fresh = (id: string): QueueCard => ({ id, state: 'new', due: 0, scheduledDays: 0 });
const ids = (cards: QueueCard[]) => cards.map((c) => c.id);
const dayStart = (y: number, m: number, d: number) => local(y, m, d, 4).at;

describe('buildQueue', () => {
	it('puts due cards first, most overdue first, then new cards in bank order', () => {
		const cards = [
			fresh('n1'),
			reviewCard('r-today', dayStart(2025, 0, 10)),
			learning('l-soon', now.at + 5 * 60_000),
			fresh('n2'),
			reviewCard('r-week', dayStart(2025, 0, 3)),
			learning('l-due', now.at - 60_000),
			{ id: 'rl', state: 'relearning', due: now.at - 2 * H, scheduledDays: 0 } satisfies QueueCard,
			reviewCard('r-tomorrow', dayStart(2025, 0, 11))
		];
		expect(ids(buildQueue(cards, none, now, settings))).toEqual([
			'r-week',
			'r-today',
			'rl',
			'l-due',
			'n1',
			'n2'
		]);
	});

	it('breaks ties by id, whatever order the cards come in', () => {
		const due = dayStart(2025, 0, 9);
		const a = [reviewCard('b', due), reviewCard('a', due), reviewCard('c', due)];
		expect(ids(buildQueue(a, none, now, settings))).toEqual(['a', 'b', 'c']);
		expect(ids(buildQueue([...a].reverse(), none, now, settings))).toEqual(['a', 'b', 'c']);
	});

	it('introduces no more new cards than the daily limit, counting those already introduced today', () => {
		const cards = Array.from({ length: 50 }, (_, i) => fresh(`n${i}`));
		expect(buildQueue(cards, none, now, settings)).toHaveLength(20);
		const later = buildQueue(cards, { newIntroduced: 15, reviewsDone: 0 }, now, settings);
		expect(ids(later)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
		expect(buildQueue(cards, { newIntroduced: 25, reviewsDone: 0 }, now, settings)).toEqual([]);
	});

	it('stops review cards at the daily limit, keeping the most overdue, but never holds back learning cards', () => {
		const limited = { ...settings, reviewsPerDay: 3 };
		const cards = [
			...Array.from({ length: 5 }, (_, i) => reviewCard(`r${i}`, dayStart(2025, 0, 9 - i))),
			learning('l', now.at - H),
			fresh('n')
		];
		const queue = buildQueue(cards, { newIntroduced: 0, reviewsDone: 1 }, now, limited);
		expect(ids(queue)).toEqual(['r4', 'r3', 'l']);
	});

	it('takes new cards only within what is left of the review allowance, as Anki v3 does', () => {
		const limited = { ...settings, reviewsPerDay: 4 };
		const cards = [reviewCard('r', dayStart(2025, 0, 9)), fresh('n1'), fresh('n2'), fresh('n3'), fresh('n4')];
		expect(ids(buildQueue(cards, { newIntroduced: 0, reviewsDone: 1 }, now, limited))).toEqual([
			'r',
			'n1',
			'n2'
		]);
	});

	it('returns the caller’s own records', () => {
		const record = { ...reviewCard('r', dayStart(2025, 0, 9)), deckId: 'd', order: 3 };
		expect(buildQueue([record], none, now, settings)[0]).toBe(record);
	});

	it('fills the day from 20,000 cards with reviews first, leaving no room for new cards', () => {
		const cards: QueueCard[] = Array.from({ length: 20_000 }, (_, i) =>
			i % 4 === 0 ? fresh(`n${i}`) : reviewCard(`r${i}`, now.at + ((i * 7919) % 60) * D - 30 * D)
		);
		const queue = buildQueue(cards, none, now, settings);
		// 7,500 cards are due: the first 200 fill the review allowance. How fast this is lives in `npm run bench`.
		expect(queue).toHaveLength(200);
		expect(queue.every((card) => card.id.startsWith('r'))).toBe(true);
	});
});

describe('when a card answered in days falls due', () => {
	it('at 4 am on its day in the zone it was answered in', () => {
		const card = { due: dayStart(2025, 0, 11), scheduledDays: 1 };
		expect(availableAt(card, berlin, settings)).toBe(dayStart(2025, 0, 11));
	});

	it('at 4 am on its day after the clocks go forward, not at 5', () => {
		// Answered Saturday 29 March 2025 at 22:00 in Berlin with a 1-day interval.
		const saturday = local(2025, 2, 29, 22);
		const card = review(
			'c',
			review('c', newCard(0), 'good', saturday, settings).card,
			'again',
			saturday,
			settings
		);
		const graduated = review('c', card.card, 'easy', saturday, settings).card;
		expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
		const day = local(2025, 2, 29 + graduated.scheduledDays, 4, 0, -120);
		expect(availableAt(graduated, -120, settings)).toBe(day.at);
		expect(countDue([{ id: 'c', ...graduated }], { ...day, at: day.at - 60_000 }, settings).review).toBe(0);
		expect(countDue([{ id: 'c', ...graduated }], { ...day, at: day.at + 30 * 60_000 }, settings).review).toBe(
			1
		);
	});

	it('on its own day after a flight west, not the afternoon before', () => {
		// Due Tuesday 7 January in Tokyo (4 am there is 14:00 Monday in New York).
		const card = reviewCard('c', local(2025, 0, 7, 4, 0, -540).at, -540);
		const mondayAfternoonNY = local(2025, 0, 6, 15, 0, 300);
		expect(countDue([card], mondayAfternoonNY, settings).review).toBe(0);
		expect(nextDue([card], mondayAfternoonNY, settings)).toBe(local(2025, 0, 7, 4, 0, 300).at);
		expect(countDue([card], local(2025, 0, 7, 4, 30, 300), settings).review).toBe(1);
	});

	it('on its own day after a flight east', () => {
		// Due Tuesday in New York (4 am there is 18:00 Tuesday in Tokyo).
		const card = reviewCard('c', local(2025, 0, 7, 4, 0, 300).at, 300);
		expect(countDue([card], local(2025, 0, 7, 4, 30, -540), settings).review).toBe(1);
		expect(countDue([card], local(2025, 0, 7, 3, 30, -540), settings).review).toBe(0);
	});

	it('on the same day when the day-start hour is changed', () => {
		const card = reviewCard('c', dayStart(2025, 0, 7));
		for (const dayStartHour of [0, 6, 11]) {
			const changed = { ...settings, dayStartHour };
			expect(availableAt(card, berlin, changed)).toBe(local(2025, 0, 7, dayStartHour).at);
		}
	});
});

describe('nextDue', () => {
	it('is the earliest time a started card becomes due, ignoring new cards and those due now', () => {
		const cards = [
			fresh('n'),
			learning('due-now', now.at - 1),
			learning('soon', now.at + 10 * 60_000),
			reviewCard('tomorrow', dayStart(2025, 0, 11))
		];
		expect(nextDue(cards, now, settings)).toBe(now.at + 10 * 60_000);
		expect(nextDue(cards.slice(3), now, settings)).toBe(dayStart(2025, 0, 11));
		expect(nextDue([fresh('n')], now, settings)).toBeUndefined();
	});
});

describe('countDue', () => {
	it('counts due learning and review cards and all new cards', () => {
		const cards = [
			fresh('n1'),
			fresh('n2'),
			learning('l', now.at - 1),
			learning('later', now.at + 1),
			{ id: 'rl', state: 'relearning', due: now.at - 1, scheduledDays: 0 } satisfies QueueCard,
			reviewCard('r', dayStart(2025, 0, 10)),
			reviewCard('r2', dayStart(2025, 0, 11))
		];
		expect(countDue(cards, now, settings)).toEqual({ learning: 2, review: 1, new: 2 });
	});
});

describe('countToday', () => {
	it('counts today’s first answers to new cards and answers to review cards, not practice or yesterday', () => {
		const at = local(2025, 0, 10, 9);
		const yesterday = local(2025, 0, 10, 3);
		const first = review('a', newCard(0), 'good', at, settings);
		const second = review('a', first.card, 'good', { ...at, at: at.at + 10 * 60_000 }, settings);
		const due = review('b', second.card, 'good', { ...at, at: second.card.due }, settings);
		const onReview = review('b', due.card, 'good', local(2025, 0, 10, 11), settings);
		const logs: ReviewRecord[] = [
			review('y', newCard(0), 'good', yesterday, settings).log,
			first.log,
			second.log,
			onReview.log,
			practiceLog('z', 'good', at)
		];
		expect(countToday(logs, local(2025, 0, 10, 20), settings)).toEqual({ newIntroduced: 1, reviewsDone: 1 });
	});
});
