// The only module that imports ts-fsrs, so a later FSRS version changes this file alone.
import { default_w, forgetting_curve, fsrs, State, Rating as FsrsRating } from 'ts-fsrs';
import type { Card, FSRS, Grade, RecordLogItem } from 'ts-fsrs';
import { newCard } from './card';
import type { CardState, CardStatus, Rating, ReviewRecord, StudyRecord } from './card';
import { DAY_MS, dayShift, studyDay, studyDayStart } from './day';
import type { Moment } from './day';
import { intervalLabel } from './interval';
import type { StudySettings } from './settings';

export type { CardState, Rating, ReviewRecord, StudyRecord, PracticeRecord } from './card';
export { newCard, undo } from './card';

const GRADES: Record<Rating, Grade> = {
	again: FsrsRating.Again,
	hard: FsrsRating.Hard,
	good: FsrsRating.Good,
	easy: FsrsRating.Easy
};

const STATES: Record<CardStatus, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

const STATUSES: Record<State, CardStatus> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

// Settings objects are long-lived and never mutated, so one engine per object avoids rebuilding it per answer.
const engines = new WeakMap<StudySettings, FSRS>();

function engine(settings: StudySettings): FSRS {
	let found = engines.get(settings);
	if (!found) {
		found = fsrs({
			request_retention: settings.desiredRetention,
			maximum_interval: settings.maximumInterval,
			enable_fuzz: settings.enableFuzz,
			enable_short_term: true,
			learning_steps: settings.learningSteps,
			relearning_steps: settings.relearningSteps
		});
		engines.set(settings, found);
	}
	return found;
}

/**
 * The card as ts-fsrs sees it at `moment`: instants shifted so that a UTC date is a study day (see `dayShift`).
 * The last answer is read at the current offset too, as Anki does: days are counted in the zone the student
 * is in now, so after a flight they differ from the hours that passed by less than a day, and a DST change
 * moves an answer by an hour at most.
 */
function toFsrs(card: CardState, moment: Moment, settings: StudySettings): { card: Card; now: Date } {
	const shift = dayShift(moment.tzOffsetMinutes, settings);
	const now = moment.at - shift;
	return {
		now: new Date(now),
		card: {
			due: new Date(card.due - shift),
			stability: card.stability,
			difficulty: card.difficulty,
			elapsed_days: card.elapsedDays,
			scheduled_days: card.scheduledDays,
			learning_steps: card.learningSteps,
			reps: card.reps,
			lapses: card.lapses,
			state: STATES[card.state],
			// A clock set back to before the last answer would make the days elapsed negative and the recall
			// probability exceed 1: count it as the same day instead.
			last_review:
				card.lastReview === undefined ? undefined : new Date(Math.min(card.lastReview - shift, now))
		}
	};
}

function fromFsrs(result: Card, moment: Moment, settings: StudySettings): CardState {
	// ts-fsrs keeps Good a day above Hard and Easy a day above Good even when Hard is already at the maximum.
	const scheduledDays = Math.min(result.scheduled_days, settings.maximumInterval);
	return {
		// An interval of days is due when its study day begins, as in Anki: a card answered at 9 pm with a
		// one-day interval is there the next morning, not the next evening.
		due:
			scheduledDays >= 1
				? studyDayStart(studyDay(moment, settings) + scheduledDays, moment.tzOffsetMinutes, settings)
				: result.due.getTime() + dayShift(moment.tzOffsetMinutes, settings),
		stability: result.stability,
		difficulty: result.difficulty,
		elapsedDays: result.elapsed_days,
		scheduledDays,
		learningSteps: result.learning_steps,
		reps: result.reps,
		lapses: result.lapses,
		state: STATUSES[result.state],
		lastReview: moment.at,
		lastReviewTzOffset: moment.tzOffsetMinutes
	};
}

/** Answer a card in the schedule. Practice answers go through `practiceLog` (card.ts) and never come here. */
export function review(
	cardId: string,
	card: CardState,
	rating: Rating,
	moment: Moment,
	settings: StudySettings
): { card: CardState; log: StudyRecord } {
	const input = toFsrs(card, moment, settings);
	const next = engine(settings).next(input.card, input.now, GRADES[rating]);
	return {
		card: fromFsrs(next.card, moment, settings),
		log: {
			cardId,
			at: moment.at,
			tzOffsetMinutes: moment.tzOffsetMinutes,
			rating,
			mode: 'study',
			before: card
		}
	};
}

export interface Outcome {
	/** When the card would next be shown. */
	due: number;
	/** The interval for the answer button, e.g. "10m", "2d", "1.3mo". */
	label: string;
}

/** What each rating would do, for the answer buttons; the same as `review` would apply at the same moment. */
export function preview(card: CardState, moment: Moment, settings: StudySettings): Record<Rating, Outcome> {
	const input = toFsrs(card, moment, settings);
	const all = engine(settings).repeat(input.card, input.now);
	const outcome = (item: RecordLogItem): Outcome => {
		const next = fromFsrs(item.card, moment, settings);
		const seconds = next.scheduledDays >= 1 ? next.scheduledDays * 86_400 : (next.due - moment.at) / 1000;
		return { due: next.due, label: intervalLabel(seconds) };
	};
	return {
		again: outcome(all[FsrsRating.Again]),
		hard: outcome(all[FsrsRating.Hard]),
		good: outcome(all[FsrsRating.Good]),
		easy: outcome(all[FsrsRating.Easy])
	};
}

/**
 * The card a log produces, from a card created at `createdAt`. Records are taken in the order they were
 * appended, not sorted by time: when the clock went backwards, that order is the order the answers were given.
 * Equals the stored card when the settings are the ones the answers were given under; with changed settings
 * it is the card rescheduled under the new ones.
 */
export function replay(logs: readonly ReviewRecord[], settings: StudySettings, createdAt: number): CardState {
	let card = newCard(createdAt);
	for (const log of logs) {
		if (log.mode === 'study') card = review(log.cardId, card, log.rating, log, settings).card;
	}
	return card;
}

/** Probability of recalling the card at `now` (0–1); undefined for a card never answered. */
export function retrievability(card: CardState, now: number): number | undefined {
	if (card.lastReview === undefined) return undefined;
	const days = Math.max(0, now - card.lastReview) / DAY_MS;
	return forgetting_curve(default_w, days, card.stability);
}
