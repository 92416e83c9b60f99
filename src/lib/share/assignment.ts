import * as v from 'valibot';
import { questionEntries } from '$lib/generator/bank';
import { decodePayload, encodeFile, encodePayload, validated } from './codec';
import { contentHash } from './hash';

export const MAX_QUESTIONS = 200;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(64));
/** Epoch milliseconds: unambiguous across the teacher's and the students' time zones. */
export const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

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

export const AssignmentSetSchema = v.object({
	id: Id,
	title: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	instructions: Text(2000),
	dueAt: v.optional(Time),
	timeLimitMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60))),
	attemptsAllowed: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
	/** Whether the student sees right answers and evidence after submitting. */
	showAnswers: v.boolean(),
	order: v.picklist(['fixed', 'shuffled']),
	questions: v.pipe(
		v.array(AssignmentQuestionSchema),
		v.minLength(1),
		v.maxLength(MAX_QUESTIONS),
		// Answers are matched to questions by id, so two questions sharing one could not be graded apart.
		v.check(
			(questions) => new Set(questions.map((q) => q.id)).size === questions.length,
			'two questions share an id'
		)
	),
	createdAt: Time
});
export type AssignmentSet = v.InferOutput<typeof AssignmentSetSchema>;

/** Validates loose input into a set, dropping unknown fields; `ShareError('invalid')` lists what is wrong. */
export function parseAssignment(input: unknown, message = "This assignment isn't valid."): AssignmentSet {
	return validated(AssignmentSetSchema, input, message);
}

/**
 * Identifies this exact version of a set. Never sent in a link: teacher and student each compute it from the
 * content, so an edited link yields a different hash and its results are refused by the teacher's app.
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

export function encodeAssignment(set: AssignmentSet): string {
	return encodePayload('assignment', parseAssignment(set));
}

/** Accepts a pasted link, a code or the text of a `.byline-set.json` file. Throws only `ShareError`. */
export function decodeAssignment(input: string): AssignmentSet {
	return parseAssignment(
		decodePayload('assignment', input),
		"This assignment link doesn't contain a valid assignment. It may have been edited; ask for it again."
	);
}

export function assignmentFile(set: AssignmentSet): string {
	return encodeFile('assignment', parseAssignment(set));
}

/** `base` is the app's origin plus its base path; the payload rides in the fragment, which no server sees. */
export function assignmentLink(base: string, set: AssignmentSet): string {
	return `${base.replace(/\/+$/, '')}/a#${encodeAssignment(set)}`;
}
