import { counted } from '$lib/domain/format';
import { factIdsOf, withEvidence } from '$lib/domain/question';
import type { Bank, Fact, Question, Span } from '$lib/generator/bank';
import type { Attempt, SavedAnswer } from '$lib/db/attempts';
import { attemptId } from '$lib/db/attempts';
import { addAssignmentDeck } from '$lib/db/assignment-decks';
import { questionKey } from '$lib/db/decks';
import { recordAnswer } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import { practiceLog } from '$lib/srs/card';
import type { Moment } from '$lib/srs/day';
import { questionOrder, withStudentChoices } from '$lib/share/arrangement';
import {
	assignmentDeckId,
	assignmentHash,
	assignmentQuestion,
	decodeShared,
	type Accommodation,
	type AssignmentQuestion,
	type AssignmentSet,
	type Shared
} from '$lib/share/assignment';
import { ShareError } from '$lib/share/codec';
import { canonicalJson } from '$lib/share/hash';
import type { ShippedDeck } from '$lib/share/reference';
import { gradeResult, type AssignmentResult, type GradedResult } from '$lib/share/result';

export type Opened = { shared: Shared; setHash: string } | { problem: string; details: readonly string[] };

/**
 * The assignment in a link's fragment, or what is wrong with it, in words for the student. Questions the link
 * names by reference are looked up in `shipped`, the decks this app ships with.
 */
export function openAssignment(fragment: string, shipped: readonly ShippedDeck[] = []): Opened {
	const code = fragment.replace(/^#/, '');
	if (!code.trim()) {
		return {
			problem: 'This link has no assignment in it. Ask your teacher for the whole link.',
			details: []
		};
	}
	try {
		const shared = decodeShared(code, shipped);
		return { shared, setHash: assignmentHash(shared.set) };
	} catch (error) {
		if (error instanceof ShareError) return { problem: error.message, details: error.problems };
		throw error;
	}
}

/**
 * A new attempt, its questions drawn and ordered by `seed` (recorded, so the teacher's app can rebuild them), under
 * the accommodation of the link it was started from.
 */
export function startAttempt(
	set: AssignmentSet,
	setHash: string,
	number: number,
	student: string,
	now: number,
	seed: number,
	accommodation?: Accommodation
): Attempt {
	const attempt: Attempt = {
		id: attemptId(set.id, setHash, number),
		set,
		setHash,
		number,
		student: student.trim().replace(/\s+/g, ' ').slice(0, 80),
		order: questionOrder(set, seed),
		seed,
		answers: [],
		current: 0,
		startedAt: now,
		updatedAt: now
	};
	return accommodation ? { ...attempt, accommodation } : attempt;
}

/**
 * A variant link opened while an attempt is under way gives it that accommodation: a teacher who sees a student
 * needs more time sends the link mid-test. A link without one changes nothing, so going back to the class link
 * never takes extra time away.
 */
export function withAccommodation(attempt: Attempt, accommodation: Accommodation | undefined): Attempt {
	if (!accommodation || attempt.submittedAt !== undefined) return attempt;
	if (canonicalJson(attempt.accommodation) === canonicalJson(accommodation)) return attempt;
	return { ...attempt, accommodation };
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

/** The student left the page (another app, another tab) while answering: counted, for the teacher to know. */
export function leftPage(attempt: Attempt, times: number, now: number): Attempt {
	return { ...attempt, leftPage: (attempt.leftPage ?? 0) + times, updatedAt: now };
}

export function moveTo(attempt: Attempt, index: number, now: number): Attempt {
	const current = Math.min(Math.max(0, index), attempt.order.length - 1);
	return { ...attempt, current, updatedAt: now };
}

/** The question as this student sees it: its choices in their order. */
export function questionAt(attempt: Attempt, index: number): AssignmentQuestion | undefined {
	const id = attempt.order[index];
	const question = attempt.set.questions.find((item) => item.id === id);
	return question && withStudentChoices(question, attempt.set.order, attempt.seed);
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

/**
 * The minutes this student has: the set's limit, a longer one their link gives, or none at all. An "extra time"
 * shorter than the set's own limit is no accommodation and is ignored.
 */
export function timeLimitFor(
	set: Pick<AssignmentSet, 'timeLimitMinutes'>,
	accommodation: Accommodation | undefined
): number | undefined {
	const minutes = set.timeLimitMinutes;
	if (minutes === undefined || accommodation?.kind === 'no-limit') return undefined;
	if (accommodation?.kind === 'extra-time') return Math.max(minutes, accommodation.timeLimitMinutes);
	return minutes;
}

/** Milliseconds left, or undefined without a time limit; never negative. */
export function timeLeft(attempt: Attempt, now: number): number | undefined {
	const minutes = timeLimitFor(attempt.set, attempt.accommodation);
	if (minutes === undefined) return undefined;
	return Math.max(0, attempt.startedAt + minutes * 60_000 - now);
}

/** Times left at which a student is told how long remains: five minutes, then one. */
export const TIME_WARNINGS_MS = [5 * 60_000, 60_000] as const;

/**
 * The warning due with `left` ms to go under a limit of `limitMinutes`: the smallest threshold already passed,
 * or undefined. A threshold as long as the whole limit never warns: a 5-minute quiz does not open with "5
 * minutes left".
 */
export function warningDue(limitMinutes: number, left: number): number | undefined {
	const passed = TIME_WARNINGS_MS.filter((ms) => ms < limitMinutes * 60_000 && left <= ms && left > 0);
	return passed.length > 0 ? Math.min(...passed) : undefined;
}

/** What the start page promises about warnings under a limit: only those that can happen, or nothing. */
export function warningsPromised(limitMinutes: number): string {
	const minutes = TIME_WARNINGS_MS.filter((ms) => ms < limitMinutes * 60_000).map((ms) =>
		Math.round(ms / 60_000)
	);
	if (minutes.length === 0) return '';
	const said = minutes.map((m) => counted(m, 'minute'));
	const verb = minutes.length === 1 && minutes[0] === 1 ? 'is' : 'are';
	return `You are told when ${said.join(' and ')} ${verb} left.`;
}

export function warningText(threshold: number): string {
	const minutes = Math.round(threshold / 60_000);
	return `${counted(minutes, 'minute')} left. Your answers so far are saved.`;
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
	const result: AssignmentResult = {
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
		attempt: attempt.number,
		...(attempt.leftPage !== undefined && { leftPage: Math.min(attempt.leftPage, 100_000) })
	};
	if (attempt.seed !== undefined) result.seed = attempt.seed;
	if (attempt.accommodation) result.accommodation = attempt.accommodation;
	return result;
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
 * Missed: `questions` are those of the set the student has nowhere else. The article is the evidence sentences,
 * one paragraph each; every question points at its own, and each fact is rebuilt from the first question about
 * it (the set carries questions, not facts).
 */
export function assignmentBank(
	set: AssignmentSet,
	questionsOfSet: readonly AssignmentQuestion[] = set.questions
): Bank {
	let text = set.title;
	const facts = new Map<string, Fact>();
	const questions = questionsOfSet.map((original) => {
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

/** A question apart from where its evidence sits in an article: the same question, on the same sentence. */
function sameQuestion(a: AssignmentQuestion, b: AssignmentQuestion): boolean {
	const placeless = (question: AssignmentQuestion) =>
		canonicalJson({
			...question,
			evidence: undefined,
			pairs:
				question.type === 'matching' ? question.pairs.map((p) => ({ ...p, evidence: undefined })) : undefined
		});
	return placeless(a) === placeless(b);
}

/**
 * For each of `questions`, a deck of the student's that already holds it (same id, same content, same evidence
 * sentence, still shown), so a set drawn from a deck the student has adds no second copy of its questions. Decks
 * the student made or that ship with the app come before decks made from other links.
 */
export async function existingHomes(
	db: BylineDatabase,
	questions: readonly AssignmentQuestion[]
): Promise<Map<string, string>> {
	const decks = (await db.getAll('decks')).sort(
		(a, b) => Number(a.id.startsWith('assignment-')) - Number(b.id.startsWith('assignment-'))
	);
	const tx = db.transaction('questions');
	const homes = new Map<string, string>();
	for (const deck of decks) {
		const wanted = questions.filter((question) => !homes.has(question.id));
		const records = await Promise.all(wanted.map((q) => tx.store.get(questionKey(deck.id, q.id))));
		wanted.forEach((question, i) => {
			const record = records[i];
			if (!record || record.retired || record.reported) return;
			if (sameQuestion(assignmentQuestion(deck.article.text, record), question))
				homes.set(question.id, deck.id);
		});
	}
	await tx.done;
	return homes;
}

export interface Logged {
	/** Wrong and blank answers put on Missed. */
	count: number;
	/** The deck holding most of the student's questions of the set: where to study them. */
	deckId: string | undefined;
}

/**
 * Links the attempt's questions to the student's decks and logs each wrong answer as a practice answer, which puts
 * it on the Missed list without moving any schedule. Questions left blank count as missed too. A question the
 * student already has in a deck is logged there; only the others go into a deck made for the set, and only those
 * this student was given (a set that draws keeps its other questions to itself). Nothing in a deck the link did
 * not make is changed but the answers logged to its cards.
 */
export async function logMissed(
	db: BylineDatabase,
	attempt: Attempt,
	graded: GradedResult,
	moment: Moment
): Promise<Logged> {
	const given = new Set(attempt.order);
	const mine = attempt.set.questions.filter((question) => given.has(question.id));
	const homes = await existingHomes(db, mine);
	const rest = mine.filter((question) => !homes.has(question.id));
	if (rest.length > 0) {
		const bank = assignmentBank(attempt.set, rest);
		await addAssignmentDeck(db, bank, moment.at);
		for (const question of rest) homes.set(question.id, bank.id);
	}
	let count = 0;
	for (const mark of graded.answers) {
		const deckId = homes.get(mark.questionId);
		if (mark.mark === 'right' || !deckId) continue;
		const key = questionKey(deckId, mark.questionId);
		const card = await db.get('cards', key);
		if (!card) continue;
		await recordAnswer(db, card, practiceLog(key, 'again', moment), {
			deckId,
			given: givenText(mark.given),
			correct: false,
			ms: mark.ms
		});
		count++;
	}
	return { count, deckId: mostCommon([...homes.values()]) };
}

function mostCommon(values: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: string | undefined;
	for (const [value, n] of counts) if (best === undefined || n > counts.get(best)!) best = value;
	return best;
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
