import * as v from 'valibot';
import { FIGURE_UNITS } from './units';
import { escapeRegExp } from './regexp';

/**
 * The bank format is a contract with the CLI, the app and shared files: add fields, never rename them.
 * Offsets (`start`/`end`) index into `article.text`, in UTF-16 code units, end exclusive.
 */
export const BANK_SCHEMA_VERSION = 1;

const Span = v.strictObject({
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export type Span = v.InferOutput<typeof Span>;

const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(64));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const QuoteFact = v.object({
	id: Id,
	kind: v.literal('quote'),
	quote: Text(4000),
	/** `name` is '' when nobody can be named; `id` points into the bank's `people`. */
	speaker: v.object({ name: Text(200), role: v.optional(Text(400), ''), id: v.optional(Id) }),
	confidence: v.picklist(['high', 'low']),
	evidence: Span
});

const FigureFact = v.object({
	id: Id,
	kind: v.literal('figure'),
	text: Text(400),
	/** The amount; for a range ("US$20-25"), its lower end, with the upper one in `max`. */
	value: v.number(),
	max: v.optional(v.number()),
	/** A closed set (units.ts), so every unit is one the grader, the formatter and the distractors know. */
	unit: v.picklist(FIGURE_UNITS),
	about: Text(1000),
	evidence: Span
});

const DateFact = v.object({
	id: Id,
	kind: v.literal('date'),
	text: Text(400),
	value: v.optional(Text(40)),
	about: Text(1000),
	evidence: Span
});

export const FactSchema = v.variant('kind', [QuoteFact, FigureFact, DateFact]);
export type Fact = v.InferOutput<typeof FactSchema>;
export type QuoteFact = v.InferOutput<typeof QuoteFact>;
export type FigureFact = v.InferOutput<typeof FigureFact>;
export type DateFact = v.InferOutput<typeof DateFact>;

export const QUESTION_TYPES = [
	'who-said',
	'what-said',
	'cloze',
	'true-false',
	'figure-choice',
	'figure-typed',
	'date-choice',
	'date-typed',
	'matching',
	'flashcard'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a typed answer is compared with: a number (with its unit) or a date, besides the literal answer text. */
const Accept = v.variant('kind', [
	v.object({ kind: v.literal('number'), value: v.number(), unit: v.picklist(FIGURE_UNITS) }),
	v.object({ kind: v.literal('date'), value: Text(40) })
]);
export type Accept = v.InferOutput<typeof Accept>;

/** A person, organisation, document or group the article names; the source of speaker distractors. */
const Person = v.object({
	id: Id,
	kind: v.picklist(['person', 'organisation', 'document', 'group']),
	name: Text(200),
	role: v.optional(Text(400), ''),
	/** False for unnamed sources ("a spokeswoman"), documents and groups. */
	named: v.boolean(),
	mentions: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export type Person = v.InferOutput<typeof Person>;

const Pair = v.object({ factId: Id, left: Text(4000), right: Text(400), evidence: Span });

const Choices = v.pipe(v.array(Text(4000)), v.maxLength(8));
/** Other wordings accepted as right for a typed answer, besides `answer` and `accept`. */
const Alternatives = v.pipe(v.array(Text(400)), v.maxLength(8));

const Difficulty = v.optional(v.picklist([1, 2, 3]));
const Prompt = Text(4000);
const Answer = Text(4000);
const Explanation = Text(4000);

/**
 * Each type with the fields it needs, so a question's shape is known from its `type`: a choice question has
 * `choices`, a typed one `accept`, a matching one `pairs`; a cloze is answered from choices or typed. Keys keep
 * the order the bank format has always written them in (the committed banks are compared byte for byte).
 * `difficulty` is 1 recognise (true/false, flashcard), 2 choose, 3 recall (typed). `extra` adds what a question
 * carries elsewhere: an assignment's evidence text, a stored record's key.
 */
export function questionEntries<const Extra extends v.ObjectEntries>(extra: Extra) {
	const choices = {
		id: Id,
		factId: Id,
		type: v.picklist(['who-said', 'what-said', 'true-false', 'figure-choice', 'date-choice']),
		prompt: Prompt,
		choices: Choices,
		answer: Answer,
		difficulty: Difficulty,
		explanation: Explanation,
		evidence: Span,
		...extra
	};
	const cloze = {
		id: Id,
		factId: Id,
		type: v.literal('cloze'),
		prompt: Prompt,
		choices: v.optional(Choices),
		answer: Answer,
		alternatives: v.optional(Alternatives),
		difficulty: Difficulty,
		explanation: Explanation,
		evidence: Span,
		...extra
	};
	const typed = {
		id: Id,
		factId: Id,
		type: v.picklist(['figure-typed', 'date-typed']),
		prompt: Prompt,
		answer: Answer,
		accept: Accept,
		alternatives: v.optional(Alternatives),
		difficulty: Difficulty,
		explanation: Explanation,
		evidence: Span,
		...extra
	};
	const matching = {
		id: Id,
		factId: Id,
		type: v.literal('matching'),
		prompt: Prompt,
		answer: Answer,
		difficulty: Difficulty,
		pairs: v.pipe(v.array(Pair), v.maxLength(8)),
		explanation: Explanation,
		evidence: Span,
		...extra
	};
	const flashcard = {
		id: Id,
		factId: Id,
		type: v.literal('flashcard'),
		prompt: Prompt,
		answer: Answer,
		difficulty: Difficulty,
		explanation: Explanation,
		evidence: Span,
		...extra
	};
	return [choices, cloze, typed, matching, flashcard] as const;
}

const [choice, cloze, typed, matching, flashcard] = questionEntries({});
export const QuestionSchema = v.variant('type', [
	v.object(choice),
	v.object(cloze),
	v.object(typed),
	v.object(matching),
	v.object(flashcard)
]);
export type Question = v.InferOutput<typeof QuestionSchema>;
export type ChoiceQuestion = Extract<Question, { choices: string[] }>;
export type ClozeQuestion = Extract<Question, { type: 'cloze' }>;
export type TypedQuestion = Extract<Question, { accept: Accept }>;
export type MatchingQuestion = Extract<Question, { type: 'matching' }>;
export type FlashcardQuestion = Extract<Question, { type: 'flashcard' }>;
/** A question of one type, with that type's fields: `QuestionOf<'who-said'>` has `choices`. */
export type QuestionOf<T extends QuestionType> = Question & { type: T };

export const BankSchema = v.object({
	schema: v.literal(BANK_SCHEMA_VERSION),
	id: Id,
	title: Text(400),
	article: v.object({
		title: Text(400),
		date: v.optional(Text(40)),
		source: v.optional(Text(400)),
		/** Credited reporters: never speakers, never distractors. */
		authors: v.optional(v.array(Text(200))),
		text: Text(5_000_000)
	}),
	/** The seed the questions were shuffled with: the same article and seed give the same bank. */
	seed: v.optional(v.pipe(v.number(), v.integer())),
	people: v.optional(v.array(Person)),
	facts: v.array(FactSchema),
	questions: v.array(QuestionSchema)
});
export type Bank = v.InferOutput<typeof BankSchema>;

export class BankError extends Error {
	constructor(readonly problems: string[]) {
		super(`Not a valid Byline bank: ${problems.slice(0, 3).join('; ')}`);
		this.name = 'BankError';
	}
}

/** Rules the schema cannot express; each returns what is wrong, in words a person can act on. */
function consistencyProblems(bank: Bank): string[] {
	const problems: string[] = [];
	const length = bank.article.text.length;
	const inText = (span: Span) => span.start <= span.end && span.end <= length;
	const factIds = new Set<string>();
	for (const fact of bank.facts) {
		if (factIds.has(fact.id)) problems.push(`fact ${fact.id} appears twice`);
		factIds.add(fact.id);
		if (!inText(fact.evidence)) problems.push(`fact ${fact.id} points outside the article`);
	}
	const questionIds = new Set<string>();
	for (const q of bank.questions) {
		if (questionIds.has(q.id)) problems.push(`question ${q.id} appears twice`);
		questionIds.add(q.id);
		if (!factIds.has(q.factId)) problems.push(`question ${q.id} names an unknown fact`);
		if (!inText(q.evidence)) problems.push(`question ${q.id} points outside the article`);
		const choices = 'choices' in q ? q.choices : undefined;
		if (choices) {
			if (!choices.includes(q.answer)) problems.push(`question ${q.id}: the answer is not a choice`);
			if (new Set(choices.map(normalize)).size !== choices.length)
				problems.push(`question ${q.id} has two equal choices`);
		}
		problems.push(...shapeProblems(q, factIds, inText));
	}
	return problems;
}

const CHOICE_TYPES: QuestionType[] = ['who-said', 'what-said', 'true-false', 'figure-choice', 'date-choice'];
const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether `answer` appears in `prompt` as whole words, ignoring case: the prompt would give it away. */
export function givesAway(prompt: string, answer: string): boolean {
	const a = normalize(answer).replace(/[.,;:!?…]+$/, '');
	if (!a) return false;
	const p = normalize(prompt);
	if (!p.includes(a)) return false;
	const escaped = escapeRegExp(a);
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(p);
}

function shapeProblems(q: Question, factIds: Set<string>, inText: (span: Span) => boolean): string[] {
	const problems: string[] = [];
	if (CHOICE_TYPES.includes(q.type) && 'choices' in q && (q.choices?.length ?? 0) < 2)
		problems.push(`question ${q.id}: a ${q.type} question needs at least two choices`);
	if (q.type === 'true-false' && (q.choices.join() !== 'True,False' || !['True', 'False'].includes(q.answer)))
		problems.push(`question ${q.id}: true-false choices must be ["True","False"]`);
	if (q.type === 'matching') {
		const pairs = q.pairs;
		if (pairs.length < 2) problems.push(`question ${q.id}: matching needs at least two pairs`);
		if (new Set(pairs.map((p) => normalize(p.right))).size !== pairs.length)
			problems.push(`question ${q.id}: matching has two equal answers`);
		if (new Set(pairs.map((p) => normalize(p.left))).size !== pairs.length)
			problems.push(`question ${q.id}: matching has two equal prompts`);
		for (const p of pairs) {
			if (!factIds.has(p.factId)) problems.push(`question ${q.id}: a pair names an unknown fact`);
			if (!inText(p.evidence)) problems.push(`question ${q.id}: a pair points outside the article`);
		}
	} else if (q.type !== 'true-false' && q.type !== 'flashcard' && givesAway(q.prompt, q.answer)) {
		problems.push(`question ${q.id}: the prompt gives the answer away`);
	}
	return problems;
}

export function parseBank(input: unknown): Bank {
	const result = v.safeParse(BankSchema, input);
	if (!result.success) {
		throw new BankError(
			result.issues.map((issue) => {
				const path = v.getDotPath(issue);
				return path ? `${path}: ${issue.message}` : issue.message;
			})
		);
	}
	const problems = consistencyProblems(result.output);
	if (problems.length > 0) throw new BankError(problems);
	return result.output;
}
