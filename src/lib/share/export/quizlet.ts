import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';
import { answerText } from './shape';

/** Quizlet's importer has no quoting: a tab or line break inside a term would split the card, so they become spaces. */
const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

export interface QuizletCard {
	term: string;
	definition: string;
}

/** Two terms that a student would read as the same card: case, quotation marks and end punctuation aside. */
const sameCard = (text: string) =>
	text
		.toLowerCase()
		.replace(/[“”"‘’'«»]/g, '')
		.replace(/[\s.,;:!?…]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();

/** “…” in "Who said this? “…”" and "Who said “…”?": the quote alone is the term, the speaker its definition. */
const WHO_SAID = /^Who said(?: this\?)?\s*(“[^]+”)\s*\??$/;
/** The speaker in "Which of these did Alexander Gabuev say?" and "What did Alexander Gabuev say?". */
const WHAT_SAID = /\bdid (.+?) say\b/;
/** A prompt that points at its choices ("Which of these…") cannot be answered without them. */
const POINTS_AT_CHOICES = /\b(these|following|below|above)\b/i;

/**
 * The cards of one question, before duplicates go. Choices never travel to Quizlet, so a card's term must be
 * answerable without them: a quote is asked by itself ("“…”" → speaker), and a prompt that needs its choices
 * carries them.
 */
function cardsOf(question: Question, repeatedPrompts: Set<string>): QuizletCard[] {
	if (question.type === 'matching' && question.pairs.length)
		return question.pairs.map((pair) => ({ term: flat(pair.left), definition: flat(pair.right) }));
	const prompt = flat(question.prompt);
	const answer = flat(answerText(question));
	const quote = WHO_SAID.exec(prompt)?.[1];
	if (quote && (question.type === 'who-said' || question.type === 'flashcard'))
		return [{ term: quote, definition: answer }];
	const speaker = WHAT_SAID.exec(prompt)?.[1];
	if (question.type === 'what-said' && speaker) return [{ term: answer, definition: speaker }];
	const choices = choicesOf(question);
	if (
		choices?.length &&
		question.type !== 'true-false' &&
		// Words inside a quotation are the article's, not the question's.
		(POINTS_AT_CHOICES.test(prompt.replace(/“[^”]*”/g, '')) || repeatedPrompts.has(sameCard(prompt)))
	)
		return [{ term: `${prompt} (${choices.map(flat).join(' / ')})`, definition: answer }];
	return [{ term: prompt, definition: answer }];
}

/**
 * A card asking the same quotation: the generator shortens a long quote with "…" at different lengths in
 * different questions, so one quote that begins the other is the same one.
 */
function sameQuote(cards: readonly QuizletCard[], term: string): QuizletCard | undefined {
	// A sentence with a blank is a different card wherever its blank is.
	const isQuote = (text: string) => text.startsWith('“') && !text.includes('___');
	if (!isQuote(term)) return undefined;
	const stem = sameCard(term);
	return cards.find((card) => {
		if (!isQuote(card.term)) return false;
		const other = sameCard(card.term);
		return other.startsWith(stem) || stem.startsWith(other);
	});
}

/**
 * One card per thing to learn. A fact asked several ways (who said a quote, what a person said, the quote as a
 * flashcard or a matching pair) is one card, keeping the fullest quote and the fullest definition ("Alexander Gabuev, a senior fellow
 * at…" rather than "Alexander Gabuev"); so is a figure or date asked with choices and typed.
 */
export function quizletCards(questions: readonly Question[]): QuizletCard[] {
	const promptCounts = new Map<string, number>();
	for (const question of questions) {
		const key = sameCard(question.prompt);
		promptCounts.set(key, (promptCounts.get(key) ?? 0) + 1);
	}
	const repeated = new Set([...promptCounts].filter(([, count]) => count > 1).map(([key]) => key));
	const cards: QuizletCard[] = [];
	const byTerm = new Map<string, QuizletCard>();
	const askedFacts = new Set<string>();
	for (const question of questions) {
		// The same fact and answer asked with choices and typed (a figure, a date, a cloze word) is one card.
		const fact =
			question.type === 'true-false' ? undefined : `${question.factId}\n${sameCard(question.answer)}`;
		if (fact && askedFacts.has(fact)) continue;
		if (fact) askedFacts.add(fact);
		for (const card of cardsOf(question, repeated)) {
			if (!card.term || !card.definition) continue;
			const known = byTerm.get(sameCard(card.term)) ?? sameQuote(cards, card.term);
			if (!known) {
				byTerm.set(sameCard(card.term), card);
				cards.push(card);
				continue;
			}
			if (card.term.length > known.term.length) known.term = card.term;
			if (card.definition.length > known.definition.length) known.definition = card.definition;
		}
	}
	return cards;
}

/** Term TAB definition, one card per line (Quizlet's default import settings). */
export function toQuizlet(questions: readonly Question[]): string {
	return quizletCards(questions)
		.map((card) => `${card.term}\t${card.definition}`)
		.join('\n')
		.concat('\n');
}
