import { factIdsOf, withEvidence } from '$lib/domain/question';
import type { Bank, Fact, Question, Span } from '$lib/generator/bank';
import { createRandom, shuffle } from '$lib/generator/random';
import type { Attempt, SavedAnswer } from '$lib/db/attempts';
import { attemptId } from '$lib/db/attempts';
import { addAssignmentDeck } from '$lib/db/assignment-decks';
import { questionKey } from '$lib/db/decks';
import { recordAnswer } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import { practiceLog } from '$lib/srs/card';
import type { Moment } from '$lib/srs/day';
import {
	assignmentDeckId,
	assignmentHash,
	decodeAssignment,
	type AssignmentQuestion,
	type AssignmentSet
} from '$lib/share/assignment';
import { ShareError } from '$lib/share/codec';
import { gradeResult, type AssignmentResult, type GradedResult } from '$lib/share/result';

export type Opened =
	{ set: AssignmentSet; setHash: string } | { problem: string; details: readonly string[] };

/** The assignment in a link's fragment, or what is wrong with it, in words for the student. */
export function openAssignment(fragment: string): Opened {
	const code = fragment.replace(/^#/, '');
	if (!code.trim()) {
		return {
			problem: 'This link has no assignment in it. Ask your teacher for the whole link.',
			details: []
		};
	}
	try {
		const set = decodeAssignment(code);
		return { set, setHash: assignmentHash(set) };
	} catch (error) {
		if (error instanceof ShareError) return { problem: error.message, details: error.problems };
		throw error;
	}
}

export function startAttempt(
	set: AssignmentSet,
	setHash: string,
	number: number,
	student: string,
	now: number,
	seed: number
): Attempt {
	const ids = set.questions.map((question) => question.id);
	return {
		id: attemptId(set.id, setHash, number),
		set,
		setHash,
		number,
		student: student.trim().replace(/\s+/g, ' ').slice(0, 80),
		order: set.order === 'shuffled' ? shuffle(ids, createRandom(seed)) : ids,
		answers: [],
		current: 0,
		startedAt: now,
		updatedAt: now
	};
}

/** Records an answer; going back and changing it adds the time spent again, as the student did spend it. */
export function answer(
	attempt: Attempt,
	questionId: string,
	given: string | string[],
	ms: number,
	now: number
): Attempt {
	const before = answersById(attempt).get(questionId);
	const saved = { questionId, given, ms: Math.round((before?.ms ?? 0) + Math.max(0, ms)) };
	return {
		...attempt,
		answers: [...attempt.answers.filter((a) => a.questionId !== questionId), saved],
		updatedAt: now
	};
}

/** The answers by question id, in a Map: any string is a safe key there, `constructor` and `__proto__` too. */
export function answersById(attempt: Attempt): Map<string, SavedAnswer> {
	return new Map(attempt.answers.map((saved) => [saved.questionId, saved]));
}

export function moveTo(attempt: Attempt, index: number, now: number): Attempt {
	const current = Math.min(Math.max(0, index), attempt.order.length - 1);
	return { ...attempt, current, updatedAt: now };
}

export function questionAt(attempt: Attempt, index: number): AssignmentQuestion | undefined {
	const id = attempt.order[index];
	return attempt.set.questions.find((question) => question.id === id);
}

export function answeredCount(attempt: Attempt): number {
	const answers = answersById(attempt);
	return attempt.order.filter((id) => isAnswered(answers.get(id)?.given)).length;
}

/** An answer as one line: a matching question's picks joined. */
export function givenText(given: string | string[] | undefined): string {
	if (given === undefined) return '';
	return typeof given === 'string' ? given : given.join(' · ');
}

export function isAnswered(given: string | string[] | undefined): boolean {
	if (given === undefined) return false;
	return typeof given === 'string' ? given.trim() !== '' : given.some((item) => item.trim() !== '');
}

/** Milliseconds left, or undefined without a time limit; never negative. */
export function timeLeft(attempt: Attempt, now: number): number | undefined {
	const minutes = attempt.set.timeLimitMinutes;
	if (minutes === undefined) return undefined;
	return Math.max(0, attempt.startedAt + minutes * 60_000 - now);
}

export function clock(ms: number): string {
	const seconds = Math.ceil(ms / 1000);
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}

/** What goes back to the teacher: the answers and times only; the teacher's app grades them itself. */
export function toResult(attempt: Attempt, submittedAt: number): AssignmentResult {
	const answers = answersById(attempt);
	return {
		setId: attempt.set.id,
		setHash: attempt.setHash,
		student: attempt.student,
		answers: attempt.order.flatMap((id) => {
			const saved = answers.get(id);
			return saved
				? [{ questionId: id, given: saved.given, ms: Math.min(Math.round(saved.ms), 86_400_000) }]
				: [];
		}),
		startedAt: attempt.startedAt,
		submittedAt: Math.max(submittedAt, attempt.startedAt),
		attempt: attempt.number
	};
}

/** The graded attempt in the order the student saw it. */
export function gradeAttempt(attempt: Attempt): GradedResult {
	const result = toResult(attempt, attempt.submittedAt ?? attempt.updatedAt);
	return gradeResult(attempt.set, result, attempt.setHash);
}

/**
 * The question with its evidence sentence standing in for the article, so the shared question components can
 * show it: every span points at the whole sentence.
 */
export function withOwnEvidence(question: AssignmentQuestion): { question: Question; articleText?: string } {
	const { evidenceText, ...rest } = question;
	if (!evidenceText) return { question: rest };
	const span = { start: 0, end: evidenceText.length };
	return { question: withEvidence(rest, span), articleText: evidenceText };
}

export function deckIdFor(set: AssignmentSet): string {
	return assignmentDeckId(set);
}

function factFor(question: Question, id: string, sentence: string, evidence: Span): Fact {
	const accept = 'accept' in question ? question.accept : undefined;
	if (question.type.startsWith('figure')) {
		const value = accept?.kind === 'number' ? accept.value : 0;
		const unit = accept?.kind === 'number' ? accept.unit : 'count';
		return {
			id,
			kind: 'figure',
			text: question.answer.slice(0, 400),
			value,
			unit,
			about: sentence.slice(0, 1000),
			evidence
		};
	}
	if (question.type.startsWith('date')) {
		const fact: Fact = {
			id,
			kind: 'date',
			text: question.answer.slice(0, 400),
			about: sentence.slice(0, 1000),
			evidence
		};
		if (accept?.kind === 'date') fact.value = accept.value;
		return fact;
	}
	// The speaker is not in the set; an empty name is the bank's way of saying nobody can be named.
	return {
		id,
		kind: 'quote',
		quote: sentence.slice(0, 4000),
		speaker: { name: '', role: '' },
		confidence: 'low',
		evidence
	};
}

/**
 * The assignment as a deck of the student's own, so its questions can be studied and its misses appear in
 * Missed. The article is the evidence sentences, one paragraph each; every question points at its own, and
 * each fact is rebuilt from the first question about it (the set carries questions, not facts).
 */
export function assignmentBank(set: AssignmentSet): Bank {
	let text = set.title;
	const facts = new Map<string, Fact>();
	const questions = set.questions.map((original) => {
		const { evidenceText, ...question } = original;
		const sentence = evidenceText ?? question.explanation;
		text += '\n\n';
		const span = { start: text.length, end: text.length + sentence.length };
		text += sentence;
		for (const id of factIdsOf(question)) {
			if (!facts.has(id)) facts.set(id, factFor(question, id, sentence, span));
		}
		return withEvidence(question, span);
	});
	return {
		schema: 1,
		id: deckIdFor(set),
		title: set.title,
		article: { title: set.title, text },
		facts: [...facts.values()],
		questions
	};
}

/**
 * Adds the assignment to the student's decks and logs each wrong answer as a practice answer, which puts it on
 * the Missed list without moving any schedule. Questions left blank count as missed too.
 */
export async function logMissed(
	db: BylineDatabase,
	attempt: Attempt,
	graded: GradedResult,
	moment: Moment
): Promise<number> {
	const bank = assignmentBank(attempt.set);
	await addAssignmentDeck(db, bank, moment.at);
	let logged = 0;
	for (const mark of graded.answers) {
		if (mark.mark === 'right') continue;
		const key = questionKey(bank.id, mark.questionId);
		const card = await db.get('cards', key);
		if (!card) continue;
		await recordAnswer(db, card, practiceLog(key, 'again', moment), {
			deckId: bank.id,
			given: givenText(mark.given),
			correct: false,
			ms: mark.ms
		});
		logged++;
	}
	return logged;
}

export interface AttemptSummary {
	inProgress: Attempt | undefined;
	submitted: Attempt[];
	/** The number the next new attempt would get, or undefined when none is left. */
	next: number | undefined;
}

export function summarize(set: AssignmentSet, attempts: readonly Attempt[]): AttemptSummary {
	const submitted = attempts.filter((attempt) => attempt.submittedAt !== undefined);
	const inProgress = attempts.find((attempt) => attempt.submittedAt === undefined);
	const used = Math.max(0, ...attempts.map((attempt) => attempt.number));
	const next = !inProgress && used < set.attemptsAllowed ? used + 1 : undefined;
	return { inProgress, submitted, next };
}

/** A name the result will accept: trimmed, single spaces, 1–80 characters. */
export function nameProblem(name: string): string | undefined {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (!clean) return 'Type your name so your teacher knows whose result it is.';
	if (clean.length > 80) return 'Keep your name under 80 characters.';
	return undefined;
}
