import type { CardState, ReviewRecord } from './card';
import { studyDay } from './day';
import type { Moment } from './day';
import { dueDay } from './queue';
import type { StudySettings } from './settings';

type DaySettings = Pick<StudySettings, 'dayStartHour'>;

export interface CardCounts {
	new: number;
	/** Learning and relearning, as Anki's deck list counts them. */
	learning: number;
	review: number;
}

export function cardCounts(cards: Iterable<Pick<CardState, 'state'>>): CardCounts {
	const counts: CardCounts = { new: 0, learning: 0, review: 0 };
	for (const { state } of cards) {
		if (state === 'new') counts.new++;
		else if (state === 'review') counts.review++;
		else counts.learning++;
	}
	return counts;
}

export interface Retention {
	reviews: number;
	passed: number;
	/** passed / reviews, undefined when there were no reviews. */
	rate: number | undefined;
}

/**
 * True retention over the last `days` study days, today included, as FSRS and Anki define it: the share of
 * answers to cards in the review state that were not Again. Learning steps and practice are left out: they
 * measure short-term memory or were not due, and would flatter the figure.
 */
export function trueRetention(
	logs: Iterable<ReviewRecord>,
	moment: Moment,
	settings: DaySettings,
	days = 30
): Retention {
	const first = studyDay(moment, settings) - days + 1;
	let reviews = 0;
	let passed = 0;
	for (const log of logs) {
		if (log.mode !== 'study' || log.before.state !== 'review' || studyDay(log, settings) < first) continue;
		reviews++;
		if (log.rating !== 'again') passed++;
	}
	return { reviews, passed, rate: reviews > 0 ? passed / reviews : undefined };
}

export interface DayActivity {
	day: number;
	study: number;
	practice: number;
}

/** Answers per study day over the last `days` days, oldest first, with a zero for days without any. */
export function reviewsPerDay(
	logs: Iterable<ReviewRecord>,
	moment: Moment,
	settings: DaySettings,
	days = 30
): DayActivity[] {
	const first = studyDay(moment, settings) - days + 1;
	const result = Array.from({ length: days }, (_, i): DayActivity => ({
		day: first + i,
		study: 0,
		practice: 0
	}));
	for (const log of logs) {
		const entry = result[studyDay(log, settings) - first];
		if (entry) entry[log.mode]++;
	}
	return result;
}

export interface DayCount {
	day: number;
	count: number;
}

/** Cards falling due on each of the next `days` study days from today; overdue cards count for today. */
export function dueForecast(
	cards: Iterable<Pick<CardState, 'due' | 'scheduledDays' | 'state'>>,
	moment: Moment,
	settings: DaySettings,
	days = 14
): DayCount[] {
	const today = studyDay(moment, settings);
	const result = Array.from({ length: days }, (_, i): DayCount => ({ day: today + i, count: 0 }));
	for (const card of cards) {
		if (card.state === 'new') continue;
		const entry = result[Math.max(0, dueDay(card, moment.tzOffsetMinutes, settings) - today)];
		if (entry) entry.count++;
	}
	return result;
}

/**
 * Consecutive study days with at least one answer (practice included), ending today or, when nothing has
 * been answered yet today, yesterday: a streak is not lost before the day is over.
 */
export function streak(logs: Iterable<ReviewRecord>, moment: Moment, settings: DaySettings): number {
	const active = new Set<number>();
	for (const log of logs) active.add(studyDay(log, settings));
	const today = studyDay(moment, settings);
	let day = active.has(today) ? today : today - 1;
	let count = 0;
	while (active.has(day)) {
		count++;
		day--;
	}
	return count;
}
