import type { CardState, ReviewRecord, StudyRecord } from '$lib/srs/card';
import { announceCardChanges } from './changes';
import { writeTransaction } from './open';
import type { BylineDatabase, CardRecord, ReviewEntry } from './schema';

/** What the student did, besides the rating: kept in the log and on the card for the Missed list. */
export interface AnswerDetails {
	deckId: string;
	given: string;
	correct: boolean;
	ms: number;
}

/** A card's schedule alone, without what identifies it or its latest answer. */
export function cardState(card: CardState & Partial<CardRecord>): CardState {
	const { key: _key, deckId: _deck, order: _order, hidden: _hidden, lastAnswer: _last, ...state } = card;
	return state;
}

const STATE_FIELDS = [
	'due',
	'stability',
	'difficulty',
	'elapsedDays',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'state',
	'lastReview',
	'lastReviewTzOffset'
] as const satisfies readonly (keyof CardState)[];

export function sameCardState(a: CardState, b: CardState): boolean {
	return STATE_FIELDS.every((field) => a[field] === b[field]);
}

/** The record with its schedule replaced whole: a field the new state lacks (a new card's `lastReview`) goes. */
function withState(record: CardRecord, state: CardState): CardRecord {
	const { lastAnswer: _last, ...kept } = record;
	for (const field of STATE_FIELDS) delete kept[field];
	return { ...kept, ...state };
}

/** The answer a study session gives, computed from the card as stored when it is written. Must not await. */
export type Schedule = (stored: CardState) => { card: CardState; log: StudyRecord };

/** An answer given after another rebuilt from the card before it: `review` again, at that answer's moment. */
export type Reschedule = (card: CardState, log: StudyRecord) => CardState;

/** The card to answer is not on this device any more (its deck was deleted, perhaps in another tab). */
export class CardGoneError extends Error {
	constructor(readonly cardKey: string) {
		super('This question is no longer on this device; its deck may have been deleted in another tab.');
		this.name = 'CardGoneError';
	}
}

/** A study answer computed from a copy of the card that another tab has since answered or taken back. */
export class StaleCardError extends Error {
	constructor(readonly cardKey: string) {
		super('This card was changed in another tab since it was read, so this answer was not saved.');
		this.name = 'StaleCardError';
	}
}

function lastAnswerOf(entry: ReviewEntry, reviewId: number): NonNullable<CardRecord['lastAnswer']> {
	return { at: entry.at, correct: entry.correct, given: entry.given, mode: entry.mode, reviewId };
}

/**
 * Commits one study answer: the card is read, scheduled and written back with its log entry in one transaction,
 * so an answer given in another tab a moment before is built upon rather than overwritten. `schedule` runs
 * inside the transaction and must be synchronous (awaiting anything else would let the transaction close). The
 * caller shows the next card only after this resolves: an answer the student saw acknowledged is on disk.
 */
export async function recordStudyAnswer(
	db: BylineDatabase,
	cardKey: string,
	schedule: Schedule,
	details: AnswerDetails
): Promise<{ entry: ReviewEntry; card: CardRecord }> {
	return commitAnswer(db, cardKey, schedule, details);
}

/**
 * Commits one answer outside the schedule (practice, a quiz, a missed assignment question): its log entry and the
 * card's latest answer, on the card as stored, whose schedule is left as it is. A study answer may come here
 * with its outcome already computed from `card`; it is refused if the stored card has moved on since.
 */
export async function recordAnswer(
	db: BylineDatabase,
	card: Pick<CardRecord, 'key'>,
	log: ReviewRecord,
	details: AnswerDetails,
	nextState?: CardState
): Promise<{ entry: ReviewEntry; card: CardRecord }> {
	if ((log.mode === 'study') !== (nextState !== undefined)) {
		throw new Error('A study answer moves the card; a practice answer must not');
	}
	if (log.mode === 'study' && nextState) {
		return recordStudyAnswer(
			db,
			card.key,
			(stored) => {
				if (!sameCardState(stored, cardState(log.before))) throw new StaleCardError(card.key);
				return { card: nextState, log: { ...log, before: stored } };
			},
			details
		);
	}
	return commitAnswer(db, card.key, () => ({ log }), details);
}

/** The one write behind every answer: read the card, append the entry, write the card, in one transaction. */
async function commitAnswer(
	db: BylineDatabase,
	cardKey: string,
	answer: (stored: CardState) => { card?: CardState; log: ReviewRecord },
	details: AnswerDetails
): Promise<{ entry: ReviewEntry; card: CardRecord }> {
	const saved = await writeTransaction(db, ['cards', 'reviews'], async (tx) => {
		const cards = tx.objectStore('cards');
		const stored = await cards.get(cardKey);
		if (!stored) throw new CardGoneError(cardKey);
		const next = answer(cardState(stored));
		const entry: ReviewEntry = { ...next.log, ...details };
		const id = await tx.objectStore('reviews').add(entry);
		const moved = next.card ? withState(stored, next.card) : stored;
		const card: CardRecord = { ...moved, lastAnswer: lastAnswerOf(entry, id) };
		await cards.put(card);
		return { entry: { ...entry, id }, card };
	});
	announceCardChanges([cardKey]);
	return saved;
}

export interface Undone {
	/** The card as it is now, without that answer. */
	card: CardRecord;
	/** Study answers given to the card after the one taken back (in another tab), scheduled again without it. */
	rescheduled: number;
}

/**
 * Takes back one answer, the one with this log id, and no other: Anki's undo. The log is append-only in every
 * other way. When it was the card's latest answer, the card goes back to exactly how it was before it; when the
 * card was answered again since (in another tab), those later answers are scheduled again, in order, from that
 * state, so the card still equals the replay of its log. Returns undefined when the answer is no longer in the
 * log (taken back in another tab already). `reschedule` runs inside the transaction and must be synchronous.
 */
export async function undoAnswer(
	db: BylineDatabase,
	reviewId: number,
	reschedule: Reschedule
): Promise<Undone | undefined> {
	const undone = await writeTransaction(db, ['cards', 'reviews'], async (tx) => {
		const cards = tx.objectStore('cards');
		const reviews = tx.objectStore('reviews');
		const entry = await reviews.get(reviewId);
		if (!entry) return undefined;
		const stored = await cards.get(entry.cardId);
		if (!stored) return undefined;
		// One card's entries come back in the order they were appended: same index key, ascending primary key.
		const log = await reviews.index('by-card').getAll(IDBKeyRange.only(entry.cardId));
		const later = log.filter((other) => other.id !== undefined && other.id > reviewId);
		let state = cardState(stored);
		let rescheduled = 0;
		if (entry.mode === 'study') {
			state = cardState(entry.before);
			for (const next of later) {
				if (next.mode !== 'study') continue;
				const rebuilt: ReviewEntry = { ...next, before: state };
				state = reschedule(state, rebuilt);
				rescheduled++;
				await reviews.put(rebuilt);
			}
		}
		await reviews.delete(reviewId);
		const card = withState(stored, state);
		const latest = log.filter((other) => other.id !== reviewId).at(-1);
		if (latest?.id !== undefined) card.lastAnswer = lastAnswerOf(latest, latest.id);
		await cards.put(card);
		return { card, rescheduled };
	});
	if (undone) announceCardChanges([undone.card.key]);
	return undone;
}

export async function reviewsForCard(db: BylineDatabase, cardKey: string): Promise<ReviewEntry[]> {
	return db.getAllFromIndex('reviews', 'by-card', cardKey);
}

/** Entries from `since` on, oldest first: what statistics over the last weeks read. */
export async function reviewsSince(db: BylineDatabase, since: number): Promise<ReviewEntry[]> {
	return db.getAllFromIndex('reviews', 'by-at', IDBKeyRange.lowerBound(since));
}

export async function cardsOfDeck(db: BylineDatabase, deckId: string): Promise<CardRecord[]> {
	return db.getAllFromIndex('cards', 'by-deck', deckId);
}

/** Cards whose latest answer, in any mode, was wrong: the Missed list. Newest mistake first. */
export async function missedCards(db: BylineDatabase): Promise<CardRecord[]> {
	const cards = await db.getAll('cards');
	return cards
		.filter((card) => !card.hidden && card.lastAnswer && !card.lastAnswer.correct)
		.sort((a, b) => (b.lastAnswer?.at ?? 0) - (a.lastAnswer?.at ?? 0));
}
