import * as v from 'valibot';
import { SEED_MAX } from '$lib/share/arrangement';
import { AccommodationSchema, AssignmentSetSchema, Id, Time } from '$lib/share/assignment';
import { writeTransaction } from './open';
import { answersFromV1, type AttemptRecord, type BylineDatabase } from './schema';

const Given = v.union([v.pipe(v.string(), v.maxLength(4000)), v.pipe(v.array(v.string()), v.maxLength(8))]);

/**
 * One answer per question, as a list: an object keyed by question id could not hold an answer to a question whose
 * id is `constructor` or `__proto__` (issue 13). Attempts stored before DB version 2 are rewritten by the
 * migration; those in older backups are read by `BackupAnswersSchema`.
 */
const AnswersSchema = v.array(
	v.object({ questionId: Id, given: Given, ms: v.pipe(v.number(), v.minValue(0)) })
);

/** Answers as a backup may hold them: a list, or (before DB version 2) an object keyed by question id. */
export const BackupAnswersSchema = v.union([
	AnswersSchema,
	v.pipe(
		v.looseObject({}),
		v.transform((answers: Record<string, unknown>) => answersFromV1(answers)),
		AnswersSchema
	)
]);

/**
 * A student's go at an assignment, saved after every answer so a closed tab resumes where it was. Checked when
 * saved and when restored from a backup; the store holds only attempts that passed.
 */
export const AttemptSchema = v.object({
	id: v.string(),
	set: AssignmentSetSchema,
	setHash: v.string(),
	/** 1 for the first go; the set says how many are allowed. */
	number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
	student: v.pipe(v.string(), v.maxLength(80)),
	/** Question ids in the order this student sees them (drawn and shuffled once, at the start, if the set says so). */
	order: v.array(Id),
	/** What drew and shuffled the questions and their choices (arrangement.ts); absent in attempts from before. */
	seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SEED_MAX))),
	/** Extra time or no limit, from the variant link the student opened. */
	accommodation: v.optional(AccommodationSchema),
	answers: AnswersSchema,
	/** Index into `order` of the question on screen. */
	current: v.pipe(v.number(), v.integer(), v.minValue(0)),
	startedAt: Time,
	submittedAt: v.optional(Time),
	/** Times the student left the page while answering (for the teacher's information, never the grade). */
	leftPage: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	/** Wrong answers were added to the student's Missed list (done once, after submitting). */
	missedLogged: v.optional(v.boolean()),
	updatedAt: Time
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;
export type SavedAnswer = Attempt['answers'][number];

export function attemptId(setId: string, setHash: string, number: number): string {
	return `${setId}:${setHash}:${number}`;
}

function fromRecord({ setId: _setId, ...attempt }: AttemptRecord): Attempt {
	return attempt;
}

/** Every attempt at this version of a set, first go first. */
export async function attemptsFor(db: BylineDatabase, setId: string, setHash: string): Promise<Attempt[]> {
	const records = await db.getAllFromIndex('attempts', 'by-set', setId);
	return records
		.map(fromRecord)
		.filter((attempt) => attempt.setHash === setHash)
		.sort((a, b) => a.number - b.number);
}

/** All assignments this student has opened, most recently touched first. */
export async function listAttempts(db: BylineDatabase): Promise<Attempt[]> {
	const records = await db.getAll('attempts');
	return records.map(fromRecord).sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * One put per change, of this attempt only: another tab working on another attempt is never overwritten. The
 * caller moves on only after this resolves, so an answer the student saw accepted is on disk.
 */
export async function saveAttempt(db: BylineDatabase, attempt: Attempt): Promise<Attempt> {
	const checked = v.parse(AttemptSchema, attempt);
	const record: AttemptRecord = { ...checked, setId: checked.set.id };
	await writeTransaction(db, ['attempts'], async (tx) => {
		await tx.objectStore('attempts').put(record);
	});
	return checked;
}
