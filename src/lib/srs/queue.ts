import type { CardState, ReviewRecord } from './card';
import { DAY_MS, studyDay, studyDayStart } from './day';
import type { Moment } from './day';
import type { StudySettings } from './settings';

/** What the queue reads of a card; the caller's own records (with deck, order…) come back as they went in. */
export type QueueCard = Due & Pick<CardState, 'state'> & { id: string };

type Due = Pick<CardState, 'due' | 'scheduledDays' | 'lastReviewTzOffset'>;
type DaySettings = Pick<StudySettings, 'dayStartHour'>;

/**
 * The study day a card falls due. A due date of a day or more is the start of a study day by the clock of
 * the answer that set it, so it is read by that clock (a card due Tuesday is due on Tuesday after a flight
 * or a DST change, not the afternoon before) and half a day later (so a change of the day-start hour does
 * not move it to the day before). A learning step is due at its time, on the day that is here and now.
 */
export function dueDay(card: Due, tzOffsetMinutes: number, settings: DaySettings): number {
	if (card.scheduledDays < 1) return studyDay({ at: card.due, tzOffsetMinutes }, settings);
	const clock = card.lastReviewTzOffset ?? tzOffsetMinutes;
	return studyDay({ at: card.due + DAY_MS / 2, tzOffsetMinutes: clock }, settings);
}

/** When the card becomes due for a clock at `tzOffsetMinutes`: a step at its time, days when the day begins. */
export function availableAt(card: Due, tzOffsetMinutes: number, settings: DaySettings): number {
	if (card.scheduledDays < 1) return card.due;
	return studyDayStart(dueDay(card, tzOffsetMinutes, settings), tzOffsetMinutes, settings);
}

/** A learning or relearning step of minutes, due at its time rather than from the start of a day. */
export function isLearningStep(card: Pick<CardState, 'state' | 'scheduledDays'>): boolean {
	return card.state !== 'new' && card.state !== 'review' && card.scheduledDays < 1;
}

function isDue(card: QueueCard, moment: Moment, settings: DaySettings): boolean {
	return card.state !== 'new' && availableAt(card, moment.tzOffsetMinutes, settings) <= moment.at;
}

/** Answers given today in the schedule that count against the daily limits. */
export interface DayCounts {
	/** New cards answered for the first time. */
	newIntroduced: number;
	/** Answers to cards in the review state (not learning steps, not practice). */
	reviewsDone: number;
}

/** Today's counts from the log; pass today's records, or all of them. */
export function countToday(logs: Iterable<ReviewRecord>, moment: Moment, settings: DaySettings): DayCounts {
	const today = studyDay(moment, settings);
	const counts: DayCounts = { newIntroduced: 0, reviewsDone: 0 };
	for (const log of logs) {
		if (log.mode !== 'study' || studyDay(log, settings) !== today) continue;
		if (log.before.state === 'new') counts.newIntroduced++;
		else if (log.before.state === 'review') counts.reviewsDone++;
	}
	return counts;
}

const byDueThenId = (a: QueueCard, b: QueueCard) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What to study now, in order: due cards, most overdue first, then new cards in the order given (bank order)
 * up to the daily limit. Learning and relearning cards are never held back, since a step skipped loses the
 * card; review cards stop at `reviewsPerDay`, and new cards also stop when the review allowance is used up,
 * as in Anki's v3 scheduler, so a backlog is not made worse by new material.
 * Linear apart from sorting the due cards.
 */
export function buildQueue<T extends QueueCard>(
	cards: readonly T[],
	today: DayCounts,
	moment: Moment,
	settings: StudySettings
): T[] {
	const due = cards.filter((card) => isDue(card, moment, settings)).sort(byDueThenId);
	let reviewRoom = Math.max(0, settings.reviewsPerDay - today.reviewsDone);
	const queue: T[] = [];
	for (const card of due) {
		if (card.state !== 'review') queue.push(card);
		else if (reviewRoom > 0) {
			queue.push(card);
			reviewRoom--;
		}
	}
	let newRoom = Math.min(settings.newPerDay - today.newIntroduced, reviewRoom);
	for (const card of cards) {
		if (newRoom <= 0) break;
		if (card.state === 'new') {
			queue.push(card);
			newRoom--;
		}
	}
	return queue;
}

/** The earliest time a card that is not due yet becomes due, for "nothing due, next card at …". */
export function nextDue(
	cards: Iterable<QueueCard>,
	moment: Moment,
	settings: DaySettings
): number | undefined {
	let next: number | undefined;
	for (const card of cards) {
		if (card.state === 'new') continue;
		const at = availableAt(card, moment.tzOffsetMinutes, settings);
		if (at > moment.at && (next === undefined || at < next)) next = at;
	}
	return next;
}

export interface DueCounts {
	/** Learning and relearning cards due now. */
	learning: number;
	/** Review cards due now, before the daily limit. */
	review: number;
	/** Cards never studied, before the daily limit. */
	new: number;
}

/** Counts for a deck's "N due" on the home page; pass one deck's cards. */
export function countDue(cards: Iterable<QueueCard>, moment: Moment, settings: DaySettings): DueCounts {
	const counts: DueCounts = { learning: 0, review: 0, new: 0 };
	for (const card of cards) {
		if (card.state === 'new') counts.new++;
		else if (isDue(card, moment, settings)) {
			if (card.state === 'review') counts.review++;
			else counts.learning++;
		}
	}
	return counts;
}
