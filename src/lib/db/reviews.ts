import { undo } from '$lib/srs/card';
import type { CardState, ReviewRecord } from '$lib/srs/card';
import { writeTransaction } from './open';
import type { BylineDatabase, CardRecord, ReviewEntry } from './schema';

/** What the student did, besides the rating: kept in the log and on the card for the Missed list. */
export interface AnswerDetails {
	deckId: string;
	given: string;
	correct: boolean;
	ms: number;
}

/**
 * Commits one answer: the log entry and the card it moved (a study answer) or the card's latest answer alone (a
 * practice answer never moves the schedule), in one transaction, so the log and the card never disagree. The
 * caller shows the next card only after this resolves: an answer the student saw acknowledged is on disk.
 */
export async function recordAnswer(
	db: BylineDatabase,
	card: CardRecord,
	log: ReviewRecord,
	details: AnswerDetails,
	nextState?: CardState
): Promise<{ entry: ReviewEntry; card: CardRecord }> {
	if ((log.mode === 'study') !== (nextState !== undefined)) {
		throw new Error('A study answer moves the card; a practice answer must not');
	}
	return writeTransaction(db, ['cards', 'reviews'], async (tx) => {
		const entry: ReviewEntry = { ...log, ...details };
		const id = await tx.objectStore('reviews').add(entry);
		const updated: CardRecord = {
			...card,
			...nextState,
			lastAnswer: { at: log.at, correct: details.correct, given: details.given, mode: log.mode, reviewId: id }
		};
		await tx.objectStore('cards').put(updated);
		return { entry: { ...entry, id }, card: updated };
	});
}

/**
 * Takes back a card's last answer: Anki's undo. The log is append-only in every other way; removing its last
 * entry keeps "the card equals the replay of its log" true.
 */
export async function undoLastAnswer(db: BylineDatabase, cardKey: string): Promise<CardRecord | undefined> {
	return writeTransaction(db, ['cards', 'reviews'], async (tx) => {
		const cards = tx.objectStore('cards');
		const reviews = tx.objectStore('reviews');
		const card = await cards.get(cardKey);
		const cursor = await reviews.index('by-card').openCursor(IDBKeyRange.only(cardKey), 'prev');
		if (!card || !cursor) return undefined;
		const last = cursor.value;
		const { lastAnswer: _undone, ...kept } = card;
		const identity = { key: card.key, deckId: card.deckId, order: card.order, hidden: card.hidden };
		const restored: CardRecord = last.mode === 'study' ? { ...identity, ...undo(card, last) } : kept;
		await cursor.delete();
		const previous = await reviews.index('by-card').openCursor(IDBKeyRange.only(cardKey), 'prev');
		if (previous) {
			const entry = previous.value;
			restored.lastAnswer = {
				at: entry.at,
				correct: entry.correct,
				given: entry.given,
				mode: entry.mode,
				reviewId: previous.primaryKey
			};
		}
		await cards.put(restored);
		return restored;
	});
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
