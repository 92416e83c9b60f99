import { MAX_NOTE_LENGTH } from '$lib/domain/vocabulary';
import type { Question } from '$lib/generator/bank';
import { writeTransaction } from './open';
import type { BylineDatabase, QuestionRecord } from './schema';

/**
 * A student says a question is wrong: it is marked reported and its card hidden, in one transaction, so it is
 * neither shown again nor half-reported. Its progress is kept for when the question is fixed.
 */
export async function reportQuestion(
	db: BylineDatabase,
	key: string,
	note: string,
	now: number
): Promise<QuestionRecord> {
	return writeTransaction(db, ['questions', 'cards'], async (tx) => {
		const questions = tx.objectStore('questions');
		const cards = tx.objectStore('cards');
		const question = await questions.get(key);
		if (!question) throw new Error(`No question ${key}`);
		const reported: QuestionRecord = {
			...question,
			reported: { at: now, note: note.trim().slice(0, MAX_NOTE_LENGTH) }
		};
		await questions.put(reported);
		const card = await cards.get(key);
		if (card && !card.hidden) await cards.put({ ...card, hidden: true });
		return reported;
	});
}

/**
 * Takes a report back, with the question as it was or as corrected: the card is shown again (unless a newer
 * bank retired the question) and keeps its progress. The question's identity (key, deck, order) never changes.
 */
export async function clearReport(
	db: BylineDatabase,
	key: string,
	corrected?: Question
): Promise<QuestionRecord> {
	return writeTransaction(db, ['questions', 'cards'], async (tx) => {
		const questions = tx.objectStore('questions');
		const cards = tx.objectStore('cards');
		const question = await questions.get(key);
		if (!question) throw new Error(`No question ${key}`);
		const { reported: _cleared, ...rest } = question;
		const identity = {
			id: question.id,
			key,
			deckId: question.deckId,
			order: question.order,
			retired: question.retired
		};
		const fixed: QuestionRecord = corrected ? { ...rest, ...withoutReport(corrected), ...identity } : rest;
		await questions.put(fixed);
		const card = await cards.get(key);
		if (card && card.hidden !== fixed.retired) await cards.put({ ...card, hidden: fixed.retired });
		return fixed;
	});
}

/** A reported question that cannot be fixed leaves the deck: retired like a question a newer bank dropped. */
export async function retireQuestion(db: BylineDatabase, key: string): Promise<void> {
	await writeTransaction(db, ['questions', 'cards'], async (tx) => {
		const questions = tx.objectStore('questions');
		const cards = tx.objectStore('cards');
		const question = await questions.get(key);
		if (!question) return;
		const { reported: _cleared, ...rest } = question;
		await questions.put({ ...rest, retired: true });
		const card = await cards.get(key);
		if (card && !card.hidden) await cards.put({ ...card, hidden: true });
	});
}

function withoutReport(question: Question & { reported?: unknown }): Question {
	const { reported: _reported, ...kept } = question;
	return kept;
}
