/**
 * Questions that give each other away, and how to keep them apart. Pure, and light enough for the study pages.
 *
 * - Siblings: two questions about the same fact, or about the same sentence of the same article (their evidence
 *   overlaps). A flashcard that reveals "$30 million" and the next card asking which figure completes that same
 *   sentence are siblings; so are a "who said it" and a "what did they say" on one quote. A matching question is
 *   about every pair's fact and sentence.
 * - A giveaway: text a student is shown that holds another question's answer. What counts as the answer:
 *   - a name (who said it; a flashcard or true/false on a quote asks it too): the full name, also without middle
 *     initials ("Vladimir Putin" for "Vladimir V. Putin");
 *   - a figure: the amount however it is written ("470m" and "$470,000,000" give away "$470 million"), or its
 *     words ("dozens", "double");
 *   - a date: its words without the leading preposition ("Tuesday" for "on Tuesday"), and the date it stands for
 *     as the app writes it ("March 21, 2023");
 *   - a word missing from a quote: that word with its neighbours ("a statement to"), since a single common word
 *     ("statement") elsewhere in the article gives nothing away; a key of several words that the article holds
 *     at most four times ("the Verrin Water Trust"), with any neighbours;
 *   - a matching question: a pair's quote shown together with its speaker's name;
 *   - a quote (which of these did they say): the quote's words.
 *   Whole words are compared, ignoring case, accents and punctuation.
 * - What a student is shown: before answering, the prompt (with a matching question's quotes); after answering,
 *   also the right answer, the explanation and the evidence sentences. Choices count only for the words of a
 *   quote: a list of four names or four figures is a list of candidates, while a list of quotes shows what each
 *   quote says.
 * - A choice ruled out: a wrong choice that another question of the quiz ties to another answer, so a student who
 *   answered that one strikes it out here without knowing this one. A quote has one speaker: a what-said's wrong
 *   choice is ruled out where another question shows that quote with the name of the person who said it (its
 *   prompt, or its answer, explanation and evidence once answered: a who-said on the quote, a true-or-false, a
 *   cloze, a matching question, a sentence holding the quote and its speaker). A person may say many things, so a
 *   who-said's names are never ruled out that way; a quote offered as a wrong choice of a what-said on the same
 *   speaker is ruled out too, once that one is answered. A figure or date that answers a question about another thing
 *   rules nothing out: two amounts or days of one article may be equal, and the amounts and dates one sentence or
 *   paragraph ties (a whole and its part, a change, a timeline) already bound the choices the generator writes.
 */
import { choicesOf, factIdsOf } from '../domain/question';
import type { Fact, Question, Span } from '../generator/bank';
import { NUMBER_WORD_SOURCE, parseFigure, QUALIFIERS } from '../generator/numbers';
import { readableDate } from '../generator/readable-date';
import { foldText } from './text';

/** The deck a question belongs to, as far as these rules read it. */
export interface SiblingDeck {
	/** Set when questions of several decks meet (a session over all decks): facts and sentences are per deck. */
	id?: string;
	text: string;
	facts: ReadonlyMap<string, Fact>;
}

/** What gives a question's answer away: words, or an amount written in any way. */
type Needle =
	| { words: string; quoted: boolean }
	| { figure: { value: number; unit: string | null } }
	/** A matching pair is told where its quote and its speaker are shown together (a who-said's sentence). */
	| { quote: string; names: readonly string[] }
	/** Words running into a blank and on into its key, told only by a quote offered as a choice (`cutNeedles`). */
	| { cut: string };

/** A question as these rules see it: make one per question with `profileOf` and keep it. */
export interface Profile {
	readonly deck: string;
	readonly facts: readonly string[];
	readonly sentences: readonly Span[];
	/** Shown before answering (folded text). */
	readonly prompt: string;
	/** Choices shown before answering (folded text); they count only for quoted words. */
	readonly choices: string;
	/** Shown once answered: the prompt, the right answer, the explanation and the evidence (folded text). */
	readonly shown: string;
	/** The raw text shown once answered, where amounts are looked for. */
	readonly shownRaw: string;
	readonly promptRaw: string;
	readonly needles: readonly Needle[];
	/** How many wrong choices the question offers (0 when it offers none). */
	readonly wrongChoices: number;
	/** Its wrong choices another question can rule out, each with what would tie it to another answer. */
	readonly strikable: readonly Strikable[];
	/** A what-said's speaker and its wrong choices (folded): once answered, they are quotes that speaker did not say. */
	readonly notSaidBy?: { readonly speaker: string; readonly quotes: readonly string[] };
}

/** A wrong choice that text showing `quote` with one of `names` (its speaker's, folded) rules out. */
interface Strikable {
	/** Its position among the question's choices. */
	readonly choice: number;
	readonly quote: string;
	readonly names: readonly string[];
}

const spaced = (s: string) => ` ${foldText(s)} `;

export function profileOf(question: Question, deck: SiblingDeck): Profile {
	const pairs = question.type === 'matching' ? question.pairs : [];
	const sentences = pairs.length > 0 ? pairs.map((pair) => pair.evidence) : [question.evidence];
	const facts = [...new Set(factIdsOf(question))];
	const promptRaw = [question.prompt, ...pairs.map((pair) => pair.left)].join(' \n ');
	const evidence = sentences.map((span) => deck.text.slice(span.start, span.end));
	const answer = pairs.length > 0 ? pairs.map((pair) => pair.right).join(' \n ') : question.answer;
	const shownRaw = [promptRaw, answer, question.explanation, ...evidence].join(' \n ');
	const choices = choicesOf(question) ?? [];
	return {
		deck: deck.id ?? '',
		facts,
		sentences,
		prompt: spaced(promptRaw),
		choices: spaced(choices.join(' \n ')),
		shown: spaced(shownRaw),
		shownRaw,
		promptRaw,
		needles: needlesOf(question, deck.facts.get(question.factId), deck.text),
		wrongChoices: Math.max(0, choices.length - 1),
		strikable: question.type === 'what-said' ? strikableQuotes(question, deck.facts) : [],
		notSaidBy: question.type === 'what-said' ? notSaidBy(question, deck.facts) : undefined
	};
}

/** The quotes a what-said shows its speaker did not say: its wrong choices, folded. */
function notSaidBy(question: Question, facts: ReadonlyMap<string, Fact>): Profile['notSaidBy'] {
	const asked = facts.get(question.factId);
	if (asked?.kind !== 'quote' || !asked.speaker.name) return undefined;
	const quotes = (choicesOf(question) ?? []).filter((choice) => choice !== question.answer).map(foldText);
	return { speaker: foldText(asked.speaker.name), quotes };
}

/**
 * The wrong choices of a what-said with the speaker of the quote each is cut from ("“We will rebuild the pier …”"
 * is the first words of a quote of the article). A choice cut alike from a quote of the asked speaker, or from no
 * quote the deck knows, is never ruled out.
 */
function strikableQuotes(question: Question, facts: ReadonlyMap<string, Fact>): Strikable[] {
	const asked = facts.get(question.factId);
	if (asked?.kind !== 'quote') return [];
	const askedName = foldText(asked.speaker.name);
	const quotes = foldedQuotes(facts);
	return (choicesOf(question) ?? []).flatMap((choice, index) => {
		const words = foldText(choice);
		if (choice === question.answer || !words) return [];
		const from = quotes.filter((quote) => quote.words === words || quote.words.startsWith(`${words} `));
		if (from.length === 0 || from.some((quote) => !quote.name || quote.name === askedName)) return [];
		const names = from.flatMap((quote) =>
			nameNeedles(quote.name).flatMap((needle) => ('words' in needle ? [needle.words] : []))
		);
		return [{ choice: index, quote: words, names: [...new Set(names)] }];
	});
}

/** A deck's quotes and their speakers, folded once: every what-said of a draw reads them. */
const quotesFolded = new WeakMap<ReadonlyMap<string, Fact>, { words: string; name: string }[]>();

function foldedQuotes(facts: ReadonlyMap<string, Fact>): { words: string; name: string }[] {
	let quotes = quotesFolded.get(facts);
	if (!quotes) {
		quotes = [...facts.values()].flatMap((fact) =>
			fact.kind === 'quote' ? [{ words: foldText(fact.quote), name: foldText(fact.speaker.name) }] : []
		);
		quotesFolded.set(facts, quotes);
	}
	return quotes;
}

/**
 * The positions of `question`'s wrong choices that what a student sees of `shownBy` (its prompt, and once
 * answered its answer, explanation and evidence) ties to another answer.
 */
export function ruledOut(shownBy: Profile, question: Profile): number[] {
	// "Which of these did Ana Ruiz say?" asked twice: a quote offered and marked wrong the first time is struck out
	// the second.
	const sameSpeaker =
		shownBy.notSaidBy !== undefined && shownBy.notSaidBy.speaker === question.notSaidBy?.speaker;
	return question.strikable
		.filter(
			({ quote, names }) =>
				(shownBy.shown.includes(` ${quote} `) && names.some((name) => shownBy.shown.includes(` ${name} `))) ||
				(sameSpeaker && shownBy.notSaidBy!.quotes.includes(quote))
		)
		.map(({ choice }) => choice);
}

/**
 * How many of its wrong choices a question may have ruled out by the rest of its quiz: one, so that at least two
 * of four choices stay open, and never all (a true-or-false has one wrong choice).
 */
function strikesAllowed(question: Profile): number {
	return Math.max(0, Math.min(1, question.wrongChoices - 1));
}

/** What ties two questions of one article: the same fact, else the same sentence (their evidence overlaps). */
export function tieOf(
	a: { facts: readonly string[]; sentences: readonly Span[] },
	b: { facts: readonly string[]; sentences: readonly Span[] }
): 'fact' | 'sentence' | undefined {
	if (a.facts.some((fact) => b.facts.includes(fact))) return 'fact';
	const overlaps = a.sentences.some((x) => b.sentences.some((y) => x.start < y.end && y.start < x.end));
	return overlaps ? 'sentence' : undefined;
}

/** Same fact, or same sentence of the same article. */
export function areSiblings(a: Profile, b: Profile): boolean {
	return a.deck === b.deck && tieOf(a, b) !== undefined;
}

/** Whether what a student sees of `shownBy` (before answering, or once `answered`) holds `question`'s answer. */
export function givesAway(shownBy: Profile, question: Profile, answered: boolean): boolean {
	const text = answered ? shownBy.shown : shownBy.prompt;
	const raw = answered ? shownBy.shownRaw : shownBy.promptRaw;
	return question.needles.some((needle) => {
		if ('figure' in needle) return holdsFigure(raw, needle.figure);
		if ('quote' in needle)
			return text.includes(` ${needle.quote} `) && needle.names.some((name) => text.includes(` ${name} `));
		if ('cut' in needle) return shownBy.choices.includes(` ${needle.cut} `);
		const words = ` ${needle.words} `;
		return text.includes(words) || (needle.quoted && shownBy.choices.includes(words));
	});
}

/** `next` may be shown right after `previous` was answered: not a sibling, and nothing seen gives it away. */
export function mayFollow(previous: Profile, next: Profile): boolean {
	return !areSiblings(previous, next) && !givesAway(previous, next, true);
}

/**
 * Where to go on from `previous`: the index of the first candidate (in the caller's order of priority) that may
 * follow it, or 0 when none may (better a sibling than nothing to study). A candidate's profile is asked for only
 * when it is compared: with nothing before (a first visit's first card) none is made, and the comparing stops at
 * the first that fits, which spares the work of folding every candidate's text in the task that draws a card.
 */
export function nextApart<T>(
	previous: Profile | undefined,
	candidates: readonly T[],
	profile: (candidate: T) => Profile
): number {
	if (!previous) return 0;
	const index = candidates.findIndex((candidate) => mayFollow(previous, profile(candidate)));
	return Math.max(0, index);
}

/**
 * Up to `count` questions for a quiz or a drill, taken in the order given (shuffle first for a random quiz): one
 * per fact and per sentence while others are left (then a second per sentence, then per fact), never two whose
 * prompts give each other's answers away, and none whose answer is shown by another's answer and evidence unless
 * it can be asked first: the quiz is ordered so that no question comes after one that tells its answer, and no
 * question right after a sibling when such an order can be found by taking the first that fits.
 *
 * While others are left, no question joins whose wrong choices the rest of the quiz (before or after it) rules
 * out two of, nor one that would leave another so: a what-said offering two quotes that other questions show as
 * someone else's is answered by elimination. When nothing else is left, such a question still joins, but never
 * one that leaves more than itself so (a who-said that rules out a quote offered by three what-saids): it would
 * add one question and spoil others, and a student is better served by the shorter quiz.
 *
 * Taking the first that fits can leave a quiz short, or hold a question with two choices ruled out: a question
 * whose prompt clashes with three others, taken early, shuts all three out. When the order given falls short of
 * `count`, or leaves a question so, the questions that clash with fewest others are tried first (the order given
 * still breaks ties), then the order given begun at REDRAWS other places, and the quiz with most questions whose
 * choices stay open is kept, else the longer. A quiz that reaches `count` in the order given with every
 * question's choices open keeps that order's variety.
 */
const REDRAWS = 8;

export function pickApart<T>(items: readonly T[], profile: (item: T) => Profile, count: number): T[] {
	const quiz = new QuizDraw(items.map(profile));
	const indices = items.map((_, index) => index);
	let chosen = quiz.keptApart(indices, count, true);
	if (chosen.length < count || quiz.faults(chosen) > 0) {
		const clashes = indices.map((a) => indices.filter((b) => b !== a && quiz.exclusive(a, b)).length);
		const fewestFirst = [...indices].sort((a, b) => clashes[a]! - clashes[b]!);
		// The order given, begun at other places: each takes other questions first, and so shuts out others.
		const turned = Array.from({ length: REDRAWS }, (_, k) => {
			const at = Math.floor(((k + 1) * indices.length) / (REDRAWS + 1));
			return [...indices.slice(at), ...indices.slice(0, at)];
		});
		// Keeping choices open changes which questions are taken first, and so which others clash: the draws that
		// leave them to chance come last, and are kept only when they ask more with choices open.
		const tries: [number[], boolean][] = [
			...[fewestFirst, ...turned].map((order): [number[], boolean] => [order, true]),
			[indices, false],
			[fewestFirst, false]
		];
		const open = (draw: readonly number[]) => draw.length - quiz.faults(draw);
		for (const [order, choicesOpen] of tries) {
			const more = quiz.keptApart(order, count, choicesOpen);
			if (open(more) > open(chosen) || (open(more) === open(chosen) && more.length > chosen.length))
				chosen = more;
		}
	}
	return quiz.ordered(chosen).map((index) => items[index]!);
}

/** The pairwise facts a quiz draw asks about its candidates, each worked out once (folded texts are long). */
class QuizDraw {
	readonly #profiles: readonly Profile[];
	readonly #tells = new Map<number, boolean>();
	readonly #exclusive = new Map<number, boolean>();
	readonly #struck = new Map<number, number>();

	constructor(profiles: readonly Profile[]) {
		this.#profiles = profiles;
	}

	/** Once `a` is answered, what it shows holds `b`'s answer: `b` must come first. */
	tells(a: number, b: number): boolean {
		const key = a * this.#profiles.length + b;
		let told = this.#tells.get(key);
		if (told === undefined) {
			told = givesAway(this.#profiles[a]!, this.#profiles[b]!, true);
			this.#tells.set(key, told);
		}
		return told;
	}

	/** Never in one quiz: a prompt holds the other's answer, or each tells the other's once answered. */
	exclusive(a: number, b: number): boolean {
		const key = Math.min(a, b) * this.#profiles.length + Math.max(a, b);
		let apart = this.#exclusive.get(key);
		if (apart === undefined) {
			const [x, y] = [this.#profiles[a]!, this.#profiles[b]!];
			apart = givesAway(x, y, false) || givesAway(y, x, false) || (this.tells(a, b) && this.tells(b, a));
			this.#exclusive.set(key, apart);
		}
		return apart;
	}

	/**
	 * Taken in `order`, in rounds that each let in what the round before kept out: first no siblings, then no two
	 * questions of one fact, then any question; with `choicesOpen`, those rounds leave every question's choices
	 * open (`#leavesChoicesOpen`), and the same rounds again take what is left, each question so long as it leaves
	 * no question but itself with choices ruled out.
	 */
	keptApart(order: readonly number[], count: number, choicesOpen: boolean): number[] {
		const chosen: number[] = [];
		const clashes: ((a: Profile, b: Profile) => boolean)[] = [
			(a, b) => areSiblings(a, b),
			(a, b) => a.deck === b.deck && a.facts.some((fact) => b.facts.includes(fact)),
			() => false
		];
		const rounds = clashes.map((clash) => ({ clash, open: choicesOpen }));
		if (choicesOpen) rounds.push(...clashes.map((clash) => ({ clash, open: false })));
		for (const { clash, open } of rounds) {
			for (const entry of order) {
				if (chosen.length >= count) break;
				if (chosen.includes(entry)) continue;
				const fits = chosen.every(
					(other) => !clash(this.#profiles[other]!, this.#profiles[entry]!) && !this.exclusive(other, entry)
				);
				if (!fits || this.#closesLoop(chosen, entry)) continue;
				if (open && !this.#leavesChoicesOpen(chosen, entry)) continue;
				// Past the rounds that keep choices open, a question joins if it leaves no other with choices ruled out.
				if (!open && choicesOpen && this.faults([...chosen, entry]) > this.faults(chosen) + 1) continue;
				chosen.push(entry);
			}
		}
		return chosen;
	}

	/** How many questions of `quiz` have more of their wrong choices ruled out by the others than one. */
	faults(quiz: readonly number[]): number {
		return quiz.filter(
			(question) => this.#struckIn(quiz, question) > strikesAllowed(this.#profiles[question]!)
		).length;
	}

	/** The positions of `b`'s wrong choices that `a` rules out, as bits. */
	#strikes(a: number, b: number): number {
		const key = a * this.#profiles.length + b;
		let bits = this.#struck.get(key);
		if (bits === undefined) {
			bits = 0;
			for (const choice of ruledOut(this.#profiles[a]!, this.#profiles[b]!)) bits |= 1 << choice;
			this.#struck.set(key, bits);
		}
		return bits;
	}

	/** How many of `entry`'s wrong choices the questions of `quiz` other than itself rule out. */
	#struckIn(quiz: readonly number[], entry: number): number {
		if (this.#profiles[entry]!.strikable.length === 0) return 0;
		let bits = 0;
		for (const other of quiz) if (other !== entry) bits |= this.#strikes(other, entry);
		let count = 0;
		for (; bits !== 0; bits &= bits - 1) count++;
		return count;
	}

	/**
	 * Whether the quiz with `entry` joined leaves every question of it, `entry` too, enough choices that no other
	 * question of the quiz rules out: the whole quiz counts, since a question asked later is answered by then too.
	 */
	#leavesChoicesOpen(chosen: readonly number[], entry: number): boolean {
		const quiz = [...chosen, entry];
		return quiz.every(
			(question) => this.#struckIn(quiz, question) <= strikesAllowed(this.#profiles[question]!)
		);
	}

	/** Whether `entry` joined to `chosen` would make an order impossible: a ring of questions each telling the next. */
	#closesLoop(chosen: readonly number[], entry: number): boolean {
		const seen = new Set<number>();
		const stack = chosen.filter((other) => this.tells(other, entry));
		while (stack.length > 0) {
			const next = stack.pop()!;
			if (this.tells(entry, next)) return true;
			if (seen.has(next)) continue;
			seen.add(next);
			stack.push(...chosen.filter((other) => !seen.has(other) && this.tells(other, next)));
		}
		return false;
	}

	/**
	 * The chosen questions in the order asked: each after every question whose answer it tells, and, of those that
	 * may come next, the first in the chosen order that is no sibling of the last asked and not told by it.
	 */
	ordered(chosen: readonly number[]): number[] {
		const left = [...chosen];
		const asked: number[] = [];
		while (left.length > 0) {
			const ready = left.filter((entry) =>
				left.every((other) => other === entry || !this.tells(entry, other))
			);
			const last = asked.at(-1);
			const previous = last === undefined ? undefined : this.#profiles[last];
			const next = ready[nextApart(previous, ready, (entry) => this.#profiles[entry]!)]!;
			asked.push(next);
			left.splice(left.indexOf(next), 1);
		}
		return asked;
	}
}

const QUALIFIER = new RegExp(`^(?:${QUALIFIERS.join('|')}) `);
const PREPOSITION = /^(?:on|in|by|over|during|since|until|from|at|before|after|within|for) /;
const BLANK = /_{3,}/;

function needlesOf(question: Question, fact: Fact | undefined, text: string): Needle[] {
	switch (question.type) {
		case 'matching':
			return question.pairs.map((pair) => ({
				quote: foldText(/“(.+)”/.exec(pair.left)?.[1] ?? pair.left),
				names: nameNeedles(pair.right).flatMap((needle) => ('words' in needle ? [needle.words] : []))
			}));
		case 'true-false':
			return fact ? factNeedles(fact) : [];
		case 'flashcard':
			return fact ? factNeedles(fact) : wordNeedles(question.answer.replace(/ \(.*\)$/, ''));
		case 'who-said':
			return [...nameNeedles(question.answer), ...quoteWithSurname(fact)];
		case 'what-said':
			return [{ words: foldText(question.answer), quoted: true }];
		case 'cloze':
			return [
				{ words: clozeWords(question.prompt, question.answer), quoted: true },
				...rareKeyNeedles(question.answer, text),
				...cutNeedles(question.prompt, question.answer)
			];
		case 'figure-choice':
		case 'figure-typed':
			return [...figureNeedles(question.answer), ...cutNeedles(question.prompt, question.answer)];
		case 'date-choice':
			return [
				...dateNeedles(question.answer, dateValue(fact)),
				...cutNeedles(question.prompt, question.answer)
			];
		case 'date-typed':
			return [
				...dateNeedles(
					question.answer,
					question.accept.kind === 'date' ? question.accept.value : dateValue(fact)
				),
				...cutNeedles(question.prompt, question.answer)
			];
	}
}

/**
 * "‘Your own success is completely dependent on how you deliver it,’ Stevens says": a quote shown with its
 * speaker's surname tells who said it as well as the full name does.
 */
function quoteWithSurname(fact: Fact | undefined): Needle[] {
	if (fact?.kind !== 'quote' || !fact.speaker.name) return [];
	const surname = foldText(fact.speaker.name).split(' ').at(-1);
	const quote = foldText(fact.quote);
	return surname && quote ? [{ quote, names: [surname] }] : [];
}

function factNeedles(fact: Fact): Needle[] {
	if (fact.kind === 'quote') return fact.speaker.name ? nameNeedles(fact.speaker.name) : [];
	if (fact.kind === 'figure') return figureNeedles(fact.text);
	return dateNeedles(fact.text, fact.value);
}

function dateValue(fact: Fact | undefined): string | undefined {
	return fact?.kind === 'date' ? fact.value : undefined;
}

function wordNeedles(text: string): Needle[] {
	const words = foldText(text);
	return words ? [{ words, quoted: false }] : [];
}

function nameNeedles(name: string): Needle[] {
	const words = foldText(name).split(' ');
	const bare = words.filter((word, i) => i === 0 || i === words.length - 1 || word.length > 1);
	return [...new Set([words.join(' '), bare.join(' ')])].flatMap(wordNeedles);
}

function figureNeedles(answer: string): Needle[] {
	const words = foldText(answer).replace(QUALIFIER, '');
	const needles: Needle[] = wordNeedles(words);
	const figure = parseFigure(answer);
	if (figure && !figure.vague) needles.push({ figure: { value: figure.value, unit: figure.unit } });
	return needles;
}

function dateNeedles(answer: string, value: string | undefined): Needle[] {
	const needles = wordNeedles(foldText(answer).replace(PREPOSITION, ''));
	// An interval's readable form ("September–November 2023") names a span, not what the question asks.
	if (value && !value.includes('/')) needles.push(...wordNeedles(readableDate(value)));
	return needles;
}

/**
 * The most times an article may hold a cloze's key of several words for the key alone, with whatever neighbours,
 * to tell it: a name the article gives two or three times ("the Verrin Water Trust") is the answer wherever a
 * student reads it. A single word ("statement") is too common for that, and a phrase the article uses throughout
 * tells nothing without its neighbours.
 */
const RARE_KEY_TIMES = 4;
let foldedArticle = { text: '', folded: '' };

function rareKeyNeedles(answer: string, text: string): Needle[] {
	const key = foldText(answer).replace(/^(?:the|a|an) /, '');
	if (!key.includes(' ') || /\d/.test(key)) return [];
	if (foldedArticle.text !== text) foldedArticle = { text, folded: ` ${foldText(text)} ` };
	const times = foldedArticle.folded.split(` ${key} `).length - 1;
	return times > 0 && times <= RARE_KEY_TIMES ? [{ words: key, quoted: false }] : [];
}

/** Words a key may open on before the word that tells it: "the United States", "on Tuesday", "about 40". */
const KEY_LEAD =
	/^(?:the|a|an|on|in|by|over|during|since|until|from|at|before|after|within|for|about|around|nearly|almost|some|roughly|under|more|less|than|up|to)$/;

/**
 * A blank in a quoted sentence is told by the same quote offered as a what-said's choice, cut a word or two past
 * the blank ("“… got everybody out in under two …”" for "out in under _____" → "two minutes"): the two words
 * before the blank with the key up to its first word that is no article, preposition or hedge. Read in the choices
 * alone, where the words run as the quote has them.
 */
function cutNeedles(prompt: string, answer: string): Needle[] {
	if (!BLANK.test(prompt)) return [];
	const [before = ''] = prompt.split(BLANK);
	const left = foldText(before).split(' ').slice(-2);
	const key = foldText(answer.replace(/\s*\([^()]*\)$/, ''))
		.split(' ')
		.filter(Boolean);
	const told = key.findIndex((word) => !KEY_LEAD.test(word));
	if (left.length < 2 || told < 0) return [];
	return [{ cut: [...left, ...key.slice(0, told + 1)].join(' ') }];
}

/** The missing word with the words either side of the blank, as the quote has them. */
function clozeWords(prompt: string, answer: string): string {
	const [before = '', after = ''] = prompt.split(BLANK);
	const left = foldText(before).split(' ').at(-1) ?? '';
	const right = foldText(after).split(' ')[0] ?? '';
	return [left, foldText(answer), right].filter(Boolean).join(' ');
}

/** Units that may stand for one another in running text: "470 million" is "$470 million" in an article on aid. */
const PLAIN = new Set<string | null>([null, 'count']);

function sameUnit(a: string | null, b: string | null): boolean {
	if (a === b || (PLAIN.has(a) && PLAIN.has(b))) return true;
	const currency = (unit: string | null) => unit !== null && /^[A-Z]{3}$/.test(unit);
	return (a === null && currency(b)) || (b === null && currency(a));
}

/** An amount anywhere in `text`, read from each place a number starts. */
function holdsFigure(text: string, figure: { value: number; unit: string | null }): boolean {
	return figuresIn(text).some(
		(found) =>
			Math.abs(found.value - figure.value) <= Math.abs(figure.value) * 0.005 &&
			sameUnit(found.unit, figure.unit)
	);
}

/** The exact amounts a text holds; a quiz draw compares each shown text with many questions, so it is read once. */
const figuresRead = new Map<string, { value: number; unit: string | null }[]>();

function figuresIn(text: string): { value: number; unit: string | null }[] {
	let figures = figuresRead.get(text);
	if (figures) return figures;
	figures = [];
	const tokens = text.split(/\s+/);
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] ?? '';
		if (!/^[($€£¥₹₽]?\d|^(?:[a-z]{1,2}\$)\d/i.test(token.replace(/^[“"‘(]+/, '')) && !isNumberWord(token))
			continue;
		const found = parseFigure(
			tokens
				.slice(i, i + 4)
				.join(' ')
				.replace(/^[“"‘(]+/, '')
				.replace(/[,;:”"’)]+(?=\s|$)/g, '')
		);
		if (!found || found.vague) continue;
		figures.push({ value: found.value, unit: found.unit });
		// "the 46th annual march" is a 46-year history: an anniversary's ordinal counts years.
		if (found.unit === 'ordinal' && ANNIVERSARY.test(tokens[i + 1] ?? ''))
			figures.push({ value: found.value, unit: 'years' });
	}
	if (figuresRead.size > 2000) figuresRead.clear();
	figuresRead.set(text, figures);
	return figures;
}

/** Words after an ordinal that make it a count of years since a first time. */
const ANNIVERSARY = /^(?:annual|anniversary|birthday|year)\b/i;

const NUMBER_WORD = new RegExp(`^${NUMBER_WORD_SOURCE}$`);

function isNumberWord(token: string): boolean {
	return NUMBER_WORD.test(token.toLowerCase().replace(/[^a-z]/g, ''));
}
