import { choicesOf, factIdsOf } from '$lib/domain/question';
import { createRandom, shuffle } from '$lib/generator/random';
import type { AssignmentQuestion, AssignmentSet } from './assignment';

/**
 * What one student gets of a set: which questions (k of n when the set draws), in what order, and in what order
 * each question's choices. A pure function of the set and a seed, so the seed recorded in the student's attempt
 * and result lets the teacher's app rebuild exactly what that student saw and grade exactly those questions.
 *
 * Changing any of these functions changes what every recorded seed means, so results already returned would be
 * graded against other questions: their output for fixed seeds is pinned in arrangement.test.ts.
 */
export type ArrangedSet = Pick<AssignmentSet, 'order' | 'draw' | 'questions'>;

/** A seed as results and attempts carry it: a whole number that fits 32 bits. */
export const SEED_MAX = 2 ** 32 - 1;

/** Each use of the seed draws from its own stream, so one rule (the draw) never shifts another (the order). */
const DRAW = 0x9e3779b9;
const ORDER = 0x85ebca6b;

function stream(seed: number, salt: number): () => number {
	return createRandom((seed ^ salt) >>> 0);
}

/** FNV-1a over the question id: each question's choices get a stream of their own, whatever its position. */
function idSalt(id: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * The questions this student answers, in the set's order: all of them, or `draw` of them chosen with the seed. A
 * draw takes one question per fact while other facts remain, since two questions about one fact give each
 * other away. A result without a seed (made before seeds were recorded) answered every question.
 */
export function drawnQuestions<Q extends AssignmentQuestion>(
	set: { draw?: number; questions: readonly Q[] },
	seed: number | undefined
): Q[] {
	const count = set.draw;
	if (count === undefined || count >= set.questions.length || seed === undefined) return [...set.questions];
	const seen = new Set<string>();
	const first: Q[] = [];
	const rest: Q[] = [];
	for (const question of shuffle(set.questions, stream(seed, DRAW))) {
		const facts = factIdsOf(question);
		(facts.some((fact) => seen.has(fact)) ? rest : first).push(question);
		for (const fact of facts) seen.add(fact);
	}
	const picked = new Set([...first, ...rest].slice(0, count));
	return set.questions.filter((question) => picked.has(question));
}

/** Question ids in the order this student sees them. */
export function questionOrder(set: ArrangedSet, seed: number | undefined): string[] {
	const ids = drawnQuestions(set, seed).map((question) => question.id);
	if (set.order !== 'shuffled' || seed === undefined) return ids;
	return shuffle(ids, stream(seed, ORDER));
}

/**
 * The question with its choices in this student's order. Choices move only in a shuffled set (a teacher who
 * fixes the order may go through the answers by letter with the class), and never for true/false, which reads
 * "True, False" everywhere. Grading compares the choice's text, so the order never changes a mark.
 */
export function withStudentChoices<Q extends AssignmentQuestion>(
	question: Q,
	order: AssignmentSet['order'],
	seed: number | undefined
): Q {
	const choices = choicesOf(question);
	if (!choices || order !== 'shuffled' || seed === undefined || question.type === 'true-false')
		return question;
	return { ...question, choices: shuffle(choices, stream(seed, idSalt(question.id))) };
}

/** A fresh seed from any source of numbers in [0, 1). */
export function newSeed(random: () => number): number {
	return Math.floor(random() * (SEED_MAX + 1)) >>> 0;
}
