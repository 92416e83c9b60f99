/**
 * Cloze questions on quotes: a telling word blanked, and three words from elsewhere in the article of the same
 * part of speech and inflection ("an adjective for an adjective", "a past tense for a past tense"), so that
 * grammar alone never rules one out. The key is tagged in its quote by compromise's tagger (tagger.ts); the
 * article's other words are classed by compromise's lexicon and their endings, which costs a lookup, not a parse.
 */
import { isFiniteCue } from './cues';
import { lexiconTags } from './lexicon';
import { parseNumberWords } from './numbers';
import { tagSpan, type TaggedWord, type WordClass } from './tagger';

const STOPWORDS = new Set(
	(
		'about above after again against because before being below between could during further having their there ' +
		'these those through under until where which while would should other another every still though without ' +
		'within rather whether really always never those itself something nothing anything everyone everybody ' +
		'someone somebody anyone anybody nobody everything everywhere somewhere'
	).split(' ')
);

/**
 * Classes a blank can take: an adverb or a function word has no wrong answer of its kind in an article, and
 * whether a wrong verb fits hangs on its object and its sense ("Israel is not _____ us access": "asking",
 * "sitting"), which the article's words cannot tell.
 */
const BLANKABLE: readonly WordClass[] = [
	'noun',
	'noun-plural',
	'adjective',
	'adjective-more',
	'adjective-most'
];

const candidateWord = (w: string) =>
	/^\p{Ll}{5,}$/u.test(w) &&
	!STOPWORDS.has(w) &&
	!PREPOSITIONS.has(w) &&
	!/ly$/.test(w) &&
	parseNumberWords(w) === null;

export interface ClozeKey {
	word: string;
	cls: WordClass;
}

/**
 * The telling words of a quote, best first: nouns and adjectives of five letters or more that occur once in it,
 * the longest first. `tagged` is the quote's words with their classes. A noun inside a compound ("carbon _____
 * project", "photo _____") is never blanked: its neighbour leaves only the key plausible; nor is a gerund the
 * tagger reads as a noun ("crying, irritable, scratching"), which is a verb.
 */
export function clozeKeys(quote: string, tagged: readonly TaggedWord[]): ClozeKey[] {
	// Counted once per quote: compiling a Unicode pattern per word costs more than the whole rest of a cloze.
	const counts = new Map<string, number>();
	for (const w of quote.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
	const once = (w: string) => counts.get(w) === 1;
	// "post-_____", "non-_____": a blank inside a hyphenated word is half given away by the other half.
	const hyphenated = (t: TaggedWord) => quote.charAt(t.start - 1) === '-' || quote.charAt(t.end) === '-';
	const options = tagged.filter(
		(t, i) =>
			candidateWord(t.word) &&
			BLANKABLE.includes(t.cls) &&
			once(t.word) &&
			!inCompound(tagged, i) &&
			!hyphenated(t) &&
			!gerund(tagged, i)
	);
	return options
		.sort((a, b) => b.word.length - a.word.length || a.start - b.start)
		.map((t) => ({ word: t.word, cls: t.cls }));
}

export function clozeKey(quote: string, tagged: readonly TaggedWord[]): ClozeKey | undefined {
	return clozeKeys(quote, tagged)[0];
}

/**
 * A noun with a common noun right before it ("prison sentence", "interest rate") or any noun right after it
 * ("mainland Australia", "photo booths"): the pair is one name, so the blank has one plausible filler. A name
 * before it ("Hezbollah terrorists") only says whose, and leaves the slot open.
 */
function inCompound(tagged: readonly TaggedWord[], i: number): boolean {
	const t = tagged[i]!;
	if (!t.cls.startsWith('noun')) return false;
	const before = tagged[i - 1];
	const after = tagged[i + 1];
	return Boolean(
		(before?.joinsNext && before.noun === 'common') || (t.joinsNext && after?.noun !== undefined)
	);
}

/** "crying, irritable, scratching": an -ing word with no determiner before it is a verb, whatever the tagger says. */
const gerund = (tagged: readonly TaggedWord[], i: number) =>
	/ing$/.test(tagged[i]!.word) &&
	lexicalClass(tagged[i]!.word) === 'verb-ing' &&
	!DETERMINERS.has(tagged[i - 1]?.word.toLowerCase() ?? '');

/** A word's class from compromise's lexicon, else from its ending; undefined when neither says. */
export function lexicalClass(word: string): WordClass | undefined {
	const tags = lexiconTags(word);
	if (tags.includes('Gerund')) return 'verb-ing';
	if (tags.includes('PastTense') || tags.includes('Participle')) return 'verb-past';
	if (tags.includes('Infinitive')) return 'verb';
	if (tags.includes('PresentTense')) return /[^s]s$/.test(word) ? 'verb-s' : 'verb';
	if (tags.includes('Superlative')) return 'adjective-most';
	if (tags.includes('Comparative')) return 'adjective-more';
	if (tags.includes('Adjective')) return 'adjective';
	if (tags.includes('Plural')) return 'noun-plural';
	if (tags.includes('Singular') || tags.includes('Uncountable') || tags.includes('Actor')) return 'noun';
	if (tags.length > 0) return undefined;
	if (/(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|hood|ure|age)s$/.test(word)) return 'noun-plural';
	if (/(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|hood)$/.test(word)) return 'noun';
	if (/(?:ous|ive|ful|less|able|ible|ical|ial)$/.test(word)) return 'adjective';
	if (/[^e]ing$/.test(word)) return 'verb-ing';
	if (/[^e]ed$/.test(word)) return 'verb-past';
	return undefined;
}

/** Words that make the next one a verb: auxiliaries, modals and "to". */
const AUXILIARIES = new Set(
	'be is are was were been being am have has had having will would can could may might must shall should do does did to'.split(
		' '
	)
);
const SKIPPED = new Set('not never already also just still even ever now then since recently'.split(' '));

/**
 * The slot a noun or an adjective fills, read from its neighbours: the preposition that governs a noun ("sitting
 * in _____" takes what the article puts after "in"), a verb's object, a clause's subject (a noun the clause opens
 * with, followed by its verb: "the _____ announced"), or an adjective before its noun ("a _____ decision") rather
 * than after "is" ("it was _____"). Determiners, numbers, possessives, names and adjectives in between are read
 * over. A wrong choice is a word the article itself uses in the same slot, so "sitting in budgets" or "the review
 * announced" never turn up for want of a word that fits.
 */
export type SlotFrame = string;

const DETERMINERS = new Set(
	(
		'the a an this that these those its their our his her my your some many any no each every all both several ' +
		'few most such another own much more less'
	).split(' ')
);
const PREPOSITIONS = new Set(
	(
		'in on at of for with from into onto by about against among between through during under over after before ' +
		'without within across toward towards upon like than to via despite amid behind beyond near'
	).split(' ')
);
const COPULAS = new Set(
	'be is are was were been being am become became seem seems seemed remain remains'.split(' ')
);

const wordsOf = (s: string) => s.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);
const isVerbish = (w: string) =>
	AUXILIARIES.has(w) || (lexicalClass(w)?.startsWith('verb') ?? false) || /^\p{Ll}+ed$/u.test(w);

/** What stands before a noun or adjective: a preposition (named), a verb, a copula, or the clause's start. */
function governor(before: string, key: WordClass): string {
	let determined = false;
	// "was possible, reasonable and _____", "in basements, cellars and _____": a word listed with others of its
	// kind shares their governor; a comma before any other word ends the clause.
	let listed: ',' | 'and' | undefined;
	for (const raw of wordsOf(before).reverse()) {
		if (raw === ',' && !listed) {
			listed = ',';
			continue;
		}
		if (!isWord(raw)) return 'start';
		const w = raw.toLowerCase().replace(/’/g, "'");
		if (listed) {
			const comma = listed === ',';
			listed = undefined;
			if (lexicalClass(w) === key) continue;
			if (comma) return 'start';
		}
		// A capital that is no known word is a name ("Hezbollah _____"); "Ask" opening a sentence is a verb.
		const name =
			/^\p{Lu}/u.test(raw) && lexicalClass(w) === undefined && !PREPOSITIONS.has(w) && !AUXILIARIES.has(w);
		if (DETERMINERS.has(w)) determined = true;
		if (DETERMINERS.has(w) || /^\p{N}/u.test(w) || /'s?$/.test(w) || name) continue;
		if (parseNumberWords(w) !== null || SKIPPED.has(w) || /ly$/.test(w)) continue;
		// "is a senior _____": after a determiner, the copula's complement is a noun phrase, not a quality.
		if (COPULAS.has(w)) return determined ? 'verb' : 'be';
		if (PREPOSITIONS.has(w)) return `in:${w}`;
		const cls = lexicalClass(w);
		if (cls?.startsWith('adjective') && !/ed$/.test(w)) continue;
		// "launch a _____": a word before a determiner is a verb, however the lexicon lists it.
		if (isVerbish(w) || (determined && cls === 'noun')) return 'verb';
		// "in shelters and _____": a conjunction shares its governor; "while", "because" open a clause. A word
		// neither the lexicon nor its ending classes is most often a modifier ("thorough", "Lebanese").
		if (w === 'and' || w === 'or') {
			listed = 'and';
			continue;
		}
		if (cls === undefined) {
			if (lexiconTags(w).length > 0) return 'start';
			continue;
		}
		return 'other';
	}
	return 'start';
}

/**
 * What follows: a verb of speech (the word names a speaker: "the _____ announced"), another verb (the word is
 * its subject), a noun (the word modifies it), or the clause's end.
 */
function follower(after: string): 'speech' | 'verb' | 'noun' | 'end' {
	for (const raw of wordsOf(after)) {
		if (!isWord(raw)) return 'end';
		const w = raw.toLowerCase();
		if (SKIPPED.has(w) || /ly$/.test(w)) continue;
		if (PREPOSITIONS.has(w) || DETERMINERS.has(w) || w === 'and' || w === 'or' || w === 'that') return 'end';
		if (isFiniteCue(w)) return 'speech';
		if (isVerbish(w)) return 'verb';
		return 'noun';
	}
	return 'end';
}

/** The slot of the noun or adjective `word` at `at` in `text`. */
export function slotFrame(text: string, at: number, word: string, cls: WordClass): SlotFrame {
	const before = governor(text.slice(Math.max(0, at - 80), at), cls);
	const after = follower(text.slice(at + word.length, at + word.length + 60));
	// "a senior fellow at": a word after a determiner and before a preposition is used as a noun, not as a quality.
	if (cls.startsWith('adjective'))
		return before === 'be' ? 'predicate' : after === 'noun' ? 'attribute' : 'other';
	if ((before === 'start' || before === 'other') && after !== 'end')
		return after === 'speech' ? 'speaker' : after === 'verb' ? 'subject' : 'other';
	if (before !== 'verb' && before !== 'be' && before !== 'in:of' && before !== 'start' && before !== 'other')
		return before;
	// "launch _____ at our towns", "a dark _____ in the record": any verb takes almost any noun as its object, so
	// the object slot is told by the preposition that follows it as well.
	const next = /^\s+(\p{Ll}+)/u.exec(text.slice(at + word.length, at + word.length + 20))?.[1];
	const head = before === 'in:of' ? 'in:of' : before === 'verb' || before === 'be' ? 'verb' : 'other';
	return `${head}>${next && PREPOSITIONS.has(next) ? next : ''}`;
}

/**
 * The article's words by class, computed once per bank (a lookup per distinct word). The slots a word fills are
 * read from its first few uses when a cloze first asks, so a long text costs a lookup per word, not a parse.
 */
export class WordPool {
	private readonly byClass = new Map<WordClass, string[]>();
	private readonly classes = new Map<string, WordClass>();
	/** Where each noun and adjective is used, its first SLOT_USES uses. */
	private readonly uses = new Map<string, number[]>();
	private readonly slots = new Map<string, Set<SlotFrame>>();

	constructor(private readonly text: string) {
		const seen = new Set<string>();
		for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu)) {
			const word = m[0];
			if (!seen.has(word)) {
				seen.add(word);
				const cls = candidateWord(word) ? lexicalClass(word) : undefined;
				if (cls && !cls.startsWith('verb')) {
					this.classes.set(word, cls);
					const list = this.byClass.get(cls) ?? [];
					list.push(word);
					this.byClass.set(cls, list);
				}
			}
			const at = this.uses.get(word);
			if (at) {
				if (at.length < SLOT_USES) at.push(m.index);
			} else if (this.classes.has(word)) this.uses.set(word, [m.index]);
		}
	}

	words(cls: WordClass): readonly string[] {
		return this.byClass.get(cls) ?? [];
	}

	fills(word: string, slot: SlotFrame): boolean {
		let slots = this.slots.get(word);
		if (!slots) {
			const cls = this.classes.get(word);
			slots = new Set(
				cls ? (this.uses.get(word) ?? []).map((at) => slotFrame(this.text, at, word, cls)) : []
			);
			this.slots.set(word, slots);
		}
		return slots.has(slot);
	}
}

/** Enough uses of a word to know the slots it fills; a word used a hundred times in a long text fills no more. */
const SLOT_USES = 8;

/**
 * Three words of the key's class from elsewhere in the article: not in the quote, not sharing the key's stem,
 * of about its length, each with a different stem. An adjective's wrong choices end like participles ("-ed",
 * "-ing") only as the key does. Each fills the key's slot somewhere in the article (slotFrame); fewer than three
 * such words make no cloze.
 */
export function clozeDistractors(
	pool: WordPool,
	quote: string,
	key: ClozeKey,
	random: () => number
): string[] {
	const inQuote = new Set(quote.toLowerCase().match(/\p{L}+/gu) ?? []);
	const stem = key.word.slice(0, 5);
	const picked: string[] = [];
	const at = quote.search(new RegExp(`(?<![\\p{L}])${key.word}(?![\\p{L}])`, 'u'));
	const slot = slotFrame(quote, Math.max(0, at), key.word, key.cls);
	// "a thorough veterinarian into": a noun naming a person stands in only for one ("commander" for "inspector"),
	// and an abstract noun only for another ("sitting in operations" is no place to sit); a body that speaks may
	// have either name ("the commission", "the tribunal").
	const person = key.cls.startsWith('noun') ? namesPerson(key.word) : undefined;
	const abstract = key.cls.startsWith('noun') && slot !== 'speaker' ? namesAbstraction(key.word) : undefined;
	// "in particular", "kind of magical": an adjective neither before its noun nor after "is" sits in a set phrase
	// or stands for a noun, and no word of the article is sure to fit there.
	if (key.cls.startsWith('adjective') && slot === 'other') return [];
	// "It is _____ that": "considered" or "extended" for "regrettable" reads as a verb, not as a quality.
	const participle = (w: string) => /(?:ed|ing)$/.exec(w)?.[0];
	const adjective = key.cls.startsWith('adjective');
	const fits = (w: string) =>
		!inQuote.has(w) &&
		(!adjective || participle(w) === participle(key.word)) &&
		!w.startsWith(stem) &&
		!key.word.startsWith(w.slice(0, 5)) &&
		Math.abs(w.length - key.word.length) <= 4 &&
		!picked.some((p) => p.slice(0, 5) === w.slice(0, 5));
	// Read in a random order from the class's words: a long article has thousands, and three are enough.
	const all = pool.words(key.cls);
	const start = Math.floor(random() * all.length);
	const stride = all.length % STRIDE === 0 ? 1 : STRIDE;
	for (let i = 0; i < Math.min(all.length, MAX_TRIED) && picked.length < 3; i++) {
		const w = all[(start + i * stride) % all.length]!;
		if (
			fits(w) &&
			(person === undefined || namesPerson(w) === person) &&
			(abstract === undefined || namesAbstraction(w) === abstract) &&
			pool.fills(w, slot)
		)
			picked.push(w);
	}
	return picked.sort();
}

/** At most this many words are tried for a blank; a prime stride visits them out of the article's order. */
const MAX_TRIED = 600;
const STRIDE = 7919;

/** A noun formed to name an act, a state or a quality ("operation", "violation", "safety"), not a thing. */
const namesAbstraction = (noun: string) =>
	/^\p{L}{3,}(?:tions?|sions?|ness(?:es)?|ity|ities|isms?|ships?|hoods?)$|^\p{L}{4,}(?:ances?|ences?)$/u.test(
		noun
	);

/**
 * A noun naming people: the lexicon's ("veterinarian", "employees"), or one ending like an agent noun
 * ("terrorists", "physicians", "refugees"), not a thing ("investigation").
 */
const namesPerson = (noun: string) =>
	lexiconTags(noun).includes('Actor') || /(?:ists?|ians?|eers?|[^r]ees)$/.test(noun);

/**
 * The part of a quote a cloze key is chosen in: around its longest candidate words, at most 24 words, so the
 * tagger reads each word in its clause without reading the whole of a long quote.
 */
export function keyWindow(quote: string): { text: string; offset: number } {
	const tokens = [...quote.matchAll(/\S+/g)];
	if (tokens.length <= 24) return { text: quote, offset: 0 };
	const longest = tokens
		.map((t, i) => ({ i, n: /^\p{Ll}+$/u.test(t[0].replace(/[^\p{L}]/gu, '')) ? t[0].length : 0 }))
		.sort((a, b) => b.n - a.n)
		.slice(0, 3)
		.map((t) => t.i);
	const from = Math.max(0, Math.min(...longest) - 6);
	const to = Math.min(tokens.length, Math.max(Math.max(...longest) + 4, from + 12), from + 24);
	const start = tokens[from]!.index;
	const last = tokens[to - 1]!;
	return { text: quote.slice(start, last.index + last[0].length), offset: start };
}

/** Tags many quotes at once: compromise costs far less per word in one long text than in many short ones. */
export function tagQuotes(quotes: readonly string[]): TaggedWord[][] {
	const joined = quotes.join('\n\n');
	const words = tagSpan(joined, 0, joined.length);
	const out: TaggedWord[][] = [];
	let offset = 0;
	let w = 0;
	for (const q of quotes) {
		const end = offset + q.length;
		const mine: TaggedWord[] = [];
		while (w < words.length && words[w]!.start < end) {
			const t = words[w]!;
			if (t.start >= offset) mine.push({ ...t, start: t.start - offset, end: t.end - offset });
			w++;
		}
		out.push(mine);
		offset = end + 2;
	}
	return out;
}
