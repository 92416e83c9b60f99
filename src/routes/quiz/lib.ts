import type { Given } from '$lib/components/question/types';
import { recordAnswer } from '$lib/db/reviews';
import type { BylineDatabase, QuestionRecord } from '$lib/db/schema';
import type { Fact, Question } from '$lib/generator/bank';
import { createRandom, shuffle } from '$lib/generator/random';
import { autoRating, checkAnswer, type CheckResult } from '$lib/quiz/check';
import { practiceLog } from '$lib/srs/card';
import type { Moment } from '$lib/srs/day';

export const KINDS = ['quotes', 'figures', 'dates'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
	quotes: 'Who said what',
	figures: 'Figures',
	dates: 'Dates'
};

const TYPE_KINDS: Partial<Record<Question['type'], Kind>> = {
	'who-said': 'quotes',
	'what-said': 'quotes',
	cloze: 'quotes',
	matching: 'quotes',
	'figure-choice': 'figures',
	'figure-typed': 'figures',
	'date-choice': 'dates',
	'date-typed': 'dates'
};

/** What a question tests, by the fact it asks about (a true/false question may be on a quote or a figure). */
export function kindOf(question: Question, facts: ReadonlyMap<string, Fact>): Kind | undefined {
	const fact = facts.get(question.factId);
	if (fact) return fact.kind === 'quote' ? 'quotes' : fact.kind === 'figure' ? 'figures' : 'dates';
	return TYPE_KINDS[question.type];
}

/** A quiz is graded: flashcards, which the student rates, are left out. */
export function quizzable(questions: readonly QuestionRecord[]): QuestionRecord[] {
	return questions.filter((question) => question.type !== 'flashcard');
}

export function countByKind(
	questions: readonly QuestionRecord[],
	facts: ReadonlyMap<string, Fact>
): Record<Kind, number> {
	const counts: Record<Kind, number> = { quotes: 0, figures: 0, dates: 0 };
	for (const question of quizzable(questions)) {
		const kind = kindOf(question, facts);
		if (kind) counts[kind]++;
	}
	return counts;
}

/**
 * `count` questions of the chosen kinds in random order, one per fact before any fact is asked twice: ten
 * questions on ten facts test more than ten on three.
 */
export function pickQuiz(
	questions: readonly QuestionRecord[],
	facts: ReadonlyMap<string, Fact>,
	kinds: ReadonlySet<Kind>,
	count: number,
	seed: number
): QuestionRecord[] {
	const pool = shuffle(
		quizzable(questions).filter((question) => {
			const kind = kindOf(question, facts);
			return kind !== undefined && kinds.has(kind);
		}),
		createRandom(seed)
	);
	const seen = new Set<string>();
	const first: QuestionRecord[] = [];
	const rest: QuestionRecord[] = [];
	for (const question of pool) {
		(seen.has(question.factId) ? rest : first).push(question);
		seen.add(question.factId);
	}
	return [...first, ...rest].slice(0, count);
}

export interface QuizAnswer {
	question: QuestionRecord;
	given: Given;
	result: CheckResult;
}

/** Grades an answer and logs it as practice: the card's due date never moves. */
export async function recordQuizAnswer(
	db: BylineDatabase,
	question: QuestionRecord,
	given: Given,
	ms: number,
	moment: Moment
): Promise<QuizAnswer> {
	const result = checkAnswer(question, given, ms);
	const card = await db.get('cards', question.key);
	if (card) {
		const log = practiceLog(card.key, autoRating(result, ms, question), moment);
		const text = Array.isArray(given) ? given.join(' · ') : given;
		await recordAnswer(db, card, log, { deckId: card.deckId, given: text, correct: result.correct, ms });
	}
	return { question, given, result };
}

export function scoreOf(answers: readonly QuizAnswer[]): { right: number; total: number } {
	return { right: answers.filter((answer) => answer.result.correct).length, total: answers.length };
}
