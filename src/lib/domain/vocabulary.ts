/**
 * The words the app uses for its domain, in one place: the kinds of fact an article gives, the types of question
 * asked about them, and how a fact is summed up in a line. Pages and components show these; none defines its own.
 */
import type { Fact, QuestionType } from '../generator/bank';
import { readableDate } from '../generator/readable-date';

export type FactKind = Fact['kind'];

/** In the order the app lists them everywhere: who said what, then figures, then dates. */
export const FACT_KINDS = ['quote', 'figure', 'date'] as const satisfies readonly FactKind[];

/** One fact's kind, as a tag beside it. */
export const FACT_KIND_LABELS: Record<FactKind, string> = { quote: 'Quote', figure: 'Figure', date: 'Date' };

/** Facts or questions of one kind taken together, as a heading or a filter. */
export const FACT_KIND_GROUPS: Record<FactKind, string> = {
	quote: 'Who said what',
	figure: 'Figures',
	date: 'Dates'
};

/** A question's type as the student sees it above the question. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	'who-said': 'Who said it?',
	'what-said': 'What was said?',
	cloze: 'Complete the quote',
	'true-false': 'True or false',
	'figure-choice': 'Figures',
	'figure-typed': 'Figures',
	'date-choice': 'Dates',
	'date-typed': 'Dates',
	matching: 'Match them up',
	flashcard: 'Flashcard'
};

/** A question's type as a teacher picks it: whether it is answered by choosing or by typing shows. */
export const QUESTION_TYPE_NAMES: Record<QuestionType, string> = {
	'who-said': 'Who said it (choice)',
	'what-said': 'What was said (choice)',
	cloze: 'Complete the quote',
	'true-false': 'True or false',
	'figure-choice': 'Figure (choice)',
	'figure-typed': 'Figure (typed)',
	'date-choice': 'Date (choice)',
	'date-typed': 'Date (typed)',
	matching: 'Matching',
	flashcard: 'Flashcard'
};

/** A fact in two parts, for a list where the fact leads and where it came from follows. */
export interface FactSummary {
	main: string;
	detail: string;
}

export function factSummary(fact: Fact): FactSummary {
	if (fact.kind === 'quote') {
		const who = fact.speaker.name
			? `${fact.speaker.name}${fact.speaker.role ? `, ${fact.speaker.role}` : ''}`
			: 'Speaker unknown';
		return { main: `“${fact.quote.replace(/^[“"]|[”"]$/g, '')}”`, detail: who };
	}
	if (fact.kind === 'figure') return { main: fact.text, detail: fact.about };
	return { main: fact.text, detail: fact.value ? `${fact.about} (${readableDate(fact.value)})` : fact.about };
}

/** A fact as one sentence, for reading beside the article. */
export function factSentence(fact: Fact): string {
	if (fact.kind === 'quote') {
		const who = fact.speaker.name || 'An unnamed source';
		return `${who}${fact.speaker.role ? `, ${fact.speaker.role},` : ''} said: “${fact.quote}”`;
	}
	return `${fact.text}: ${fact.about}`;
}

/** A report's note is for the person who fixes the question; a short one is all it needs. */
export const MAX_NOTE_LENGTH = 500;
