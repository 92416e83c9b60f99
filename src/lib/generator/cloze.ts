/**
 * Cloze questions on quotes: a word blanked whose wrong choices can make as much sense in the slot as the key,
 * because they name the same kind of thing in the same form: a named person for a named person, an organisation
 * for an organisation, a place, a demonym, a noun naming a person ("inspector", "employees"). Grammar alone let
 * through wrong choices no reader would consider ("seared in the rebate", "a social bunch of people"); a word of
 * no such kind, or a kind with fewer than three other members in the article, gets no cloze, and its quote is
 * asked about in its other questions. A lowercase key is read in its quote by compromise's tagger (tagger.ts);
 * the article's other words are classed by compromise's lexicon, which costs a lookup, not a parse.
 */
import { WEEKDAYS } from './date-distractors';
import { isFirstName, isPlaceWord, lexiconTags } from './lexicon';
import { parseNumberWords } from './numbers';
import {
	anotherNameFor,
	inTheRace,
	kindsDiffer,
	nameKind,
	raceSlot,
	writtenAsBody,
	writtenAsName
} from './name-kinds';
import { KIN_GENDER, isOrganisationWord, isRoleWord, type Entity } from './people';
import { shuffle } from './random';
import { MONTH_NAMES } from './readable-date';
import { escapeRegExp, matchesOf, wordsAt } from './regexp';
import { tagSpan, type TaggedWord, type WordClass } from './tagger';

const STOPWORDS = new Set(
	(
		'about above after again against because before being below between could during further having their there ' +
		'these those through under until where which while would should other another every still though without ' +
		'within rather whether really always never those itself something nothing anything everyone everybody ' +
		'someone somebody anyone anybody nobody everything everywhere somewhere'
	).split(' ')
);

const candidateWord = (w: string) =>
	/^\p{Ll}{5,}$/u.test(w) &&
	!STOPWORDS.has(w) &&
	!PREPOSITIONS.has(w) &&
	!/ly$/.test(w) &&
	parseNumberWords(w) === null;

export interface ClozeKey {
	/** The words blanked, as the quote has them: "employees", "Andy Warhol", "Lebanese". */
	word: string;
	meaning: Meaning;
	/** The whole name of the person a surname key names: "Hillary Clinton" for "Clinton". */
	person?: string;
}

/**
 * The words of a quote a cloze can blank, best first: the people and organisations it names, then places and
 * demonyms, then nouns naming people, each occurring once in the quote. `tagged` is the quote's words with their
 * classes. A noun inside a compound ("prison _____", "_____ culture") is never blanked: its neighbour leaves only
 * the key plausible; nor is a name inside a longer one ("North _____").
 */
export function clozeKeys(
	quote: string,
	tagged: readonly TaggedWord[],
	entities: readonly Entity[] = [],
	speaker?: Entity
): ClozeKey[] {
	const counts = new Map<string, number>();
	for (const w of quote.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
	const once = (w: string) => counts.get(w) === 1;
	// "post-_____", "non-_____": a blank inside a hyphenated word is half given away by the other half.
	const hyphenated = (t: TaggedWord) => quote.charAt(t.start - 1) === '-' || quote.charAt(t.end) === '-';
	const nouns = tagged
		.filter(
			(t, i) =>
				candidateWord(t.word) &&
				(t.cls === 'noun' || t.cls === 'noun-plural') &&
				namesPerson(t.word) &&
				!generalPeople(t.word) &&
				once(t.word) &&
				!inCompound(tagged, i) &&
				!inStockPhrase(quote, t) &&
				!hyphenated(t)
		)
		.sort((a, b) => b.word.length - a.word.length || a.start - b.start)
		.map((t): ClozeKey => ({ word: t.word, meaning: t.cls === 'noun' ? 'person' : 'people' }));
	return [...nameKeys(quote, entities, speaker), ...nouns];
}

/**
 * A noun with a common noun right before it ("prison sentence", "interest rate") or any noun right after it
 * ("mainland Australia", "celebrity culture"): the pair is one name, so the blank has one plausible filler. A
 * name before it ("Hezbollah terrorists") only says whose, and leaves the slot open.
 */
function inCompound(tagged: readonly TaggedWord[], i: number): boolean {
	const t = tagged[i]!;
	const before = tagged[i - 1];
	const after = tagged[i + 1];
	return Boolean(
		(before?.joinsNext && before.noun === 'common') || (t.joinsNext && after?.noun !== undefined)
	);
}

/**
 * A noun naming people: the lexicon's ("veterinarian", "employees"), or one ending like an agent noun
 * ("terrorists", "physicians", "refugees"), not a thing ("investigation").
 */
export const namesPerson = (noun: string) =>
	lexiconTags(noun).includes('Actor') || /(?:ists?|ians?|eers?|[^r]ees)$/.test(noun);

/**
 * Nouns true of nearly any group of people: a nurse is also a worker, a member of staff, a resident, a woman. Blanked,
 * one of them has a specific word as a wrong choice that may be just as true; offered beside a specific key, it is
 * true of the key's referent. A class table, not a list for one article.
 */
const GENERAL_PEOPLE = new Set(
	(
		'people person persons individual resident inhabitant local citizen member adult man woman men women human ' +
		'staff staffer worker employee personnel folk everyone someone public population civilian community other ' +
		'crowd group'
	).split(' ')
);

/** Nouns naming the same people in other words: choices among them would all be right. */
const SAME_PEOPLE: readonly (readonly string[])[] = [
	['doctor', 'physician', 'medic', 'clinician'],
	['lawyer', 'attorney', 'solicitor', 'counsel', 'barrister'],
	['child', 'kid', 'youngster', 'minor'],
	['student', 'pupil', 'learner'],
	['police', 'policeman', 'policewoman', 'officer', 'cop', 'constable'],
	['soldier', 'troop', 'serviceman', 'servicewoman'],
	['reporter', 'journalist', 'correspondent'],
	['spokesman', 'spokeswoman', 'spokesperson', 'representative'],
	['boss', 'chief', 'head', 'leader', 'manager'],
	['politician', 'lawmaker', 'legislator', 'parliamentarian'],
	['shopper', 'customer', 'consumer', 'buyer', 'client'],
	['elder', 'pensioner', 'retiree']
];

/** Kinship words that name no sex; the sexed ones are `KIN_GENDER`'s. */
const UNSEXED_KIN = new Set([
	'parent',
	'child',
	'children',
	'kid',
	'cousin',
	'sibling',
	'spouse',
	'grandparent',
	'grandchild'
]);

const isKin = (noun: string) => {
	const lemma = personLemma(noun);
	return lemma in KIN_GENDER || UNSEXED_KIN.has(lemma);
};

/** "nurses" → "nurse", "women" → "woman", "an inspector" → "inspector". */
function personLemma(noun: string): string {
	const w = noun
		.toLowerCase()
		.replace(/^(?:an?|the)\s+/, '')
		.trim();
	if (w === 'people') return w;
	if (/men$/.test(w)) return w.replace(/men$/, 'man');
	if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
	if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
	return w.replace(/s$/, '');
}

/** A noun naming people so general that it is true of nearly anyone ("people", "staff", "residents"). */
export const generalPeople = (noun: string) => GENERAL_PEOPLE.has(personLemma(noun));

/**
 * Two nouns naming people could name the same referent: one is a general noun true of nearly anyone ("workers"
 * beside "nurses", "people" beside "voters"), or both are other words for the same people ("doctors",
 * "physicians"). A cloze offering one beside the other has two right answers.
 */
export function sameReferent(a: string, b: string): boolean {
	const x = personLemma(a);
	const y = personLemma(b);
	if (x === y || GENERAL_PEOPLE.has(x) || GENERAL_PEOPLE.has(y)) return true;
	return SAME_PEOPLE.some((group) => group.includes(x) && group.includes(y));
}

/**
 * Nouns too general to test anything when blanked: nearly any word of the sentence's kind fills their slot ("a
 * lot of _____", "the _____ decides"). A class table, not a list for one article.
 */
const GENERAL_THINGS = new Set(
	(
		'thing stuff time times way ways part parts kind sort type lot lots place places case cases fact point ' +
		'matter issue problem question answer idea day days year years week weeks month months moment world life ' +
		'work job effort attempt area side end number amount level reason example course deal stage situation ' +
		// A time of day or year is a date's word: "every _____", "a mild _____" hold several.
		'morning evening night afternoon dawn dusk noon midnight spring summer autumn winter fall season weekend'
	).split(' ')
);

/**
 * The key term of a short sentence someone said: a noun naming a thing ("spruce", "varnish"), not a person (those
 * are `clozeKeys`'), not a general word, occurring once in the sentence, not in a compound, after a name or in a
 * hyphenated word;
 * the longest (most specific) first. Asked as a recall card, so no wrong choice can be a synonym or a hypernym.
 */
export function termKeys(sentence: string, tagged: readonly TaggedWord[]): string[] {
	const counts = new Map<string, number>();
	for (const w of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
	const hyphenated = (t: TaggedWord) =>
		sentence.charAt(t.start - 1) === '-' || sentence.charAt(t.end) === '-';
	return tagged
		.filter(
			(t, i) =>
				candidateWord(t.word) &&
				(t.cls === 'noun' || t.cls === 'noun-plural') &&
				t.noun === 'common' &&
				!namesPerson(t.word) &&
				!GENERAL_THINGS.has(t.word) &&
				!GENERAL_THINGS.has(personLemma(t.word)) &&
				counts.get(t.word) === 1 &&
				!inCompound(tagged, i) &&
				!afterName(tagged, i) &&
				!inSetPhrase(tagged, i) &&
				!inStockPhrase(sentence, t) &&
				!hyphenated(t)
		)
		.sort((a, b) => b.word.length - a.word.length || a.start - b.start)
		.map((t) => t.word);
}

/**
 * Stock phrases of English whose own words name the noun blanked: "There is no _____ in my mind" (doubt), "we've
 * turned the _____" (corner), "our natural _____" (resources), "my sincere _____" (condolences), "a speedy _____"
 * (recovery), "every _____ we have" (penny), "the leader of the free _____", "the rest is _____". A reader
 * completes them from the idiom, not from the article. A class table of fixed phrases, not a list for one
 * article: each entry is the words before the noun, the noun, and what must follow it.
 */
const STOCK_PHRASES: readonly (readonly [RegExp, RegExp, RegExp])[] = [
	[/\b(?:no|little|any|without a|beyond(?: any| a)?|shadow of a)\s+$/i, /^doubts?$/, /^/],
	[/\bturn(?:s|ed|ing)? the\s+$/i, /^corner$/, /^/],
	[/\bnatural\s+$/i, /^(?:resources|disasters?|causes)$/, /^/],
	[
		/\b(?:sincere|sincerest|deepest|heartfelt)\s+$/i,
		/^(?:condolences|sympathy|sympathies|gratitude|thanks)$/,
		/^/
	],
	[/\b(?:speedy|swift|full)\s+$/i, /^recovery$/, /^/],
	[/\bevery\s+$/i, /^(?:penny|cent|dime)$/, /^/],
	[/\bpublic\s+$/i, /^servants?$/, /^/],
	[/\bthe free\s+$/i, /^world$/, /^/],
	[/\bthe\s+$/i, /^leaders?$/, /^\s+of the free world\b/i],
	[/\bthe rest is\s+$/i, /^history$/, /^/],
	[/\bcommon\s+$/i, /^sense$/, /^/],
	[/\b(?:the )?rule of\s+$/i, /^law$/, /^/],
	[/\blaw and\s+$/i, /^order$/, /^/],
	[/\bthe status\s+$/i, /^quo$/, /^/],
	[/\bthe tip of the\s+$/i, /^iceberg$/, /^/],
	[/\bin the right\s+$/i, /^direction$/, /^/],
	[/\bthoughts and\s+$/i, /^prayers$/, /^/],
	[/\b(?:a|the|as a) last\s+$/i, /^resort$/, /^/],
	[/\ba level playing\s+$/i, /^field$/, /^/],
	[/\bred\s+$/i, /^tape$/, /^/],
	[/\bmixed\s+$/i, /^(?:results|blessing|feelings|signals)$/, /^/],
	[/\b(?:different|same)\s+$/i, /^results?$/, /^/],
	[/\bwith immediate\s+$/i, /^effect$/, /^/],
	[/\bthrow(?:s|ing|n)?\s+$/i, /^money$/, /^\s+at\b/i],
	[/$/, /^famil(?:y|ies)$/, /^\s+and friends\b/i],
	[/\b(?:my|our)\s+$/i, /^(?:thoughts|prayers)$/, /^\s+(?:are|go) (?:with|out)\b/i]
];

/** The noun `t` of `sentence` is the slot of a stock phrase (`STOCK_PHRASES`). */
export function inStockPhrase(sentence: string, t: { word: string; start: number; end: number }): boolean {
	const before = sentence.slice(0, t.start);
	const after = sentence.slice(t.end);
	return STOCK_PHRASES.some(([b, w, a]) => w.test(t.word) && b.test(before) && a.test(after));
}

/**
 * Nouns that a preposition has made part of a set phrase, where they name a measure, a side or a stretch of time
 * rather than a thing of the story: "on a global _____", "in the long _____", "by the same _____", "in _____ of".
 * A reader fills the blank from the idiom, not from the article. A class table, not a list for one article; the
 * noun is refused only in the phrase's frame (`inSetPhrase`), so "the _____ of the flood" may still be asked.
 * "degree" and "account" are left out: "with a degree in law", "posted on an account" tell the story.
 */
const FRAME_NOUNS = new Set(
	(
		'scale run term terms token hand meantime spite behalf sake extent respect regard regards accord ' +
		'outset instance whole large average contrary lieu means basis'
	).split(' ')
);

const DETERMINERS = new Set('a an the this that any all some each every'.split(' '));

/**
 * The noun at `i` ends a preposition's set phrase: a frame noun right after the preposition, or after a determiner
 * and at most one adjective ("on a global scale", "in the meantime", "in spite of"). A topical noun in the same
 * frame ("on cheap software") is no frame noun, so it stays a key.
 */
function inSetPhrase(tagged: readonly TaggedWord[], i: number): boolean {
	if (!FRAME_NOUNS.has(tagged[i]!.word)) return false;
	let j = i - 1;
	const modifier = tagged[j];
	// "first", "other", "same" modify like adjectives, whatever class the tagger gives them.
	if (
		modifier &&
		(modifier.cls.startsWith('adjective') || /^(?:first|other|same|last|next)$/.test(modifier.word))
	)
		j--;
	if (tagged[j] && DETERMINERS.has(tagged[j]!.word.toLowerCase())) j--;
	else if (j < i - 1) return false;
	return tagged[j] !== undefined && PREPOSITIONS.has(tagged[j]!.word.toLowerCase());
}

/**
 * "over MediaWiki _____", "the Korvel _____ League": a thing named after a name is half of that name, and the name
 * tells it (a person noun there is only whose, so `clozeKeys` keeps it).
 */
function afterName(tagged: readonly TaggedWord[], i: number): boolean {
	const before = tagged[i - 1];
	return Boolean(
		before?.joinsNext && before.start > 0 && (before.noun === 'proper' || /^\p{Lu}/u.test(before.word))
	);
}

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

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Actor', 'Uncountable']);
/**
 * A lower-case noun right after the name, which the name modifies ("the USA Today website"). compromise's lexicon
 * leaves many nouns out ("website", "story"): a word it does not know is taken for one unless its ending makes it
 * an adverb or a verb's form.
 */
function modifiesNounAfter(text: string, end: number): boolean {
	const next = /^ (\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
	if (next === undefined) return false;
	const tags = lexiconTags(next);
	if (tags.length === 0) return !/(?:ly|ed|ing|s)$/.test(next);
	return tags.every((t) => NOUN_TAGS.has(t));
}

/** A name written with "the" before it. */
const THE = /^the\s/i;

const PREPOSITIONS = new Set(
	(
		'in on at of for with from into onto by about against among between through during under over after before ' +
		'without within across toward towards upon like than to via despite amid behind beyond near'
	).split(' ')
);

/**
 * The article's words that can stand in for a cloze key, by what they mean: nouns naming people (one or many),
 * places, demonyms, and the named people and organisations of its people table. Built once per bank, a lookup per
 * distinct word.
 */
export class WordPool {
	private readonly byMeaning = new Map<Meaning, string[]>();
	/** The sex the people table knows a named person's name and surname by. */
	private readonly sexes = new Map<string, 'm' | 'f'>();
	/** The role the people table gives a named person, by name and by surname. */
	private readonly roles = new Map<string, string>();
	private byStem: Map<string, Set<number>> | undefined;
	private midSentence: Set<string> | undefined;

	constructor(
		private readonly text: string,
		entities: readonly Entity[] = []
	) {
		// A long text says each word many times: each is weighed once, and each list keeps its words once.
		const added = new Set<string>();
		const add = (meaning: Meaning, word: string) => {
			if (added.has(`${meaning} ${word}`)) return;
			added.add(`${meaning} ${word}`);
			const list = this.byMeaning.get(meaning) ?? [];
			list.push(word);
			this.byMeaning.set(meaning, list);
		};
		for (const word of new Set(matchesOf(LOWERCASE_WORD, text).map((m) => m[0]))) {
			const cls = candidateWord(word) ? lexicalClass(word) : undefined;
			if ((cls === 'noun' || cls === 'noun-plural') && namesPerson(word))
				add(cls === 'noun' ? 'person' : 'people', word);
		}
		const shortened = new Set<string>();
		const meanings = new Map<string, Meaning | undefined>();
		for (const m of matchesOf(CAPITALISED, text)) {
			if (ABBREVIATED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) shortened.add(m[0]);
			if (!meanings.has(m[0])) meanings.set(m[0], capitalMeaning(m[0]));
			const meaning = meanings.get(m[0]);
			if (meaning && !inLongerName(text, m.index, m[0].length)) add(meaning, m[0]);
		}
		for (const [meaning, list] of this.byMeaning)
			this.byMeaning.set(
				meaning,
				list.filter((w) => !shortened.has(w))
			);
		for (const e of entities) {
			if (!e.named || (e.kind !== 'person' && e.kind !== 'organisation') || !this.surelyName(e.name))
				continue;
			add(e.kind === 'person' ? 'person-name' : 'organisation', e.name);
			const surname = surnameOf(e);
			if (surname) add('surname', surname);
			if (e.kind === 'person' && e.gender)
				for (const n of [e.name, surname]) if (n) this.sexes.set(n, e.gender);
			if (e.kind === 'person') for (const n of [e.name, surname]) if (n) this.roles.set(n, e.role);
		}
	}

	/** See `surelyName`: with the article's own words. */
	surelyName(name: string): boolean {
		this.midSentence ??= namesMidSentence(this.text);
		return surelyName(name, this.midSentence);
	}

	sexOf(name: string): 'm' | 'f' | undefined {
		return this.sexes.get(name);
	}

	roleOf(name: string): string {
		return this.roles.get(name) ?? '';
	}

	private readonly withThe = new Map<string, boolean>();

	/**
	 * The article writes the name after "the" more often than with no determiner, after a preposition or a stop
	 * ("the State Department", "in Congress"). A name after another determiner, an adjective, a possessive or a name
	 * ("a Senate seat", "a divided Senate", "Kaine's Senate seat", "U.S. Senate") tells neither, nor does a "the"
	 * whose noun comes after a paper's name ("the USA Today website": the website's "the", which offered "the USA
	 * Today"). Only a paper's: "the Qwest Communications emergency calling infrastructure" read so had offered
	 * "Qwest Communications" beside "New York City".
	 */
	/**
	 * A place as the article names it with "the" ("the Netherlands, …", "the Gambia and"), not as a modifier ("the
	 * Iowa caucuses"): the choice among places for a key written with "the".
	 */
	placeWithThe(name: string): string | undefined {
		const bare = name.replace(THE, '');
		// Each place's cloze tries every place of the article: each is looked for in the text once.
		let found = this.placesWithThe.get(bare);
		if (found === undefined) {
			const named = new RegExp(
				`(?<![\\p{L}])the\\s+${escapeRegExp(bare)}(?=\\s*[.,;:!?'"”’)]|\\s+(?:and|or|to|in|is|was|has|have|will|would)\\b|\\s*$)`,
				'iu'
			);
			found = named.test(this.text);
			this.placesWithThe.set(bare, found);
		}
		return found ? `the ${bare}` : undefined;
	}

	private readonly placesWithThe = new Map<string, boolean>();

	/** See `lastWordsOfNames`: of the article's bodies, read once for every cloze of a body. */
	bodyKinds(): ReadonlySet<string> {
		this.lastWords ??= lastWordsOfNames(this.words('organisation'));
		return this.lastWords;
	}

	private lastWords: Set<string> | undefined;

	writtenWithThe(name: string): boolean {
		let known = this.withThe.get(name);
		if (known === undefined) {
			let the = 0;
			let bare = 0;
			for (const at of wholeAt(this.text, name)) {
				const before = /(\S+)\s+$/u.exec(this.text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
				if (/^the$/i.test(before))
					the += nameKind(name) === 'outlet' && modifiesNounAfter(this.text, at + name.length) ? 0 : 1;
				else if (before === '' || /[.,;:!?"“”(]$/u.test(before) || PREPOSITIONS.has(before.toLowerCase()))
					bare++;
			}
			known = the > bare;
			this.withThe.set(name, known);
		}
		return known;
	}

	private readonly whole = new Map<string, boolean>();

	/** The article writes the name at least once on its own, not inside a longer name ("Democratic National Committee"). */
	writtenWhole(name: string): boolean {
		let known = this.whole.get(name);
		if (known === undefined) {
			known = wholeAt(this.text, name).some((at) => !inLongerName(this.text, at, name.length));
			this.whole.set(name, known);
		}
		return known;
	}

	words(meaning: Meaning): readonly string[] {
		return this.byMeaning.get(meaning) ?? [];
	}

	/**
	 * Two words (or their plurals: "inspector", "inspectors") are said in one paragraph of the article: the
	 * cheapest sign that they belong to the same part of its story ("actress" and "director", not "mayor").
	 */
	together(a: string, b: string): boolean {
		if (!this.byStem) {
			// Indexed once, on the first cloze that needs it: a regex per pair over a long text costs seconds.
			const index = new Map<string, Set<number>>();
			this.text.split(/\n\s*\n/).forEach((p, i) => {
				for (const w of p.match(/\p{L}+/gu) ?? []) {
					const stem = stemOf(w);
					const set = index.get(stem);
					if (set) set.add(i);
					else index.set(stem, new Set([i]));
				}
			});
			this.byStem = index;
		}
		const x = this.byStem.get(stemOf(a));
		const y = this.byStem.get(stemOf(b));
		if (x === undefined || y === undefined) return false;
		// A common word is in most paragraphs: the fewer paragraphs of the two are looked up in the other's.
		const [fewer, more] = x.size <= y.size ? [x, y] : [y, x];
		for (const i of fewer) if (more.has(i)) return true;
		return false;
	}
}

/**
 * What a cloze key names. A wrong choice names the same kind of thing in the same form, so that each of the four
 * makes sense in the slot ("taken by an _____ who worked here": "employee", "inspector"), not only fits its
 * grammar: "seared in the rebate", "a social bunch of people" are what grammar alone lets through.
 */
export type Meaning =
	'person' | 'people' | 'place' | 'demonym' | 'demonyms' | 'person-name' | 'surname' | 'organisation';

/**
 * A period that shortens the word before it rather than ends a sentence ("Calif., said", "(R-Tex.)", "Penn. voters"):
 * the word is an abbreviation, which as a choice beside whole names ("Maryland", "Calif") stands out, its period
 * lost.
 */
const ABBREVIATED = /^\.(?:[,;)]| \p{Ll})/u;

// The scans of the whole text keep one compiled expression each (read with matchesOf, which does not copy it): V8
// compiles a copy anew once its cache drops it, and in a long-lived worker compiles it unoptimised, several times
// slower.
const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}{5,}(?![\p{L}'’-])/gu;
const MID_SENTENCE_CAPITAL = /[\p{L}\d,;’']\s+(\p{Lu}[\p{L}\d’'-]*)/gu;

/**
 * The word at `at` stands inside square brackets: "The mayor [Ida Marsh] said …" is the editor's gloss, not the
 * speaker's word, so a blank there asks what the reporter added, and the gloss's own brackets frame the answer.
 */
function editorsWord(quote: string, at: number): boolean {
	const before = quote.slice(0, at);
	return before.lastIndexOf('[') > before.lastIndexOf(']');
}

/** A capitalised word, possessive or not ("Lebanon", "Australia's"), not inside a hyphenated one. */
const CAPITALISED = /(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}-]|['’](?!s(?!\p{L})))/gu;

/** Capitalised words that open a sentence or a phrase rather than name something: "The Lebanese". */
const OPENERS =
	/^(?:The|A|An|In|On|At|For|From|To|By|With|And|But|Of|As|If|When|While|So|Our|Their|His|Her|Its|This|That|These|Those|We|I|It|They|He|She|Even|Only|Every|All)$/;

/**
 * The word at `at` is part of a longer name: "North Korea", "Israel Defense Forces", "Barrow Island", or one side
 * of an ampersand ("U.S. News & World Report", "Marks & Spencer"), which joins two words into one name. A number
 * ends a name too ("American Airlines Flight 77", "Apollo 11"), and a date in figures opens one ("the 9/11
 * Commission"): blanked, "_____ 77" and "9/11 _____" offered choices no flight or commission is called.
 */
function inLongerName(text: string, at: number, length: number): boolean {
	const head = text.slice(Math.max(0, at - 40), at);
	const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(head)?.[1];
	const tail = text.slice(at + length);
	return (
		(before !== undefined && !OPENERS.test(before)) ||
		/^\s+\p{Lu}/u.test(tail) ||
		/^\s+\d/u.test(tail) ||
		/\d+\/\d+\s+$/u.test(head) ||
		/[\p{L}.]\s*&\s*$/u.test(head) ||
		/^\s*&\s*\p{L}/u.test(tail)
	);
}

/**
 * A one-word name the article also writes capitalised inside a sentence, and that the lexicon does not know as an
 * adverb or a linking word: "Already" or "Meanwhile" opening a sentence was read as a company's name.
 */
export function surelyName(name: string, midSentence: ReadonlySet<string>): boolean {
	if (/\s/.test(name.trim())) return true;
	const tags = lexiconTags(name);
	if (
		tags.some((t) =>
			/^(?:Adverb|Conjunction|Preposition|Determiner|Pronoun|Adjective|Superlative|Comparative)$/.test(t)
		)
	)
		return false;
	return midSentence.has(name.trim());
}

/**
 * The capitalised words the text writes inside a sentence, after a word or a comma, and never in lower case: read
 * once per text. "Energy" in "the International Energy Association" is a word of a longer name where the text
 * also writes "the clean energy market": alone, opening a quote ("Energy has got to be one of the top five
 * problems"), it is the common noun, no body to offer among companies.
 */
export function namesMidSentence(text: string): Set<string> {
	const lower = new Set(text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []);
	return new Set(
		matchesOf(MID_SENTENCE_CAPITAL, text)
			.map((m) => m[1]!.replace(/['’]s$/, ''))
			.filter((w) => !lower.has(w.toLowerCase()))
	);
}

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/**
 * Where a text writes a name as whole words, no letter or digit either side: the places a global
 * `(?<![\p{L}\p{N}])name(?![\p{L}\p{N}])` expression finds, by a plain search, because an expression compiled per
 * name and run over a long text cost seconds of a 1 MB text's generation.
 */
export function wholeAt(text: string, name: string): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(name); at >= 0 && name !== '';) {
		const end = at + name.length;
		const whole =
			!LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
			!LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2));
		if (whole) found.push(at);
		at = text.indexOf(name, whole ? end : at + 1);
	}
	return found;
}

/** "inspector" and "inspectors" are one word to `together`. */
const stemOf = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

/** A place ("Lebanon", "Cyprus") or a people's name ("Lebanese", "Israelis"), by compromise's lexicon. */
function capitalMeaning(word: string): Meaning | undefined {
	if (isPlaceWord(word)) return 'place';
	if (lexiconTags(word).includes('Demonym')) return /[^s]s$/.test(word) ? 'demonyms' : 'demonym';
	return undefined;
}

/**
 * A person's surname, when their name surely ends with it: a known first name and then more ("Vladimir Putin").
 * "Xi Jinping" may be surname-first, and "Jinping" beside "Putin" would be a name of another form.
 */
export function surnameOf(e: Entity): string | undefined {
	const words = e.name.split(' ');
	if (e.kind !== 'person' || words.length < 2 || !isFirstName(words[0]!)) return undefined;
	// "Omar bin Rashid", "Vincent van Gogh": the surname starts at its particle; "Rashid" alone is no name.
	const particle = words.findIndex((word, i) => i > 0 && /^\p{Ll}/u.test(word));
	if (particle > 0) return words.slice(particle).join(' ');
	// "Malcolm Rifkind M. P.": a letter after the name is a post's, no surname ("P." was offered beside "Dannatt").
	return /^\p{L}\.?$/u.test(words.at(-1)!) ? undefined : words.at(-1);
}

/** The named people and organisations, places and demonyms a quote mentions, as cloze keys. */
function nameKeys(quote: string, entities: readonly Entity[], speaker: Entity | undefined): ClozeKey[] {
	const keys: ClozeKey[] = [];
	// "Hallmark/_____", "_____-based": half of a joined name gives the other half away; so does one end of a pair
	// of names ("troops in _____ and Afghanistan", "discuss _____ or al-Qaida"), which the other end calls to mind.
	const alone = (at: number, length: number) =>
		!editorsWord(quote, at) &&
		!inLongerName(quote, at, length) &&
		!/^[-/]/.test(quote.slice(at + length)) &&
		!/[-/]$/.test(quote.slice(0, at)) &&
		!PAIRED_AFTER.test(quote.slice(at + length)) &&
		!PAIRED_BEFORE.test(quote.slice(0, at)) &&
		!listed(quote.slice(0, at), quote.slice(at + length));
	const onceAlone = (word: string) => {
		const found = wordsAt(quote, word);
		return found.length === 1 && alone(found[0]!, word.length);
	};
	for (const e of entities) {
		if (!e.named || e === speaker || (e.kind !== 'person' && e.kind !== 'organisation')) continue;
		if (onceAlone(e.name))
			keys.push({ word: e.name, meaning: e.kind === 'person' ? 'person-name' : 'organisation' });
		// The surname is the name's last word: a quote without it needs no look in the lexicon for the first name.
		else if (!quote.includes(e.name) && quote.includes(e.name.slice(e.name.lastIndexOf(' ') + 1))) {
			const surname = surnameOf(e);
			if (surname && onceAlone(surname)) keys.push({ word: surname, meaning: 'surname', person: e.name });
		}
	}
	for (const m of quote.matchAll(CAPITALISED)) {
		const meaning = capitalMeaning(m[0]);
		if (meaning && onceAlone(m[0]) && !keys.some((k) => k.word.includes(m[0])))
			keys.push({ word: m[0], meaning });
	}
	return keys;
}

const PAIRED_AFTER = /^\s+(?:and|or)\s+(?:the\s+)?(?!I\b)[\p{Lu}\p{Ll}]{0,3}[-‑]?\p{Lu}/u;
const PAIRED_BEFORE = /\p{Lu}[\p{L}'’-]*,?\s+(?:and|or)\s+(?:the\s+)?$/u;

/**
 * "working in tandem with the European Union, with _____, with all the Arab States", "makers including _____,
 * Medtronic Inc, Abbott Laboratories Inc and Johnson & Johnson": a name among others listed by commas is one more
 * member of a list, and every other body or place the article offers fits the list as well as the key. A name
 * followed by a comma and a capital that ends at another comma or "and" heads a list; one after a capital, a comma
 * (with the list's preposition said again) and before a comma is inside one.
 */
const LISTED_AFTER =
	/^,\s+(?:(?:with|and)\s+)?(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*(?:,|\s+(?:and|or)\s)/u;
const LISTED_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s+(?:(?:with|to|in|for|from|by|and)\s+)?(?:the\s+)?$/u;
const listed = (before: string, after: string) =>
	LISTED_AFTER.test(after) || (LISTED_BEFORE.test(before) && after.startsWith(','));

const PRONOUN =
	/^(?:i|me|my|we|us|our|ours|you|your|he|him|his|she|her|it|its|they|them|their|this|that|these|those|who|whom|everyone|someone|anyone|nobody|none)$/i;

/**
 * A word is of the class its meaning says: never a pronoun or a contraction ("I'm", "We"), never a number word
 * ("Three"), and a person's name is not only place words ("Lebanon Beirut") nor a place a first name. A cloze's
 * key and its wrong choices are all of one class, so none is ruled out by what kind of word it is.
 */
export function ofClass(word: string, meaning: Meaning): boolean {
	const w = withoutThe(word.trim());
	const tokens = w.split(/\s+/);
	if (tokens.some((t) => PRONOUN.test(t) || /^\p{L}+['’](?:m|re|ve|ll|d|t)$/iu.test(t))) return false;
	if (parseNumberWords(w) !== null || /^\d/.test(w)) return false;
	if (meaning === 'person-name' || meaning === 'surname') {
		if (tokens.every((t) => isPlaceWord(t))) return false;
		// "Wall Street", "Judicial Watch", "Vermont Democrats" held as people: no name of a person.
		const kind = nameKind(w);
		if ((kind !== undefined && kind !== 'person') || !writtenAsName(w)) return false;
	}
	if (meaning === 'place' && tokens.length === 1 && isFirstName(w) && !isPlaceWord(w)) return false;
	// "passed by the Australian Senate December 9": a body read on into the date after it is no body's name.
	if (meaning === 'organisation' && tokens.length > 1 && DATE_WORDS.has(tokens.at(-1)!)) return false;
	// "University Hospital and Clinics Dr" (… Dr. Matthew Wolff said), "Aviation The European Commission" (a heading
	// run into the sentence under it): a body read on into a title or over a sentence's "The" is no body's name.
	if (meaning === 'organisation' && tokens.length > 1 && runOnBody(tokens)) return false;
	return true;
}

const DATE_WORDS = new Set([...MONTH_NAMES, ...WEEKDAYS]);

function runOnBody(tokens: readonly string[]): boolean {
	if (lexiconTags(tokens.at(-1)!.replace(/\.$/, '')).includes('Honorific')) return true;
	return tokens.some(
		(t, i) =>
			i > 0 &&
			/^(?:The|A|An)$/.test(t) &&
			/^\p{Lu}/u.test(tokens[i - 1]!) &&
			!PREPOSITIONS.has(tokens[i - 1]!.toLowerCase())
	);
}

const PEOPLE_NOUNS = new Set<Meaning>(['person', 'people']);

/**
 * A choice's pattern is made once: a deck weighs thousands of candidate words against its prompts, and compiling
 * the expression anew for each took about a third of a 100 KB text's generation. Cleared when it grows, so a long
 * session of imports keeps no more than one text's worth.
 */
const wholeWord = new Map<string, RegExp>();
const WHOLE_WORD_KEPT = 20_000;

function wholeWordPattern(bare: string): RegExp {
	let pattern = wholeWord.get(bare);
	if (!pattern) {
		if (wholeWord.size >= WHOLE_WORD_KEPT) wholeWord.clear();
		const escaped = escapeRegExp(bare);
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
		wholeWord.set(bare, pattern);
	}
	return pattern;
}

/**
 * Case-insensitive matching (the `iu` flags) folds only two characters outside ASCII onto ASCII letters: the long s
 * and the Kelvin sign, which lower-casing turns into "k" already. So an ASCII choice absent from the lower-cased text
 * (long s read as "s") cannot match, and most candidates are ruled out without running the expression. A choice
 * with other characters (a quote in its marks, "Ørsted") matches only where each of its runs of ASCII does: a
 * what-said's four quotes, each a new expression to compile, are ruled out so too.
 */
const ASCII = /^\p{ASCII}*$/u;
const ASCII_RUNS = /\p{ASCII}+/gu;
const mayHold = (shown: string, bare: string) =>
	ASCII.test(bare)
		? lowered(shown).includes(bare.toLowerCase())
		: (bare.match(ASCII_RUNS) ?? []).every((run) => lowered(shown).includes(run.toLowerCase()));

/**
 * The shown text lower-cased, kept for the next call: a prompt is weighed against each of its choices, and a
 * figure's context against every candidate number of the article, one after another.
 */
let lastShown = '';
let lastLowered = '';
function lowered(shown: string): string {
	if (shown !== lastShown) {
		lastShown = shown;
		lastLowered = shown.toLowerCase().replace(/\u017f/g, 's');
	}
	return lastLowered;
}

/**
 * A choice the prompt already shows, as whole words in any case and with or without its "the": "the Harbour
 * Trust" beside "a spokesman for the Harbour Trust said the _____ would reopen" is either the key given away or
 * a choice that rules itself out.
 */
export function shownIn(shown: string, choice: string): boolean {
	const bare = choice.replace(/^(?:the|a|an)\s+/i, '').trim();
	return bare !== '' && mayHold(shown, bare) && wholeWordPattern(bare).test(shown);
}

/** Words that join a body's name and leave its initials alone: "Bank of Tarn" is "BT", "Marden & Co" "MC". */
const NAME_JOINERS = /^(?:of|for|and|the|on|in|&)$/i;

/** "Harrow Relief Agency" → "HRA": the initials of a name's capitalised words. */
const initials = (name: string) =>
	name
		.split(/\s+/)
		.filter((w) => !NAME_JOINERS.test(w) && /^\p{Lu}/u.test(w))
		.map((w) => w.charAt(0))
		.join('');

/**
 * The runs of capitalised words in a role, possessives cut ("Harbor’s chief executive" → "Harbor"; "a spokeswoman
 * for the Harrow Relief Agency" → "Harrow Relief Agency"), joined over "of", "for", "and", "&".
 */
function namesInRole(role: string): string[] {
	const runs = role.match(/\p{Lu}[\p{L}\d.’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\d.’'-]*)*/gu) ?? [];
	return runs.map((r) => r.replace(/['’]s?$/, '')).filter((r) => r.length > 1);
}

/**
 * A body's name (or its short form or acronym) is the body a role speaks for: "the Harrow Relief Agency", "the
 * Agency" or "HRA" for "a spokeswoman for the Harrow Relief Agency", "Harbor Foods" for "Harbor’s chief executive",
 * "the Harrow Relief Agency" for "HRA director". In that speaker's quote the body is "we": offered as who works
 * with "us", it is absurd to anyone who knows the speaker's role. A body of another name that shares a word
 * ("Harrow City Council") is not the speaker's.
 */
export function ownBody(role: string, name: string): boolean {
	const bare = name
		.replace(/^the\s+/i, '')
		.replace(/['’]s?$/, '')
		.trim();
	if (bare === '' || role.trim() === '') return false;
	if (shownIn(role, bare)) return true;
	const acronym = /^\p{Lu}{2,6}$/u.test(bare) ? bare : undefined;
	return namesInRole(role).some(
		(run) =>
			bare.startsWith(`${run} `) ||
			(acronym !== undefined && initials(run) === acronym) ||
			(/^\p{Lu}{2,6}$/u.test(run) && initials(bare) === run)
	);
}

/** A name without its leading "the". */
const withoutThe = (name: string) => name.replace(/^the\s+/i, '');

/**
 * Three words or names of the key's meaning and form from elsewhere in the article: not in the quote, not sharing
 * the key's stem, each with a different stem. Fewer than three make no cloze: a blank with one sensible filler is
 * a giveaway, and one filled from words of other meanings is absurd. None is the body the speaker's role names
 * (`ownBody`).
 */
export function clozeDistractors(
	pool: WordPool,
	quote: string,
	key: ClozeKey,
	random: () => number,
	exclude: readonly string[] = [],
	speakerRole = '',
	sex?: 'm' | 'f'
): string[] {
	const inQuote = quote.toLowerCase();
	const stem = (w: string) => w.toLowerCase().replace(/^the /, '').slice(0, 5);
	const picked: string[] = [];
	if (!ofClass(key.word, key.meaning)) return [];
	if (namedElsewhere(key, [quote.replace(key.word, ''), ...exclude].join(' '))) return [];
	const fits = (w: string) =>
		ofClass(w, key.meaning) &&
		!inQuote.includes(w.toLowerCase()) &&
		stem(w) !== stem(key.word) &&
		// "the Henry Ford Museum" beside "the Ford Museum": a name holding the key's, "the" aside, is the key again.
		!withoutThe(w).includes(withoutThe(key.word)) &&
		!withoutThe(key.word).includes(withoutThe(w)) &&
		!exclude.some((x) => shownIn(x, w)) &&
		// "unlike _____, [Obama] wants …": a person the quote names by a word of their name is no one else it means.
		!(
			key.meaning === 'person-name' &&
			namedElsewhere({ word: w, meaning: 'person-name' }, quote.replace(key.word, ''))
		) &&
		// "said Mr Costello appeared to side with his colleague _____": a person the lead-in names by surname is
		// its subject, no one else the blank can mean.
		!(
			key.meaning === 'person-name' &&
			namedElsewhere({ word: w.split(/\s+/).at(-1)!, meaning: 'person-name' }, exclude.join(' '))
		) &&
		!(key.meaning === 'organisation' && ownBody(speakerRole, w)) &&
		!(key.meaning === 'organisation' && namedByKind(w, kinds)) &&
		// "… _____ has cast and the donors who back her": a name of a man beside the key is ruled out by "her";
		// "Your _____ is so good, she …" rules out "husband", though "friend" may be of either sex.
		(!sex || (NAME_MEANINGS.has(key.meaning) ? pool.sexOf(w) === sex : nounSex(w) !== opposite(sex))) &&
		// "borrowed from his _____" for "father": a family is a closed class, so a trade beside it is absurd.
		(!isKin(key.word) || isKin(w)) &&
		// "President Okafor" among "Mary Holt" and "Tom Vask": names of people are written alike.
		(key.meaning !== 'person-name' || titled(w) === titled(key.word)) &&
		!picked.some((p) => stem(p) === stem(w)) &&
		// "the Medical Council" beside "the Oster Medical Council": one body twice, so both are wrong.
		!picked.some((p) => shownIn(p, w) || shownIn(w, p)) &&
		sameKindOfName(pool, key, w, picked, quote) &&
		// "a major _____ in the film": a noun naming people from another part of the story ("mayor", "queen") makes
		// no sense in the slot, though it has the key's grammar; one from the key's own paragraphs can.
		(!PEOPLE_NOUNS.has(key.meaning) || (pool.together(w, key.word) && !sameReferent(w, key.word))) &&
		// "the United States" among "India" and "Brazil" is the one name with "the": a place's choices are all
		// written with it (as the article writes them, "the Netherlands") or all without; so are a body's ("at
		// Federation" among "the Senate", "tax cheating Liberal Party donors" beside "the Tax Office donors"), where
		// one odd form is a choice the grammar rules in or out.
		((placeKind(key.word) === undefined && key.meaning !== 'organisation') ||
			THE.test(w) === THE.test(key.word));
	const kinds = key.meaning === 'organisation' ? pool.bodyKinds() : new Set<string>();
	// "that _____ can do by itself" with "the United States": a country among companies, or a state among cities,
	// is told by its kind alone. A country's name may be an organisation's in the people table, so places join the
	// bodies offered for it.
	const kind = placeKind(key.word);
	const candidates =
		key.meaning === 'organisation' && kind
			? [...pool.words('organisation'), ...pool.words('place')]
			: pool.words(key.meaning);
	const determiner =
		key.meaning === 'organisation'
			? DETERMINER_BEFORE.exec(quote.slice(0, quote.indexOf(key.word)))?.[1]
			: undefined;
	for (const name of shuffle(candidates, random)) {
		if (picked.length === 3) break;
		const w =
			key.meaning === 'organisation'
				? bodyAsWritten(pool, name, determiner)
				: kind && THE.test(key.word)
					? pool.placeWithThe(name)
					: name;
		if (w !== undefined && placeKind(w) === kind && fits(w)) picked.push(w);
	}
	return picked.length === 3 ? picked.sort() : [];
}

/**
 * "the Fund" for the International Monetary Fund, "the Board" for its Executive Board: a body named again by its kind
 * alone, after its whole name, is whichever body of that kind the speaker means, so as a wrong choice it may fit the
 * blank as well as the key ("the Fund" beside the key "the Board" in the IMF's words). A body the article names only
 * so ("the Senate") is one body, and stays a choice.
 */
export function namedByKind(choice: string, kinds: ReadonlySet<string>): boolean {
	const m = /^the (\p{Lu}\p{Ll}+)$/u.exec(choice);
	return m !== null && isOrganisationWord(m[1]!) && kinds.has(m[1]!);
}

/** The last words of the bodies' longer names ("Fund" of "the International Monetary Fund"), once per cloze. */
export function lastWordsOfNames(bodies: readonly string[]): Set<string> {
	const words = new Set<string>();
	for (const b of bodies) {
		const name = withoutThe(b);
		if (name.includes(' ')) words.add(name.slice(name.lastIndexOf(' ') + 1));
	}
	return words;
}

/**
 * A wrong choice for a blanked name names another thing of the key's kind, whole: never the key in other words
 * ("America" for "the United States", "the U.N. Security Council" for "UN Security Council") nor a choice already
 * offered in other words (the two would be crossed out together); never a body among people, a party's members
 * among bodies ("Democrats" beside "CBS News"), a place among people ("Wall Street"); and a body's name only as the
 * article writes it on its own, not a piece of a longer one ("National Committee", "Department").
 */
export function sameKindOfName(
	pool: WordPool,
	key: ClozeKey,
	choice: string,
	picked: readonly string[] = [],
	quote = ''
): boolean {
	if (!NAME_MEANINGS.has(key.meaning)) return true;
	if (anotherNameFor(key.word, choice) || picked.some((p) => anotherNameFor(p, choice))) return false;
	if (kindsDiffer(key.word, choice)) return false;
	if ((key.meaning === 'person-name' || key.meaning === 'surname') && raceSlotOf(key.word, quote))
		if (!inTheRace(pool.roleOf(choice))) return false;
	return key.meaning !== 'organisation' || (writtenAsBody(choice) && pool.writtenWhole(withoutThe(choice)));
}

/**
 * The prompt names the blanked person another way: "_____ is still going to be crooked Hillary" for "Clinton",
 * "Her name is Erica, _____" for "Erica Smegielski". A word of the person's name (of three letters or more)
 * shown outside the blank points at the one choice that has it, or at whoever the name calls to mind.
 */
export function namedElsewhere(key: ClozeKey, shown: string): boolean {
	if (key.meaning !== 'person-name' && key.meaning !== 'surname') return false;
	return (key.person ?? key.word)
		.split(/\s+/)
		.filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w) && !isRoleWord(w))
		.some((w) => shownIn(shown, w));
}

/** The blanked name's slot in its quote is a race for office ("if _____ is elected"). */
function raceSlotOf(word: string, quote: string): boolean {
	const at = quote.indexOf(word);
	return at >= 0 && raceSlot(quote.slice(0, at), quote.slice(at + word.length));
}

const NAME_MEANINGS = new Set<Meaning>(['person-name', 'surname', 'organisation', 'place']);

/**
 * A determiner the quote keeps before its blank ("our _____", "by the _____"). Not "that": before a name it opens a
 * clause ("the revelation that _____ plans to cut 5000 payphones"), and the name stands as the article writes it,
 * "the Howard Government" with its "the".
 */
const DETERMINER_BEFORE = /(?:^|\s)(the|our|their|its|his|her|this|your|my)\s+$/i;

/**
 * A body's name as a choice: as the article writes it, with "the" ("the State Department") or without ("Peabody
 * Energy"), where the blank takes the key's own "the"; bare after a determiner the quote keeps ("our _____"), and
 * after "the" only a name the article writes with it. "the Peabody Energy" or "in Supreme Court" is no name a
 * reader has seen, and gives the choice away as wrong.
 */
function bodyAsWritten(pool: WordPool, name: string, determiner: string | undefined): string | undefined {
	const bare = name.replace(/^the /i, '');
	const withThe = pool.writtenWithThe(bare);
	if (determiner === undefined) return withThe ? `the ${bare}` : bare;
	return determiner.toLowerCase() !== 'the' || withThe ? bare : undefined;
}

/**
 * What kind of place a name is, by compromise's lexicon: a country, a city, a region (a state, a province) or
 * another place ("Europe"); undefined for a name of no place. A cloze's choices are places of the key's kind, and
 * no place stands among the bodies offered for a body.
 */
export function placeKind(name: string): 'country' | 'city' | 'region' | 'place' | undefined {
	const tags = lexiconTags(withoutThe(name).trim());
	if (tags.includes('Country')) return 'country';
	if (tags.includes('City')) return 'city';
	if (tags.includes('Region')) return 'region';
	return tags.includes('Place') ? 'place' : undefined;
}

/**
 * The sex that third-person pronouns give the person a text speaks of ("he", "his", "himself"; "she", "her"
 * before a noun, "hers", "herself"), when it uses one set only. A question that keeps such a pronoun for its answer
 * ("Who said he was confident …?", "the votes _____ has cast and the donors who back her") is answered
 * by sex alone where one choice only is of that sex. `objects` counts "him" and "her" as objects too: after a
 * name blanked in a quote they stand for it, while in the words leading into a quote the subject is the speaker.
 */
/**
 * A person's name opened by a title or an honorific ("President Okafor", "Sen. Vask", "Mr. Holt"): beside names
 * written plain ("Mary Holt") it stands out by its form, and the title alone may tell which choice fits the slot.
 */
export function titled(name: string): boolean {
	const m = /^(\p{Lu}\p{L}*)(\.?)\s+\p{Lu}/u.exec(name);
	if (!m) return false;
	const [, first = '', dot] = m;
	// "Gen Okabe": a short title is written with its period, and without one is a first name.
	if (!dot && first.length < 4) return false;
	return isRoleWord(first) || /^(?:Mr|Mrs|Ms|Miss|Dr)$/.test(first);
}

export function pronounSex(text: string, objects = false): 'm' | 'f' | undefined {
	const he = (objects ? /\b(?:he|him|his|himself)\b/i : /\b(?:he|his|himself)\b/i).test(text);
	const she =
		(objects ? /\b(?:she|her|hers|herself)\b/i : /\b(?:she|hers|herself)\b/i).test(text) ||
		HER_POSSESSIVE.test(text);
	return he === she ? undefined : he ? 'm' : 'f';
}

/**
 * "her state", not "told her that": an object pronoun ("accused him of", "told her") is someone the subject acts
 * on, so it tells nothing of the subject's sex; "her" before a noun is a possessive, which is the subject's.
 */
const HER_POSSESSIVE =
	/\bher\s+(?!(?:of|to|that|the|a|an|and|or|but|for|with|in|on|at|about|as|if|when|because|from|by|into|over|after|before|up|out|down|off|back|again|too|was|is|had|has|would|will|could)\b)\p{L}/iu;

/**
 * The sex every choice of a question on a person must have: the one a pronoun the question keeps gives, unless
 * the answer is known to be of the other (then the pronoun is someone else's and rules no choice out).
 */
export function choicesSex(
	pronoun: 'm' | 'f' | undefined,
	answer: 'm' | 'f' | undefined
): 'm' | 'f' | undefined {
	return pronoun && (!answer || answer === pronoun) ? pronoun : undefined;
}

/** The kinships people.ts reads a role's sex by, singular or plural ("wife" alone takes "wives"). */
const kinNouns = (sex: 'm' | 'f') =>
	Object.keys(KIN_GENDER)
		.filter((k) => KIN_GENDER[k] === sex)
		.map((k) => (k === 'wife' ? 'wives|wife' : `${k}s?`));
/** Nouns for people that tell a sex: a kinship, a partner, a title of rank, an age group. */
const MALE_NOUNS = [
	...kinNouns('m'),
	'stepsons?|stepfathers?|dads?|kings?|princes?|men|man|boys?|gentlemen|gentleman|fiancé|spokesman|chairman|congressman|businessman'
].join('|');
const FEMALE_NOUNS = [
	...kinNouns('f'),
	'stepdaughters?|stepmothers?|moms?|mums?|queens?|princess(?:es)?|women|woman|girls?|lady|ladies|fiancée|spokeswoman|chairwoman|congresswoman|businesswoman'
].join('|');
const NOUN_SEX = new RegExp(`^(?:(${MALE_NOUNS})|(${FEMALE_NOUNS}))$`, 'i');

const opposite = (sex: 'm' | 'f') => (sex === 'm' ? 'f' : 'm');

/** The sex a noun for people tells ("husband" a man, "the mother" a woman), when it tells one. */
export function nounSex(noun: string): 'm' | 'f' | undefined {
	const m = NOUN_SEX.exec(noun.replace(/^(?:an?|the)\s+/i, '').trim());
	return m ? (m[1] ? 'm' : 'f') : undefined;
}

/** A noun for people in apposition to the blank: "_____, who was his only son", "_____, her husband," "his son _____". */
const SEX_NOUN = `(${MALE_NOUNS}|${FEMALE_NOUNS})`;
const DESCRIBED_AFTER = new RegExp(
	`^\\s*,\\s*(?:who\\s+(?:is|was)\\s+)?(?:(?:his|her|their|my|our|your|the|a|an)\\s+)(?:[\\p{Ll}-]+\\s+){0,2}?${SEX_NOUN}\\b(?!['’])`,
	'iu'
);
const DESCRIBED_BEFORE = new RegExp(
	`\\b(?:his|her|their|my|our|your)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${SEX_NOUN},?\\s*$`,
	'iu'
);

/**
 * The sex the words beside a name's blank give the person blanked, by a noun set beside it: "other than _____, who
 * was his only son", "her husband, _____,". Only a man fills the first, so a woman's name among the choices is ruled
 * out by the sentence alone; the noun tells it more surely than a pronoun, which may be someone else's.
 */
export function describedSex(before: string, after: string): 'm' | 'f' | undefined {
	const noun = DESCRIBED_AFTER.exec(after)?.[1] ?? DESCRIBED_BEFORE.exec(before)?.[1];
	return noun ? nounSex(noun) : undefined;
}

/**
 * How many things the words around a blank say fill it: "a _____", "this _____", "_____ is" one; "these _____",
 * "several _____", "_____ are" more than one; undefined when they do not say.
 */
export function slotNumber(before: string, after: string): 'one' | 'many' | undefined {
	if (/(?:^|\s)(?:a|an|this|that|each|every|one|another|either|neither)\s+$/i.test(before)) return 'one';
	if (/(?:^|\s)(?:these|those|many|several|few|both|two|three|four|five|all|most|some)\s+$/i.test(before))
		return 'many';
	if (/^\s+(?:is|was|has|does|isn['’]t|wasn['’]t|hasn['’]t|doesn['’]t)\b/i.test(after)) return 'one';
	if (/^\s+(?:are|were|have|do|aren['’]t|weren['’]t|haven['’]t|don['’]t)\b/i.test(after)) return 'many';
	return undefined;
}

/**
 * A choice agrees with the words around the blank in number: "these _____" takes no "inspector", "_____ is" no
 * "Lebanese farmers". A name (of a person, a place, a body) and a demonym count as one, unless written plural.
 */
export function agreesWithSlot(choice: string, meaning: Meaning, before: string, after: string): boolean {
	if ((meaning === 'person-name' || meaning === 'surname') && placeSlot(before, after)) return false;
	const need = slotNumber(before, after);
	if (need === undefined || meaning === 'organisation') return true;
	const noun = choice.replace(/^an? /i, '');
	const many =
		meaning === 'people' || meaning === 'demonyms' || (meaning === 'person' && /[^s]s$/.test(noun));
	return need === 'many' ? many : !many;
}

/**
 * "Since the revelations at _____, casualties have doubled", "the works in _____": a preposition of place before the
 * blank asks for a place or a body, and a person's name there (a prison the people table took for one) reads
 * absurdly beside the key. "at Smith's" is the person's place.
 */
function placeSlot(before: string, after: string): boolean {
	return /(?:^|\s)(?:at|in|inside|outside|near)\s+$/i.test(before) && !/^['’]s?(?!\p{L})/u.test(after);
}

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
