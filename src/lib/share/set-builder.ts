import { counted } from '$lib/domain/format';
import * as v from 'valibot';
import { QUESTION_TYPES, type QuestionType } from '$lib/generator/bank';
import { choicesOf, factIdsOf } from '$lib/domain/question';
import { FACT_KINDS, FACT_KIND_GROUPS, type FactKind } from '$lib/domain/vocabulary';
import { createRandom, shuffle } from '$lib/generator/random';
import { tieOf } from '$lib/quiz/siblings';
import type { DeckRecord, QuestionRecord } from '$lib/db/schema';
import {
	MAX_QUESTIONS,
	assignmentQuestion,
	parseAssignment,
	type AssignmentQuestion,
	type AssignmentSet
} from '$lib/share/assignment';

const KIND_COUNT = FACT_KINDS.length;

/**
 * Question types a teacher can assign. Flashcards are left out: the student rates them, so nothing could be
 * graded.
 */
export const ASSIGNABLE_TYPES = QUESTION_TYPES.filter(
	(type): type is Exclude<QuestionType, 'flashcard'> => type !== 'flashcard'
);
export type AssignableType = (typeof ASSIGNABLE_TYPES)[number];

/** A question of one of the teacher's decks, with what the filters and the set need to know about it. */
export interface Candidate {
	key: string;
	deckId: string;
	deckTitle: string;
	kind: FactKind | undefined;
	question: AssignmentQuestion;
}

export function candidatesOf(deck: DeckRecord, questions: readonly QuestionRecord[]): Candidate[] {
	const kinds = new Map(deck.facts.map((fact) => [fact.id, fact.kind]));
	return questions
		.filter((record) => (ASSIGNABLE_TYPES as readonly string[]).includes(record.type))
		.map((record) => ({
			key: record.key,
			deckId: deck.id,
			deckTitle: deck.title,
			kind: kinds.get(record.factId),
			question: assignmentQuestion(deck.article.text, record)
		}));
}

export interface Filters {
	kinds: FactKind[];
	types: AssignableType[];
	query: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function searchable(question: AssignmentQuestion): string {
	return fold(
		[
			question.prompt,
			question.answer,
			...(choicesOf(question) ?? []),
			...(question.type === 'matching' ? question.pairs.flatMap((pair) => [pair.left, pair.right]) : []),
			question.evidenceText ?? ''
		].join(' ')
	);
}

/** The filters a folded section hides, in a line: which decks, kinds and types are in. */
export function filterSummary(deckCount: number, filters: Filters & { deckIds: readonly string[] }): string {
	const decks =
		filters.deckIds.length === deckCount
			? deckCount === 1
				? 'the deck'
				: `all ${deckCount} decks`
			: `${filters.deckIds.length} of ${deckCount} decks`;
	const kinds =
		filters.kinds.length === KIND_COUNT
			? 'every kind'
			: filters.kinds.map((kind) => FACT_KIND_GROUPS[kind].toLowerCase()).join(', ') || 'no kind';
	const types =
		filters.types.length === ASSIGNABLE_TYPES.length
			? 'every type'
			: `${filters.types.length} of ${ASSIGNABLE_TYPES.length} types`;
	return `${decks} · ${kinds} · ${types}`;
}

/** Every word of the query must appear somewhere in the question, its choices or its evidence. */
export function filterCandidates(candidates: readonly Candidate[], filters: Filters): Candidate[] {
	const words = fold(filters.query).split(/\s+/).filter(Boolean);
	return candidates.filter((candidate) => {
		const { question, kind } = candidate;
		if (!(filters.types as string[]).includes(question.type)) return false;
		// A question whose fact is unknown (a deck made elsewhere) shows only while no kind is filtered out.
		if (kind ? !filters.kinds.includes(kind) : filters.kinds.length < KIND_COUNT) return false;
		if (words.length === 0) return true;
		const text = searchable(question);
		return words.every((word) => text.includes(word));
	});
}

/**
 * `count` candidates at random, the same ones for the same seed, kept in deck order so the teacher reads
 * them as the article runs. Two questions from one fact are avoided while other facts remain, then two from one
 * sentence while other sentences remain: one gives the other away (a sentence's blanks show each other's keys),
 * and a deck keeps such siblings for study, which shows them a day apart.
 */
export function drawRandom(candidates: readonly Candidate[], count: number, seed: number): Candidate[] {
	const shuffled = shuffle(candidates, createRandom(seed));
	const facts = new Set<string>();
	const sentences = new Set<string>();
	const first: Candidate[] = [];
	const second: Candidate[] = [];
	const rest: Candidate[] = [];
	for (const candidate of shuffled) {
		const fact = `${candidate.deckId}/${candidate.question.factId}`;
		const sentence = `${candidate.deckId}/${candidate.question.evidence.start}`;
		(facts.has(fact) ? rest : sentences.has(sentence) ? second : first).push(candidate);
		facts.add(fact);
		sentences.add(sentence);
	}
	const picked = new Set([...first, ...second, ...rest].slice(0, Math.max(0, count)));
	return candidates.filter((candidate) => picked.has(candidate));
}

/** Why two questions of one deck can give each other away: they ask the same fact, or come from one sentence. */
export type Kinship = 'fact' | 'sentence';

const tiedParts = ({ question }: Candidate) => ({
	facts: factIdsOf(question),
	sentences: question.type === 'matching' ? question.pairs.map((pair) => pair.evidence) : [question.evidence]
});

/**
 * What ties two questions of the same deck, if anything. A question the set carries without its deck (the deck was
 * deleted) is tied to none: its offsets point into an article no longer at hand.
 */
export function kinship(a: Candidate, b: Candidate): Kinship | undefined {
	if (a.key === b.key || !a.deckId || a.deckId !== b.deckId) return undefined;
	return tieOf(tiedParts(a), tiedParts(b));
}

/** The first question of the set (its 1-based position) that a question is tied to, and how. */
export interface Kin {
	position: number;
	by: Kinship;
}

/**
 * For each of `candidates` tied to a question in the set, the first such question: a teacher who picks both hands
 * students one question whose text holds the other's answer, so the builder says so beside each.
 */
export function kinInSet(chosen: readonly Candidate[], candidates: readonly Candidate[]): Map<string, Kin> {
	const kin = new Map<string, Kin>();
	for (const candidate of candidates) {
		for (const [index, other] of chosen.entries()) {
			const by = kinship(candidate, other);
			if (!by) continue;
			kin.set(candidate.key, { position: index + 1, by });
			break;
		}
	}
	return kin;
}

function kinNote(kin: Kin): string {
	const tie = kin.by === 'fact' ? 'Asks the same fact as' : 'From the same sentence as';
	return `${tie} question ${kin.position} in the set: one may give the other away.`;
}

/** `kinInSet`, in words, by candidate key. */
export function kinNotes(
	chosen: readonly Candidate[],
	candidates: readonly Candidate[]
): Map<string, string> {
	return new Map([...kinInSet(chosen, candidates)].map(([key, kin]) => [key, kinNote(kin)]));
}

/** What the form holds, as typed: strings for the number, date and email inputs. */
export interface SetForm {
	title: string;
	instructions: string;
	/** `YYYY-MM-DDTHH:mm` from a datetime-local input, in the teacher's time zone, or ''. */
	due: string;
	timeLimit: string;
	attempts: string;
	showAnswers: boolean;
	order: 'fixed' | 'shuffled';
	/** How many questions each student gets, drawn for them; '' for all. */
	draw: string;
	/** Where students may email their result; '' for none. */
	teacherEmail: string;
}

export const DEFAULT_FORM: SetForm = {
	title: '',
	instructions: 'Answer every question. You can go back and change an answer before you submit.',
	due: '',
	timeLimit: '',
	attempts: '1',
	showAnswers: true,
	order: 'fixed',
	draw: '',
	teacherEmail: ''
};

/** A datetime-local value for an instant, in the browser's time zone. */
export function localInput(at: number): string {
	const date = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formOf(set: AssignmentSet): SetForm {
	return {
		title: set.title,
		instructions: set.instructions,
		due: set.dueAt === undefined ? '' : localInput(set.dueAt),
		timeLimit: set.timeLimitMinutes === undefined ? '' : String(set.timeLimitMinutes),
		attempts: String(set.attemptsAllowed),
		showAnswers: set.showAnswers,
		order: set.order,
		draw: set.draw === undefined ? '' : String(set.draw),
		teacherEmail: set.teacherEmail ?? ''
	};
}

type FormField = 'title' | 'due' | 'timeLimit' | 'attempts' | 'draw' | 'teacherEmail' | 'questions';
export type FormProblems = Partial<Record<FormField, string>>;

/** The page's element for each problem, in the order the form shows them. */
const PROBLEM_TARGETS: [keyof FormProblems, string][] = [
	['title', 'title'],
	['due', 'due'],
	['timeLimit', 'time-limit'],
	['attempts', 'attempts'],
	['draw', 'draw'],
	['teacherEmail', 'teacher-email'],
	['questions', 'set-count']
];

/**
 * Where to take the teacher when a save is refused: the first field to fix. The save button sits in a bar at
 * the foot of the screen, so a note by the title would otherwise appear far out of sight.
 */
export function firstProblemTarget(problems: FormProblems): string | undefined {
	return PROBLEM_TARGETS.find(([key]) => problems[key] !== undefined)?.[1];
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
	if (!/^\s*\d+\s*$/.test(text)) return undefined;
	const value = Number(text);
	return value >= min && value <= max ? value : undefined;
}

/** The same check the set's schema makes, so what the form accepts is what a link can carry. */
const Email = v.pipe(v.string(), v.maxLength(254), v.email());

/** The set's fields as the form gives them, and what is wrong with any of them. */
function readForm(
	form: SetForm,
	questions: readonly AssignmentQuestion[],
	identity: { id: string; createdAt: number }
): { set: AssignmentSet; problems: FormProblems } {
	const problems: FormProblems = {};
	const title = form.title.trim().replace(/\s+/g, ' ');
	if (!title) problems.title = 'Give the set a title; students see it first.';
	else if (title.length > 200) problems.title = 'Keep the title under 200 characters.';
	let dueAt: number | undefined;
	if (form.due) {
		dueAt = new Date(form.due).getTime();
		if (!Number.isFinite(dueAt) || dueAt < 0) {
			problems.due = 'Pick a due date and time, or leave it empty.';
			dueAt = undefined;
		}
	}
	let timeLimitMinutes: number | undefined;
	if (form.timeLimit.trim()) {
		timeLimitMinutes = wholeNumber(form.timeLimit, 1, 24 * 60);
		if (timeLimitMinutes === undefined)
			problems.timeLimit = 'A time limit is whole minutes, from 1 to 1440, or empty for none.';
	}
	const attemptsAllowed = wholeNumber(form.attempts, 1, 99);
	if (attemptsAllowed === undefined) problems.attempts = 'Attempts allowed is a whole number from 1 to 99.';
	let draw: number | undefined;
	if (form.draw.trim()) {
		draw = wholeNumber(form.draw, 1, Math.max(1, questions.length));
		if (draw === undefined)
			problems.draw = `Each student gets from 1 to ${questions.length} of the ${questions.length} questions, or leave it empty for all.`;
		// All of them is no draw: the set stays readable by apps that know no draws.
		else if (draw === questions.length) draw = undefined;
	}
	const teacherEmail = form.teacherEmail.trim();
	if (teacherEmail && !v.is(Email, teacherEmail))
		problems.teacherEmail = 'That doesn’t look like an email address; check it, or leave it empty.';
	if (questions.length === 0) problems.questions = 'Pick at least one question.';
	else if (questions.length > MAX_QUESTIONS)
		problems.questions = `A set holds at most ${MAX_QUESTIONS} questions; remove ${questions.length - MAX_QUESTIONS}.`;
	const set: AssignmentSet = {
		id: identity.id,
		title: title.slice(0, 200) || 'Untitled set',
		instructions: form.instructions.trim().slice(0, 2000),
		attemptsAllowed: attemptsAllowed ?? 1,
		showAnswers: form.showAnswers,
		order: form.order,
		questions: [...questions],
		createdAt: identity.createdAt
	};
	if (dueAt !== undefined) set.dueAt = dueAt;
	if (timeLimitMinutes !== undefined) set.timeLimitMinutes = timeLimitMinutes;
	if (draw !== undefined) set.draw = draw;
	if (teacherEmail && !problems.teacherEmail) set.teacherEmail = teacherEmail;
	return { set, problems };
}

/** The set the form describes, or what to fix, field by field, in words for the teacher. */
export function buildSet(
	form: SetForm,
	questions: readonly AssignmentQuestion[],
	identity: { id: string; createdAt: number }
): { set: AssignmentSet } | { problems: FormProblems } {
	const { set, problems } = readForm(form, questions, identity);
	if (Object.keys(problems).length > 0) return { problems };
	return { set: parseAssignment(set) };
}

/**
 * The set as it would be saved now, its fields' mistakes left out: what the link would be, to measure while the
 * teacher is still choosing. Undefined without questions.
 */
export function draftSet(
	form: SetForm,
	questions: readonly AssignmentQuestion[],
	identity: { id: string; createdAt: number }
): AssignmentSet | undefined {
	if (questions.length === 0 || questions.length > MAX_QUESTIONS) return undefined;
	return readForm(form, questions, identity).set;
}

/** The options a folded section hides, in a line: what a student will meet. */
export function optionsSummary(form: SetForm, questionCount: number): string {
	const attempts = wholeNumber(form.attempts, 1, 99);
	const limit = wholeNumber(form.timeLimit, 1, 24 * 60);
	const draw = wholeNumber(form.draw, 1, MAX_QUESTIONS);
	return [
		form.order === 'shuffled' ? 'shuffled for each student' : 'in the order listed',
		draw !== undefined && draw < questionCount ? `${draw} drawn for each student` : undefined,
		limit === undefined ? 'no time limit' : `${limit} min`,
		attempts === undefined ? undefined : counted(attempts, 'attempt'),
		form.due ? 'due date set' : undefined,
		form.showAnswers ? 'answers shown after' : 'answers hidden'
	]
		.filter(Boolean)
		.join(' · ');
}

export function keysOf(candidates: readonly Candidate[]): ReadonlySet<string> {
	return new Set(candidates.map((c) => c.key));
}

/** Questions in the set, each at most once: a question is known by its id across decks. */
export function toggleQuestion(
	chosen: readonly Candidate[],
	candidate: Candidate
): { chosen: Candidate[]; clash?: Candidate } {
	if (chosen.some((c) => c.key === candidate.key))
		return { chosen: chosen.filter((c) => c.key !== candidate.key) };
	const clash = chosen.find((c) => c.question.id === candidate.question.id);
	if (clash) return { chosen: [...chosen], clash };
	return { chosen: [...chosen, candidate] };
}

/** Adds what is not in the set yet, keeping the set's order and appending the rest. */
export function addAll(chosen: readonly Candidate[], more: readonly Candidate[]): Candidate[] {
	const ids = new Set(chosen.map((c) => c.question.id));
	const added = more.filter((c) => {
		if (ids.has(c.question.id)) return false;
		ids.add(c.question.id);
		return true;
	});
	return [...chosen, ...added];
}

export function moveQuestion(chosen: readonly Candidate[], index: number, by: -1 | 1): Candidate[] {
	const to = index + by;
	if (to < 0 || to >= chosen.length) return [...chosen];
	const copy = [...chosen];
	[copy[index], copy[to]] = [copy[to]!, copy[index]!];
	return copy;
}

/**
 * The set's own questions as candidates again, for editing: from the decks when still there (so they show
 * their deck), else as carried by the set, under a key of their own.
 */
export function chosenOf(
	set: AssignmentSet,
	sources: Record<string, string>,
	candidates: readonly Candidate[]
): Candidate[] {
	const byKey = new Map(candidates.map((c) => [c.key, c]));
	return set.questions.map((question) => {
		// An own property only: a question id such as `constructor` must not find Object's (issue 13).
		const key = Object.hasOwn(sources, question.id) ? sources[question.id] : undefined;
		const fromDeck = key ? byKey.get(key) : undefined;
		if (fromDeck && fromDeck.question.id === question.id) return { ...fromDeck, question };
		return { key: key ?? `set/${question.id}`, deckId: '', deckTitle: 'This set', kind: undefined, question };
	});
}
