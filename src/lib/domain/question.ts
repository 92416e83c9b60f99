/**
 * Reading a question whatever its type. Apart from bank.ts so that pages showing questions do not load the bank
 * schema with it.
 */
import type { Question, Span } from '../generator/bank';

/** The choices a question offers; none for a typed, matching or flashcard question, nor for a typed cloze. */
export function choicesOf(question: Question): string[] | undefined {
	return 'choices' in question ? question.choices : undefined;
}

/** The same question pointing at other evidence: a matching question's pairs, each with a sentence, too. */
export function withEvidence(question: Question, evidence: Span): Question {
	return question.type === 'matching'
		? { ...question, evidence, pairs: question.pairs.map((pair) => ({ ...pair, evidence })) }
		: { ...question, evidence };
}

/** Every fact a question is about: its own, and for a matching question each pair's. */
export function factIdsOf(question: Question): string[] {
	return question.type === 'matching'
		? [question.factId, ...question.pairs.map((pair) => pair.factId)]
		: [question.factId];
}
