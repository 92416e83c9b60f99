import * as v from 'valibot';
import { checkAnswer } from '$lib/quiz/check';
import { drawnQuestions, SEED_MAX } from './arrangement';
import {
	AccommodationSchema,
	Id,
	MAX_QUESTIONS,
	Time,
	assignmentHash,
	type AssignmentSet
} from './assignment';
import { ShareError, decodePayload, encodeFile, encodePayload, validated } from './codec';
import { contentHash } from './hash';

/** A day: a longer "time on this question" is a tab left open, not information. */
const MAX_MS = 24 * 60 * 60 * 1000;
const Given = v.pipe(v.string(), v.maxLength(4000));

const AnswerSchema = v.object({
	questionId: Id,
	/** Text typed or the choice picked; for matching, the right-hand item picked for each left-hand one. */
	given: v.union([Given, v.pipe(v.array(Given), v.maxLength(8))]),
	ms: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MS))
});

export const AssignmentResultSchema = v.object({
	setId: Id,
	setHash: v.pipe(v.string(), v.nonEmpty(), v.maxLength(64)),
	student: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(80)),
	answers: v.pipe(v.array(AnswerSchema), v.maxLength(MAX_QUESTIONS)),
	startedAt: Time,
	submittedAt: Time,
	attempt: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
	/**
	 * How many times the student left the page (switched app or tab) while answering. For the teacher's
	 * information only: it never changes a grade. Absent from results made before it was recorded.
	 */
	leftPage: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
	/** The student's arrangement seed (arrangement.ts): which questions they got, in what order. */
	seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SEED_MAX))),
	/** The variant link the attempt was taken under: extra time, or no time limit. */
	accommodation: v.optional(AccommodationSchema)
});
export type AssignmentResult = v.InferOutput<typeof AssignmentResultSchema>;
export type ResultAnswer = AssignmentResult['answers'][number];

function parseResult(input: unknown, message = "This result isn't valid."): AssignmentResult {
	return validated(AssignmentResultSchema, input, message);
}

export function encodeResult(result: AssignmentResult): string {
	return encodePayload('result', parseResult(result));
}

/** Accepts a result link, a pasted code or the text of a result file. Throws only `ShareError`. */
export function decodeResult(input: string): AssignmentResult {
	return parseResult(
		decodePayload('result', input),
		"This result code doesn't contain a valid result. It may have been edited; ask the student to send it again."
	);
}

export function resultFile(result: AssignmentResult): string {
	return encodeFile('result', parseResult(result));
}

export function resultLink(base: string, result: AssignmentResult): string {
	return `${base.replace(/\/+$/, '')}/r#${encodeResult(result)}`;
}

/** The line that goes with a result link in a chat or mail: "Ana — Xi–Putin quiz: 8/10". */
export function resultSummary(student: string, title: string, right: number, total: number): string {
	return `${student} — ${title}: ${right}/${total}`;
}

/**
 * A `mailto:` link to the teacher with the result in it (RFC 6068): the subject names the set and student, the body
 * holds the summary and the link on a line of its own, so the teacher's app finds it in the mail.
 */
export function resultMailto(to: string, title: string, summary: string, link: string): string {
	const address = encodeURIComponent(to).replace(/%40/g, '@');
	const subject = encodeURIComponent(`Result: ${summary}`);
	const body = encodeURIComponent(
		`${summary}\r\n\r\n${link}\r\n\r\nOpen the link in Byline to add it to the gradebook of “${title}”.`
	);
	return `mailto:${address}?subject=${subject}&body=${body}`;
}

/** Same content, same key: importing one result twice (link, then file) counts it once. */
export function resultKey(result: AssignmentResult): string {
	return contentHash(result);
}

/**
 * The teacher's own copy of the set this result answers. An unknown id, or a hash that differs (the set was
 * edited after sharing, or the link was altered), is refused: grading against other questions would lie. Pass
 * `hashOf` to reuse hashes across many results.
 */
export function findSetFor<S extends AssignmentSet>(
	result: AssignmentResult,
	sets: readonly S[],
	hashOf: (set: AssignmentSet) => string = assignmentHash
): S {
	const set = sets.find((candidate) => candidate.id === result.setId);
	if (!set) {
		throw new ShareError(
			'unknown-set',
			`This result (from ${result.student}) is for an assignment that isn't on this device. Open it on the device that created the assignment.`
		);
	}
	checkSetMatches(set, result, hashOf(set));
	return set;
}

function checkSetMatches(set: AssignmentSet, result: AssignmentResult, setHash: string): void {
	if (result.setId !== set.id) {
		throw new ShareError(
			'unknown-set',
			`This result (from ${result.student}) is for a different assignment.`
		);
	}
	if (result.setHash !== setHash) {
		throw new ShareError(
			'set-changed',
			`This result (from ${result.student}) is for a different version of “${set.title}”: the set was changed after it was shared, or the link was altered.`
		);
	}
}

export type Mark = 'right' | 'wrong' | 'blank';

/**
 * A wrong answer the teacher counts as right for one question ("count 'Kishida' as right"), for every student
 * who gave it. Kept with the teacher's copy of the set, never in the shared set: it changes no link or hash.
 */
export const AcceptedAnswerSchema = v.object({
	questionId: Id,
	/** The answer as grading compares it (`normalizedGiven`), so “Kishida”, “kishida.” and “KISHIDA” are one. */
	normalized: v.pipe(v.string(), v.nonEmpty(), v.maxLength(4000)),
	/** As a student wrote it, to show. */
	text: v.pipe(v.string(), v.maxLength(4000)),
	at: Time
});
export type AcceptedAnswer = v.InferOutput<typeof AcceptedAnswerSchema>;

/** Accepted answers by question id, for lookups while grading. */
export type AcceptedIndex = ReadonlyMap<string, ReadonlySet<string>>;

export function indexAccepted(accepted: readonly AcceptedAnswer[]): AcceptedIndex {
	const index = new Map<string, Set<string>>();
	for (const { questionId, normalized } of accepted) {
		const answers = index.get(questionId) ?? new Set<string>();
		answers.add(normalized);
		index.set(questionId, answers);
	}
	return index;
}

export interface GradedAnswer {
	questionId: string;
	mark: Mark;
	/** Right only because the teacher accepted this answer. */
	accepted: boolean;
	/** What the student gave, as they gave it; `undefined` when blank. */
	given: string | string[] | undefined;
	normalizedGiven: string;
	expected: string;
	ms: number;
}

export interface GradedResult {
	result: AssignmentResult;
	key: string;
	answers: GradedAnswer[];
	right: number;
	total: number;
	/** 0–1. */
	score: number;
	/** Submitted minus started, never negative (a student's clock may jump). */
	elapsedMs: number;
}

function isBlank(given: string | string[]): boolean {
	return typeof given === 'string' ? given.trim() === '' : given.every((item) => item.trim() === '');
}

/**
 * Grades a result again from the teacher's copy of the set, in the set's order. Nothing the student sends
 * counts but their answers: no score, no correctness, no question text. Answers to questions not in the set
 * are ignored; a question answered twice counts its first answer. A wrong answer the teacher accepted for that
 * question counts as right. Pass `setHash` to avoid recomputing it.
 */
export function gradeResult(
	set: AssignmentSet,
	result: AssignmentResult,
	setHash: string = assignmentHash(set),
	accepted: AcceptedIndex = new Map()
): GradedResult {
	checkSetMatches(set, result, setHash);
	const byQuestion = new Map<string, ResultAnswer>();
	for (const answer of result.answers) {
		if (!byQuestion.has(answer.questionId)) byQuestion.set(answer.questionId, answer);
	}
	// A set that draws gives each student their own questions: the others were never asked, so are not blanks.
	const answers = drawnQuestions(set, result.seed).map((question): GradedAnswer => {
		const answer = byQuestion.get(question.id);
		if (!answer || isBlank(answer.given)) {
			const { expected } = checkAnswer(question, '');
			return {
				questionId: question.id,
				mark: 'blank',
				accepted: false,
				given: undefined,
				normalizedGiven: '',
				expected,
				ms: answer?.ms ?? 0
			};
		}
		const checked = checkAnswer(question, answer.given);
		const acceptedHere = !checked.correct && !!accepted.get(question.id)?.has(checked.normalizedGiven);
		return {
			questionId: question.id,
			mark: checked.correct || acceptedHere ? 'right' : 'wrong',
			accepted: acceptedHere,
			given: answer.given,
			normalizedGiven: checked.normalizedGiven,
			expected: checked.expected,
			ms: answer.ms
		};
	});
	const right = answers.filter((answer) => answer.mark === 'right').length;
	return {
		result,
		key: resultKey(result),
		answers,
		right,
		total: answers.length,
		score: answers.length === 0 ? 0 : right / answers.length,
		elapsedMs: Math.max(0, result.submittedAt - result.startedAt)
	};
}
