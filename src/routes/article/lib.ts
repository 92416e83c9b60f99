import type { Fact, Span } from '$lib/generator/bank';
import { activeQuestions, getDeck, listDecks } from '$lib/db/decks';
import { reviewsForCard } from '$lib/db/reviews';
import type { BylineDatabase, DeckRecord, QuestionRecord, ReviewEntry } from '$lib/db/schema';
import { factIdsOf } from '$lib/domain/question';
import type { FactKind } from '$lib/domain/vocabulary';

/** A fact's place in the article text. */
export interface Mark {
	factId: string;
	kind: FactKind;
	start: number;
	end: number;
}

/**
 * The words a fact is about: the quotation or the figure or date as written, found inside its evidence
 * sentence; the whole sentence when the words are not there verbatim (an edited quote, a normalized figure).
 */
export function factSpan(text: string, fact: Fact): Span {
	const { start, end } = fact.evidence;
	const needle = (fact.kind === 'quote' ? fact.quote : fact.text).trim();
	if (needle) {
		const sentence = text.slice(start, end);
		let at = sentence.indexOf(needle);
		if (at < 0) at = sentence.toLowerCase().indexOf(needle.toLowerCase());
		if (at >= 0) return { start: start + at, end: start + at + needle.length };
	}
	return { start, end };
}

export function factMarks(text: string, facts: readonly Fact[]): Mark[] {
	return facts
		.map((fact) => ({ factId: fact.id, kind: fact.kind, ...factSpan(text, fact) }))
		.filter((mark) => mark.start < mark.end && mark.end <= text.length);
}

/** A run of text covered by the same facts (none for plain text). */
export interface Segment {
	start: number;
	text: string;
	/** Covering facts, innermost (shortest) first. */
	marks: Mark[];
}

export interface Paragraph {
	start: number;
	segments: Segment[];
}

/** Paragraphs are separated by blank lines; their offsets stay those of the article text. */
export function paragraphRanges(text: string): Span[] {
	const ranges: Span[] = [];
	const breaks = /\n[ \t\r]*\n\s*/g;
	let from = 0;
	const push = (start: number, end: number) => {
		const chunk = text.slice(start, end);
		const lead = chunk.length - chunk.trimStart().length;
		const trail = chunk.length - chunk.trimEnd().length;
		if (start + lead < end - trail) ranges.push({ start: start + lead, end: end - trail });
	};
	for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
		push(from, match.index);
		from = match.index + match[0].length;
	}
	push(from, text.length);
	return ranges;
}

/**
 * The article cut into paragraphs and, within each, into segments at every mark boundary, so overlapping facts
 * (a figure inside a quotation) need no nesting: each segment lists every fact that covers it.
 */
export function articleParagraphs(text: string, marks: readonly Mark[]): Paragraph[] {
	return paragraphRanges(text).map(({ start, end }) => {
		const inside = marks.filter((mark) => mark.start < end && mark.end > start);
		const cuts = new Set([start, end]);
		for (const mark of inside) {
			cuts.add(Math.max(start, mark.start));
			cuts.add(Math.min(end, mark.end));
		}
		const points = [...cuts].sort((a, b) => a - b);
		const segments: Segment[] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const from = points[i] as number;
			const to = points[i + 1] as number;
			const covering = inside
				.filter((mark) => mark.start <= from && mark.end >= to)
				.sort((a, b) => a.end - a.start - (b.end - b.start));
			const last = segments.at(-1);
			if (last && sameMarks(last.marks, covering)) last.text += text.slice(from, to);
			else segments.push({ start: from, text: text.slice(from, to), marks: covering });
		}
		return { start, segments };
	});
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
	return a.length === b.length && a.every((mark, i) => mark.factId === b[i]?.factId);
}

/** Questions about a fact, including matching questions with a pair drawn from it. */
export function questionsForFact(questions: readonly QuestionRecord[], factId: string): QuestionRecord[] {
	return questions.filter((q) => factIdsOf(q).includes(factId));
}

/** The right answer as a student would write it down. */
export function answerText(question: QuestionRecord): string {
	if (question.type === 'matching')
		return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
	return question.answer;
}

const RATING_WORDS = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const;

export interface HistoryLine {
	at: number;
	correct: boolean;
	/** What they gave, in words: “you gave …”, how they rated a flashcard, or that they gave no answer. */
	text: string;
	practice: boolean;
}

/** A card's answers, newest first; a flashcard's are its ratings, since nothing is typed on one. */
export function historyLines(entries: readonly ReviewEntry[], flashcard = false): HistoryLine[] {
	return [...entries]
		.sort((a, b) => b.at - a.at)
		.map((entry) => ({
			at: entry.at,
			correct: entry.correct,
			text: flashcard
				? `you rated it ${RATING_WORDS[entry.rating]}`
				: entry.given
					? `you gave “${entry.given}”`
					: 'no answer',
			practice: entry.mode === 'practice'
		}));
}

/** What the article page's load gives it. */
export const ARTICLE_DATA = 'byline:article';

export type ArticleView =
	| { status: 'choose'; decks: DeckRecord[] }
	| { status: 'missing'; deckId: string }
	| {
			status: 'ready';
			deck: DeckRecord;
			questions: QuestionRecord[];
			/** A question's answers, read when the student opens its fact: most facts are never opened. */
			history: (question: QuestionRecord) => Promise<HistoryLine[]>;
	  };

/** The deck `?deck=` names with its questions, or the list of decks to choose from when it names none. */
export async function articleView(db: BylineDatabase, deckId: string | null): Promise<ArticleView> {
	if (!deckId) return { status: 'choose', decks: (await listDecks(db)).filter((deck) => !deck.hidden) };
	const deck = await getDeck(db, deckId);
	if (!deck) return { status: 'missing', deckId };
	return {
		status: 'ready',
		deck,
		questions: await activeQuestions(db, deckId),
		history: async (question) =>
			historyLines(await reviewsForCard(db, question.key), question.type === 'flashcard')
	};
}

/**
 * The article's source as a note under its title: "Source: The New York Times, translated by machine". Banks name
 * a translated source "The New York Times (machine translation)", which, shown bare in brackets, reads as an error.
 */
export function sourceNote(source: string): string {
	const translated = /\s*\(machine[- ]translat(?:ion|ed)\)\s*$/iu;
	const name = source.replace(translated, '').trim();
	return translated.test(source) ? `Source: ${name}, translated by machine` : `Source: ${name}`;
}
