import type { Fact, Question } from './bank';
import { foldText } from '../quiz/text';
import { dateCore } from './date-distractors';
import { hedgeOf } from './figure-distractors';
import {
	FRACTIONS,
	NUMBER_WORD_SOURCE,
	ORDINALS,
	parseFigure,
	parseFraction,
	SMALL,
	type ParsedFigure
} from './numbers';
import { singularNoun } from './lexicon';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './readable-date';
import { perText } from './per-text';
import { unitKind } from './units';

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

const SMALL_WORDS = Object.keys(SMALL);
const wordsOf = (test: (n: number) => boolean) => SMALL_WORDS.filter((w) => test(SMALL[w]!)).join('|');
const NUMBER_WORD = new RegExp(
	`\\b(?:(${wordsOf((n) => n >= 20)})(?: (${wordsOf((n) => n >= 1 && n <= 9)}))?|(${wordsOf((n) => n < 20)}))\\b`,
	'g'
);

/**
 * Folded text with a number written one way: an article tells "ninety people" where a key says "90", "two hundred
 * and forty" where another sentence has "240", and "38 per cent" for "38%"; a figure shown in either form shows it.
 */
function canon(s: string): string {
	return foldText(s)
		.replace(NUMBER_WORD, (_, tens?: string, unit?: string, small?: string) =>
			String(small !== undefined ? SMALL[small] : SMALL[tens!]! + (unit ? SMALL[unit]! : 0))
		)
		.replace(/\b([1-9]) hundred(?:(?: and)? ([1-9]\d?)\b)?/g, (_, h: string, rest?: string) =>
			String(Number(h) * 100 + Number(rest ?? 0))
		)
		.replace(/(\d) (?:per cent|percent)\b/g, '$1%');
}
// An ellipsis hides words as a blank does: "with the Ministry …" shows the Ministry beside "with", and nothing after.
const spaced = (s: string) => ` ${canon(s.replace(/_{3,}|…/g, ` ${GAP} `))} `;
const quotedWords = (s: string) =>
	[...s.matchAll(/[“"]([^”"]+)[”"]?/g)].map((m) => canon(m[1]!.replace(/…/g, ' '))).filter(Boolean);
const surname = (name: string) => canon(name.replace(/,.*$/, '')).split(' ').at(-1) ?? '';

/**
 * The part of an answer the article's words hold: a date counted from the article's date is shown with its value
 * in brackets ("Tuesday (May 12, 2026)"), which no sentence writes beside it.
 */
const shownKey = (answer: string) => answer.replace(/\s*\([^()]*\)\s*$/, '') || answer;

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
	const key = canon(shownKey(answer));
	if (!key) return [];
	const left = /\ba\(n\)\s*$/.test(before) ? '' : (canon(before).split(' ').at(-1) ?? '');
	const right = canon(after).split(' ')[0] ?? '';
	const around = (l: string, r: string) => ` ${[l, key, r].filter(Boolean).join(' ')} `;
	return [...new Set([around(left, right), around(left && GAP, right), around(left, right && GAP)])];
}

/**
 * What would give a question away: every string of `words` in the shown text and, when `about` is set, one of its
 * words within ABOUT_SPAN words of the first.
 */
interface Test {
	words: string[];
	about?: ReadonlySet<string>;
}

/** What would give the question away: one of `all` in the shown text (in what it attributes when `named`). */
interface Needles {
	named: boolean;
	all: Test[];
	/** Strings one of which every one of `all` holds (the key, or the speaker's name): a text with none is passed over. */
	gates: string[];
}

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const MONTH =
	/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;
const DAY = /\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b/;
/** Words of a sentence that say nothing of what its value is about. */
const FUNCTION_WORDS = new Set(
	(
		'the a an and or but of in on at to for by from with as into than that this these those its it his her ' +
		'their our we they he she was were is are be been has have had will would said says say also not no ' +
		'about after before over under more less most some any all which who whom whose what when where while ' +
		'there then per up out so if one 1 must can could should may might shall xgapx'
	).split(' ')
);
/** How near a word of the key's sentence must stand to the value shown for the two to tell of one thing. */
const ABOUT_SPAN = 8;
/** More characters than ABOUT_SPAN words of an article's words take. */
const ABOUT_CHARS = ABOUT_SPAN * 40;

/**
 * Words an article uses for one thing, so a figure told again in other words is the same figure: "the death toll
 * rose to 90" and "the blast killed 90 people" tell one count. Each class is one meaning, not one topic ("cost"
 * and "spent" are one amount; "budget" may be another's), and only a figure's telling words are read through it:
 * a year beside "spent" is another thing's year as often as not.
 */
export const MEANING_CLASSES: Readonly<Record<string, readonly string[]>> = {
	deaths: [
		'toll',
		'killed',
		'killing',
		'kills',
		'dead',
		'died',
		'dies',
		'death',
		'deaths',
		'fatalities',
		'fatal'
	],
	displaced: ['displaced', 'refugees', 'homeless', 'uprooted'],
	injuries: ['injured', 'injuries', 'injuring', 'wounded', 'wounding', 'hurt'],
	spending: ['cost', 'costs', 'costing', 'spent', 'spend', 'spending', 'spends', 'paid', 'paying'],
	votes: ['turnout', 'voters', 'voted', 'ballot', 'ballots']
};
/** A class's token, which no word folded by `canon` can be (it has no letters or digits of its own). */
const CLASS_OF = new Map(
	Object.entries(MEANING_CLASSES).flatMap(([name, words]) => words.map((w) => [w, `#${name}`] as const))
);
/** A word and, when it has one, its class's token: what a telling word is matched as. */
const meanings = (w: string) => {
	const c = CLASS_OF.get(w);
	return c ? [w, c] : [w];
};

/** Of the sentences of an article, the share a word may stand in and still tell what one of them is about. */
const TELLING_SHARE = 0.2;

/**
 * Words of an article that few of its sentences hold: "toll" in a disaster report, not "port" and "spent" in an
 * account whose every sentence has them, which would tie any two of its figures together. A meaning class is
 * counted as one word: "killed" ties a figure to "toll" only when few sentences speak of deaths at all.
 */
const tellingOfText = perText((text) => {
	const sentences = text.split(/(?<=[.!?…”"])\s+|\n+/).map((s) => ` ${canon(s)} `);
	const counts = new Map<string, number>();
	for (const s of sentences) {
		const words = new Set(s.split(' '));
		for (const w of words) {
			const c = CLASS_OF.get(w);
			if (c) words.add(c);
		}
		for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
	}
	const most = Math.max(2, sentences.length * TELLING_SHARE);
	const words = new Set([...counts].filter(([w, n]) => n <= most && w.length > 2).map(([w]) => w));
	return { words, sentences, most };
});
const tellingWords = (text: string) => tellingOfText(text).words;

/**
 * The most sentences of an article (the key's own among them) a word key may stand in and still tell its answer
 * wherever it is shown: "mites" told in four sentences of a beekeeper's interview, "the Verrin Water Trust" in two,
 * not "Israel" in ten of a war report or "the United States" in five of a summit's, which every other prompt names
 * beside the other sides a cloze offers.
 */
const RARE_KEY_SENTENCES = 4;

/**
 * A word key (a cloze's name, a quote's key term) shown anywhere, with whatever neighbours, when few of the
 * article's sentences hold it: the student has read it beside the same story. A key most sentences hold ("water"
 * in a water report, the country a war report is about) is in every prompt and tells nothing: only its neighbours
 * do (blankNeedles).
 */
function wordKeyTests(answer: string, text: string): Test[] {
	const key = canon(shownKey(answer)).replace(/^(?:the|a|an) /, '');
	if (key.length <= 2 || /\d/.test(key) || FUNCTION_WORDS.has(key)) return [];
	const needle = ` ${key} `;
	const { sentences, most } = tellingOfText(text);
	const holding = sentences.filter((s) => s.includes(needle)).length;
	return holding <= Math.min(most, RARE_KEY_SENTENCES) ? [{ words: [needle] }] : [];
}

/**
 * A number written out with its scale ("half a million", "two hundred and forty") is as exact as its digits; a
 * plural scale ("thousands", "billions of dollars") is vague, and a fraction or a count without one ("a quarter",
 * "a dozen") is too common a phrase to tell one figure.
 */
const SCALED = /\b(?:hundred|thousand|million|billion|trillion)\b/;

/** A range's ends ("2000–2050", "between 2019 and 2021"), else the value itself. */
const endsOf = (core: string) => core.split(/\s*(?:[–—-]|\bto\b|\band\b|\buntil\b|\bthrough\b)\s*/i);

/**
 * The key's sentence without its names, folded: a name (the town, the company) stands in most of an article's
 * sentences, so it tells of no one thing; a word of a meaning class is no name, even capitalised to open its
 * sentence ("Turnout was 61%"). Read once per sentence of the text last read: a sentence's figures and dates are
 * each asked several ways, and each way is weighed once per deck it is made for.
 */
function sentenceOf(fact: Fact, text: string): string {
	const byEvidence = sentencesRead(text);
	const at = `${fact.evidence.start}:${fact.evidence.end}`;
	let sentence = byEvidence.get(at);
	if (sentence === undefined) {
		sentence = canon(
			text
				.slice(fact.evidence.start, fact.evidence.end)
				.split(/\s+/)
				.filter((w) => !/^\P{L}*\p{Lu}/u.test(w) || CLASS_OF.has(canon(w)))
				.join(' ')
		);
		byEvidence.set(at, sentence);
	}
	return sentence;
}
const sentencesRead = perText(() => new Map<string, string>());

/**
 * A figure or date key shown in another sentence in its own words, wherever they stand. A weekday or a day of a
 * month names one day of the article's few, so any sentence showing it names the key. A year, a month or a
 * figure of 10 or more (in digits, or in words with its scale: SCALED) may be the same value of another thing
 * ("the 1998 floods" beside "opened in 1998"), so it gives the key away only beside a word of the key's own
 * sentence, or for a figure a word of the same meaning (MEANING_CLASSES: "killed 90 people" for "the toll rose to
 * _____"). A small number ("two", "a quarter") is too common to tell anything alone: only its
 * neighbours do (blankNeedles).
 */
function valueTests(answer: string, fact: Fact, text: string): Test[] {
	if (fact.kind === 'quote') return [];
	const key = shownKey(answer);
	const sentence = sentenceOf(fact, text);
	const telling = tellingWords(text);
	const ownWords = (value: string, classes = false) =>
		new Set(
			sentence
				.split(' ')
				.filter((w) => !FUNCTION_WORDS.has(w) && !value.split(' ').includes(w))
				.flatMap((w) => (classes ? meanings(w) : [w]))
				.filter((w) => telling.has(w))
		);
	if (fact.kind === 'date') {
		return endsOf(dateCore(key)).flatMap((end): Test[] => {
			const value = canon(dateCore(end));
			if (!value) return [];
			if (WEEKDAY.test(value) || (MONTH.test(value) && DAY.test(value))) return [{ words: [` ${value} `] }];
			if (MONTH.test(value) || YEAR.test(value)) return [{ words: [` ${value} `], about: ownWords(value) }];
			return [];
		});
	}
	const core = hedgeOf(key).core;
	const value = canon(core);
	if (/\d/.test(value) ? (parseFigure(core)?.value ?? 0) < 10 : !SCALED.test(value)) return [];
	return [{ words: [` ${value} `], about: ownWords(value, true) }];
}

function holds(seen: string, test: Test): boolean {
	if (!test.words.every((n) => seen.includes(n))) return false;
	const { about } = test;
	if (!about) return true;
	const first = test.words[0]!;
	for (let at = seen.indexOf(first); at >= 0; at = seen.indexOf(first, at + 1)) {
		// Only the few words either side are read: a long prompt is not split whole at each occurrence.
		const before = seen
			.slice(Math.max(0, at - ABOUT_CHARS), at)
			.split(' ')
			.slice(-ABOUT_SPAN);
		const after = seen
			.slice(at + first.length, at + first.length + ABOUT_CHARS)
			.split(' ')
			.slice(0, ABOUT_SPAN);
		if ([...before, ...after].some((w) => about.has(w) || about.has(CLASS_OF.get(w) ?? w))) return true;
	}
	return false;
}

function needles(q: Question, fact: Fact | undefined, text: string): Needles {
	const none = { named: false, all: [], gates: [] };
	if (q.type === 'matching') return none;
	if (BLANK.test(q.prompt) && q.type !== 'true-false') {
		const values = !fact
			? []
			: fact.kind === 'quote'
				? wordKeyTests(q.answer, text)
				: valueTests(q.answer, fact, text);
		return {
			named: false,
			all: [...blankNeedles(q.prompt, q.answer).map((n) => ({ words: [n] })), ...values],
			gates: [canon(shownKey(q.answer)), ...values.map((t) => t.words[0]!.trim())]
		};
	}
	if (fact?.kind === 'quote') {
		const name = ` ${surname(fact.speaker.name)} `;
		if (name.trim() === '') return none;
		const quote = q.type === 'what-said' ? quotedWords(q.answer)[0] : canon(fact.quote);
		return { named: true, all: runs(quote ?? '').map((run) => ({ words: [name, run] })), gates: [name] };
	}
	if (q.type === 'true-false' && fact) {
		const sentence = text.slice(fact.evidence.start, fact.evidence.end);
		const at = sentence.indexOf(fact.text);
		if (at < 0) return none;
		const around = blankNeedles(
			sentence.slice(0, at) + '_____' + sentence.slice(at + fact.text.length),
			fact.text
		);
		const values = valueTests(fact.text, fact, text);
		return {
			named: false,
			all: [...around.map((n) => ({ words: [n] })), ...values],
			gates: [canon(fact.text), ...values.map((t) => t.words[0]!.trim())]
		};
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
	/** The words of `shown.read`, each once. */
	words: Set<string>;
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
		const seen = shown(q);
		const words = new Set(seen.read.split(' ').filter(Boolean));
		read = { q, facts: factsOf(q), shown: seen, words, needles: needles(q, fact(), text) };
		readCache.set(q, read);
	}
	return read;
}

export function giveaways<Q extends Question>(
	questions: readonly Q[],
	text: string,
	facts: readonly Fact[],
	apart: ReadonlySet<Question> = new Set()
): Giveaway<Q>[] {
	return new GiveawayIndex(questions, text, facts).pairs(apart);
}

/**
 * A deck read for giveaways once, so that one more question can be weighed against it (`involves`) at the cost of
 * that question's pairs: a what-said's replacement was weighed by reading the whole deck again, a twentieth of a
 * 100 KB text's generation. A test's first string is whole words of the shown text, so only questions showing its
 * rarest word can hold it: the deck is weighed again each time the cap refills it, and weighing every pair of
 * questions was quadratic.
 */
export class GiveawayIndex<Q extends Question> {
	private readonly read: Read[];
	private readonly showing = new Map<string, Read[]>();
	// Where each question stands, so a question's few candidates are weighed in the deck's order without passing
	// over every other question of the deck for each one.
	private readonly places = new Map<Read, number[]>();
	private readonly byId: Map<string, Fact>;

	constructor(
		questions: readonly Q[],
		private readonly text: string,
		facts: readonly Fact[]
	) {
		this.byId = new Map(facts.map((f) => [f.id, f]));
		this.read = questions.map((q) => this.readOf(q));
		this.read.forEach((r, i) => {
			for (const word of r.words) {
				const list = this.showing.get(word);
				if (list) list.push(r);
				else this.showing.set(word, [r]);
			}
			const at = this.places.get(r);
			if (at) at.push(i);
			else this.places.set(r, [i]);
		});
	}

	/**
	 * Every pair of the deck, in the order of the questions given away, then of those that give them away. Two
	 * questions of `apart`, a deck `withoutGiveaways` has left with no pair, are none: a pair depends on its two
	 * questions alone, and the deck the cap refills holds the last one's questions again.
	 */
	pairs(apart: ReadonlySet<Question> = new Set()): Giveaway<Q>[] {
		const found: Giveaway<Q>[] = [];
		for (const asks of this.read) {
			if (asks.needles.all.length === 0) continue;
			const settled = apart.has(asks.q);
			const candidates = new Set(asks.needles.all.flatMap((test) => this.holding(test)));
			const order = [...candidates]
				.filter((r) => !settled || !apart.has(r.q))
				.flatMap((r) => this.places.get(r)!)
				.sort((a, b) => a - b);
			for (const i of order) {
				const shows = this.read[i]!;
				if (givesAway(shows, asks)) found.push({ shows: shows.q as Q, asks: asks.q as Q });
			}
		}
		return found;
	}

	/** Whether `q`, put in the deck, would give away or be given away by one of its questions. */
	involves(q: Q): boolean {
		const mine = this.readOf(q);
		const asked = mine.needles.all.flatMap((test) => this.holding(test, mine));
		if (asked.some((shows) => givesAway(shows, mine))) return true;
		return this.read.some(
			(asks) =>
				asks.needles.all.some(
					(test) =>
						testWordsOf(test).some((w) => mine.words.has(w)) && mine.words.has(this.rarest(test, mine))
				) && givesAway(mine, asks)
		);
	}

	private readOf(q: Question): Read {
		return readOf(q, () => this.byId.get(q.factId), this.text);
	}

	/** The test's word shown by the fewest questions (the deck's, and `extra` if it were put in). */
	private rarest(test: Test, extra?: Read): string {
		const words = testWordsOf(test);
		let rarest = words[0]!;
		let fewest = this.shownBy(rarest, extra);
		for (const word of words) {
			const n = this.shownBy(word, extra);
			if (n < fewest) {
				rarest = word;
				fewest = n;
			}
		}
		return rarest;
	}

	private shownBy(word: string, extra?: Read): number {
		return (this.showing.get(word)?.length ?? 0) + (extra?.words.has(word) ? 1 : 0);
	}

	private holding(test: Test, extra?: Read): readonly Read[] {
		return this.showing.get(this.rarest(test, extra)) ?? [];
	}
}

/**
 * The words of a test's first string, split once: a question put in the deck weighs every test of every other
 * question, and a test the question shows none of the words of cannot be its (`involves`).
 */
const testWords = new WeakMap<Test, readonly string[]>();
function testWordsOf(test: Test): readonly string[] {
	let words = testWords.get(test);
	if (!words) {
		words = test.words[0]!.trim().split(' ');
		testWords.set(test, words);
	}
	return words;
}

function givesAway(shows: Read, asks: Read): boolean {
	if (shows === asks || sameSentence(shows.q, asks.q) || shows.facts.some((f) => asks.facts.includes(f)))
		return false;
	const { named, all, gates } = asks.needles;
	const seen = named ? shows.shown.told : shows.shown.read;
	return gates.some((g) => seen.includes(g)) && all.some((test) => holds(seen, test));
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
 * The deck without giveaways: while two questions give one another's answer away, one goes, the weaker kind (of
 * two alike, the one in more such pairs, then the later), so a pair costs one question and the deck keeps its best
 * way of asking. But when the other is its fact's only question and in no other pair, the one whose every fact
 * another question (itself in no pair) still asks goes first, whatever its kind: the pair then costs the deck no
 * fact ("the toll rose to _____" stays when the sentence repeating the toll is also asked by its true-or-false).
 */
export function withoutGiveaways<Q extends Question>(
	questions: readonly Q[],
	text: string,
	facts: readonly Fact[],
	apart?: ReadonlySet<Question>
): Q[] {
	let pairs = giveaways(questions, text, facts, apart);
	const dropped = new Set<Q>();
	const at = new Map(questions.map((q, i) => [q, i]));
	const asking = new Map<string, Q[]>();
	for (const q of questions)
		for (const f of factsOf(q)) {
			const list = asking.get(f) ?? [];
			list.push(q);
			asking.set(f, list);
		}
	while (pairs.length > 0) {
		const count = new Map<Q, number>();
		for (const p of pairs) for (const q of [p.shows, p.asks]) count.set(q, (count.get(q) ?? 0) + 1);
		const spare = (q: Q) =>
			factsOf(q).every((f) => asking.get(f)!.some((o) => o !== q && !dropped.has(o) && !count.has(o)));
		// Dropping `a` keeps the only question of `b`'s fact, which no other question gives away.
		const rescues = (a: Q, b: Q) => spare(a) && !spare(b) && count.get(b) === 1;
		const worse = (a: Q, b: Q) =>
			keepRank(a) - keepRank(b) || count.get(a)! - count.get(b)! || at.get(a)! - at.get(b)!;
		const losers = pairs.map(({ shows, asks }) =>
			rescues(shows, asks)
				? { q: shows, rescue: true }
				: rescues(asks, shows)
					? { q: asks, rescue: true }
					: { q: worse(shows, asks) > 0 ? shows : asks, rescue: false }
		);
		const pool = losers.some((l) => l.rescue) ? losers.filter((l) => l.rescue) : losers;
		const loser = pool.map((l) => l.q).reduce((a, b) => (worse(a, b) >= 0 ? a : b));
		dropped.add(loser);
		pairs = pairs.filter((p) => p.shows !== loser && p.asks !== loser);
	}
	return questions.filter((q) => !dropped.has(q));
}

const smallNumber = (word: string): number | null =>
	/^\d{1,2}$/.test(word) ? Number(word) : (SMALL[word.toLowerCase()] ?? null);

// Tried from word starts only: from inside a word it reads the word's tail to fail where the whole word did.
const PAIRED_BLANK = /(?<![\p{L}\d])([\p{L}\d]+)\s+or\s+_{3,}|_{3,}\s+or\s+([\p{L}\d]+)/iu;
/**
 * What every blank joined by "or" shows, tested first: the prompts of a long text are read by every test of
 * BLANK_GIVEN_AWAY, and PAIRED_BLANK reads each word of a prompt to find none.
 */
const OR_BESIDE_BLANK = /or\s+_{3}|_{3}\s+or/i;

/**
 * "forced to work two or _____ jobs": a blank joined by "or" to the number next to its key is a rough count that
 * the phrase itself completes.
 */
export function completedByItsPair(prompt: string, answer: string): boolean {
	const key = smallNumber(answer.trim().split(/\s+/)[0] ?? '');
	if (key === null || !OR_BESIDE_BLANK.test(prompt)) return false;
	const pair = PAIRED_BLANK.exec(prompt);
	const other = pair ? smallNumber(pair[1] ?? pair[2] ?? '') : null;
	return other !== null && Math.abs(other - key) === 1;
}

/** A share in words ("half", "a third", "two-thirds", "four in 10"), as `parseFraction` reads them. */
const SHARE_IN_WORDS = new RegExp(
	`\\b(?:(?:a|an|one|two|three|four)[\\s-]+)?(?:${Object.keys(FRACTIONS).join('|')})\\b|\\b(?:\\d|one|two|three|four|five|six|seven|eight|nine)\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?:10|ten|three|four|five)\\b`,
	'gi'
);

/**
 * A blank set off by a comma, a bracket or a dash, as every reading of `restatedInWords` has it: tested first, as
 * its expression reads up to forty characters back from every point of the prompt.
 */
const SET_OFF_BLANK = /[,(—–-]\s*_{3}|_{3,}\s*[,(]/;

/**
 * "Just shy of half, _____, say the plan works", "almost half of them (_____)", "nearly four in 10 — _____ —",
 * "almost half - _____ - called the cows by name" (a spaced hyphen for a dash): a percentage set off beside the same
 * share in words is read off the words, within ten points.
 */
export function restatedInWords(prompt: string, answer: string): boolean {
	const figure = parseFigure(answer);
	if (!figure || figure.unit !== 'percent' || !SET_OFF_BLANK.test(prompt)) return false;
	const beside =
		/([^,;:.]{0,40}),\s*_{3,}\s*,|_{3,}\s*[,(]\s*([^,;:.)]{0,40})|([^,;:.()—–]{0,40})(?:\(\s*_{3,}\s*\)|[—–]\s*_{3,}\s*[—–]|\s-\s+_{3,}\s+-\s)/.exec(
			prompt
		);
	const words = beside?.[1] ?? beside?.[2] ?? beside?.[3];
	if (!words) return false;
	return [...words.matchAll(SHARE_IN_WORDS)].some((m) => {
		const share = parseFraction(m[0]);
		return share !== null && Math.abs(share - figure.value) <= 10;
	});
}

/** A percentage as written: "46 percent", "12.5 per cent", "30%", "Twelve percent". */
const PERCENTAGE = /(?:[\p{L}-]+|\d+(?:\.\d+)?)\s*(?:%|\s(?:per\s?cent|percent)\b)/giu;
/** What every PERCENTAGE holds, tested first: PERCENTAGE reads on from every letter of a prompt with none. */
const PERCENT_SIGN_OR_WORD = /%|cent/i;

/**
 * "Doe leads Roe by 46 percent to 42 percent. _____ are not sure.": a share that the others the prompt shows make
 * up to the whole is read off them by subtraction.
 */
export function restOfTheWhole(prompt: string, answer: string): boolean {
	const figure = parseFigure(answer);
	if (!figure || figure.unit !== 'percent' || !PERCENT_SIGN_OR_WORD.test(prompt)) return false;
	const others = [...prompt.matchAll(PERCENTAGE)].flatMap((m) => {
		const shown = parseFigure(m[0]);
		return shown && shown.unit === 'percent' ? [shown.value] : [];
	});
	if (others.length === 0) return false;
	return Math.abs(others.reduce((sum, v) => sum + v, figure.value) - 100) <= 0.5;
}

/** "a 3 to 1 margin", "a 2-to-1 ratio", "by 4:1", "a two-to-one margin". */
const RATIO = new RegExp(
	`\\b(\\d+(?:\\.\\d+)?|${wordsOf((n) => n >= 2 && n <= 10)})(?:\\s*-?\\s*to\\s*-?\\s*|\\s*:\\s*)(?:1|one)\\b`,
	'i'
);

/**
 * "22% of the claims, compared to 11% of theirs – a 2 to 1 margin"; "passed by a two-to-one margin, 40 votes to
 * _____": a share or a count the prompt's ratio makes of another of its kind the prompt shows (within a tenth) is
 * read off by multiplication, the ratio in words as in digits.
 */
export function ratioGiven(prompt: string, answer: string): boolean {
	const figure = parseFigure(answer);
	if (!figure || (figure.unit !== 'percent' && figure.unit !== null)) return false;
	const ratio = RATIO.exec(prompt);
	if (!ratio) return false;
	const times = Number(ratio[1]) || SMALL[ratio[1]!.toLowerCase()]!;
	const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(a, b);
	const others = prompt.slice(0, ratio.index) + prompt.slice(ratio.index + ratio[0].length);
	return figuresInDigits(others).some(
		({ figure: shown }) =>
			shown.unit === figure.unit &&
			(near(figure.value, shown.value * times) || near(shown.value, figure.value * times))
	);
}

/** "a quarter of", "half of", "two-thirds of", "one fifth of": a fraction and what it is of. */
const FRACTION_OF = new RegExp(
	`\\b((?:(?:a|an|one|two|three|four|five)[\\s-]+)?(?:${Object.keys(FRACTIONS).join('|')}))\\s+of\\b`,
	'gi'
);

/** "9% of the total work force of 55,000": a percentage of something, a share as a fraction in words is. */
const PERCENT_OF = /\b(\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b))\s+of\b/gi;

/** A percentage key or match as a share out of 100: "9%" is 9. */
function percentOf(written: string): number | null {
	const figure = parseFigure(written.trim());
	return figure?.unit === 'percent' ? figure.value : null;
}

/**
 * "costs _____ total … $25,000, that equals a quarter of the total cost": an amount or count that is the fraction the
 * prompt names of another figure it shows, or whose fraction that figure is (within a tenth), is read off by
 * multiplication; the fraction itself, between two figures the prompt shows, by division. A percentage "of" something
 * is such a fraction: "about _____, or 9% of the total work force of 55,000" is 5,000 (craft76).
 */
export function fractionGiven(prompt: string, answer: string): boolean {
	// "finish _____ in Iowa" asks a rank, not a share: a fraction is one only when the blank is a fraction of something.
	const ofSomething = /_{3,}\s+of\b/.test(prompt);
	const fraction = ofSomething ? (parseFraction(answer.trim()) ?? percentOf(answer)) : null;
	if (fraction !== null) return ratioOfShown(prompt, fraction / 100);
	const figure = parseFigure(answer);
	if (!figure || figure.unit === 'percent') return false;
	const fractions = [...prompt.matchAll(FRACTION_OF), ...prompt.matchAll(PERCENT_OF)];
	if (fractions.length === 0) return false;
	const shown = figuresInDigits(prompt).filter(
		({ figure: f }) => f.unit === figure.unit && f.value !== figure.value
	);
	return fractions.some((m) => {
		const share = (parseFraction(m[1]!) ?? percentOf(m[1]!) ?? 0) / 100;
		return shown.some(
			({ figure: f }) =>
				apart(figure.value, f.value * share) <= NEAR_SHOWN ||
				apart(f.value, figure.value * share) <= NEAR_SHOWN
		);
	});
}

/**
 * "$100,000 … $25,000, that equals _____ of the total": two figures of one unit the prompt shows make the share, to
 * within a fiftieth ("7 in 10" is no two-thirds).
 */
function ratioOfShown(prompt: string, share: number): boolean {
	const shown = figuresInDigits(prompt).map(({ figure }) => figure);
	return shown.some((part) =>
		shown.some(
			(whole) => whole !== part && whole.unit === part.unit && apart(part.value, whole.value * share) <= 0.02
		)
	);
}

/**
 * "the Kel-Tec PF-9 _____ handgun" for "9mm": a model's code ending in the key's number, right before the blank,
 * names what the blank measures.
 */
export function modelNumberGiven(prompt: string, answer: string): boolean {
	const key = /^\D{0,3}?(\d+)/.exec(answer.trim())?.[1];
	// A code ending in the key shows the key's digits; most prompts show them nowhere, and the code's expression
	// reads every word of the prompt.
	if (!key || !prompt.includes(key)) return false;
	const code = /(?:^|\s)\p{L}[\p{L}\d]*-?(\d+)\s+_{3,}/u.exec(prompt);
	return code?.[1] === key;
}

/** "behind only the US and Japan", "trailing only Kell, Roe and Ash": who alone ranks above the blank. */
const ONLY_ABOVE =
	/^[^.;:]*?\b(?:behind|after|trailing|surpassed\s+by|outranked\s+by)\s+only\s+([^.;:()—–]+)/iu;

/** A superlative the rank is of: "the _____ largest", "the _____ most important", "second-biggest". */
const SUPERLATIVE =
	/\b(?:most|least|best|worst|largest|biggest|greatest|highest|lowest|smallest|oldest|youngest|longest|richest|poorest|wealthiest|busiest|strongest|fastest|deadliest|heaviest|tallest)\b/i;
/** The thing ranked, up to eight words, then the ones above it: "supply of natural gas in South America after". */
const RANKED_THING = `(?:\\s+[\\p{L}'’-]+){0,8}?,?\\s+(?:behind|after|trailing)\\s+(?!only\\b)([^.;:()—–]+)`;
/**
 * "the _____ largest collection of its kind, after the leading suppliers Angels", "the _____ most important issue,
 * behind the economy and health care": a superlative's rank with the ones above it named, "only" or not.
 */
const SUPERLATIVE_ABOVE = new RegExp(
	`^\\s*(?:[\\p{L}-]+\\s+){0,2}?${SUPERLATIVE.source}${RANKED_THING}`,
	'iu'
);
/** "finished _____ behind Smith and Jones", "came _____, behind Kell": a placing and the ones ahead of it. */
const PLACED_BEFORE = /\b(?:finish(?:ed|es)?|came|comes|placed|ranked|ranks|ended\s+up)\s+$/i;
const PLACED_BEHIND = /^[^.;:]{0,40}?\bbehind\s+(?!only\b)([^.;:()—–]+)/iu;
/** Words that open a clause after a list of names: the list has ended. */
const LIST_ENDS =
	/^(?:who|whom|whose|which|that|where|when|while|with|but|or|as|in|on|at|for|to|by|although|though|after|before|according|respectively)\b/i;

/**
 * The names in a list that runs until the clause goes on ("the economy and health care, but the poll …"): an item
 * of more than six words is the last one (a name the text runs on from).
 */
function namesListed(list: string): number {
	let count = 0;
	for (const item of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
		if (!item || LIST_ENDS.test(item)) break;
		count++;
		if (item.split(/\s+/).length > 6) break;
	}
	return count;
}

/**
 * "the world's _____ oil consumer, behind only the US and Japan": the names ranked above the key count it out
 * (two names, third). The key is an ordinal, in digits or words, alone or before "-largest". Without "only" the
 * names still count it when the rank is a superlative's or a placing's ("the _____ largest supply … after
 * Venezuela", "finished _____ behind Smith and Jones"): every student answers one more than the names.
 */
export function rankGiven(prompt: string, answer: string): boolean {
	const ordinal = /^(?:(\d+)(?:st|nd|rd|th)|(\p{L}+))\b/iu.exec(answer.trim());
	const rank = ordinal?.[1] ? Number(ordinal[1]) : ORDINALS[(ordinal?.[2] ?? '').toLowerCase()];
	const at = prompt.search(/_{3,}/);
	if (!rank || at < 0) return false;
	const after = prompt.slice(at).replace(/^_+/, '');
	const above = ONLY_ABOVE.exec(after)?.[1];
	if (above) {
		// The names run until the clause goes on in common words (", and its appetite is growing").
		const items = above.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
		const names = items.findIndex((item) => !/\p{Lu}/u.test(item));
		return (names < 0 ? items.length : names) + 1 === rank;
	}
	const superlative = SUPERLATIVE.test(answer)
		? new RegExp(`^${RANKED_THING}`, 'iu').exec(after)?.[1]
		: SUPERLATIVE_ABOVE.exec(after)?.[1];
	const placed = PLACED_BEFORE.test(prompt.slice(0, at)) ? PLACED_BEHIND.exec(after)?.[1] : undefined;
	const ahead = superlative ?? placed;
	return ahead !== undefined && namesListed(ahead) + 1 === rank;
}

/** Words before a percentage that make it an amount of change or a point on a scale, not a degree. */
const AMOUNT_BEFORE =
	/\b(?:by|to|from|than|at|of|about|almost|nearly|over|under|around|roughly|some|up|down|rose|fell|grew|increased|decreased|cut|raised)\s+$/i;

/**
 * "agreeing with me _____", "was _____ committed", "_____ American": 100 percent as a degree ("completely"), the
 * idiom every student completes; a share of something ("100 percent of the precincts") is a figure.
 */
export function degreeIdiom(prompt: string, answer: string): boolean {
	const figure = parseFigure(answer);
	if (!figure || figure.unit !== 'percent' || figure.value !== 100) return false;
	const at = prompt.search(/_{3,}/);
	if (at < 0) return false;
	const after = prompt.slice(at).replace(/^_+/, '');
	return !/^\s*of\b/i.test(after) && !AMOUNT_BEFORE.test(prompt.slice(0, at));
}

const ORDINAL_QUARTER = ['first', 'second', 'third', 'fourth'];
/** A month as news writes it: "April", "mid-April", "Sept.". */
const MONTH_WRITTEN = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS})\\.)`, 'g');

/**
 * "walked off the job in mid-April … could affect _____ earnings" for "second-quarter": a quarter whose month the
 * prompt names is read off the calendar.
 */
export function quarterOfMonthShown(prompt: string, answer: string): boolean {
	const ordinal = /\b(first|second|third|fourth)[\s-]+quarter\b/i.exec(answer)?.[1]?.toLowerCase();
	if (!ordinal) return false;
	const quarter = ORDINAL_QUARTER.indexOf(ordinal);
	return [...prompt.matchAll(MONTH_WRITTEN)].some((m) => {
		const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[0].slice(0, 3)));
		return Math.floor(month / 3) === quarter;
	});
}

/** A figure in digits as a sentence shows it: "44%", "$303 million", "2,880", "58 percent". */
const SHOWN_FIGURE =
	/(?<![\d.,])[$€£¥]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:%|per\s?cent\b|percent\b|(?:percentage\s+)?points?\b|(?:thousand|million|billion|trillion)\b))?/gi;

/** A year ("2016") read as a bare number: no figure beside a count. */
const isYear = (figure: Readonly<ParsedFigure> | null, written: string) =>
	figure?.unit === null && /^(?:1[89]|20)\d\d$/.test(written.trim());

/** The figures a sentence shows in digits, with their words; a year is no figure beside a count. */
function figuresInDigits(prompt: string): { figure: Readonly<ParsedFigure>; written: string }[] {
	return [...prompt.matchAll(SHOWN_FIGURE)].flatMap((m) => {
		const written = m[0].trim();
		const figure = parseFigure(written);
		const year = isYear(figure, written);
		return figure && !year ? [{ figure, written }] : [];
	});
}
/** How far apart two values are, as a share of the larger. */
const apart = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-9);
/** A key this close to a figure its sentence shows is read off it. */
const NEAR_SHOWN = 0.1;
/** As close as the typed grader's tolerance: the same figure, written another way. */
const SAME_FIGURE = 0.005;

/**
 * "a dead heat, 44% to _____" among 43%, 34% and 26%; "17-year-olds who will turn _____"; "lost 10 of the first
 * _____": a key next to a figure of its own unit that the sentence shows, with every wrong choice far from that
 * figure, is the choice nearest it, picked without the article. A year is no neighbour of a count.
 */
export function nearestToShown(prompt: string, answer: string, wrong: readonly string[]): boolean {
	const key = parseFigure(answer);
	if (!key) return false;
	const shown = figuresInDigits(prompt).flatMap(({ figure }) =>
		figure.unit === key.unit ? [figure.value] : []
	);
	return nearestOf(
		shown,
		key.value,
		wrong.map((w) => parseFigure(w)?.value)
	);
}

/** Whether the shown value nearest the key is near it, and every wrong value (known) twice as far from it. */
function nearestOf(
	shown: readonly number[],
	key: number,
	wrong: readonly (number | undefined)[],
	within = NEAR_SHOWN
): boolean {
	if (shown.length === 0) return false;
	const near = shown.reduce((a, b) => (apart(b, key) < apart(a, key) ? b : a));
	const gap = apart(near, key);
	if (gap > within) return false;
	return wrong.every((w) => w === undefined || apart(near, w) > 2 * gap);
}

/** Days in a unit of time, so "one week" in a headline meets "seven days" in a sentence. */
const DAYS_IN: Readonly<Record<string, number>> = {
	decades: 3652.5,
	years: 365.25,
	months: 30.4375,
	weeks: 7,
	days: 1,
	hours: 1 / 24,
	minutes: 1 / 1440,
	seconds: 1 / 86400
};

/** A figure's value and unit, a time in days. */
function measured(figure: Readonly<ParsedFigure>): { value: number; unit: string | null } {
	const days = figure.unit ? DAYS_IN[figure.unit] : undefined;
	return days ? { value: figure.value * days, unit: 'days' } : { value: figure.value, unit: figure.unit };
}

/** A figure a headline writes, in digits or words, with the word after it that may be its unit. */
const HEADLINE_FIGURE = new RegExp(
	`(?<![\\p{L}\\d.,])(?:[A-Z]{0,3}[$€£¥]\\s?)?(?:\\.?\\d[\\d,.]*|\\b${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_SOURCE})*\\b)(?:\\s*(?:%|percent\\b|per\\s+cent\\b|thousand\\b|million\\b|billion\\b|trillion\\b|bn\\b|(?<=\\d)[bm]\\b))?(?:\\s+\\p{L}+)?`,
	'giu'
);

/**
 * "Police have one week to question …" over "given _____ to question" with "seven days"; "climbs to 2.4 million"
 * over "_____ people are without jobs" with "2.435 million"; "arrested in $50B 'giant Ponzi scheme'" (a scale's
 * letter joined to the digits) over a false "$60 billion swindle": the headline, shown with every card, tells the key when
 * it writes the key's figure in another unit or rounds it and no wrong choice is as near (`nearestOf`). A typed key
 * (no choices) is told only by the same figure: "2.4 million" typed for "2.435 million" is graded wrong.
 */
export function headlineTells(title: string, answer: string, wrong?: readonly string[]): boolean {
	const key = parseFigure(answer);
	if (!key || isYear(key, answer)) return false;
	const mine = measured(key);
	const shown = [...title.matchAll(HEADLINE_FIGURE)].flatMap((m) => {
		const written = m[0].trim();
		// "Boeing 737's", "first 787 Dreamliner": bare digits beside a capitalised word are part of a name ("70,000
		// General Motors employees" is a count).
		const digits = /^\d+(?=(?:['’]s)?(?:\s+\p{L}+)?$)/u.exec(written)?.[0];
		const end = m.index + (digits?.length ?? 0);
		const named =
			digits !== undefined &&
			(/\p{Lu}\p{L}*\s+$/u.test(title.slice(0, m.index)) || /^(?:['’]s)?\s+\p{Lu}/u.test(title.slice(end)));
		if (named) return [];
		const figure = parseFigure(written) ?? parseFigure(written.replace(/\s+\p{L}+$/u, ''));
		if (!figure || isYear(figure, written.replace(/\s+\p{L}+$/u, ''))) return [];
		const it = measured(figure);
		return it.unit === mine.unit ? [it.value] : [];
	});
	const others = (wrong ?? []).map((w) => {
		const f = parseFigure(w);
		return f ? measured(f).value : undefined;
	});
	return nearestOf(shown, mine.value, others, wrong ? NEAR_SHOWN : SAME_FIGURE);
}

/** The figures a sentence shows, a year aside: in digits, and shares in words ("two-thirds") as percentages. */
function shownFigures(prompt: string): { value: number; unit: string | null; digits: boolean }[] {
	const inDigits = figuresInDigits(prompt).map(({ figure, written }) => ({
		value: figure.value,
		unit: pointsAsShares(written, figure.unit),
		digits: true
	}));
	const inWords = [...prompt.matchAll(SHARE_IN_WORDS)].flatMap((m) => {
		const share = parseFraction(m[0]);
		return share === null ? [] : [{ value: share, unit: 'percent', digits: false }];
	});
	return [...inDigits, ...inWords];
}

const SHARES = ['percent', 'percentage points'];
/** "6 points" beside shares is a difference of percentages. */
const pointsAsShares = (text: string, unit: string | null) =>
	/\bpoints?\b/i.test(text) ? 'percentage points' : unit;
/** Units one sum can join: a lead in points is the difference of two shares. */
const sameKind = (a: string | null, b: string | null) =>
	a === b || (SHARES.includes(a ?? '') && SHARES.includes(b ?? ''));

/**
 * "about two-thirds, 67 percent, say"; "a net negative of 6 points (37 percent to 43 percent)": a figure its
 * sentence states again in another form, or as the sum or difference of two others it shows, makes any other
 * value in its place false on its face, so it is no true-or-false statement.
 */
export function statedOtherwise(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	if (!key) return false;
	const unit = pointsAsShares(answer, key.unit);
	const shown = shownFigures(prompt).filter((f) => sameKind(f.unit, unit));
	const inDigits = /\d/.test(answer);
	const restated = shown.some(
		(f) =>
			f.digits !== inDigits &&
			f.unit === 'percent' &&
			key.unit === 'percent' &&
			Math.abs(f.value - key.value) <= 1.5
	);
	return (
		restated ||
		shown.some((a, i) =>
			shown.some((b, j) => i !== j && (a.value + b.value === key.value || a.value - b.value === key.value))
		)
	);
}

/** A hedge right before a figure or the blank: the figure is rounded, so a sum of it is only near. */
const ROUNDED_BEFORE =
	/\b(?:almost|nearly|roughly|about|around|approximately|some|close\s+to|more\s+than|over|just\s+over|just\s+under|less\s+than|under|an\s+estimated)\s+$/i;

/**
 * "rose from _____ in 2014 to $557 million in 2015, an increase of almost $200 million"; "leads by roughly 9
 * points, 42%-_____"; "within $4million of the _____ she raised": a key that is the sum or the difference of two
 * figures of its kind the sentence shows is worked out from them, not remembered. Exactly, unless one of the
 * three is hedged ("almost", "roughly", "more than"): then within a thirtieth of the key, or half a point of a
 * share, as rounding leaves it (an unhedged near-sum among a poll's shares is chance, not arithmetic); and
 * bare counts only when hedged, as small counts ("six debates for five candidates … 11 debates") meet by chance,
 * or when the sentence tells one as the difference of the others ("234 seats, 16 more seats than the _____").
 */
/** "16 more seats than", "_____ fewer than": a count told as the difference of two others is no chance meeting. */
const DIFFERENCE_TOLD = /(?:\d[\d,]*|_{3,})\s+(?:more|fewer|less)\b(?:\s+[\p{L}-]+){0,2}\s+than\b/iu;
/**
 * "leaving _____ short", "_____ in all", "a total of _____": a count the sentence tells as what is left or as the
 * whole is no chance meeting either.
 */
const REMAINDER_OR_TOTAL_TOLD =
	/\b(?:leaving|left\s+with|a\s+total\s+of|totall?ing)\s+_{3,}|_{3,}(?:\s+[\p{L}-]+)?\s+(?:in\s+all|in\s+total|altogether|all\s+told|combined|short)\b/iu;
export function sumOfShown(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	if (!key || isYear(key, answer)) return false;
	const unit = pointsAsShares(answer, key.unit);
	const share = SHARES.includes(unit ?? '');
	const hedgedAt = (at: number) => ROUNDED_BEFORE.test(prompt.slice(Math.max(0, at - 20), at));
	const blankHedged = hedgedAt(prompt.search(/_{3,}/)) || hedgeOf(answer).hedge !== undefined;
	const shown = [...prompt.matchAll(SHOWN_FIGURE)].flatMap((m) => {
		const written = m[0].trim();
		const figure = parseFigure(written);
		const year = isYear(figure, written);
		// "9 in 10" is a share, neither of its numbers a count to add.
		const end = m.index + m[0].length;
		const inShare =
			/^\s+(?:in|out\s+of)\s+\d{1,3}\b/.test(prompt.slice(end)) ||
			/\b\d{1,3}\s+(?:in|out\s+of)\s+$/.test(prompt.slice(0, m.index));
		if (!figure || year || inShare || !sameKind(pointsAsShares(written, figure.unit), unit)) return [];
		return [{ value: figure.value, hedged: hedgedAt(m.index) }];
	});
	return shown.some((a, i) =>
		shown.some((b, j) => {
			if (j <= i) return false;
			const hedged = blankHedged || a.hedged || b.hedged;
			if (
				!hedged &&
				key.unit === null &&
				!DIFFERENCE_TOLD.test(prompt) &&
				!REMAINDER_OR_TOTAL_TOLD.test(prompt)
			)
				return false;
			const room = hedged ? (share ? 0.5 : key.value / 30) : 1e-6;
			const near = (v: number) => Math.abs(v - key.value) <= room;
			return near(a.value + b.value) || near(Math.abs(a.value - b.value));
		})
	);
}

/** A count as a sentence writes it: digits, or a word up to twenty. */
const COUNT_OF = `\\d+|${wordsOf((n) => n >= 1 && n <= 20)}`;
/** "14 of the _____ provisions", "one of Lynn's _____ representatives", "_____ of its 16 members". */
const SOME_OF_WHOLE = new RegExp(
	`\\b(${COUNT_OF}|_{3,})\\s+of\\s+(?:the|its|their|his|her|our|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(${COUNT_OF}|_{3,})\\s+(\\p{L}+)`,
	'iu'
);
/** "the other two", "the other _____", "the other representative", "the other one". */
const THE_OTHER = new RegExp(`\\bthe\\s+other\\s+(${COUNT_OF}|_{3,}|\\p{Ll}+)\\b`, 'iu');

const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : (SMALL[word.toLowerCase()] ?? null));

/**
 * "makes 14 of the _____ provisions permanent and will extend the other two"; "One of Lynn's _____ representatives
 * … the other representative": a whole the sentence splits into some of it and "the other" ones adds up to their
 * sum (one, when "the other" goes before a singular noun), and either part is the whole less the other. The
 * student adds; the article is not needed.
 */
export function otherPartGiven(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	if (!key || key.unit !== null) return false;
	const parts = SOME_OF_WHOLE.exec(prompt);
	if (!parts) return false;
	const other = THE_OTHER.exec(prompt.slice(parts.index + parts[0].length));
	if (!other) return false;
	const [, some = '', whole = '', noun = ''] = parts;
	const rest = other[1] ?? '';
	// "the other states" is whatever is left, no count; "the other representative" is one of them.
	const restCount = BLANK.test(rest)
		? null
		: (countOf(rest) ??
			(rest.toLowerCase() === 'one' || rest.toLowerCase() === singularNoun(noun).toLowerCase()
				? 1
				: undefined));
	if (restCount === undefined) return false;
	const value = (word: string) => (BLANK.test(word) ? null : countOf(word));
	const [a, w] = [value(some), value(whole)];
	if (BLANK.test(whole)) return a !== null && restCount !== null && a + restCount === key.value;
	if (BLANK.test(some)) return w !== null && restCount !== null && w - restCount === key.value;
	return BLANK.test(rest) && a !== null && w !== null && w - a === key.value;
}

/** "three payments of $100", "4 loads of 250 tonnes": a count of like parts, then the size of each. */
const PARTS_OF = new RegExp(`\\b(${COUNT_OF})\\s+\\p{Ll}+s\\s+of\\s+(?=[$€£¥]?\\d)`, 'giu');
/** The amount a part is: digits, a currency sign before or a unit word after. */
const PART_SIZE = /^[$€£¥]?\d[\d,]*(?:\.\d+)?(?:\s+\p{L}+)?/u;

/**
 * "three payments of $100, _____ in all", "4 loads of 250 tonnes, or _____": a key that is the count times the size
 * of each part the sentence shows, in the size's unit, is worked out by multiplication, not remembered.
 */
export function productOfShown(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	if (!key || isYear(key, answer)) return false;
	return [...prompt.matchAll(PARTS_OF)].some((m) => {
		const count = countOf(m[1] ?? '');
		const written = PART_SIZE.exec(prompt.slice(m.index + m[0].length))?.[0] ?? '';
		// "of 250 tonnes" with its unit word; "of $100, and" with the next word no unit.
		const size = parseFigure(written) ?? parseFigure(written.replace(/\s+\p{L}+$/u, ''));
		return (
			count !== null &&
			size !== null &&
			size.unit === key.unit &&
			apart(count * size.value, key.value) <= SAME_FIGURE
		);
	});
}

/**
 * The "and" that joins two parts, tested first: the parts' expressions read on from the blank, and from every
 * number word, at every point of a prompt that has none.
 */
const AND_BETWEEN_WORDS = /\sand\s/i;

/** "two in the US and one in South Africa", "three trains and a bus": two counts joined by "and" after the blank. */
const TWO_PARTS_AFTER = new RegExp(
	`_{3,}[^.;:]*?\\b(${COUNT_OF})\\s+(?:[\\p{L}'’-]+\\s+){0,4}?and\\s+(${COUNT_OF}|an?)\\s+\\p{L}`,
	'iu'
);

/**
 * "_____ incidents have been reported, two in the US and one in South Africa"; "when _____ bombers struck on three
 * trains and a bus": a bare count the sentence goes on to split into two parts it counts is their sum.
 */
export function partsCountedAfter(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	if (!key || key.unit !== null || !AND_BETWEEN_WORDS.test(prompt)) return false;
	const parts = TWO_PARTS_AFTER.exec(prompt);
	if (!parts) return false;
	const [first, second] = [countOf(parts[1] ?? ''), partCount(parts[2] ?? '')];
	return first !== null && second !== null && first + second === key.value;
}

/** A part's count: "a bus" and "an hour" are one. */
const partCount = (word: string) => (/^an?$/i.test(word) ? 1 : countOf(word));

/** "_____ trains and a bus", "two in Oslo and _____ in Bergen": a blank that is one of two parts joined by "and". */
const BLANK_PART = new RegExp(
	`_{3,}\\s+(?:[\\p{L}'’-]+\\s+){0,4}?and\\s+(${COUNT_OF}|an?)\\s+\\p{L}|\\b(${COUNT_OF})\\s+(?:[\\p{L}'’-]+\\s+){0,4}?and\\s+_{3,}`,
	'iu'
);
const COUNT_WORD = new RegExp(`\\b(?:${COUNT_OF})\\b`, 'giu');

/**
 * "when four bombers struck on _____ trains and a bus": the whole shown before the blank, less the other part, is
 * the part asked, as `partsCountedAfter` reads the whole from its parts.
 */
export function partOfCountedWhole(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	if (!key || key.unit !== null || !AND_BETWEEN_WORDS.test(prompt)) return false;
	const part = BLANK_PART.exec(prompt);
	if (!part) return false;
	const other = partCount(part[1] ?? part[2] ?? '');
	const before = prompt.slice(0, prompt.search(/_{3,}/));
	return other !== null && [...before.matchAll(COUNT_WORD)].some((m) => countOf(m[0]) === key.value + other);
}

/** Words that make a figure beside them a change: "rose", "down", "an increase of", "a _____ drop", "a loss of". */
const CHANGE_WORD =
	/\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|up|down|grew|grown|growth|gain(?:ed|s)?|lost|loss|losing|drop(?:ped|s)?|declin(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|jump(?:ed|s)?|climb(?:ed|s)?|plung(?:e|ed)|surg(?:e|ed)|soar(?:ed)?|tumbl(?:e|ed))\b/i;
/** A change word up to four words before a figure: "fell nearly $3 or _____", "an increase of _____". */
const CHANGE_BEFORE = new RegExp(`${CHANGE_WORD.source}(?:\\s+\\S+){0,4}\\s*$`, 'i');
/** A change word right after a figure, or one word on: "a _____ increase", "11 percent lower". */
const CHANGE_AFTER = new RegExp(`^\\s*(?:\\S+\\s+)?${CHANGE_WORD.source}`, 'i');
/** An amount as a change is told in: "US$ 5.5 billion" with its currency's letters, "111.39 points", "21,004.96". */
const CHANGE_FIGURE = new RegExp(
	`(?:\\b[A-Z]{1,3}(?=[$€£¥]))?${SHOWN_FIGURE.source.replace('[$€£¥]?', '(?:[$€£¥]\\s?)?')}`,
	'gi'
);
/** Hedges that put the true figure below the one written ("nearly $3"), or above it ("more than 200"). */
const BELOW_WRITTEN = /\b(?:almost|nearly|close\s+to|just\s+under|under|less\s+than)\s+$/i;
const ABOVE_WRITTEN = /\b(?:more\s+than|over|just\s+over)\s+$/i;
/** How far a hedged figure may lie from the one written. */
const HEDGE_ROOM = 0.1;

/** "16 centavos … to 8.46 reais", "12 pence … to £5.90": a coin's hundredth of the currency the change ends in. */
const inHundredths = (after: string) =>
	/^\s+(?:cents?|pence|centavos?|centimes?|kopecks?|paise)\b/i.test(after);

/** Half a unit of the last digit a figure is written to: "31%" ±0.5, "0.53%" ±0.005, "thirteen percent" ±0.5. */
function halfLastDigit(written: string): number {
	const decimals = /\d\.(\d+)/.exec(written)?.[1]?.length ?? 0;
	return 0.5 / 10 ** decimals;
}

/** A figure a sentence shows, with the span its hedge or its rounding leaves it. */
interface Reading {
	low: number;
	high: number;
	unit: string | null;
	/** A percentage beside a change word: the change's size. */
	change: boolean;
}

/** The lowest and highest a formula gives over the spans of its figures. */
function spanOf(formula: (x: number, y: number) => number, x: Reading, y: Reading): [number, number] {
	const values = [x.low, x.high]
		.flatMap((a) => [y.low, y.high].map((b) => formula(a, b)))
		.filter((v) => Number.isFinite(v) && v > 0);
	return values.length ? [Math.min(...values), Math.max(...values)] : [Infinity, -Infinity];
}

/** A span of worked-out values wider than this share of the key tells it apart from no choice. */
const WIDEST_WORKED_OUT = 0.25;

/** A change's percentage from two amounts: its two ends ("from $201 million to $264 million"), or its size and end. */
const PERCENT_FROM: readonly ((x: number, y: number) => number)[] = [
	(x, y) => (Math.abs(y - x) / x) * 100,
	(x, y) => (x / (y - x)) * 100,
	(x, y) => (x / (y + x)) * 100
];
/** An amount from another and the change's percentage: the other end, the change, or either from the change. */
const AMOUNT_FROM: readonly ((x: number, p: number) => number)[] = [
	(x, p) => (x * 100) / p - x,
	(x, p) => (x * 100) / p + x,
	(x, p) => (x * 100) / p,
	(x, p) => (x * p) / (100 - p),
	(x, p) => (x * p) / (100 + p),
	(x, p) => (x * p) / 100,
	(x, p) => x * (1 + p / 100),
	(x, p) => x * (1 - p / 100),
	(x, p) => x / (1 + p / 100),
	(x, p) => x / (1 - p / 100)
];

/**
 * "Revenue was up from $201 million to $264 million, a _____ increase"; "down _____ from the previous estimate of
 * US$6.3 billion"; "fell nearly $3 or 11 percent to _____": a change told with its two ends, or with its amount and
 * its percentage, gives the third by arithmetic, so every wrong choice breaks the sentence. The key is given away
 * when it lies within what the other two allow, a shown percentage read as rounded to its last digit and a hedged
 * figure as up to a tenth off on its hedge's side (its rounding within); "a drop of _____ points or 1 percent" from
 * 2,279.64 allows 12 to 35 points and tells nothing. The blank, or the percentage the key is worked from, sits
 * beside a change word, so two counts of different things ("494 editors and 5,000 articles, growing at 8.7%") make
 * no change; an amount worked out is money or a bare number, a coin's cents read as hundredths ("fell 1.9%, or 16
 * centavos, to 8.46 reais").
 */
export function changeWorkedOut(prompt: string, answer: string): boolean {
	const key = parseFigure(answer);
	const at = prompt.search(/_{3,}/);
	if (!key || at < 0 || isYear(key, answer)) return false;
	const end = at + (/_+/.exec(prompt.slice(at))?.[0].length ?? 0);
	const beside = (from: number, to: number) =>
		CHANGE_BEFORE.test(prompt.slice(Math.max(0, from - 60), from)) ||
		CHANGE_AFTER.test(prompt.slice(to, to + 30));
	const readings: Reading[] = [...prompt.matchAll(CHANGE_FIGURE)].flatMap((m) => {
		const written = m[0].trim();
		const figure = parseFigure(written);
		if (!figure || isYear(figure, written)) return [];
		const before = prompt.slice(Math.max(0, m.index - 20), m.index);
		const percent = figure.unit === 'percent';
		const below = BELOW_WRITTEN.test(before) ? figure.value * HEDGE_ROOM : 0;
		const above = ABOVE_WRITTEN.test(before) ? figure.value * HEDGE_ROOM : 0;
		// A hedge's room already holds the rounding.
		const rounding = percent && !below && !above ? halfLastDigit(written) : 0;
		const scale = inHundredths(prompt.slice(m.index + m[0].length)) ? 100 : 1;
		return [
			{
				low: (figure.value - rounding - below) / scale,
				high: (figure.value + rounding + above) / scale,
				unit: figure.unit,
				change: percent && beside(m.index, m.index + m[0].length)
			}
		];
	});
	const scale = inHundredths(prompt.slice(end)) ? 100 : 1;
	const [value, half] = [key.value / scale, halfLastDigit(answer) / scale];
	const fits = ([low, high]: [number, number]) =>
		high - low <= WIDEST_WORKED_OUT * value && value >= low - half && value <= high + half;
	const amounts = readings.filter((r) => r.unit !== 'percent');
	if (key.unit === 'percent') {
		if (!/%|per\s?cent/i.test(answer) || !beside(at, end)) return false;
		return amounts.some((x, i) =>
			amounts.some((y, j) => i !== j && x.unit === y.unit && PERCENT_FROM.some((f) => fits(spanOf(f, x, y))))
		);
	}
	if (key.unit !== null && unitKind(key.unit) !== 'currency') return false;
	const same = amounts.filter((x) => x.unit === key.unit);
	return readings.some((p) => p.change && same.some((x) => AMOUNT_FROM.some((f) => fits(spanOf(f, x, p)))));
}

/** Words that move an amount down ("lower the toll from $3.37 to _____") or up ("raised it from 14 to _____"). */
const DOWNWARD =
	/\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|drop(?:s|ped|ping)?|f[ae]ll(?:s|ing|en)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slash(?:es|ed|ing)?|shr[iau]nk(?:s|ing)?|plung(?:e|es|ed|ing)|down)\b/i;
const UPWARD =
	/\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|r[io]se|rises|rising|risen|grow(?:s|n|ing)?|grew|boost(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|up|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\b/i;
const FIGURE = SHOWN_FIGURE.source;
/** A verb of a move told with its end: "rising to", "fell to". */
const MOVING =
	'ris(?:ing|en)|rose|increas(?:ing|ed)|gr(?:owing|ew|own)|climb(?:ing|ed)|fall(?:ing|en)|fell|drop(?:ping|ped)|declin(?:ing|ed)';
const BLANK_AT = '_{3,}';
/** A tally's two sides: "150 to 134", "26-3". */
const TALLY_JOINT = '\\s*(?:to|-|–)\\s*';
/** The vote a tally counts, before it ("by a vote of", "voted") or after it ("a 90 to 9 vote"). */
const TALLY_BEFORE = '\\b(?:votes?|voted|majority)\\b(?:\\s+(?:of|by))?\\s+';
const TALLY_AFTER = '(?=\\s+(?:votes?|majority)\\b)';
/** "AUD $3.37": a currency's letters before its sign. */
const CURRENCY_LETTERS = '(?:[A-Z]{1,3}\\s?(?=[$€£¥]))?';
const WORDS_TO_BLANK = '(?:(?:the|a|an|about|around|nearly|almost|just|only|roughly|some)\\s+)*';
/**
 * The ways a sentence puts its blank above or below a figure it shows: as the end of a move from the figure (below
 * it when the move goes down), as the start of a move to it (above it then), behind or ahead of it, or as a vote
 * tally's second side (below the first) or its first.
 */
type BlankIs = 'end' | 'start' | 'below' | 'above';
const ORDERS: readonly { pattern: RegExp; blank: BlankIs }[] = [
	// "lower the toll from $3.37 to the _____ toll": the end of a move down is below its start.
	{
		pattern: new RegExp(
			`\\bfrom\\s+${CURRENCY_LETTERS}(${FIGURE})\\s+to\\s+${WORDS_TO_BLANK}${BLANK_AT}`,
			'i'
		),
		blank: 'end'
	},
	// "fell from _____ to 12": its start is above its end.
	{ pattern: new RegExp(`\\bfrom\\s+${BLANK_AT}\\s+to\\s+(${FIGURE})`, 'i'), blank: 'start' },
	// "_____ seats, down from 18".
	{
		pattern: new RegExp(`${BLANK_AT}[^.;:]{0,30}?,?\\s+(?:down|up)\\s+from\\s+(${FIGURE})`, 'i'),
		blank: 'end'
	},
	// "18 seats, down from _____".
	{
		pattern: new RegExp(
			`(${FIGURE})[^.;:_]{0,30}?,?\\s+(?:down|up)\\s+from\\s+${WORDS_TO_BLANK}${BLANK_AT}`,
			'i'
		),
		blank: 'start'
	},
	// "the 226 caught that year rising to over 500 in 1997 and _____".
	{
		pattern: new RegExp(
			`(${FIGURE})[^.;:_\\d]{0,40}?\\b(?:${MOVING})\\s+to\\b[^.;:_]{0,60}?${BLANK_AT}`,
			'i'
		),
		blank: 'end'
	},
	// "came third with _____ seats, behind Labour's 18".
	{
		pattern: new RegExp(`${BLANK_AT}[^.;:]{0,40}?\\bbehind\\s+[^.;:\\d]{0,40}?(${FIGURE})`, 'i'),
		blank: 'below'
	},
	{
		pattern: new RegExp(`${BLANK_AT}[^.;:]{0,40}?\\bahead\\s+of\\s+[^.;:\\d]{0,40}?(${FIGURE})`, 'i'),
		blank: 'above'
	},
	// A vote's tally puts the winning side first: "by a vote of 150 to _____", "a 90 to _____ vote".
	{ pattern: new RegExp(`${TALLY_BEFORE}(${FIGURE})${TALLY_JOINT}${BLANK_AT}`, 'i'), blank: 'below' },
	{ pattern: new RegExp(`(${FIGURE})${TALLY_JOINT}${BLANK_AT}${TALLY_AFTER}`, 'i'), blank: 'below' },
	{ pattern: new RegExp(`${TALLY_BEFORE}${BLANK_AT}${TALLY_JOINT}(${FIGURE})`, 'i'), blank: 'above' },
	{ pattern: new RegExp(`${BLANK_AT}${TALLY_JOINT}(${FIGURE})${TALLY_AFTER}`, 'i'), blank: 'above' }
];

/** More than one wrong choice ruled out by the stated order leaves the key among too few. */
const RULED_OUT_BY_ORDER = 1;

/**
 * The sentence says which side of a figure it shows the blank lies on, and the wrong choices are on the other:
 * "lower the toll from $3.37 to the _____ discounted toll" among $2.90, $3.77, $4.64 and $5.80, "came third with
 * _____ seats, behind Labour's 18" among 11, 21, 24 and 30. The key is read off the order, not the article. The
 * move's direction is the verb's within the words before the figure, or the "down"/"up" of "down from".
 */
export function orderRulesOut(prompt: string, answer: string, choices: readonly string[]): boolean {
	const key = parseFigure(answer);
	if (!key || key.vague) return false;
	for (const { pattern, blank } of ORDERS) {
		const m = pattern.exec(prompt);
		if (!m) continue;
		const written = m[1]!.trim();
		const shown = parseFigure(written);
		if (!shown || isYear(shown, written) || shown.unit !== key.unit) continue;
		let below = blank === 'below';
		if (blank === 'end' || blank === 'start') {
			const around = `${prompt.slice(Math.max(0, m.index - 60), m.index)} ${m[0]}`;
			const down = DOWNWARD.test(around);
			// Both ways or neither: no one direction is told.
			if (down === UPWARD.test(around)) continue;
			below = down === (blank === 'end');
		}
		const keeps = (value: number) => (below ? value < shown.value : value > shown.value);
		if (!keeps(key.value)) continue;
		const broken = choices.filter((c) => {
			if (c === answer) return false;
			const f = parseFigure(c);
			return f !== null && f.unit === key.unit && !keeps(f.value);
		});
		if (broken.length > RULED_OUT_BY_ORDER) return true;
	}
	return false;
}
