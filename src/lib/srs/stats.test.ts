import { describe, expect, it } from 'vitest';
import { practiceLog, type CardState, type Rating, type ReviewRecord } from './card';
import { studyDayDate, type Moment } from './day';
import { newCard, review } from './scheduler';
import { defaultSettings } from './settings';
import { cardCounts, dueForecast, reviewsPerDay, streak, trueRetention } from './stats';

const H = 3_600_000;
const D = 24 * H;
const settings = { ...defaultSettings, enableFuzz: false };
const tz = -60;
const local = (m: number, d: number, h: number): Moment => ({
	at: Date.UTC(2025, m, d, h) + tz * 60_000,
	tzOffsetMinutes: tz
});
const now = local(0, 31, 12);

/** A card that has reached the review state, answered last at `moment`. */
function reviewState(moment: Moment): CardState {
	const a = review('c', newCard(0), 'good', { ...moment, at: moment.at - 20 * 60_000 }, settings).card;
	return review('c', a, 'good', { ...moment, at: moment.at - 10 * 60_000 }, settings).card;
}
const answer = (card: CardState, rating: Rating, moment: Moment) =>
	review('c', card, rating, moment, settings).log;

describe('cardCounts', () => {
	it('counts new, learning (relearning included) and review cards', () => {
		const states = ['new', 'new', 'learning', 'relearning', 'review'] as const;
		expect(cardCounts(states.map((state) => ({ state })))).toEqual({ new: 2, learning: 2, review: 1 });
	});
});

describe('trueRetention', () => {
	it('is the share of answers to review cards over the last 30 days that were not Again', () => {
		const card = reviewState(local(0, 1, 9));
		const logs: ReviewRecord[] = [
			answer(card, 'good', local(0, 5, 9)),
			answer(card, 'hard', local(0, 10, 9)),
			answer(card, 'easy', local(0, 20, 9)),
			answer(card, 'again', local(0, 30, 9)),
			// Left out: older than 30 days, a learning step, a new card, practice.
			answer(card, 'again', local(0, 1, 9)),
			answer({ ...card, state: 'learning' }, 'again', local(0, 30, 9)),
			answer(newCard(0), 'again', local(0, 30, 10)),
			practiceLog('c', 'again', local(0, 30, 11))
		];
		expect(trueRetention(logs, now, settings)).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
	});

	it('has no rate without reviews', () => {
		expect(trueRetention([], now, settings)).toEqual({ reviews: 0, passed: 0, rate: undefined });
	});
});

describe('reviewsPerDay', () => {
	it('counts study and practice answers for each of the last 30 study days, oldest first', () => {
		const card = reviewState(local(0, 1, 9));
		const logs = [
			answer(card, 'good', local(0, 31, 9)),
			answer(card, 'good', local(0, 31, 3)), // before 4 am: the 30th
			practiceLog('c', 'good', local(0, 31, 10)),
			answer(card, 'good', local(0, 1, 9)), // 31 days ago: outside
			answer(card, 'good', local(0, 2, 9))
		];
		const days = reviewsPerDay(logs, now, settings);
		expect(days).toHaveLength(30);
		expect(studyDayDate(days[0]!.day)).toBe('2025-01-02');
		expect(studyDayDate(days[29]!.day)).toBe('2025-01-31');
		expect(days[0]).toMatchObject({ study: 1, practice: 0 });
		expect(days[28]).toMatchObject({ study: 1, practice: 0 });
		expect(days[29]).toMatchObject({ study: 1, practice: 1 });
		expect(days.slice(1, 28).every((d) => d.study === 0 && d.practice === 0)).toBe(true);
	});

	it('keeps an answer on the day it was given when the time zone changes later', () => {
		// 23:30 in New York on the 30th is 05:30 on the 31st in Berlin.
		const ny: Moment = { at: Date.UTC(2025, 0, 31, 4, 30), tzOffsetMinutes: 300 };
		const days = reviewsPerDay([practiceLog('c', 'good', ny)], now, settings, 2);
		expect(days.map((d) => d.practice)).toEqual([1, 0]);
	});
});

describe('dueForecast', () => {
	it('counts cards by the study day they fall due over the next 14 days, overdue ones today', () => {
		const at = (days: number) => local(0, 31, 4).at + days * D;
		const due = (days: number): CardState => ({ ...reviewState(now), due: at(days), scheduledDays: 3 });
		const cards = [
			due(-10),
			due(0),
			{ ...newCard(0) },
			{ ...reviewState(now), state: 'learning' as const, due: now.at + H, scheduledDays: 0 },
			due(1),
			due(1),
			due(13),
			due(14)
		];
		const forecast = dueForecast(cards, now, settings);
		expect(forecast).toHaveLength(14);
		expect(studyDayDate(forecast[0]!.day)).toBe('2025-01-31');
		expect(forecast.map((d) => d.count)).toEqual([3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
	});
});

describe('streak', () => {
	const on = (m: number, d: number, h = 9) => practiceLog('c', 'good', local(m, d, h));

	it('counts consecutive study days ending today', () => {
		expect(streak([on(0, 29), on(0, 30), on(0, 31), on(0, 31), on(0, 27)], now, settings)).toBe(3);
	});

	it('still counts up to yesterday when nothing has been answered yet today', () => {
		expect(streak([on(0, 29), on(0, 30)], now, settings)).toBe(2);
	});

	it('is broken by a day without answers, and an answer at 2 am counts for the day before', () => {
		expect(streak([on(0, 28), on(0, 30)], local(1, 1, 12), settings)).toBe(0);
		expect(streak([on(0, 30), on(0, 31, 2)], now, settings)).toBe(1);
		expect(streak([], now, settings)).toBe(0);
	});
});
