// Plain data only (numbers, strings, epoch ms): cards and records go to IndexedDB and JSON backups as they are.
import type { Moment } from './day';

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStatus = (typeof CARD_STATES)[number];

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

export interface CardState {
	/**
	 * When the card is next shown (epoch ms). Under a day, the exact time (a learning step); a day or more,
	 * the start of the study day it falls due, by the clock it was answered on (see `dueDay` in queue.ts).
	 */
	due: number;
	/** FSRS memory state: days until recall falls to 90%, and how hard the card is (1–10). */
	stability: number;
	difficulty: number;
	/** Study days between the last two answers. */
	elapsedDays: number;
	/** Days from the last answer to `due`; 0 while in a (re)learning step. */
	scheduledDays: number;
	/** Index of the current (re)learning step. */
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardStatus;
	/** When it was last answered in the schedule (epoch ms). */
	lastReview?: number;
	/** The clock's UTC offset then, which says which day `due` is: the day, not the instant, is what is due. */
	lastReviewTzOffset?: number;
}

interface RecordBase extends Moment {
	cardId: string;
	rating: Rating;
}

/** An answer in the schedule. `before` is the card as it was, so the answer can be undone exactly. */
export interface StudyRecord extends RecordBase {
	mode: 'study';
	before: CardState;
}

/**
 * An answer outside the schedule (a practice quiz, drilling missed questions). It never moves the card:
 * reviewing early and rescheduling makes intervals grow too fast, and FSRS's benchmark leaves such reviews out.
 */
export interface PracticeRecord extends RecordBase {
	mode: 'practice';
}

/** One entry of the append-only review log. */
export type ReviewRecord = StudyRecord | PracticeRecord;

/** A card never answered. Kept apart from the scheduler so storing a deck does not load the FSRS engine. */
export function newCard(now: number): CardState {
	return {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 'new'
	};
}

export function practiceLog(cardId: string, rating: Rating, moment: Moment): PracticeRecord {
	return { cardId, at: moment.at, tzOffsetMinutes: moment.tzOffsetMinutes, rating, mode: 'practice' };
}

/**
 * How a question that grades itself is rated: wrong is Again, right is Good. FSRS's maintainers advise this
 * for pass/fail answers (treating Hard and Easy as Good costs little accuracy in their benchmark) and Hard must
 * never stand for a wrong answer. A typed answer that is right and fast may be rated Easy by the quiz checker.
 */
export function gradeObjective(correct: boolean): Rating {
	return correct ? 'good' : 'again';
}

/**
 * Take back the card's last study answer. The log keeps the card as it was, so undo is exact; ts-fsrs's
 * `rollback` would instead set the previous due date to the review time, and the card would no longer equal
 * the replay of its log once the record is removed.
 */
export function undo(card: CardState, log: StudyRecord): CardState {
	if (card.lastReview !== log.at || card.reps !== log.before.reps + 1) {
		throw new Error('Only the last answer given to a card can be undone');
	}
	return log.before;
}
