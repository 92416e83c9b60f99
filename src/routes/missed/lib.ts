import { missedCards } from '$lib/db/reviews';
import type { BylineDatabase, QuestionRecord } from '$lib/db/schema';
import { questionsByKey } from '$lib/db/study';
import type { Fact, Question } from '$lib/generator/bank';

/** What the Missed page's load gives it; invalidated when a drill ends. */
export const MISSED_DATA = 'byline:missed';

export interface MissedItem {
	key: string;
	question: QuestionRecord;
	deckTitle: string;
	articleText: string;
	fact?: Fact;
	/** What the student answered last, as given ('' for a flashcard rated Again). */
	given: string;
	at: number;
}

/** Every question whose latest answer, in any mode, was wrong: newest mistake first. */
export async function loadMissed(db: BylineDatabase): Promise<MissedItem[]> {
	const cards = await missedCards(db);
	const questions = await questionsByKey(
		db,
		cards.map((card) => card.key)
	);
	const deckIds = [...new Set(cards.map((card) => card.deckId))];
	const decks = new Map(
		(await Promise.all(deckIds.map((id) => db.get('decks', id))))
			.filter((deck) => deck !== undefined)
			.map((deck) => [deck.id, deck])
	);
	const items: MissedItem[] = [];
	for (const card of cards) {
		const question = questions.get(card.key);
		const deck = decks.get(card.deckId);
		if (!question || question.retired || question.reported || !deck || !card.lastAnswer) continue;
		items.push({
			key: card.key,
			question,
			deckTitle: deck.title,
			articleText: deck.article.text,
			fact: deck.facts.find((fact) => fact.id === question.factId),
			given: card.lastAnswer.given,
			at: card.lastAnswer.at
		});
	}
	return items;
}

/** The right answer as a student reads it: a matching question's pairs one per line. */
export function rightAnswer(question: Question): string {
	if (question.type === 'matching')
		return question.pairs.map((pair) => `${pair.right}: ${pair.left}`).join('\n');
	return question.answer;
}

/** The student's answer as they gave it; a matching answer is stored as its choices joined by " · ". */
export function givenAnswer(item: { question: Question; given: string }): string {
	if (item.question.type === 'flashcard') return 'You did not remember it';
	if (item.given.trim() === '') return '(no answer)';
	if (item.question.type !== 'matching') return item.given;
	const chosen = item.given.split(' · ');
	return item.question.pairs.map((pair, i) => `${chosen[i] || '—'}: ${pair.left}`).join('\n');
}
