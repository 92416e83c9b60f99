import { givesAway, type DateFact, type FigureFact, type Question, type QuoteFact, type Span } from './bank';
import {
	WordPool,
	agreesWithSlot,
	choicesSex,
	clozeDistractors,
	clozeKeys,
	keyWindow,
	pronounSex,
	describedSex,
	nounSex,
	shownIn,
	surnameOf,
	tagQuotes,
	titled,
	termKeys,
	type ClozeKey
} from './cloze';
import { NAME_PARTICLE, subjectCut, verbOpens } from './clean';
import { WEEKDAYS, dateCore, dateDistractors, tenseOf } from './date-distractors';
import { isFrequency } from './date-rules';
import {
	figureDistractors,
	hedgeOf,
	statementSwap,
	wholeAndPartBounds,
	writtenAlike
} from './figure-distractors';
import { hash, hashSeed } from './hash';
import { isFirstName, isPlaceWord, lexiconTags, verbOnlyPresent } from './lexicon';
import {
	numberToWords,
	FRACTIONS,
	ORDINALS,
	parseDigits,
	parseFigure,
	parseNumberWords,
	NUMBER_WORD_SOURCE,
	SMALL as NUMBER_WORDS
} from './numbers';
import { type Entity } from './people';
import { lifeBounds } from './life-bounds';
import { pollBounds } from './poll-bounds';
import { createRandom, shuffle } from './random';
import { RANKS, RankDealer, type Rank } from './rank';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, readableDate } from './readable-date';
import { UNITS, UNIT_WORDS, unitKind, unitWord, type FigureUnit, type UnitEntry } from './units';
import { isFiniteCue, isParticipleCue } from './cues';
import {
	completedByItsPair,
	fractionGiven,
	GiveawayIndex,
	degreeIdiom,
	modelNumberGiven,
	nearestToShown,
	otherPartGiven,
	quarterOfMonthShown,
	ratioGiven,
	restatedInWords,
	restOfTheWhole,
	statedOtherwise,
	partOfCountedWhole,
	changeWorkedOut,
	partsCountedAfter,
	productOfShown,
	sumOfShown,
	rankGiven,
	orderRulesOut,
	headlineTells,
	withoutGiveaways
} from './giveaways';
import { answerAt, WIKI_SPEAKER_LABEL, type Interview } from './interview';
import { knownCeiling, knownCount } from './known-counts';
import {
	knownAnniversary,
	knownDay,
	knownElectionDay,
	knownMonth,
	knownDecade,
	knownSeason,
	knownYear,
	misdatedEvent
} from './known-years';
import { tagSpan, termTags } from './tagger';
import { sentencesOf } from './segment';
import { endCut, escapeRegExp, wordsAt } from './regexp';
import { perText } from './per-text';

/**
 * Questions from facts. Every question must be one a student can trust: the answer is in the evidence, no
 * choice is another form of the answer or also true per the article, nothing in the prompt gives it away, and no
 * choice stands out by its form. Ids hash the fact's content and the type, so editing an unrelated paragraph
 * keeps them (students' progress is keyed by question id).
 *
 * A deck is capped at DECK_CAP questions: a long text (a report pasted whole, a book chapter) gives thousands of
 * facts, and nobody studies thousands of questions from one article. The facts asked about are then chosen
 * spread over the whole text, and the ones left out are counted by kind so the import screen can say so.
 */
export interface QuoteInfo {
	fact: QuoteFact;
	/** The speaker in the people table, when there is one. */
	speaker?: Entity;
	/** The sentence(s) with the quote and its attribution: what a question shows as evidence. */
	evidence: Span;
	nested: boolean;
	/** The words before a partial quote in its clause ("the plan was" before “rushed”), shown with it. */
	leadIn?: string;
	/** The interviewer's question this answer (a quote with no marks) answers. */
	answers?: string;
	/** The article says the words were written ("she wrote", "he tweeted"), not spoken. */
	written?: boolean;
}

export interface QuestionInput {
	text: string;
	quotes: QuoteInfo[];
	figures: FigureFact[];
	dates: DateFact[];
	/** Candidates for speaker distractors besides speakers: people and organisations the article mentions. */
	entities: Entity[];
	seed: number;
	/** The article's date, YYYY-MM-DD: date choices must fit the sentence's tense around it. */
	articleDate?: string;
	/** Who is speaking at a place in the text (a quote or reported speech), to frame an opinion as theirs. */
	sourceAt?: (start: number, end: number, kind?: 'figure' | 'date') => string | undefined;
	/** At most this many questions (DECK_CAP unless given). */
	cap?: number;
	/** The article's headline, shown with every card: a blank's key it holds is given away. */
	title?: string;
	/** The article as an interview with one interviewee, when it is one: its answers are that person's words. */
	interview?: Interview;
}

/** Facts left without a question because of the cap, by kind. */
export interface Omitted {
	quote: number;
	figure: number;
	date: number;
}

export interface QuestionOutput {
	questions: Question[];
	omitted: Omitted;
}

/**
 * About 300 questions: at Anki's default of 20 new cards a day, a fortnight of new cards from one article, and
 * three times what the bundled article (9 KB) gives. A long read of 30 KB stays under it; a pasted report of
 * 100 KB or more is cut to its best spread.
 */
export const DECK_CAP = 300;

const BLANK = '_____';
const MIN_QUOTE_WORDS = 3;
/** How often the article must name a person for a quote's bare "she" or "he" to be taken as them. */
const TALKED_OF_MENTIONS = 3;

/** A who-said question needs two other speakers: one wrong choice is a coin toss, the true-or-false's job. */
const MIN_WRONG_SPEAKERS = 2;
/** Fewer words than this, in lower case, are a phrase rather than a sentence: "quasi-state of war". */
const SENTENCE_WORDS = 6;
/** What-said choices are cut to the same number of words, so no choice stands out by its length or its "…". */
const WHAT_SAID_WORDS = 12;
/** A quote cut shorter than this no longer says anything a student could recognise. */
const MIN_CUT_WORDS = 5;
/** The fewest words a what-said choice keeps once its cut ends on a whole phrase. */
const MIN_CHOICE_WORDS = 4;
/** A sentence short enough for its key term to be recalled, long enough to place it. */
const TERM_WORDS = { min: 6, max: 20 };
/** Past this share of the text in one speaker's quotes, the article is their interview or statement. */
const LONE_SPEAKER_SHARE = 0.4;
/** How many of the nearest speakers, quotes, figures and dates are looked at for wrong answers. */
const WINDOW = 40;

const questionId = (type: Question['type'], key: string) => `q-${hash(`${type}|${key}`)}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
/**
 * A quote's number of words, counted once per quote: a long text's quote questions weigh and sort up to 80 nearby
 * quotes by their length for each quote asked, and splitting them anew each time cost about 5% of its generation.
 */
const wordCount = (fact: QuoteFact): number => {
	let n = quoteWordCounts.get(fact);
	if (n === undefined) {
		n = words(fact.quote).length;
		quoteWordCounts.set(fact, n);
	}
	return n;
};
const quoteWordCounts = new WeakMap<QuoteFact, number>();

/**
 * A test of a quote's words, read once per quote: a long text's what-said weighs each of up to 80 nearby quotes for
 * every quote asked (about 5,000 readings of 100 quotes in a 100 KB text).
 */
function oncePerQuote(test: (quote: string) => boolean): (fact: QuoteFact) => boolean {
	const read = new WeakMap<QuoteFact, boolean>();
	return (fact) => {
		let found = read.get(fact);
		if (found === undefined) {
			found = test(fact.quote);
			read.set(fact, found);
		}
		return found;
	};
}

const same = (a: string, b: string) => a.toLowerCase().trim() === b.toLowerCase().trim();

/**
 * A test of a sentence, read once per sentence: each figure and date of a sentence asks it of the sentence and of
 * the one before, and the tests run many expressions over the whole sentence (644 readings of 330 sentences in a
 * 100 KB text). Bounded for a long worker session.
 */
function oncePerSentence(test: (sentence: string) => boolean): (sentence: string) => boolean {
	const read = new Map<string, boolean>();
	return (sentence) => {
		let found = read.get(sentence);
		if (found === undefined) {
			found = test(sentence);
			if (read.size >= 5000) read.clear();
			read.set(sentence, found);
		}
		return found;
	};
}

/**
 * Words that cannot end a clause: a preposition, article, determiner, conjunction, relative pronoun, possessive or
 * "that" leaves the reader waiting for what comes next ("… critics of", "… which the council", "… said that the").
 * Words that as often stand alone at a clause's end ("before", "over", "all", "so") are not among them.
 */
const DANGLING = new Set(
	(
		'of to for with by from at into onto upon toward towards against among amid between through throughout ' +
		'across via per than within without during despite including under in on about as a an the this these ' +
		'those every each another no its their his her my our your whose and or but nor because although though ' +
		'if unless whether while whereas which who whom where that'
	).split(' ')
);

const LETTER = /\p{L}/u;
const WORD_CHARACTER = /[\p{L}'’]/u;

/** The character (a whole code point) that ends at `end`. */
function characterEndingAt(s: string, end: number): string {
	const low = s.charCodeAt(end - 1);
	const high = end >= 2 ? s.charCodeAt(end - 2) : 0;
	const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
	return s.slice(pair ? end - 2 : end - 1, end);
}

/**
 * The last word of a text with its apostrophes ("the town’s" → "town’s"), read back from its end: an expression
 * anchored at the end is tried from every character of the text, and what-said choices check the end of every cut
 * they try (a tenth of a long text's generation went there).
 */
export function lastWord(text: string): string {
	let end = text.length;
	for (let c: string; end > 0 && !LETTER.test((c = characterEndingAt(text, end)));) end -= c.length;
	if (end === 0) return '';
	let start = end;
	for (let c: string; start > 0 && WORD_CHARACTER.test((c = characterEndingAt(text, start)));)
		start -= c.length;
	while (end < text.length && /['’]/.test(text[end]!)) end++;
	return text.slice(start, end);
}

/** The text ends on a word that leaves its clause open (its last word is in DANGLING, or a possessive "the town’s"). */
export function danglingEnd(text: string): boolean {
	const last = lastWord(text).toLowerCase();
	return DANGLING.has(last) || /\p{L}['’]s$/u.test(last);
}

/**
 * A cut between two capitalised words splits a name ("according to Police Officer Mike …", "in Iraq, United …"):
 * the reader is left with half of who or where. A word ending in punctuation closes its name ("Iraq.", "Doe,").
 */
export function splitsName(last: string | undefined, next: string | undefined): boolean {
	// "Sport & Recreation" is one name across its ampersand.
	return /^(?:\p{Lu}[\p{L}'’-]*|&)$/u.test(last ?? '') && /^(?:\p{Lu}|&$)/u.test(next ?? '');
}

/**
 * The first `n` of `all` words with the dangling ones at their end taken off, and a name the cut would split
 * (never below `least` words).
 */
function closeCut(all: string[], n: number, least = 1): string[] {
	const kept = all.slice(0, n);
	while (
		kept.length > least &&
		(danglingEnd(kept.join(' ')) || splitsName(kept.at(-1), all[kept.length]) || quoteStub(kept))
	)
		kept.pop();
	return kept;
}

/**
 * A cut that leaves a quote opened in its last two words and never closed: "… claimed that knowing the figure
 * ‘would …’" shows one word of what was said, which the reader cannot place.
 */
function quoteStub(kept: readonly string[]): boolean {
	const tail = kept.slice(-2);
	const opens = tail.findIndex((w) => /^[“"‘]/u.test(w));
	return opens >= 0 && !/[”"’]/u.test(tail.slice(opens).join(' ').slice(1));
}

/**
 * A long quote cut at a word boundary, never mid-word, with an ellipsis; at a clause break in the last half of
 * the window if there is one, else with no word left dangling at the cut ("… critics of …").
 */
export function shorten(quote: string, max = 40): string {
	const w = words(quote);
	if (w.length <= max) return quote.trim();
	let cut = -1;
	for (let i = max; i > Math.floor(max * 0.5); i--)
		if (/[,;:]$/.test(w[i - 1] ?? '')) {
			cut = i;
			break;
		}
	const kept = cut > 0 ? w.slice(0, cut) : closeCut(w, max, Math.ceil(max / 2));
	return endCut(kept.join(' '));
}

/**
 * A quote as a choice or prompt shows it: without the comma or period the sentence around it lent it ("…the
 * international order." beside choices that end bare would stand out), so every quote in a set ends alike.
 * A question or exclamation mark is part of what was said and stays. The second half of a quote split around
 * "she said" ("and full prices leave no room") opens with "…", so it reads as the fragment it is.
 */
export function displayQuote(quote: string): string {
	return quote
		.trim()
		.replace(/^(?=(?:and|but|or|so|because|which)\s)/, '… ')
		.replace(/[,;:.]+(?=[’'”"]*$)/u, '')
		.replace(/\s+(?=[’'”"]*$)/u, '');
}

export const FINITE_AUXILIARY =
	/^(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)$/;

/**
 * A quote that opens mid-sentence on its verb or complement ("is a perfect example …", "has long championed …",
 * "build ladders so …"): its subject stayed outside the quotation marks, so shown alone, as a what-said choice or a
 * cloze with no lead-in, it says nothing of whom and carries nobody's point. A word the list does not hold is read
 * by its ending ("outfoxed", "stonewalling").
 */
export function subjectless(quote: string): boolean {
	// "still plans to represent all …", "in effect is undermining …": an adverb before the verb leaves the subject
	// as far outside.
	const plain = unbracketed(quote).replace(ADVERB_BEFORE_VERB, '');
	const [, first, next] = /^(\p{Ll}[\p{L}'’-]*)(?:\s+([\p{L}'’-]+))?/u.exec(plain) ?? [];
	// "like I said", "like many of you": the list has it as a verb only.
	if (!first || first === 'like') return false;
	// "to keep calling out bias": an infinitive whose doer stayed outside, as much as "keeps calling out bias".
	const word = first === 'to' && next ? next : first;
	const tags = lexiconTags(word);
	// "to inflict as much harm": after "to", a lower-case word the lexicon does not know is the infinitive's verb
	// ("to the harbour", "to our berths" are known words).
	if (word !== first && tags.length === 0 && /^\p{Ll}+$/u.test(word)) return true;
	// "states were hemorrhaging money": a word the lexicon knows as a verb, followed by an auxiliary, is the noun
	// that is its subject; "has been", "will be" are the verb's own auxiliaries.
	if (
		word === first &&
		next &&
		FINITE_AUXILIARY.test(next) &&
		!FINITE_AUXILIARY.test(first) &&
		!tags.some((t) => t === 'Copula' || t === 'Modal')
	)
		return false;
	// Not an adjective, which as often opens a subject ("many voters", "most people"), unless a participle's
	// ("focused on the budget", "determined to win").
	if (tags.length === 0 || tags.includes('Adjective')) return /^\p{L}{3,}(?:ing|ed)$/u.test(word);
	return tags.some((t) => VERB_TAG.test(t));
}

const ADVERB_BEFORE_VERB =
	/^(?:still|also|now|already|never|just|really|even|again|actually|always|often|in\s+effect|in\s+fact|in\s+turn|of\s+course)\s+(?=\p{Ll})/u;

/**
 * A quote's own words from their start: an editor's bracketed opening read as the word it stands for ("[does] not
 * think …" opens on its verb, its subject "the Government" left outside the marks), and an ellipsis opening a quote
 * cut from inside its sentence ("… but there was a cow in the skewer") left out, so that the words after it are read
 * for their case and clause as any quote's first words are.
 */
const unbracketed = (quote: string) =>
	quote
		.trim()
		.replace(/^(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*/u, '')
		.replace(/^\[(\p{Ll}[^\]]*)\]/u, '$1');

const opensLower = (quote: string) => /^\p{Ll}/u.test(unbracketed(quote));

/** Words after which a finite verb is a clause's inside the phrase, not the quote's own ("something that we …"). */
const SUBORDINATE = /^(?:that|which|who|whom|whose|than|because|if|when|where|while|since|although)$/;
const FINITE_TAG = /^(?:PresentTense|PastTense|Copula|Modal|Auxiliary)$/;

const NOUN_OPENER = /^(?:Determiner|Preposition|Adjective|Conjunction|Possessive|Pronoun|Value|Cardinal)$/;

/**
 * "the current system works fine": a word in -s right after a noun is read as its verb, though the lexicon lists it
 * as a plural ("works", "forms", "deals"); after "the", "of" or an adjective it is a noun ("the challenges").
 */
function presentAfterNoun(word: string, before: string | undefined): boolean {
	if (!before || !/^\p{Ll}{2,}[^s']s$/u.test(word) || !/\p{L}$/u.test(before)) return false;
	return !SMALL_WORD.test(before) && !lexiconTags(before).some((t) => NOUN_OPENER.test(t));
}

/**
 * Words opening in lower case with no finite verb of their own before a clause of theirs begins: a noun or an
 * adjective phrase ("most honest in a long time", "something that we have to work on", "an important partner in
 * the regime"). Shown with no words leading in ("X said “most honest in a long time”") it says nothing a reader
 * can place; a clause ("all these attacks are aimed at us", "it posed risks") reads alone.
 */
export function clauseless(quote: string): boolean {
	const w = words(unbracketed(quote));
	for (let i = 0; i < w.length; i++) {
		const x = w[i]!.toLowerCase().replace(/[^\p{L}'’-]/gu, '');
		if (i > 0 && SUBORDINATE.test(x)) return true;
		const stem = x
			.replace(/^(?:can|ca|wo)n['’]?t$|^cannot$/, 'can')
			.replace(/n['’]t$/, '')
			.replace(/['’](?:s|re|ve|ll|d|m)$/, '');
		if (
			FINITE.test(stem) ||
			/^(?:i|we|you|he|she|they|it)$/.test(stem) ||
			/\p{Ll}{2,}ed$/u.test(stem) ||
			lexiconTags(stem).some((t) => FINITE_TAG.test(t)) ||
			presentAfterNoun(stem, w[i - 1])
		)
			return false;
	}
	return true;
}

/**
 * Lower-case words that read alone as something said: their first sentence opens on its subject (past an
 * opening adverb, "again, it doesn't …") and has a finite verb. Words cut from inside the reporter's sentence do
 * not: an infinitive or a phrase opened by a preposition or subordinator ("to deal with criminals …", "in the face
 * of continued reports …", "whether 18:1 …"), a "that" clause, a verb whose subject stayed outside the marks
 * ("stand firm on drugs …"), an adjective's complement ("premature to predict …", "painful and difficult …"), or a
 * noun phrase with no verb ("an important partner in the regime"). A clause after a comma may stand for the
 * sentence ("if they don't accept it, we will go to arbitration").
 */
export function readsAlone(quote: string, mainClause = false): boolean {
	// "George W. Bush" ends no sentence at its initial.
	const first = unbracketed(quote)
		.split(/(?<=[!?;]|(?<!\b\p{Lu})\.)\s+|\.\.\.|…/u)[0]!
		.trim();
	// "he's" is two terms, the second (its verb) with no text of its own.
	const terms = termTags(first);
	let i = 0;
	while (i < terms.length && terms[i]!.tags.some((t) => t === 'Adverb' || t === 'Negative')) i++;
	const head = terms[i];
	if (!head) return false;
	const is = (k: number, tag: string) => terms[k]?.tags.includes(tag) ?? false;
	const afterComma = () => {
		const comma = first.indexOf(', ');
		const rest = first.slice(comma + 2);
		return comma > 0 && readsAlone(rest, mainClause) && !(mainClause && subjectless(rest));
	};
	if (OPENS_NO_CLAUSE.test(head.word)) return afterComma();
	// "and next year the government will consult …": a coordinator joins the words to a clause left out.
	if (/^(?:and|but|or|nor)$/i.test(head.word)) return false;
	if (/^that$/i.test(head.word) && !is(i + 1, 'Verb')) return afterComma();
	if (is(i, 'Verb') && !is(i, 'Noun') && !is(i, 'Pronoun')) return false;
	if (is(i, 'Adjective') && (is(i + 1, 'Preposition') || is(i + 1, 'Conjunction'))) return false;
	// Asked for its main clause (words shown alone, "Who said “something that we have to work on”?"), the first
	// finite verb after a relative word or subordinator is its inner clause's, inside the noun phrase; the quote's own
	// comes after it ("every day that passes brings …"). "allegations made by …": a past form before "by" is a
	// participle. A lead-in's words ("telling officials that “you …”") may read on into a clause of the reporter's.
	let inner = false;
	for (let k = i; k < terms.length; k++) {
		const t = terms[k]!;
		if (mainClause && k > i && INNER_CLAUSE.test(t.word)) {
			inner = true;
			continue;
		}
		const finite =
			t.tags.some((tag) => FINITE_TAG.test(tag)) &&
			!t.tags.includes('Gerund') &&
			!/ing$/i.test(t.word) &&
			!/^to$/i.test(terms[k - 1]?.word ?? '') &&
			!(mainClause && t.tags.includes('PastTense') && /^by$/i.test(terms[k + 1]?.word ?? ''));
		if (!finite) continue;
		if (!inner) return true;
		inner = false;
	}
	return false;
}
/**
 * "Class II, which the USDA describes as “a health hazard situation where there is a remote probability of …”": what
 * a body defines a term as is a noun phrase by nature, its relative clause the definition's sense, so its words are
 * asked as they stand ("Who said …?") without the main clause words shown alone need (`readsAlone(quote, true)`).
 */
const DEFINED_AS =
	/\b(?:describes?|described|defines?|defined|classif(?:y|ies|ied)|characteri[sz]es?|characteri[sz]ed)\s+(?:(?:it|them|this|that|these|those)\s+)?as\s*["“]?$/i;
export function definitionQuoted(before: string, quote: string): boolean {
	return DEFINED_AS.test(before) && /^(?:a|an|the)\s/i.test(quote);
}

/** Words opening a clause inside a noun phrase or beside the main one, whose verb is not the quote's own. */
const INNER_CLAUSE =
	/^(?:that|which|who|whom|whose|as|than|because|if|when|where|while|since|although|though|unless|until|whether)$/i;

/** Words that open a phrase or a subordinate clause, never a sentence's subject. */
const OPENS_NO_CLAUSE =
	/^(?:to|in|on|at|for|with|by|from|of|under|over|about|against|into|during|after|before|since|until|due|as|if|whether|when|where|because|although|though|while|unless|than)$/i;

/**
 * A quote cut from inside its sentence with no clause of its own: a noun phrase ("false hope that the pier would
 * reopen …") or an object and its complement ("it [the pier] a safer place …", from "make it a safer place").
 * As a what-said choice it is not something anyone could be heard to say.
 */
export function fragmentChoice(quote: string): boolean {
	if (!opensLower(quote)) return false;
	const plain = unbracketed(quote).replace(/\s*\[[^\]]*\]/gu, '');
	return OBJECT_THEN_COMPLEMENT.test(plain) || clauseless(plain);
}
/** "it a safer place", "them more time": a pronoun read as an object, its complement right after it. */
const OBJECT_THEN_COMPLEMENT = /^(?:it|them|him|her|us|me)\s+(?:a|an|the|more|less|so|too|very)\s/iu;

/**
 * Lower-case words opening on a pronoun whose referent the reporter named before the marks ("it posed and possibly
 * still poses unknown risks", "he is a longstanding leader …", "this is a major blow to confidence"): shown with no
 * words leading in, they say something of nothing a reader can see, so "Who said this?" asks a guess. An editor's
 * bracket names the referent ("he [Bush] feels terrible"); an "it" that stands for the clause after it ("it's time
 * to …", "it would be up to the courts to determine …") and a demonstrative before its noun ("these missile tests
 * …") point nowhere before.
 */
export function opensOnReferent(quote: string): boolean {
	const plain = unbracketed(quote);
	const m = /^(it|he|she|they|this|that|these|those)(?:['’](s|re|ll|d|ve))?\s+(\S+)/u.exec(plain);
	if (!m) return false;
	const [, pronoun, contracted, next] = m;
	if (next!.startsWith('[')) return false;
	if (/^(?:this|that|these|those)$/.test(pronoun!) && !contracted) {
		const word = next!.replace(/[^\p{L}'’]/gu, '').toLowerCase();
		if (!FINITE_AUXILIARY.test(word) && !lexiconTags(word).some((t) => FINITE_TAG.test(t))) return false;
	}
	if (pronoun === 'it' && (contracted === 's' || DUMMY_VERB.test(next!))) {
		const clause = plain.split(/[,;:.!?—–]|\s-+\s/u)[0]!;
		if (EXTRAPOSED.test(clause)) return false;
	}
	return true;
}
/**
 * "Who said he was “fully committed to not taking such measures”?", "“Nobody has conveyed such invitations.”": "such"
 * before a noun points back to what a sentence before named; in a lead-in or near the start of the quote's first
 * sentence nothing shown can be what it means. "such as", "such a", "such … that" do not point
 * back, and one far into a long sentence has the words before it to stand for.
 */
export function suchBefore(leadIn: string | undefined, quote: string): boolean {
	const first = unbracketed(quote).split(/(?<=[!?;]|(?<!\b\p{Lu})\.)\s+/u)[0]!;
	const shown = [...words(leadIn ?? ''), ...words(first).slice(0, SUCH_WITHIN)].map((w) =>
		w.replace(/[^\p{L}'’-]/gu, '')
	);
	return shown.some(
		(w, i) =>
			/^such$/i.test(w) &&
			/^\p{Ll}{3,}$/u.test(shown[i + 1] ?? '') &&
			!NOT_A_NOUN_AFTER_SUCH.test(shown[i + 1]!) &&
			!/\b(?:as|that)\b/i.test(shown.slice(i + 2).join(' '))
	);
}
const SUCH_WITHIN = 8;
const NOT_A_NOUN_AFTER_SUCH = /^(?:as|at|in|on|to|of|for|and|or|but|that|the|an)$/;

/** The verbs an "it" standing for a later clause opens on ("it is", "it would be", "it seems"). */
const DUMMY_VERB =
	/^(?:is|was|isn['’]t|wasn['’]t|would|will|could|might|may|should|seems|seemed|has|had|remains)$/;
/** What that later clause opens on: an infinitive (not "to" before a noun's determiner), "that", a question word. */
const EXTRAPOSED =
	/\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|anyone|everyone|all|me|us|them|him)\b)\p{Ll}|\b(?:that|time|whether|if|how|what|why)\b/u;

function quoted(quote: string, max = 40): string {
	return `“${asInnerQuotes(shorten(displayQuote(quote), max))}”`;
}

/**
 * A lead-in as it reads inside a question: the sentence's opening title keeps its capital ("Who said Mr. Lind is
 * …", not "mr. Lind"), though the lead-in's first word is set in lower case to follow "Who said".
 */
export function leadInShown(leadIn: string): string {
	return (
		leadIn
			.replace(/^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|sgt|capt|rev)\.(?=\s+\p{Lu})/u, capitalize)
			// "Who said A VAT increase would …": the one-letter article that opened the sentence is lowered too.
			.replace(/^A(?=\s+\p{L})/u, 'a')
	);
}

/** A quote with the words that lead into it when it is only a fragment: the plan was “rushed”. */
function withLeadIn(q: QuoteInfo, max = 40): string {
	return q.leadIn ? `${leadInShown(q.leadIn)} ${quoted(q.fact.quote, max)}` : quoted(q.fact.quote, max);
}

/**
 * The verb that puts a quote in someone's mouth: "said the plan was “rushed”", but "was quoted calling the
 * destruction “horrific”" when the lead-in is a participle.
 */
export function saidVerb(leadIn: string | undefined, quote = ''): string {
	if (!leadIn) return 'said';
	const first = /^\S+/.exec(leadIn)![0];
	// "expressed hope that", "called the plan", "went on to speculate whether": the lead-in's own verb asks the
	// question.
	if (isFiniteCue(first) || /^\p{Ll}+ed$/u.test(first) || /^(?:went|goes)\s+on\s+to\s/.test(leadIn))
		return '';
	// "following a vote that he had “…”": a preposition, not a participle, and "using the tax “is a misguided
	// approach”": a gerund that is the quote's subject; neither reads after "was quoted".
	if (ING_PREPOSITION.test(first) || FINITE_AUXILIARY.test(/^\p{L}+/u.exec(quote.trim())?.[0] ?? ''))
		return 'said';
	// "handing over the soldier doesn't come": a gerund with its own verb later in the lead-in is that clause's
	// subject ("was quoted handing over …" reads as if he handed it over); a speech participle ("saying the plan
	// would") is his.
	if (!isParticipleCue(first) && gerundSubject(leadIn.split(/\s+/).slice(1))) return 'said';
	return /^\p{Ll}+ing\b/u.test(leadIn) ? 'was quoted' : 'said';
}

/**
 * The words after a lead-in's -ing word reach a verb of their own with no clause opened before it: "over the
 * soldier doesn't", not "that she is" (the participle's reported clause).
 */
function gerundSubject(rest: readonly string[]): boolean {
	const verb = rest.findIndex((w) => FINITE_AUXILIARY.test(w) || /n['’]t$/.test(w));
	return verb > 0 && !rest.slice(0, verb).some((w) => CLAUSE_OPENING.test(w));
}

const CLAUSE_OPENING =
	/^(?:that|if|whether|while|when|because|he|she|it|they|we|I|you|there|this|who|which)$/i;

const ING_PREPOSITION =
	/^(?:during|following|including|regarding|concerning|according|considering|excluding|pending|barring)$/i;

/** "said", or "wrote" for words the article says were written: a tweet or a letter is not speech. */
const said = (q: QuoteInfo) => (q.written ? 'wrote' : 'said');

/** A lead-in's verb for the quote: "said" becomes "wrote" for written words; a cue of its own stays. */
const verbFor = (q: QuoteInfo) => {
	const verb = saidVerb(q.leadIn, q.fact.quote);
	return verb === 'said' ? said(q) : verb;
};

/**
 * "believes Mali is “a country …”": a lead-in that tells what the speaker believes, hopes or fears states a mind, not
 * words. Lent to another person of the article it is not false by anything the article says (a president may well
 * believe his own country is “committed to the rights of its people”), so it makes no true/false statement.
 */
const BELIEF_LEAD_IN =
	/^(?:believes|believed|thinks|thought|feels|felt|hopes|hoped|fears|feared|doubts|doubted|expects|expected)\b/;

/** "Who said …", "Who called …": the verb (if any) and the quote with its lead-in. */
const saying = (q: QuoteInfo) => [verbFor(q), withLeadIn(q)].filter(Boolean).join(' ');

/**
 * Words the article says were written, not spoken: outside the quotation marks its sentence has a verb of writing
 * ("wrote", "tweeted", "posted") and none of speech ("said", "told"), or names the letter, cable or memo the words
 * are in, whatever its verb ("In his letter, Roe said …", "the cable read": `WRITTEN_IN`).
 */
export function writtenCue(sentence: string): boolean {
	const outside = sentence.replace(/“[^”]*”?|"[^"]*"?/g, ' ');
	if (WRITTEN_IN.test(outside)) return true;
	return (
		/\b(?:wrote|writes|write|writing|tweeted|tweets|tweeting|posted|penned|e-?mailed)\b/i.test(outside) &&
		!/\b(?:said|says|say|saying|told|tells|telling|spoke|speaking|asked|interview|argued|argues|explained|declared|stated|responded|replied|answered)\b/i.test(
			outside
		)
	);
}

/** "in his letter", "In Roe's draft", "in a recent memo", "the cable read": a written document holds the words. */
const WRITTEN_IN =
	/\b(?:[Ii]n\s+(?:his|her|their|its|the|a|an|\p{Lu}[\p{L}.-]*['’]s)\s+(?:\p{Ll}+\s+)?(?:letter|draft|cable|memo|memorandum|e-?mail|blog\s+post|op-ed|editorial|essay)|(?:letter|cable|memo|memorandum|e-?mail)\s+(?:said|says|read|reads|stated|states))\b/u;

const PAST_ROLE = /\b(?:at\s+the\s+time|back\s+then|then)\b/i;

/**
 * "a harbour pilot to reporters at a press conference on Monday", "a ferry captain yesterday": the role ran on into
 * when and to whom the words were said, which describes the saying, not the person.
 */
const SAYING_AFTER_ROLE =
	/\b(?:to (?:reporters|journalists|the press|the media)|at a (?:press|news) conference|in an interview)\b|\b(?:yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/;

/**
 * A role read whole: "chief executive of Acme", not "chief executive of" cut before its body, and no bracket or
 * quotation mark left open. A role cut short is shown not at all.
 */
export function wholeRole(role: string): boolean {
	const r = role.trim().replace(/[,;:]+$/, '');
	if (r === '' || /\b(?:of|at|for|in|on|to|with|from|by|and|or|the|a|an|its|their|his|her)$/i.test(r))
		return false;
	// "a real estate developer at the time", "then the secretary of state": what the person was when something
	// else happened, often years before the words a question asks about.
	if (PAST_ROLE.test(r)) return false;
	if (SAYING_AFTER_ROLE.test(r)) return false;
	if (/['’]s$/.test(r)) return false;
	const count = (re: RegExp) => (r.match(re) ?? []).length;
	return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}

/** "Alexander Gabuev, a senior fellow at …": the speaker as an explanation names them. */
function describe(e: Entity | undefined, fact: QuoteFact): string {
	const name = capitalize(fact.speaker.name);
	const given = e?.role ?? fact.speaker.role;
	const role = given && wholeRole(given) ? given : undefined;
	// "The Australian (newspaper)": an organisation's kind reads as a note, a person's role as an appositive.
	if (role && e?.kind === 'organisation') return `${name} (${role})`;
	return role ? `${name}, ${role},` : name;
}

const DOUBLE_MARK = /["“”]/;

/**
 * A sentence shown inside “…” has its own double quotes turned to single ones, as English nests them:
 * “‘Six minutes?’ he said.”, not “"Six minutes?" he said.”.
 */
export function asInnerQuotes(s: string): string {
	// Most prompts hold no double mark, and then neither step changes them: every prompt and choice passes here.
	if (!DOUBLE_MARK.test(s)) return s;
	return pairedMarks(s)
		.replace(/(^|[\s([—–-])["“](?=\S)/gu, '$1‘')
		.replace(/["”]/g, '’');
}

/**
 * A sentence taken from inside a quote, or cut short, has its quotation marks paired up again. A mark whose
 * partner lies outside the sentence is dropped when nothing but punctuation stands on its far side (“… increased
 * a thousand fold.”” shows no stray closing mark), and partnered at the sentence's edge when words do, so that
 * the attribution never runs into the quote: “… 250 and 251", said KCNA.” becomes ““… 250 and 251", said KCNA.”,
 * and “Skype stated that, "we're sorry …” ends with a closing mark. A straight mark after a letter or
 * punctuation closes, and so does one after a blank, which stands for words (“sail "within _____".”).
 */
export function pairedMarks(s: string): string {
	const drop = new Set<number>();
	const open: number[] = [];
	let opener = '';
	let closer = '';
	for (const m of s.matchAll(/["“”]/g)) {
		const closing = m[0] === '”' || (m[0] === '"' && /[\p{L}\p{N}_.,!?…;:)’'-]/u.test(s.charAt(m.index - 1)));
		if (!closing) open.push(m.index);
		else if (open.length > 0) open.pop();
		else if (/[\p{L}\p{N}]/u.test(s.slice(m.index + 1))) opener = m[0] === '"' ? '"' : '“';
		else drop.add(m.index);
	}
	for (const i of open) {
		if (/[\p{L}\p{N}]/u.test(s.slice(0, i))) closer = s.charAt(i) === '"' ? '"' : '”';
		else drop.add(i);
	}
	const kept =
		drop.size === 0
			? s
			: s
					.split('')
					.filter((_, i) => !drop.has(i))
					.join('');
	return opener + kept + closer;
}

/**
 * The sentence with the words at `at` (of length `length`) blanked, cut to whole words around the blank. A long
 * sentence loses its end before its start: the start holds the subject and who is speaking ("Wilkins observed
 * that …"), and a prompt opening mid-clause ("… which is part of the Foundation, coincided with") reads as
 * nobody's words.
 */
export function blankAt(sentence: string, at: number, length: number, maxWords = PROMPT_WORDS): string {
	const before = words(sentence.slice(0, at));
	const after = words(sentence.slice(at + length));
	const fits = before.length + after.length < maxWords;
	const tailKept = fits
		? after.length
		: Math.min(after.length, Math.max(MIN_TAIL, maxWords - 1 - before.length));
	const headKept = fits ? before.length : maxWords - 1 - tailKept;
	// "Quill, … argued that": a head cut short keeps the subject it opens with, when a comma sets it off early.
	const subject = before.slice(0, OPENING_WORDS).findIndex((w) => w.endsWith(',')) + 1;
	const head =
		before.length <= headKept
			? before
			: subject > 0 && headKept - subject >= MIN_TAIL
				? [...before.slice(0, subject), '…', ...before.slice(-(headKept - subject))]
				: ['…', ...before.slice(-headKept)];
	const tail = after.length > tailKept ? [...closeCut(after, tailKept, 0), '…'] : after;
	const glued = sentence.slice(at + length).startsWith(' ') ? ' ' : '';
	const joined =
		(head.length ? `${head.join(' ')}${sentence.charAt(at - 1) === ' ' ? ' ' : ''}` : '') +
		BLANK +
		(tail.length ? `${glued || (/^[,.;:!?'’"”)]/.test(tail[0]!) ? '' : ' ')}${tail.join(' ')}` : '');
	return asInnerQuotes(
		joined
			.replace(/ {2,}/g, ' ')
			.replace(/([“‘"(]) +(?=_)/u, '$1')
			// "after an _____ lull": the article would tell "11-year" from "9-year", so it says either.
			.replace(/\b([Aa])n? (?=_____)/, '$1(n) ')
	);
}

/** Words kept after a blank in a long sentence, so the blank reads in its clause ("_____ jobs, $2.5 billion …"). */
const MIN_TAIL = 8;
/** A sentence's subject set off by a comma within this many words ("Quill,", "Mara Quill, 52,") is kept. */
const OPENING_WORDS = 4;

/** "a" or "an" as the words are said: "an 11-year", "an 80-day", "a 9-year", "a one-year", "an hour". */
export function indefiniteArticle(word: string): 'a' | 'an' {
	const raw = word.trim();
	// "$8 million" is said "eight million dollars": the article goes with the number after the sign.
	const signed = /^[$€£¥₹]\s*(?=\d)/.exec(raw);
	if (signed) return indefiniteArticle(raw.slice(signed[0].length));
	// "US$5 million", "an NHS trust": letters said one by one take the article of the first letter's name.
	if (/^\p{Lu}(?:\p{Lu}+|\p{Lu}*[$€£¥.])/u.test(raw) && !/^\p{Lu}\p{Ll}/u.test(raw))
		return /^[AEFHILMNORSX]/.test(raw) ? 'an' : 'a';
	const w = raw.toLowerCase();
	const digits = /^\d[\d,]*/.exec(w)?.[0];
	if (digits !== undefined) {
		const group = digits.split(',')[0]!;
		return group.startsWith('8') || ((group === '11' || group === '18') && !/^\d+\.\d/.test(w)) ? 'an' : 'a';
	}
	if (/^(?:one|once|uni|use|usu|eu|ewe)/.test(w)) return 'a';
	if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
	return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/**
 * "during a(n) _____ confrontation" among 2010, 2011, 2012 and 2013: when every choice takes the same article, the
 * prompt says it, as the article did; "a(n)" stays only where the article would tell the choices apart. A
 * flashcard is graded by its reader, so its front reads as the article did, with the article of its answer.
 */
export function articleOfChoices(q: Question): Question {
	if (!/\b[Aa]\(n\) _____/.test(q.prompt)) return q;
	if (q.type === 'flashcard') return { ...q, prompt: withArticle(q.prompt, indefiniteArticle(q.answer)) };
	if (q.type === 'true-false' || !('choices' in q) || !q.choices) return q;
	const articles = new Set(q.choices.map((c) => indefiniteArticle(c)));
	const [article] = articles;
	if (articles.size !== 1 || !article) return q;
	return { ...q, prompt: withArticle(q.prompt, article) };
}

const withArticle = (prompt: string, article: 'a' | 'an') =>
	prompt.replace(
		/\b([Aa])\(n\) (?=_____)/,
		(_, a: string) => `${a === 'A' ? capitalize(article) : article} `
	);

/** Ways the rest of a blanked prompt gives its answer away (giveaways.ts). */
const BLANK_GIVEN_AWAY: readonly ((prompt: string, answer: string) => boolean)[] = [
	completedByItsPair,
	restatedInWords,
	restOfTheWhole,
	otherPartGiven,
	ratioGiven,
	fractionGiven,
	modelNumberGiven,
	degreeIdiom,
	quarterOfMonthShown,
	sumOfShown,
	productOfShown,
	partsCountedAfter,
	partOfCountedWhole,
	changeWorkedOut,
	rankGiven
];

/** The sentence with `value` in the blank, "a"/"an" before it made to fit it. */
/**
 * "could save £5, or even more": a bound set after the figure and a comma, which `hedgeOf` does not see in the
 * figure's words; "£6" would be true too.
 */
const OR_BEYOND =
	/^,?\s+or\s+(?:even\s+|perhaps\s+|possibly\s+|maybe\s+)?(?:more|higher|greater|above|over|less|fewer|lower|below|under)\b/i;

/**
 * The sentence a blank came from, for after the answer: cut to its first 60 words, unless the blank lies past the
 * cut, when the prompt's own window is shown filled in, so the answer is always in what the student reads.
 */
function articleSays(blank: Blank, context: string): string {
	const said = shorten(blank.said, 60);
	const shownTo = said.endsWith('…') ? said.length - 1 : said.length;
	const blankIn = blank.said.length - (blank.sentence.length - blank.at) + blank.core.length;
	return asInnerQuotes(blankIn <= shownTo ? said : filled(context, blank.core));
}

function filled(context: string, value: string): string {
	return context
		.replace(/\b([Aa])\(n\) (?=_____)/, (_, a: string) => {
			const article = indefiniteArticle(value);
			return `${a === 'A' ? article.charAt(0).toUpperCase() + article.slice(1) : article} `;
		})
		.replace(BLANK, value);
}

/** "the", "its", and an owner's possessive, which owns the whole as "its" does ("of the country's nine", "of Kellmark's 18"). */
const DETERMINER =
	"(?:(?:the|their|its|his|her|our|my|your|those|these|every|each)\\s+)?(?:(?:[\\p{L}.-]+\\s+){0,2}[\\p{L}.-]+['’]s\\s+)?";
/** A count or an amount as a part or a whole writes it: "six", "18", "$5", "$2 billion". */
const PART_OR_WHOLE =
	'((?:[$€£¥]\\s?)?[\\p{L}\\d][\\p{L}\\d,.-]*(?:\\s+(?:thousand|million|billion|trillion))?)';
const PLACE = '(?:(?:last|first|next|past|previous|remaining)\\s+)?';
const WHOLE_AFTER = new RegExp(`^\\s+(?:out\\s+)?of\\s+${DETERMINER}${PLACE}${PART_OR_WHOLE}`, 'iu');
/** "50 territories …, 18 of which …": the part named after the whole it is part of. */
const PART_OF_WHICH_AFTER = /^[^.;:]{0,80}?,\s+([\p{L}\d][\p{L}\d,.-]*?)\s+of\s+(?:which|whom|them)\b/iu;
/** "… through 50 territories on the way, _____ of which …": the whole, the last count before the comma. */
const WHOLE_BEFORE_WHICH = /(\d[\d,.]*)\s[^.;:]{0,80}?,\s*$/u;
const PART_BEFORE = new RegExp(`${PART_OR_WHOLE}\\s+(?:out\\s+)?of\\s+${DETERMINER}${PLACE}$`, 'iu');
/**
 * Every wrong choice a blank may take is weighed against the same words before it, and the expression, held only at
 * the end, is tried at each of their places: the part they name is read once per blank.
 */
const partBefore = perText((before) => PART_BEFORE.exec(before)?.[1]);

/** A number written as a noun that takes "of": "a pair of jets", "a dozen of them". */
const NUMBER_NOUN = /^(?:a|the)\s+(?:pair|brace|trio|dozen|score)$/i;

/**
 * "with a pair of cargo jets": the key is a noun taking "of", and a plain number in its place ("with 3 of cargo
 * jets") is ungrammatical, so a choice or a false statement made of it gives itself away.
 */
export function fitsNumberNoun(choice: string, key: string, after: string): boolean {
	return !(NUMBER_NOUN.test(key.trim()) && /^\s+of\b/i.test(after)) || NUMBER_NOUN.test(choice.trim());
}

const RISE =
	/\b(?:increas\w*|ris(?:e|es|ing|en)|rose|rais(?:e|es|ed|ing)|grow\w*|grew|boost\w*|expand\w*)\b/i;
const FALL =
	/\b(?:decreas\w*|cut(?:s|ting)?|reduc\w*|fall(?:s|ing|en)?|fell|drop\w*|lower\w*|shr[iu]nk\w*)\b/i;

/**
 * "ruled out an increase in fares, only to _____ them": a sentence that tells the change went up leaves "halve"
 * no place among "double", "triple" and "quadruple", and one that tells it went down leaves no place to "triple".
 */
export function fitsDirection(choice: string, sentence: string): boolean {
	const rise = RISE.test(sentence);
	const fall = FALL.test(sentence);
	if (rise === fall) return true;
	if (/^halv/i.test(choice.trim())) return !rise;
	if (/^(?:doubl|tripl|quadrupl|quintupl)/i.test(choice.trim())) return !fall;
	return true;
}

/** A part won: "has won 143 of ", "took _____" (the seats, votes or games it won out of the whole). */
const WON_BEFORE =
	/\b(?:won|wins?|winning|took|takes|secured|captured|gained)\s+(?:(?:only|just|about|nearly|some)\s+)?(?:[\p{L}\d][\p{L}\d,.-]*\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her)\s+)?)?$/iu;

/**
 * "won _____ of their last six matches": a part is never more than its whole, and in "five of their last
 * _____" the whole is never less than its part; the same of "50 areas …, 18 of which" and of amounts ("about _____
 * of every $5"): a wrong choice that breaks it gives itself away. Given the key, a part won ("has won 143 of
 * _____ seats") also stays on the key's side of half: 143 is a majority of 243, and 292, 352 and 425 would each make
 * the winners a minority, so the one choice that keeps them ahead is the key. Of a part not won ("14 of its _____
 * reactors", "one of _____ steps") which side of half it lies tells nothing.
 */
export function fitsPartOfWhole(choice: string, before: string, after: string, key?: string): boolean {
	const mine = parseFigure(choice);
	if (!mine) return true;
	// "About $4 of every $5": an amount's part and whole are in one currency; a share ("30 percent of the 12") is not.
	const count = (s: string | undefined) => {
		const f = s === undefined ? null : parseFigure(s);
		return f && f.unit === mine.unit && mine.unit !== 'percent' ? f.value : undefined;
	};
	const ofWhich = /^\s+of\s+(?:which|whom|them)\b/i.test(after);
	const whole =
		count(WHOLE_AFTER.exec(after)?.[1]) ??
		(ofWhich ? count(WHOLE_BEFORE_WHICH.exec(before)?.[1]) : undefined);
	const part = count(partBefore(before)) ?? count(PART_OF_WHICH_AFTER.exec(after)?.[1]);
	if ((whole !== undefined && mine.value > whole) || (part !== undefined && mine.value < part)) return false;
	const answer = key === undefined || !WON_BEFORE.test(before) ? undefined : count(key);
	if (answer === undefined) return true;
	const side = (p: number, w: number) => Math.sign(2 * p - w);
	// Exactly half is a side of its own that no other choice shares.
	if ((whole !== undefined && side(answer, whole) === 0) || (part !== undefined && side(part, answer) === 0))
		return true;
	if (whole !== undefined) return side(mine.value, whole) === side(answer, whole);
	return part === undefined || side(part, mine.value) === side(part, answer);
}

/** A change's words, each with its base form, which is also its noun: "will fall from", "an increase from". */
const FALL_VERB =
	'fall|fell|fallen|falls|falling|drop|dropped|drops|dropping|decline|declined|declines|declining|decrease|decreased|decreases|shrink|shrank|shrunk|slipped|slid|sank|plunged|plummeted|tumbled|cut|reduce|reduced|narrow|narrowed|narrows|narrowing';
const RISE_VERB =
	'rise|rose|risen|rises|rising|grow|grew|grown|grows|growing|increase|increased|increases|increasing|climb|climbed|climbs|jump|jumped|jumps|soared|surged|raise|raised|expand|expanded|widen|widened|widens|widening';
/**
 * "crude fell _____ on Tuesday" for "$1.85 to US$51.86": after a change's verb, "X to Y" is the change and the new
 * level, not a range, and both moved by one factor read as no price at all ("$0.74 to US$21.00", W7). Shares stay
 * a range: "prices will rise by 30 percent to 50 percent".
 */
const CHANGE_BEFORE = new RegExp(`\\b(?:${FALL_VERB}|${RISE_VERB}|up|down|by)\\s*$`, 'i');
/** A figure as a change's other end writes it: "19", "$3 million", "24%", "four". */
const CHANGE_END =
	'((?:[A-Z]{0,3}[$€£¥]\\s?)?\\d[\\d,.]*(?:\\s*(?:%|percent|per cent|million|billion|thousand|bn|m)\\b)?|[\\p{L}-]+)';
/**
 * "fell in May from", "narrowed sharply from", "increase the number of eligible voters from": up to six words (no
 * number, no clause break) after the verb, the thing that changed among them.
 */
const BY_THE_WAY = '(?:\\s+[^\\s\\d.,;:]+){0,6}?';
/** A hedge before a change's end: "to around _____", "from the equivalent of $13 billion". */
const HEDGE =
	'(?:around|about|nearly|almost|roughly|approximately|some|over|more\\s+than|an\\s+estimated|the\\s+equivalent\\s+of)';
/**
 * "from its current level of around 145 euros to", "down from the previous estimate of": what the old figure was,
 * named before it.
 */
const LEVEL_OF =
	'(?:(?:its|their|his|her|the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:level|rate|price|value|figure|total|high|low|peak|average|estimate|forecast|projection)\\s+of\\s+)';
/**
 * "from April’s 18-point margin to", "from the equivalent of US$13.6 billion last year to", "from $201 million in the
 * 2006 financial year to": a possessive or a hedge before the number, its unit's words or a time after it.
 */
const FROM_END = `(?:${LEVEL_OF})?(?:\\p{L}+['’]s?\\s+|${HEDGE}\\s+)?${CHANGE_END}(?:-\\p{L}+)?(?:\\s+(?:\\p{L}+|(?:19|20)\\d{2})){0,5}?`;
const FROM_BLANK = new RegExp(`\\b(?:(${FALL_VERB})|${RISE_VERB})${BY_THE_WAY}\\s+from\\s+$`, 'iu');
/** "rose from _____ in April to 19 percent", "from _____ in 2014 to $557 million": a time may stand before "to". */
const TO_AFTER = new RegExp(`^(?:\\s+(?:[^\\s\\d.,;:]+|(?:19|20)\\d{2})){0,3}?\\s+to\\s+${CHANGE_END}`, 'u');
/** "fell from 24 to _____", "Revenue was up from $201 million to _____": a verb, or "up" or "down" right before "from". */
const FROM_TO_BLANK = new RegExp(
	`\\b(?:(?:(${FALL_VERB})|${RISE_VERB})${BY_THE_WAY}|(down)|up)\\s+from\\s+${FROM_END}\\s+to(?:\\s+${HEDGE})?\\s+$`,
	'iu'
);
/**
 * "increased from 145 euros to 176 euros in 2010 and to _____ in 2014": the next step of a change told in steps goes
 * on the way the first went.
 */
const AND_TO_BLANK = new RegExp(
	`\\b(?:(${FALL_VERB})|${RISE_VERB})${BY_THE_WAY}(?:\\s+from\\s+${FROM_END})?\\s+to\\s+(?:${HEDGE}\\s+)?${CHANGE_END}(?:\\s+(?:[^\\s\\d.,;:]+|(?:19|20)\\d{2})){0,6}?,?\\s+and\\s+to(?:\\s+${HEDGE})?\\s+$`,
	'iu'
);
const TO_BLANK = new RegExp(`\\b(?:(${FALL_VERB})|${RISE_VERB})\\s+to\\s+$`, 'iu');
/** "increase to _____ from KappAhl's 102": a possessive or a hedge may stand before the old figure. */
const FROM_AFTER = new RegExp(`^\\s+from\\s+(?:\\p{L}+['’]s?\\s+|${HEDGE}\\s+)?${CHANGE_END}`, 'u');
/** "increase to 116 kroner from KappAhl's _____": the figure it ended at, a unit word after it. */
const TO_FROM_BLANK = new RegExp(
	`\\b(?:(${FALL_VERB})|${RISE_VERB})\\s+to\\s+${CHANGE_END}(?:\\s+\\p{L}+)?\\s+from\\s+(?:\\p{L}+['’]s?\\s+|${HEDGE}\\s+)?$`,
	'iu'
);
/** "increase to _____ kroner from KappAhl's 102 kroner": the unit word after each figure, the same. */
const FROM_AFTER_UNIT = new RegExp(
	`^\\s+(\\p{L}+)\\s+from\\s+(?:\\p{L}+['’]s?\\s+|${HEDGE}\\s+)?${CHANGE_END}\\s+\\1\\b`,
	'iu'
);
/** "down thirteen percent from", "up 4% from": how much it changed by, between "up" or "down" and "from". */
const CHANGE_SIZE =
	'(?:\\s+(?:by\\s+)?[^\\s,;:]+(?:\\s+(?:percent|per\\s+cent|percentage\\s+points?|points?))?)?';
/** "64 per cent of revenue, up from _____": the number the change ended at, before the blank in its clause. */
const ENDED_UP_DOWN_FROM = new RegExp(
	`${CHANGE_END}[^.;:\\d]{0,50}?\\b(?:(down)|up)${CHANGE_SIZE}\\s+from\\s+(?:${LEVEL_OF})?$`,
	'iu'
);
/**
 * "70 percent backed it, a drop from _____": a change named by a noun set off after its clause, which may be long;
 * the number it ended at is the clause's last.
 */
const ENDED_NOUN_FROM = new RegExp(
	`${CHANGE_END}[^.;:\\d]{0,160}?,\\s+(?:(a (?:drop|decline|decrease|fall|dip))|an? (?:rise|increase|jump|gain))\\s+from\\s+(?:${LEVEL_OF})?$`,
	'iu'
);
/** "_____ seats, up from four": past no other number, in the blank's clause. */
const UP_DOWN_FROM = new RegExp(
	`^[^.;:\\d]{0,50}?\\b(?:(down)|up)${CHANGE_SIZE}\\s+from\\s+(?:${LEVEL_OF})?(?:${HEDGE}\\s+)?${CHANGE_END}`,
	'iu'
);
/**
 * The ends of the patterns read before a blank: FROM_BLANK and the two ENDED_ ones (which may name the old figure:
 * "from the previous estimate of"), FROM_TO_BLANK, AND_TO_BLANK and TO_BLANK.
 */
const ENDS_FROM = new RegExp(`\\sfrom\\s+(?:${LEVEL_OF})?$`, 'iu');
const ENDS_TO = new RegExp(`\\sto(?:\\s+${HEDGE})?\\s+$`, 'i');

/**
 * The bounds a change the sentence tells sets on the blank: "fell from _____ to 19" is above 19, "rose from 4 to
 * _____" above 4, "_____ seats, up from four" above four, "64 per cent, up from _____" below 64, "fell to _____
 * from 24" below 24. A wrong choice on the
 * wrong side is ruled out by the sentence's verb; each bound is strict (the value itself is in the sentence).
 */
export function changeBounds(before: string, after: string): { least?: number; most?: number } {
	const value = (written: string | undefined) => {
		const f = written === undefined ? null : parseFigure(written);
		return f && !f.vague ? f.value : undefined;
	};
	const above = (n: number | undefined) => (n === undefined ? {} : { least: n + Math.abs(n) * 1e-9 });
	const below = (n: number | undefined) => (n === undefined ? {} : { most: n - Math.abs(n) * 1e-9 });
	// The patterns read before the blank end on "from" or "to" right before it: most blanks follow neither, and
	// each pattern would otherwise be tried from every character of the sentence's start.
	const fromBefore = ENDS_FROM.test(before);
	const toBefore = ENDS_TO.test(before);
	const fromBlank = fromBefore ? FROM_BLANK.exec(before) : null;
	const to = TO_AFTER.exec(after);
	if (fromBlank && to) return fromBlank[1] ? above(value(to[1])) : below(value(to[1]));
	const fromTo = toBefore ? FROM_TO_BLANK.exec(before) : null;
	if (fromTo) return fromTo[1] || fromTo[2] ? below(value(fromTo[3])) : above(value(fromTo[3]));
	const steps = toBefore ? AND_TO_BLANK.exec(before) : null;
	if (steps) return steps[1] ? below(value(steps[3])) : above(value(steps[3]));
	const toBlank = toBefore ? TO_BLANK.exec(before) : null;
	const from = FROM_AFTER.exec(after)?.[1] ?? FROM_AFTER_UNIT.exec(after)?.[2];
	if (toBlank && from) return toBlank[1] ? below(value(from)) : above(value(from));
	const toFrom = /\sfrom\s+(?:\S+\s+)?$/i.test(before) ? TO_FROM_BLANK.exec(before) : null;
	if (toFrom) return toFrom[1] ? above(value(toFrom[2])) : below(value(toFrom[2]));
	const upDown = UP_DOWN_FROM.exec(after);
	if (upDown) return upDown[1] ? below(value(upDown[2])) : above(value(upDown[2]));
	const ended = fromBefore ? ENDED_UP_DOWN_FROM.exec(before) : null;
	if (ended) return ended[2] ? above(value(ended[1])) : below(value(ended[1]));
	const noun = fromBefore ? ENDED_NOUN_FROM.exec(before) : null;
	if (noun) return noun[2] ? above(value(noun[1])) : below(value(noun[1]));
	return {};
}

/** What a plan's count is named by: "a planned", "the promised", "a total of". */
const PLAN = String.raw`of\s+(?:a|an|the)\s+(?:(?:planned|promised|pledged|proposed|projected|targeted|intended)|total\s+of)`;
const PLAN_NUMBER = String.raw`([$£€]?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)`;
const DONE_OF_PLAN_BLANK = new RegExp(`${PLAN_NUMBER}\\s+${PLAN}\\s+$`, 'i');
const BLANK_OF_PLAN = new RegExp(`^\\s+${PLAN}\\s+${PLAN_NUMBER}`, 'i');

/**
 * "sent 1,000 of a planned _____ troops": what has been done of a plan is less than the plan, so no choice of the
 * plan is at or below it, and none of the part ("sent _____ of a planned 1,500") at or above the plan.
 */
export function planBounds(before: string, after: string): { least?: number; most?: number } {
	const done = DONE_OF_PLAN_BLANK.exec(before);
	const plan = done ? undefined : BLANK_OF_PLAN.exec(after);
	const figure = parseFigure((done ?? plan)?.[1] ?? '');
	if (!figure || figure.vague) return {};
	const by = Math.abs(figure.value) * 1e-9;
	return done ? { least: figure.value + by } : { most: figure.value - by };
}

/** "stayed in double digits", "a double-digit lead", "in single digits": how many digits the sentence's figure has. */
const DOUBLE_DIGITS = /\b(?:double[-\s]digits?|two[-\s]digit)\b/i;
const SINGLE_DIGITS = /\b(?:single[-\s]digits?|one[-\s]digit)\b/i;

/**
 * A sentence that says its figure stayed "in double digits" rules out a choice of one digit (or of three), and
 * "single digits" one of two. Applied only when the key itself fits, so a bound never makes the key wrong; a
 * sentence whose "double digits" speak of another of its figures loses nothing but far-off choices.
 */
export function digitsBounds(sentence: string, value: number): { least?: number; most?: number } {
	if (DOUBLE_DIGITS.test(sentence) && value >= 10 && value < 100) return { least: 10, most: 99.99 };
	if (SINGLE_DIGITS.test(sentence) && value >= 0 && value < 10) return { most: 9.99 };
	return {};
}

/**
 * Ranks of a part a whole has only so many of, read after an ordinal's blank: a year's quarters, a game's halves,
 * a week's days, a year's months. "the fifth quarter" is no rank a reader need know the article to rule out.
 */
const ORDINAL_PARTS: readonly [RegExp, number][] = [
	[/^[-\s]+(?:fiscal\s+|financial\s+)?quarters?\b/i, 4],
	[/^[-\s]+half\b/i, 2],
	[/^[-\s]+day\s+of\s+(?:the|a)\s+week\b/i, 7],
	[/^[-\s]+month\s+of\s+(?:the|a)\s+year\b/i, 12]
];
/**
 * "the second of three debates", "her eighth win in the last nine contests": the rank among a count the sentence
 * gives after it, up to two words on (not a stretch of time: "its second time in three years" may be its fifth).
 */
const OF_COUNT = new RegExp(
	`^[-\\s]+(?:[a-z-]+\\s+){0,2}?(?:(?:out\\s+)?of|in)\\s+(?:(?:the|its|his|her|their)\\s+)?(?:(?:last|past|first)\\s+)?(\\d+|${NUMBER_WORD_SOURCE})\\b(?![\\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|hundred|thousand|million|billion)\\b)`,
	'i'
);

/**
 * An ordinal's choices stay within the parts its whole has (`ORDINAL_PARTS`) or the count the sentence ranks it
 * among (`OF_COUNT`), so no wrong choice is a rank that cannot be. Applied only when the key itself fits.
 */
export function ordinalBounds(after: string, value: number): { most?: number } {
	const part = ORDINAL_PARTS.find(([words]) => words.test(after))?.[1];
	const counted = OF_COUNT.exec(after)?.[1];
	const among =
		counted === undefined ? undefined : (parseDigits(counted) ?? parseNumberWords(counted) ?? undefined);
	const most = part ?? among;
	return most !== undefined && value <= most ? { most } : {};
}

/** A percentage in a sentence: "51 percent", "41%", "24 per cent". */
const SHARE_WRITTEN = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi;
/** Words that set two shares against each other: "51 percent for Ames, versus _____ for Bell". */
const AGAINST = /\b(?:versus|vs\.?|to|compared (?:to|with)|against)\b/i;
/** "lost the district 68%-31%": two shares written side by side as a result, joined by a dash alone. */
const JOINED = /^\s*[-–]\s*$/;
/** A change or a range joins the two numbers instead: "fell from 64 percent to", "between 40 and". */
const NOT_SHARES = new RegExp(`\\b(?:from|between|up|down|${FALL_VERB}|${RISE_VERB})\\s*$`, 'i');
/**
 * Stakes listed side by side are parts of one owner's whole: "the ministry owns _____ and the agency 34.59%" (W7: 74%
 * and the agencies' 91.51% were offered, past 100 with it).
 */
const HELD = /\b(?:owns?|owned|holds?|held|stakes?|shareholdings?|controls?)\b/i;
/** The share before "to" leads: "a lead for Ames with _____ to Bell's 44 percent", "won 63 percent to 35". */
const LEADS = /\b(?:leads?|leading|led|ahead|edge|advantage|won|wins|beat|beats|tops|topped)\b/i;

/**
 * Two shares of one whole set against each other in a sentence ("52 percent of members backed Ames, versus _____
 * for Bell"; "68 percent agreed, compared with _____ who did not"; "lost the district 68%-_____") sum to at most
 * 100, and so do stakes listed together ("owns _____ and the agency 34.59%"), so a choice that with the other
 * share passes 100 is ruled out by arithmetic; after a lead ("won", "a lead … with _____ to 44 percent") the share
 * before "to" is the larger. Only a pair joined by such a word, with no number between them and no change ("fell
 * from 64 percent to _____") or range joining them, and whose key and other share fit in one whole.
 */
export function shareBounds(before: string, after: string, value: number): { least?: number; most?: number } {
	let least: number | undefined;
	let most: number | undefined;
	const pairs: { other: number; between: string; blankFirst: boolean; lead: string }[] = [];
	for (const m of before.matchAll(SHARE_WRITTEN)) {
		const between = before.slice(m.index + m[0].length);
		pairs.push({
			other: Number(m[1]),
			between,
			blankFirst: false,
			lead: before.slice(0, m.index)
		});
		if (NOT_SHARES.test(before.slice(Math.max(0, m.index - 30), m.index))) pairs.pop();
	}
	const next = [...after.matchAll(SHARE_WRITTEN)][0];
	if (next && !NOT_SHARES.test(before))
		pairs.push({
			other: Number(next[1]),
			between: after.slice(0, next.index),
			blankFirst: true,
			lead: before
		});
	for (const { other, between, blankFirst, lead } of pairs) {
		const held = HELD.test(lead + between) && /\band\b|,/.test(between);
		if (/\d/.test(between) || !(AGAINST.test(between) || JOINED.test(between) || held) || value + other > 100)
			continue;
		most = Math.min(most ?? Infinity, 100 - other);
		if (!LEADS.test(lead) || !/\bto\b/i.test(between)) continue;
		if (blankFirst) least = Math.max(least ?? -Infinity, other + 1e-9);
		else most = Math.min(most, other - 1e-9);
	}
	return { ...(least !== undefined ? { least } : {}), ...(most !== undefined ? { most } : {}) };
}

/** Words before a share that make it a threshold the sentence's figure passes, or stays under. */
const ABOVE_THRESHOLD =
	/\b(?:above|over|more than|higher than|greater than|exceeding|at least|topping|north of|beyond)\s+(?:the\s+)?$/i;
const BELOW_THRESHOLD = /\b(?:below|under|less than|lower than|at most|short of|south of)\s+(?:the\s+)?$/i;

/**
 * "a rating above 50 percent, coming in at _____": a share the sentence says its figure passes (or stays under) rules
 * out choices on the other side of it ("41 percent" for 53). Applied only when the key itself is on the said side.
 */
export function thresholdBounds(
	before: string,
	after: string,
	value: number
): { least?: number; most?: number } {
	let least: number | undefined;
	let most: number | undefined;
	const rest = `${before} ${after}`;
	for (const m of rest.matchAll(SHARE_WRITTEN)) {
		const share = Number(m[1]);
		const lead = rest.slice(Math.max(0, m.index - 20), m.index);
		if (share < value && ABOVE_THRESHOLD.test(lead)) least = Math.max(least ?? -Infinity, share + 1e-9);
		if (share > value && BELOW_THRESHOLD.test(lead)) most = Math.min(most ?? Infinity, share - 1e-9);
	}
	return { ...(least !== undefined ? { least } : {}), ...(most !== undefined ? { most } : {}) };
}

/**
 * "a majority of", "the slim majority say", "more than half", "a minority", "fewer than half": a share's side of 50
 * percent. Not "the Senate majority leader" or "a minority group", which are no share.
 */
const SIDE_OF_HALF =
	/\b(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:majority|minority)(?=\s+(?:of|in|say|said|says|want|wants|wanted|back|backs|backed|support|supports|supported|favou?r|oppose|opposes|believe|believes|think|thinks|expect|expects|approve|approves|would|will|are|were|is|was|have|had)\b|\s*[,.;:—–-])|\b(?:more|less|fewer)\s+than\s+half\b|\b(?:over|under)\s+half\b/iu;

/**
 * "A majority of voters expect Ames to win, 44 percent to 34": a sentence that puts a share on one side of 50
 * percent has its wrong choices on the key's side, so "majority" never tells the key from a choice, even where the
 * article's word and figure disagree (a changed "53 percent" would read truer than the article's own).
 */
export function halfBounds(before: string, after: string, value: number): { least?: number; most?: number } {
	if (value === 50 || !SIDE_OF_HALF.test(`${before} ${after}`)) return {};
	return value > 50 ? { least: 50 + 1e-9 } : { most: 50 - 1e-9 };
}

/** A figure as a comparison writes it: "$8.42", "4.6 percent", "33%", "$2 million". */
const COMPARED =
	'((?:[A-Z]{0,3}[$€£¥]\\s?)?\\d[\\d,.]*(?:\\s*(?:%|percent\\b|per cent\\b|million\\b|billion\\b|thousand\\b))?)';
/** Up to three words of what is measured, then a comparison and what it is made with: ", below the average of". */
const COMPARISON =
	'(?:\\s+[^\\s\\d.,;:]+){0,3}?,?\\s+(?:(?:well|far|just|slightly|still|even)\\s+)?(?:(below|under|less than|lower than|short of)|above|over|more than|higher than|greater than)\\s+(?:the\\s+)?(?:[^\\s\\d.,;:]+\\s+){0,3}?';
/**
 * "4.6 percent, below the national average of _____", "$8.42 a share, well above the _____": a figure, up to three
 * words of what it measures, then a comparison whose other side is the blank.
 */
const COMPARED_WITH_BLANK = new RegExp(`${COMPARED}${COMPARISON}$`, 'iu');
/** "_____, below the national average of 4.9 percent": the blank's side first, the other figure after. */
const BLANK_COMPARED_WITH = new RegExp(`^${COMPARISON}${COMPARED}`, 'iu');
/** "more call themselves conservative (_____) than liberal (33%)": two shares set in brackets by a comparative. */
const COMPARATIVE_BEFORE =
	/\b(?:(more|higher|greater|larger)|fewer|less|lower|smaller)\b[^.;:\d()]{0,60}\(\s*$/i;
const THAN_AFTER = new RegExp(`^\\s*\\)\\s*than\\b[^.;:\\d()]{0,60}\\(\\s*${COMPARED}\\s*\\)`, 'iu');

/** Words that make a figure large, or small, beside a contrast: "a full _____ …, while only 49 percent". */
const LARGE = '(?:a\\s+full|fully|a\\s+whopping|as\\s+(?:many|much)\\s+as)';
const SMALL = '(?:only|just|merely|a\\s+mere)';
const STRESSED_BEFORE = new RegExp(`\\b(?:(${LARGE})|${SMALL})\\s+$`, 'iu');
const CONTRAST_AFTER = new RegExp(
	`^[^.;:]{0,120}?,?\\s+(?:while|whereas|but|compared\\s+(?:with|to))\\s+[^\\d.;:]{0,60}?\\b(?:(${LARGE})|${SMALL})\\s+${COMPARED}`,
	'iu'
);

const TALLY_FOR = String.raw`(?:\p{L}+\s+){0,2}?(?:in\s+favou?r|for)\b`;
const TALLY_AGAINST = String.raw`(?:\p{L}+\s+){0,2}?(?:opposed|against)\b`;
const FOR_THEN_AGAINST = new RegExp(
	`^\\s+${TALLY_FOR}[^.;\\d]{0,40}?\\band\\s+(\\d[\\d,]*)\\s+${TALLY_AGAINST}`,
	'iu'
);
const FOR_BEFORE = new RegExp(`(\\d[\\d,]*)\\s+${TALLY_FOR}[^.;\\d]{0,40}?\\band\\s+$`, 'iu');
const AGAINST_AFTER = new RegExp(`^\\s+${TALLY_AGAINST}`, 'iu');

/**
 * "237 representatives in favor and _____ opposed", "_____ votes for and 192 against": the two sides of one vote,
 * whose outcome the article tells. A wrong choice that turns the count around ("250 opposed" to a bill that
 * passed) is false on its face, so the blank keeps its side of the other count.
 */
export function tallyBounds(before: string, after: string, value: number): { least?: number; most?: number } {
	const written =
		FOR_THEN_AGAINST.exec(after)?.[1] ??
		(AGAINST_AFTER.test(after) ? FOR_BEFORE.exec(before)?.[1] : undefined);
	const other = written === undefined ? NaN : Number(written.replace(/,/g, ''));
	if (!Number.isFinite(other) || other === value) return {};
	return value > other ? { least: other + 1e-9 } : { most: other - 1e-9 };
}

/**
 * The bounds a comparison the sentence makes with its blank sets on the choices, of any unit: the blank is on the
 * said side of the other figure ("4.6 percent, below the national average of _____" is above 4.6; "conservative
 * (_____) than liberal (33%)" above 33; "_____, below the average of 4.9 percent" under 4.9; "a full _____ …, while
 * only 49 percent" above 49), so a choice on the
 * wrong side makes the sentence false on its face. Only a figure of the key's own unit, and only when the key itself
 * is on the said side.
 */
export function comparisonBounds(
	before: string,
	after: string,
	key: string
): { least?: number; most?: number } {
	const mine = parseFigure(key);
	if (!mine) return {};
	const side = (written: string | undefined, keyAbove: boolean) => {
		const other = written === undefined ? null : parseFigure(written);
		if (!other || other.unit !== mine.unit || other.value === mine.value) return {};
		if (keyAbove !== mine.value > other.value) return {};
		return keyAbove
			? { least: other.value + Math.abs(other.value) * 1e-9 }
			: { most: other.value - Math.abs(other.value) * 1e-9 };
	};
	// "less than half of the 18 million": the comparison is with a share of the figure, not the figure.
	const scaled = (m: RegExpExecArray | null) =>
		m !== null && /\b(?:half|third|quarter|twice|times|double)\b/i.test(m[0]);
	const compared = COMPARED_WITH_BLANK.exec(before);
	if (scaled(compared)) return {};
	if (compared) return side(compared[1], compared[2] !== undefined);
	const comparedWith = BLANK_COMPARED_WITH.exec(after);
	if (scaled(comparedWith)) return {};
	if (comparedWith) return side(comparedWith[2], comparedWith[1] === undefined);
	const comparative = COMPARATIVE_BEFORE.exec(before);
	const than = comparative ? THAN_AFTER.exec(after) : null;
	if (comparative && than) return side(than[1], comparative[1] !== undefined);
	// "a full _____ of the players …, while only 49 percent of the coaches": the stress on each side is the contrast.
	const stressed = STRESSED_BEFORE.exec(before);
	const contrast = stressed ? CONTRAST_AFTER.exec(after) : null;
	if (stressed && contrast && (stressed[1] === undefined) !== (contrast[1] === undefined))
		return side(contrast[2], stressed[1] !== undefined);
	return {};
}

/** Of two sets of bounds on a figure's choices, the higher least and the lower most. */
function tightest(
	a: { least?: number; most?: number },
	b: { least?: number; most?: number }
): { least?: number; most?: number } {
	const least = Math.max(a.least ?? -Infinity, b.least ?? -Infinity);
	const most = Math.min(a.most ?? Infinity, b.most ?? Infinity);
	return { ...(least > -Infinity ? { least } : {}), ...(most < Infinity ? { most } : {}) };
}

/**
 * A wrong count reads as the sentence's grammar allows: "six shells" takes no "one", "one shell" no "two". The
 * noun is the word right after the blank, plural when it ends in "s".
 */
export function agreesInNumber(choice: string, answer: string, after: string): boolean {
	const noun = NOUN_AFTER.exec(after)?.[1];
	const one = (s: string) => parseFigure(s)?.value === 1 && !/\d\.\d/.test(s);
	// "attacked _____ in January" among "two times", "three times": a count of one written with its siblings'
	// plural noun ("one times") is no English, whatever follows the blank.
	if (one(choice) && /\s\p{Ll}*[^\Ws]s$/u.test(choice) && !one(answer)) return false;
	if (!noun || /\d\s*\p{L}/u.test(answer) || /-/.test(answer)) return true;
	const plural =
		/[^s]s$/.test(noun) || /^(?:people|children|men|women|police|feet|teeth|mice|geese|cattle)$/.test(noun);
	if (one(answer)) return one(choice) || plural;
	return !(one(choice) && plural);
}

/**
 * The noun a count counts: the first word after the blank, past names and model numbers before it ("two Boeing
 * 747s") and a bare "of" ("two of Boeing 747s" takes no "1"; "one of the planes" is fine, so not past "of the").
 */
const NOUN_AFTER =
	/^\s+(?:of\s+(?!(?:the|its|their|his|her|our|these|those|them)\b))?(?:\p{Lu}[\p{L}-]*\s+)*([\p{Ll}\d][\p{L}\d-]*)/u;

/**
 * Words before a blank that make the figure a bound: "exceeded _____", "passed _____", "more than _____", "nearly
 * _____". Another value in the blank can leave the statement true ("exceeded 8%" when it exceeded 10%), so a bound
 * is never swapped for a false statement and gets no choice question.
 */
const BOUND_BEFORE =
	/\b(?:more than|less than|fewer than|over|under|above|below|beyond|at least|at most|up to|upwards of|in excess of|no more than|as (?:many|much|few|little) as|nearly|almost|close to|just (?:over|under)|short of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|pass(?:es|ed|ing)|top(?:s|ped|ping)|outnumber(?:s|ed|ing)?),?\s+(?:(?:[\p{L}-]+\s+){1,3}\()?(?:[A-Z]{0,3}\$|(?:US|USD|AU|AUD|CA|CAD|NZ|NZD|HK|HKD)\s\$?|[€£¥])?$/iu;

/**
 * The bound reaches its figure past what only sets them apart: a comma ("at least, probably far in excess of,
 * _____"), a space in the currency ("over US _____" for "$1,000"), or the same amount told first in other words,
 * the figure restating it in brackets ("less than a nickel (US$_____)", "over sixteen-million yen ($_____)").
 */
export function boundedBefore(before: string): boolean {
	return BOUND_BEFORE.test(before);
}

/**
 * Words before a date blank that make it a bound: "less than _____" ("an hour before"), "within _____", "at least
 * _____ ago". "Less than an hour before" is as true of "a week before", so such a date gets no choice question.
 * Not "over", "under", "by" or "up to", which before a date name its time ("over the weekend", "in the lead up to
 * Tuesday's vote") unless the date is a count of time (`COUNT_BOUND_BEFORE`), nor "nearly" or "just over", which
 * hold the date close ("just over a year ago" is not "just over a month ago").
 */
const DATE_BOUND_BEFORE = /\b(?:(?:no\s+)?(?:less|more|fewer)\s+than|within|at\s+(?:least|most))\s+$/i;
/**
 * "since the elections over _____" for "three months ago", "a speech given over _____" for "125 years ago": before a
 * count of time back from another time, "over" and "under" are "more than" and "less than", and "over two months
 * ago" is as true. "Just over" still holds the date close.
 */
const COUNT_BOUND_BEFORE = /(?<!\bjust\s)\b(?:over|under)\s+$/i;
const COUNTED_BACK_OR_ON =
	/^(?:\S+\s+){1,2}(?:years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies))\s+(?:ago|earlier|before|later|after)$/i;

export function dateBoundBefore(before: string, key = ''): boolean {
	return DATE_BOUND_BEFORE.test(before) || (COUNTED_BACK_OR_ON.test(key) && COUNT_BOUND_BEFORE.test(before));
}

const LEAST_BEFORE = /\b(?:only|just|merely|a mere|as (?:few|little|low) as)\s+(?:[A-Z]{0,3}\$|[€£¥])?$/i;
const MOST_BEFORE =
	/\b(?:as (?:high|large|big|long) as|a whopping|a staggering|a record)\s+(?:[A-Z]{0,3}\$|[€£¥])?$/i;

/**
 * The rank the words before a blank give the key among its choices: "only _____" reads as the least of them (0),
 * "as high as _____" as the most (3). A test-wise student picks by the word, so the key never takes that rank.
 */
export function rankToldBefore(before: string): Rank | undefined {
	if (LEAST_BEFORE.test(before)) return 0;
	if (MOST_BEFORE.test(before)) return 3;
	return undefined;
}

/** The key's rank among `wrong` (how many of them are below it), when every choice reads as a number. */
function rankAmong(answer: string, wrong: readonly string[]): number | undefined {
	const key = parseFigure(answer)?.value;
	const values = wrong.map((w) => parseFigure(w)?.value);
	if (key === undefined || values.some((v) => v === undefined)) return undefined;
	return values.filter((v) => v! < key).length;
}

/** Where the fact's words are in its sentence, and the part a blank covers. */
interface Blank {
	sentence: string;
	/** The words that go in the blank: the figure or date without its hedge or preposition. */
	core: string;
	/** Where `core` starts in `sentence`. */
	at: number;
	/** Where `sentence` starts in the text. */
	from: number;
	/** The most words of `sentence` a prompt shows. */
	maxWords: number;
	/** What the explanation quotes: the sentence, without a lead that only named its pronoun (the prompt has it). */
	said: string;
}

/** A sentence shorter than this is shown after the one before it: "20 million people use the service every day." */
const SHORT_SENTENCE_WORDS = 10;

/**
 * A sentence that reads as one: not broken by its copy (`garbled`), not shouted in capitals, and no photo caption.
 * A completion prompt from a broken sentence cannot be completed sensibly.
 */
export function wellFormed(sentence: string): boolean {
	return wellFormedOnce(sentence);
}

const wellFormedOnce = oncePerSentence(
	(sentence) =>
		!garbled(sentence) &&
		!mostlyCapitals(sentence) &&
		!CAPTION.test(sentence) &&
		!CLAUSE_ALONE.test(sentence) &&
		!CUT_OFF.test(sentence) &&
		!saidNothing(sentence) &&
		!endsOnLeadIn(sentence)
);

/** "said" or "stated" closing its sentence with only where, when or to whom after it. */
const SAID_AT_END =
	/\b(?:said|says|stated|states)(?:\s+(?:in|on|at|to|during|via|from|after|before|earlier|later|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:"“”‘’]*)?[.!]$/u;

/**
 * "Pelosi also said in a statement Wednesday in Washington.", "Victor Thibault, 27, of Digby, Nova Scotia said to the
 * Canadian Press.": a subject, "said" and only where or when, with nothing said. The words follow in a quote of their
 * own, so the sentence alone is half of one. The cue is its only verb: "The plant will close, a spokesman said." says
 * it before the cue, and "Iraqi officials said Friday the council approved …" after it.
 */
function saidNothing(sentence: string): boolean {
	if (!SAID_AT_END.test(sentence) || /["“”‘’]/u.test(sentence)) return false;
	const terms = termTags(sentence);
	const verbs = terms.filter((t) => t.tags.includes('Verb'));
	return (
		verbs.length === 1 &&
		/^(?:said|says|stated|states)$/i.test(verbs[0]!.word) &&
		!terms.some((t) => /^(?:that|which|who)$/i.test(t.word))
	);
}

/**
 * "In a speech on Wednesday, Bush discussed the trade deficit, saying:", "The only two tunnels longer than it are:":
 * a sentence that ends on a verb of speech or "be" and a colon has its object, a quote or a list, in the next
 * paragraph; shown alone it stops mid-clause. A colon after a noun closes a whole clause ("The manifesto focuses on
 * five key areas:").
 */
function endsOnLeadIn(sentence: string): boolean {
	const tail = sentence.trimEnd().replace(/["”’]$/u, '');
	if (!tail.endsWith(':')) return false;
	const last = /(?<![\p{L}'’-])(\p{Ll}+)\s*:$/u.exec(tail.slice(-40))?.[1];
	return (
		last !== undefined &&
		(/^(?:is|are|was|were|include|includes|included|including)$/.test(last) ||
			isFiniteCue(last) ||
			isParticipleCue(last))
	);
}

/**
 * "… will face charges of being.", "… a deal with the.", "… placed him third among.": a full stop after an article,
 * a conjunction, a possessive that needs its noun, a preposition that is never left at a clause's end, or "being"
 * after a preposition marks words lost from the copy (a link's text), so the
 * sentence says less than it seems to. ("It was not his.", "what they were afraid of." end whole.)
 */
const CUT_OFF =
	/(?:^|\s)(?:the|a|an|and|or|but|nor|their|its|our|your|my|whose|than|every|among|amongst|between|including|despite|via|(?:of|for|to|by|from|with|as|on|in)\s+being)[.!?]["”’]?\s*$/iu;

/**
 * "While the home market valuation of $15 billion is a figure expected to grow.": a clause that opens on "while" or
 * "although" and has no comma or dash (nor "--") before a main clause is half a sentence, the copy's slip.
 */
const CLAUSE_ALONE = /^(?:While|Although|Though|Whereas)\s(?:(?!--|\s-\s)[^,;:—–])*$/u;

/**
 * Text-extraction damage: a word written twice in a row ("rode the the bus"), an unclosed bracket, no space after
 * a full stop ("said.The" is two sentences run together), a quotation mark with no words of its own
 * (`DANGLING_QUOTE`), a byline or credit left as a sentence (`BYLINE`), or what a web page wraps round its
 * report (`WEB_REMNANT`). Such a sentence is copied into no prompt,
 * a quote's included; its fact stays in the bank. (A repeated run of words is no sign: "in the middle of calls …
 * in the middle of investigating" is good prose.)
 */
export function garbled(sentence: string): boolean {
	return garbledOnce(sentence);
}

const garbledOnce = oncePerSentence((sentence) => {
	const w = sentence.match(/[\p{L}\d'’]+/gu) ?? [];
	// "Duran Duran", "Sirhan Sirhan": a name written twice in capitals is the name, not a slip of the copy; a
	// common word twice in capitals ("Royal Royal guards") is the slip.
	const doubled = (x: string, i: number) =>
		i > 0 &&
		x.toLowerCase() === w[i - 1]!.toLowerCase() &&
		(!/^\p{Lu}/u.test(x) || commonWord(x)) &&
		!/^(?:that|had|is|\d+)$/.test(x);
	if (w.some(doubled) || /\p{Ll}{2}[.!?]["”’]?\p{Lu}\p{Ll}/u.test(sentence)) return true;
	// "follow the diet., the cardiologist": a full stop and a comma after a word mark words cut out (a link's name);
	// an abbreviation keeps its point before a comma ("Co.,", "U.S.,", "a.m.,", "etc.,").
	if (/(?<![.\p{L}])(?!(?:etc|al|vs|approx)\.)\p{Ll}{2,}\.,/u.test(sentence)) return true;
	if (LINK_CUT.test(sentence) || NAME_CUT.test(sentence) || BRACKET_CUT.test(sentence)) return true;
	if (verbAfterArticle(sentence) || placeOwnsNothing(sentence) || ARTICLE_THEN_BRACKET.test(sentence))
		return true;
	if (subjectCut(sentence) || deedAfterQuote(sentence)) return true;
	if (BYLINE.test(sentence) || DANGLING_QUOTE.test(sentence) || WEB_REMNANT.test(sentence)) return true;
	if (danglingSingleMark(sentence)) return true;
	if (SPEAKER_LABEL.test(sentence) || WIKI_SPEAKER_LABEL.test(sentence)) return true;
	const count = (c: string) => sentence.split(c).length - 1;
	return count('(') !== count(')') || count('[') !== count(']');
});

/**
 * "The prohibits Mr. Putin from running …", "The opposes the idea, …": an article opening a sentence before a verb
 * that has its object after it is a link's name (a law, a party) cut out by the copy. The verb must be one the
 * lexicon knows as nothing else (`verbOnlyPresent`), and an object must follow, since a plural noun may open a
 * sentence on its own ("The blasts the night before …" reads badly but is no hole; "The suspects were …" is prose).
 */
const ARTICLE_THEN_OBJECT =
	/^["“‘']?(?:The|An?)\s+(\p{Ll}+)\s+(?:the|an?|his|her|its|their|this|these|those|Mr|Mrs|Ms|Dr)(?![\p{L}\d'’-])/u;

/**
 * "The (ELN), a rebel group in Colombia, …", "the (PvdA) and (SP) won 58 seats", "During the (1979–1989), the USA
 * sold …": an article whose noun phrase is only a bracketed abbreviation or years, with a clause's punctuation or
 * word after it, lost the name the bracket explained. A bracket set inside a noun phrase is prose ("the (U.S.)
 * administration", "the (federal) election").
 */
const ARTICLE_THEN_BRACKET =
	/(?<![\p{L}\d'’-])(?:[Tt]he|[Aa]n?)\s+\([\p{Lu}\d][^()]{0,40}\)(?:\s*[,.;:]|\s+(?:and|or|nor|but|who|which|whose|that|is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|said|says)(?![\p{L}\d'’-]))/u;

/**
 * "“… your individual, stupid selves.” published portions of four messages": a quote closed on a full stop, then a
 * verb whose object follows at once, has lost the subject that did it (a newspaper's name). After a quote a verb
 * may lead its speaker ("… endeavour.” said Senator Siewert", "said a source") or a phrase ("followed by a plea").
 */
const QUOTE_THEN_VERB = /\.["”’'][ \t]+(?=(\p{Ll}+[ \t]+(\p{Ll}+)))/gu;
const SPEAKER_OR_PHRASE_OPENS =
	/^(?:the|an?|his|her|their|its|our|my|one|some|another|this|these|those|he|she|they|we|it|by|to|in|on|at|for|with|from|of|and|or|as|but)$/;

function deedAfterQuote(sentence: string): boolean {
	if (!/\.["”’']/u.test(sentence)) return false;
	for (const m of sentence.matchAll(QUOTE_THEN_VERB))
		if (!SPEAKER_OR_PHRASE_OPENS.test(m[2]!) && verbOpens(m[1]!)) return true;
	return false;
}

function verbAfterArticle(sentence: string): boolean {
	const m = ARTICLE_THEN_OBJECT.exec(sentence);
	return m !== null && verbOnlyPresent(m[1]!);
}

/**
 * "ruled that Australia's has broken television regulations", "President of Peru's, which has investigated …",
 * "The refugees, who were fleeing Rwanda's, were forced …": a place's possessive with a verb or a comma after it has
 * lost the name it owned (a channel, a commission, a war), a link's name cut out by the copy. A possessive that
 * stands for a noun named before it is prose: it follows another possessive ("Mrs. Bush's ratings …, even as Canada's
 * have dropped") or a comparison ("bigger than Canada's, which …"), and a shop's name is no place ("McDonald's has
 * agreed").
 */
const PLACE_POSSESSIVE =
	/(?<![\p{L}\d.'’-])(\p{Lu}\p{Ll}+)['’]s(?:\s*,\s+(?:which|who|whose|was|were|is|are|has|have|had)|\s+(?:has|have|had|is|was|are|were|will|would|can|could))(?![\p{L}\d'’-])/u;

function placeOwnsNothing(sentence: string): boolean {
	const m = PLACE_POSSESSIVE.exec(sentence);
	if (m === null || !isPlaceWord(m[1]!)) return false;
	const before = sentence.slice(0, m.index);
	return !/\p{L}['’]s(?![\p{L}\d])/u.test(before) && !/\b(?:than|as)\s+$/u.test(before);
}

/**
 * "Julia Gillard (Labor,) was removed", "Alexander Downer (,) told the House": a bracket opened or closed on a comma
 * held a party and a seat, or a link, whose name the copy cut out; so did one opened on a hyphen before a state
 * ("Representative John Murtha (-PA)" lost the "D" of a link to his party).
 */
const BRACKET_CUT = /\(\s*,|,\s*\)|\(-\p{Lu}[\p{L}.]*\)/u;

/**
 * "between the and Iran", "responsible for the that claimed eleven lives", "choose a an old constitution", "a -based
 * charity", "he believes the between the Liberal and National parties had served him well", "Lyn Elisson, leader of
 * the said that …": an article followed by a word that cannot open its noun phrase (a conjunction, a preposition, a
 * relative, a verb form of "be" or "have", "said" before what was said, a question word, a subordinator or a suffix's hyphen: "discuss the how the
 * second stage will run", "retract from the if pressure grows") is a link's name cut out by the copy. "a have-not
 * province", "the how-to guide" and a lawyer's "the said decision" are words of their own.
 */
const LINK_CUT =
	/(?<![\p{L}\d'’-])(?:(?:[Tt]he|[Aa]n?)\s+(?:-\p{Ll}|(?:a|an|that|which|who|of|to|for(?!\s+sale\b)|on|in|at|with|from|into|between|against|during|and|or|but|is|was|are|were|has|have|had|(?:said|says)(?=\s+(?:that\b|\d|["“‘'\p{Lu}]|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|how|why|when|whether|if|because|although)(?![\p{L}\d'’-]))|[Tt]he\s*[.,;:](?!\w))/u;

/**
 * "The, a new Swedish party, …", "the President of the, José Genoíno, …", "a mine in, West Virginia", "According
 * to, Israel is …": an article before a comma, a preposition of place or belonging before a comma and a capital,
 * "was at, where" (a place that is nothing but a comma), or "according to" before a comma, is a link's name cut out by the copy, and the prompt has a gap where the name
 * was. A comma after a preposition that a parenthesis follows ("in excess of, 500,000", "due to, what …") or a
 * verb's particle ("cut in, “John …”", "built in, including") is prose; "Plan A," names a letter.
 */
const NAME_CUT =
	/(?<![\p{L}\d'’-])(?:(?:[Tt]he|an?|An)\s*,|(?:in|of|at|to|from|near)\s*,\s+(?!I\b)\p{Lu}|(?:is|was|are|were)\s+(?:at|in|near)\s*,\s+(?:where|which)\b|[Aa]ccording to\s*,)/u;

/**
 * "under Russian law, a citizen of _____ cannot be handed over" (the Russian Federation), "Shame on _____! … I'm
 * not drinking any Russian vodka" (Russia): the quote's own words around the blank name the key's place or people
 * by the same stem, so the student matches words instead of recalling. Only a name's own word or a demonym counts,
 * not one the lexicon knows as a common word ("United", "Government").
 */
export function echoedAround(key: string, around: string): boolean {
	const own = (key.match(/\p{Lu}[\p{L}'’-]{3,}/gu) ?? []).filter(
		(w) => !commonWord(w) || lexiconTags(w).includes('Demonym')
	);
	if (own.length === 0) return false;
	const rest = around.match(/\p{L}{4,}/gu) ?? [];
	return own.some((w) => rest.some((r) => sameStem(w, r)));
}

/**
 * Two words of one stem: the same first five letters, or, where a place and its people are written apart sooner
 * ("China" and "Chinese", "Iraq" and "Iraqi", "Turkey" and "Turkish"), the same first four letters with at most two
 * more of the shorter word, one of the two a country or a demonym.
 */
function sameStem(a: string, b: string): boolean {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	if (x.slice(0, 5) === y.slice(0, 5)) return true;
	let shared = 0;
	while (shared < Math.min(x.length, y.length) && x[shared] === y[shared]) shared++;
	const nation = (w: string) => lexiconTags(capitalize(w)).some((t) => t === 'Demonym' || t === 'Country');
	return shared >= 4 && Math.min(x.length, y.length) - shared <= 2 && (nation(a) || nation(b));
}

/** A word the lexicon knows, and not as a name or a place: "Royal", "New" (not "Duran", "Jordan", "Paris"). */
function commonWord(word: string): boolean {
	const tags = lexiconTags(word);
	return tags.length > 0 && !tags.some((t) => /Name|Person|Place|City|Country|Region|Organization/.test(t));
}

/** "FIRE CREWS BATTLE BLAZE AT DOCKS": a headline or a shouted line, not a sentence of the report. */
function mostlyCapitals(sentence: string): boolean {
	const letters = sentence.match(/\p{L}/gu) ?? [];
	const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
	return letters.length >= 12 && upper / letters.length > 0.6;
}

/**
 * A byline or a credit left as a sentence of its own: "By Ilse Marr, Staff Writer", "By Ilse Marr | Korvel Post",
 * "Korvel Press Photo/Ana Vell". Whole-sentence only: "By Tuesday the crews had left" is prose.
 */
const BYLINE =
	/^\s*By\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s*(?:(?:,|\||—|–|-)\s*(?:\p{Lu}[\p{L}'’.&-]*\s*)+)?\.?\s*$|\b(?:Photo|Image)\s*\/\s*\p{Lu}/u;

/**
 * What a web page wraps round its report, copied with it: a link ("http://…", "pic.twitter.com/…"), an embedded
 * post's signature ("— Dana Pell (@danapell) May 3, 2027"), an editor's note or update banner, a call to click,
 * sign up or follow, a photo agency's credit, an editor's line set wholly in square brackets (an embedded video's
 * caption, "[Video: … (3/6/31) Watch on YouTube.]"), a bracketed source dated by numbers ("[Korvel Gazette,
 * 6/4/29.]") or a page's markup tag ("in 2003</font></td></tr> </table> The Congo …", a table run into the
 * text). On published articles such words became questions ("Type the missing figure: “Editor’s note: …”", a
 * post's date line or a citation's date asked "When?") that test nothing of the report.
 */
const WEB_REMNANT =
	/\bhttps?:\/\/|\bwww\.\p{L}|\bpic\.twitter\.com\b|\bt\.co\/|\bbit\.ly\/|[—–-]\s*[^()—–]{1,60}\(@\w+\)|^\s*[[(]?\s*(?:editor['’]s note|update|updated|correction|clarification)\s*[:—–]|\bclick here\b|\bsign up (?:for|to get)\b|\bfollow (?:\S+ ){1,5}on (?:twitter|facebook|instagram)\b|\b(?:via|for) Getty Images\b|^\s*\[[^[\]]*\]\s*$|\[[^[\]]*,\s*\d{1,2}\/\d{1,2}\/\d{2,4}\.?\]|<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>/iu;

/**
 * A transcript's speaker label opening the sentence ("WN: So firstly, …", "MAYOR NAGIN: My biggest mistake …",
 * "'''Brock:''' Besides …"), or a wiki's inside it (`WIKI_SPEAKER_LABEL`: "… in high school.::'Mario:' That was …").
 * The line is a turn of an interview, not a sentence of the report: shown, the label reads as garble, and the
 * student cannot tell who "I" and "you" are, nor where one speaker's words end.
 */
const SPEAKER_LABEL = /^\s*(?:'{2,3})?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*:(?:'{2,3})?\s+\S/u;

/**
 * A quotation mark that neither opens nor closes words: standing alone between spaces ("said " the plan"), or
 * opening at the very end of the sentence ("the council said “."). A copy that lost the words around it.
 */
const DANGLING_QUOTE = /\s["“”]\s|[“]\s*[.!?]?\s*$/u;

/**
 * "associated with internet group ' managed to hack …", "told BBC radio 4's ' program", "Mateu stated in ', the
 * Communist Party's newspaper": a single mark alone between spaces, or before a comma, where a link's name was lost. Not a plural's possessive written apart ("the United States ' fourth-largest
 * producer") nor the close of words in single marks ("the word 'mate ' when …").
 */
function danglingSingleMark(sentence: string): boolean {
	for (const m of sentence.matchAll(LONE_SINGLE_MARK)) {
		const before = sentence.slice(0, m.index + m[1]!.length);
		if (!/[^'’]s$/u.test(m[1]!) && !SINGLE_OPENED.test(before)) return true;
	}
	return false;
}
const LONE_SINGLE_MARK = /(\S+) ['‘’](?: (?=\p{Ll})|,)/gu;
const SINGLE_OPENED = /(?:^|\s)['‘]\p{L}.{0,40}$/u;

/** A photo's caption or credit carried into the text: "Image: …", "(pictured)", "Photo courtesy of …". */
const CAPTION =
	/^\s*(?:image|photo|picture|file photo|caption|credit)\s*[:|—–-]|\((?:pictured|photo|image|file photo|left|right|centre|center)\b[^)]*\)|\b(?:photo|image|picture) (?:courtesy|credit)\b/i;

/**
 * The quotation marks of the paragraph around `at` close: a quote opened and never closed, with no next paragraph
 * opening a quote to carry it on, is a broken copy, and a prompt cut from it has no edge to the quoted words.
 */
export function quotesClose(text: string, at: number): boolean {
	const start = text.lastIndexOf('\n', at) + 1;
	const end = text.indexOf('\n', at);
	const paragraph = text.slice(start, end < 0 ? text.length : end);
	const next = end < 0 ? '' : text.slice(end).replace(/^\s+/, '');
	const carried = /^["“]/.test(next);
	const count = (c: string) => paragraph.split(c).length - 1;
	const open = count('“') > count('”') || count('"') % 2 === 1;
	return !open || carried;
}

/**
 * A noun phrase that points back to a sentence before for what it is: "the same poll", "that figure", "those
 * numbers", "the share exceeds" (of what, the sentence before says). ("The poll" alone is the article's poll; "the
 * same day" dates by an event the sentence may name; "the share of voters" says what it is.)
 */
const POINTS_BACK =
	/\bthe\s+same\s+(?:poll|survey|study|report|data|sample|group)\b|\b(?:that|this)\s+(?:poll|survey|study)\b|\b(?:(?:that|this)\s+(?:figure|number|total|estimate|percentage|share|tally)|(?:those|these)\s+(?:figures|numbers|totals|estimates))\b|\bthe\s+(?:share|proportion|percentage)\s+(?=(?:is|was|stands|stood|exceeds|exceeded|tops|topped|reaches|reached|approaches|rises|rose|falls|fell|climbs|climbed|hits|remains|remained)\b)/i;
/** A verb that follows its subject: a form of "be" or "have", or a modal. */
const BE_HAVE_MODAL = 'is|was|are|were|has|have|had|will|would|could|should|can|may|might|must';

/**
 * "This ruling is expected in June.", "These talks will resume in May.": a sentence whose subject is a demonstrative
 * before a noun says which ruling only in the sentence before. A time ("This year", "That week") points at no
 * sentence, nor does a pronoun before a relative clause ("Those who are picked …").
 */
const DEMONSTRATIVE_SUBJECT = new RegExp(
	String.raw`^\s*(?:this|that|these|those)\s+(?!(?:year|years|month|months|week|weeks|weekend|day|days|morning|afternoon|evening|night|time|times|season|spring|summer|autumn|fall|winter|decade|century|quarter|period|that|who|which|whom|${BE_HAVE_MODAL})\b)\p{Ll}+\s+(?:${BE_HAVE_MODAL})\b`,
	'iu'
);

/**
 * "In comparison, the Eurozone GDP contracted 1.5% in the same quarter", "Over the same period, the cost … rose from
 * $4.5 billion", "The figure for the same period last year was …": a span of time "the same" as one the sentence
 * before told. A time the sentence tells before it is the one meant ("sales fell in July compared to the same month
 * in 2010", "In the fourth quarter, … compared to the same time in 2008").
 */
const SAME_SPAN = /\bthe\s+same\s+(?:period|quarter|month|week|year)\b/i;
const TIME_TOLD = new RegExp(
	`\\b(?:${MONTH_NAMES.join('|')}|(?:1[89]|20)\\d\\d|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal)\\s+quarter)\\b`
);

/** "62 percent - but that number has held": a figure before it in the sentence is what "that number" means. */
function refersBack(sentence: string): boolean {
	if (DEMONSTRATIVE_SUBJECT.test(sentence)) return true;
	const span = SAME_SPAN.exec(sentence);
	if (span && !TIME_TOLD.test(sentence.slice(0, span.index))) return true;
	const m = POINTS_BACK.exec(sentence);
	if (!m) return false;
	return /^the\s+same|\s+(?:poll|survey|study)$/i.test(m[0]) || !/\d/.test(sentence.slice(0, m.index));
}

/**
 * "… the New Year of the Samvat calendar. The calendar is 56.7 years ahead of the solar Gregorian calendar.", "…
 * began a work stoppage at 19:00 BST. The stoppage is expected to last 48 hours …": a subject of a bare "The"
 * and one noun, right before its verb, names the thing the sentence before introduced by that noun (with "a" or
 * words of its own before it); shown alone, the student cannot tell which calendar. A noun the sentence before
 * never says, or says only as "the" again ("… the owners had been warned. The owners were fined …"), is the
 * article's own; a lead that itself points back, or too long to show with it, leaves the sentence alone.
 */
const BARE_SUBJECT = new RegExp(
	String.raw`^\s*The\s+(\p{Ll}{3,})\s+(?:${BE_HAVE_MODAL}|\p{Ll}+ed|includes?)\b`,
	'u'
);
export function namedJustBefore(sentence: string, before: string): boolean {
	const noun = BARE_SUBJECT.exec(sentence)?.[1];
	if (noun === undefined || before === '' || refersBack(before)) return false;
	if (words(before).length + words(sentence).length >= PROMPT_WORDS) return false;
	// "The comments" after "a comment", "The recall" after "recalls"; "news" is no plural of "new".
	const singular = /[^suwi]s$/.test(noun) ? `|${escapeRegExp(noun.slice(0, -1))}` : '';
	const said = new RegExp(`(?<!\\p{L})(?:${escapeRegExp(noun)}(?:s|es)?${singular})(?!\\p{L})`, 'giu');
	return [...before.matchAll(said)].some((m) => !/(?:^|\s)the\s+$/i.test(before.slice(0, m.index)));
}

/** The most words a prompt shows of its sentence (`blankAt` cuts a longer one). */
const PROMPT_WORDS = 60;

/**
 * A fronted phrase a preposition, a subordinator or a participle opens, of any length and with commas of its own
 * ("In a press release on the indymedia page from August 29, 2008, they …", "Despite the fact that the measure had
 * caused the Government to be defeated in the last session, he …"): the main clause's subject comes after it, and a
 * pronoun there still points back. Held to the short phrase of `PRONOUN_SUBJECT`, a long one let "he" through.
 */
const LONG_FRONTED =
	'(?:in|on|at|after|before|despite|although|though|while|when|whenever|since|because|as|if|unless|until|once|according to|with|without|following|during|under|for|by|\\p{L}{3,}ing\\s+(?:out|to|on|at|in|before|after|about|from|with|that|the|a|an|his|her|its|their))\\s[^“"]{1,240}?';
/** A short fronted phrase before the subject: "On Monday, he …". */
const SHORT_FRONTED = '[^,“"]{1,60}';
const PRONOUN_SUBJECT = new RegExp(
	`^\\s*(?:(${SHORT_FRONTED}(?:,\\s+[^,“"]{1,12})?|${LONG_FRONTED}),\\s+)?(they|he|she|it|this|that|these|those)\\s+(\\S+)(?:\\s+(\\S+))?`,
	'iu'
);
/** "In 2005, the company said that, if prices rose, it …": a main clause begun inside it ends the fronted phrase. */
const CLAUSE_IN_FRONTED =
	/,\s+(?:the|a|an|\p{Lu}\p{Ll}+)\s+(?:\S+\s+){0,3}?(?:said|says|was|is|were|are|has|have|had|will|would|could|can|did)\b/u;
/**
 * Openings that lean on the sentence before as a pronoun does: a possessive before its noun ("Its counterpart had
 * spent …", "Her lawyers said …"), a share of a group named before ("Among them, …", "Of those, …", "Around half of
 * these …", not "Nine percent of those polled", who are told there), "The latter", and an aside set whole in
 * brackets ("(The board has since clawed back $19 million of her pay.)").
 */
const LEANS_BACK =
	/^\s*(?:\(|(?:its|their|his|her)\s+\p{Ll}|(?:among|of|for|like)\s+(?:them|those|these|whom)\b|the\s+latter\b|(?:[\p{L}\d%.,-]+\s+){1,3}of\s+(?:them|these|those(?!\s+(?:\p{Ll}+ed|who|which|that|asked|polled)\b))\b)/iu;
/** "Her Majesty Queen Elizabeth II …", "His Excellency …": a form of address names its holder, pointing back to no one. */
const FORM_OF_ADDRESS =
	/^\s*(?:His|Her|Their)\s+(?:Majesty|Majesties|Excellency|Holiness|Royal\s+Highness|Highness|Grace|Lordship|Ladyship)\b/u;
/**
 * "Many refused, and the militia had to resort to force.", "Others were arrested.": a quantifier standing alone as
 * the subject, right before its verb, counts a group named in the sentence before.
 */
const LONE_QUANTIFIER = 'many|most|others|several|few|both|all|some';
const QUANTIFIER_SUBJECT = new RegExp(
	`^\\s*(?:${LONE_QUANTIFIER})\\s+(?:\\p{Ll}+ed|are|were|was|have|had|will|would|could|can|did|do|does|said|say|says|also|still)\\b`,
	'iu'
);
/**
 * "The sources said he was among …": a subject that names nobody reports on "he" or "she", whom only the sentence
 * before names (a capitalised word before the pronoun may be who is meant).
 */
const REPORTED_PRONOUN =
	/^\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:said|says|say|reported|added|believed|believes|claimed|confirmed|told\s+\p{Ll}+)\s+(?:that\s+)?(?:he|she)\s/iu;
/**
 * "Egyptian newspapers reported that he was accused …", "Police said he …": a subject that is a kind of source, a
 * nationality and a plural noun or one of the few nouns news gives anonymous sources, reports on a "he" or "she"
 * only the sentence before names.
 */
const REPORTED_PRONOUN_BARE =
	/^\s*(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)\s+(?!always\b)(?:\p{Ll}+\s+)?\p{Ll}{3,}s|Police|Officials|Sources|Witnesses|Investigators|Prosecutors|Authorities|Analysts|Reports)\s+(?:said|say|reported|added|believed|believe|claimed|confirmed|alleged|told\s+\p{Ll}+)\s+(?:that\s+)?(?:he|she)\s/u;
/**
 * "Two years after the court overturned the commissions he was charged again", "In a 2007 debate he supported …":
 * a fronted phrase closed by no comma before a pronoun subject; "the" before a capitalised run makes it a body
 * ("the Supreme Court"), not the person "he" could be.
 */
const FRONTED_NO_COMMA =
	/^((?:in|on|at|after|before|during|since|following|within|throughout|\p{L}+\s+(?:years?|months?|weeks?|days?)\s+(?:after|before|later))\s[^,;:“"()]{3,160}?\s)(he|she|they)\s+\p{Ll}/iu;
const NOT_BEFORE_SUBJECT =
	/\b(?:that|which|who|whom|when|where|while|if|as|because|after|before|since|until|and|or|but|than|whether|what|how|why|said|says|told|think|thought|believe|know|knew|once|so)\s$/i;
function frontedWithoutComma(sentence: string): boolean {
	const m = FRONTED_NO_COMMA.exec(sentence);
	if (!m || NOT_BEFORE_SUBJECT.test(m[1]!)) return false;
	const unbodied = m[1]!.replace(/\b(?:the|of)\s+(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|the|and)\s+)*)+/gu, ' ');
	return !unbodied
		.split(/\s+/)
		.slice(1)
		.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !CALENDAR_WORD.test(w.replace(/\W+$/, '')));
}
/** "it's", "they're", "he'd": a pronoun's contracted verb, read as the verb written out. */
const CONTRACTED: Readonly<Record<string, string>> = {
	s: 'is',
	re: 'are',
	d: 'would',
	ll: 'will',
	ve: 'have'
};
/** A fronted clause with its own subject ("When the project is completed in 2008, it …"). */
const FRONTED_CLAUSE =
	/^(?:when|after|before|as|since|although|though|if|once|while|because|until|unless|whether|at the time|by the time)\s/i;
/**
 * A lead whose subject is a personal pronoun or a lone quantifier ("It later agreed …", "Many refused, …"); a
 * demonstrative ("This is the first reshuffle …") or a possessive before a name points at the event the sentence
 * after still tells.
 */
const PERSONAL_LEAD = new RegExp(
	`^\\s*(?:${SHORT_FRONTED},\\s+)?(?:he|she|they|it|${LONE_QUANTIFIER})\\b`,
	'i'
);
const NOUN_PHRASE = /\b(?:the|a|an|its|their|his|her|this|that)\s+\p{L}{3,}/iu;
const CALENDAR_WORD = new RegExp(`^(?:${[...WEEKDAYS, ...MONTH_NAMES].join('|')})$`);
/** "It is expected that …", "it was likely": an "it" standing for what follows, not for someone named before. */
const DUMMY_IT =
	/^(?:is|was|has|had|will|would|seems|seemed|remains|remained)$|^(?:been|be|likely|unlikely|expected|thought|believed|hoped|said|reported|estimated|clear|possible|important|necessary|unclear|feared|understood|known|time|not|worth)$/i;
/** "it is claimed that …": a verb of report before "that" makes a dummy "it" too; "It is alleged to have funded …" points back. */
const REPORTED_THAT =
	/^(?:claimed|alleged|rumou?red|suggested|argued|assumed|agreed|announced|confirmed|noted)$/i;

/**
 * "It was within the last 50 years that …", "It is only after the vote that …": a cleft sets a time, a place or a
 * cause first, and its "it" points at nothing earlier (the clause after "that" may still open on a pronoun).
 */
const CLEFT_FOCUS = /^(?:in|within|during|on|at|after|before|since|until|only|through|because)$/i;

/**
 * The sentence's subject is a bare pronoun ("They said …", "On Monday, he estimated …"): shown alone it points at
 * nobody. A dummy "it" ("It is expected that …") and a determiner before its noun ("This year", "These
 * figures") point at nothing earlier.
 */
export function pronounSubject(sentence: string): boolean {
	return pronounSubjectOnce(sentence);
}

const pronounSubjectOnce = oncePerSentence((sentence) => {
	if ((LEANS_BACK.test(sentence) && !FORM_OF_ADDRESS.test(sentence)) || QUANTIFIER_SUBJECT.test(sentence))
		return true;
	const reported = REPORTED_PRONOUN.exec(sentence);
	if (reported && !namesSomeone(reported[0])) return true;
	if (REPORTED_PRONOUN_BARE.test(sentence) || frontedWithoutComma(sentence)) return true;
	const m = PRONOUN_SUBJECT.exec(
		sentence.replace(
			/\b(they|he|she|it|this|that)['’](s|re|d|ll|ve)\b/giu,
			(_, pronoun: string, verb: string) => `${pronoun} ${CONTRACTED[verb.toLowerCase()]}`
		)
	);
	if (!m) return false;
	const [, fronted = '', pronoun, next = '', after = ''] = m;
	if (CLAUSE_IN_FRONTED.test(fronted)) return false;
	const word = pronoun!.toLowerCase();
	if (antecedentBefore(fronted, word)) return false;
	if (word === 'it' && /^(?:is|was)$/i.test(next) && CLEFT_FOCUS.test(after) && /\sthat\s/i.test(sentence))
		return /\sthat\s+(?:they|he|she|it)\s/i.test(sentence);
	if (
		word === 'it' &&
		/^(?:is|was)$/i.test(next) &&
		REPORTED_THAT.test(after) &&
		/^\s+that\b/i.test(m.input.slice(m.index + m[0].length))
	)
		return false;
	if (word === 'it')
		return (
			!(DUMMY_IT.test(next) && DUMMY_IT.test(after.replace(/[,.]$/, ''))) ||
			(fronted === '' && itsOwnPredicate(after, m.input.slice(m.index + m[0].length)))
		);
	// "This assisted in lowering infant mortality …", "That led to …": a deed of "this" is of the thing the sentence
	// before told ("That said, …" is an aside).
	if (
		(word === 'this' || word === 'that') &&
		/^(?!said\b)(?:\p{Ll}{3,}ed|led|brought|made|left|took|gave|became)$/u.test(next)
	)
		return true;
	if (word === 'this' || word === 'that' || word === 'these' || word === 'those')
		return /^(?:is|was|are|were|has|have|had|will|would|could|may|might|must|can|means?|meant|shows?|showed|comes?|came)$/i.test(
			next
		);
	return true;
});

/**
 * "It will be able to hold 50,000 people", "It has been completed": opening a sentence, an ability or a deed done to
 * it after "be" tells what "it" is or does, so "it" stands for the thing named before; "It will be difficult to …",
 * "It has been reported that …", "It had been intended to …" stay dummies.
 */
function itsOwnPredicate(after: string, rest: string): boolean {
	if (!/^(?:be|been)$/i.test(after)) return false;
	// "It has been regularly used by …": a manner adverb before the participle leaves the deed the same.
	const [, third = '', next = ''] = /^\s+(?:\p{Ll}{3,}ly\s+)?(\p{L}+)(?:\s+(\p{L}+))?/u.exec(rest) ?? [];
	if (/^(?:able|unable)$/i.test(third)) return true;
	// "It had been intended to float the company", "It has been decided that …": what follows is what "it" stands for.
	return /^\p{Ll}+(?:ed|en)$/u.test(third) && !DUMMY_IT.test(third) && !/^(?:to|that)$/i.test(next);
}

/**
 * "The billionaire says …", "The former governor dismissed …", "The company reported …": a subject that only
 * describes someone the article named before, in a sentence that names nobody, points back as "he" does. Its few
 * words before the noun are the subject's own: "The release said the company …" is about a release.
 */
const DESCRIBED_SUBJECT =
	/^\s*(?:[^,“"]{1,40},\s+)?the\s+(?:(?!the\s)[\p{Ll}-]+\s+){0,3}?(?:president|candidate|nominee|senator|governor|congress(?:man|woman)|lawmaker|magnate|mogul|businessman|businesswoman|billionaire|judge|company|firm|agency|campaign|administration|foundation)\s+(?!of\b|in\b|for\b|on\b|at\b|to\b|from\b|and\b|or\b|who\b|that\b|which\b|with\b)\p{Ll}/iu;

export function describedSubject(sentence: string): boolean {
	return DESCRIBED_SUBJECT.test(sentence) && !namesSomeone(sentence);
}

/**
 * The pronoun's antecedent stands in the clause fronted before it: "When the project is completed in 2008, it will
 * …" is about the project, "When Lee arrived, he …" about Lee. "After the vote, he …" names nobody "he" could be.
 */
/**
 * "Despite the fact that Olmert's term …, he", "At the same time as the Chinese government is …, it": a clause
 * opened inside a long fronted phrase has a subject of its own, a name for "he" or "she", a noun phrase for "it" or
 * "they" ("that the measure had caused …, he" names nobody he could be).
 */
const INNER_SUBJECT =
	/\b(?:that|as|when|after|since|because|although|though|if|while|once|until|before)\s+(?:(\p{Lu}\p{Ll}+)|(?:the|a|an|its|their)\s+\p{L}{3,})/u;

function antecedentBefore(fronted: string, pronoun: string): boolean {
	if (!FRONTED_CLAUSE.test(fronted)) {
		const inner = fronted.length > 60 ? INNER_SUBJECT.exec(fronted) : null;
		if (!inner) return false;
		return pronoun === 'he' || pronoun === 'she' ? inner[1] !== undefined : inner[1] === undefined;
	}
	const names = fronted
		.split(/\s+/)
		.slice(1)
		.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !CALENDAR_WORD.test(w.replace(/\W+$/, '')));
	if (pronoun === 'he' || pronoun === 'she') return names;
	return names || NOUN_PHRASE.test(fronted);
}

/** The most paragraphs of one list a colon's lead-in is looked for above. */
const LIST_ITEMS = 12;

/**
 * The sentence is in an item of a list whose lead-in, ending on a colon, holds the subject of every item ("Imagine
 * that she:" / "Filed for six bankruptcies …" / "Had three husbands …"): each item opens on its verb, so a sentence
 * of one, shown alone, has lost who did it. As a true-or-false or a blank it reads as no statement at all.
 */
export function subjectInLeadIn(text: string, at: number): boolean {
	const paragraphs: string[] = [];
	let end = text.lastIndexOf('\n', at);
	const next = text.indexOf('\n', at);
	paragraphs.push(text.slice(end + 1, next < 0 ? text.length : next));
	while (end > 0 && paragraphs.length <= LIST_ITEMS) {
		const start = text.lastIndexOf('\n', end - 1);
		const paragraph = text.slice(start + 1, end).trim();
		end = start;
		if (paragraph === '') continue;
		paragraphs.push(paragraph);
		if (!/:$/.test(paragraph)) continue;
		// Only the items between the lead-in and the sentence are tagged: most text has no colon ending a paragraph.
		return paragraphs.slice(0, -1).every(opensOnVerb);
	}
	return false;
}

/**
 * A paragraph opens on a verb that wants a subject, not a question ("Filed for …", "Keeps saying …"; not "Is it
 * …?"). An order ("Save a quarter …") has none to lose. The tagger reads a sentence's first word as its subject
 * ("Calls men …" as a plural noun), so the word is read after a subject put before it.
 */
function opensOnVerb(paragraph: string): boolean {
	const head = paragraph.replace(/^[-•*–—]\s*/, '').slice(0, 60);
	// "Cheers, Ms. Yellen": a word set off by a comma greets or exclaims.
	if (!/^\p{L}+\s/u.test(head) || /\?["”’]?\s*$/.test(head.split(/(?<=[.!?])\s/)[0] ?? '')) return false;
	const read = `It ${head.charAt(0).toLowerCase()}${head.slice(1)}`;
	const first = tagSpan(read, 0, read.length)[1];
	return first !== undefined && (first.cls === 'verb-s' || first.cls === 'verb-past');
}

/**
 * "46% -- feared that unemployment would worsen", "$220,000 fine and/or 10 years gaol for growing 5-49 plants": a
 * list's item that opens on its figure and ends with no full stop is no sentence; its lead-in ("Of those who voted
 * no:", "The penalties proposed include:") stands before the list, and without it the figure is of nothing named.
 */
export function listItem(sentence: string): boolean {
	return /^[\d$£€¥]/u.test(sentence) && !/[.!?…]["”’)']?\s*$/u.test(sentence);
}

/**
 * "conducted Sept. 16-19", "5-foot-11", "Dec. 3 – 7": a figure or date joined to another number by a dash is one end
 * of a range or a measure, and its blank would split it ("_____ -19", "Sept. 16-_____"). A spaced hyphen is an
 * aside's dash ("May 2013 - four months after"). So is a month joined to a month ("August-_____ 2005").
 */
export function splitsRange(before: string, after: string): boolean {
	return (
		/\d(?:[-–]|\s–\s?)$/.test(before) ||
		/^(?:[-–]|\s?–\s)\d/.test(after) ||
		MONTH_JOINED_BEFORE.test(before) ||
		MONTH_JOINED_AFTER.test(after)
	);
}
/** "in August-_____ 2005", "its _____-April sales": a month joined to a month by a dash is one end of a span. */
const MONTH_JOINED_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})[-–]$`);
const MONTH_JOINED_AFTER = new RegExp(`^[-–](?:${MONTH_NAMES.join('|')})\\b`);

/**
 * "WASHINGTON (AP) — ", "BEDFORD, N.H. — ", "MIAMI - ": the place a wire story was filed from opens its first
 * sentence but is no part of what the sentence says, so a question shows the sentence after it.
 */
const DATELINE =
	/^(?:\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s+)?\p{Lu}[\p{Lu}'’.]+(?:[\s,]+\p{Lu}[\p{Lu}'’.]*)*\s*(?:\([\p{L}\s.]+\)\s*)?[—–-]{1,2}\s+(?=\S)/u;

const ANSWER_OPENING = /^(?:Yes|No|Yeah|Nope|Sure|Absolutely|Certainly|Exactly|Of course|Not really)[,.!]\s/;
/** A name's lowercase particle ("de Villepin"): the one lowercase word a sentence opens on. */
const OPENING_PARTICLE = new RegExp(`^${NAME_PARTICLE}\\s`);

/**
 * "various regulatory actions including an indictment against 15 current and former traders …" (a bulleted item
 * run into its paragraph), "Was not included in the privatisation — in early October 2007 it was announced …" (a
 * subject lost to the copy): a sentence that opens in lower case, or on "was", "is" or "has" with no question
 * mark, starts mid-sentence, and a blank in it belongs to nothing the student is shown. A name written in lower
 * case ("eBay", "iPod", "de Villepin") opens a sentence whole. So does an answer to a question the prompt does
 * not show ("Yes, from 1967 through _____ I campaigned …", "No. The city claims that _____ …").
 */
export function opensMidway(sentence: string): boolean {
	const s = sentence.replace(/^["“‘'(\s]+/u, '');
	if (/^\p{Ll}+[\s,;:]/u.test(s) && !OPENING_PARTICLE.test(s)) return true;
	if (ANSWER_OPENING.test(s)) return true;
	return (
		/^(?:Was|Were|Is|Are|Has|Have|Had)\s+(?:not|also|been|\p{Ll}+ed)\b/u.test(s) && !/\?["”’]?\s*$/u.test(s)
	);
}

/**
 * "a 1930s-era theatre", "a $15-an-hour wage", "a month-long stay", "then-Secretary": a figure or date that opens a
 * word joined by a hyphen is part of that word, and its blank reads as garble ("a _____ -era"). An age's number
 * before "-year-old" is the exception: it is asked as a number ("a _____-year-old baker").
 */
export function opensCompound(after: string): boolean {
	return /^-[\p{L}\d$]/u.test(after) && !/^-(?:year|month|week|day)s?-old\b/i.test(after);
}

const NUMBER_WORD_LIST = Object.keys(NUMBER_WORDS).join('|');
/** One end of a rough pair: a bare number, a number word or a plain magnitude ("hundreds"). */
const PAIR_END = `(?:\\d(?:[\\d,.]*\\d)?|(?:${NUMBER_WORD_LIST})(?:-(?:${NUMBER_WORD_LIST}))?|dozens|hundreds|thousands|millions|billions)`;
const HEDGE_WORD = '(?:(?:maybe|perhaps|possibly|even)\\s+)?';
const PAIR_BEFORE = new RegExp(`(?<![\\p{L}\\d$€£¥.,])${PAIR_END}\\s+or\\s+${HEDGE_WORD}$`, 'iu');
const PAIR_AFTER = new RegExp(`^\\s+or\\s+${HEDGE_WORD}${PAIR_END}(?![\\p{L}\\d%])`, 'iu');
const BARE = new RegExp(`^${PAIR_END}$`, 'iu');
/**
 * The last word before a blank that `PAIR_BEFORE` can pair: tried first, as that expression, anchored at the end, is
 * tried from every character of the sentence before the blank.
 */
const ENDS_ON_OR = /(?:or|maybe|perhaps|possibly|even)$/iu;
/** "March 28 and 29", "on May 5 or 6": the day after joins a blanked day ("March 28", not "October") to the next. */
const DAY_AFTER = /^\s+(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,.:])/i;

/**
 * "When 50 or _____ of the monks were arrested", "hundreds or _____ of phones", "in the Senate _____ and 29": a
 * figure paired with another as a rough estimate, or a day paired with the next, is one end of a guess whose other
 * end tells it (the next round step, the day before), and any other choice ("hundreds or dozens", "March 29 and 29")
 * reads wrong on its face. Its changed true-or-false reads wrong the same way. Only bare numbers pair: "5,000, or
 * 9%", "$455bn or 47%", "a fine of $200,000 or five years" restate a figure or offer another penalty.
 */
export function pairedEnd(before: string, written: string, after: string, kind: 'figure' | 'date'): boolean {
	if (
		(ENDS_ON_OR.test(before.trimEnd().slice(-8)) && PAIR_BEFORE.test(before)) ||
		(BARE.test(written) && PAIR_AFTER.test(after))
	)
		return true;
	return kind === 'date' && /(?<!\d)\d{1,2}(?:st|nd|rd|th)?$/.test(written) && DAY_AFTER.test(after);
}

const LISTED_BEFORE = /(?<![\d.,])(\d+)(?:,\s*|,?\s+and\s+)(?:(\d+)(?:,\s*|,?\s+and\s+))?$/;
const LISTED_AFTER = /^(?:,\s*|,?\s+and\s+)(\d+)(?:(?:,\s*|,?\s+and\s+)(\d+))?(?![\d.,]\d)/;

/**
 * "the tournaments in 2008, _____, 2012 and 2014", "in 2008, 2010, 2012 and _____": a number in a list that steps
 * evenly is told by its neighbours, so its blank asks nothing the list does not show.
 */
export function evenlySpaced(written: string, before: string, after: string): boolean {
	// A date's blank is its number, its preposition shown before it: "in _____, 2010, 2012".
	const number = /^(?:(?:in|on|by|of|from|since|until)\s+)?(\d+)$/i.exec(written)?.[1];
	if (number === undefined) return false;
	const v = Number(number);
	const b = LISTED_BEFORE.exec(before);
	const a = LISTED_AFTER.exec(after);
	const [prev, prev2] = b ? (b[2] ? [Number(b[2]), Number(b[1])] : [Number(b[1]), undefined]) : [];
	const [next, next2] = a ? [Number(a[1]), a[2] ? Number(a[2]) : undefined] : [];
	const step = (x: number | undefined, y: number | undefined) => x !== undefined && y !== undefined && y - x;
	if (prev !== undefined && next !== undefined && step(prev, v) === step(v, next) && v !== prev) return true;
	if (prev2 !== undefined && step(prev2, prev) === step(prev, v) && v !== prev) return true;
	return next2 !== undefined && step(v, next) === step(next, next2) && v !== next;
}

/**
 * "the ruling _____ alliance (SPA)", "a _____ panel (TJP)": an acronym right after spells the blanked number word's
 * first letter, so "seven-party" is the one choice that starts with S.
 */
export function spelledByAcronym(written: string, after: string): boolean {
	const m = /^((?:[\s-]+\p{L}+){0,4})\s*\((\p{Lu}{2,6})\)/u.exec(after);
	return !!m && /^\p{L}/u.test(written) && m[2]!.charAt(0) === written.charAt(0).toUpperCase();
}

function blankFor(text: string, evidence: Span, written: string, kind: 'figure' | 'date'): Blank | undefined {
	const head = text.slice(evidence.start, evidence.end);
	const cut = DATELINE.exec(head)?.[0].length ?? 0;
	const own = text.slice(evidence.start + cut, evidence.end);
	const found = own.indexOf(written);
	if (found < 0 || own.indexOf(written, found + 1) >= 0 || !wellFormed(own)) return undefined;
	// "Are these the same top three issues?", an interviewer's "…in 2004?:": a question asserts no figure or date.
	if (asks(own)) return undefined;
	if (listItem(own) || opensMidway(own)) return undefined;
	if (splitsRange(own.slice(0, found), own.slice(found + written.length))) return undefined;
	if (pairedEnd(own.slice(0, found), written, own.slice(found + written.length), kind)) return undefined;
	if (evenlySpaced(written, own.slice(0, found), own.slice(found + written.length))) return undefined;
	if (spelledByAcronym(written, own.slice(found + written.length))) return undefined;
	if (opensCompound(own.slice(found + written.length))) return undefined;
	if (subjectInLeadIn(text, evidence.start)) return undefined;
	if (!quotesClose(text, evidence.start)) return undefined;
	const core = kind === 'figure' ? hedgeOf(written).core : dateCore(written);
	// "He estimated that …", "The former governor said …": who is meant stands in the sentence before, shown with
	// it; with none, no prompt.
	const leansBack = pronounSubject(own) || describedSubject(own);
	const prior = sentenceBefore(text, evidence.start);
	const back = refersBack(own) || namedJustBefore(own, prior);
	const before = words(own).length < SHORT_SENTENCE_WORDS || leansBack || back ? prior : '';
	// "In the same poll, 40 percent …": which poll is told in the sentence before; with none shown, or one that
	// points back again, the student cannot tell what is asked about.
	if (back && (before === '' || refersBack(before))) return undefined;
	// A short sentence is shown after the one before it; a lead that itself points back ("Many refused, …") says
	// nothing of whom the sentence is about: a sentence naming its subject is shown alone, another is not asked.
	const leadPointsBack =
		!leansBack && !back && before !== '' && pronounSubject(before) && PERSONAL_LEAD.test(before);
	if (leadPointsBack && !namesSomeone(own)) return undefined;
	// A paragraph opening "It was a significant change …" points at the end of the paragraph before.
	const foundLead =
		before === '' && leansBack ? lastSentenceBefore(text, evidence.start) : leadPointsBack ? '' : before;
	// A lead that opens on a pronoun itself ("He estimated … He said …") still names nobody.
	if (
		leansBack &&
		(foundLead === '' ||
			pronounSubject(foundLead) ||
			!namesSomeone(foundLead) ||
			leadLeansBackToo(foundLead, own))
	)
		return undefined;
	// Only the start of a long lead is shown ("… Fumio Kishida visited Kyiv …"): it holds the subject named.
	const start = leansBack ? leadStart(foundLead, PROMPT_WORDS - 1 - words(own).length) : foundLead;
	// "… take down the account as … _____, it went further", "… as … On _____, it": a lead cut short within two
	// words of the blank runs on into it as one broken sentence, so it is shown whole (no prompt if too long).
	const whole =
		start.endsWith('… ') && words(own.slice(0, found)).length <= 2 ? `${words(foundLead).join(' ')} ` : start;
	const lead = whole.replace(DATELINE, '');
	// "But even after Doe, facing Roe, agreed … _____, he told" reads as one sentence, and its subject is in the part
	// cut away; "When they met, Doe visited Kyiv …" shows its main clause.
	if (
		leansBack &&
		lead.endsWith('… ') &&
		SUBORDINATE_OPENING.test(lead) &&
		!MAIN_CLAUSE_AFTER_COMMA.test(lead)
	)
		return undefined;
	// Cut to its start, a quote with the speaker after it ("“We work with the ministry …” said Doe") shows an
	// unclosed quote and loses the name again.
	if (leansBack && (insideQuote(lead, lead.length) || !namesSomeone(lead))) return undefined;
	if (leansBack && words(lead).length + words(own).length >= PROMPT_WORDS) return undefined;
	const from = evidence.start + cut - lead.length;
	const at = lead.length + found + written.length - core.length - trailingLength(written, core);
	if (back && words(lead).length + words(own).length >= PROMPT_WORDS) return undefined;
	// A lead naming who "he" is, or which poll, is kept whole: a prompt cut at its start would lose it again.
	const maxWords = leansBack || back ? words(lead).length + words(own).length + 1 : PROMPT_WORDS;
	const sentence = leansBack ? lead + own : text.slice(from, evidence.end);
	return { sentence, core, at, from, maxWords, said: leansBack ? own : sentence };
}

/**
 * "The visit comes after her trip to Jack Straw's constituency, where she faced protests. At one speech, she
 * admitted …": a lead that speaks of the sentence's "she" (or "he") before it names anyone points back as well, and
 * the name it holds is someone else's. ("Rice went to Blackburn, where she faced protests." names her first, and so
 * does a lead opening on a word the lexicon does not know: "LeDrew has never run, though he …".)
 */
function leadLeansBackToo(lead: string, own: string): boolean {
	const subject = /\b(he|she)\b/i.exec(own)?.[1]?.toLowerCase();
	if (subject === undefined) return false;
	const same = subject === 'he' ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|hers|herself)\b/i;
	const at = same.exec(lead)?.index;
	if (at === undefined) return false;
	const opening = /^\p{Lu}[\p{L}'’-]*/u.exec(lead)?.[0];
	const opensOnName = opening !== undefined && lexiconTags(opening).length === 0;
	return !opensOnName && !namesSomeone(lead.slice(0, at));
}

/**
 * A lead names someone a pronoun can point at: a capitalised word past its first, outside quotation marks.
 * "“So far Israel is not giving us access.” He estimated …": the quote before names nobody "he" could be.
 */
export function namesSomeone(lead: string): boolean {
	const told = lead.replace(/[“"‘][^”"’]*[”"’]/gu, ' ');
	return /\s\p{Lu}/u.test(told.trim());
}

/** A lead opening on a clause that hangs on a main clause further on. */
const SUBORDINATE_OPENING =
	/^(?:(?:but|and|yet|so)\s+)?(?:even\s+|just\s+|only\s+)?(?:after|before|when|while|although|though|because|since|if|once|until|unless|despite)\b/i;

/** A comma then a new subject (a name, a determiner, a pronoun): the main clause after a fronted one. */
const MAIN_CLAUSE_AFTER_COMMA =
	/,\s+(?:\p{Lu}|(?:the|a|an|his|her|its|their|this|that|these|those|you|we|they|he|she|it|i)\b)/u;

/** The words of a lead shown before a sentence opening on a pronoun. */
const LEAD_WORDS = 16;

/** A lead too long to show whole is cut at a clause's end within this many words ("… from harm, …"). */
const LEAD_CLAUSE_WORDS = 24;

/**
 * The start of a lead sentence, with a space after: the whole of it when it fits in `room` words beside the
 * sentence it leads, else up to the last clause's end within LEAD_CLAUSE_WORDS words, else cut after LEAD_WORDS
 * ("… visited Kyiv in a show …"). A lead cut mid-clause ("… raised fuel prices by 100 …") leaves the student
 * reading half a sentence.
 */
export function leadStart(lead: string, room: number): string {
	const w = words(lead);
	if (w.length <= Math.max(LEAD_WORDS, room)) return `${w.join(' ')} `;
	let clauseEnd = Math.min(w.length, LEAD_CLAUSE_WORDS) - 1;
	while (clauseEnd >= 3 && !/\D[,;:]$/.test(w[clauseEnd]!)) clauseEnd--;
	const clause = w
		.slice(0, clauseEnd + 1)
		.join(' ')
		.replace(/[,;:]$/, '');
	// "When the two leaders met on Tuesday …" is no clause of its own: the main clause after it is cut away.
	const hangs = SUBORDINATE_OPENING.test(clause) && !MAIN_CLAUSE_AFTER_COMMA.test(clause);
	if (clauseEnd >= 3 && !hangs) return `${clause} … `;
	const kept = w.slice(0, LEAD_WORDS);
	// "visited Kyiv in a …" reads better as "visited Kyiv …"; "in Iraq, United …" as "in Iraq …".
	while (kept.length > 1 && (LEAD_TAIL.test(kept.at(-1)!) || splitsName(kept.at(-1), w[kept.length])))
		kept.pop();
	return `${endCut(kept.join(' '))} `;
}

const LEAD_TAIL = /^(?:a|an|the|in|of|on|to|for|with|at|by|and|or|that|which|who)$/i;

/**
 * The sentence before `start` in its paragraph, with the space after it ('' at a paragraph's start): a short
 * sentence ("20 million people use the service every day.") leans on it for what "the service" is.
 */
export function sentenceBefore(text: string, start: number): string {
	const from = Math.max(0, start - 600);
	const head = text.slice(from, start);
	const paragraphStart = from + head.lastIndexOf('\n') + 1;
	const paragraph = text.slice(paragraphStart, start);
	if (!/[.!?…]["”’)]?\s+$/u.test(paragraph)) return '';
	// Split as the facts' own sentences are, so "Mr. Trump" ends no sentence: cut at "Mr.", the lead shown was
	// "Trump, the presumed favorite." with its subject lost.
	const end = paragraphStart + paragraph.trimEnd().length;
	const last = sentencesOf(text, { index: 0, start: paragraphStart, end, credits: false }).at(-1);
	const sentence = text.slice(last?.start ?? paragraphStart, start);
	// "…to that of the airline. Among other things, it would strengthen the Group". A sentence that opens inside
	// a quote begun before it is a tail of someone's words, its "it" and "the Group" pointing at nothing shown.
	if (openQuote(text.slice(paragraphStart, last?.start ?? paragraphStart))) return '';
	// "… will face charges of being. Two Chadians were also charged.": a lead the copy broke is no lead to show.
	if (!wellFormed(sentence.trim())) return '';
	return words(sentence).length <= 40 ? sentence : '';
}

/** Words that leave a quotation open: an odd count of straight marks, or more curly openings than closings. */
function openQuote(before: string): boolean {
	const count = (re: RegExp) => (before.match(re) ?? []).length;
	return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g);
}

/**
 * The last sentence of the paragraph before `start`, with the paragraph break after it, when `start` opens a
 * paragraph ('' otherwise): what a paragraph opening on "It" or "He" points back to.
 */
export function lastSentenceBefore(text: string, start: number): string {
	// `trimEnd` strips what `\s` matches, from the end: an expression tried on the text before every fact read it
	// from the start.
	const end = text.slice(0, start).trimEnd().length;
	if (end === start || !/\n/.test(text.slice(end, start))) return '';
	const sentence = sentenceBefore(`${text.slice(0, end)} `, end + 1);
	return sentence === '' ? '' : text.slice(end - (sentence.length - 1), start);
}

/** How far the core ends before the written text does (none: the core is a tail of the written words). */
function trailingLength(written: string, core: string): number {
	return written.endsWith(core) ? 0 : written.length - (written.indexOf(core) + core.length);
}

/** Words too common to give a key away by being in the headline too. */
const TITLE_FILLER = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'by', 'to', 'for', 'and', 'or', 's']);

/**
 * "the first quarter of _____" among 2006 to 2009 under "Portugal to produce new Volkswagen model in 2008": what sets
 * the key apart from its wrong choices (the year, the day) stands in the headline shown with every card.
 */
export function titleTellsApart(answer: string, choices: readonly string[], title: string): boolean {
	const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
	const heading = words(title);
	const others = choices.filter((c) => c !== answer).map(words);
	const own = [...words(answer)].filter((w) => others.some((o) => !o.has(w)));
	return own.length > 0 && own.every((w) => heading.has(w));
}

const titleTokens = (s: string) =>
	(s.toLowerCase().match(/[\p{L}\d]+(?:[.,]\d+)*/gu) ?? [])
		.filter((t) => !TITLE_FILLER.has(t))
		.map((t) => (Object.hasOwn(NUMBER_WORDS, t) ? String(NUMBER_WORDS[t]) : t));

/** The headline's words, read once: every blank of the deck is weighed against the same headline. */
const headingWords = perText((title): ReadonlySet<string> => new Set(titleTokens(title)));

/**
 * The headline, shown with every card, holds the key: every word of it ("Afghan" under "Afghan girls' robotics
 * team …", "$1.35 billion" under "EU fines Microsoft $1.35 billion"), compared as whole words, any case, a number
 * word as its digits ("11" under "Eleven die in …").
 */
export function inTitle(key: string, title: string): boolean {
	// A headline drops the country of a dollar ("$1.8 million" over "US$1.8 million"): the amount is what it tells.
	const mine = titleTokens(key.replace(/\b\p{Lu}{1,3}(?=[$£€¥])/gu, ''));
	const heading = headingWords(title);
	if (mine.length > 0 && mine.every((t) => heading.has(t))) return true;
	// "Andy Warhol" under "Warhol's photo legacy …": one name of a person or place is enough.
	const names = key.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [];
	const isName = /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u.test(key.replace(/^the\s+/i, '').trim());
	return isName && names.some((n) => heading.has(n.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * A year or a span worked out from the rest of the sentence: "the 20th anniversary of his death in _____" beside
 * "2007", or "the _____ anniversary" between "2007" and "1987". `core` is the blanked figure as written: a span's
 * unit is often in it ("In 2005, _____ before the 2008 vote" hides "three years", which 2008 − 2005 gives back).
 */
export function computable(value: number, rest: string, core = ''): boolean {
	if (!Number.isInteger(value)) return false;
	const years = [...rest.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
	const spans = [...rest.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)?\s*(?:-|\s)?(?:years?|anniversary)\b/gi)].map(
		(m) => Number(m[1])
	);
	if (value >= 1500 && value <= 2099)
		return years.some((y) => y !== value && spans.includes(Math.abs(value - y)));
	return (
		years.some((a) => years.some((b) => a - b === value)) && /anniversary|years?\b/i.test(`${rest} ${core}`)
	);
}

/**
 * A percentage or an amount the sentence adds up: "1.2% (0.7% and 0.5%)" gives each of the three from the other
 * two, whichever is blanked. `rest` is the sentence with the blank.
 */
export function sumGiven(value: number, percent: boolean, rest: string): boolean {
	const pattern = percent
		? /(\d+(?:\.\d+)?)\s*(?:%|percent\b)/gi
		: /[$€£¥]\s?(\d[\d,]*(?:\.\d+)?)(?!\s*(?:million|billion|thousand|m\b|bn\b))/gi;
	const others = [...rest.matchAll(pattern)].map((m) => Number(m[1]!.replace(/,/g, '')));
	const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
	return others.some((a, i) =>
		others.some((b, j) => i !== j && (close(a + b, value) || close(value + a, b)))
	);
}

const SHARES = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi;
/** "50 to 48 percent", "34-27": a poll's two shares written as one pair, the first without its unit. */
const SHARE_PAIRS = /\b(\d{1,2}(?:\.\d+)?)\s*(?:to|-|–)\s*(\d{1,2}(?:\.\d+)?)\b/g;
const MARGINS = /(\d+(?:\.\d+)?)[\s-]*(?:percentage[\s-]+)?points?\b/gi;

/**
 * A poll's share or lead the sentence works out: "leads by 15 points, 52 percent to _____" (52 − 15), "up _____
 * at 49.2 percent to 40 percent" (the difference), "_____, 5 points shy of the 46% record" (46 − 5). `rest` is the
 * sentence with the blank; `lead` says the key is a lead in points, the only figure two shares' difference tells
 * (any share may differ from two others by chance).
 */
export function marginGiven(value: number, rest: string, lead = false): boolean {
	const shares = [...rest.matchAll(SHARES)].map((m) => Number(m[1]));
	const paired = [...rest.matchAll(SHARE_PAIRS)].flatMap((m) => [Number(m[1]), Number(m[2])]);
	const all = [...shares, ...paired];
	const margins = [...rest.matchAll(MARGINS)].map((m) => Number(m[1]));
	const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
	return (
		shares.some((x) => margins.some((m) => close(x - m, value) || close(x + m, value))) ||
		(lead && all.some((x) => all.some((y) => close(x - y, value))))
	);
}

/** A count as digits write it ("1,749", "62"), not money. */
const COUNT_WRITTEN = /(?<![\d.,$€£¥])(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)/g;
/** After a count: a share, a scale or a unit of money, which makes it no count of things. */
const NOT_A_COUNT = /^\s*(?:%|percent\b|per cent\b|million\b|billion\b|thousand\b|trillion\b)/i;
const countsIn = (rest: string) =>
	[...rest.matchAll(COUNT_WRITTEN)]
		.filter((m) => !NOT_A_COUNT.test(rest.slice(m.index + m[0].length)))
		.map((m) => Number(m[1]!.replace(/,/g, '')));

/**
 * Words that make one of a sentence's counts the sum of the others, or what one count leaves of another: "15 were
 * hurt, of whom _____ died", "amphi 750 should be changed to 650 because it lacks _____ seats".
 */
const TOTAL =
	/\b(?:total(?:s|ing|ling|ed|led)?|combined|altogether|in all|of (?:whom|them|which)|remaining|the rest|surviv(?:ed|ors?)|lack(?:s|ed|ing)?|short of)\b/i;

/**
 * "1,280 pledged delegates and _____ superdelegates for a total of 1,749": a count the sentence adds up is read off
 * the others by addition or subtraction, whichever is blanked. `rest` is the sentence with the blank.
 */
export function totalGiven(value: number, rest: string): boolean {
	if (!TOTAL.test(rest)) return false;
	const counts = countsIn(rest).filter((n) => n > 0);
	return counts.some((a, i) => counts.some((b, j) => i !== j && (a + b === value || value + a === b)));
}

const COUNT_OR_BLANK = '(\\d{1,3}(?:,\\d{3})+|\\d+|_{3,})';
/** "62 more than the 270 needed", "4 fewer than its 41": a difference and what it is counted from. */
const MORE_THAN = new RegExp(
	`${COUNT_OR_BLANK}\\s+(?:[\\p{L}-]+\\s+)?(more|fewer|less)\\s+than\\s+(?:(?:the|its|their|his|her)\\s+)?${COUNT_OR_BLANK}`,
	'iu'
);
const LAST_COUNT = new RegExp(`${COUNT_OR_BLANK}(?!.*(?:\\d|_{3}))`, 'su');

/**
 * "Ames won _____ electoral votes, 62 more than the 270 needed": a count the sentence tells as another more or
 * fewer than a third is read off the two by arithmetic, whichever of the three is blanked.
 */
export function moreThanGiven(value: number, rest: string): boolean {
	const m = MORE_THAN.exec(rest);
	const a = m ? LAST_COUNT.exec(rest.slice(0, m.index)) : null;
	if (!m || !a) return false;
	const read = (s: string) => (/_{3}/.test(s) ? value : Number(s.replace(/,/g, '')));
	if (![a[1]!, m[1]!, m[3]!].some((s) => /_{3}/.test(s))) return false;
	const [whole, by, from] = [read(a[1]!), read(m[1]!), read(m[3]!)];
	return whole === (/more/i.test(m[2]!) ? from + by : from - by);
}

/** A bare number of a series ("3", "two", "four-and-a-half"): the unit, if any, comes after the series' last. */
const SERIES_NUMBER = `(\\d+(?:\\.\\d+)?|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:${Object.keys(NUMBER_WORDS).join('|')}))?)(-and-a-half)?`;
/** What joins two numbers of a series: "3, 4", "five, maybe six", "two- or three-week", "one to two years". */
const SERIES_JOINT = String.raw`-?(?:\s*,\s*(?:or\s+)?|\s+(?:or|to)\s+)(?:(?:maybe|perhaps|possibly|even)\s+)?`;
const SERIES_BEFORE = new RegExp(`(?<![\\d.,$€£¥-])\\b${SERIES_NUMBER}${SERIES_JOINT}$`, 'i');
// Read forwards, a comma sets off a restatement ("just over _____, 26 percent"), not the series' next number.
const SERIES_AFTER = new RegExp(
	`^-?\\s+(?:or|to)\\s+(?:(?:maybe|perhaps|possibly|even)\\s+)?${SERIES_NUMBER}\\b(?![.,]\\d)`,
	'i'
);

function seriesValue(words: string, half: string | undefined): number | undefined {
	const n = parseDigits(words) ?? parseNumberWords(words);
	return n === null ? undefined : n + (half ? 0.5 : 0);
}

/**
 * A count one step up a series the sentence counts aloud: "3, _____ in the polls" (4), "five, maybe _____ years ago"
 * (six), "a two- or _____ delay" (three), "over four-and-a-half, _____ years" (five), "_____ to three years" (two).
 * The reader says the next number; no other choice fits. A series counts upwards, so "50 to _____", a score, tells
 * nothing.
 */
export function stepBeside(value: number, before: string, after: string): boolean {
	const next = (from: number) => (Number.isInteger(from) ? from + 1 : Math.ceil(from));
	const previous = (to: number) => (Number.isInteger(to) ? to - 1 : Math.floor(to));
	const shownBefore = SERIES_BEFORE.exec(before);
	const below = shownBefore ? seriesValue(shownBefore[1]!, shownBefore[2]) : undefined;
	if (below !== undefined && next(below) === value) return true;
	const shownAfter = SERIES_AFTER.exec(after);
	const above = shownAfter ? seriesValue(shownAfter[1]!, shownAfter[2]) : undefined;
	return above !== undefined && previous(above) === value;
}

/** "10 judges rather than", "instead of": a count of a noun set against the count after it. */
const COUNT_CONTRASTED_BEFORE = new RegExp(
	`(?<![\\d.,$€£¥-])\\b${SERIES_NUMBER}(?:\\s+[\\p{L}-]+){0,2}\\s+(?:rather\\s+than|instead\\s+of)\\s+$`,
	'iu'
);
/** "_____ judges rather than 11": the blank's count set against the one after it. */
const COUNT_CONTRASTED_AFTER = new RegExp(
	`^(?:\\s+[\\p{L}-]+){0,2}\\s+(?:rather\\s+than|instead\\s+of)\\s+${SERIES_NUMBER}\\b(?![.,]\\d)`,
	'iu'
);

/**
 * "heard by 10 judges rather than _____ because the chief judge has recused himself": a count set against another
 * of the same thing that differs by one is the other plus or minus the one the sentence's reason adds or takes away
 * (one recused, one seat empty), so the reader works it out. A wider gap is the article's to tell.
 */
export function contrastedByOne(value: number, before: string, after: string): boolean {
	const shown = COUNT_CONTRASTED_BEFORE.exec(before) ?? COUNT_CONTRASTED_AFTER.exec(after);
	const other = shown ? seriesValue(shown[1]!, shown[2]) : undefined;
	return other !== undefined && Math.abs(other - value) === 1;
}

/** A count of a list's parts: digits, number words, "a dozen", or the blank. */
const PART_COUNT = `(?:a\\s+dozen|\\d{1,3}(?:,\\d{3})*|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:${Object.keys(NUMBER_WORDS).join('|')}))?|_{5})`;
/**
 * "Six aides — a lawyer, two clerks and three drivers —": a count of a noun, then a dash or a colon opening its
 * parts, or a bracket right after the noun (a bracket later in the clause is an aside), or a comma right after it
 * before a count ("Nine senators, seven Republicans and two Democrats, did not vote").
 */
const WHOLE_THEN_PARTS = new RegExp(
	`(?<![\\d.,$€£¥])\\b(${PART_COUNT})\\s+(?!percent|per\\s+cent)(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+\\b(?:[^—–:();.]{0,80}?(?:\\s[—–-]{1,2}\\s*|:\\s*)|\\s\\(\\s*|,\\s+(?=${PART_COUNT}\\s+(?!of\\b)\\p{L}))(?:including\\s+)?(.+?)(?=\\s[—–-]{1,2}\\s|[—–();]|$)`,
	'giu'
);
const PART_OPENING = new RegExp(
	`^(?:the\\s+|another\\s+)?(${PART_COUNT})\\s+(?!percent|per\\s+cent|%|of\\b)\\p{L}`,
	'iu'
);

function partValue(written: string, value: number): number | undefined {
	if (/_{5}/.test(written)) return value;
	if (/^a\s+dozen$/i.test(written)) return 12;
	return parseDigits(written) ?? parseNumberWords(written) ?? undefined;
}

/**
 * A count its parts listed beside it add up to, or one part the count and the other parts leave: "_____ aides — a
 * lawyer, two clerks and three drivers —" (six), "a dozen seats — two for the north and _____ for the south" (ten).
 * A part named without a count ("a lawyer", "the mayor") is one, or a name and its role ("Ana Lee, the clerk"),
 * so the rest may fall short of the whole by up to that many.
 */
export function partsAddUp(value: number, rest: string): boolean {
	return [...rest.matchAll(WHOLE_THEN_PARTS)].some((m) => {
		const whole = partValue(m[1]!, value);
		// Parts opened by a comma end at the comma after their "and": "seven Greens and two Liberals, did not vote".
		let list = m[2]!;
		if (/,\s*$/.test(m[0].slice(0, m[0].length - list.length))) {
			const and = list.search(/\s(?:and|or)\s/);
			const close = and < 0 ? -1 : list.indexOf(',', and);
			if (close >= 0) list = list.slice(0, close);
		}
		const items = list
			.replace(/[.!?]+$/, '')
			.split(LIST_SEPARATOR)
			.map((x) => x.trim())
			.filter(Boolean);
		// Parts are joined by "and" or "or"; a dash that closes an aside opened before the count opens no parts.
		if (whole === undefined || items.length < 2 || !/\b(?:and|or)\b|&/i.test(list)) return false;
		if ((rest.slice(0, m.index).match(/\s[—–-]{1,2}\s/g) ?? []).length % 2 === 1) return false;
		let counted = 0;
		let uncounted = 0;
		// The blank is the whole or a part's count: a blank inside a part's words is another thing's number.
		let asked = /_{5}/.test(m[1]!);
		for (const item of items) {
			const part = PART_OPENING.exec(item);
			const n = part ? partValue(part[1]!, value) : undefined;
			if (n === undefined) uncounted++;
			else counted += n;
			if (part && /_{5}/.test(part[1]!)) asked = true;
		}
		const left = whole - counted;
		return asked && (uncounted === 0 ? left === 0 : left >= 1 && left <= uncounted);
	});
}

/** A list item: a name of capitalised words and numbers ("Windows Server 2008", "Peru", "the Greens"). */
const NAME_ITEM = "(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’.-]*)*";
const NAME_LIST = new RegExp(
	`${NAME_ITEM}(?:(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)${NAME_ITEM})+`,
	'gu'
);
const LIST_SEPARATOR = /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;

/** Words that are a number of people or things themselves: "the pair", "a trio", "twin", "a couple of". */
const COLLECTIVE: readonly [number, RegExp][] = [
	[
		2,
		/\b(?:both|neither|a second|the second|the other one|pair|pairs|couple|twins?|duo|dual|double|two-way)\b/i
	],
	[3, /\b(?:trio|triple|treble|triplets?|threesome|three-way|a third|the third)\b/i],
	[4, /\b(?:quartet|quadruple|quadruplets|foursome)\b/i],
	[5, /\b(?:quintet|quintuple|quintuplets)\b/i]
];

/**
 * "_____ critical factors including R&D, design, quality, and marketing", "_____ counts of conspiracy, namely mail
 * fraud, wire fraud, bribery and accepting bribes": "including" often lists a few of many, but a list of as many
 * short items as the count, to the clause's end, names them all.
 */
const INCLUDED_LIST =
	/^\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2},?\s+(?:including|such as|namely|among them)\s+([^—–()]+?)\s*$/u;

/** "two inspectors, one from the capital and one from the north": the items after the count, as many as it says. */
const ONE_EACH = /\b(?:one|another|the other|a second|a third|a fourth)\b/gi;
/** "two boats, a trawler and a ferry": common nouns listed right after the count's noun, each with its determiner. */
const NOUN_ITEM = '(?:a|an|the|one|his|her|their|its)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?';
const NOUN_LIST = new RegExp(
	`^[\\p{Ll}-]*(?:\\s+[\\p{Ll}-]+){0,2}\\s*(?:,|:|—|–|\\()\\s*(${NOUN_ITEM}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NOUN_ITEM})+)`,
	'u'
);

/**
 * "Two Norwegians from the vessel KV Tromsø, an officer and a crew member, were still on board": common nouns set
 * off by commas (or a dash or brackets) after the count's noun phrase, however long, are its members one by one.
 */
const NOUN_APPOSITIVE = new RegExp(
	`^[^,.;:!?()—–"“”]{0,80}?,\\s*(${NOUN_ITEM}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NOUN_ITEM})+)\\s*(?:,|—|–|\\))`,
	'u'
);

/** A span of time listed as an item: "from 1955 to 1972", "between May and July". */
const SPAN_ITEM = /^(?:from|between)\s+\S.*?\s(?:to|until|till|through|and)\s+\S/i;

/**
 * "two periods of war, from 1955 to 1972, and from 1983 to 2005": as many spans listed after the count's noun as
 * it says, split at commas and at an "and" before the next span (a span's own "between … and" stays whole).
 */
function spansListed(value: number, clause: string): boolean {
	const list = /^[^,:;—–(]*[,:—–(]\s*(.+)$/u.exec(clause)?.[1];
	if (!list) return false;
	const items = list
		.split(/,\s*(?:and\s+)?|\s+and\s+(?=(?:from|between)\b)/i)
		.map((x) => x.trim())
		.filter((x) => x);
	return items.length === value && items.every((x) => SPAN_ITEM.test(x));
}

/** A label of a numbered list: "(1)", "2)", "(c)", after a space or a mark that opens an item. */
const LIST_LABEL = /(?:^|[\s:;,—–])\(?([1-9]|[a-i])\)(?=\s)/g;

/**
 * "at least _____ functions: (1) … (2) …": the labels of a numbered list after the count run 1, 2, … (or a, b, …)
 * up to it.
 */
function numberedUpTo(value: number, after: string): boolean {
	const labels = [...after.matchAll(LIST_LABEL)].map((m) => {
		const label = m[1]!;
		return /\d/.test(label) ? Number(label) : label.charCodeAt(0) - 96;
	});
	return labels.length >= 2 && labels.every((n, i) => n === i + 1) && labels.length === value;
}

/**
 * A count the rest of its sentence tells: "both times" or "the pair" for two, "a trio" for three, "two things:
 * cost and speed" (as many items after a colon), "a three-nation tour of Peru, Chile and Ecuador" or "a
 * three-party coalition of Labour, the Greens and the Liberals" (as many names listed after it), "two
 * inspectors, one from the capital and one from the north", "two boats, a trawler and a ferry", "at least two
 * functions: (1) … (2) …".
 */
export function countGivenAway(value: number, rest: string, after: string): boolean {
	if (!Number.isInteger(value) || value < 2 || value > 12) return false;
	if (COLLECTIVE.some(([n, words]) => n === value && words.test(rest))) return true;
	// The list runs on past a "." or "!" that a comma follows ("Jeb!, Ben Carson", "Lee Jr., 38"); items that
	// hold commas themselves are set apart by semicolons ("Ana Lee, 38; Ben, 34; and Cal, 9"), else a semicolon
	// ends the list.
	const colon = /^[^.;:!?]{0,40}:\s*((?:[^.:!?]|[.!?](?=,))+)/u.exec(after);
	const list = colon?.[1] ?? '';
	const counted = (items: string[]) => items.filter((x) => x.trim()).length === value;
	if (colon && counted(list.split(';')[0]!.split(LIST_SEPARATOR))) return true;
	if ((list.match(/;/g) ?? []).length >= 2 && counted(list.split(/;\s*(?:and\s+)?/))) return true;
	const clause = after.split(/[.;!?]/)[0] ?? '';
	const each = clause.match(ONE_EACH) ?? [];
	if (each.length === value && /^\s*one$/i.test(each[0]!)) return true;
	const nouns = NOUN_LIST.exec(clause);
	if (nouns && nouns[1]!.split(LIST_SEPARATOR).length === value) return true;
	const appositive = NOUN_APPOSITIVE.exec(clause);
	if (appositive && appositive[1]!.split(LIST_SEPARATOR).length === value) return true;
	if (spansListed(value, clause)) return true;
	const included = INCLUDED_LIST.exec(clause)?.[1]?.split(LIST_SEPARATOR);
	if (included && included.length === value && included.every((x) => x.trim().split(/\s+/).length <= 4))
		return true;
	if (numberedUpTo(value, after)) return true;
	const listed = (text: string) =>
		[...text.matchAll(NAME_LIST)].some((m) => m[0].split(LIST_SEPARATOR).length === value);
	// "incumbents Rick Santorum (Penn.), Lincoln Chafee (R.I.) and Jim Webb (VA)": a short aside in words after
	// each name (a state, a party) is no item of the list, and its full stop no end of the sentence; "Article 263
	// (1)" numbers a part, and stays. Two names with their parties ("the Social Democrats (SPD) and the Christian
	// Democrats (CDU)") follow "nearly two months after" as often as they count a pair, so from three.
	return (
		listed(after) || (value >= 3 && listed(after.replace(/\s*\((?=[^()\n]{0,29}\p{L})[^()\n]{1,30}\)/gu, '')))
	);
}

/**
 * "today", "this week", "now", "recently", "the past few days", "in the near future", "at a later date": words true
 * of any article on its day. Blanked, they are no fact to learn; only the date they stand for is.
 */
export function bareDeictic(core: string): boolean {
	// "Today [Friday]": the publisher's bracket only says which day the speaker's "today" was.
	return /^(?:(?:on|by|until|since|from|for|in|of|over|during|within)\s+)?(?:today|tonight|yesterday|tomorrow|now|right now|just now|recently|currently|lately|nowadays|these days|at present|presently|so far|this (?:past )?(?:year|week|month|morning|afternoon|evening|weekend|season)|(?:the\s+)?(?:past|last|next|coming|previous|following)\s+(?:few|several|couple\s+of)\s+(?:days|weeks|months|years)|(?:the\s+)?(?:recent|coming)\s+(?:days|weeks|months|years)|(?:the\s+)?(?:near|immediate|foreseeable)\s+future|(?:at\s+)?an?\s+(?:later|future)\s+(?:date|time|stage)|not\s+(?:so\s+)?long\s+ago)(?:['’]s)?$/i.test(
		core.replace(/\s*\[[^\]]*\]/g, '').trim()
	);
}

/**
 * A time counted from another: "two months later", "the next day", "The day before," (no object after "before");
 * not "next year", counted from the article's date.
 */
const COUNTED_FROM =
	/\b(?:later|earlier|afterwards?|before|after|(?:the\s+next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night|week|month|year))$/i;

/**
 * Words in a shown text that tell a time a count can start from: a weekday, a month (capitalised: "may" is a verb),
 * a year, a clock, "yesterday".
 */
const TELLS_A_TIME = new RegExp(
	`\\b(?:${[...WEEKDAYS, ...MONTH_NAMES].join('|')}|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\\b|\\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.|\\b(?:1[89]|20)\\d\\d\\b|\\d\\s?[ap]\\.?m\\b`
);

/**
 * "_____, Trump returned the compliment" with "Hours later" blanked: the student cannot know what the time is
 * counted from, so it is asked only when the text shown tells a time to count from ("won the state in 2008 but lost
 * it _____": "four years later"), or when an object after "before"/"after" names the event ("_____ the debate"),
 * or "than" does ("two hours earlier than forecast").
 */
export function countedFromUnshown(core: string, after: string, shown: string): boolean {
	const key = core.trim();
	if (!COUNTED_FROM.test(key)) return false;
	if (/^\s+than\b/i.test(after)) return false;
	if (/\b(?:before|after)$/i.test(key) && /^\s*[\p{L}\d'‘’“"]/u.test(after)) return false;
	return !TELLS_A_TIME.test(shown.replace(/_{3,}/g, ' '));
}

/**
 * Fixed phrases that hold a number or an ordinal but tell no figure: "for the first time", "in the first place",
 * "at first", "one of the", "one day", "second to none", "number one", "a million times", "at once", "in one go".
 * Each is the words before the number, the number, and the words after it.
 */
const IDIOMS: readonly [RegExp, RegExp, RegExp][] = [
	[/\b(?:for|the)\s+(?:the\s+)?$/i, /^first$/i, /^\s+time\b/i],
	[/\bin\s+the\s+$/i, /^first$/i, /^\s+(?:place|instance)\b/i],
	[
		/\b(?:at|from\s+the\s+(?:very\s+)?)\s*$/i,
		/^(?:first|once)$/i,
		/^(?!\s*(?:time|day|week|month|year|hand)\b)/i
	],
	[/(?:^|\b(?:at|all)\s+)$/i, /^once$/i, /^/],
	[/$/, /^first$/i, /^\s+of\s+all\b/i],
	[
		/$/,
		/^one$/i,
		/^\s+(?:of\s+(?:the|its|their|his|her|our|those|these|many|several)|another|by\s+one|day|way\s+or\s+another|or\s+two)\b/i
	],
	[/\bin\s+$/i, /^one$/i, /^\s+(?:go|piece|sense)\b/i],
	[/$/, /^second$/i, /^\s+to\s+none\b/i],
	[/\bnumber\s+$/i, /^one$/i, /^/],
	[
		/$/,
		/^(?:a\s+)?(?:hundred|thousand|million|billion|zillion)\s+times$/i,
		/^(?!\s+(?:more|less|as|higher|lower|bigger|larger|smaller|greater))/i
	],
	[/\bfirst[\s-]*$/i, /^hand$/i, /^/],
	// "a 52-week high": the trading year's span, as fixed as "all-time"; "an 83-week high" is no phrase anyone writes.
	[/$/, /^(?:52|fifty-two)-week$/i, /^\s+(?:highs?|lows?)\b/i],
	// "the top 1 percent", "half of 1 percent": a class and a byword, so "the top 0.8 percent" is false at a glance.
	[/\b(?:top|half\s+(?:of\s+)?)\s*$/i, /^(?:1|one)\s*(?:%|percent|per cent)$/i, /^/],
	// "within 24 hours", "around the clock 24 hours a day", "24/7": a day as the stock phrase gives it, which "within
	// 20 hours" never is (blind review r33a).
	[
		/\b(?:within|in|over)(?:\s+the\s+(?:next|last|past|first|initial))?\s+$/i,
		/^(?:24|twenty-four)\s+hours$/i,
		/^/
	],
	// "a 24-hour news channel", "24 hour surveillance": round the clock, which a "36-hour" choice never reads as.
	[/$/, /^(?:24|twenty-four)[\s-]hour$/i, /^\s+(?!(?:a|an|the|of|and|or)\b)\p{Ll}/u],
	[/$/, /^(?:24|twenty-four)\s+hours$/i, /^\s+a\s+day\b/i],
	// "cut in half", "split the party in half": how a thing is divided, not a share of it; "cut in three-fifths" is
	// no English, so its false statement is false on its face. ("half of the cases" is a share, "cut by half" too.)
	[
		/\b(?:cut|cuts|cutting|split|splits|splitting|sliced?|break|breaks|broke|broken|tore|torn|tear|fold(?:ed)?|divided?|chopped|sawn|sawed)\s+(?:[\p{L}'’-]+\s+){0,3}?in(?:to)?\s+$/iu,
		/^(?:half|halves|two)$/i,
		/^(?!\s+(?:of|a|an|the)\b)/i
	],
	// Named systems: "the two-party preferred vote", "a two-state solution", "a one-party state", "the one-child
	// policy". A "three-party preferred vote" names nothing, so a changed count is false on its face.
	[/$/, /^(?:two|2)-party$/i, /^\s+(?:preferred|system)\b/i],
	[/$/, /^(?:two|2)-state$/i, /^\s+solution\b/i],
	[/$/, /^(?:one|1)-party$/i, /^\s+(?:state|rule|system)\b/i],
	[/$/, /^(?:one|1)-child$/i, /^\s+polic(?:y|ies)\b/i],
	// Numbers that are names: "a 911 caller", "529 plans", "a 401(k)".
	[/$/, /^911$/, /^[\s-]+(?:call|caller|dispatch|operator|emergency|centre|center|line|system)/i],
	[/$/, /^529$/, /^[\s-]+(?:(?:college|savings)\s+)*(?:plan|account)/i],
	[/$/, /^401$/, /^\s*\(k\)/i]
];

/** The number blanked is part of a fixed phrase, not a figure a student learns ("for the _____ time"). */
export function inIdiom(before: string, core: string, after: string): boolean {
	return IDIOMS.some(([b, c, a]) => c.test(core.trim()) && b.test(before) && a.test(after));
}

/** "for six years", "over the next five years", "three months": how long, not when ("arrive in the next few days" is when). */
export function isDuration(core: string, before = ''): boolean {
	if (/\b(?:in|within|after|by|until|till|ago)\s*$/i.test(before)) return false;
	return /^(?:(?:for|over|during|throughout)\s+)?(?:the\s+)?(?:(?:next|past|last|first|following|previous|coming|entire|whole)\s+)?(?:(?:about|almost|nearly|some|more than|less than|at least|roughly|around|over)\s+)?(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:a )?few|many|\p{L}+teen|twenty|thirty|forty|fifty|sixty|hundreds? of|dozens? of)(?:\s+|-)(?:full\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)$/iu.test(
		core.trim()
	);
}

/** The place `at` in a sentence is inside quotation marks (more opened before it than closed). */
export function insideQuote(sentence: string, at: number): boolean {
	const before = sentence.slice(0, at);
	const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	const straight = (before.match(/"/g) ?? []).length % 2 === 1;
	return opened > 0 || straight;
}

/** The quotation marks of `at`'s paragraph before it, alone: what `insideQuote` counts. */
const narrationMarks = (text: string, at: number) =>
	(text.slice(text.lastIndexOf('\n', at - 1) + 1, at).match(/["“”]/g) ?? []).join('');

/**
 * The words from `from` to `to` that stand outside quotation marks, reading the marks from the paragraph's start:
 * a sentence that continues a quote opened before it ("“… they said. But the costs will double.”") has none.
 */
export function narration(text: string, from: number, to: number): string {
	let inside = insideQuote(narrationMarks(text, from), Infinity);
	let kept = '';
	for (let i = from; i < to; i++) {
		const c = text.charAt(i);
		if (c === '“') inside = true;
		else if (c === '”') inside = false;
		else if (c === '"') inside = !inside;
		else if (!inside) kept += c;
	}
	return kept;
}

/**
 * A blank in someone's words that never says whose: the place is inside quotation marks (the paragraph's marks
 * read from its start), no speaker the rules are sure of frames it, and the sentence shown has no words of its
 * own outside the marks that name someone ("“But the costs will double within _____.”" continuing a quote begun
 * before it, or "“… within _____,” he said."), where "…,” said the coastguard." would say who.
 */
export function speakerless(text: string, from: number, at: number, to: number, framed: string): boolean {
	if (framed !== '' || !insideQuote(narrationMarks(text, at), Infinity)) return false;
	return !namesASpeaker(narration(text, from, to));
}

/**
 * Words outside the quotation marks that could say whose the words are: a name or a noun ("said the coastguard").
 * "…,” he said." points back at someone the prompt never shows; a weekday or "I" names nobody either.
 */
function namesASpeaker(narrated: string): boolean {
	// "he said in a recent interview with Voice of America", "he told Reuters": who heard the words, and where, told
	// after the verb, are not who said them.
	const told = narrated.replace(
		/\b((?:said|says|told|tells|added|adds|explained|stated|wrote|continued)\s+)(?:(?:in|with|on|at|to|from|during|after|before|via|through)\b|(?<=(?:told|tells)\s+))[^,;.]*/giu,
		'$1'
	);
	const named = (told.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).some(
		(w) => w !== 'I' && !CALENDAR_WORD.test(w.replace(/\W+$/, ''))
	);
	// "…,” added the statement." (W32): a document the sentence does not say whose is no speaker either.
	const undocumented = told.replace(BARE_DOCUMENT, ' ');
	return named || /\b(?:the|a|an|his|her|their|its|our|my)\s+\p{L}{3,}/iu.test(undocumented);
}

const BARE_DOCUMENT =
	/\b(?:the|a|an|this|that|its|their)\s+(?:statement|report|letter|release|notice|announcement|communiqu[eé]|memo|document|filing|study|survey)\b/giu;

/**
 * The sentence names both ends of the span a duration measures: "the period of _____ between June 21, 2006 and
 * October 21, 2007" is worked out, not recalled.
 */
export function spanGiven(sentence: string): boolean {
	return /\b(?:between|from)\s+[^.;]{0,40}?\b\d{4}\b[^.;]{0,10}?\s+(?:and|to|until|through)\s+[^.;]{0,30}?\b\d{4}\b/i.test(
		sentence
	);
}

/**
 * A figure written into a compound adjective ("53-year-old", "fifty-three-year-old", "30-second", "ten-point",
 * "90-plus"): its number, then the words the hyphen joins to it.
 */
const COMPOUND_FIGURE = new RegExp(
	`^(\\d[\\d,.]*|${NUMBER_WORD_SOURCE}(?:-${NUMBER_WORD_SOURCE})*)(-\\p{L}+(?:-\\p{L}+)*)$`,
	'iu'
);

/**
 * A unit word in its singular form ("year", "dollar", "percentage point"), the form it keeps as an adjective after
 * any number ("a 38 year old", "an 18.5 billion dollar bid").
 */
const SINGULAR_UNITS = new Set(
	Object.values(UNITS).flatMap(({ words = [] }: UnitEntry) =>
		words.filter((w) => words.some((p) => p !== w && p.startsWith(w) && p.length <= w.length + 2))
	)
);

/** "-years" of "three-years": a plural unit, no adjective but a stray hyphen, so not left to the sentence. */
const pluralUnit = (joined: string) => {
	const word = /^-(\p{L}+)/u.exec(joined)?.[1]?.toLowerCase() ?? '';
	return UNIT_WORDS.some((u) => u.word === word) && !SINGULAR_UNITS.has(word);
};

/** "another 46", "an additional 18": what is added, the word saying so left to the sentence. */
const ADDED = /^(another|an additional)\s+/i;

/**
 * The key and sentence of a typed figure. "a(n) _____ nurse" keyed "53-year-old" asks a student to type a compound
 * adjective, a form nobody types for a figure: the blank takes the number and the compound's words stay in the
 * sentence ("a(n) _____-year-old nurse", key "53"; "a(n) _____-point lead", key "ten"). Only when the number alone
 * is the figure: "three-quarters" is not three. So too a unit word left singular as an adjective after another
 * number ("Pakistan's _____ year history", key "sixty-one"; "the _____ dollar bid", key "18.5 billion") and a word
 * saying the figure is added ("Another _____ said …", key "19 percent").
 */
export function typedFigure(answer: string, context: string): { answer: string; context: string } {
	const added = ADDED.exec(answer);
	if (added) return typedFigure(answer.slice(added[0].length), context.replace('_____', `${added[0]}_____`));
	const value = parseFigure(answer)?.value;
	const split = (number: string, rest: string) =>
		parseFigure(number)?.value === value
			? { answer: number, context: context.replace('_____', `_____${rest}`) }
			: null;
	const compound = COMPOUND_FIGURE.exec(answer);
	const adjective = [/^(.+)(\s+(\p{L}+\s\p{L}+))$/u, /^(.+)(\s+(\p{L}+))$/u]
		.map((unit) => unit.exec(answer))
		.find((m) => m && SINGULAR_UNITS.has(m[3]!.toLowerCase()));
	return (
		(compound && !pluralUnit(compound[2]!) ? split(compound[1]!, compound[2]!) : null) ??
		(adjective && value !== 1 ? split(adjective[1]!, adjective[2]!) : null) ?? { answer, context }
	);
}

/** Each time unit's words, whole, in one expression built once (it was built per word and call). */
const TIME_UNIT_WORD = new Map(
	Object.entries(UNITS)
		.filter(
			([unit, { words = [] }]: [string, UnitEntry]) => unitKind(unit as FigureUnit) === 'time' && words.length
		)
		.map(([unit, { words = [] }]: [string, UnitEntry]) => [
			unit,
			new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'i')
		])
);

/**
 * The unit a typed span is counted in, when the blank holds it ("just _____ after" keyed "one day"): the reader
 * who recalls the span may count it in hours or weeks ("24 hours" is graded wrong against days), so the prompt
 * names the unit and the number alone is the answer. None when the unit stays in the sentence ("_____-year").
 */
export function spanToType(unit: FigureUnit, answer: string): string | undefined {
	return TIME_UNIT_WORD.get(unit)?.test(answer) ? unitWord(unit, 2) : undefined;
}

const NUMBER_WORD = new RegExp(`\\b${NUMBER_WORD_SOURCE}\\b`, 'i');
const FRACTION_WORD = new RegExp(`\\b(?:${Object.keys(FRACTIONS).join('|')})\\b`, 'i');

/**
 * The figure as a student types it when asked for "the missing figure": digits, without the currency sign or the
 * unit ("six" → "6", "$68" → "68", "68 per cent" → "68", "$1.2 million" → "1.2 million"). The grader takes it
 * already; shown as an accepted form, it tells a reader of the key that "6" was not wrong. None when the bare
 * number would be another amount ("55 cents" is 0.55 dollars).
 */
export function bareFigure(answer: string, value: number): string | undefined {
	if (WHOLE_FRACTION.test(answer.trim())) return fractionInFigures(value);
	const digits = /\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion)\b)?/i.exec(answer)?.[0];
	// Only a number said in number words turns into digits: "half" or "three-quarters" is no "75" to a reader.
	const worded = NUMBER_WORD.test(answer) && !FRACTION_WORD.test(answer) && Number.isInteger(value);
	const bare = digits ?? (worded && Math.abs(value) < 1e6 ? EN_US.format(value) : undefined);
	const read = bare === undefined ? undefined : parseFigure(bare)?.value;
	if (bare === undefined || read === undefined) return undefined;
	return Math.abs(read - value) <= Math.abs(value) * 0.005 ? bare : undefined;
}

const WHOLE_FRACTION = new RegExp(
	`^(?:(?:a|an|one|two|three|four|five|seven|nine)[\\s-]+)?(?:${Object.keys(FRACTIONS).join('|')})$`,
	'i'
);

/**
 * "half" typed as a figure: a bare "50" would read as another amount, but "50%" or "1/3" is the same share, and a
 * student shown only "half" as the key takes a figure they typed for wrong (dev review, stop 49).
 */
function fractionInFigures(percent: number): string | undefined {
	if (Number.isInteger(percent)) return `${percent}%`;
	for (const whole of [3, 6, 8])
		for (let part = 1; part < whole; part++)
			if (Math.abs((part / whole) * 100 - percent) < 0.1) return `${part}/${whole}`;
	return undefined;
}

/** A typed question's accepted form beside its key, none when there is none or it is the key ("1990" for "1990"). */
export const withAlternative = (form: string | undefined, key: string) =>
	form === undefined || form === key ? {} : { alternatives: [form] };

/**
 * "twice", "thrice": how many times something happened, said in an adverb. Blanked, it asks for a word, not a
 * figure, and the verb before the blank ("carried it _____", "think _____") leaves few other words to give.
 */
const REPEATS = /^(?:twice|thrice)$/i;

/** "aged 14", "at the age of 14", "a 14-year-old": an age, not a time. */
const AGE = /\bage[ds]?\b|\byears? old\b|-year-old\b/i;

/**
 * "in the early 1990s to _____": a choice for one end of a range of years keeps the range running forwards, so
 * "the early 2010s to late 1990s" is never offered.
 */
export function inRangeOrder(choice: string, before: string, after: string): boolean {
	const mine = YEAR_PART.exec(choice);
	if (!mine) return true;
	const year = Number(mine[2]);
	// "the late 1970s to early 1970s": within one decade, early comes before mid and mid before late.
	const rank = (m: RegExpExecArray) => PART_OF_DECADE[m[1]?.toLowerCase() ?? ''];
	const order = (other: RegExpExecArray) => {
		const diff = year - Number(other[2]);
		const a = rank(mine);
		const b = rank(other);
		return diff !== 0 || a === undefined || b === undefined ? Math.sign(diff) : Math.sign(a - b);
	};
	const later = YEAR_PART_AFTER_JOINT.exec(after);
	if (later && order(later) > 0) return false;
	const earlier = YEAR_PART_BEFORE_JOINT.exec(before);
	return !(earlier && order(earlier) < 0);
}

/** The other end of a "from … to …" or "between … and …" range the blank is one end of, as shown. */
function rangeOtherEnd(before: string, after: string): { shownBefore?: string; shownAfter?: string } {
	const shownBefore =
		/\b(?:from|between)\s+((?:the\s+)?\S+(?:\s+\S+){0,2}?)\s*(?:\b(?:to|until|till|through|and)\b|[-–])\s*(?:the\s+)?$/i.exec(
			before
		)?.[1] ?? /\b((?:1[89]|20)\d\d)[-–]$/.exec(before)?.[1];
	// "from about _____ to 7:30 p.m.": a hedge on the blanked start leaves the range as it is.
	const shownAfter = RANGE_START.test(before)
		? /^\s*(?:\b(?:to|until|till|through|and)\b|[-–])\s*((?:the\s+)?\S+(?:\s+\S+){0,2})/i.exec(after)?.[1]
		: undefined;
	return { shownBefore, shownAfter };
}

const RANGE_START = new RegExp(`\\b(?:from|between)\\s+(?:${HEDGE}\\s+)?(?:the\\s+)?$`, 'i');

/**
 * "from about _____ to 7:30 p.m.", "between January 24 and _____", "raise the tax from 16% to _____": a choice for
 * one end of a range or a change on the other side of the end shown from the key runs the range backwards or turns
 * a rise into a fall, which the sentence rules out. A choice stays on the key's side of the shown end; a key on the
 * far side (a night's "from 4 p.m. to 2 a.m.") takes its choices there too.
 */
export function onKeysSide(key: string, before: string, after: string): (choice: string) => boolean {
	const { shownBefore, shownAfter } = rangeOtherEnd(before, after);
	const shown = shownBefore ?? shownAfter;
	const end = shown === undefined ? undefined : rangePoint(shown);
	const mine = end && rangePoint(key);
	if (!end || !mine || mine.kind !== end.kind || mine.at === end.at) return () => true;
	return (choice) => {
		const other = rangePoint(choice);
		return !other || other.kind !== end.kind || Math.sign(other.at - end.at) === Math.sign(mine.at - end.at);
	};
}

/**
 * A point a range runs through, comparable within its kind: a clock time (minutes into the day), a day of a month
 * or a month alone (in the year's order), or a figure with its unit. Read from the start of the words, so the end
 * "76% with the highest rate" is 76%.
 */
function rangePoint(text: string): { kind: string; at: number } | undefined {
	const words = text.replace(/^\s*(?:the\s+)?/i, '');
	const clock = /^(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\b/i.exec(words);
	if (clock) {
		const hour = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === 'p' ? 12 : 0);
		return { kind: 'clock', at: hour * 60 + Number(clock[2] ?? 0) };
	}
	if (/^noon\b/i.test(words)) return { kind: 'clock', at: 720 };
	const month = (name: string) => MONTH_NAMES.indexOf(name[0]!.toUpperCase() + name.slice(1).toLowerCase());
	const monthDay = MONTH_DAY.exec(words);
	if (monthDay) return { kind: 'day', at: month(monthDay[1]!) * 32 + Number(monthDay[2] ?? 0) };
	const dayMonth = DAY_MONTH.exec(words);
	if (dayMonth) return { kind: 'day', at: month(dayMonth[2]!) * 32 + Number(dayMonth[1]) };
	if (!/^[$£€]?\d/.test(words)) return undefined;
	// The longest run of up to four words that reads as a figure: "3 months", "76%" of "76% with the highest".
	const tokens = words.split(/\s+/).slice(0, 4);
	for (let n = tokens.length; n > 0; n--) {
		const parsed = parseFigure(
			tokens
				.slice(0, n)
				.join(' ')
				.replace(/[.,;:]+$/, '')
		);
		if (parsed) return parsed.vague ? undefined : { kind: `figure ${parsed.unit}`, at: parsed.value };
	}
	return undefined;
}
const MONTH_DAY = new RegExp(`^(${MONTH_NAMES.join('|')})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES.join('|')})\\b`, 'i');

/** A length of time counted in the range's own steps: "a three day strike", "is 4 years", "for ten weeks". */
const SPAN_COUNT = new RegExp(
	`\\b(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})[\\s-]+(?:day|night|week|month|year|decade)s?\\b(?![\\s-]+old\\b)`,
	'i'
);

/**
 * "a three day general strike from Wednesday to _____", "The implementation period is 4 years, from January 2006
 * to _____": a range with one end shown and its length told is sums, not a fact to recall; any end a student
 * counts to is the key.
 */
export function rangeSpanTold(before: string, after: string): boolean {
	// "leave from _____ and will spend about two years there": the words after "and" must be a time to be an end.
	const { shownBefore, shownAfter } = rangeOtherEnd(before, after);
	if (!TELLS_A_TIME.test(shownBefore ?? shownAfter ?? '')) return false;
	return SPAN_COUNT.test(before) || SPAN_COUNT.test(after.split(/[;:]|\.(?:\s|$)/)[0] ?? '');
}

/** One end of a range: a clock time, a decade (with its part), or a year. */
function rangeEnd(text: string): { kind: 'clock' | 'decade' | 'year'; at: number } | undefined {
	if (CLOCK.test(text)) return { kind: 'clock', at: 0 };
	const decade = /(?:\b(early|mid|late)[\s-]+)?\b(\d{3}0)['’]?s\b/i.exec(text);
	if (decade)
		return { kind: 'decade', at: Number(decade[2]) + (PART_OF_DECADE[decade[1]?.toLowerCase() ?? ''] ?? 0) };
	// A year alone: "June 21, 2006" is a day, and its year a step from another tells nothing of the day.
	const year = /^(?:the\s+)?((?:1[89]|20)\d\d)$/.exec(text.trim());
	return year ? { kind: 'year', at: Number(year[1]) } : undefined;
}

const CLOCK = /\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b/i;
/** A decade as one end of a range: "the late 1980s", "early 1990s", "the '80s" is not one (no century). */
const DECADE_END = String.raw`(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d{3}0['’]?s\b`;
// The joints of a range, built once (not per blank): an expression built anew is compiled anew whenever V8's cache
// has let the last copy go.
const DECADE_BEFORE_JOINT = new RegExp(
	`(${DECADE_END})\\s*(?:\\b(?:to|until|till|through)\\b|[-–])\\s*(?:the\\s+)?$`,
	'i'
);
const DECADE_AFTER_JOINT = new RegExp(
	`^\\s*(?:\\b(?:to|until|till|through)\\b|[-–])\\s*(${DECADE_END})`,
	'i'
);

/**
 * The key is one end of a range whose other end the sentence shows, a conventional step away: "from the late
 * 1980s to _____" (the early 1990s), "_____ to the early 1990s", "between 9 a.m. and _____" (5 p.m.), "from 2008 to
 * _____" (2009). The set phrase gives the blank away; a range of eleven years or of two far-apart dates does not.
 */
export function rangeEndTold(before: string, core: string, after: string): boolean {
	const { shownBefore, shownAfter } = rangeOtherEnd(before, after);
	// "the mill's work in the late 1980s to early 1990s": two decades joined by "to" are a range without a "from".
	const decadeBefore = DECADE_BEFORE_JOINT.exec(before)?.[1];
	const decadeAfter = DECADE_AFTER_JOINT.exec(after)?.[1];
	const bare = rangeEnd(decadeBefore ?? decadeAfter ?? '');
	const other = rangeEnd(shownBefore ?? shownAfter ?? '') ?? (bare?.kind === 'decade' ? bare : undefined);
	const key =
		rangeEnd(core) ??
		(/^\d\d$/.test(core) && other?.kind === 'year'
			? { kind: 'year' as const, at: Math.floor(other.at / 100) * 100 + Number(core) }
			: undefined);
	if (!other || !key || other.kind !== key.kind) return false;
	if (key.kind === 'clock') return true;
	const step = Math.abs(key.at - other.at);
	return key.kind === 'decade' ? step <= 10 : step === 1;
}

/** A day or a year named outright: "July 3", "3 July", "Tuesday", "2006". */
const OUTRIGHT_DATE = `(?:${[...WEEKDAYS, ...MONTH_NAMES].join('|')}|(?:${MONTH_ABBREVIATIONS})\\.|(?:1[89]|20)\\d\\d\\b)`;
/** A date put in brackets after another as its restatement: "next Monday (July 3)", "March 22 (Tuesday)". */
const OUTRIGHT = new RegExp(OUTRIGHT_DATE);
const BRACKET_DATE_AFTER = new RegExp(
	`^\\s*\\(\\s*(?:on\\s+|the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${OUTRIGHT_DATE}[^()]{0,20}\\)`
);
const BRACKET_DATE_BEFORE = new RegExp(`${OUTRIGHT_DATE}[^()]{0,20}\\(\\s*$`);
/** A date counted from the article's day: "two months ago", "next Monday", "yesterday", "last year", "Tuesday". */
const COUNTED_DATE = new RegExp(
	`^(?:on\\s+)?(?:.*\\bago|(?:last|next|this|past|coming)\\s+\\p{L}+|yesterday|today|tomorrow|tonight|${WEEKDAYS.join('|')})$`,
	'iu'
);
/** "ago on February 27", "last year, in 2006": an outright date right after a counted one, for the same time. */
const ON_OUTRIGHT_DATE = new RegExp(
	`^,?\\s+(?:on|in)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${OUTRIGHT_DATE}`
);

/**
 * The key stands beside its own date written another way: "will be operated _____ (July 3)" keyed "next Monday",
 * "_____ (March 22) the Secretary arrived" keyed "Tuesday", "completed only _____ on February 27" keyed "two months
 * ago". With the article's date on the card, the other form tells which of the choices is right, and so does a
 * day beside the article's own ("held yesterday, on _____"). A key told outright beside a longer count ("two
 * months ago on _____", "last Thursday (_____)") is still asked: it is the day to learn, and a count from the
 * article's date to a weekday needs a calendar, not a reading of the article.
 */
export function dateRestated(before: string, core: string, after: string): boolean {
	// "held yesterday, on _____": a day next to the article's own date, shown on the card, is no sum at all.
	if (/\b(?:yesterday|today|tomorrow|tonight),?\s+(?:on\s+)?(?:the\s+)?\(?$/i.test(before)) return true;
	if (!COUNTED_DATE.test(core.trim())) return false;
	return (
		BRACKET_DATE_AFTER.test(after) ||
		(BRACKET_DATE_BEFORE.test(before) && /^\s*\)/.test(after)) ||
		ON_OUTRIGHT_DATE.test(after)
	);
}

const SLASH_PARTNER = `(?:${[...WEEKDAYS, ...MONTH_NAMES].join('|')}|(?:1[89]|20)\\d\\d)`;
const SLASHED_AFTER = new RegExp(`\\b${SLASH_PARTNER}\\s*\\/\\s*$`);
const SLASHED_BEFORE = new RegExp(`^\\s*\\/\\s*${SLASH_PARTNER}\\b`);
/**
 * "identified in January/_____", "the _____/2006 season": a date written as one of a slashed pair is the period
 * next to the other one, so the other gives it away.
 */
export const slashPaired = (before: string, after: string) =>
	SLASHED_AFTER.test(before) || SLASHED_BEFORE.test(after);

/** A named day: "Independence Day", "New Year's Day", "World AIDS Day". */
const NAMED_DAY = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+)+Day`;
const NAMED_DAY_BEFORE = new RegExp(`\\b${NAMED_DAY}(?:\\s+(?:on|falls\\s+on)|,)?\\s*$`, 'u');
const NAMED_DAY_AFTER = new RegExp(
	`^,?\\s*(?:(?:the|as|which\\s+is|(?:in\\s+(?:recognition|honou?r|observance|celebration)\\s+of|to\\s+mark|for)(?:\\s+the)?)\\s+)?(?:${NAMED_DAY}\\b|(?:\\p{Lu}[\\p{L}.-]*\\s+)*\\p{Lu}[\\p{L}.-]*['’]s\\s+birthday\\b)`,
	'u'
);

/**
 * "India's celebration of Independence Day on _____", "on _____, Ada Roe's birthday", "closed on _____ in
 * recognition of Independence Day": a day glossed by the holiday or birthday it is tests the calendar, not the
 * news: who knows the day knows the blank.
 */
export const namedDayTold = (before: string, after: string) =>
	NAMED_DAY_BEFORE.test(before) || NAMED_DAY_AFTER.test(after);

/**
 * "next year's festival will open", "the vote last week passed": a relative date whose direction the clause's tense
 * decides leaves only its unit to guess, and "last" or "next" is read off the verb. Asked as the date it stands for.
 */
export function tenseTells(core: string, sentence: string): boolean {
	const m =
		/^(last|past|previous|next|coming)\s+(?:week|month|year|weekend|summer|winter|spring|autumn|fall)(?:['’]s)?$/i.exec(
			core.trim()
		);
	if (!m) return false;
	const tense = tenseOf(sentence, core);
	return /^(?:last|past|previous)$/i.test(m[1]!) ? tense === 'past' : tense === 'future';
}

/**
 * "repainted during _____, while the schools are on holiday": a season the rest of the sentence describes (its
 * holidays, its weather, its feasts) is told by it, whichever season it is.
 */
export function seasonTold(core: string, rest: string): boolean {
	return (
		/^(?:the\s+)?(?:(?:last|next|this|early|late)\s+)?(?:summer|winter|spring|autumn|fall)$/i.test(
			core.trim()
		) &&
		/\b(?:holidays?|vacations?|on holiday|snow\w*|icy|frost\w*|freez\w*|heat\s?waves?|hot(?:test)?|cold(?:est)?|warm(?:est)?|sunshine|christmas|easter|harvest|blossom\w*|blooms?|bloom(?:ing|ed))\b/i.test(
			rest
		)
	);
}

/** A year, perhaps with the part of its decade before it: "2004", "late 1970s". */
const YEAR_PART = /(?:\b(early|mid|late)[\s-]+)?(\d{4})/i;
const YEAR_PART_AFTER_JOINT = new RegExp(
	`^\\s*(?:to|until|till|through|[-–])\\s+(?:the\\s+)?${YEAR_PART.source}`,
	'i'
);
const YEAR_PART_BEFORE_JOINT = new RegExp(
	`${YEAR_PART.source}s?\\s*(?:to|until|till|through|and|[-–])\\s*(?:the\\s+)?$`,
	'i'
);
const PART_OF_DECADE: Record<string, number> = { early: 1, mid: 5, late: 9 };

/**
 * Before a blank, a bracket opened after a number: the blank is its equivalent ("2:45 p.m. (_____ UTC)"), or the
 * other end of the bracket's own size or range ("4,000 meters (12,467 feet and _____)", W7), however long it runs.
 */
const CONVERTED =
	/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)\b)[^()]{0,40}\((?:[^()]{0,30}|[^()]*\d\s*\p{L}+\s+(?:and|to|or|by)\s+)$/iu;

/**
 * After a blank, a bracket opening on a number, past at most a few plain words ("_____ local time (1600 UTC)"),
 * perhaps after a currency's code ("GBP _____ (EUR 7.76)"), or past the other side of a size or a range ("_____ by
 * 200 metres (1,968 feet by 656 feet)", "_____ to 4,000 metres (12,467 to 13,123 feet)"): the bracket converts both.
 * A bracket may write its amount in a word before its unit ("lost _____ pints (one litre) of blood").
 */
const EQUIVALENT_AFTER =
	/^\s*(?:(?:by|x|×|to|and|-|–)\s*\d[\d,.]*\s*)?(?:[\p{L}.]+\s+){0,3}\(\s*(?:(?:[Aa]bout|[Aa]round|[Rr]oughly|[Ss]ome|[Aa]pprox(?:imately|\.)?|[Nn]early|[Aa]lmost|c\.|ca\.)\s*)?(?:[A-Z]{0,3}[$€£¥]\s?|([A-Z]{3})\s)?(?:(\d[\d,.]*)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\s+an?)\s+[\p{L}-]+\s*\))/u;

const SHARE_WORDS =
	'(?:one|two|three) in (?:two|three|four|five|six|eight|ten|\\d+)|(?:a|one)[- ](?:half|third|quarter|fifth|tenth)|half|two-thirds|three-quarters';
const SHARE_HEDGE = '(?:(?:about|around|roughly|nearly|almost|some|just over|just under|or)\\s+)*';
const PER_CENT = '(?:%|\\s*per\\s?cent|\\s*percent)';
const OF_WHOLE = "(?:\\s+of\\s+(?:the|all|its|their)?\\s*[\\p{L}'’-]+)?";
/** After a percentage, the share it is in words: "31% of the total, about one in three", "48 percent (nearly half)". */
const SHARE_AFTER = new RegExp(
	`^${PER_CENT}?${OF_WHOLE}\\s*[,(—–]\\s*${SHARE_HEDGE}(?:${SHARE_WORDS})\\b`,
	'iu'
);
/** A percentage as a blank holds it: "31%", "48 percent". */
const PERCENTAGE = new RegExp(`\\d${PER_CENT}$`, 'i');
/** A share in words as a blank holds it: "one in three", "a quarter". */
const SHARE_KEY = new RegExp(`^(?:${SHARE_WORDS})$`, 'i');
/** The blank is the share in words of the percentage before it: "31% of the total, about _____". */
const SHARE_BEFORE = new RegExp(`\\d(?:[.,]\\d+)?${PER_CENT}${OF_WHOLE}\\s*[,(—–]\\s*${SHARE_HEDGE}$`, 'iu');

/** An amount of money as written: "£100m", "US$1.2 billion", "30 million euros". */
const MONEY_WRITTEN = String.raw`((?:[A-Z]{0,3}[$€£¥]\s?\d[\d,.]*(?:\s*(?:m|bn|million|billion)\b)?|\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:euros?|dollars?|yen)\b))`;
const MONEY_THEN_SEPARATOR = new RegExp(`${MONEY_WRITTEN}\\s*[,/]\\s*$`, 'i');
const SEPARATOR_THEN_MONEY = new RegExp(`^\\s*[,/]\\s*${MONEY_WRITTEN}`, 'i');

/** The currency of an amount, by the units table: "€145m" and "30 million euros" are both EUR. */
function currencyOf(amount: string | undefined): string | undefined {
	const unit = amount === undefined ? undefined : parseFigure(amount.replace(/[\s,.]+$/, ''))?.unit;
	return unit && unitKind(unit) === 'currency' ? unit : undefined;
}

/**
 * "top £100m, _____" (€145m), "at $149/_____" (£99): the same amount in another currency, set beside it with a
 * comma or a slash instead of brackets. Two amounts in one currency are two amounts ("$5, $10 and $20").
 */
function conversionBeside(before: string, after: string, core: string): boolean {
	const key = currencyOf(core);
	if (!key) return false;
	const other =
		currencyOf(MONEY_THEN_SEPARATOR.exec(before)?.[1]) ?? currencyOf(SEPARATOR_THEN_MONEY.exec(after)?.[1]);
	return other !== undefined && other !== key;
}

/** A bracketed equivalent after the blank; one after a code only when the code is a currency's ("(EUR 7.76)"). */
function equivalentAfter(after: string): boolean {
	const m = EQUIVALENT_AFTER.exec(after);
	return m !== null && (m[1] === undefined || currencyOf(`${m[1]} ${m[2]}`) !== undefined);
}

/**
 * The blank's own value stands beside it in another unit, currency or clock: "5 miles (8 km)", "US$10 million
 * (€8 million)", "40C (104F)", "at _____ local time (1600 UTC)", or the blank is the bracketed equivalent of a
 * number before it ("at 2:45 p.m. (_____)"); a percentage beside its share in words ("31% of the total, about one in
 * three"); an amount beside itself in another currency (`conversionBeside`). Either half shown gives the other away,
 * whichever is asked.
 */
export function equivalentBeside(before: string, after: string, core = ''): boolean {
	return (
		CONVERTED.test(before) ||
		equivalentAfter(after) ||
		(PERCENTAGE.test(core) && SHARE_AFTER.test(after)) ||
		(SHARE_KEY.test(core) && SHARE_BEFORE.test(before)) ||
		conversionBeside(before, after, core)
	);
}

/** "a three-nation exercise with Korvel and Astrania": the host and the named members, listed after "with". */
const WITH_NAMES = new RegExp(
	`\\b(?:with|alongside|against|joining)\\s+(${NAME_ITEM}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NAME_ITEM})*)`,
	'u'
);

/**
 * A number-hyphen-noun adjective counts members the sentence (or the one before) names: "a four-way race between
 * A, B, C and D", "a two-party coalition of the Greens and Labour", "Ardmore joined a three-nation exercise with
 * Korvel and Astrania" (the subject is the third).
 */
export function compoundCountNamed(value: number, core: string, after: string, previous = ''): boolean {
	if (!Number.isInteger(value) || value < 2 || value > 12) return false;
	if (!/^\S+-\p{L}+$/u.test(core.trim()) && !/^-\p{L}/u.test(after)) return false;
	// "the second-highest officer" ranks one person; it counts no members.
	const head = core.trim().split('-')[0]!.toLowerCase();
	if (/^\d+(?:st|nd|rd|th)$/.test(head) || head in ORDINALS) return false;
	const clause = after.split(/[.;!?]/)[0] ?? '';
	const items = (list: string) => list.split(LIST_SEPARATOR).length;
	if ([...clause.matchAll(NAME_LIST)].some((m) => items(m[0]) === value)) return true;
	const host = WITH_NAMES.exec(clause);
	if (host && items(host[1]!) === value - 1) return true;
	return [...previous.matchAll(NAME_LIST)].some((m) => items(m[0]) === value);
}

const NAME_WORDS = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*";
/** After the counted noun, each name with its age: "children Jessica, 18, and David, 11". */
const AGED_NAMES = new RegExp(
	`^\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){1,2}((?:${NAME_WORDS},\\s*\\d{1,3}(?:,\\s*(?:and\\s+)?|\\s+and\\s+))+${NAME_WORDS},\\s*\\d{1,3})\\b`,
	'u'
);

/**
 * "their _____ children Jessica, 18, and David, 11": the names the noun lists, each with an age, count it (a list
 * with no ages after a comma is read in `readableElsewhere`).
 */
/**
 * "Ana Roe, Ben Tull and Cal Vey, the _____ finalists", "the Mormon and Catholic churches, _____ of the largest
 * sponsors": a count set off after a list, names or capitalised words sharing one plural noun, counts that list.
 */
const LISTED_BEFORE_COUNT = new RegExp(
	`(${NAME_ITEM}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NAME_ITEM})+)(?:\\s+\\p{Ll}+s)?,\\s*(?:the\\s+|all\\s+)?$`,
	'u'
);

export function listedBefore(value: number, before: string): boolean {
	const list = LISTED_BEFORE_COUNT.exec(before)?.[1];
	return list !== undefined && Number.isInteger(value) && list.split(LIST_SEPARATOR).length === value;
}

/**
 * "pulled just _____ after the chairman defended it" keyed "one day": "just" before a time counted to another
 * says it was as short as it could be, so the single unit ("one day", "a week") is what anyone writes unread.
 */
export function justOneApart(before: string, core: string, after: string): boolean {
	return (
		/\b(?:just|only|barely|merely|a mere)\s+$/i.test(before) &&
		/^(?:one|a|an|1)[\s-]+(?:minute|hour|day|night|week|month|year)$/i.test(core.trim()) &&
		/^\s+(?:after|before|later|earlier|ago)\b/i.test(after)
	);
}

/**
 * "relations between our _____ countries", "the bond between their _____ families": "between" a speaker's or a
 * subject's own several things is the set phrase for two, so the count is read off the determiner.
 */
export function betweenOwnPair(before: string, after: string): boolean {
	return /\bbetween\s+(?:our|your|their)\s+$/i.test(before) && /^\s+\p{Ll}+s\b/u.test(after);
}

export function agedNamesCounted(value: number, after: string): boolean {
	const list = AGED_NAMES.exec(after)?.[1];
	return list !== undefined && (list.match(/,\s*\d{1,3}\b/g) ?? []).length === value;
}

/** `toLocaleString('en-US')` with its format made once: made anew each time, it cost more than the rest of the test. */
const EN_US = new Intl.NumberFormat('en-US');

/**
 * "_____ towns-Beit Hanoun, Beit Lahiya, Jabaliya and Rafah had been targeted" keyed "five" (W20): names set off
 * right after the count's noun by a dash or a colon, or by a hyphen typed for a dash, are the things counted. As
 * many as the count give it away; another number (the article's slip) makes the prompt deny its own key. A list
 * opened by a word ("including", "among them") names only some, and is left to the other checks.
 */
export const dashedListMiscounts = (after: string) => DASHED_LIST.test(after);
const DASHED_LIST = new RegExp(
	`^\\s*(?:\\p{L}[\\p{L}'’]*\\s+){0,2}?\\p{Ll}+(?:\\s*[:—–]\\s*|-(?=\\p{Lu}))${NAME_LIST.source}`,
	'u'
);

/**
 * "Two aides of the campaign committee, Katie Barge, its research director, and her deputy, Lauren Weiner are …"
 * (W32), "two churchmen, Catholic priest Father Alex Reid and former Methodist president Rev. Harold Good": people
 * counted, then set off after the count's noun and named one by one, each with a role of its own, before the
 * clause's verb. As many full names as the count give it away, however long the roles between them.
 */
const CAPITALISED_RUN = /(?<![\p{L}.])\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,4}/gu;
/** A run of capitalised words with a given name before its last word: "Father Alex Reid", "Lauren Weiner". */
const fullName = (run: string) =>
	run
		.split(/\s+/)
		.slice(0, -1)
		.some((w) => isFirstName(w));
const CLAUSE_VERB =
	/\s(?:is|are|was|were|has|have|had|will|would|said|says|say|did|does|do|could|can|may|might|must)(?!\p{L})|;/u;
export function namesCounted(value: number, after: string): boolean {
	if (!Number.isInteger(value) || value < 2 || value > 6) return false;
	const clause = after.split(CLAUSE_VERB)[0]!;
	const names = [...clause.matchAll(CAPITALISED_RUN)].filter((m) => fullName(m[0]));
	if (names.length !== value || new Set(names.map((m) => m[0])).size !== value) return false;
	// Set off after the count's noun: a comma, colon or dash, then at most a role's few words before the first name.
	const lead = clause.slice(0, names[0]!.index);
	if (lead.length > 100 || !/[,:—–]\s*(?:\S+\s+){0,4}$/u.test(lead)) return false;
	const penultimate = names[value - 2]!;
	const between = clause.slice(penultimate.index + penultimate[0].length, names[value - 1]!.index);
	return between.length <= 60 && /(?<!\p{L})and\s/u.test(between);
}

function readableElsewhere(blank: Blank, value: number | undefined, previous = ''): boolean {
	const rest = blank.sentence.slice(0, blank.at) + ' ' + blank.sentence.slice(blank.at + blank.core.length);
	const before = blank.sentence.slice(0, blank.at);
	const after = blank.sentence.slice(blank.at + blank.core.length);
	if (equivalentBeside(before, after, blank.core.trim())) return true;
	// "fired _____ shell": only "one" reads before a singular noun.
	if (value === 1 && /^(?:one|1|a single)$/i.test(blank.core.trim()) && singularNounNext(after)) return true;
	if (value === 1 && justOneApart(before, blank.core, after)) return true;
	if (value === 2 && betweenOwnPair(before, after)) return true;
	if (value !== undefined && Number.isFinite(value)) {
		// "think _____ is equal to 0.002 dollars" for "0.002 cents": the number as the blank writes it, whatever
		// unit its value was read in, is there to copy.
		const written = /\d[\d,.]*\d|\d/.exec(blank.core)?.[0] ?? '';
		const forms = [String(value), EN_US.format(value), numberToWords(value) ?? '', written].filter(
			(f) => f.length > 0 && !(f.length === 1 && /\d/.test(f))
		);
		const tokens = new Set(rest.toLowerCase().match(/[\p{L}\d][\p{L}\d,.-]*[\p{L}\d]|[\p{L}\d]/gu) ?? []);
		if (forms.some((f) => tokens.has(f.toLowerCase()))) return true;
		// "two people, Amy and Jess": as many names listed right after the count.
		const after = blank.sentence.slice(blank.at + blank.core.length);
		const list =
			/^[^,.;:]{0,30}?[,:—–(]\s*(?:\p{Ll}[\p{L}-]*\s+){0,3}((?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:,\s*(?:and\s+)?|\s+and\s+)){1,9}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u.exec(
				after
			);
		if (list && Number.isInteger(value) && list[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/).length === value)
			return true;
		if (Number.isInteger(value) && dashedListMiscounts(after)) return true;
		if (namesCounted(value, after)) return true;
		if (agedNamesCounted(value, after)) return true;
		if (listedBefore(value, before)) return true;
		if (countGivenAway(value, rest, after)) return true;
		if (compoundCountNamed(value, blank.core, after, previous)) return true;
		if (computable(value, rest, blank.core)) return true;
	}
	return false;
}

/**
 * The words after a blank start with a singular noun, perhaps after an adjective: " shell landed", " large boat".
 * A proper adjective or abbreviation before the noun qualifies it as an adjective does (" U.S. soldier was killed",
 * " Dutch trawler"), so up to two capitalised words are passed over to reach the noun.
 */
function singularNounNext(after: string): boolean {
	const words = /^(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
	if (!words) return false;
	const singular = (w: string | undefined) =>
		w !== undefined && !/s$/.test(w) && lexiconTags(w).every((t) => t !== 'Verb' && t !== 'Preposition');
	return singular(words[1]) && (lexiconTags(words[1]!).includes('Adjective') ? singular(words[2]) : true);
}

/**
 * "26 cents per share, far from the 12 cent loss expected": a choice worth another figure of the same sentence,
 * written another way, is that figure, which the prompt shows beside the blank as something else.
 */
function otherFigureOfSentence(choice: string, fact: FigureFact, neighbours: readonly FigureFact[]): boolean {
	const worth = parseFigure(choice);
	if (!worth) return false;
	return neighbours.some((f) => {
		if (f === fact || f.evidence.start !== fact.evidence.start) return false;
		const other = parseFigure(f.text);
		return other?.value === worth.value && other.unit === worth.unit;
	});
}

/**
 * A choice already in the prompt gives itself away or rules itself out: "a spokesman for the Harbour Trust said
 * the _____ would reopen" with "the Harbour Trust" among the choices. Each way of asking leaves such choices out;
 * this is the last check, over every choice question but a true-or-false.
 */
export function choiceShown(prompt: string, choices: readonly string[]): boolean {
	return choices.some((c) => shownIn(prompt, c));
}

/** The right choice stands out by its form: the only one with (or without) "…", far longer or shorter, the only one in words. */
export function standsOut(choices: readonly string[], answer: string): boolean {
	const others = choices.filter((c) => c !== answer);
	if (others.length === 0) return false;
	const ellipsis = (s: string) => /…|\.\.\./.test(s);
	if (others.every((o) => ellipsis(o) !== ellipsis(answer))) return true;
	const digits = (s: string) => /\d/.test(s);
	if (others.every((o) => digits(o) !== digits(answer))) return true;
	const longest = Math.max(...others.map((o) => o.length));
	const shortest = Math.min(...others.map((o) => o.length));
	return (
		answer.length > Math.max(longest * 1.6, longest + 12) ||
		answer.length < Math.min(shortest / 1.6, shortest - 12)
	);
}

/** The nearest items to a position, in a list sorted by position: what a long text draws wrong answers from. */
function nearest<T>(items: readonly T[], at: number, position: (t: T) => number, n = WINDOW): T[] {
	if (items.length <= n) return [...items];
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (position(items[mid]!) < at) lo = mid + 1;
		else hi = mid;
	}
	const from = Math.max(0, Math.min(items.length - n, lo - Math.floor(n / 2)));
	return items.slice(from, from + n);
}

type Fact = QuoteInfo | FigureFact | DateFact;
const positionOf = (f: Fact) => ('fact' in f ? f.fact.evidence.start : f.evidence.start);

/**
 * The facts to ask about when the text gives more than the cap, as three queues (quotes by named people, figures,
 * dates) that take turns, so a deck cut short still asks about all three; each queue goes round-robin over
 * stretches of the text, so the deck covers the whole text rather than its first pages.
 */
function spread(facts: Fact[], length: number): Fact[][] {
	const stretches = 20;
	const kindOf = (f: Fact) => ('fact' in f ? 0 : f.kind === 'figure' ? 1 : 2);
	return [0, 1, 2].map((kind) => {
		const buckets: Fact[][] = Array.from({ length: stretches }, () => []);
		for (const f of facts)
			if (kindOf(f) === kind)
				buckets[Math.min(stretches - 1, Math.floor((positionOf(f) / Math.max(1, length)) * stretches))]!.push(
					f
				);
		for (const b of buckets) b.sort((a, c) => positionOf(a) - positionOf(c));
		const order: Fact[] = [];
		for (let round = 0; buckets.some((b) => b[round]); round++)
			for (const b of buckets) if (b[round]) order.push(b[round]!);
		return order;
	});
}

type Push = (q: Question) => boolean;

/**
 * A figure or a date is asked a few ways, not every way: "Which figure completes …" and "Type the missing
 * figure: …" are one question twice, and a sentence of five figures asked four ways each pads a deck with
 * near-duplicates. A sentence keeps at most PER_SENTENCE of its facts' questions, each fact's best first. Which
 * of a fact's questions are kept is `varied`'s rule. Blind reviewers read a sentence asked four or five times (one
 * question per figure of "hired 45 divers, 12 engineers, 300 labourers and 7 surveyors") as padding, and its
 * true-or-false shows every other answer of the sentence.
 */
export const PER_SENTENCE = 3;
const PREFERENCE: readonly Question['type'][] = [
	'figure-choice',
	'date-choice',
	'figure-typed',
	'date-typed',
	'true-false',
	'flashcard'
];
const isBlank = (q: Question) => q.type.endsWith('-choice') || q.type.endsWith('-typed');
const onFigureOrDate = (made: readonly Question[]) => made.some((q) => /^(?:fig|date)-/.test(q.factId));

/**
 * Teachers reading the decks flagged one figure asked as a true-or-false, as a flashcard and as a choice as the
 * same question three times. So a fact is asked at most once by recognition (a choice, a true-or-false, "who
 * said it", "what did they say") and at most once by recall (typed or a flashcard), and never twice with the
 * same prompt and key: a choice blank and a typed answer or flashcard of that blank show one sentence with one
 * gap, and "Who said this?" with names and the flashcard "Who said …?" want one name. A figure or date is thus
 * asked by its choice blank alone, or by a true-or-false and a recall of the blank (half the facts each, by
 * their id, so a deck holds both; typed or flashcard likewise by id). A quote is asked by who said it, what was
 * said or its cloze (by turns), else its true-or-false, and by its "Who said …?" flashcard.
 */
export function varied(made: readonly Question[]): Question[] {
	if (made.length === 0) return [];
	const seed = hashSeed(made[0]!.factId);
	const of = (type: Question['type']) => made.find((q) => q.type === type);
	if (!onFigureOrDate(made)) {
		// A quote is one fact: one question picks its words or its speaker among choices (who said it, what they
		// said, its cloze, by turns over a deck), and one flashcard asks it back unaided.
		const ways: Question['type'][] = ['who-said', 'what-said', 'cloze'];
		const turn = seed % ways.length;
		const order = [...ways.slice(turn), ...ways.slice(0, turn)];
		const recognition = order.map(of).find((q): q is Question => q !== undefined) ?? of('true-false');
		const recall = recognition?.type === 'who-said' ? undefined : of('flashcard');
		return made.filter((q) => q === recognition || q === recall);
	}
	const choice = made.find((q) => q.type.endsWith('-choice'));
	const typed = made.find((q) => q.type.endsWith('-typed'));
	const card = of('flashcard');
	const trueFalse = of('true-false');
	// A figure without its true-or-false (a bound, or a sentence another fact's statement asks) keeps its choice.
	const recall = seed % 2 === 0 ? (typed ?? card) : (card ?? typed);
	const byStatement = [trueFalse, recall].filter((q): q is Question => q !== undefined);
	const chosen =
		choice &&
		(Math.floor(seed / 2) % 2 === 1 || (trueFalse === undefined && made[0]!.factId.startsWith('fig-')))
			? [choice]
			: byStatement;
	return made.filter((q) => chosen.includes(q));
}

/** A question that asks who said a quote: named among choices, judged true or false, or recalled. */
const asksSpeaker = (q: Question) =>
	q.factId.startsWith('quote-') &&
	(q.type === 'who-said' || q.type === 'true-false' || q.type === 'flashcard');

/**
 * The facts that share their evidence, as groups: facts whose evidence sentences overlap, and a speaker's partial
 * quote with the longer quote holding it ("dangerous" and “We face a dangerous sentence …”), which a student
 * reads as one passage.
 */
export function evidenceGroups<F>(
	facts: readonly F[],
	span: (f: F) => Span,
	quoteOf: (f: F) => string | undefined
): F[][] {
	const sorted = [...facts].sort((a, b) => span(a).start - span(b).start);
	const groups: F[][] = [];
	let end = -1;
	for (const f of sorted) {
		const s = span(f);
		if (groups.length > 0 && s.start < end) groups[groups.length - 1]!.push(f);
		else groups.push([f]);
		end = Math.max(end, s.end);
	}
	// Each group's quotes are read once: the deck is weighed again each time the cap refills it, and reading every
	// pair of a long text's groups anew took about 4% of its generation.
	// A group without a quote joins none, and most groups are a figure's or a date's: only pairs of two groups with
	// quotes are read (every pair was, each weighing of a long text's deck).
	const quotes = groups.map((g) => g.map(quoteOf).filter((x): x is string => x !== undefined));
	for (let i = 0; i < groups.length; i++) {
		const mine = quotes[i]!;
		if (mine.length === 0) continue;
		for (let j = groups.length - 1; j > i; j--) {
			const theirs = quotes[j]!;
			if (theirs.length > 0 && mine.some((x) => theirs.some((y) => x.includes(y) || y.includes(x)))) {
				groups[i]!.push(...groups.splice(j, 1)[0]!);
				mine.push(...quotes.splice(j, 1)[0]!);
			}
		}
	}
	return groups;
}

/** Fewer facts than this to grade leave a practice quiz too short to practise with. */
const PRACTICE_FACTS = 5;

/**
 * One evidence sentence is asked at most PER_SENTENCE times, whatever kind of fact its questions come from (a
 * quoted sentence with a figure in it gave four or five questions: who said it, what was said, its cloze, and
 * the figure's). Teachers prefer more facts to more forms, so each fact gives its best question in turn. A
 * speaker is asked for once per passage: "True or false: Doe said …" beside "Who said …?" of the same words is
 * one question twice.
 */
function perSentence(byFact: Map<Fact, Question[]>): void {
	const speakerOf = (f: Fact) => ('fact' in f ? f.speaker : undefined);
	const groups = evidenceGroups(
		[...byFact.keys()],
		(f) => f.evidence,
		(f) => ('fact' in f ? f.fact.quote.toLowerCase() : undefined)
	);
	// A quote's choice question first, then its flashcard; its true-or-false last, as the weakest way to ask it. But
	// a practice quiz or an assignment grades no flashcard: a deck whose other facts give it fewer than
	// PRACTICE_FACTS to grade asks a quote's speaker by the true-or-false (an interview of twelve quotes by two
	// people gave fourteen flashcards and an empty quiz).
	const graded = [...byFact.values()].filter((list) =>
		list.some((q) => q.type !== 'flashcard' && !(q.type === 'true-false' && q.factId.startsWith('quote-')))
	).length;
	const QUOTE_RANK: Partial<Record<Question['type'], number>> =
		graded < PRACTICE_FACTS ? { 'true-false': 1, flashcard: 2 } : { flashcard: 1, 'true-false': 2 };
	const rank = (q: Question) =>
		q.factId.startsWith('quote-') ? (QUOTE_RANK[q.type] ?? 0) : isBlank(q) ? 0 : PREFERENCE.indexOf(q.type);
	// Who said what is the deck's first question: a passage's quotes come first, the fullest first (its speaker is
	// asked of the whole quote, not of the one word of it set off before).
	const order = (f: Fact) => ('fact' in f ? -f.fact.quote.length : 0);
	for (const facts of groups) {
		const asked = new Set<Entity | undefined>();
		const ranked = facts
			.sort((a, b) => order(a) - order(b) || positionOf(a) - positionOf(b))
			.map((f) => {
				const list = [...byFact.get(f)!].sort((a, b) => rank(a) - rank(b));
				const speaker = speakerOf(f);
				const asking = asked.has(speaker) ? undefined : list.find(asksSpeaker);
				if (asking) asked.add(speaker);
				return list.filter((q) => !asksSpeaker(q) || q === asking);
			});
		const keep = new Set<Question>();
		for (let round = 0; keep.size < PER_SENTENCE && ranked.some((l) => l[round]); round++)
			for (const l of ranked) if (l[round] && keep.size < PER_SENTENCE) keep.add(l[round]!);
		for (const f of facts) {
			const kept = byFact.get(f)!.filter((q) => keep.has(q));
			if (kept.length > 0) byFact.set(f, kept);
			else byFact.delete(f);
		}
	}
}

/**
 * A deck left with fewer than PRACTICE_FACTS facts to grade gives a practice quiz of one question or none (an
 * article of twenty quotes by one speaker and a handful of dates gave flashcards alone). There a figure or date
 * that `varied` asked only by its recall card is asked by the graded question it had made instead (its choice,
 * else its typed blank; a true-or-false joins the card), and one that lost every question is asked by it again
 * where its sentence has room: each passed every test a question passes, and a quiz needs it more than a card.
 * `settle` drops what gives another question away; a change that leaves fewer graded questions is not made (a
 * blank whose sentence shows two other facts' keys costs both of theirs).
 */
export function gradedFallback<F>(
	byFact: Map<F, Question[]>,
	made: ReadonlyMap<F, readonly Question[]>,
	sentenceOf: (f: F) => number,
	settle: (byFact: Map<F, Question[]>) => void = () => {}
): void {
	const isGraded = (q: Question) => q.type !== 'flashcard';
	const graded = (m: Map<F, Question[]>) => [...m.values()].flat().filter(isGraded).length;
	if ([...byFact.values()].filter((l) => l.some(isGraded)).length >= PRACTICE_FACTS) return;
	for (const [f, all] of made) {
		const list = byFact.get(f) ?? [];
		if (list.some(isGraded)) continue;
		const best = PREFERENCE.map((type) => all.find((q) => q.type === type)).find((q) => q && isGraded(q));
		if (!best) continue;
		const inSentence = [...byFact].filter(([g]) => sentenceOf(g) === sentenceOf(f));
		if (list.length === 0 && inSentence.reduce((n, [, l]) => n + l.length, 0) >= PER_SENTENCE) continue;
		const trial = new Map(byFact).set(f, best.type === 'true-false' ? [best, ...list] : [best]);
		settle(trial);
		if (graded(trial) <= graded(byFact)) continue;
		byFact.clear();
		for (const [g, l] of trial) byFact.set(g, l);
	}
}

/** The most of a deck asked about dates (or weekdays) while other kinds of fact are asked too. */
export const DATE_SHARE = 1 / 3;
const WEEKDAY_KEY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAYS.join('|')})\\b`);

/**
 * A deck of many dated events asked "When?" again and again is dull: reviewers found 7 of 17 questions asking a
 * weekday. Over DATE_SHARE of the deck, each date is asked once (its first question, a choice before a statement);
 * weekdays still over it after that are asked only as far as the other questions allow, the first told kept (the
 * lead's events), so no fact of another kind is lost for them.
 */
export function balanceDates<F>(
	byFact: Map<F, Question[]>,
	dates: readonly F[],
	isWeekday = weekdayFact
): void {
	const total = () => [...byFact.values()].reduce((n, l) => n + l.length, 0);
	const asked = dates.filter((d) => byFact.has(d));
	const count = (list: readonly F[]) => list.reduce((n, d) => n + (byFact.get(d)?.length ?? 0), 0);
	const others = () => total() - count(asked);
	if (others() === 0 || count(asked) <= total() * DATE_SHARE) return;
	for (const d of asked) byFact.set(d, byFact.get(d)!.slice(0, 1));
	const weekdays = asked.filter(isWeekday);
	const allowed = Math.floor(((total() - count(weekdays)) * DATE_SHARE) / (1 - DATE_SHARE) + 1e-9);
	const kept = keptForPractice(byFact);
	for (const d of weekdays.slice(Math.max(1, allowed))) if (!kept(d)) byFact.delete(d);
}

/**
 * The facts a deck that grades fewer than PRACTICE_FACTS facts keeps whatever share of it they take: those asked
 * by a graded question. There the other questions are mostly a lone speaker's cards, which no practice quiz asks,
 * and a weekday dropped for them left the quiz one question or none (a deck of eleven quotes by one speaker and
 * three weekdays kept one weekday, as a card).
 */
function keptForPractice<F>(byFact: ReadonlyMap<F, readonly Question[]>): (f: F) => boolean {
	const graded = (f: F) => byFact.get(f)?.some((q) => q.type !== 'flashcard') ?? false;
	const thin = [...byFact.keys()].filter(graded).length < PRACTICE_FACTS;
	return (f) => thin && graded(f);
}

function weekdayFact(f: unknown): boolean {
	return typeof f === 'object' && f !== null && 'kind' in f && f.kind === 'date' && 'text' in f
		? WEEKDAY_KEY.test(dateCore(String(f.text)))
		: false;
}

export function makeQuestions(input: QuestionInput): QuestionOutput {
	const cap = input.cap ?? DECK_CAP;
	const random = (id: string) => createRandom(hashSeed(id, input.seed));
	const accepted = (q: Question): boolean => {
		const choices = 'choices' in q ? q.choices : undefined;
		if (choices && new Set(choices.map((c) => c.toLowerCase())).size !== choices.length) return false;
		if (
			q.type !== 'true-false' &&
			q.type !== 'flashcard' &&
			q.type !== 'matching' &&
			givesAway(q.prompt, q.answer)
		)
			return false;
		if (choices && q.type !== 'true-false' && standsOut(choices, q.answer)) return false;
		if (choices && q.type !== 'true-false' && choiceShown(q.prompt, choices)) return false;
		if (choices && q.type === 'figure-choice' && orderRulesOut(q.prompt, q.answer, choices)) return false;
		if (q.prompt.includes(BLANK) && input.title && inTitle(q.answer, input.title)) return false;
		if (q.type === 'date-choice' && input.title && titleTellsApart(q.answer, q.choices, input.title))
			return false;
		// A typed key (no choices) is told only by the same figure; a choice, by the headline's nearest.
		const figure = q.type === 'figure-choice' || q.type === 'figure-typed';
		if (
			figure &&
			input.title &&
			headlineTells(
				input.title,
				q.answer,
				choices?.filter((c) => c !== q.answer)
			)
		)
			return false;
		if (q.prompt.includes(BLANK) && BLANK_GIVEN_AWAY.some((given) => given(q.prompt, q.answer))) return false;
		return true;
	};

	// The same figure twice ("$5 million … $5 million") or "on Tuesday" five times teaches nothing more than once.
	const firsts = firstOccurrences(input.figures, input.dates);
	const trusted = input.quotes.filter(
		(q) => !q.nested && q.fact.confidence === 'high' && q.speaker !== undefined && q.fact.speaker.name !== ''
	);
	const ctx = new QuoteContext(input, trusted);
	const facts: Fact[] = [...trusted, ...input.figures, ...input.dates];
	const byFact = new Map<Fact, Question[]>();
	// What each figure and date made before `varied` chose among it, for `gradedFallback`.
	const madeFor = new Map<Fact, Question[]>();
	// Under the cap every fact is asked about; over it, facts are taken spread over the text until the cap.
	const queues = facts.length * 4 <= cap ? [facts] : spread(facts, input.text.length);
	const quotesInOrder = queues.flat().filter((f): f is QuoteInfo => 'fact' in f);
	let count = 0;
	let capped = false;
	const matchingReserve = Math.min(3, Math.floor(ctx.speakerPool.length / 4));
	const toldSentences = new Set<number>();
	// One dealer for figures and dates: a student reads the key's place among numbers and among dates alike.
	const ranks = new RankDealer(shuffle([...RANKS], createRandom(hashSeed(input.text, input.seed))));
	const questionsFor = (f: Fact): Question[] => {
		const made: Question[] = [];
		const push: Push = (q) => {
			const shown = articleOfChoices(q);
			if (!accepted(shown)) return false;
			made.push(shown);
			return true;
		};
		if ('fact' in f) quoteQuestions(ctx, f, ctx.keysOf(f, quotesInOrder), random, push);
		else if (f.kind === 'figure') figureQuestions(input, f, firsts.has(f), random, push, ranks);
		else if (firsts.has(f)) dateQuestions(input, f, firsts.figureAt, random, push, ranks);
		// Two facts of one sentence each asked "True or false: <the sentence>" are one statement asked twice (the
		// same words when both are shown true): the sentence's first fact asked keeps its true-or-false, and the
		// others choose their way of asking without it.
		const told = (q: Question) =>
			q.type === 'true-false' && !('fact' in f) && toldSentences.has(f.evidence.start);
		const asked = made.filter((q) => !told(q));
		if (!('fact' in f)) madeFor.set(f, asked);
		else ctx.madeFor.set(f, asked);
		return varied(asked);
	};
	// The cap counts what a sentence keeps, three questions at most (perSentence) however many its facts make, so
	// a long text of crowded sentences still fills its deck.
	const keptIn = new Map<number, number>();
	const keeps = (f: Fact, made: number) => Math.min(made, PER_SENTENCE - (keptIn.get(f.evidence.start) ?? 0));
	// The queues take turns: each gives its next fact that makes a question (one queue when under the cap).
	const heads = queues.map(() => 0);
	let turn = 0;
	const fill = (): boolean => {
		for (; heads.some((h, k) => h < queues[k]!.length); turn = (turn + 1) % queues.length) {
			const queue = queues[turn]!;
			while (heads[turn]! < queue.length) {
				const f = queue[heads[turn]!]!;
				const made = questionsFor(f);
				const kept = keeps(f, made.length);
				if (made.length > 0 && count + kept > cap - matchingReserve) return true;
				heads[turn]!++;
				if (made.length === 0) continue;
				count += kept;
				keptIn.set(f.evidence.start, (keptIn.get(f.evidence.start) ?? 0) + kept);
				byFact.set(f, made);
				if (!('fact' in f) && made.some((q) => q.type === 'true-false')) toldSentences.add(f.evidence.start);
				if (queues.length > 1) break;
			}
		}
		return false;
	};
	// No question's prompt holds another's answer (giveaways.ts): the deck is studied whole, not only in quizzes
	// drawn apart. What the cap gave to a question dropped so is filled again with the next facts, like a passage's.
	const bankFacts = [...trusted.map((q) => q.fact), ...input.figures, ...input.dates];
	// The questions the last weighing kept: no two of them give each other away, so the next weighing (the cap's
	// refill, the last) reads only the pairs the deck's other questions make.
	let settled = new Set<Question>();
	const apart = (map: Map<Fact, Question[]>) => {
		const kept = new Set(withoutGiveaways([...map.values()].flat(), input.text, bankFacts, settled));
		settled = kept;
		for (const [f, list] of map) {
			const left = list.filter((q) => kept.has(q));
			if (left.length > 0) map.set(f, left);
			else map.delete(f);
		}
	};
	// A passage's three may span sentences, and one quote repeated is one passage: what the cap still gave up to
	// them is filled again with the next facts.
	for (;;) {
		const full = fill();
		capped ||= full;
		perSentence(byFact);
		apart(byFact);
		keptIn.clear();
		for (const [f, list] of byFact)
			keptIn.set(f.evidence.start, (keptIn.get(f.evidence.start) ?? 0) + list.length);
		const left = [...keptIn.values()].reduce((n, k) => n + k, 0);
		if (!full || left === count) break;
		count = left;
	}
	if (!capped) {
		gradedFallback(byFact, madeFor, (f) => f.evidence.start, apart);
	}
	balanceDates(byFact, input.dates);
	const asked = trusted.filter((q) => byFact.has(q));
	const matchingQuestions = matching(asked.filter(namedPerson), random).filter(accepted);
	const questionsOf = (list: readonly Fact[]) => list.flatMap((f) => byFact.get(f) ?? []);
	const questions = withoutGiveaways(
		whatSaidsApart(
			[
				...questionsOf(trusted),
				...matchingQuestions,
				...questionsOf(input.figures),
				...questionsOf(input.dates)
			],
			ctx,
			random,
			accepted,
			bankFacts
		),
		input.text,
		bankFacts,
		settled
	).slice(0, cap);
	const omittedOf = (list: readonly Fact[]) => list.filter((f) => !byFact.has(f)).length;
	return {
		questions,
		omitted: capped
			? { quote: omittedOf(trusted), figure: omittedOf(input.figures), date: omittedOf(input.dates) }
			: { quote: 0, figure: 0, date: 0 }
	};
}

/**
 * How many of a what-said's wrong choices the rest of its deck may show as someone else's words: one, as a practice
 * quiz allows (`pickApart`), so that two stay open and the key is not found by crossing out.
 */
const RULED_OUT_WHAT_SAID = 1;

/**
 * The finished deck (only the questions that survive the cap, `perSentence` and the giveaways count) with no
 * what-said answered by crossing out: a quote has one speaker, so one that another what-said asks of its speaker is
 * no choice against someone else, and one a what-said on a speaker offered is known not to be theirs in the next on
 * them. A what-said offering such quotes takes other quotes near it; with too few others, one that still leaves two
 * wrong choices open stays, and one that would not gives way to another way of asking its quote (`otherWay`), or
 * goes where its quote's flashcard still asks it. (A matching question shows its quotes with their speakers too, but
 * the practice quiz keeps those apart when it draws; counted here, a deck of one main speaker kept no what-said.)
 */
function whatSaidsApart(
	questions: readonly Question[],
	ctx: QuoteContext,
	random: (id: string) => () => number,
	accepted: (q: Question) => boolean,
	facts: readonly (QuoteFact | FigureFact | DateFact)[]
): Question[] {
	// A question put in a what-said's place that shows another's answer (a true-or-false quoting "24 arrests" beside
	// "_____ arrests") would cost the deck that question.
	const deck = new GiveawayIndex(questions, ctx.input.text, facts);
	const showsNone = (q: Question) => !deck.involves(q);
	const told = new Set<QuoteInfo>();
	const asks = new Map<string, number>();
	for (const x of questions) {
		asks.set(x.factId, (asks.get(x.factId) ?? 0) + 1);
		const made = ctx.whatSaids.get(x.id);
		if (made) told.add(made.q);
	}
	const offered = new Map<Entity, Set<QuoteInfo>>();
	const kept: Question[] = [];
	const dropped = new Set<string>();
	for (const x of questions) {
		const made = ctx.whatSaids.get(x.id);
		if (!made) {
			kept.push(x);
			continue;
		}
		const speaker = made.q.speaker!;
		const seen = offered.get(speaker) ?? new Set<QuoteInfo>();
		const ruledOut = (o: QuoteInfo) => (told.has(o) && o.speaker !== speaker) || seen.has(o);
		const struck = (others: readonly QuoteInfo[]) => others.filter(ruledOut).length;
		let chosen: WhatSaid = { question: x, others: made.others };
		if (struck(chosen.others) > 0) {
			const other = whatSaid(ctx, made.q, random, ruledOut);
			if (
				other &&
				accepted(other.question) &&
				struck(other.others) < struck(chosen.others) &&
				showsNone(other.question)
			)
				chosen = other;
		}
		if (struck(chosen.others) > RULED_OUT_WHAT_SAID) {
			const instead = otherWay(ctx.madeFor.get(made.q) ?? [], showsNone);
			if (instead || asks.get(x.factId)! > 1) {
				told.delete(made.q);
				if (instead?.type === 'who-said') dropped.add(`${x.factId}|flashcard`);
				if (instead) kept.push(instead);
				continue;
			}
		}
		offered.set(speaker, new Set([...seen, ...chosen.others]));
		kept.push(chosen.question);
	}
	return kept.filter((x) => !dropped.has(`${x.factId}|${x.type}`));
}

/**
 * Another way to ask a quote whose what-said would be answered by crossing out: its cloze or its true-or-false,
 * which keep its flashcard beside them, else who said it, which takes the flashcard's place (`varied`).
 */
function otherWay(made: readonly Question[], fits: (q: Question) => boolean): Question | undefined {
	return (['cloze', 'true-false', 'who-said'] as const)
		.map((type) => made.find((q) => q.type === type))
		.find((q) => q !== undefined && fits(q));
}

/**
 * One speaks for the other: a body and a person whose role names it ("Skype" and "the chief executive of Skype",
 * "United States Department of Agriculture" and "Secretary of Agriculture"), or a person and the spokesman whose
 * role names them ("a spokesman for Abbas"). Either could have said the other's words, so neither is a wrong
 * choice against the other.
 */
export function speaksFor(a: Entity, b: Entity): boolean {
	// "Nabil Rudeina, a spokesman for Abbas": the spokesman speaks in his principal's name, so either could be
	// said to have said it.
	if (a.kind === 'person' && b.kind === 'person')
		return (SPOKES.test(a.role) && namedInRole(b, a)) || (SPOKES.test(b.role) && namedInRole(a, b));
	const [body, person] = a.kind === 'organisation' ? [a, b] : b.kind === 'organisation' ? [b, a] : [];
	if (!body || !person || person.kind === 'organisation') return false;
	return namedInRole(body, person);
}

/** A distinctive word of one's name is a word of the other's role. */
function namedInRole(e: Entity, other: Entity): boolean {
	const words = roleWordsOf(other.role);
	return distinctiveWords(e.name).some((w) => words.has(w));
}

// Every speaker is weighed against every other near each quote: each name's and role's words are read once.
// Bounded for a long worker session.
const DISTINCTIVE = new Map<string, readonly string[]>();
const ROLE_WORDS = new Map<string, ReadonlySet<string>>();

function distinctiveWords(s: string): readonly string[] {
	let words = DISTINCTIVE.get(s);
	if (!words) {
		words = s.split(/[\s,()]+/).filter((w) => /^\p{Lu}[\p{L}'’-]{3,}$/u.test(w));
		if (DISTINCTIVE.size >= 5000) DISTINCTIVE.clear();
		DISTINCTIVE.set(s, words);
	}
	return words;
}

function roleWordsOf(role: string): ReadonlySet<string> {
	let words = ROLE_WORDS.get(role);
	if (!words) {
		words = new Set(distinctiveWords(role).map((w) => w.replace(/['’]s$/, '')));
		if (ROLE_WORDS.size >= 5000) ROLE_WORDS.clear();
		ROLE_WORDS.set(role, words);
	}
	return words;
}

/**
 * The countries and peoples a text names ("Israel", "the Israeli people", "Palestinians", "the US"): the sides a
 * speaker's role may put them on. A city or a region lies inside a country ("the mayor of Toulouse" is on France's
 * side), and a continent's people hold many countries ("a new Europe" is any European leader's), so neither is a
 * side; a continent's union is one ("The European Union has …").
 */
function sidesIn(text: string): readonly string[] {
	let sides = SIDES_READ.get(text);
	if (sides) return sides;
	sides = readSides(text);
	// What-said choices weigh every quote against every other, so each text is read once; bounded for a long
	// worker session.
	if (SIDES_READ.size >= 5000) SIDES_READ.clear();
	SIDES_READ.set(text, sides);
	return sides;
}

const SIDES_READ = new Map<string, readonly string[]>();

function readSides(text: string): string[] {
	const sides: string[] = [];
	if (/\bUnited States\b/.test(text)) sides.push('America');
	for (const m of text.matchAll(/\p{Lu}[\p{L}.’'-]*\p{L}/gu)) {
		const word = m[0].replace(/['’]s$/, '').replace(/\./g, '');
		const one = /[^s]s$/.test(word) && demonym(word.slice(0, -1)) ? word.slice(0, -1) : word;
		if (CONTINENTS.test(one)) {
			if (/^\s+Union\b/.test(text.slice(m.index + m[0].length))) sides.push(`${one} Union`);
		} else if (COUNTRY_INITIALS.has(one)) sides.push(COUNTRY_INITIALS.get(one)!);
		else if (demonym(one) || lexiconTags(one).includes('Country')) sides.push(one);
	}
	return sides;
}

const demonym = (word: string) => lexiconTags(word).includes('Demonym');

/** Continents and their peoples: many countries' side at once. */
const CONTINENTS = /^(?:Europe|European|Africa|African|Asia|Asian)$/;

/** Countries news writes by their initials (dots dropped), as the name their people's name shares a stem with. */
const COUNTRY_INITIALS = new Map([
	['US', 'America'],
	['USA', 'America'],
	['EU', 'European Union']
]);

/** A place and its people's name are one side: "Israel" and "Israeli", "Lebanon" and "Lebanese", "Iraq" and "Iraqi". */
function sameSide(a: string, b: string): boolean {
	if (a === b) return true;
	let n = 0;
	while (n < a.length && n < b.length && a[n]!.toLowerCase() === b[n]!.toLowerCase()) n++;
	return n >= 4 && n >= Math.min(a.length, b.length) - 2;
}

/**
 * Two speakers the quote sets on different sides: each one's role (a body's name) names a country, place or
 * people, and the quote names the side of one but not of the other ("We tell the Israeli people …" by the
 * Palestinian president, among Israeli ministers; "The European Union has a very consistent stand" by the EU's
 * president, beside Iraq's adviser). Only one of them could have said it, so a who-said, a what-said or a false
 * statement setting them against each other asks who is on which side, not who said it. A speaker whose role
 * names no side is no such giveaway.
 */
export function sidesApart(quote: string, a: Entity, b: Entity): boolean {
	const named = sidesIn(quote);
	if (named.length === 0) return false;
	// A person's name is no side ("Jordan Hale"); a body's is ("the Lebanese Army").
	const sidesOf = (e: Entity) => sidesIn(e.kind === 'person' ? e.role : `${e.role} ${e.name}`);
	const [ofA, ofB] = [sidesOf(a), sidesOf(b)];
	if (ofA.length === 0 || ofB.length === 0) return false;
	const touches = (sides: readonly string[]) => sides.some((s) => named.some((w) => sameSide(s, w)));
	return touches(ofA) !== touches(ofB);
}

/** A role whose holder speaks in another's name. */
const SPOKES =
	/\b(?:spokes(?:man|woman|person)|press secretary|communications director|director of communications)\b/i;

const namedPerson = (q: QuoteInfo) => q.speaker?.kind === 'person' && q.speaker.named;

/** The first figure of each value and unit, the first date of each wording and value (and of a sentence's each value), and figures by sentence. */
function firstOccurrences(figures: readonly FigureFact[], dates: readonly DateFact[]) {
	const firsts = new Set<FigureFact | DateFact>();
	const seen = new Set<string>();
	for (const f of figures) {
		const key = `${f.value}|${f.unit}`;
		if (!seen.has(key)) firsts.add(f);
		seen.add(key);
	}
	// "last Thursday (February 21st)": one date written twice in one sentence is asked once, by its outright
	// wording, the count beside it giving a counted key away (`dateRestated`).
	const outright = new Set(
		dates
			.filter((d) => OUTRIGHT.test(d.text) && !COUNTED_DATE.test(d.text.trim()))
			.map((d) => `${d.evidence.start}|${d.value}`)
	);
	for (const d of dates) {
		if (d.value && COUNTED_DATE.test(d.text.trim()) && outright.has(`${d.evidence.start}|${d.value}`))
			continue;
		const key = `${d.text.toLowerCase()}|${d.value ?? ''}`;
		const twice = `${d.evidence.start}|${d.value ?? d.text.toLowerCase()}`;
		if (seen.has(twice)) continue;
		seen.add(twice);
		if (!seen.has(key)) firsts.add(d);
		seen.add(key);
	}
	const figureAt = new Map<number, FigureFact[]>();
	for (const f of figures) figureAt.set(f.evidence.start, [...(figureAt.get(f.evidence.start) ?? []), f]);
	return Object.assign(firsts, { figureAt });
}

/** What the quote questions share: wrong speakers and quotes near each quote, and cloze keys and words. */
class QuoteContext {
	/** Named people who speak, by where they first do. */
	readonly speakerPool: { entity: Entity; at: number }[] = [];
	private pool: WordPool | undefined;
	private readonly shortened = new Map<string, string>();
	/** Per sex, the person the article is most about (`talkedOf`), once ranked. */
	private readonly mostAbout = new Map<'f' | 'm', Entity | undefined>();
	/** The sex of a quote's third-person pronouns, when all of one (`talkedOf`); null when none or both. */
	private readonly pronounsOf = new Map<string, 'f' | 'm' | null>();
	/**
	 * The quotes offered as wrong choices of a what-said on each speaker: a second what-said on them offering the
	 * same quotes is answered by striking out what the first showed they did not say.
	 */
	readonly offeredAgainst = new Map<Entity, Set<QuoteInfo>>();
	/** Each what-said made, by question id: its quote and the quotes its wrong choices are cut from. */
	readonly whatSaids = new Map<string, { q: QuoteInfo; others: readonly QuoteInfo[] }>();
	/** What each quote made before `varied` chose among it: the ways it may be asked instead of a what-said. */
	readonly madeFor = new Map<QuoteInfo, readonly Question[]>();

	constructor(
		readonly input: QuestionInput,
		readonly trusted: readonly QuoteInfo[]
	) {
		for (const q of trusted)
			if (namedPerson(q) && !this.speakerPool.some((s) => s.entity === q.speaker))
				this.speakerPool.push({ entity: q.speaker!, at: q.fact.evidence.start });
	}

	/**
	 * The one quote a lone speaker is asked about ("Who said …?") when nobody else speaks: their first whole quote,
	 * if the article names someone else the words could be put in the mouth of, and is not mostly that speaker's
	 * words (an interview, where the answer is known before the question is read).
	 */
	loneSpeakerQuote(speaker: Entity): QuoteInfo | undefined {
		if (this.input.interview || this.speakerPool.some((s) => s.entity !== speaker)) return undefined;
		const quoted = this.trusted.reduce((n, q) => n + q.fact.quote.length, 0);
		if (quoted > this.input.text.length * LONE_SPEAKER_SHARE) return undefined;
		const someoneElse = this.input.entities.some(
			(e) =>
				e !== speaker &&
				e.named &&
				(e.kind === 'person' || e.kind === 'organisation') &&
				!speaksFor(e, speaker) &&
				!speaksFor(speaker, e)
		);
		if (!someoneElse) return undefined;
		return this.trusted.find(
			(q) =>
				q.speaker === speaker && wordCount(q.fact) >= MIN_QUOTE_WORDS && !/^\p{Ll}/u.test(q.fact.quote.trim())
		);
	}

	/**
	 * A short sentence of the quote (not a question) and its key term, for a recall card of what a lone speaker
	 * said: the first sentence of `TERM_WORDS` words that has one.
	 */
	keyTerm(q: QuoteInfo): { sentence: string; word: string } | undefined {
		for (const raw of q.fact.quote.match(/[^.!?]+[.!?]+["”’]?|[^.!?]+$/gu) ?? []) {
			const sentence = raw.trim();
			const n = words(sentence).length;
			if (n < TERM_WORDS.min || n > TERM_WORDS.max || /\?["”’]?$/u.test(sentence) || !wellFormed(sentence))
				continue;
			if (!standsAlone(sentence)) continue;
			const word = termKeys(sentence, tagQuotes([sentence])[0] ?? [])[0];
			if (word) return { sentence, word };
		}
		return undefined;
	}

	/**
	 * The person a quote speaks of as "she" or "he": the one the article is most about of that sex (mentioned at
	 * least TALKED_OF_MENTIONS times, more than anyone else of it), when the quote's third-person pronouns are all
	 * of one sex. "A lot of her attempts come across as pandering" is nobody's words about themselves, so its
	 * subject is no choice for who said it. The one person of that sex the headline names by surname is whom the
	 * story is about, however often others are named ("Roe apologizes for remark": "He expressed his regret").
	 */
	talkedOf(quote: string): Entity | undefined {
		// Asked of every quote near every other: each quote's pronouns are read once.
		let sex = this.pronounsOf.get(quote);
		if (sex === undefined) {
			const she = /\b(?:she|her|hers|herself)\b/i.test(quote);
			const he = /\b(?:he|him|his|himself)\b/i.test(quote);
			sex = she === he ? null : she ? 'f' : 'm';
			this.pronounsOf.set(quote, sex);
		}
		if (sex === null) return undefined;
		// Asked of every quote near every other: the article's people are ranked once per sex.
		if (!this.mostAbout.has(sex)) {
			const people = this.input.entities.filter((e) => e.kind === 'person' && e.named && e.gender === sex);
			const title = this.input.title;
			// A headline's man or woman whose sex the people table could not tell ("Barack Obama") still counts.
			const headlined = this.input.entities.filter(
				(e) =>
					e.kind === 'person' &&
					e.named &&
					(e.gender ?? sex) === sex &&
					e.name.includes(' ') &&
					title !== undefined &&
					inTitle(e.name.split(' ').at(-1)!, title)
			);
			const [first, second] = people.sort((a, b) => b.mentions.length - a.mentions.length);
			const clear =
				first !== undefined &&
				first.mentions.length >= TALKED_OF_MENTIONS &&
				second?.mentions.length !== first.mentions.length;
			this.mostAbout.set(sex, headlined.length === 1 ? headlined[0] : clear ? first : undefined);
		}
		return this.mostAbout.get(sex);
	}

	/** Other speakers nearest the quote. */
	speakersNear(q: QuoteInfo): Entity[] {
		return nearest(this.speakerPool, q.fact.evidence.start, (s) => s.at)
			.map((s) => s.entity)
			.filter((e) => e !== q.speaker);
	}

	quotesNear(q: QuoteInfo): QuoteInfo[] {
		return nearest(this.trusted, q.fact.evidence.start, (x) => x.fact.evidence.start, WINDOW * 2);
	}

	/** A what-said choice: the quote's first words, cut alike for every choice. */
	cut(fact: QuoteFact, n: number): string {
		const key = `${n}|${fact.id}`;
		let s = this.shortened.get(key);
		if (s === undefined) {
			const w = words(displayQuote(fact.quote));
			s = `“${endCut(
				closeCut(w, n, Math.max(1, n - 3))
					.join(' ')
					.replace(/(?<!\.)\.$/, '')
			)}”`;
			this.shortened.set(key, s);
		}
		return s;
	}

	words(): WordPool {
		this.pool ??= new WordPool(this.input.text, this.input.entities);
		return this.pool;
	}

	private readonly keys = new Map<QuoteInfo, ClozeKey[]>();
	private named: Entity[] | undefined;

	/**
	 * The cloze keys of a quote long enough for one, best first. Quotes are tagged in batches of the next ones to
	 * be asked about (compromise costs far less per word in one text than in many), and only as far as the cap
	 * reaches.
	 */
	keysOf(q: QuoteInfo, order: readonly QuoteInfo[]): ClozeKey[] {
		if (wordCount(q.fact) < 8) return [];
		if (!this.keys.has(q)) {
			const batch = order
				.slice(order.indexOf(q))
				.filter((x) => !this.keys.has(x) && wordCount(x.fact) >= 8)
				.slice(0, 12);
			const windows = batch.map((x) => keyWindow(x.fact.quote));
			const tagged = tagQuotes(windows.map((w) => w.text));
			// "Energy has got to be …": a one-word body the pool would not offer (`surelyName`) is no key either. The
			// article's names are weighed once, not once a batch.
			this.named ??= this.input.entities.filter((e) => this.words().surelyName(e.name));
			const named = this.named;
			batch.forEach((x, i) => this.keys.set(x, clozeKeys(x.fact.quote, tagged[i] ?? [], named, x.speaker)));
		}
		return this.keys.get(q) ?? [];
	}
}

/**
 * Kinds of body a speaker may speak for, each with the words a quote uses to speak as one ("our airline", "we at
 * the union", "as the club's captain, I": `self`) and the words of a role that belongs to one (`role`: "Corvane
 * Air's chief executive", "the union's general secretary", "captain"). A quote that speaks as a body its speaker's
 * role belongs to names its speaker's kind: a who-said whose other choices hold no such role needs no memory of
 * the quote. A class table, not a list for one article.
 */
export const BODY_KINDS = {
	airline: {
		self: /^(?:airline|carrier)$/i,
		role: /\b(?:airlines?|airways|air|carrier|pilots?|cabin crew|aviation)\b/i
	},
	union: { self: /^unions?$/i, role: /\b(?:unions?|general secretary|shop steward)\b/i },
	club: {
		self: /^(?:club|team|squad)$/i,
		role: /\b(?:club|F\.?C|team|squad|captain|coach|midfielder|striker|goalkeeper|defender)\b/i
	},
	party: {
		self: /^party$/i,
		role: /\b(?:party|MPs?|MEPs?|senator|candidate|Labour|Conservatives?|Liberals?|Democrats?|Republicans?|Greens?)\b/i
	},
	hospital: {
		self: /^(?:hospital|clinic|ward)$/i,
		role: /\b(?:hospital|clinic|ward|nurse|midwife|doctor|surgeon|consultant|physician|matron)\b/i
	},
	police: {
		self: /^(?:police|officers|force)$/i,
		role: /\b(?:police|constabulary|detective|constable|sergeant|superintendent|commissioner)\b/i
	},
	company: {
		self: /^(?:company|firm|business)$/i,
		role: /\b(?:company|firm|chief executive|CEO|managing director|chairman|chairwoman|founder|Ltd|Inc|Co|Corp|plc)\b/i
	}
} satisfies Record<string, { self: RegExp; role: RegExp }>;

export type BodyKind = keyof typeof BODY_KINDS;

/**
 * The words a quote speaks for a body with, first person only: "our airline", "my party", "we at the union", "as
 * the club's captain, I", "as captain of the club". A body the quote only mentions ("the airline must pay") is
 * nobody's self.
 */
const SELF_PHRASES = [
	/\b(?:our|my)\s+(?:own\s+|whole\s+)?([\p{L}-]+)/giu,
	/\bwe\s+at\s+(?:the\s+|this\s+)?([\p{L}-]+)/giu,
	/\bas\s+(?:the|a|an|our|my)\s+([\p{L}-]+)['’]s\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?\s+I\b/giu,
	/\bas\s+(?:the\s+)?[\p{L}-]+\s+(?:of|at|for)\s+(?:the|this|our)\s+([\p{L}-]+),?\s+I\b/giu
];

/** The kind of body a quote speaks as ("our airline" → airline), when it does. */
export function selfKind(quote: string): BodyKind | undefined {
	for (const phrase of SELF_PHRASES)
		for (const m of quote.matchAll(phrase)) {
			const kind = (Object.keys(BODY_KINDS) as BodyKind[]).find((k) => BODY_KINDS[k].self.test(m[1]!));
			if (kind) return kind;
		}
	return undefined;
}

/** A role belongs to a body of the kind: "Corvane Air's chief executive" to an airline. */
export const fitsKind = (role: string, kind: BodyKind) => BODY_KINDS[kind].role.test(role);

/**
 * The kind a quote's speaker speaks as in it, when their role belongs to one ("our airline" from the airline's
 * chief executive): every other speaker offered or shown beside the quote must hold a role of that kind too.
 */
function speaksAsKind(q: QuoteInfo): BodyKind | null {
	// Read once per quote: a long text's what-said questions weigh each of up to 80 nearby quotes.
	let kind = spokenAs.get(q);
	if (kind === undefined) {
		const self = selfKind(q.fact.quote);
		kind = self && fitsKind(roleOf(q), self) ? self : null;
		spokenAs.set(q, kind);
	}
	return kind;
}
const spokenAs = new WeakMap<QuoteInfo, BodyKind | null>();

/** A quote speaks as a body of a kind its speaker's role belongs to and the other quote's speaker's does not. */
function unlike(q: QuoteInfo, other: QuoteInfo): boolean {
	const kind = speaksAsKind(q);
	return kind !== null && !fitsKind(roleOf(other), kind);
}

/** A quote's speaker's role, as the people table and the attribution each read it. */
const roleOf = (q: QuoteInfo) => `${q.speaker?.role ?? ''} ${q.fact.speaker.role}`;

const SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|vs?\.?)$/i;
const VERB_TAG = /^(?:Verb|Infinitive|PresentTense|PastTense|Copula|Modal|Auxiliary|Gerund|Participle)$/;

/**
 * Words in quotation marks that are no one's speech: a title, a name or a slogan in capitals ("Heroes Happen
 * Here", "Cowboys and Indians"), or scare quotes of up to three words or a verbless phrase with no words leading
 * into it ("Australia's Ark"). Who said them, or what was said, has no answer in the article.
 */
export function notSpeech(quote: string, leadIn: string | undefined): boolean {
	const w = words(quote.replace(/[.,;:!?…]+$/u, ''));
	if (w.length === 0) return true;
	// "Cort Wrotnowski v. Susan Bysiewicz, Connecticut Secretary of State": a case's name is a title however long.
	const caseName = /\p{L}\s+vs?\.\s+\p{Lu}/u.test(quote);
	const title =
		(w.length <= 8 || caseName) &&
		!/[.!?]["”’]?$/u.test(quote.trim()) &&
		w.every((x, i) => /^[\p{Lu}\d]/u.test(x) || (i > 0 && SMALL_WORD.test(x)));
	if (title) return true;
	// "Who said a former “high-ranking official”?", "Who said Uzbekistan and Vietnam for rolling back earlier
	// “freedom”?": a lead-in asked after "said" is the clause said, and with its quoted words it has no verb of its
	// own (the sentence's verb was cut away, or the marks set off a term inside a noun phrase).
	// A quote opening on its verb ("focus on …", "demonstrate[d] …") has one the tagger may miss.
	if (leadIn)
		return (
			(saidVerb(leadIn, quote) === 'said' && !subjectless(quote) && !finiteVerbIn(`${leadIn} ${quote}`)) ||
			verbCutOff(leadIn, quote)
		);
	// "I smacked them around.": a pronoun speaking or a verb in the past makes it a clause someone said.
	const verb = w.some(
		(x) =>
			FINITE.test(x.toLowerCase()) ||
			/^(?:I|we|you|he|she|they)$/i.test(x) ||
			/\p{Ll}{2,}ed$/u.test(x) ||
			lexiconTags(x).some((t) => VERB_TAG.test(t))
	);
	return w.length <= 3 || (w.length <= 5 && !verb);
}

/**
 * "Who said Google has found that the accounts of “dozens”?", "Who said he will keep silent until “all
 * aggression”?": the clause that "that" or "until" opens has its subject inside the marks and its verb after them
 * ("… of Gmail users were accessed", "… is stopped"), so the prompt stops mid-clause and says nothing. A clause
 * opened on "as" or "to" needs no verb ("described that as “rubbish”").
 */
function verbCutOff(leadIn: string, quote: string): boolean {
	const opener = [
		...leadIn.matchAll(/(?<![\p{L}'’])(?:that|until|unless|because|whether|although|once)(?:\s+|$)/giu)
	].at(-1);
	if (opener === undefined) return false;
	const clause = `${leadIn.slice(opener.index + opener[0].length)} ${quote}`.trim();
	if (/^(?:as|to|of|for|in|on|by|with|from|at)\b/i.test(clause)) return false;
	return words(clause).length >= 2 && !subjectless(clause) && !finiteVerbIn(clause);
}

/** A verb with a tense, read in its words by the tagger: not a gerund, nor an infinitive after "to". */
function finiteVerbIn(text: string): boolean {
	// "demonstrate[d]": the editor's ending read as part of its word.
	const terms = termTags(text.replace(/(?<=\p{L})\[(\p{Ll}{1,3})\]/gu, '$1'));
	return terms.some(
		(t, i) =>
			t.tags.includes('Verb') &&
			!t.tags.includes('Gerund') &&
			t.tags.some((x) => FINITE_TAG.test(x)) &&
			!/^to$/i.test(terms[i - 1]?.word ?? '')
	);
}

/**
 * How another speaker is written beside a who-said's key: as the key is, so that no choice stands out by its form.
 * A key known by one word only ("Vask") is shown among surnames, and a person with no sure surname is left out; a
 * titled key ("Mr. Vask") only among titled names.
 */
export function writtenLike(key: string, other: Entity): string | undefined {
	if (!/\s/.test(key)) return surnameOf(other);
	// "Mr. Okafor" among "Mary Holt" and "Tom Vask" stands out as much.
	return titled(key) === titled(other.name) ? other.name : undefined;
}

const FIRST_PERSON =
	/(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]urs?|[Oo]urselves)(?![\p{L}'’])/u;

/**
 * A quote that tells its speaker's sex in their own voice ("my husband", "my wife", "as a woman", "I'm a father"):
 * beside it, a name or a quote of the other sex is ruled out by the words alone.
 */
const SEXED_SELF =
	/\b(?:my|our)\s+(?:husband|wife|boyfriend|girlfriend)\b|\b(?:as|I['’]m|I am)\s+an?\s+(?:woman|man|mother|father|mom|dad|grandmother|grandfather|wife|husband)\b/i;
export const tellsSpeakerSex = (quote: string): boolean => SEXED_SELF.test(quote);

/** Both people's sex is known, and the same. */
const sameKnownSex = (a: Entity | undefined, b: Entity): boolean =>
	a?.gender !== undefined && a.gender === b.gender;

/** Words said in the speaker's own voice: "I", "we", "my", "us" (not "US", the country). */
export const firstPerson = (text: string): boolean => FIRST_PERSON.test(text);

/**
 * The key of a what-said is the only choice in its voice: the only one saying "I" or "we" among lines about
 * others, or the only one that does not. A student picks it as the speaker's own words without the article.
 */
export function aloneInVoice(answer: string, wrong: readonly string[]): boolean {
	return wrong.length > 0 && wrong.every((w) => firstPerson(w) !== firstPerson(answer));
}

/** Words after which a name is the one spoken to: "told", "said to", "in an interview with", "asked by". */
const TO_WHOM =
	'(?:told|tells|telling|(?:said|says|saying|wrote|writes) to|asked(?: by)?|asks|questioned by|pressed by|(?:spoke|speaking|speaks|talked|talking) (?:to|with)|interview(?:ed)? (?:with|by)|conversation with)';
/** Up to four words between those words and the name: "CNN's", "Fox News anchor", "radio host", "the". */
const BEFORE_ADDRESSEE = new RegExp(
	`\\b${TO_WHOM}\\s+(?:(?!(?:that|whether|if|how|why|what|when|who|about|and|but|to)\\s)[\\p{L}'’.-]+\\s+){0,4}$`,
	'iu'
);

/**
 * The people a quote's own sentences say it was said to: "“…,” Vela told Brandt", "in an interview with radio host
 * Ona Sarn". The one spoken to stands beside the words in the article, so offering them as who said it asks the
 * student to tell the two sides of one exchange apart by the cue's grammar, not by what was said.
 */
export function addressees(text: string, evidence: Span, entities: readonly Entity[]): Set<Entity> {
	const out = new Set<Entity>();
	for (const e of entities)
		for (const m of e.mentions) {
			if (m.start < evidence.start || m.end > evidence.end) continue;
			if (BEFORE_ADDRESSEE.test(text.slice(Math.max(evidence.start, m.start - 80), m.start))) out.add(e);
		}
	return out;
}

/** "Nobody replaces Arvo": a quote naming someone, by surname or by first name, is not theirs. */
export function namedIn(e: Entity, quote: string): boolean {
	return e.tokens.some((t, i) => (t.length > 2 || i === e.tokens.length - 1) && holdsWord(quote, t));
}

/**
 * "The President has created a more powerful office": a quote naming someone by the title their role ends in ("United
 * States President", "Israeli Prime Minister"), after "the", speaks of them.
 */
export function titleNamedIn(role: string, quote: string): boolean {
	const title = trailingTitle(role);
	return title.some(
		(_, i) =>
			holdsWord(quote, `the ${title.slice(i).join(' ')}`) ||
			holdsWord(quote, `The ${title.slice(i).join(' ')}`)
	);
}

/**
 * The capitalised words a role ends in, as `/(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*$/u` finds them in the trimmed
 * role, but read back from the end: that expression, anchored at the end, is tried from every character of a long
 * role, once for each quote it is weighed against.
 */
export function trailingTitle(role: string): string[] {
	const s = role.trim();
	// A letter outside the basic plane is two characters to a read by index: those few roles keep the expression.
	if (/[\uD800-\uDFFF]/.test(s))
		return /(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*$/u.exec(s)?.[0].split(/\s+/) ?? [];
	let start = -1;
	let end = s.length;
	while (end > 0) {
		let from = end;
		while (from > 0 && WORD_CHAR.test(s[from - 1]!)) from--;
		let upper = from;
		while (upper < end && !UPPER_CHAR.test(s[upper]!)) upper++;
		if (upper === end) break;
		start = upper;
		if (upper > from || from === 0 || !SPACE_CHAR.test(s[from - 1]!)) break;
		end = from - 1;
		while (end > 0 && SPACE_CHAR.test(s[end - 1]!)) end--;
	}
	return start < 0 ? [] : s.slice(start).split(/\s+/);
}
const WORD_CHAR = /[\p{L}-]/u;
const UPPER_CHAR = /\p{Lu}/u;
const SPACE_CHAR = /\s/;

/** `word` stands as a whole word in `text`; only a text that holds it is worth an expression (one per word). */
function holdsWord(text: string, word: string): boolean {
	return text.includes(word) && new RegExp(`\\b${escapeRegExp(word)}\\b`).test(text);
}

/**
 * The sentence runs on past the quote's closing mark into words of its own clause ("Doe said, “The ferry came two
 * weeks later” than it should have."): the quoted words cut from it say something else, so they are not asked
 * without the words around them.
 */
export function runsOn(text: string, quoteEnd: number): boolean {
	const next = /^[”"’']\s+(\p{Ll}+)\b/u.exec(text.slice(quoteEnd, quoteEnd + 30))?.[1];
	return next !== undefined && RUNS_ON.test(next);
}
/**
 * Words that carry on the quote's own clause. "and", "but", "with", "while" are left out: after a whole sentence
 * they as often open a clause of the reporter's ("… the economy” with the project expected to add …").
 */
const RUNS_ON = new RegExp(
	`^(?:than|as|to|of|for|in|on|at|by|from|that|which|when|where|if|unless|until|${BE_HAVE_MODAL})$`
);

function quoteQuestions(
	ctx: QuoteContext,
	q: QuoteInfo,
	keys: readonly ClozeKey[],
	random: (id: string) => () => number,
	push: Push
): void {
	const speaker = q.speaker!;
	const fact = q.fact;
	const quoteWords = wordCount(fact);
	const namesSpeaker = speaker.tokens.some((t) => t.length > 2 && holdsWord(fact.quote, t));
	const person = namedPerson(q);
	// "Who said [http://… Dan Kennedy] of the Boston Phoenix characterized …?": the lead-in is shown as much as the
	// quote, and a link's markup or a name cut from it reads as garble.
	if (notSpeech(fact.quote, q.leadIn) || garbled(fact.quote) || (q.leadIn && garbled(q.leadIn))) return;
	const kind = speaksAsKind(q);
	const ofKind = (e: Entity) => !kind || fitsKind(e.role, kind);
	// The sex a pronoun of the lead-in gives the speaker ("said he was confident"): every name offered beside the
	// key, in a who-said or a true-or-false, is known to be of it.
	const sex = q.leadIn ? choicesSex(pronounSex(q.leadIn), speaker.gender) : undefined;
	// "my husband and I": every name offered is of the speaker's sex, or the quote is not asked who said it.
	const sexed = tellsSpeakerSex(fact.quote);
	const ofSex = (e: Entity) => (!sex || e.gender === sex) && (!sexed || sameKnownSex(e, speaker));
	const talkedOf = ctx.talkedOf(fact.quote);
	const spokenTo = addressees(ctx.input.text, q.evidence, ctx.input.entities);
	// "Who said the U.S. was pointing fingers … “to hide its defeats”?": the lead-in is said too, and the sides it
	// names set its speaker apart as the quoted words' do.
	const stated = `${q.leadIn ?? ''} ${fact.quote}`;
	// "Who said “quasi-state of war”?": words that are not a sentence read only with the words leading into them;
	// nor, however long, do words whose subject stayed outside the marks ("Who said “has been fair to all”?" asks
	// what was said of whom).
	if (
		opensLower(fact.quote) &&
		!q.leadIn &&
		(quoteWords < SENTENCE_WORDS ||
			subjectless(fact.quote) ||
			!readsAlone(
				fact.quote,
				!definitionQuoted(
					ctx.input.text.slice(Math.max(0, fact.evidence.start - 60), fact.evidence.start),
					fact.quote
				)
			) ||
			opensOnReferent(fact.quote))
	)
		return;
	if (suchBefore(q.leadIn, fact.quote)) return;
	// "“It happened eight months later” than it should have": the quoted words alone say something else.
	if (!q.leadIn && runsOn(ctx.input.text, fact.evidence.end)) return;
	// "Who said the University of Newcastle its shutdown “is a one-off event”?": a lead-in that names the speaker
	// answers its own question, and was read from a sentence whose source phrase ("According to …") it runs into.
	if (
		q.leadIn &&
		speaker.tokens.some((t) => /^\p{Lu}\p{L}{3,}/u.test(t) && t !== 'The' && holdsWord(q.leadIn!, t))
	)
		return;

	// Who said it: the other choices are people who speak in this article. Someone who is only mentioned (the man a
	// statue is named after, a character an actor plays, a victim) could never have said it, so a wrong choice
	// that is no speaker is ruled out by the article's story alone; with one other speaker the question is left to
	// the flashcard and the true-or-false.
	if (person && quoteWords >= MIN_QUOTE_WORDS && !namesSpeaker) {
		const id = questionId('who-said', fact.id);
		const rng = random(id);
		const wrong: string[] = [];
		const prompt = q.leadIn ? `Who ${saying(q)}?` : `Who ${said(q)} this? ${quoted(fact.quote)}`;
		for (const e of shuffle(ctx.speakersNear(q), rng)) {
			if (wrong.length === 3) break;
			// "our airline will fly again": a choice with no airline role is ruled out by roles alone; "Who said he
			// …?" every choice of whose sex the people table is unsure.
			if (!ofKind(e) || !ofSex(e) || e === talkedOf || spokenTo.has(e)) continue;
			const written = writtenLike(speaker.name, e);
			if (!written) continue;
			const name = capitalize(written);
			if (wrong.includes(name) || same(name, speaker.name) || speaksFor(e, speaker)) continue;
			if (sidesApart(stated, speaker, e)) continue;
			// A one-word name beside a full one stands out, and may be no person at all ("Already" opening a sentence).
			if (!/\s/.test(name) && (/\s/.test(speaker.name) || !ctx.words().surelyName(name))) continue;
			// "Who said she found Ms. Lind very able?": the person the lead-in speaks of is not the one speaking.
			if (shownIn(prompt, name) || namedIn(e, prompt)) continue;
			if (!namedIn(e, fact.quote)) wrong.push(name);
		}
		if (wrong.length >= MIN_WRONG_SPEAKERS) {
			const answer = capitalize(speaker.name);
			push({
				id,
				factId: fact.id,
				type: 'who-said',
				prompt,
				choices: shuffle([answer, ...wrong], rng),
				answer,
				explanation: `${describe(speaker, fact)} ${said(q)} it.`,
				evidence: q.evidence,
				difficulty: 2
			});
		}
	}

	// What did X say: the other choices are quotes by other speakers, so none is also true of X.
	if (person && quoteWords >= MIN_CUT_WORDS + 1 && !subjectless(fact.quote)) {
		const made = whatSaid(ctx, q, random);
		if (made) {
			if (push(made.question)) ctx.whatSaids.set(made.question.id, { q, others: made.others });
			const offered = ctx.offeredAgainst.get(speaker) ?? new Set<QuoteInfo>();
			ctx.offeredAgainst.set(speaker, new Set([...offered, ...made.others]));
		}
	}

	// Cloze: a name or a noun naming people in the quote, with three of the same kind from the article.
	let clozed = false;
	if (keys.length > 0 && wellFormed(fact.quote) && (q.leadIn !== undefined || !subjectless(fact.quote))) {
		// The best of a few keys that has three wrong choices; none, and the quote has no cloze.
		const id = questionId('cloze', fact.id);
		const rng = random(id);
		let key: ClozeKey | undefined;
		let wrong: string[] = [];
		const who = speaker.named
			? speaker.name
			: speaker.name.replace(/^(?:A|An|The)\b/, (d) => d.toLowerCase());
		for (const k of keys.slice(0, 4)) {
			// A choice the grammar around the blank rules out ("these _____" and "inspector") gives the key away.
			const at = wordsAt(fact.quote, k.word)[0] ?? -1;
			const [before, after] = [fact.quote.slice(0, at), fact.quote.slice(at + k.word.length)];
			if (at < 0 || !agreesWithSlot(k.word, k.meaning, before, after)) continue;
			// The words leading in are shown too: "said a complete Syrian withdrawal …" names a key "Syria".
			if (echoedAround(k.word, `${before} ${after} ${q.leadIn ?? ''}`)) continue;
			// Nothing the prompt shows around the quote (its speaker, the words leading in) is a choice.
			// Nor the body the speaker speaks for: in their quote it is "we".
			// "… _____ has cast and the donors who back her": the pronoun after a named person's blank is the
			// key's, and every name offered is known to agree with it.
			// "other than _____, who was his only son": a noun beside the blank tells its sex more surely still. For a
			// noun blanked ("Your _____ is so good, she …") only a subject's pronoun is the blank's.
			const named = k.meaning === 'person-name' || k.meaning === 'surname';
			const told = describedSex(before, after);
			const sex = named
				? (told ?? choicesSex(pronounSex(after, true), ctx.words().sexOf(k.word)))
				: k.meaning === 'person'
					? choicesSex(told ?? pronounSex(after), nounSex(k.word))
					: undefined;
			wrong = clozeDistractors(
				ctx.words(),
				fact.quote,
				k,
				rng,
				[speaker.name, who, q.leadIn ?? ''],
				speaker.role || fact.speaker.role,
				sex
			).filter((w) => agreesWithSlot(w, k.meaning, before, after));
			if (wrong.length === 3) {
				key = k;
				break;
			}
		}
		if (key) {
			clozed = true;
			// "taken by an _____ who": the article before the blank would tell "employee" from "inspector", and "a(n)"
			// reads clumsily, so the blank takes the article and each choice has its own ("an inspector", "a driver").
			const withArticle = new RegExp(`(?<![\\p{L}])(?:([Aa])n? )?${escapeRegExp(key.word)}(?![\\p{L}])`, 'u');
			const article = withArticle.exec(fact.quote)?.[1];
			const written = (w: string) => {
				if (!article) return w;
				const a = indefiniteArticle(w);
				return `${article === 'A' ? capitalize(a) : a} ${w}`;
			};
			const blanked = fact.quote.replace(withArticle, BLANK);
			push({
				id,
				factId: fact.id,
				type: 'cloze',
				prompt: q.leadIn
					? `Complete the quote: ${capitalize(who)} ${[verbFor(q), leadInShown(q.leadIn)].filter(Boolean).join(' ')} “${blanked}”`
					: `Complete the quote from ${who}: “${blanked}”`,
				choices: shuffle([key.word, ...wrong].map(written), rng),
				answer: written(key.word),
				explanation: `${describe(speaker, fact)} ${said(q)} ${quoted(fact.quote)}`,
				evidence: q.evidence,
				difficulty: 2
			});
		}
	}

	// With nobody else speaking (an interview), "who said it" has one possible answer whatever the student read.
	const othersSpeak = ctx.speakerPool.some((s) => s.entity !== speaker);

	// True or false: the real speaker, or another named person from the article.
	const trueFalseId = questionId('true-false', fact.id);
	const trueFalseRng = random(trueFalseId);
	// The other name a statement may show holds a role of the kind the quote speaks as, or the statement is true or
	// false by roles alone. Nor is it a name the statement's own words hold: "Rubio suggested Rubio was “soft …”" is
	// false on its face, the lead-in naming the one spoken of.
	const other = shuffle(
		ctx
			.speakersNear(q)
			.filter(
				(e) =>
					ofKind(e) &&
					ofSex(e) &&
					e !== talkedOf &&
					!spokenTo.has(e) &&
					!speaksFor(e, speaker) &&
					!sidesApart(stated, speaker, e) &&
					!namedIn(e, `${q.leadIn ?? ''} ${fact.quote}`)
			),
		trueFalseRng
	)[0];
	// "Schröder said “most honest in a long time”" states that he said a phrase, which is neither true nor false
	// of anyone: a phrase is stated only with the words that lead into it.
	const statable = q.leadIn !== undefined || !opensLower(fact.quote) || !clauseless(fact.quote);
	if (
		person &&
		quoteWords >= MIN_QUOTE_WORDS &&
		!namesSpeaker &&
		other !== undefined &&
		statable &&
		!BELIEF_LEAD_IN.test(q.leadIn ?? '')
	) {
		const truth = trueFalseRng() < 0.5;
		const shown = truth ? speaker : other;
		push({
			id: trueFalseId,
			factId: fact.id,
			type: 'true-false',
			prompt: `True or false: ${capitalize(shown.name)} ${saying(q)}`,
			choices: ['True', 'False'],
			answer: truth ? 'True' : 'False',
			explanation: truth
				? `True: ${describe(speaker, fact)} ${said(q)} it.`
				: // "Bram Tolliver Jr." ends on its own full stop.
					`False: it was ${describe(speaker, fact).replace(/,$/, '')}, not ${capitalize(shown.name).replace(/\.$/, '')}.`,
			evidence: q.evidence,
			difficulty: 1
		});
	}

	// A two-word fragment ("fig leaf") out of its sentence cannot be placed by anyone. "Who said …?" is asked only
	// of a named person or organisation: "One user" or "A spokesman" is no answer a student could give or check.
	const named = speaker.named && (speaker.kind === 'person' || speaker.kind === 'organisation');
	// A lone speaker is asked once, not once per quote: every card would have the same answer.
	const asked = othersSpeak || ctx.loneSpeakerQuote(speaker) === q;
	// Asked who speaks as the airline, the one airline role in the article is the answer.
	const recalled = !kind || ctx.speakerPool.some((s) => s.entity !== speaker && ofKind(s.entity));
	if (named && asked && recalled && (quoteWords >= MIN_QUOTE_WORDS || q.leadIn))
		push({
			id: questionId('flashcard', fact.id),
			factId: fact.id,
			type: 'flashcard',
			prompt: `Who ${saying(q)}?`,
			answer: describe(speaker, fact).replace(/,$/, ''),
			explanation: `${describe(speaker, fact)} ${said(q)} it.`,
			evidence: q.evidence,
			difficulty: 1
		});
	if (person && !othersSpeak && !clozed) keyTermCard(ctx, q, push);
}

/** A what-said and the quotes its wrong choices are cut from. */
interface WhatSaid {
	question: Question;
	others: readonly QuoteInfo[];
}

/**
 * "Which of these did X say?" with the first words of quotes by other speakers, so none is also true of X. Every
 * choice is cut to the same number of words, so none stands out by its length or by being the only one cut. Quotes
 * `ruledOut` (the rest of the deck shows them as someone else's) are offered last.
 */
function whatSaid(
	ctx: QuoteContext,
	q: QuoteInfo,
	random: (id: string) => () => number,
	ruledOut: (o: QuoteInfo) => boolean = () => false
): WhatSaid | undefined {
	const speaker = q.speaker!;
	const fact = q.fact;
	if (fragmentChoice(fact.quote)) return undefined;
	const quoteWords = wordCount(fact);
	const kind = speaksAsKind(q);
	const id = questionId('what-said', fact.id);
	const rng = random(id);
	const pool = ctx.quotesNear(q).filter(
		(o) =>
			o.speaker !== speaker &&
			// A line from a document or an anonymous source is nobody's words to set against a named person's.
			namedPerson(o) &&
			!(o.speaker && speaksFor(o.speaker, speaker)) &&
			// "We tell the Israeli people …" set against an Israeli minister's words, or his "Israel will …" against
			// the Palestinian president's: the sides the quotes name tell whose each is.
			!(
				o.speaker &&
				(sidesApart(fact.quote, speaker, o.speaker) || sidesApart(o.fact.quote, speaker, o.speaker))
			) &&
			// "our airline …" asked of the airline's chief executive: every quote offered speaks as an airline too;
			// and none speaks as a body of a kind the speaker's role is not ("our union" for the airline's).
			(!kind || selfKind(o.fact.quote) === kind) &&
			!unlike(o, q) &&
			// "My husband and I …" offered as what a man said.
			(!sexedQuote(o.fact) || sameKnownSex(o.speaker, speaker)) &&
			wordCount(o.fact) > MIN_CUT_WORDS &&
			!subjectlessQuote(o.fact) &&
			!fragmentQuote(o.fact) &&
			// "the person froze to death …" among choices that open on a capital: words cut from inside a
			// reporter's sentence stand out by their first letter, key or wrong choice.
			opensLower(o.fact.quote) === opensLower(fact.quote) &&
			// "Trump has been disrespecting our veterans", "a lot of her attempts": words about the speaker.
			!namedIn(speaker, o.fact.quote) &&
			ctx.talkedOf(o.fact.quote) !== speaker &&
			// "President Obama has put the cart before the horse" among Obama's own lines: words about a speaker
			// set among that speaker's stand out as the reply, a critic's among the defence's.
			!(
				o.speaker &&
				(namedIn(o.speaker, fact.quote) ||
					titleNamedIn(roleOf(o), fact.quote) ||
					ctx.talkedOf(fact.quote) === o.speaker)
			) &&
			!o.fact.quote.includes(fact.quote) &&
			!fact.quote.includes(o.fact.quote)
	);
	// Quotes not yet offered against this speaker first, then of about the answer's length: cut to the shortest
	// of the four, they read alike.
	const offered = ctx.offeredAgainst.get(speaker) ?? new Set<QuoteInfo>();
	const byLength = shuffle(pool, rng).sort(
		(a, b) =>
			Number(ruledOut(a)) - Number(ruledOut(b)) ||
			Number(offered.has(a)) - Number(offered.has(b)) ||
			Math.abs(wordCount(a.fact) - quoteWords) - Math.abs(wordCount(b.fact) - quoteWords)
	);
	const choicesOf = (others: readonly QuoteInfo[]) => {
		const shortest = Math.min(quoteWords, ...others.map((o) => wordCount(o.fact)));
		const cut = Math.min(WHAT_SAID_WORDS, shortest - 1);
		const answer = ctx.cut(fact, cut);
		const wrong = [...new Set(others.map((o) => ctx.cut(o.fact, cut)))].filter((w) => w !== answer);
		return { cut, answer, wrong };
	};
	let others = byLength.slice(0, 3);
	let { cut, answer, wrong } = choicesOf(others);
	// The key alone in the speaker's own voice ("I", "we") gives itself away: quotes in the key's voice are
	// taken first, and if there are too few, the question is not asked.
	if (aloneInVoice(answer, wrong)) {
		const voice = firstPerson(ctx.cut(fact, WHAT_SAID_WORDS));
		others = byLength.filter((o) => firstPerson(ctx.cut(o.fact, WHAT_SAID_WORDS)) === voice).slice(0, 3);
		({ cut, answer, wrong } = choicesOf(others));
		if (aloneInVoice(answer, wrong)) return undefined;
	}
	// A cut shortened further to end on a whole phrase may leave a scrap ("It is incredible …"): a choice of
	// fewer than MIN_CHOICE_WORDS words says too little to tell whose it is.
	const scrap = (c: string) => words(c.replace(/[“”…]/g, '')).length < MIN_CHOICE_WORDS;
	if (wrong.length !== 3 || cut < MIN_CUT_WORDS || [answer, ...wrong].some(scrap)) return undefined;
	return {
		question: {
			id,
			factId: fact.id,
			type: 'what-said',
			prompt: `Which of these did ${capitalize(speaker.name)} ${q.written ? 'write' : 'say'}?`,
			choices: shuffle([answer, ...wrong], rng),
			answer,
			explanation: `${capitalize(speaker.name)} ${said(q)} ${quoted(fact.quote)}`,
			evidence: q.evidence,
			difficulty: 2
		},
		others
	};
}

const sexedQuote = oncePerQuote(tellsSpeakerSex);
const subjectlessQuote = oncePerQuote(subjectless);
const fragmentQuote = oncePerQuote(fragmentChoice);

/**
 * A sentence someone said reads alone: it opens with a capital (no fragment), and its subject does not point back
 * ("That is a better pension than money.", "It's a symbol for the city.", "They kept breeding.").
 */
export function standsAlone(sentence: string): boolean {
	return (
		/^\p{Lu}/u.test(sentence) &&
		!pronounSubject(sentence) &&
		!/^(?:That|It|This)(?:['’]s\b|\s+(?:is|was|would|will)\b)/i.test(sentence)
	);
}

/**
 * A lone speaker's quote (an interview's answer, a profile's subject) with no name or noun naming people to blank:
 * the key term of one short sentence of it, recalled unaided ("Complete what Ilse Brannigan said: “The _____ must
 * grow slowly …”"). A card, not a choice: wrong choices from the article's other nouns could be a synonym or a
 * hypernym of the key ("wood" for "spruce") and as true in the slot.
 */
function keyTermCard(ctx: QuoteContext, q: QuoteInfo, push: Push): void {
	const term = ctx.keyTerm(q);
	if (!term) return;
	const name = capitalize(q.speaker!.name);
	const blanked = term.sentence.replace(
		new RegExp(`(?<![\\p{L}])${escapeRegExp(term.word)}(?![\\p{L}])`, 'u'),
		BLANK
	);
	push({
		id: questionId('flashcard', `${q.fact.id}|term`),
		factId: q.fact.id,
		type: 'flashcard',
		prompt: q.answers
			? `Complete ${name}’s answer to “${q.answers}”: “${blanked}”`
			: `Complete what ${name} ${said(q)}: “${blanked}”`,
		answer: term.word,
		explanation: `${describe(q.speaker, q.fact)} ${said(q)} ${quoted(q.fact.quote)}`,
		evidence: q.evidence,
		difficulty: 2
	});
}

/** Matching sets of up to four quotes, each by a different named speaker. */
function matching(trusted: QuoteInfo[], random: (id: string) => () => number): Question[] {
	const bySpeaker = new Map<Entity, QuoteInfo>();
	// "Match each quote" offers what each speaker said in their own words. A fragment with the words leading into
	// it ("calling the declaration “unwelcome but unsurprising”") is the reporter's sentence, not a quote: a
	// lead-in is matched only when its quoted words read alone ("telling officials that “you don't care about
	// me”"), and a speaker's whole sentence is taken before it.
	const ownWords = (q: QuoteInfo) =>
		q.leadIn === undefined ? !/^\p{Ll}/u.test(q.fact.quote.trim()) : readsAlone(q.fact.quote);
	for (const withLead of [false, true])
		for (const q of trusted)
			if (
				!bySpeaker.has(q.speaker!) &&
				(q.leadIn !== undefined) === withLead &&
				wordCount(q.fact) >= MIN_QUOTE_WORDS &&
				!garbled(q.fact.quote) &&
				ownWords(q)
			)
				bySpeaker.set(q.speaker!, q);
	const chosen = [...bySpeaker.values()];
	if (chosen.length < 3) return [];
	const sets: QuoteInfo[][] = [];
	for (let i = 0; i + 3 <= chosen.length && sets.length < 3; i += 4) {
		// A quote speaking as a body of a kind only its speaker's role in the set belongs to is matched by roles.
		let set = chosen.slice(i, i + 4);
		for (;;) {
			const now = set;
			const left = now.filter((q) => {
				const kind = speaksAsKind(q);
				return kind === null || now.some((o) => o !== q && fitsKind(roleOf(o), kind));
			});
			if (left.length === now.length) break;
			set = left;
		}
		if (set.length >= 3) sets.push(set);
	}
	return sets.map((set) => {
		const id = questionId('matching', set.map((q) => q.fact.id).join(','));
		const pairs = shuffle(
			set.map((q) => ({
				factId: q.fact.id,
				left: withLeadIn(q, 20),
				right: capitalize(q.speaker!.name),
				evidence: q.evidence
			})),
			random(id)
		);
		return {
			id,
			factId: set[0]!.fact.id,
			type: 'matching' as const,
			prompt: 'Match each quote with the person who said it.',
			answer: pairs.map((p) => `${p.right}: ${p.left}`).join('\n'),
			pairs,
			explanation: set
				.map((q) => `${describe(q.speaker, q.fact)} ${said(q)} ${quoted(q.fact.quote, 20)}`)
				.join('. '),
			evidence: {
				start: Math.min(...set.map((q) => q.evidence.start)),
				end: Math.max(...set.map((q) => q.evidence.end))
			},
			difficulty: 2
		};
	});
}

/** Words that are a finite verb whatever the lexicon says of them. */
const FINITE =
	/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|do|says|said|told|added)$/;

/**
 * A prompt keeps a verb of its main clause: a finite verb outside the relative clauses and brackets set off in
 * it. "The agency, which had earlier said it would spend _____ …" has only the relative clause's verbs: the
 * statement is cut before it says anything.
 */
export function keepsMainVerb(prompt: string): boolean {
	const main = prompt
		.replace(/,\s*(?:which|who|whom|whose|where)\b[^,]*(?:,|$)/giu, ' ')
		.replace(/\([^)]*\)/g, ' ');
	const found = main.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
	return found.some(
		(w) => FINITE.test(w) || lexiconTags(w).some((t) => t === 'PastTense' || t === 'Copula' || t === 'Modal')
	);
}

const VERB_TAGS = new Set([
	'PresentTense',
	'PastTense',
	'Copula',
	'Modal',
	'Infinitive',
	'Participle',
	'Gerund',
	'Verb',
	'Auxiliary'
]);
/** Words no verb is: a phrase's opening word, or an adjective or adverb the lexicon knows. */
const NO_VERB_TAGS = new Set([
	'Preposition',
	'Determiner',
	'Conjunction',
	'Pronoun',
	'Possessive',
	'QuestionWord',
	'Adjective',
	'Adverb',
	'Month',
	'WeekDay'
]);
/** The words that open a noun phrase: a word right after one is its noun, no verb ("in front of the pier"). */
const OPENS_PHRASE = new Set(['Preposition', 'Determiner', 'Possessive']);

/**
 * A sentence that may hold a verb: one the lexicon knows in any form, or a lower-case word of no other class that
 * opens no phrase after a preposition or a determiner, names between them aside ("the Harl courthouse"; a word in
 * -s after them may be a verb: "The Kyoto Protocol calls for"). compromise's lexicon lacks many verbs ("comprises",
 * "drew"). A list's item has none ("September 17th, 2007 - 7am - In front of the courthouse, Istanbul."), and
 * blanked it asks which of four times a schedule's item named, with nothing in the words to place it by. Letters
 * run on to a number are its unit ("7am"), no word.
 */
export function hasVerb(sentence: string): boolean {
	return hasVerbOnce(sentence);
}

const hasVerbOnce = oncePerSentence((sentence) => {
	let opener = false;
	let named = false;
	let first = true;
	let last = 0;
	for (const { 0: word, index } of sentence.matchAll(/(?<![\p{L}\p{N}])[\p{L}'’]+/gu)) {
		// A number ends the phrase a preposition opened ("About 200 joined"): a word after it may be the verb.
		if (/\d/.test(sentence.slice(last, index))) opener = false;
		last = index + word.length;
		const lower = word.toLowerCase();
		const tags = lexiconTags(lower);
		// A capital past the first word is a name's ("Hyde Park"), whatever verb the lexicon knows by its letters.
		const name = /^\p{Lu}/u.test(word) && !first;
		first = false;
		if (!name && (FINITE.test(lower) || /\p{L}{2}ed$/u.test(lower) || tags.some((t) => VERB_TAGS.has(t))))
			return true;
		if (/^\p{Lu}/u.test(word) && !tags.some((t) => OPENS_PHRASE.has(t))) {
			named = opener;
			continue;
		}
		const candidate = !opener || (named && /s$/.test(word));
		if (/^\p{Ll}{3,}$/u.test(word) && candidate && !tags.some((t) => NO_VERB_TAGS.has(t))) return true;
		opener = tags.some((t) => OPENS_PHRASE.has(t));
		named = false;
	}
	return false;
});

/** The most words a cut prompt may grow to so that it keeps its main verb. */
const WIDE_PROMPT_WORDS = 90;

/**
 * The sentence with its blank, cut to length; a cut that leaves no verb of the main clause shows more of the
 * sentence, and where even that cannot keep one, no prompt. A sentence of no verb at all is no prompt.
 */
function promptOf(blank: Blank): string | undefined {
	if (!hasVerb(blank.sentence)) return undefined;
	const context = blankAt(blank.sentence, blank.at, blank.core.length, blank.maxWords);
	if (!context.includes('…') || keepsMainVerb(context)) return context;
	const wide = blankAt(
		blank.sentence,
		blank.at,
		blank.core.length,
		Math.max(blank.maxWords, WIDE_PROMPT_WORDS)
	);
	return keepsMainVerb(wide) ? wide : undefined;
}

/**
 * A figure that opened its sentence ("Six shells …", "Another 19 percent …") is written in lower case inside another:
 * "it was six", "it was another 19 percent". A capital after the first word is a name's and keeps the whole as is.
 */
const midSentenceFigure = (figure: string) =>
	/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)?(?:\s+[\p{Ll}\d$.,%-]+)*$/u.test(figure) && parseFigure(figure)
		? figure.toLowerCase()
		: figure;

/** "Nobody is laughing _____.": a sentence this short gives a student nothing to place the answer by. */
const tooShort = (context: string) => words(context.replace(BLANK, '')).length < 5;

/**
 * Whose words the sentence is ("Belinda Robinson"), when it is someone's words and not the article's, and the
 * sentence shown does not say so itself: "According to Rudd: “Mr Rudd said that …”" reads as if the article's
 * report were Rudd's own words.
 */
function framing(input: QuestionInput, blank: Blank, context: string, kind: 'figure' | 'date'): string {
	if (quotedInNarration(blank.sentence, blank.at)) return '';
	const at = blank.from + blank.at;
	const source = wholeSourceOnce(input.sourceAt?.(at, at + blank.core.length, kind) ?? '', input.text);
	const names = source.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w));
	const surname = names.at(-1);
	return surname && wordsAt(context, surname).length > 0 ? '' : source;
}

/**
 * "Her best line came when she said, “… _____ …”": a blank inside quotation marks that the sentence's own words,
 * before any quote, lead into. The sentence is the narrator's (a reporter, a letter writer) and shows the quote as someone's, so
 * framing it all "according to" the quote's speaker would put the narration in their mouth.
 */
export function quotedInNarration(sentence: string, at: number): boolean {
	const before = sentence.slice(0, at);
	const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
	if (open < 0 || before.lastIndexOf('”') > open) return false;
	// A straight mark closes what the one before it opened: an even count before the blank leaves it outside.
	if (before[open] === '"' && (before.match(/"/g)?.length ?? 0) % 2 === 0) return false;
	// "“We lost,” he said, adding: “… _____ …”": a sentence opening on the quote is its speaker's, tag and all.
	return !/^\s*["“‘']/u.test(sentence) && /\p{L}{2,}/u.test(before.slice(0, open));
}

/**
 * A source named by a phrase the people table cut before its number ("an organizer in precinct" for "an
 * organizer in precinct 78"): a number the article writes right after it, closing the phrase (no "20 years"),
 * is the phrase's own.
 */
export function wholeSource(source: string, text: string): string {
	if (!source || /\d$/.test(source)) return source;
	const number = new RegExp(
		`${escapeRegExp(source)}(\\s+(?:No\\.\\s*)?\\d+(?:-?\\p{Lu})?)(?=[,.;:)]|\\s+(?:on|in|at|of|for|and|or|who|which|that)\\b|\\s*$)`,
		'iu'
	).exec(text);
	return number ? source + number[1] : source;
}

/**
 * `wholeSource` read once per source and article: framing asks for it at every figure and date a source is named
 * for, and each reading scans the whole article.
 */
const wholeSources = perText(() => new Map<string, string>());

export function wholeSourceOnce(source: string, text: string): string {
	const bySource = wholeSources(text);
	let whole = bySource.get(source);
	if (whole === undefined) {
		whole = wholeSource(source, text);
		bySource.set(source, whole);
	}
	return whole;
}

/**
 * A blank in an interview's answer asked as that answer, with the question it answers: "Which figure completes
 * Marta Ilves’s answer to “How much will it cost?”", "Asked “When will the work start?”, Marta Ilves answered:
 * “In _____, …”". Without the question, "In _____" answers nothing, and the answer's label is no part of it.
 */
export function asAnswer(prompt: string, speaker: string, question: string): string {
	const asked = `“${asInnerQuotes(shorten(question, 20))}”`;
	const where = `${speaker}’s answer to ${asked}`;
	return prompt
		.replace(/“\p{Lu}[^:“”"‘’?.!]{0,58}: /u, '“')
		.replace(
			/^True or false, according to the article:/,
			`True or false: asked ${asked}, ${speaker} answered`
		)
		.replace(/completes the sentence\?/, `completes ${where}${asked.endsWith('?”') ? '' : '?'}`)
		.replace(/^(Type the missing (?:figure|date)(?: \(in \p{L}+\))?):/u, `$1 in ${where}:`)
		.replace(/Complete the sentence:/, `Complete ${where}:`)
		.replace(/^(?=“)/, `Asked ${asked}, ${speaker} answered: `);
}

/** The push of a fact's questions, each asked as the interview answer the blank stands in (when it does). */
function answering(input: QuestionInput, blank: Blank, push: Push): Push | undefined {
	const reply = answerAt(input.interview, blank.from + blank.at);
	if (!reply || !input.interview) return undefined;
	const { speaker } = input.interview;
	return (q) => push({ ...q, prompt: asAnswer(q.prompt, speaker, reply.question) });
}

/**
 * Whose words a blank stands in: an interview answer's (asked as that answer), a source's the prompt names, or
 * the article's. None when the blank sits in a quote that never says whose words they are.
 */
function voiceOf(
	input: QuestionInput,
	blank: Blank,
	context: string,
	kind: 'figure' | 'date',
	push: Push
): { framed: string; push: Push } | undefined {
	const asAnswered = answering(input, blank, push);
	if (asAnswered) return { framed: '', push: asAnswered };
	const framed = framing(input, blank, context, kind);
	const sentenceEnd = blank.from + blank.sentence.length;
	if (speakerless(input.text, blank.from, blank.from + blank.at, sentenceEnd, framed)) return undefined;
	return { framed, push };
}

/** "Which figure, according to Belinda Robinson, completes the sentence?": an opinion is framed as its speaker's. */
const ask = (source: string, question: string, framed: string) =>
	source ? framed.replace('{source}', source) : question;

function figureQuestions(
	input: QuestionInput,
	fact: FigureFact,
	first: boolean,
	random: (id: string) => () => number,
	push: Push,
	ranks: RankDealer
): void {
	const blank = blankFor(input.text, fact.evidence, fact.text, 'figure');
	if (!blank || (fact.unit === 'count' && REPEATS.test(blank.core))) return;
	if (halfBeforeDeterminer(blank.core, blank.sentence.slice(blank.at + blank.core.length))) return;
	const context = promptOf(blank);
	if (context === undefined || tooShort(context)) return;
	if (readableElsewhere(blank, fact.value, sentenceBefore(input.text, blank.from))) return;
	const afterCore = blank.sentence.slice(blank.at + blank.core.length);
	if (knownCount(fact.value, unitKind(fact.unit), blank.core, afterCore, blank.sentence)) return;
	if (knownAnniversary(fact.value, afterCore, blank.sentence, input.articleDate)) return;
	if (inIdiom(blank.sentence.slice(0, blank.at), blank.core, afterCore)) return;
	if (input.title && headlineCompoundDiffers(input.title, fact.value, blank.core, afterCore)) return;
	const rest = blank.sentence.slice(0, blank.at) + BLANK + afterCore;
	// A figure its sentence gives away is asked no way: a false statement of it ("only a bit more than half — 44
	// percent —") would be false on its face.
	if (BLANK_GIVEN_AWAY.some((given) => given(rest, blank.core))) return;
	if (unitKind(fact.unit) === 'time' && spanGiven(rest)) return;
	const money = unitKind(fact.unit) === 'currency' && !/illion|thousand|\bbn\b|\dm\b/i.test(blank.core);
	if ((fact.unit === 'percent' || money) && sumGiven(fact.value, fact.unit === 'percent', rest)) return;
	const lead =
		fact.unit === 'percentage points' ||
		/\bpoints?\b/i.test(blank.core) ||
		/^\s*(?:percentage\s+)?points?\b/i.test(afterCore);
	if (['ratio', 'count'].includes(unitKind(fact.unit)) && marginGiven(fact.value, rest, lead)) return;
	if (unitKind(fact.unit) === 'count' && (totalGiven(fact.value, rest) || moreThanGiven(fact.value, rest)))
		return;
	if (stepBeside(fact.value, blank.sentence.slice(0, blank.at), afterCore)) return;
	if (contrastedByOne(fact.value, blank.sentence.slice(0, blank.at), afterCore)) return;
	if (unitKind(fact.unit) === 'count' && partsAddUp(fact.value, rest)) return;
	const { hedge } = hedgeOf(fact.text);
	const bound =
		hedge === 'lower' ||
		hedge === 'upper' ||
		boundedBefore(blank.sentence.slice(0, blank.at)) ||
		OR_BEYOND.test(blank.sentence.slice(blank.at + blank.core.length));
	const voice = voiceOf(input, blank, context, 'figure', push);
	if (!voice) return;
	const { framed } = voice;
	push = voice.push;
	const explanation = `The article says: “${articleSays(blank, context)}”`;
	const answer = blank.core;
	const choiceId = questionId('figure-choice', fact.id);
	const neighbours = nearest(input.figures, fact.evidence.start, (f) => f.evidence.start);
	const [before, after] = [blank.sentence.slice(0, blank.at), blank.sentence.slice(blank.at + answer.length)];
	const told = rankToldBefore(before);
	const keysSide = onKeysSide(answer, before, after);
	const wrong = figureDistractors({
		fact,
		core: answer,
		hedge,
		neighbours,
		random: createRandom(hashSeed(choiceId, input.seed)),
		below: told === undefined ? ranks.choose : (possible) => ranks.choose(possible.filter((r) => r !== told)),
		after,
		before,
		...[
			changeBounds(before, after),
			planBounds(before, after),
			digitsBounds(blank.sentence, fact.value),
			knownCeiling(fact.value, unitKind(fact.unit), after),
			pollBounds(before, after, fact.value),
			fact.unit === 'years' ? lifeBounds(before, after, fact.value, answer) : {},
			fact.unit === 'count' ? tallyBounds(before, after, fact.value) : {},
			...(fact.unit === 'percent'
				? [
						shareBounds(before, after, fact.value),
						halfBounds(before, after, fact.value),
						thresholdBounds(before, after, fact.value)
					]
				: []),
			comparisonBounds(before, after, answer),
			fact.unit === 'ordinal' ? ordinalBounds(after, fact.value) : {}
		].reduce(tightest, wholeAndPartBounds(input.text, fact, neighbours))
	}).filter(
		(w) =>
			!same(w, answer) &&
			writtenAlike(answer, w) &&
			!blank.sentence.includes(w) &&
			!shownIn(context, w) &&
			!otherFigureOfSentence(w, fact, neighbours) &&
			agreesInNumber(w, answer, after) &&
			fitsNumberNoun(w, answer, after) &&
			fitsPartOfWhole(w, before, after, answer) &&
			fitsDirection(w, blank.sentence) &&
			keysSide(w)
	);
	const parsed = parseFigure(answer);
	// "Hundreds of monitors", "millions of dollars": the only wrong choices are other magnitudes, three of them
	// reach one a reader rules out on its face ("trillions of dollars" of one man's records), and the article gave
	// no figure to learn. The flashcard and a true-or-false keep the fact.
	if (
		first &&
		wrong.length === 3 &&
		!bound &&
		!parsed?.vague &&
		!(fact.max !== undefined && fact.unit !== 'percent' && CHANGE_BEFORE.test(before)) &&
		(told === undefined || rankAmong(answer, wrong) !== told) &&
		!nearestToShown(rest, answer, wrong) &&
		push({
			id: choiceId,
			factId: fact.id,
			type: 'figure-choice',
			prompt: `${ask(framed, 'Which figure completes the sentence?', 'Which figure, according to {source}, completes the sentence?')} “${context}”`,
			choices: shuffle([answer, ...wrong], random(choiceId)),
			answer,
			explanation,
			evidence: fact.evidence,
			difficulty: 2
		})
	)
		ranks.kept();
	const typedUnit =
		unitKind(fact.unit) !== 'multiplier' &&
		unitKind(fact.unit) !== 'ordinal' &&
		fact.max === undefined &&
		!fractionInWords(answer);
	const typed = typedFigure(answer, context);
	const span = spanToType(fact.unit, typed.answer);
	const missing = span ? `figure (in ${span})` : 'figure';
	if (first && parsed && !parsed.vague && typedUnit)
		push({
			id: questionId('figure-typed', fact.id),
			factId: fact.id,
			type: 'figure-typed',
			prompt: `${ask(framed, `Type the missing ${missing}:`, `Type the missing ${missing}, according to {source}:`)} “${typed.context}”`,
			answer: typed.answer,
			accept: { kind: 'number', value: fact.value, unit: fact.unit },
			...withAlternative(bareFigure(typed.answer, fact.value), typed.answer),
			explanation,
			evidence: fact.evidence,
			difficulty: 3
		});
	// A bound ("more than 100 million") is true of every smaller number, so only an unhedged figure is swapped. A
	// statement cut with "…" is not whole: what was left out could make it false, so it is not judged true or false.
	const swapped = statementSwap(answer, wrong, before);
	if (
		swapped !== undefined &&
		!bound &&
		!context.includes('…') &&
		statesSomething(context) &&
		!(framed === '' && ownVoice(context)) &&
		!statedOtherwise(rest, answer) &&
		// The headline, shown with every card, tells the statement true or false.
		!(input.title && (inTitle(answer, input.title) || headlineTells(input.title, answer, [swapped])))
	) {
		const id = questionId('true-false', fact.id);
		const truth = random(id)() < 0.5;
		const shown = filled(context, truth ? answer : swapped);
		push({
			id,
			factId: fact.id,
			type: 'true-false',
			prompt: `True or false, according to ${framed || 'the article'}: “${shown}”`,
			choices: ['True', 'False'],
			answer: truth ? 'True' : 'False',
			explanation: truth
				? `True. ${explanation}`
				: `False: it was ${midSentenceFigure(answer)}, not ${midSentenceFigure(swapped)}. ${explanation}`,
			evidence: fact.evidence,
			difficulty: 1
		});
	}
	push({
		id: questionId('flashcard', fact.id),
		factId: fact.id,
		type: 'flashcard',
		prompt: `${framed ? `According to ${framed}: ` : ''}“${context}”`,
		answer,
		explanation,
		evidence: fact.evidence,
		difficulty: 1
	});
}

/**
 * "Unemployment at a 28-year low" under the headline "… at 30-year low": the headline, shown with every card, puts
 * another number in the blank's compound, and a student who types or picks the headline's has a case. `core` is the
 * blanked figure ("28-year"), `after` the sentence after it (" low at 5.1 per cent").
 */
export function headlineCompoundDiffers(title: string, value: number, core: string, after: string): boolean {
	// The unit is the blank's own ("28-year") or the words after it.
	const unit = /-\p{L}+$/u.exec(core.trim())?.[0];
	const compound = unit
		? unit + (/^\s+\p{L}+/u.exec(after)?.[0] ?? '')
		: /^-\p{L}+(?:\s+\p{L}+)?/u.exec(after)?.[0];
	if (!compound) return false;
	const inTitle = new RegExp(`(\\d[\\d,.]*|\\b\\p{L}+)${escapeRegExp(compound)}\\b`, 'iu').exec(title);
	if (!inTitle) return false;
	const shown = parseFigure(inTitle[1]!)?.value ?? NUMBER_WORDS[inTitle[1]!.toLowerCase()];
	return shown !== undefined && shown !== value;
}

/**
 * "control over _____ the country": "half" before a determiner is the one word English puts there (or "all"), so
 * the grammar answers the blank, and a wrong share ("a third the country") reads as no English.
 */
export function halfBeforeDeterminer(core: string, after: string): boolean {
	return (
		/^(?:nearly\s+|almost\s+|about\s+|over\s+|more\s+than\s+|less\s+than\s+)?half$/i.test(core.trim()) &&
		/^\s+(?:the|its|their|his|her|our|my|your|this|that|these|those|all)\s/i.test(after)
	);
}

/**
 * "Nearly half predict …", "a third of the jobs": a share in words is no number to type (a student typing "50" or
 * "50%" for "half" is right and a box marks it wrong); its choice and flashcard ask it.
 */
export function fractionInWords(answer: string): boolean {
	return /^(?:[\p{L}]+\s+)*?(?:(?:a|an|one|two|three|four|five|seven|nine)[\s-]+)?(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$/iu.test(
		answer.trim()
	);
}

/**
 * "By this time", "at that point", "the same day" with no date found for them: the words only point back to a
 * time told elsewhere, and a student asked for them could only answer "this time".
 */
export function pointsBackOnly(core: string, fact: DateFact): boolean {
	return (
		fact.value === undefined &&
		/^(?:(?:by|at|until|from|since|on|in)\s+)?(?:(?:this|that|these|those|the same|the)\s+(?:time|times|moment|point|stage|period|day|week|month|year|night|morning|evening)|then)$/i.test(
			core.trim()
		)
	);
}

/**
 * "just days before the debate", "hours after the attack", "weeks later", "years ago": a stretch with no count of its
 * own. Its wrong choices are ruled out by the sentence ("just years before", "hours after" a verb told as ahead),
 * and a student who knew the article would still have learnt no time. So is a bare unit the blank leaves its
 * preposition outside: "would step down within _____" → "days", "A few _____ after that" → "seconds", "blocked in
 * _____" → "past months", "in _____ leading up to it" → "the months"; hours, days or weeks all fit the sentence.
 * "A number of years ago", "five or more years ago" say no more than "years ago".
 */
export function uncountedSpanOnly(core: string, fact: DateFact): boolean {
	const span = UNCOUNTED_SPAN.exec(core.trim());
	if (span === null) return false;
	// A bare unit's date ("in the months" read as August) is the date reader's guess, not the article's. "In the
	// months before the fire" is still asked: the blank holds the whole stretch and what it is counted from.
	// "A few minutes ago" has the day of the telling for its value, yet asks no more than "today" would.
	return (
		span[2] === undefined ||
		(fact.value === undefined && span[1] === undefined) ||
		/(?:seconds|minutes)\s+ago$/i.test(core.trim())
	);
}

const UNCOUNTED_SPAN =
	/^(?:(?:just|only|mere|merely|some|barely)\s+)?(?:(?:a\s+few|several|many|a\s+couple\s+of|a\s+number\s+of|\p{L}+\s+or\s+more)\s+|((?:the\s+)?(?:past|recent)|the(?:\s+last)?)\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)(\s+(?:before|after|later|earlier|ago|ahead\s+of|prior\s+to))?$/iu;

/**
 * "At that time", "the same day", "by then": words that take their date from an earlier one in the text, not from
 * the article's date ("this week" is counted from the article's date).
 */
const pointsBack = (core: string) =>
	/^(?:(?:by|at|until|from|since|on|in)\s+)?(?:(?:that|those|the same)\s+(?:time|times|moment|point|stage|period|day|week|month|year|night|morning|evening)|(?:this|the)\s+(?:time|moment|point|stage|period)|then)$/i.test(
		core.trim()
	);

/**
 * "The State Senate approved the bill the same day by a vote of 25-10", "The case received publicity at the time":
 * shown alone, the sentence does not say what day or time it shares, so "Which date does “the same day” mean here?"
 * asks the student to find a sentence the prompt does not show. Words that go on to name what they share ("the same
 * day that troops fired on protesters", "at the same time as the vote") are asked; and a day whose date is a span
 * ("the conference, which starts the same day", read as August 29 – September 4) is no one day.
 */
export function sharedTimeTold(answer: string, value: string, after: string): boolean {
	if (/\bday\b/i.test(answer) && !/^\d{4}-\d{2}-\d{2}(?:T[\d:]+)?$/.test(value)) return false;
	return /^\s*(?:that|as|when|on which|in which)\s+\p{L}/iu.test(after);
}

const MONTH_WORD = `\\b(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS})\\.?)(?![A-Za-z])`;
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const NAMES_MONTH = new RegExp(MONTH_WORD);

/**
 * The calendar words of a date as written: a day, a month (capitalised: "may" is a verb), a year, or a numeric
 * date, with no weekday, no "last" or "of this year", no "the end of".
 */
const CALENDAR_WORDS = new RegExp(
	`(?:${DAY_NUMBER}(?:\\s+of)?\\s+${MONTH_WORD}|${MONTH_WORD}(?:\\s+${DAY_NUMBER}\\b)?)(?:,?\\s+(?:of\\s+)?\\d{4}\\b)?|\\b\\d{4}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|^${DAY_NUMBER}$`
);

/**
 * The key, sentence and value of a typed date: the calendar words alone, what is around them left in the sentence
 * ("_____ of this year" keyed "April", "last _____" keyed "October", "Wednesday, _____" keyed "May 18", "the end
 * of _____" keyed "2006"), as a student types a date and the grading reads one; the value is cut to what the key
 * names ("2006" of a value "2006-12"). None when no calendar words are written ("60 years ago", "may" the verb), or
 * when the key would name a finer period than the value.
 */
export function typedDate(
	answer: string,
	context: string,
	value: string
): { answer: string; context: string; value: string } | null {
	const words = CALENDAR_WORDS.exec(answer);
	if (!words) return null;
	const key = words[0];
	const named = /\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/.test(key.replace(/\b\d{4}\b/g, ''))
		? 10
		: NAMES_MONTH.test(key)
			? 7
			: 4;
	if (value.length < named) return null;
	return {
		answer: key,
		context: context.replace(
			'_____',
			`${answer.slice(0, words.index)}_____${answer.slice(words.index + key.length)}`
		),
		value: value.slice(0, named)
	};
}

const JOINED_YEAR_BEFORE = /\b(\d{4})\s*(?:,|and|or|to|through|[-–/])\s*$/i;
const JOINED_YEAR_AFTER = /^\s*(?:,|and|or|to|through|[-–/])\s*(\d{4})\b/i;

/**
 * "ambassador in _____ and 2003", "from 2001 to _____": a year joined to the year next to it is told by the other,
 * so nobody types it from the article. Its choices fence it (`shownYearBounds`); a typed question gives it away.
 */
export function nextInSequence(before: string, after: string, answer: string): boolean {
	const year = /^(?:in\s+)?(\d{4})$/i.exec(answer.trim())?.[1];
	if (!year) return false;
	const joined = [JOINED_YEAR_BEFORE.exec(before)?.[1], JOINED_YEAR_AFTER.exec(after)?.[1]];
	return joined.some((other) => other !== undefined && Math.abs(Number(other) - Number(year)) === 1);
}

/** Words that name a calendar date themselves: a month, or digits ("2004", "the 1990s", "5:00 p.m. on 12/3"). */
const NAMES_CALENDAR = new RegExp(`\\d|\\b(?:${MONTH_NAMES.join('|')})\\b`, 'i');

const DECADE =
	/\b\d{3}0['’]?s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;

/** Words that make a sentence say what happens again and again, not once. */
const HABITUAL =
	/\b(?:usually|often|typically|generally|normally|always|traditionally|routinely|regularly|tends? to|each (?:year|summer|winter|spring|autumn|fall)|every (?:year|summer|winter|spring|autumn|fall))\b/i;

/**
 * "two decades ago", "some 30 years ago", "a dozen years earlier": a round or hedged count says about when, so
 * the year counted from the article's date ("1996") is more than the article says.
 */
const ROUND_COUNT = new RegExp(
	String.raw`\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:decades?|centur(?:y|ies))|(?:a|half\s+a)\s+dozen\s+years|(?:[1-9]\d*[05]|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:a|one)\s+hundred)(?:[\s-]+five)?\s+years|(?:some|about|around|nearly|almost|roughly|more\s+than|over|at\s+least|less\s+than|under)\s+(?:an?|[\w-]+)\s+(?:years?|months?|weeks?))\s+(?:ago|earlier|before|later|after|back)\b`,
	'i'
);

/**
 * "the summer", "the spring", "the holidays", "the season": a period the article does not pin to months (which
 * hemisphere, which school term); a round count back (`ROUND_COUNT`). Its words are the key; no months or year are
 * shown for it.
 */
export function vaguePeriod(text: string): boolean {
	return (
		/\b(?:summer|spring|autumn|fall|winter|holidays?|season|term|semester|festive period|half-term|vacation)s?\b/i.test(
			text
		) || ROUND_COUNT.test(text)
	);
}

/**
 * A statement in someone's own voice outside any quotation marks ("I had to give them shelter for two and a half
 * months", an interview's answer or a speech's transcript run as text): "according to the article" it is one person's
 * word, neither true nor false of the story. "I" is the pronoun before a lower-case word or a contraction, not a
 * name's initial ("I Made Pastika", "I. Lewis Libby") nor a numeral after a name ("Dresden I and …", "Seven & I").
 */
export function ownVoice(statement: string): boolean {
	const outside = statement.replace(/“[^”]*”|‘[^’]*’(?!\p{L})|"[^"]*"/gu, ' ');
	return /(?<!\p{Lu}[\p{L}.]*\s|&\s)\bI(?:['’](?:m|ve|d|ll)\b|(?=\s+\p{Ll}))|(?<![\p{L}'’])(?:me|my|mine|myself|we|us|our|ours|ourselves|We|My|Our)(?![\p{L}'’])/u.test(
		outside
	);
}

/**
 * Only a statement is true or false. A question ("Who will pay for the 14 ferries?") asserts nothing, and a line
 * ending in a colon ("Here are 3 reasons:") says its part only with what follows, which the prompt does not show.
 */
function statesSomething(sentence: string): boolean {
	return !/[?:][”’"')\]]*\s*$/.test(sentence);
}

/**
 * A sentence that is a question as a whole: "Is it worth $4 million?", an interviewer's "Why here?". One that ends
 * on a question it quotes or sets after a colon or a dash ("Muir asked on Monday: Who will win?", "…the verse – ‘Who
 * can be against us?’") still tells what happened.
 */
function asks(sentence: string): boolean {
	return /\?\s*$/.test(sentence) && !/[:–—]\s|["“”‘]|’(?!\p{L})/u.test(sentence);
}

/**
 * "a poll taken in _____" for "October" in an article dated October 12, "the _____ race" for "2016" in a 2016 one: the
 * month or year the article came out is shown with every card, so it is no fact to learn from the article. A day
 * within it ("October 3") is, and so is a part of it ("late October", which the date does not tell).
 */
export function ofPublication(value: string, articleDate: string, core: string): boolean {
	return (
		/^\d{4}(?:-\d\d)?$/.test(value) && articleDate.startsWith(value) && !/\b(?:early|mid|late)\b/i.test(core)
	);
}

/**
 * "will vote on the State Budget for _____" in a December 2004 article: a budget is drawn up for the year ahead, so
 * the year after the article's is the one a student writes unread (the article's own year is `ofPublication`'s).
 */
export function comingBudget(year: number, articleDate: string, before: string, after: string): boolean {
	return (
		year === Number(articleDate.slice(0, 4)) + 1 &&
		(/\bbudgets?\s+(?:for|of)\s+(?:the\s+(?:year|fiscal\s+year)\s+)?$/i.test(before) ||
			/^\s*(?:state\s+|federal\s+|national\s+|annual\s+)?budgets?\b/i.test(after))
	);
}

/**
 * "down from the same dates last year, when the first four days of _____ were …" keyed "October 2012" in a 2013
 * article: the rest of the sentence names the key's year counted from the article's, whose date is on the card, so
 * the year is a sum, and the choices differ by nothing else. A day or month within that year is still asked.
 */
export function relativeYearTold(
	value: string,
	articleDate: string,
	core: string,
	before: string,
	after: string
): boolean {
	const year = /^(\d{4})(?:-\d\d)?$/.exec(value)?.[1];
	// "sits again _____, next year" keyed "February": the month is the fact asked, and no sum gives it.
	if (year === undefined || !core.includes(year)) return false;
	const shift = Number(year) - Number(articleDate.slice(0, 4));
	const named = shift === -1 ? 'last' : shift === 1 ? 'next' : undefined;
	if (named !== undefined && new RegExp(`\\b${named}\\s+year\\b`, 'i').test(`${before} ${after}`))
		return true;
	// "used for passenger services for 97 years, beginning in _____" in a 2006 article, "for 15 years after … in
	// _____": a year the sentence's span counts back from the article's is a sum. Only a year alone, and only
	// exactly: "talks in June 2005" still asks its month, and "three years afterwards" or "55 years ago" one year off
	// may count from another day than the article's.
	if (!/^\d{4}$/.test(value)) return false;
	return [...`${before} ${after}`.matchAll(YEARS_SPAN)].some(
		(m) => (parseDigits(m[1]!) ?? parseNumberWords(m[1]!)) === -shift
	);
}

/** A span of years as a sentence counts it: "97 years", "fifteen years", "a 20-year". */
const YEARS_SPAN = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD_SOURCE})[\\s-]+years?\\b`, 'gi');

/**
 * "registered a complaint every time my country was criticized": "every time" opens a clause, as "whenever" does;
 * it names no time a card could ask (W7 sample: a flashcard answered "every time").
 */
const WHENEVER = /^(?:every|each|any)\s+time$/i;

const WEEKDAY_NAMED = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'i');

/**
 * The key names a time: a calendar word, a weekday, a year, a time of day, a span of time or a word for when. A
 * place, an event or "the vote" is no answer to "When?".
 */
export function namesTime(core: string): boolean {
	// "in their first year of teaching": a stage of someone's own life or work, not a time on the calendar.
	if (/^(?:their|his|her|its|our|my|your)\s/i.test(core.trim())) return false;
	return (
		NAMES_CALENDAR.test(core) ||
		WEEKDAY_NAMED.test(core) ||
		/\b(?:second|minute|hour|day|night|week|month|year|decade|century|morning|afternoon|evening|noon|midnight|dawn|dusk|weekend|today|tonight|yesterday|tomorrow|now|then|recently|currently|lately|ago|earlier|later|soon|once|annually|daily|weekly|monthly|time|times|period|era|age|quarter|season|summer|spring|autumn|fall|winter|holidays?|christmas|easter|ramadan|new year)s?\b/i.test(
			core
		)
	);
}

const MONTH_AND_YEAR = new RegExp(`^(${MONTH_NAMES.join('|')})\\s+(?:1[89]|20)\\d\\d$`);
const BARE_MONTH_JOINED = new RegExp(
	`\\b(?:${MONTH_NAMES.join('|')})(?:\\s+\\d{1,2})?\\s*(?:\\b(?:and|or|to|through|until|till)\\b|[-–])\\s*$`
);

/**
 * "leaked in June and _____." keyed "July 2003": the year after the second month is both months', so a student who
 * recalls "July" typed no less than the article tells of it, and was marked wrong. The blank covers the month alone
 * and the year stays in the sentence ("in June and _____ 2003"), as it does when the first month is asked ("in
 * _____ and July 2003" keyed "June").
 */
export function sharedYearCut(before: string, core: string): string {
	const month = MONTH_AND_YEAR.exec(core)?.[1];
	return month && BARE_MONTH_JOINED.test(before) ? month : core;
}

function dateQuestions(
	input: QuestionInput,
	fact: DateFact,
	figureAt: ReadonlyMap<number, FigureFact[]>,
	random: (id: string) => () => number,
	push: Push,
	ranks: RankDealer
): void {
	// "the next five years" is asked as the figure it is: one question on the same words is enough.
	const figures = figureAt.get(fact.evidence.start) ?? [];
	if (figures.some((f) => f.text.includes(fact.text) || fact.text.includes(f.text))) return;
	const found = blankFor(input.text, fact.evidence, fact.text, 'date');
	if (!found || pointsBackOnly(found.core, fact) || uncountedSpanOnly(found.core, fact)) return;
	if (WHENEVER.test(found.core)) return;
	const blank = { ...found, core: sharedYearCut(found.sentence.slice(0, found.at), found.core) };
	const context = promptOf(blank);
	if (context === undefined || tooShort(context)) return;
	const year = /^(?:1[89]|20)\d\d$/.test(blank.core) ? Number(blank.core) : undefined;
	if (readableElsewhere(blank, year)) return;
	// "the Iraq invasion in _____", "the _____ presidential election": a year a student knows without the article.
	const named =
		/^\d{4}$/.test(fact.value ?? '') && blank.core.includes(fact.value!) ? Number(fact.value) : undefined;
	if (
		named !== undefined &&
		(knownYear(named, blank.sentence) ||
			misdatedEvent(named, blank.sentence.slice(blank.at + blank.core.length)))
	)
		return;
	if (knownDecade(blank.core, blank.sentence)) return;
	if (knownElectionDay(blank.core, fact.value, blank.sentence, input.text)) return;
	if (fact.value !== undefined && knownDay(fact.value, blank.sentence, blank.core)) return;
	if (input.articleDate && fact.value && ofPublication(fact.value, input.articleDate, blank.core)) return;
	if (knownSeason(blank.core, blank.sentence) || knownMonth(blank.core, blank.sentence)) return;
	const beforeKey = blank.sentence.slice(0, blank.at);
	const afterKey = blank.sentence.slice(blank.at + blank.core.length);
	if (
		rangeEndTold(beforeKey, blank.core, afterKey) ||
		rangeSpanTold(beforeKey, afterKey) ||
		dateRestated(beforeKey, blank.core, afterKey) ||
		slashPaired(beforeKey, afterKey) ||
		(/^\d{4}-\d\d-\d\d$/.test(fact.value ?? '') && namedDayTold(beforeKey, afterKey)) ||
		seasonTold(blank.core, beforeKey + afterKey)
	)
		return;
	if (year !== undefined && input.articleDate && comingBudget(year, input.articleDate, beforeKey, afterKey))
		return;
	if (
		input.articleDate &&
		fact.value &&
		relativeYearTold(fact.value, input.articleDate, blank.core, beforeKey, afterKey)
	)
		return;
	const voice = voiceOf(input, blank, context, 'date', push);
	if (!voice) return;
	const { framed } = voice;
	push = voice.push;
	const answer = blank.core;
	// "last month (February 2023)": the value as a reader says it, and only when the text does not already. A
	// value the words do not hold ("Tuesday", "last month") was counted from the article's date, which the
	// student may not have seen: the note says so, and the key stays the article's own words.
	// A vague period ("the summer") shows no months the article does not give.
	const readable = fact.value && !vaguePeriod(fact.text) ? readableDate(fact.value) : '';
	const counted = readable !== '' && !NAMES_CALENDAR.test(fact.text) && !pointsBack(answer);
	const basis =
		!counted || !input.articleDate
			? ''
			: fact.value === input.articleDate
				? ', the article’s date'
				: `, counting from the article’s date, ${readableDate(input.articleDate)}`;
	// "the 1980s (1980–1989)": a decade's words already name its years. "During the summer" in a sentence of what
	// happens every year names no one summer, so no date is counted for it.
	// "at 6:15 p.m. (May 7, 2026)": the words already tell the time, so the note adds only the day it fell on.
	const noted = readable.replace(/, (\d{1,2}:\d\d [ap]\.m\.)$/, (whole, clock: string) =>
		answer.includes(clock) ? '' : whole
	);
	const note =
		readable && !fact.text.includes(readable) && !DECADE.test(answer) && !HABITUAL.test(blank.sentence)
			? ` (${noted}${basis})`
			: '';
	const explanation = `The article says: “${articleSays(blank, context)}”${note}`;
	// "at that time", "the same day": the words only point back to a date told before; blanked, they are no fact a
	// student could recall ("At _____," → "that time"). The date they point to is, and it is asked for itself.
	if (pointsBack(answer) && readable) {
		if (!sharedTimeTold(answer, fact.value ?? '', blank.sentence.slice(blank.at + blank.core.length))) return;
		const unit = /^\d{4}$/.test(fact.value ?? '')
			? 'year'
			: /^\d{4}-\d{2}$/.test(fact.value ?? '')
				? 'month'
				: 'date';
		push({
			id: questionId('flashcard', fact.id),
			factId: fact.id,
			type: 'flashcard',
			prompt: `Which ${unit} does “${answer}” mean here? “${filled(context, answer)}”`,
			answer: readable,
			explanation,
			evidence: fact.evidence,
			difficulty: 2
		});
		return;
	}
	// "today", "this week": the words are no fact, the date they stand for is, and it is asked for itself.
	const toldByTense = tenseTells(answer, blank.sentence);
	if (bareDeictic(answer) || toldByTense) {
		// "as strong today as it was": in someone's words the word is their present, not a date.
		const quoted = insideQuote(blank.sentence, blank.at);
		// "today", "this year" stand for the article's own date, shown with every card: reviewers read asking it as a
		// giveaway. "yesterday" and "tomorrow" are a day off it, worth a card, and so is "last month" told in the past.
		const offTheDate = toldByTense || /\b(?:yesterday|tomorrow)\b/i.test(answer);
		// The card asks the period the words name ("which month"). Not a week: whether "last week" is Monday to Sunday
		// or the seven days before is a convention, and blind reviewers found either key disputable. The article's
		// date stays on the card, not in the prompt, where it left only the arithmetic to do.
		const period = /\bmonth/i.test(answer) ? 'month' : /\byear/i.test(answer) ? 'year' : 'day';
		if (
			offTheDate &&
			readable &&
			input.articleDate &&
			!/\bweek/i.test(answer) &&
			!HABITUAL.test(blank.sentence) &&
			!quoted
		)
			push({
				id: questionId('flashcard', fact.id),
				factId: fact.id,
				type: 'flashcard',
				prompt: `Counting from the article’s date, which ${period} does “${answer}” mean here? “${filled(context, answer)}”`,
				answer: readable,
				explanation,
				evidence: fact.evidence,
				difficulty: 1
			});
		return;
	}
	// "When?" only of a time: a duration is asked "How long?", a frequency "How often?", an age not as a date; a
	// key that names no time (a place, "the vote") is not asked.
	if (AGE.test(answer) || !namesTime(answer)) return;
	if (countedFromUnshown(answer, afterKey, context)) return;
	const when = isFrequency(answer)
		? 'How often'
		: isDuration(answer, blank.sentence.slice(0, blank.at))
			? 'How long'
			: 'When';
	const choiceId = questionId('date-choice', fact.id);
	const others = nearest(input.dates, fact.evidence.start, (d) => d.evidence.start);
	const keysSide = onKeysSide(answer, beforeKey, afterKey);
	const wrong = dateDistractors({
		fact,
		core: answer,
		sentence: blank.sentence,
		others,
		...(input.articleDate ? { articleDate: input.articleDate } : {}),
		random: createRandom(hashSeed(choiceId, input.seed)),
		below: ranks.choose
	}).filter(
		(w) =>
			!same(w, answer) &&
			!blank.sentence.toLowerCase().includes(w.toLowerCase()) &&
			!shownIn(context, w) &&
			inRangeOrder(w, blank.sentence.slice(0, blank.at), blank.sentence.slice(blank.at + answer.length)) &&
			keysSide(w)
	);
	if (
		wrong.length === 3 &&
		!dateBoundBefore(beforeKey, answer) &&
		push({
			id: choiceId,
			factId: fact.id,
			type: 'date-choice',
			prompt: `${ask(framed, `${when}? Complete the sentence:`, `${when}, according to {source}? Complete the sentence:`)} “${context}”`,
			choices: shuffle([answer, ...wrong], random(choiceId)),
			answer,
			explanation,
			evidence: fact.evidence,
			difficulty: 2
		})
	)
		ranks.kept();
	// Typed only when the blank names the date itself ("January 30", "2004"): nobody types "that time", and
	// "Friday" is a day, not a date to type.
	const typed =
		fact.value &&
		/^\d{4}(?:-\d{2}){0,2}$/.test(fact.value) &&
		!nextInSequence(blank.sentence.slice(0, blank.at), blank.sentence.slice(blank.at + answer.length), answer)
			? typedDate(answer, context, fact.value)
			: null;
	if (typed)
		push({
			id: questionId('date-typed', fact.id),
			factId: fact.id,
			type: 'date-typed',
			prompt: `${ask(framed, 'Type the missing date:', 'Type the missing date, according to {source}:')} “${typed.context}”`,
			answer: typed.answer,
			accept: { kind: 'date', value: typed.value },
			...withAlternative(typed.value, typed.answer),
			explanation,
			evidence: fact.evidence,
			difficulty: 3
		});
	push({
		id: questionId('flashcard', fact.id),
		factId: fact.id,
		type: 'flashcard',
		prompt: `${framed ? `According to ${framed}: ` : ''}“${context}”`,
		// "March 9" with its year is "March 9, 2014", not "March 9 (March 9, 2014)".
		answer: readable.startsWith(answer) ? readable : counted ? answer : `${answer}${note}`,
		explanation,
		evidence: fact.evidence,
		difficulty: 1
	});
}
