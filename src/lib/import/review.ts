import { BankError, parseBank, type Bank, type Fact, type Question } from '$lib/generator/bank';
import { parseFigure } from '$lib/generator/numbers';
import { deckSlug } from '$lib/domain/format';
import { choicesOf } from '$lib/domain/question';
import { FACT_KINDS, FACT_KIND_GROUPS, type FactKind } from '$lib/domain/vocabulary';
import { saveBank, type SaveOutcome } from '$lib/db/decks';
import type { BylineDatabase, DeckRecord, QuestionRecord } from '$lib/db/schema';
import { findDate } from '$lib/import/input';
import type { Omitted } from '$lib/import/protocol';

/** Imported decks live apart from the bundled ones, so a bundled deck's next release never overwrites them. */
const PREFIX = 'import-';

/**
 * The deck an article is saved to, from its title: importing a corrected version under the same title updates
 * the same deck, and questions keep their ids (and so their progress) wherever their fact did not change.
 */
export function deckIdFor(title: string): string {
	return `${PREFIX}${deckSlug(title)}`;
}

/** The article as the generator reads it: the headline on line 1, then the body. */
export function articleText(title: string, body: string): string {
	return `${title.replace(/\s+/g, ' ').trim()}\n\n${body.trim()}`;
}

export interface ReviewItem {
	question: Question;
	accepted: boolean;
	/** The generator was unsure of the fact behind it (a quote whose speaker it could not pin down). */
	unsure: boolean;
	edited: boolean;
}

export interface FactGroup {
	kind: FactKind;
	label: string;
	facts: { fact: Fact; unsure: boolean; items: ReviewItem[] }[];
}

export function isUnsure(fact: Fact | undefined): boolean {
	return fact?.kind === 'quote' && (fact.confidence === 'low' || fact.speaker.name === '');
}

/** Every question starts accepted, except those from facts the generator was unsure of. */
export function reviewItems(bank: Bank): ReviewItem[] {
	const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
	return bank.questions.map((question) => {
		const unsure = isUnsure(facts.get(question.factId));
		return { question, accepted: !unsure, unsure, edited: false };
	});
}

/** Facts by kind, in article order, each with its questions; facts that gave no question are left out. */
export function groupItems(bank: Bank, items: readonly ReviewItem[]): FactGroup[] {
	const byFact = new Map<string, ReviewItem[]>();
	for (const item of items) {
		const list = byFact.get(item.question.factId) ?? [];
		list.push(item);
		byFact.set(item.question.factId, list);
	}
	return FACT_KINDS.map((kind) => ({
		kind,
		label: FACT_KIND_GROUPS[kind],
		facts: bank.facts
			.filter((fact) => fact.kind === kind && byFact.has(fact.id))
			.map((fact) => ({ fact, unsure: isUnsure(fact), items: byFact.get(fact.id) ?? [] }))
	})).filter((group) => group.facts.length > 0);
}

/** Why an article cannot become a deck after generation, in words for the person importing it. */
export function emptyBankProblem(bank: Bank): string | undefined {
	if (bank.facts.length === 0)
		return 'Byline found no quotes, figures or dates in this article, so there is nothing to ask about. It works best on news reports that quote people and give numbers and dates.';
	if (bank.questions.length === 0)
		return 'Byline found some facts in this article but could not make a question it trusts from any of them.';
	return undefined;
}

/** "2,966", as the rest of the screen writes numbers. */
const count = (n: number) => n.toLocaleString('en-US');

const OMITTED_WORDS: Record<keyof Omitted, [one: string, many: string]> = {
	quote: ['quote', 'quotes'],
	figure: ['figure', 'figures'],
	date: ['date', 'dates']
};

/**
 * What the deck cap left out of a long text, for the review screen; undefined when nothing was (issue 13: a deck
 * holds what a person can study, and says so rather than dropping facts silently).
 */
export function leftOutNote(questions: number, omitted: Omitted): string | undefined {
	const parts = (Object.keys(OMITTED_WORDS) as (keyof Omitted)[])
		.filter((kind) => omitted[kind] > 0)
		.map((kind) => `${count(omitted[kind])} ${OMITTED_WORDS[kind][omitted[kind] === 1 ? 0 : 1]}`);
	if (parts.length === 0) return undefined;
	const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
	return `This is a long text: Byline kept ${count(questions)} questions spread over all of it and left out ${list}, to keep the deck one you can study.`;
}

export interface QuestionEdit {
	prompt: string;
	answer: string;
	/** The wrong choices, for a multiple-choice question. */
	distractors: string[];
}

export function editOf(question: Question): QuestionEdit {
	return {
		prompt: question.prompt,
		answer: question.answer,
		distractors: (choicesOf(question) ?? []).filter((choice) => choice !== question.answer)
	};
}

/** What can be edited: a matching question's pairs cannot (keep or leave it out), the rest can. */
export function editable(question: Question): boolean {
	return question.type !== 'matching';
}

export function answerLabel(question: Question): string {
	if (question.type === 'who-said') return 'Speaker (the right answer)';
	if (question.type === 'flashcard') return 'Back of the card';
	if (question.type === 'true-false') return 'True or false?';
	return 'Right answer';
}

export function promptLabel(question: Question): string {
	if (question.type === 'flashcard') return 'Front of the card';
	if (question.type === 'true-false') return 'Statement';
	return 'Question';
}

/** A date as the typed-answer checker compares it: YYYY-MM-DD, or a bare year. */
function dateValue(answer: string): string | undefined {
	return findDate(answer) ?? /\b(1[89]\d\d|2\d\d\d)\b/.exec(answer)?.[1];
}

/**
 * A question with an edit applied, and what is wrong with it, checked by the same rules as any bank. The answer
 * keeps its place among the choices; a typed answer gets a new value to grade by; the explanation follows the
 * answer.
 */
export function applyEdit<Q extends Question>(
	bank: Bank,
	question: Q,
	edit: QuestionEdit
): { question: Q; problems: string[] } {
	const answer = edit.answer.trim();
	const prompt = edit.prompt.trim();
	const problems: string[] = [];
	const next: Question = {
		...question,
		prompt,
		answer,
		explanation:
			question.answer && question.type !== 'true-false'
				? question.explanation.split(question.answer).join(answer)
				: question.explanation
	};
	if (!prompt) problems.push('The question is empty.');
	if (!answer) problems.push('The answer is empty.');
	if ('choices' in next && next.choices && question.type !== 'true-false') {
		const distractors = edit.distractors.map((d) => d.trim()).filter((d) => d !== '');
		if (distractors.length === 0) problems.push('Give at least one wrong choice.');
		const at = Math.max(0, next.choices.indexOf(question.answer));
		const choices = [...distractors];
		choices.splice(Math.min(at, choices.length), 0, answer);
		next.choices = choices;
	}
	if (question.type === 'figure-typed') {
		const figure = parseFigure(answer);
		const unit = figure?.unit ?? (question.accept?.kind === 'number' ? question.accept.unit : null);
		if (figure && unit && 'accept' in next) next.accept = { kind: 'number', value: figure.value, unit };
		else
			problems.push('Write the answer as a number Byline can check, such as “470 million” or “2 percent”.');
	}
	if (question.type === 'date-typed') {
		const value =
			answer === question.answer && question.accept?.kind === 'date'
				? question.accept.value
				: dateValue(answer);
		if (value && 'accept' in next) next.accept = { kind: 'date', value };
		else problems.push('Write the answer as a date Byline can check, such as “March 21, 2023” or “2030”.');
	}
	if (problems.length === 0) problems.push(...bankProblems(bank, next));
	return { question: next as Q, problems };
}

/** The bank rules (no two equal choices, no answer given away…) applied to one question, without its id. */
function bankProblems(bank: Bank, question: Question): string[] {
	try {
		parseBank({ ...bank, questions: [question] });
		return [];
	} catch (error) {
		if (!(error instanceof BankError)) throw error;
		return error.problems.map((problem) => {
			const text = problem.replace(/^question [^\s:]+:?\s*/, '');
			return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
		});
	}
}

/** The bank as reviewed: accepted questions only, edits applied; facts stay so every question keeps its evidence. */
export function reviewedBank(bank: Bank, items: readonly ReviewItem[]): Bank {
	return parseBank({
		...bank,
		questions: items.filter((item) => item.accepted).map((item) => item.question)
	});
}

export async function existingDeck(db: BylineDatabase, id: string): Promise<DeckRecord | undefined> {
	return db.get('decks', id);
}

export async function saveImported(db: BylineDatabase, bank: Bank, now: number): Promise<SaveOutcome> {
	return saveBank(db, bank, 'imported', now);
}

/** Questions of a deck that a student reported, newest report first: what the deck's review screen lists. */
export async function reportedQuestions(db: BylineDatabase, deckId: string): Promise<QuestionRecord[]> {
	const all = await db.getAllFromIndex('questions', 'by-deck', deckId);
	return all
		.filter((question) => question.reported && !question.retired)
		.sort((a, b) => (b.reported?.at ?? 0) - (a.reported?.at ?? 0));
}

/** A deck as a bank again, so its questions can be checked by the bank rules when edited. */
export function deckAsBank(deck: DeckRecord, questions: Question[]): Bank {
	return {
		schema: 1,
		id: deck.id,
		title: deck.title,
		article: deck.article,
		facts: deck.facts,
		questions
	};
}

/** Decks that have questions waiting to be fixed, for the links on the import screen. */
export async function decksWithReports(
	db: BylineDatabase
): Promise<{ id: string; title: string; count: number }[]> {
	const questions = await db.getAll('questions');
	const counts = new Map<string, number>();
	for (const question of questions)
		if (question.reported && !question.retired)
			counts.set(question.deckId, (counts.get(question.deckId) ?? 0) + 1);
	const decks = await Promise.all([...counts.keys()].map((id) => db.get('decks', id)));
	return decks
		.filter((deck): deck is DeckRecord => deck !== undefined)
		.map((deck) => ({ id: deck.id, title: deck.title, count: counts.get(deck.id) ?? 0 }))
		.sort((a, b) => a.title.localeCompare(b.title));
}
