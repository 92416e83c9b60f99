import type { Fact, Question } from './bank';
import { foldText } from '../quiz/text';

/**
 * Questions of one deck that give another's answer away. A student studies the whole deck: a what-said card
 * showing “… we will spend $4 million on the dam …” turns the card asking "The council will spend _____ on the
 * dam" into memory of one card, not of the article; a true-or-false statement spelling out a choice's key does
 * the same. The quiz keeps such cards apart in a session (quiz/siblings.ts, which reads any mention of a name or
 * an amount as a hint, for ordering); a deck can only keep or drop a question, so here a question gives another
 * away only when what it shows holds the other's answer in the other's own words:
 * - a blank (cloze, figure, date, a flashcard with a gap): the key with the words either side of the blank
 *   ("spend $4 million on"), so the same figure in another sentence tells nothing;
 * - a speaker (who said it, a "Who said …?" card, a statement that someone said something): the speaker's
 *   surname with a run of QUOTE_RUN words of the quote;
 * - a quote (which of these did they say): its words with the speaker's surname;
 * - a figure or date's true-or-false: the true value with its neighbours in the sentence, which shows the
 *   statement right or wrong.
 * What a question shows is its prompt, a matching question's quotes, and the choices of a what-said (quotes,
 * each saying something; a list of names or figures is only candidates). Two questions of one fact are left
 * alone: a fact is asked once by recognition and once by recall on purpose, and a quiz never shows both. So are
 * two questions of one sentence: they are siblings, which study never shows one after the other (the rest wait to
 * the next day) and a quiz takes one of, so the deck keeps a sentence's every figure; dropping them here cost a
 * quarter to a third of every deck's questions.
 */
export interface Giveaway<Q> {
	/** The question whose prompt (or shown quotes) holds the other's answer. */
	shows: Q;
	/** The question given away. */
	asks: Q;
}

/** Words of a quote shown together that identify it. */
const QUOTE_RUN = 5;
const BLANK = /_{3,}/;

/** A blank as a word of its own, so a neighbour hidden by another question's blank still reads as a neighbour. */
const GAP = 'xgapx';
const spaced = (s: string) => ` ${foldText(s.replace(/_{3,}/g, ` ${GAP} `))} `;
const quotedWords = (s: string) =>
	[...s.matchAll(/[“"]([^”"]+)[”"]?/g)].map((m) => foldText(m[1]!.replace(/…/g, ' '))).filter(Boolean);
const surname = (name: string) => foldText(name.replace(/,.*$/, '')).split(' ').at(-1) ?? '';

/** Every run of QUOTE_RUN words of the quote (all of it when shorter), as the quote has them. */
function runs(quote: string): string[] {
	const words = quote.split(' ').filter(Boolean);
	if (words.length <= QUOTE_RUN) return words.length > 0 ? [` ${words.join(' ')} `] : [];
	return words
		.slice(0, words.length - QUOTE_RUN + 1)
		.map((_, i) => ` ${words.slice(i, i + QUOTE_RUN).join(' ')} `);
}

/**
 * The key between the last word before the blank and the first after it, each where the sentence has one; a
 * neighbour may be another question's blank ("a two-train, _____ metric-ton" shows "10 million" beside it). "a(n)"
 * stands for the key's own article, so it is no neighbour.
 */
function blankNeedles(prompt: string, answer: string): string[] {
	const [before = '', after = ''] = prompt.split(BLANK);
	const key = foldText(answer);
	if (!key) return [];
	const left = /\ba\(n\)\s*$/.test(before) ? '' : (foldText(before).split(' ').at(-1) ?? '');
	const right = foldText(after).split(' ')[0] ?? '';
	const around = (l: string, r: string) => ` ${[l, key, r].filter(Boolean).join(' ')} `;
	return [...new Set([around(left, right), around(left && GAP, right), around(left, right && GAP)])];
}

/** What would give the question away: every string of one of `all` in the shown text (in what it attributes when `named`). */
interface Needles {
	named: boolean;
	all: string[][];
	/** A string every one of `all` holds (the key, or the speaker's name): a text without it is passed over at once. */
	gate: string;
}

function needles(q: Question, fact: Fact | undefined, text: string): Needles {
	const none = { named: false, all: [], gate: '' };
	if (q.type === 'matching') return none;
	if (BLANK.test(q.prompt) && q.type !== 'true-false') {
		return { named: false, all: blankNeedles(q.prompt, q.answer).map((n) => [n]), gate: foldText(q.answer) };
	}
	if (fact?.kind === 'quote') {
		const name = ` ${surname(fact.speaker.name)} `;
		if (name.trim() === '') return none;
		const quote = q.type === 'what-said' ? quotedWords(q.answer)[0] : foldText(fact.quote);
		return { named: true, all: runs(quote ?? '').map((run) => [name, run]), gate: name };
	}
	if (q.type === 'true-false' && fact) {
		const sentence = text.slice(fact.evidence.start, fact.evidence.end);
		const at = sentence.indexOf(fact.text);
		if (at < 0) return none;
		const around = blankNeedles(
			sentence.slice(0, at) + '_____' + sentence.slice(at + fact.text.length),
			fact.text
		);
		return { named: false, all: around.map((n) => [n]), gate: foldText(fact.text) };
	}
	return none;
}

/**
 * What a student sees of the question before answering it: `told` is what the prompt attributes (a what-said's
 * choices are candidates, none of them said to be the speaker's), `read` adds the quotes shown as choices, whose
 * words hold whatever figure or term they quote.
 */
function shown(q: Question): { told: string; read: string } {
	const parts = [q.prompt];
	if (q.type === 'matching') parts.push(...q.pairs.map((p) => p.left));
	const told = spaced(parts.join(' \n '));
	return { told, read: q.type === 'what-said' ? spaced([...parts, ...q.choices].join(' \n ')) : told };
}

const factsOf = (q: Question) =>
	q.type === 'matching' ? [q.factId, ...q.pairs.map((p) => p.factId)] : [q.factId];

const sameSentence = (a: Question, b: Question) =>
	a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end;

interface Read {
	q: Question;
	facts: string[];
	shown: { told: string; read: string };
	needles: Needles;
}

/**
 * What a question shows and what would give it away, read once per question: the deck is weighed again each time
 * the cap refills it, and reading every question anew each time took about a third of a 100 KB text's generation.
 * A question's text, fact and article do not change once it is made.
 */
const readCache = new WeakMap<Question, Read>();

function readOf(q: Question, fact: () => Fact | undefined, text: string): Read {
	let read = readCache.get(q);
	if (!read) {
		read = { q, facts: factsOf(q), shown: shown(q), needles: needles(q, fact(), text) };
		readCache.set(q, read);
	}
	return read;
}

export function giveaways<Q extends Question>(
	questions: readonly Q[],
	text: string,
	facts: readonly Fact[]
): Giveaway<Q>[] {
	const byId = new Map(facts.map((f) => [f.id, f]));
	const read = questions.map((q) => readOf(q, () => byId.get(q.factId), text));
	const found: Giveaway<Q>[] = [];
	for (const asks of read) {
		const { named, all, gate } = asks.needles;
		if (all.length === 0) continue;
		for (const shows of read) {
			const seen = named ? shows.shown.told : shows.shown.read;
			if (
				seen.includes(gate) &&
				shows !== asks &&
				!shows.facts.some((f) => asks.facts.includes(f)) &&
				!sameSentence(shows.q, asks.q) &&
				all.some((test) => test.every((n) => seen.includes(n)))
			)
				found.push({ shows: shows.q as Q, asks: asks.q as Q });
		}
	}
	return found;
}

/** Kinds in the order a deck keeps them when one of two must go: asking from choices first, a statement last. */
const KEEP_ORDER: readonly Question['type'][][] = [
	['who-said', 'what-said'],
	['figure-choice', 'date-choice', 'cloze'],
	['matching'],
	['figure-typed', 'date-typed'],
	['flashcard'],
	['true-false']
];
const keepRank = (q: Question) => KEEP_ORDER.findIndex((kinds) => kinds.includes(q.type));

/**
 * The deck without giveaways: while two questions give one another's answer away, the one of the weaker kind goes
 * (of two alike, the one in more such pairs, then the later), so a pair costs one question and the deck keeps
 * its best way of asking.
 */
export function withoutGiveaways<Q extends Question>(
	questions: readonly Q[],
	text: string,
	facts: readonly Fact[]
): Q[] {
	let pairs = giveaways(questions, text, facts);
	const dropped = new Set<Q>();
	const at = new Map(questions.map((q, i) => [q, i]));
	while (pairs.length > 0) {
		const count = new Map<Q, number>();
		for (const p of pairs) for (const q of [p.shows, p.asks]) count.set(q, (count.get(q) ?? 0) + 1);
		const worse = (a: Q, b: Q) =>
			keepRank(a) - keepRank(b) || count.get(a)! - count.get(b)! || at.get(a)! - at.get(b)!;
		const losers = pairs.map((p) => (worse(p.shows, p.asks) > 0 ? p.shows : p.asks));
		const loser = losers.reduce((a, b) => (worse(a, b) >= 0 ? a : b));
		dropped.add(loser);
		pairs = pairs.filter((p) => p.shows !== loser && p.asks !== loser);
	}
	return questions.filter((q) => !dropped.has(q));
}
