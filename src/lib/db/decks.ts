import type { Bank, Question } from '$lib/generator/bank';
import { newCard } from '$lib/srs/card';
import { queueWrites, writeTransaction } from './open';
import type { BylineDatabase, CardRecord, DeckRecord, QuestionRecord } from './schema';

export function questionKey(deckId: string, questionId: string): string {
	return `${deckId}/${questionId}`;
}

export async function bankHash(bank: Bank): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify(bank));
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type SaveOutcome = 'unchanged' | 'created' | 'updated';

/** A bank's deck record: the bank without its questions, which are stored one by one. */
function deckRecord(
	bank: Bank,
	origin: DeckRecord['origin'],
	hash: string,
	createdAt: number,
	now: number
): DeckRecord {
	return {
		id: bank.id,
		title: bank.title,
		article: bank.article,
		facts: bank.facts,
		origin,
		bankHash: hash,
		questionCount: bank.questions.length,
		createdAt,
		updatedAt: now
	};
}

function questionRecord(deckId: string, question: Question, position: number): QuestionRecord {
	return { ...question, key: questionKey(deckId, question.id), deckId, order: position, retired: false };
}

function factKinds(bank: Bank): (factId: string) => string | undefined {
	const kinds = new Map(bank.facts.map((fact) => [fact.id, fact.kind]));
	return (factId) => kinds.get(factId);
}

/** The records a bank becomes when first saved: its deck, its questions in bank order, a new card for each. */
export async function bankRecords(
	bank: Bank,
	origin: DeckRecord['origin'],
	now: number
): Promise<{ deck: DeckRecord; questions: QuestionRecord[]; cards: CardRecord[] }> {
	const introduced = introductionOrder(bank.questions, factKinds(bank));
	const questions = bank.questions.map((question, position) => questionRecord(bank.id, question, position));
	return {
		deck: deckRecord(bank, origin, await bankHash(bank), now, now),
		questions,
		cards: questions.map((question, position) => ({
			...newCard(now),
			key: question.key,
			deckId: bank.id,
			order: introduced[position] ?? position,
			hidden: false
		}))
	};
}

/**
 * The order new cards are introduced in. A bank lists each fact's questions together (who said it, what they
 * said, the cloze, the flashcard…), and one answers the next, so taken in bank order a day's new cards would
 * drill a few quotes five times over. Instead every fact gets one question before any gets a second (Anki buries
 * siblings for the same reason), and which of its questions comes first turns with the fact, so a day mixes kinds.
 * A bank also lists its facts by kind (every quote, then every figure, then every date), so the facts are spread
 * by `kindOf` too (`spreadByKind`): the shipped deck's first study session opened on eight who-saids in a row.
 */
export function introductionOrder(
	questions: readonly Pick<Question, 'factId'>[],
	kindOf: (factId: string) => string | undefined = () => undefined
): number[] {
	const siblings = new Map<string, number[]>();
	questions.forEach((question, index) => {
		const group = siblings.get(question.factId);
		if (group) group.push(index);
		else siblings.set(question.factId, [index]);
	});
	const facts = spreadByKind([...siblings.keys()], kindOf).map((factId) => siblings.get(factId)!);
	const order: number[] = [];
	facts.forEach((group, factIndex) => {
		group.forEach((questionIndex, rank) => {
			const turn = (rank - (factIndex % group.length) + group.length) % group.length;
			order[questionIndex] = turn * facts.length + factIndex;
		});
	});
	return order;
}

/**
 * The facts with each kind's spread evenly over the whole list, each kind's own order kept: the i-th of a kind's n
 * facts goes at i / n of the way, so a kind with few facts is not all used up at the start, and the bank's first
 * fact still comes first (a choice question on its headline fact, not a typed figure, opens a new deck).
 */
function spreadByKind(factIds: readonly string[], kindOf: (factId: string) => string | undefined): string[] {
	const byKind = new Map<string | undefined, string[]>();
	for (const factId of factIds) {
		const kind = kindOf(factId);
		const group = byKind.get(kind);
		if (group) group.push(factId);
		else byKind.set(kind, [factId]);
	}
	const placed = [...byKind.values()].flatMap((group, kindRank) =>
		group.map((factId, index) => ({ factId, at: index / group.length, kindRank }))
	);
	return placed.sort((a, b) => a.at - b.at || a.kindRank - b.kindRank).map(({ factId }) => factId);
}

/**
 * Loads a bank into the deck of the same id. Loading it again writes nothing; a newer version replaces questions by
 * their stable id, so every card keeps its progress, and a question the new version dropped is retired, not deleted,
 * so its review history still means something. One transaction: a full disk leaves the old deck whole.
 */
export async function saveBank(
	db: BylineDatabase,
	bank: Bank,
	origin: DeckRecord['origin'],
	now: number
): Promise<SaveOutcome> {
	const hash = await bankHash(bank);
	return writeTransaction(db, ['decks', 'questions', 'cards'], async (tx) => {
		const decks = tx.objectStore('decks');
		const questions = tx.objectStore('questions');
		const cards = tx.objectStore('cards');
		const existing = await decks.get(bank.id);
		if (existing?.bankHash === hash) return 'unchanged';
		const deck = deckRecord(bank, origin, hash, existing?.createdAt ?? now, now);
		if (existing?.renamed) Object.assign(deck, { title: existing.title, renamed: true });
		if (existing?.hidden) deck.hidden = true;
		const previous = new Map(
			(await questions.index('by-deck').getAll(bank.id)).map((record) => [record.key, record])
		);
		const previousCards = new Map(
			(await cards.index('by-deck').getAll(bank.id)).map((card) => [card.key, card])
		);
		const introduced = introductionOrder(bank.questions, factKinds(bank));
		await queueWrites((write) => {
			write(decks.put(deck));
			bank.questions.forEach((question, position) => {
				const order = introduced[position] ?? position;
				const record = questionRecord(bank.id, question, position);
				const key = record.key;
				const reported = previous.get(key)?.reported;
				if (reported) record.reported = reported;
				previous.delete(key);
				write(questions.put(record));
				const card = previousCards.get(key);
				const hidden = Boolean(reported);
				if (!card) {
					const created: CardRecord = { ...newCard(now), key, deckId: bank.id, order, hidden };
					write(cards.put(created));
				} else if (card.hidden !== hidden || card.order !== order) {
					write(cards.put({ ...card, hidden, order }));
				}
			});
			for (const dropped of previous.values()) {
				if (!dropped.retired) write(questions.put({ ...dropped, retired: true }));
				const card = previousCards.get(dropped.key);
				if (card && !card.hidden) write(cards.put({ ...card, hidden: true }));
			}
		});
		return existing ? 'updated' : 'created';
	});
}

export async function listDecks(db: BylineDatabase): Promise<DeckRecord[]> {
	const decks = await db.getAll('decks');
	return decks.sort((a, b) => a.title.localeCompare(b.title));
}

export async function getDeck(db: BylineDatabase, id: string): Promise<DeckRecord | undefined> {
	return db.get('decks', id);
}

/** Questions a student may be shown: in the current bank and not reported as faulty. */
export async function activeQuestions(db: BylineDatabase, deckId: string): Promise<QuestionRecord[]> {
	const all = await db.getAllFromIndex('questions', 'by-deck', deckId);
	return all.filter((q) => !q.retired && !q.reported).sort((a, b) => a.order - b.order);
}
