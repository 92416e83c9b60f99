import { queueWrites, writeTransaction } from './open';
import type { BylineDatabase, CardRecord, DeckRecord, QuestionRecord, ReviewEntry } from './schema';

/** What deleting a deck takes with it, in the words the confirmation uses. */
export interface DeckContents {
	questions: number;
	/** Cards studied at least once: the progress that goes. */
	studied: number;
	/** Answers logged on the deck (study, practice, assignments): its results. */
	answers: number;
}

export async function deckContents(db: BylineDatabase, deckId: string): Promise<DeckContents> {
	const [questions, cards, answers] = await Promise.all([
		db.countFromIndex('questions', 'by-deck', deckId),
		db.getAllFromIndex('cards', 'by-deck', deckId),
		db.countFromIndex('reviews', 'by-deck', deckId)
	]);
	return { questions, studied: cards.filter((card) => card.reps > 0).length, answers };
}

/** A deleted deck, every record of it, so that Undo can put it back as it was. */
export interface DeletedDeck {
	deck: DeckRecord;
	questions: QuestionRecord[];
	cards: CardRecord[];
	reviews: ReviewEntry[];
}

export async function renameDeck(
	db: BylineDatabase,
	deckId: string,
	title: string,
	now: number
): Promise<void> {
	const trimmed = title.trim();
	if (!trimmed) throw new Error('A deck needs a name.');
	await writeTransaction(db, ['decks'], async (tx) => {
		const deck = await tx.objectStore('decks').get(deckId);
		if (!deck) throw new Error('That deck is no longer on this device.');
		await tx.objectStore('decks').put({ ...deck, title: trimmed, renamed: true, updatedAt: now });
	});
}

export async function setDeckHidden(
	db: BylineDatabase,
	deckId: string,
	hidden: boolean,
	now: number
): Promise<void> {
	await writeTransaction(db, ['decks'], async (tx) => {
		const deck = await tx.objectStore('decks').get(deckId);
		if (!deck) throw new Error('That deck is no longer on this device.');
		const { hidden: _was, ...rest } = deck;
		await tx
			.objectStore('decks')
			.put(hidden ? { ...rest, hidden: true, updatedAt: now } : { ...rest, updatedAt: now });
	});
}

/**
 * Deletes a deck with its questions, cards and answers in one transaction, and returns them for Undo. A shipped
 * deck is also noted as deleted, so that the next build does not bring it back.
 */
export async function deleteDeck(db: BylineDatabase, deckId: string): Promise<DeletedDeck> {
	return writeTransaction(db, ['decks', 'questions', 'cards', 'reviews', 'settings'], async (tx) => {
		const deck = await tx.objectStore('decks').get(deckId);
		if (!deck) throw new Error('That deck is no longer on this device.');
		const [questions, cards, reviews, deleted] = await Promise.all([
			tx.objectStore('questions').index('by-deck').getAll(deckId),
			tx.objectStore('cards').index('by-deck').getAll(deckId),
			tx.objectStore('reviews').index('by-deck').getAll(deckId),
			tx.objectStore('settings').get('deleted-bundled-decks')
		]);
		await queueWrites((write) => {
			write(tx.objectStore('decks').delete(deckId));
			for (const question of questions) write(tx.objectStore('questions').delete(question.key));
			for (const card of cards) write(tx.objectStore('cards').delete(card.key));
			for (const review of reviews)
				if (review.id !== undefined) write(tx.objectStore('reviews').delete(review.id));
			if (deck.origin === 'bundled') {
				const ids = deleted?.key === 'deleted-bundled-decks' ? deleted.value : [];
				const value = [...new Set([...ids, deckId])];
				write(tx.objectStore('settings').put({ key: 'deleted-bundled-decks', value }));
			}
		});
		return { deck, questions, cards, reviews };
	});
}

/** Puts a deleted deck back, records and all (the answers keep their ids, so nothing is counted twice). */
export async function restoreDeck(db: BylineDatabase, deleted: DeletedDeck): Promise<void> {
	await writeTransaction(db, ['decks', 'questions', 'cards', 'reviews', 'settings'], async (tx) => {
		const noted = await tx.objectStore('settings').get('deleted-bundled-decks');
		await queueWrites((write) => {
			write(tx.objectStore('decks').put(deleted.deck));
			for (const question of deleted.questions) write(tx.objectStore('questions').put(question));
			for (const card of deleted.cards) write(tx.objectStore('cards').put(card));
			for (const review of deleted.reviews) write(tx.objectStore('reviews').put(review));
			if (noted?.key === 'deleted-bundled-decks' && noted.value.includes(deleted.deck.id)) {
				const value = noted.value.filter((id) => id !== deleted.deck.id);
				write(tx.objectStore('settings').put({ key: 'deleted-bundled-decks', value }));
			}
		});
	});
}
