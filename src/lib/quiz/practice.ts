import * as v from 'valibot';
import type { FactKind } from '$lib/domain/vocabulary';
import type { Given } from '$lib/quiz/answer';
import { recordAnswer } from '$lib/db/reviews';
import type { BylineDatabase, QuestionRecord } from '$lib/db/schema';
import type { Fact, Question } from '$lib/generator/bank';
import { createRandom, shuffle } from '$lib/generator/random';
import { autoRating, checkAnswer, type CheckResult, type GradingContext } from '$lib/quiz/check';
import { headlineFacts } from '$lib/quiz/headline';
import { pickApart, profileOf } from '$lib/quiz/siblings';
import { practiceLog } from '$lib/srs/card';
import type { Moment } from '$lib/srs/day';

const TYPE_KINDS: Partial<Record<Question['type'], FactKind>> = {
	'who-said': 'quote',
	'what-said': 'quote',
	cloze: 'quote',
	matching: 'quote',
	'figure-choice': 'figure',
	'figure-typed': 'figure',
	'date-choice': 'date',
	'date-typed': 'date'
};

/** What a question tests, by the fact it asks about (a true/false question may be on a quote or a figure). */
export function kindOf(question: Question, facts: ReadonlyMap<string, Fact>): FactKind | undefined {
	return facts.get(question.factId)?.kind ?? TYPE_KINDS[question.type];
}

/** A deck's facts by id. */
export function factsById(facts: readonly Fact[]): ReadonlyMap<string, Fact> {
	return new Map(facts.map((fact) => [fact.id, fact]));
}

/** A quiz is graded: flashcards, which the student rates, are left out. */
export function quizzable(questions: readonly QuestionRecord[]): QuestionRecord[] {
	return questions.filter((question) => question.type !== 'flashcard');
}

export function countByKind(
	questions: readonly QuestionRecord[],
	facts: ReadonlyMap<string, Fact>
): Record<FactKind, number> {
	const counts: Record<FactKind, number> = { quote: 0, figure: 0, date: 0 };
	for (const question of quizzable(questions)) {
		const kind = kindOf(question, facts);
		if (kind) counts[kind]++;
	}
	return counts;
}

/**
 * `count` questions of the chosen kinds in random order, kept apart as `pickApart` says: one per fact and per
 * sentence while others are left (ten questions on ten facts test more than ten on three), no prompt holding
 * another's answer, none right after a question whose answer and evidence give it away. Given the headline, the
 * facts that tell it are drawn first (`headlineFirst`).
 */
export function pickQuiz(
	questions: readonly QuestionRecord[],
	facts: ReadonlyMap<string, Fact>,
	kinds: readonly FactKind[],
	count: number,
	seed: number,
	articleText = '',
	title = ''
): QuestionRecord[] {
	const pool = shuffle(
		quizzable(questions).filter((question) => {
			const kind = kindOf(question, facts);
			return kind !== undefined && kinds.includes(kind);
		}),
		createRandom(seed)
	);
	const deck = { text: articleText, facts };
	const isDate = (question: QuestionRecord) => kindOf(question, facts) === 'date';
	const ordered = headlineFirst(pool, title, articleText, count, isDate);
	return pickApart(ordered, (question) => profileOf(question, deck), count);
}

/** The most of a quiz drawn first for telling the headline: a third, so the rest still ranges over the article. */
const HEADLINE_SHARE = 1 / 3;

/**
 * The pool with the questions on the facts that tell the headline best first (`headlineFacts`), up to a third of
 * the quiz's facts, each fact's in the pool's order: drawn at random, a quiz of five asked nothing of the headline's
 * speaker or of the figures of its headline and lead in 87 draws of 320 (32 articles of PolNeAR dev). The rest keep their places, so
 * the draw stays the seed's.
 */
export function headlineFirst<T extends Pick<Question, 'factId' | 'evidence' | 'type'>>(
	pool: readonly T[],
	title: string,
	articleText: string,
	count: number,
	isDate: (item: T) => boolean = () => false
): T[] {
	// A matching question's evidence runs from its first quote to its last: no one sentence of the article.
	const sentences = pool.filter((item) => item.type !== 'matching');
	const told = headlineFacts(sentences, title, articleText, isDate);
	const first = new Set<string>();
	for (const item of pool)
		if (told.has(item.factId) && first.size < Math.ceil(count * HEADLINE_SHARE)) first.add(item.factId);
	return [
		...pool.filter((item) => first.has(item.factId)),
		...pool.filter((item) => !first.has(item.factId))
	];
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
	moment: Moment,
	context: GradingContext = {}
): Promise<QuizAnswer> {
	const result = checkAnswer(question, given, context);
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

/** Where a quiz under way is kept: a phone may reload a tab it sent to the background, and the quiz must survive. */
export const QUIZ_STORAGE_KEY = 'byline-quiz';

const SavedQuizSchema = v.object({
	deckId: v.string(),
	keys: v.array(v.string()),
	answers: v.array(v.object({ key: v.string(), given: v.union([v.string(), v.array(v.string())]) })),
	/** The last answer's feedback was on screen; absent in quizzes kept by builds without feedback as you go. */
	reviewing: v.optional(v.boolean())
});

export type SavedQuiz = v.InferOutput<typeof SavedQuizSchema>;

export function saveQuiz(
	deckId: string,
	quiz: readonly QuestionRecord[],
	answers: readonly QuizAnswer[],
	reviewing = false
): string {
	const saved: SavedQuiz = {
		deckId,
		keys: quiz.map((question) => question.key),
		answers: answers.map((answer) => ({ key: answer.question.key, given: answer.given })),
		reviewing
	};
	return JSON.stringify(saved);
}

/** The deck a saved quiz was on, if the text is a saved quiz. */
export function savedQuizDeck(text: string | null): string | undefined {
	return parseSaved(text)?.deckId;
}

/**
 * A saved quiz put back together from the deck's questions, each answer graded again; nothing if the text is not a
 * saved quiz or a question has since left the deck.
 */
export function restoreQuiz(
	text: string | null,
	questions: readonly QuestionRecord[],
	context: GradingContext = {}
): { quiz: QuestionRecord[]; answers: QuizAnswer[]; reviewing: boolean } | undefined {
	const saved = parseSaved(text);
	if (!saved) return undefined;
	const byKey = new Map(questions.map((question) => [question.key, question]));
	const quiz = saved.keys.map((key) => byKey.get(key));
	if (quiz.length === 0 || !quiz.every((question) => question !== undefined)) return undefined;
	const answers: QuizAnswer[] = [];
	for (const [i, { key, given }] of saved.answers.entries()) {
		const question = quiz[i];
		if (question?.key !== key) return undefined;
		answers.push({ question, given, result: checkAnswer(question, given, context) });
	}
	return { quiz, answers, reviewing: saved.reviewing ?? false };
}

function parseSaved(text: string | null): SavedQuiz | undefined {
	if (!text) return undefined;
	try {
		const parsed = v.safeParse(SavedQuizSchema, JSON.parse(text));
		return parsed.success ? parsed.output : undefined;
	} catch {
		return undefined;
	}
}
