import * as v from 'valibot';
import { questionEntries, type Bank, type Question } from '$lib/generator/bank';
import { decodeVersioned, encodeFile, encodePayload, validated } from './codec';
import { contentHash } from './hash';
import { packQuestions, unpackQuestions, type ShippedDeck } from './reference';

export const MAX_QUESTIONS = 200;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(64));
/** Epoch milliseconds: unambiguous across the teacher's and the students' time zones. */
export const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const Minutes = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));
const TIME_LIMIT_MAX = 24 * 60;

/**
 * A question as assigned: the bank's question plus the text of its evidence sentence, because a student
 * opening the link may not have the deck (and its article) that the offsets point into.
 */
const [choice, cloze, typed, matching, flashcard] = questionEntries({ evidenceText: v.optional(Text(2000)) });
export const AssignmentQuestionSchema = v.variant('type', [
	v.object(choice),
	v.object(cloze),
	v.object(typed),
	v.object(matching),
	v.object(flashcard)
]);
export type AssignmentQuestion = v.InferOutput<typeof AssignmentQuestionSchema>;

const SetFields = {
	id: Id,
	title: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	instructions: Text(2000),
	dueAt: v.optional(Time),
	timeLimitMinutes: v.optional(Minutes(TIME_LIMIT_MAX)),
	attemptsAllowed: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
	/** Whether the student sees right answers and evidence after submitting. */
	showAnswers: v.boolean(),
	/** `shuffled`: each student gets the questions, and each question's choices, in an order of their own. */
	order: v.picklist(['fixed', 'shuffled']),
	/** Each student answers this many of the questions, drawn for them (arrangement.ts); absent: all of them. */
	draw: v.optional(Minutes(MAX_QUESTIONS)),
	/** Where students may email their result; absent: no email button. */
	teacherEmail: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(254), v.email())),
	createdAt: Time
};

export const AssignmentSetSchema = v.object({
	...SetFields,
	questions: v.pipe(
		v.array(AssignmentQuestionSchema),
		v.minLength(1),
		v.maxLength(MAX_QUESTIONS),
		// Answers are matched to questions by id, so two questions sharing one could not be graded apart.
		v.check(
			(questions) => new Set(questions.map((q) => q.id)).size === questions.length,
			'two questions share an id'
		)
	)
});
export type AssignmentSet = v.InferOutput<typeof AssignmentSetSchema>;

/** The fields of a set that a version-1 payload has; a set using any other is sent as version 2. */
const V1_FIELDS = new Set([
	'id',
	'title',
	'instructions',
	'dueAt',
	'timeLimitMinutes',
	'attemptsAllowed',
	'showAnswers',
	'order',
	'questions',
	'createdAt'
]);

/**
 * A student's accommodation (WCAG 2.2.1, timing adjustable): more time than the set's limit, or none. It rides
 * beside the set, never in it, so a variant link is the same set (same content hash) and its results go to the
 * same gradebook, each result saying which variant it was taken under.
 */
export const AccommodationSchema = v.variant('kind', [
	v.object({ kind: v.literal('extra-time'), timeLimitMinutes: Minutes(4 * TIME_LIMIT_MAX) }),
	v.object({ kind: v.literal('no-limit') })
]);
export type Accommodation = v.InferOutput<typeof AccommodationSchema>;

/** What a link or file gives a student: the set, and what the teacher gave this student in particular. */
export interface Shared {
	set: AssignmentSet;
	accommodation?: Accommodation;
	/** Whom a variant link was made for: the name the student starts with, which they may change. */
	student?: string;
	/** The shipped deck whose questions the link named by reference. */
	deckId?: string;
}

/**
 * Version 2 of the payload: the set with some questions replaced by references into a deck that ships with the
 * app (`deck`), and what a variant link adds. Version 1 is the set itself, every question in full.
 */
const SharedV2Schema = v.object({
	set: v.object({
		...SetFields,
		questions: v.pipe(
			v.array(
				v.union([v.pipe(v.string(), v.nonEmpty(), v.maxLength(64 * MAX_QUESTIONS)), AssignmentQuestionSchema])
			),
			v.minLength(1),
			v.maxLength(MAX_QUESTIONS)
		)
	}),
	deck: v.optional(
		v.object({
			id: Id,
			version: Text(64),
			skip: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(64)),
			width: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64)),
			hash: Text(64)
		})
	),
	accommodation: v.optional(AccommodationSchema),
	student: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80)))
});

const INVALID =
	"This assignment link doesn't contain a valid assignment. It may have been edited; ask for it again.";

/** Validates loose input into a set, dropping unknown fields; `ShareError('invalid')` lists what is wrong. */
export function parseAssignment(input: unknown, message = "This assignment isn't valid."): AssignmentSet {
	return validated(AssignmentSetSchema, input, message);
}

/**
 * Identifies this exact version of a set. Never sent in a link: teacher and student each compute it from the
 * content, so an edited link yields a different hash and its results are refused by the teacher's app. A set
 * whose questions travelled by reference is hashed as the full set they name, so it is the same set either way.
 */
export function assignmentHash(set: AssignmentSet): string {
	return contentHash(parseAssignment(set));
}

/**
 * The student's deck for this exact set: named by the set's content hash, never by its id alone, since ids come
 * from links. A second link reusing an id with other questions is another set with a deck of its own, so it
 * cannot rename the first one's deck, retire its questions (hiding their cards) or empty its Missed list.
 */
export function assignmentDeckId(set: AssignmentSet): string {
	return `assignment-${assignmentHash(set)}`;
}

const EVIDENCE_MAX = 2000;

/**
 * The sentences a question came from, as text: the student's app may have no article to point into. A matching
 * question's pairs each have their own sentence.
 */
export function evidenceText(articleText: string, question: Question): string {
	const spans =
		question.type === 'matching' && question.pairs.length
			? question.pairs.map((pair) => pair.evidence)
			: [question.evidence];
	const passages = [
		...new Set(spans.map((span) => articleText.slice(span.start, span.end).replace(/\s+/g, ' ').trim()))
	].filter(Boolean);
	const text = passages.join(' … ');
	return text.length <= EVIDENCE_MAX ? text : `${text.slice(0, EVIDENCE_MAX - 1)}…`;
}

/**
 * The question as it travels: the bank's fields only (a stored record's own fields dropped), with its evidence
 * text. Teacher and student build it the same way from the same bank, so a shipped deck's question named by
 * reference comes out identical on both sides.
 */
export function assignmentQuestion(articleText: string, question: Question): AssignmentQuestion {
	const evidence = evidenceText(articleText, question);
	return v.parse(AssignmentQuestionSchema, evidence ? { ...question, evidenceText: evidence } : question);
}

/**
 * A bank that ships with the app, as links refer to it. Its questions are built as the teacher's set builder
 * builds them (flashcards included: a reference names any question the deck has), and its version is the hash of
 * those questions: what a reference depends on, without hashing the whole article again.
 */
export function shippedDeck(bank: Bank): ShippedDeck {
	const questions = bank.questions.map((question) => assignmentQuestion(bank.article.text, question));
	return { id: bank.id, title: bank.title, version: contentHash(questions).slice(0, 8), questions };
}

export interface ShareOptions {
	/** Decks shipped with this app: questions of theirs travel as references. */
	shipped?: readonly ShippedDeck[];
	accommodation?: Accommodation;
	student?: string;
}

/** The payload and its format version: version 1 whenever a version-1 app reads it exactly as meant. */
function payloadOf(set: AssignmentSet, options: ShareOptions): { version: number; data: unknown } {
	const checked = parseAssignment(set);
	const packed = packQuestions(checked.questions, options.shipped ?? []);
	const plain =
		!packed.deck &&
		!options.accommodation &&
		!options.student &&
		Object.entries(checked).every(([key, value]) => value === undefined || V1_FIELDS.has(key));
	if (plain) return { version: 1, data: checked };
	const data: v.InferInput<typeof SharedV2Schema> = { set: { ...checked, questions: packed.items } };
	if (packed.deck) data.deck = packed.deck;
	if (options.accommodation) data.accommodation = options.accommodation;
	const student = options.student?.trim();
	if (student) data.student = student;
	return { version: 2, data };
}

export function encodeAssignment(set: AssignmentSet, options: ShareOptions = {}): string {
	const { version, data } = payloadOf(set, options);
	return encodePayload('assignment', data, version);
}

/**
 * Accepts a pasted link, a code or the text of a `.byline-set.json` file. Questions named by reference are
 * looked up in `shipped`, the decks this app ships with. Throws only `ShareError`.
 */
export function decodeShared(input: string, shipped: readonly ShippedDeck[] = []): Shared {
	const { version, data } = decodeVersioned('assignment', input);
	if (version === 1) return { set: parseAssignment(data, INVALID) };
	const shared = validated(SharedV2Schema, data, INVALID);
	const questions = unpackQuestions(shared.set.questions, shared.deck, shipped, INVALID);
	const set = parseAssignment({ ...shared.set, questions }, INVALID);
	const out: Shared = { set };
	if (shared.deck && shared.set.questions.some((item) => typeof item === 'string'))
		out.deckId = shared.deck.id;
	if (shared.accommodation) out.accommodation = shared.accommodation;
	if (shared.student) out.student = shared.student;
	return out;
}

/** The set alone, from a link, code or file. Throws only `ShareError`. */
export function decodeAssignment(input: string, shipped: readonly ShippedDeck[] = []): AssignmentSet {
	return decodeShared(input, shipped).set;
}

/**
 * A file carries every question in full, whatever the decks: it is the way in for a student whose app has another
 * version of a shipped deck, and for sets too large for a link.
 */
export function assignmentFile(set: AssignmentSet): string {
	const { version, data } = payloadOf(set, {});
	return encodeFile('assignment', data, version);
}

/** `base` is the app's origin plus its base path; the payload rides in the fragment, which no server sees. */
export function assignmentLink(base: string, set: AssignmentSet, options: ShareOptions = {}): string {
	return `${base.replace(/\/+$/, '')}/a#${encodeAssignment(set, options)}`;
}
