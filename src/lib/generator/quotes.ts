import {
	CUE_AUXILIARIES,
	cueMatches,
	hasCue,
	isFiniteCue,
	isParticipleCue,
	isSourcePhrase,
	isSpeech,
	isThoughtCue,
	FINITE_SOURCE,
	endingIn,
	RECENT_TIME
} from './cues';
import { namesPerson } from './cloze';
import { countsPeople } from './figure-distractors';
import { hash } from './hash';
import { matchesOf, wordsAt } from './regexp';
import { initialsOf, WIKI_SPEAKER_LABEL } from './interview';
import { isPlaceWord, lexiconTags, singularNoun } from './lexicon';
import {
	NEWSPAPER_NAME_WORDS,
	NOT_NAME,
	POST_NOMINALS,
	commonPlural,
	editDistance,
	isRoleWord,
	roleGender,
	tokenize,
	usedAsBody,
	type Entity,
	type Mention,
	type PeopleTable
} from './people';
import type { Paragraph, SentenceSpan } from './segment';
import { TITLE_ABBREVIATIONS, sentenceIndexAt } from './segment';
import { tagSpan } from './tagger';

/**
 * The attribution sieve: every direct and partial quote, and who said it. Most precise rules first; a quote no
 * rule attributes with confidence stays low-confidence, and no who-said question is made from it.
 */
export interface QuoteSpan {
	/** Offsets of the quoted words, without the marks. */
	start: number;
	end: number;
	/** Offsets of the opening mark and one past the closing mark (or the paragraph end when unclosed). */
	open: number;
	close: number;
	paragraph: number;
	/** Index of the enclosing quote when this one is nested inside another ("‘…’" in “…”). */
	parent?: number;
	unclosed: boolean;
}

export interface Attribution {
	quote: QuoteSpan;
	/** Index into the people table's entities, or undefined when nobody can be named. */
	speaker?: number;
	confidence: 'high' | 'low';
	/** Which rule decided: for tests and for debugging an attribution. */
	rule: string;
	/** The sentence(s) holding the quote and its attribution. */
	evidence: { start: number; end: number };
	/**
	 * Where the words leading into a fragment start, when the rule that found the speaker knows it better than a cue
	 * can ("attacked Moss for being a", from the verdict's verb); the quote's own start when none reads right (a
	 * jibe before a name, a promise owned by "her").
	 */
	leadFrom?: number;
}

const OPEN_DOUBLE = '“„';
const CLOSE_DOUBLE = '”';

/** Read a character at a time over the whole text: a plain search, not an expression run once a character. */
const DOUBLE_MARKS = '“”"„';

/** Finds quotes paragraph by paragraph; a quote left open at a paragraph end continues in the next one. */
export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
	const quotes: QuoteSpan[] = [];
	const curly = /[“”]/.test(text);
	const hasDouble = /[“”"„]/.test(text);
	for (const p of paragraphs) {
		if (p.credits) continue;
		let open = -1;
		const push = (from: number, to: number, closeAt: number, unclosed: boolean) => {
			const span = trimQuote(text, from + 1, to);
			if (span.end > span.start)
				quotes.push({ ...span, open: from, close: closeAt, paragraph: p.index, unclosed });
		};
		const last = quotes.at(-1);
		// A quote the paragraph before left open, when this paragraph opens on no mark of its own, may close here.
		let carried =
			last !== undefined &&
			last.unclosed &&
			last.paragraph === p.index - 1 &&
			last.close === paragraphs[p.index - 1]?.end;
		for (let i = p.start; i < p.end; i++) {
			const ch = text[i]!;
			// "“No one is above the law. [¶] No one gets to write his own rules,” said Justice Ada Roe. “Fraud …”": a
			// closing mark with no quote open (glued to the word before it, a space after) ends the words the
			// paragraph before left open, or is a stray; opening a quote on it would pair it with the next one and
			// hand the narration between them to a speaker.
			if (
				open < 0 &&
				(ch === CLOSE_DOUBLE ||
					(ch === '"' && closesStraight(text, i) && !nextClosesStraight(text, i, p.end)))
			) {
				if (carried) {
					const span = trimQuote(text, p.start, i);
					if (span.end > span.start)
						quotes.push({ ...span, open: p.start, close: i + 1, paragraph: p.index, unclosed: false });
				}
				carried = false;
				continue;
			}
			if (DOUBLE_MARKS.includes(ch)) carried = false;
			const isOpen = hasDouble
				? OPEN_DOUBLE.includes(ch) || (ch === '"' && open < 0 && (!curly || opensStraight(text, i)))
				: ch === '‘' || (ch === "'" && open < 0 && opensStraight(text, i));
			const isClose = hasDouble
				? ch === CLOSE_DOUBLE || (ch === '"' && open >= 0)
				: (ch === '’' || ch === "'") && open >= 0 && closesSingle(text, i);
			// 'it involved "massive benefit" for the state."': a straight mark that opens a word inside an open quote
			// starts a nested quote; the quote goes on after its closing mark.
			if (ch === '"' && open >= 0 && text[open] === '"' && opensStraight(text, i)) {
				const close = text.indexOf('"', i + 1);
				if (
					close > 0 &&
					close < p.end &&
					text.indexOf('"', close + 1) > 0 &&
					text.indexOf('"', close + 1) < p.end
				) {
					i = close;
					continue;
				}
			}
			// "called it “abhorrent“ in a tweet": an opening mark glued to the word before it, with a space after, is a
			// mistyped closing mark; the words after it are the writer's.
			const mistypedClose =
				ch === '“' && open >= 0 && /[\p{L}.,!?]/u.test(text[i - 1] ?? ' ') && /\s/.test(text[i + 1] ?? ' ');
			if (mistypedClose) {
				push(open, i, i + 1, false);
				open = -1;
			} else if (isOpen && open >= 0 && ch !== '"') {
				// A second opening mark: the first quote was never closed.
				push(open, i, i, true);
				open = i;
			} else if (open < 0 && isOpen) open = i;
			else if (open >= 0 && isClose) {
				push(open, i, i + 1, false);
				open = -1;
			}
		}
		if (open >= 0) push(open, p.end, p.end, true);
	}
	if (hasDouble) {
		const outer = quotes.length;
		for (let q = 0; q < outer; q++) quotes.push(...nestedIn(text, quotes[q]!, q));
	}
	return quotes.sort((a, b) => a.open - b.open || b.close - a.close);
}

/** A straight quote opens after a space or line start and before a word. */
const opensStraight = (text: string, i: number) =>
	(i === 0 || /[\s([—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}‘'.…$£€]/u.test(text[i + 1] ?? '');

/** A straight mark glued to the word or stop before it, with a space, stop or the line's end after it, closes. */
const closesStraight = (text: string, i: number) =>
	/[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? ' ') && /^(?:\s|[,.;:!?)]|$)/u.test(text[i + 1] ?? '');

/** 'Wilkins said," [Warhol] liked it".': the next straight mark closing too makes this one the opening of a pair. */
function nextClosesStraight(text: string, i: number, end: number): boolean {
	const next = text.indexOf('"', i + 1);
	return next > 0 && next < end && closesStraight(text, next) && !opensStraight(text, next);
}

/** ’ between letters is an apostrophe ("don’t"), not a closing quote. */
const closesSingle = (text: string, i: number) =>
	!/[\p{L}]/u.test(text[i + 1] ?? '') && !/\s/.test(text[i - 1] ?? ' ');

function nestedIn(text: string, outer: QuoteSpan, parent: number): QuoteSpan[] {
	const found: QuoteSpan[] = [];
	let open = -1;
	for (let i = outer.start; i < outer.end; i++) {
		const ch = text[i]!;
		if (open < 0 && (ch === '‘' || (ch === "'" && opensStraight(text, i)))) open = i;
		else if (open >= 0 && (ch === '’' || ch === "'") && closesSingle(text, i)) {
			const span = trimQuote(text, open + 1, i);
			if (span.end > span.start)
				found.push({ ...span, open, close: i + 1, paragraph: outer.paragraph, parent, unclosed: false });
			open = -1;
		}
	}
	if (open >= 0) {
		const span = trimQuote(text, open + 1, outer.end);
		if (span.end > span.start)
			found.push({ ...span, open, close: outer.end, paragraph: outer.paragraph, parent, unclosed: true });
	}
	return found;
}

/** The quoted words without surrounding spaces or a trailing comma ("…its approval," → "…its approval"). */
function trimQuote(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
	// A nested quote closing at the end keeps its mark ("…we are with you,’" → "…we are with you’"), after a full
	// stop too ("said, ‘Come and see me.’”"): cut there, the words shown open a quote they never close.
	const inner = text.slice(start, end);
	if (/[,;:.!?]['’]$/.test(inner) && /(?:^|[\s“"])[‘']/.test(inner)) return { start, end };
	while (
		end > start &&
		/[\s,;:‘’'—–-]/.test(text[end - 1]!) &&
		!/[\p{L}]['’]$/u.test(text.slice(end - 2, end))
	)
		end--;
	return { start, end };
}

/**
 * Between the halves of a split quote: the closing mark with a comma (or the dash cutting the first half off) on
 * either side of it, a cue set off by commas, the opening mark. Only a comma there sets the cue off as an aside:
 * "calling her “Ada” and telling her, “you …”" is two quotes.
 */
const CUE_BETWEEN = /^\s*(?:([,—–-])\s*[”"]|[”"]\s*(,))\s+([^“”"\n.!?;:]{1,60}?)\s*,\s*[“"]\s*$/u;

/** A first half that is only a subject ("“That,” he said, “proves …”"): no comma before its verb either. */
const SUBJECT_WORD = /^(?:that|this|it|he|she|they|we|I|which|what)$/i;

/** A verb of the clause's subject opening the second half: "“The plan,” Roe said, “is dead”" reads with no comma. */
const OPENS_ON_VERB =
	/^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did)\b/;

/**
 * The second quote goes on with the first's sentence across the cue that splits them ("“The plan,” Ash said, “is
 * dead.”"): the first half ends on no full stop, the second opens in lower case, and only a cue set off by commas
 * stands between. Shown apart, each half is cut mid-thought; a question shows them as one quote.
 */
export function continuesAcrossCue(text: string, first: QuoteSpan, second: QuoteSpan): boolean {
	if (first.parent !== undefined || second.parent !== undefined || first.paragraph !== second.paragraph)
		return false;
	if (/[.!?…]['’"”)]*$/u.test(text.slice(first.start, first.end))) return false;
	if (!/^\p{Ll}/u.test(text.slice(second.start, second.end))) return false;
	const cue = CUE_BETWEEN.exec(text.slice(first.end, second.start))?.[3];
	return cue !== undefined && hasCue(` ${cue} `);
}

/**
 * The words of a split quote as one (`continuesAcrossCue`), with the comma or dash its first half ended on:
 * "“If we lose,” she said, “we go home”" is "If we lose, we go home"; before the subject's verb no comma stands
 * ("The plan is dead").
 */
export function joinedQuote(text: string, first: QuoteSpan, second: QuoteSpan): string {
	const m = CUE_BETWEEN.exec(text.slice(first.end, second.start));
	const [head, rest] = [text.slice(first.start, first.end), text.slice(second.start, second.end)];
	const mark = m?.[1] ?? m?.[2] ?? '';
	const subject = SUBJECT_WORD.test(head) || OPENS_ON_VERB.test(rest);
	const joint = mark === ',' ? (subject ? '' : ',') : mark ? ` ${mark}` : '';
	return `${head}${joint} ${rest}`;
}

// --- Words --------------------------------------------------------------------------------------------------

const AUX = new Set(CUE_AUXILIARIES);
const CLAUSE_WORDS = new Set(
	'that which who whom whose and but while although though as because when if so than since after before where whereas yet or nor'.split(
		' '
	)
);
const DETERMINERS = new Set([
	'a',
	'an',
	'the',
	'this',
	'that',
	'these',
	'those',
	'its',
	'their',
	'his',
	'her'
]);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to', 'by']);
/** Words after a speaker's name that start what the speaker did, not more of the name: "said Schafer in a release". */
/** Words that end a speaker's name: "said Sen. Tom Farrow who represents Port Ellis" ends on the name too. */
const AFTER_NAME = new Set(
	'in on at after during when while to from via through before for about with as of by who'.split(' ')
);

const DOC_NOUNS_LIST = (
	'statement declaration report letter memo memorandum communique communiqué release filing study paper survey ' +
	'ruling decision order complaint lawsuit document email post message notice plan proposal agreement treaty ' +
	'resolution bill budget review audit analysis announcement briefing transcript minutes summary guidance ' +
	'tweet blog website page policy deed contract charter screenshot listing advert advertisement editorial column op-ed account cable ' +
	// A court's and a prosecutor's papers, which a report quotes as their own words ("the indictment alleges").
	'indictment affidavit petition judgment judgement verdict manifesto'
).split(' ');
const DOC_NOUNS = new Set(DOC_NOUNS_LIST);
const GROUP_NOUNS = new Set(
	(
		'analysts officials leaders countries experts critics residents people officers members parties governments ' +
		'scientists researchers authors organizers organisers campaigners observers economists diplomats sources ' +
		'lawmakers ministers executives investors fans players supporters neighbours neighbors parents teachers ' +
		// Collective nouns with no plural "-s" that a source phrase uses bare ("according to police").
		'police staff'
	).split(' ')
);

/**
 * "people have said to him that “…”": plurals with no "-s" are several people too, whom no one can quiz as a speaker.
 */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children']);

/**
 * "the company said": what kind of body a common noun names. Each kind lists the words an article uses for the
 * same body, so "the city" is the Municipality of Livorno the article named.
 */
const ORG_KINDS: Record<string, readonly string[]> = {
	business: [
		'company',
		'firm',
		'corporation',
		'business',
		'retailer',
		'maker',
		'carrier',
		'airline',
		'bank',
		'group',
		// "Acme Corp", "One-Two-Go Airlines": a company's name ends in the kind of body it is.
		'corp',
		'corporation',
		'inc',
		'ltd',
		'llc',
		'plc',
		'airlines',
		'airways',
		'ferries',
		'railways',
		'shipping'
	],
	local: ['city', 'town', 'municipality', 'council', 'borough', 'county'],
	sport: ['club', 'team', 'league', 'federation'],
	state: [
		'government',
		'ministry',
		'department',
		'agency',
		'administration',
		'authority',
		'commission',
		'regulator',
		'bureau',
		'office'
	],
	association: [
		'union',
		'association',
		'board',
		'committee',
		'party',
		'organisation',
		'organization',
		'charity',
		'coalition',
		'alliance',
		'society',
		'institute',
		'foundation',
		'chamber'
	],
	press: ['newspaper', 'agency', 'broadcaster', 'magazine', 'paper', 'network', 'channel'],
	// "the university said", "the museum announced": a place of study, care or display speaks as a body.
	education: ['university', 'college', 'school'],
	culture: ['museum', 'gallery', 'library'],
	health: ['hospital', 'clinic']
};
/** Each word's kind, the first that lists it ("agency" is the state's): looked up for most words near a quote. */
const KIND_OF_WORD = new Map<string, string>();
for (const [kind, words] of Object.entries(ORG_KINDS))
	for (const word of words) if (!KIND_OF_WORD.has(word)) KIND_OF_WORD.set(word, kind);
const orgKindOf = (word: string) => KIND_OF_WORD.get(word.toLowerCase());
/** Words that end a newspaper's name ("The Korvel Herald"): such a body is the one "the newspaper" names. */
const PRESS_NAMES = new Set(['times', 'post', 'journal', 'news', ...NEWSPAPER_NAME_WORDS]);
/** The kind of body a word of an organisation's name says it is. */
const nameKindOf = (word: string) =>
	orgKindOf(word) ?? (PRESS_NAMES.has(word.toLowerCase()) ? 'press' : undefined);

// --- Sentences, subjects and noun phrases -------------------------------------------------------------------

interface Context {
	text: string;
	sentences: SentenceSpan[];
	people: PeopleTable;
	quotes: QuoteSpan[];
	/** The quotes that are not nested in another, in text order: they never overlap. */
	top: QuoteSpan[];
	/** Every "… statement" phrase of the article by head noun, found once: the article may be long. */
	documents: Map<string, { end: number; phrase: string }[]>;
	/** Speakers decided so far, by quote opening offset: a sentence that opens with a quote has its speaker as subject. */
	spoken: Map<number, number>;
	/** Quotes whose speaker was only a guess (low confidence), by opening offset. */
	guessed: Set<number>;
	/** The quote being attributed: sentences inside it are its words, not the story around it. */
	current?: QuoteSpan;
	/** Whether the article names who issued a document, by entity: read once per document, the text may be long. */
	issued: Map<number, boolean>;
	issuedByHead: Map<string, boolean>;
	/** The issuer each document noun last spoke for, and where: "the statement" goes on speaking for it. */
	issuers: Map<string, { at: number; entity: number }>;
	/**
	 * What "she said" and "he said" taught about people whose first name tells no gender ("Grace Okafor … she
	 * said"): a later "he" is not her.
	 */
	genders: Map<number, 'm' | 'f'>;
	/** The people he/she resolved to, surely, while the current quote was being attributed. */
	heard: { entity: number; gender: 'm' | 'f' }[];
	/** Whom a sentence's he/she was surely resolved to when a quote in it was attributed, by sentence index. */
	links: Map<number, { entity: number; gender: 'm' | 'f' }>;
}

/** The first index whose key is at least `value`, in items sorted by that key. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(items[mid]!) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const byStart = (m: { start: number }) => m.start;
const byOpen = (q: QuoteSpan) => q.open;
const byParagraph = (s: SentenceSpan) => s.paragraph;

/** Mentions inside [start, end): the mentions are sorted by offset, so this reads only those. */
function mentionAt(ctx: Context, start: number, end: number) {
	const found = [];
	const mentions = ctx.people.mentions;
	for (let i = lowerBound(mentions, start, byStart); i < mentions.length && mentions[i]!.start < end; i++)
		if (mentions[i]!.end <= end) found.push(mentions[i]!);
	return found;
}

/** The top-level quote just before `q` in the text, if any. */
function quoteBefore(ctx: Context, q: QuoteSpan): QuoteSpan | undefined {
	return ctx.top[lowerBound(ctx.top, q.open, byOpen) - 1];
}

// "Minutes later, she wrote": a span of time counted from the last event opens no subject, as "Days ago" does not.
const FRONTED =
	/^(?:(?:just\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few|many)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago|(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|many|\d+)\s+)?(?:seconds|minutes?|hours?|days?|weeks?|months?|years?|moments?)\s+(?:later|earlier)|in|at|on|after|before|since|when|while|alongside|amid|among|beyond|besides|following|although|though|as|by|for|during|despite|last|this|next|earlier|later|instead|however|meanwhile|still|under|over|with|without|like|unlike|because|if|once|until|even|in contrast|by contrast|first|somewhere|elsewhere|born|known|grown|given|taken|written|driven|shown|\p{L}+ly|\p{L}+ed|\p{L}+ing)\b/iu;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const FRONTED_TIME = new RegExp(
	`^(?:(?:(?:late|early|later)\\s+)?on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:\\s+(?:morning|afternoon|evening|night))?\\s+|^(?:In\\s+(?:${MONTH}|\\d{4})|Last\\s+(?:week|month|year|night)|Earlier|Later|Yesterday|Today)\\s+`,
	'i'
);

type Subject =
	| { kind: 'entity'; entity: number; at: number; guessed?: boolean }
	| { kind: 'pronoun'; word: string; at: number }
	| { kind: 'document'; head: string }
	| { kind: 'other' };

/** A capitalised word or two set off by a comma before a lower-case word: "Sichuan, " in "In Aba, Sichuan, one". */
const PLACE_REGION = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s+(?=\p{Ll})/u;

/** Where the main clause starts: after a dateline, a leading "and"/"but", and fronted phrases. */
function mainClauseStart(ctx: Context, si: number): number {
	const s = ctx.sentences[si]!;
	let at = s.start;
	const dateline = /^\p{Lu}[\p{Lu}\s,.'-]+\s[—–-]{1,2}\s/u.exec(ctx.text.slice(at, s.end));
	if (dateline) at += dateline[0].length;
	for (let guard = 0; guard < 3; guard++) {
		const rest = ctx.text.slice(at, s.end);
		// "Then he turned to …", "Also on Thursday, Roe said": a leading "then" or "also" is no subject either.
		const lead = /^(?:and|but|so|yet|or|then|also)\s+/i.exec(rest);
		if (lead) {
			at += lead[0].length;
			continue;
		}
		// "On Thursday night Marovic tweeted": a short time phrase needs no comma before a name the table knows.
		const time = FRONTED_TIME.exec(rest);
		if (time && opensOnName(ctx, at + time[0].length)) {
			at += time[0].length;
			continue;
		}
		if (!FRONTED.test(rest) || opensOnName(ctx, at)) break;
		const comma = frontedEnd(rest);
		if (comma < 0 || comma > 160) break;
		// "Asked whether Tom Drury, the nominee, could win, Banner demurred": an apposition after the first comma.
		// "In Kell, where a man was hanged, Ada Roe said": a relative "where" or "when" on a fronted place or time.
		const apposition = /^(?:the|a|an|who|whose|which|where|when)\s/.test(rest.slice(comma + 2));
		at += (apposition ? commaBeforeName(ctx, rest, at) : undefined) ?? comma + 2;
		// "In Aba, Sichuan, one witness reported": the region set off after a fronted place is part of the phrase.
		const region = PLACE_REGION.exec(ctx.text.slice(at, s.end));
		if (region && !opensOnName(ctx, at)) at += region[0].length;
	}
	return at;
}

/**
 * A fronted phrase whose own commas set off an apposition ends at the first comma after which a name the table knows
 * opens the main clause; within 240 characters and no quotation mark, as a fronted phrase runs no longer. The
 * offset past that comma, else undefined.
 */
function commaBeforeName(ctx: Context, rest: string, at: number): number | undefined {
	const reach = rest.slice(0, 240);
	for (let i = reach.indexOf(', '); i > 0; i = reach.indexOf(', ', i + 1)) {
		if (/[“”"]/.test(reach.slice(0, i))) return undefined;
		if (opensOnName(ctx, at + i + 2)) return i + 2;
	}
	return undefined;
}

/** "Kessling has restored …", "Harding said …": a name the table knows is a subject, not a fronted "-ing" phrase. */
function opensOnName(ctx: Context, at: number): boolean {
	const m = ctx.people.mentions[lowerBound(ctx.people.mentions, at, byStart)];
	return m !== undefined && m.start === at;
}

/** The comma that ends a fronted phrase, skipping commas inside quotation marks ("Calling it “slow, sad”, he said"). */
function frontedEnd(rest: string): number {
	let inQuote = false;
	for (let i = 0; i < rest.length - 1; i++) {
		const ch = rest[i]!;
		// "Speaking on “The Hour,” Vela said": a comma set inside the closing mark, as American copy does, ends
		// the phrase too; the mark stands where the comma would (the caller steps over it and a space).
		const closing = ch === '”' || (ch === '"' && inQuote);
		if (closing && rest[i - 1] === ',' && /\s/.test(rest[i + 1]!)) return i;
		if (ch === '“') inQuote = true;
		else if (ch === '”') inQuote = false;
		else if (ch === '"') inQuote = !inQuote;
		else if (ch === ',' && !inQuote && /\s/.test(rest[i + 1]!)) return i;
	}
	return -1;
}

/** A name is the subject after a role before it: "Council member Gloria Feld", "The chief executive of Skype, Tony Bates,". */
function rolePrefix(prefix: string): boolean {
	// "The choir's conductor since 2017, Bethan Lowrie,": when the post began is no part of the role's words.
	const body = prefix
		.replace(/,\s*$/, '')
		.replace(/\s*\([^()]*\)/g, '')
		.replace(/\s+(?:since|from|until)\s+\d{4}(?:\s+(?:to|until)\s+\d{4})?$/, '');
	const words = body.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	if (words.length > 10 || /[;:“”"]/.test(body)) return false;
	const last = (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '');
	const apposed = /,\s*$/.test(prefix) && !body.includes(',');
	if (apposed && words.some((w) => isRoleWord(w.replace(/['’]s$/, '')))) return true;
	// "The landowner, Ada Roe, said": "the" and a bare noun or two set off before a name describe it.
	if (apposed && /^the$/i.test(words[0] ?? '') && falseTitle(words.slice(1)) && !/(?:ed|ing)$/.test(last))
		return true;
	// "Her teammate Soraya Nazari", "Ilves's neighbour Tomas Roe": an owner and a bare noun or two describe the name.
	const owner = words.findIndex((w) => /^(?:his|her|their|its|our|my)$|^\p{Lu}[\p{L}-]*['’]s?$/iu.test(w));
	const owned =
		owner >= 0 &&
		owner <= 3 &&
		words.slice(0, owner).every((w) => /^\p{Lu}/u.test(w)) &&
		owner + 1 < words.length &&
		falseTitle(words.slice(owner + 1));
	// "Lund ally Mara Pike", "former Oskar Lund speechwriter Mara Pike", "Lund campaign Chairman Mara Pike": a name
	// before a bare noun or two says whose aide the next name is, as an owner's possessive does.
	const byName =
		/^(?:(?:former|then|longtime)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)$/u.exec(
			body.trim()
		);
	const ownerName =
		byName !== null &&
		byName[1]!
			.split(/\s+/)
			.every((w) => !w || (!DETERMINERS.has(w.toLowerCase()) && !NOT_TITLE.has(w.toLowerCase()))) &&
		byName[2]!
			.split(' ')
			.every(
				(w) => !NOT_TITLE.has(w) && !RELATION_WORDS.has(w) && !isFiniteCue(w) && !/(?:ed|ing)$/.test(w)
			) &&
		(isRoleWord(last) || !/s$/.test(last));
	return (
		!body.includes(',') &&
		words.length <= 5 &&
		(isRoleWord(last) ||
			ownerName ||
			// "former presidential candidate Ada Roe", "GOP nominee Ben Lutz": a candidacy is a role before a name.
			CANDIDACY.has(last) ||
			orgKindOf(last) !== undefined ||
			// "Navy 2nd Lt. Ana Ruiz": an ordinal grade is part of the rank.
			// "7-Eleven President Joseph DePinto": a name may open on a figure.
			words.every((w) => /^(?:\d+-)?\p{Lu}|^\d+(?:st|nd|rd|th)$/u.test(w)) ||
			falseTitle(words) ||
			partyTitle(words) ||
			owned)
	);
}

/** "Brandt's pollster, Oskar Vidal, says": an owner's role set off before a name; the name is the subject. */
function ownsApposedRole(ctx: Context, owner: Mention): boolean {
	if (!owner.possessive) return false;
	const role = /^(?:['’]s?)?\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+),\s+$/u.exec(
		ctx.text.slice(owner.end, owner.end + 60).split(/(?<=,\s)(?=\p{Lu})/u)[0] ?? ''
	);
	return role !== null && isRoleWord(role[1]!.split(/\s+/).pop()!);
}

/** "Kell Foods' climate coordinator Ada Roe": lowercase words after an owner, a role word last, then a capital. */
function roleRunsIntoName(ctx: Context, owner: Mention): boolean {
	const role = /^(?:['’]s?)?\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+\p{Lu}/u.exec(
		ctx.text.slice(owner.end, owner.end + 60)
	);
	return role !== null && isRoleWord(role[1]!.split(/\s+/).pop()!);
}

/** "Kell Labour's Ada Roe": nothing but the possessive's ending and a space between an owner and a named person. */
function ownerRunsIntoName(ctx: Context, owner: Mention): boolean {
	const gap = /^(?:['’]s?)?\s+/u.exec(ctx.text.slice(owner.end, owner.end + 4));
	const next = gap && ctx.people.mentions[lowerBound(ctx.people.mentions, owner.end, byStart)];
	if (!next || next.start !== owner.end + gap[0].length) return false;
	const e = ctx.people.entities[next.entity]!;
	return e.kind === 'person' && e.named;
}

/** Prepositions of place and relation that `NOT_TITLE` leaves out: "The race between Holt and Vela". */
const RELATION_WORDS = new Set(
	'between about against among around through over under into onto across behind near within without toward towards outside inside beside beyond along past'.split(
		' '
	)
);
const NOT_TITLE = new Set(
	'and or but nor the a an of for to in on at with by from as that who which when while after before then also so yet than'.split(
		' '
	)
);
/**
 * "villager Amina Roe", "team captain Lina Saar", "9/11 widow Rhea Lund": a bare lowercase noun or two before a
 * name describe it, the first perhaps a date or a number that says which.
 */
const falseTitle = (words: string[]) =>
	words.length <= 2 &&
	words.every(
		(w, i) =>
			(/^\p{Ll}[\p{Ll}-]+$/u.test(w) || (i === 0 && words.length === 2 && NUMBER_MODIFIER.test(w))) &&
			!NOT_TITLE.has(w) &&
			!/ly$/.test(w)
	) &&
	!isFiniteCue(words[words.length - 1]!);
const NUMBER_MODIFIER = /^\d[\d/.]*(?:-\p{Ll}+)*$/u;

/**
 * "Republican pollster Ines Marlow", "Veldish presidential hopeful Ana Roe": an adjective of a party or a nationality
 * before a bare lowercase noun or two describes the name as the nouns alone do ("Marchers gathered outside Kelby
 * Hall" does not).
 */
const partyTitle = (words: string[]) =>
	(words.length === 2 || words.length === 3) &&
	/^\p{Lu}\p{Ll}+(?:an|ic|ish|ese|ive|al|i)$/u.test(words[0]!) &&
	!words.slice(1).some((w) => /(?:ed|ing)$/.test(w)) &&
	falseTitle(words.slice(1));

/** "The director said …": "the", a role noun (one or two words before it) and a finite verb of speech. */
const ROLE_SUBJECT = new RegExp(
	`^[Tt]he\\s+(?:\\p{Ll}+\\s+){0,2}?(\\p{Ll}+)\\s+(?=(?:${FINITE_SOURCE})\\b)`,
	'u'
);

/**
 * A body's name running on into a capitalised post, the post's word last, then a comma and a person's name: "White
 * House Press Secretary, Dana", the table's "White House Press Secretary" itself.
 */
function titleBeforeApposedName(ctx: Context, body: Mention): boolean {
	const title = /^((?:\s+\p{Lu}[\p{Ll}-]+){0,3}),\s+/u.exec(ctx.text.slice(body.end, body.end + 60));
	const post = `${ctx.text.slice(body.start, body.end)}${title?.[1] ?? ''}`.split(/\s+/).pop()!;
	if (!title || !isRoleWord(post.toLowerCase())) return false;
	const next = mentionAt(ctx, body.end, body.end + title[0].length + 60)[0];
	return (
		next !== undefined &&
		next.start === body.end + title[0].length &&
		ctx.people.entities[next.entity]!.kind === 'person'
	);
}

/** The main-clause subject: after a dateline and a fronted phrase ("In his trip to Kiev, Mr. Kishida announced"). */
function subjectOf(ctx: Context, si: number): Subject {
	const s = ctx.sentences[si]!;
	const at = mainClauseStart(ctx, si);
	const next = ctx.top[lowerBound(ctx.top, at, byOpen)];
	const opening = next && next.open <= at + 1 ? next : undefined;
	// A sentence that opens a quote, or lies inside one, is its speaker's.
	const around = ctx.top[lowerBound(ctx.top, s.start + 1, byOpen) - 1];
	const holder = opening ?? (around && around.close > s.start ? around : undefined);
	if (holder) {
		const speaker = ctx.spoken.get(holder.open);
		if (speaker === undefined) return { kind: 'other' };
		return { kind: 'entity', entity: speaker, at, guessed: ctx.guessed.has(holder.open) };
	}
	// "For Kevin Allton, a USI instructor, Warhol was a legend.": whose view the sentence gives is its subject
	// for a "He said" that follows.
	const viewpoint = /^(?:For|To)\s+/.exec(ctx.text.slice(s.start, s.end));
	if (viewpoint) {
		const m = mentionAt(ctx, s.start, s.start + 60)[0];
		const e = m && ctx.people.entities[m.entity]!;
		if (
			m &&
			e?.kind === 'person' &&
			m.start === s.start + viewpoint[0].length &&
			ctx.text.charAt(m.end) === ','
		)
			return { kind: 'entity', entity: m.entity, at: m.start };
	}
	// "Council member Gloria Feld": "Council" modifies a role noun, so the subject is the next name. "Adam Air
	// corporate communications head Danke Dradjat": so does a body's name before a role's own modifiers, when the
	// role word ends them and a name follows; a verb or a joining word among them ("Roe praised party leader Ash", "Roe
	// and deputy leader Ash") leaves the name before them the subject.
	const modifies = (m: { end: number }) => {
		const after = ctx.text.slice(m.end, m.end + 80);
		const next = /^\s+([\p{Ll}]+)/u.exec(after)?.[1] ?? '';
		if (isRoleWord(next)) return true;
		const run = /^\s+((?:[\p{Ll}-]+\s+){2,4})\p{Lu}/u.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
		return (
			run.length > 0 &&
			isRoleWord(run[run.length - 1]!) &&
			run.every(
				(w) =>
					!/ed$|^(?:and|or|the|an?|of|to|with|for|by|his|her|their|its|as|at|in|on|from)$/.test(w) &&
					!lexiconTags(w).some((t) => /PastTense|PresentTense|Gerund/.test(t))
			)
		);
	};
	const mentions = ctx.people.mentions;
	for (let i = lowerBound(mentions, at, byStart); i < mentions.length && mentions[i]!.start <= at + 90; i++) {
		const mention = mentions[i]!;
		if (modifies(mention) || mention.start >= s.end) continue;
		// "The current White House Press Secretary, Dana Perino, said": a body's name opening a capitalised post set off
		// before a name is part of the post; the name after it is the subject.
		if (ctx.people.entities[mention.entity]!.kind !== 'person' && titleBeforeApposedName(ctx, mention))
			continue;
		// "A Lutz campaign official said …": a name before a body's noun says whose body it is; the body, or someone
		// in it, is the subject, never the person named.
		if (!mention.possessive && bodyOfName(ctx.text.slice(mention.end, mention.end + 20))) continue;
		const prefix = ctx.text.slice(at, mention.start);
		// "The agency's report …", "The Environment Agency report …": an owner's name is no subject, but what it
		// owns may be a document.
		const owned =
			mention.possessive || DOC_NOUNS.has(/^\s+(\p{L}+)/u.exec(ctx.text.slice(mention.end))?.[1] ?? '');
		// "Greenpeace International's climate coordinator Martin Kaiser talked …": an owner's role run on into a name
		// is part of the name's role phrase; the subject is that name.
		if (rolePrefix(prefix) && mention.possessive && roleRunsIntoName(ctx, mention)) continue;
		// "The Green Party's Tom Abel lashed …": the owner's possessive runs straight into a person's name, the head of
		// the phrase; the owner only says whose member they are.
		if (mention.possessive && ownerRunsIntoName(ctx, mention)) continue;
		if (rolePrefix(prefix) && owned && !ownsApposedRole(ctx, mention)) break;
		// "Holt said …" after Tom Holt and Sam Holt: a subject nobody can tell is no one's to carry on.
		if (rolePrefix(prefix))
			return mention.ambiguous
				? { kind: 'other' }
				: { kind: 'entity', entity: mention.entity, at: mention.start };
		// "The chief executive of Skype, Tony Bates, said", "The chair of the Kell Pilots’ Association, Ada Roe,": a name
		// inside the role phrase; the subject comes after.
		if (!/\b(?:of|for|at)\s+(?:the\s+)?$/.test(prefix)) break;
	}
	const word = /^[\p{L}]+/u.exec(ctx.text.slice(at, s.end))?.[0]?.toLowerCase() ?? '';
	if (['he', 'she', 'it', 'they'].includes(word)) return { kind: 'pronoun', word, at };
	// "His daughter, 27, said she …": a kinship subject is the one relative the article tied to whoever "his" is, read
	// from the end of the sentence before.
	const kin = si > 0 ? /^(?:His|Her)\s+\p{Ll}+(?=[\s,])/u.exec(ctx.text.slice(at, s.end)) : null;
	const relative = kin && namedRelative(ctx, kin[0].toLowerCase(), ctx.sentences[si - 1]!.end, si - 1);
	if (relative !== undefined && relative !== null) return { kind: 'entity', entity: relative, at };
	// "The director said the delay was hers.": a role as the subject is its one holder named just before.
	const role = ROLE_SUBJECT.exec(ctx.text.slice(at, s.end));
	const holders =
		role && isRoleWord(role[1]!) ? recentHolders(ctx, role[1]!.toLowerCase(), si, at, role[0]) : [];
	if (holders.length === 1) return { kind: 'entity', entity: holders[0]!, at };
	const head = documentHead(ctx.text.slice(at, Math.min(s.end, at + 120)));
	return head ? { kind: 'document', head } : { kind: 'other' };
}

/**
 * The document a noun phrase opening a clause names: "A 2024 audit by …", "The 2022 report, written …", "The
 * regional Environment Agency's report on the spill": after the determiner, up to three modifiers (a year, a
 * name, an owner's possessive, an adjective) and then the document noun, before a comma, a preposition or a verb.
 */
const DOCUMENT_PHRASES = [0, 1, 2, 3].map(
	(words) =>
		new RegExp(
			`^(?:the|this|that|its|their|a|an)\\s+((?:[\\p{L}\\d'’-]+\\s+){${words}})([\\p{L}-]+)(?=[\\s,.;:'’]|$)`,
			'iu'
		)
);
function documentHead(clause: string): string | undefined {
	if (!/^(?:the|this|that|its|their|a|an)\s/i.test(clause)) return undefined;
	for (const phrase of DOCUMENT_PHRASES) {
		const found = phrase.exec(clause);
		// "2022" or "Agency's" is no head, only a modifier of one.
		if (!found) continue;
		const head = found[2]!.toLowerCase();
		if (DOC_NOUNS.has(head)) return head;
		// A verb, a preposition or a clause word ends the phrase before any document noun came.
		if (/ed$/.test(head) || isFiniteCue(head) || PREPOSITIONS.has(head) || CLAUSE_WORDS.has(head))
			return undefined;
		if (DETERMINERS.has(head) || AUX.has(head)) return undefined;
	}
	return undefined;
}

/** A sentence that lies inside the quote being attributed is the speaker's own words. */
function insideCurrentQuote(ctx: Context, j: number): boolean {
	const q = ctx.current;
	const s = ctx.sentences[j]!;
	return q !== undefined && s.start >= q.open && s.end <= q.close + 1;
}

interface Resolved {
	entity: number;
	confidence: 'high' | 'low';
	rule: string;
	leadFrom?: number;
}

/**
 * he/she at `offset`: the subject of its own sentence when the pronoun comes later in it ("Bates said he did
 * not know …, but he said"), else the main-clause subjects before it, through he-chains, never the nearest name.
 */
function resolvePerson(
	ctx: Context,
	si: number,
	word: string,
	offset: number
): Omit<Resolved, 'rule'> | undefined {
	const gender = word === 'she' ? 'f' : 'm';
	const fits = (entity: number) => couldBe(ctx, entity, word);
	const r = pronounReferent(ctx, si, word, offset, fits);
	if (r?.confidence === 'high') ctx.heard.push({ entity: r.entity, gender });
	return r;
}

function pronounReferent(
	ctx: Context,
	si: number,
	word: string,
	offset: number,
	fits: (entity: number) => boolean
): Omit<Resolved, 'rule'> | undefined {
	const own = subjectOf(ctx, si);
	if (own.kind === 'entity' && own.at < offset && fits(own.entity))
		return { entity: own.entity, confidence: 'high' };
	if (own.kind === 'other' && sharedSurnameAt(ctx, mainClauseStart(ctx, si))) return undefined;
	// "Thomas' sister pleaded with him, but he replied": the one person of that gender named before it.
	// A name inside the quote being attributed is someone the speaker talks about ("“Odile is the standard,” she
	// said"), not the speaker.
	const current = ctx.current;
	const outsideQuote = (m: Mention) => !current || m.end <= current.open || m.start >= current.close;
	const before = mentionAt(ctx, ctx.sentences[si]!.start, offset).filter(
		(m) => fits(m.entity) && outsideQuote(m) && narrated(ctx, m)
	);
	const named = new Set(before.map((m) => m.entity));
	if (named.size === 1 && own.kind !== 'entity') return { entity: before[0]!.entity, confidence: 'low' };
	let skipped = named.size > 0;
	let paragraph = ctx.sentences[si]!.paragraph;
	// "… a speech from Paul White. He suggested that …. “…” he said.": sentences whose subject is the same pronoun
	// and that give no one go on with whoever the sentence before them gave, as if they were not there.
	let adjacent = si - 1;
	for (let j = si - 1; j >= Math.max(0, si - 6); j--) {
		if (paragraph - ctx.sentences[j]!.paragraph > 1) break;
		if (insideCurrentQuote(ctx, j)) {
			if (j === adjacent) adjacent = j - 1;
			continue;
		}
		// A paragraph of a quote left open runs on into the next: the reach goes back past it.
		if (insideOpenQuote(ctx, j)) paragraph = ctx.sentences[j]!.paragraph;
		const asked = askedPerson(ctx, j);
		if (asked !== undefined && fits(asked)) return { entity: asked, confidence: skipped ? 'low' : 'high' };
		// "Kolar won them over, Stovall said. “…,” he said.", "The Halvorsen plan rests on money, said Petra Lind, an
		// aide. “…,” she said.", "…, according to Petra Lind.": the source a sentence of reported speech ends on goes
		// on, not what it is about.
		const closing = [...accordingTo(ctx, j)].filter(fits);
		// "…, according to Ada Roe and Tom Ash.": either may go on.
		if (closing.length > 1) return undefined;
		const teller = reportedBy(ctx, j) ?? saidBy(ctx, j) ?? closing[0];
		if (teller !== undefined && fits(teller)) return { entity: teller, confidence: skipped ? 'low' : 'high' };
		const subject = subjectOf(ctx, j);
		if (subject.kind === 'other' && sharedSurnameAt(ctx, mainClauseStart(ctx, j))) return undefined;
		if (subject.kind === 'entity') {
			if (fits(subject.entity) && (rivalOf(ctx, j, subject, fits) || askedOnly(ctx, subject)))
				return undefined;
			if (fits(subject.entity))
				return { entity: subject.entity, confidence: skipped || subject.guessed ? 'low' : 'high' };
			skipped = true;
		} else if ((subject.kind === 'pronoun' && subject.word === word) || setOffCue(ctx, j, word)) {
			const link = chainLink(ctx, j, word, fits);
			if (link !== undefined) return { entity: link, confidence: skipped ? 'low' : 'high' };
			// A he-chain goes back a paragraph from each of its links, as a reader follows it.
			paragraph = ctx.sentences[j]!.paragraph;
			if (j === adjacent) adjacent = j - 1;
			continue;
		}
		// "The filing is signed by Bea Lind, a lawyer, who told reporters it was “…”. “…,” she said.": the
		// sentence's subject is no person, but the person it gave a quote to is the one "she" goes on with.
		const gaveQuote = subject.kind === 'pronoun' ? undefined : spokenIn(ctx, j);
		if (gaveQuote !== undefined && fits(gaveQuote))
			return { entity: gaveQuote, confidence: skipped || guessedIn(ctx, j, gaveQuote) ? 'low' : 'high' };
		// "The recount added 15 to her lead, Ewa Lind said. “…,” she told reporters.": the source named at the end
		// of a sentence of reported speech is the one who goes on.
		const source = subject.kind === 'entity' ? undefined : reportedBy(ctx, j);
		if (source !== undefined && fits(source)) return { entity: source, confidence: skipped ? 'low' : 'high' };
		// "After a pause, the chief executive conceded the point. “…,” she said.": a person the sentence names only
		// by a role nobody named holds is likelier the one "she" goes on with than anyone named before, so no one.
		if (subject.kind === 'other' && unheldRoleSubject(ctx, j, word)) {
			const head = ROLE_THEN_VERB.exec(ctx.text.slice(mainClauseStart(ctx, j), ctx.sentences[j]!.end))?.[1];
			const holder = bareRoleHolder(ctx, j, fits);
			if (holder !== undefined) return { entity: holder, confidence: skipped ? 'low' : 'high' };
			const lede = head === undefined ? undefined : ledeHolder(ctx, head);
			return lede !== undefined && fits(lede) ? { entity: lede, confidence: 'low' } : undefined;
		}
		// "A witness, who was near the runway, said the plane was on fire. “…,” he said.": the one who goes on is the
		// witness, whom the article never names.
		if (subject.kind === 'other' && unnamedSpeakerSubject(ctx, j)) return undefined;
		// "The result was read out by the outgoing chairman. “…,” he said.": the one who goes on is the role the
		// passive ends on: its one holder named nearby, else someone the article never names.
		const agent = subject.kind === 'other' ? roleAgentAtEnd(ctx, j, word) : undefined;
		if (agent !== undefined) {
			const holders = recentHolders(ctx, agent, j, ctx.sentences[j]!.start).filter(fits);
			return holders.length === 1 ? { entity: holders[0]!, confidence: skipped ? 'low' : 'high' } : undefined;
		}
		// "…, Carr was free to criticise both parties. “…,” she said.": the pronoun most likely means the name the table
		// missed, so whoever the chain reaches further back is too unsure to ask about.
		if (subject.kind === 'other' && unknownNameSubject(ctx, j)) {
			skipped = true;
			continue;
		}
		// "The roof of the gym had fallen in.": a sentence naming no one leaves the he/she chain where it was.
		const named = peopleNamedIn(ctx, j);
		if (named.size === 0) continue;
		// "The bidders raised in steps, and the auctioneer, Piers Aldridge, paused. “…,” he said.": the one person
		// the sentence just before names is likelier than a subject further back, though too unsure to ask about.
		// When that person is the sentence's subject ("Director Ada Roe has closed the school.", "Ada Roe, 70, was
		// charged."), though a fronted phrase or a role hid it from `subjectOf`, the he-chain goes on with them.
		const [only] = named;
		if (
			named.size === 1 &&
			fits(only!) &&
			(j === si - 1 || (j === adjacent && agentBeforeChain(ctx, j, only!, word)))
		)
			return {
				entity: only!,
				confidence:
					namedAsSubject(ctx, j, only!) || soleEligiblePerson(ctx, j, offset, only!, word) ? 'high' : 'low'
			};
		skipped = true;
	}
	return undefined;
}

/**
 * "The statement was read out by Tom Roe, a spokesman. He said that “…”": a person named outside the subject is
 * sure enough to ask about when the article has said he is a man (she a woman) and no one else the pronoun could
 * mean is named from the paragraph before theirs up to the pronoun; a person of unknown sex might be a woman,
 * leaving "he" to someone unnamed.
 */
function soleEligiblePerson(ctx: Context, j: number, offset: number, entity: number, word: string): boolean {
	const e = ctx.people.entities[entity]!;
	if ((e.gender ?? ctx.genders.get(entity)) !== (word === 'she' ? 'f' : 'm')) return false;
	const paragraph = ctx.sentences[j]!.paragraph;
	let from = j;
	while (from > 0 && ctx.sentences[from - 1]!.paragraph >= paragraph - 1) from--;
	return mentionAt(ctx, ctx.sentences[from]!.start, offset).every(
		(m) => m.entity === entity || !narrated(ctx, m) || !couldBe(ctx, m.entity, word)
	);
}

/** Whether a pronoun could mean this entity: a person whose sex the article has not given otherwise. */
function couldBe(ctx: Context, entity: number, word: string): boolean {
	const e = ctx.people.entities[entity]!;
	const known = e.gender ?? ctx.genders.get(entity);
	return e.kind === 'person' && (!known || known === (word === 'she' ? 'f' : 'm'));
}

/**
 * Whether the one person sentence `j` names can be who the he-chain after it is about: "the rally closed with a speech
 * from Paul White" can, but not "he read the article on the case of Eric Gernez" (the pronoun goes on further back) or
 * "a resident of the town of Abu Kamal said" (a name after "of" or a determiner is what a thing is of or called).
 */
function agentBeforeChain(ctx: Context, j: number, entity: number, word: string): boolean {
	const s = ctx.sentences[j]!;
	const mentions = mentionAt(ctx, s.start, s.end);
	// "a trip that has taken President Bush to Israel, where he sought …": a pronoun after the one person named goes
	// back to them; only one before the name ("he read of the case of Eric Gernez") is someone further back.
	const first = mentions.find((m) => m.entity === entity)?.start ?? s.end;
	if ((word === 'she' ? /\bshe\b/i : /\bhe\b/i).test(ctx.text.slice(s.start, first))) return false;
	return mentions.every(
		(m) =>
			m.entity !== entity ||
			!/\b(?:of|the|a|an)\s+$/i.test(ctx.text.slice(Math.max(s.start, m.start - 5), m.start))
	);
}

/**
 * "…, Mark Bradshaw, commented in a video. He said that “…”. He also said that the council was “…”.": a link of the
 * he-chain already resolved, for its own quote, is the person the next "he" goes on with, whatever stands further
 * back (reading back from the second "he" alone loses Bradshaw behind the council named first).
 */
function chainLink(
	ctx: Context,
	j: number,
	word: string,
	fits: (entity: number) => boolean
): number | undefined {
	const link = ctx.links.get(j);
	return link && link.gender === (word === 'she' ? 'f' : 'm') && fits(link.entity) ? link.entity : undefined;
}

/** An apposition after a name: "Ada Roe, 70, was", "Ada Roe, a former mayor, has". */
const APPOSED = /^,[^,“”"]{1,60},/;

/**
 * Whether sentence `j` names `entity` as the subject of a verb: a mention not the object of a preposition, a
 * determiner or a verb (title words before it skipped: "Former mayor of Toulouse Philippe Roe"), followed by a
 * finite verb, directly or after an apposition, in the sentence's first clause. "A doctor treating Mr Roe said", "a
 * spokesperson for Roe Tobacco defended", "the Roe name" name Roe but are about someone else.
 */
function namedAsSubject(ctx: Context, j: number, entity: number): boolean {
	const s = ctx.sentences[j]!;
	const words = tagSpan(ctx.text, s.start, s.end);
	return mentionAt(ctx, s.start, s.end).some((m) => {
		if (m.entity !== entity || m.possessive) return false;
		// "The bidders went quiet, and the auctioneer, Piers Aldridge, paused.": the subject of a second clause
		// shares the sentence with the first clause's, too unsure to carry the he-chain.
		if (/,\s+(?:and|but|while|as|so)\s/.test(ctx.text.slice(s.start, m.start))) return false;
		const title = (i: number) =>
			/^\p{Lu}/u.test(words[i]!.word) ||
			(words[i]!.word === 'of' &&
				i > 0 &&
				isRoleWord(words[i - 1]!.word) &&
				/^\p{Lu}/u.test(words[i + 1]!.word));
		let i = words.findIndex((w) => w.start >= m.start) - 1;
		while (i >= 0 && title(i)) i--;
		const before = words[i]?.word.toLowerCase();
		if (before && (PREPOSITIONS.has(before) || DETERMINERS.has(before) || words[i]!.cls.startsWith('verb')))
			return false;
		const rest = ctx.text.slice(m.end, s.end);
		const verbAt = m.end + (APPOSED.exec(rest)?.[0].length ?? /^,?/.exec(rest)![0].length);
		const verb = words.find((w) => w.start >= verbAt);
		return (
			verb !== undefined &&
			ctx.text.slice(verbAt, verb.start).trim() === '' &&
			(verb.cls === 'verb-past' || verb.cls === 'verb-s' || AUX.has(verb.word.toLowerCase()))
		);
	});
}

// Built once, not per call: each holds the whole cue alternation, compiled anew whenever it was built per call.
const setOffCueOf = (pronoun: string) =>
	new RegExp(`,\\s+${pronoun}\\s+(?:${FINITE_SOURCE})\\s*(?:,|[.!?]$)`);
const SET_OFF_CUE = { he: setOffCueOf('he'), she: setOffCueOf('she') };

/**
 * "Otherwise, she said, towns may steal growth.", "No town would stand for it, she said.": reported speech whose
 * he/she and verb of speech are set off by commas is a link of the he-chain, as a sentence opening on "She said" is.
 */
function setOffCue(ctx: Context, j: number, word: string): boolean {
	if (word !== 'he' && word !== 'she') return false;
	const s = ctx.sentences[j]!;
	return SET_OFF_CUE[word].test(ctx.text.slice(s.start, s.end));
}

/**
 * "the chief executive did", "The head of fleet of Korvel Ferries told": a role, its body, then a finite verb. The
 * body's name may hold "of" or "and" ("The prosecutor of the Republic of Lyons noted").
 */
const ROLE_THEN_VERB =
	/^[Tt]he\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)(?:\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+s|did|was|had|has|is|could|would|will)\b/u;

/**
 * Whether sentence `j`'s subject is a person named by a role alone ("the chief executive"), whose gender does not
 * rule out the pronoun: a role word, not a body ("the council"), and no one named holds it nearby (else the
 * subject would have been that holder).
 */
function unheldRoleSubject(ctx: Context, j: number, word: string): boolean {
	if (word !== 'he' && word !== 'she') return false;
	const gender = word === 'she' ? 'f' : 'm';
	const clause = ctx.text.slice(mainClauseStart(ctx, j), ctx.sentences[j]!.end);
	// "His daughter said she …" when two named daughters could be her: she is one of them, not someone before.
	const kin = /^(?:His|Her)\s+\p{Ll}+/u.exec(clause)?.[0];
	if (
		kin &&
		j > 0 &&
		(relativesOf(ctx, kin.toLowerCase(), ctx.sentences[j - 1]!.end, j - 1)?.length ?? 0) > 1
	)
		return KIN[kin.split(' ')[1]!.toLowerCase()]?.gender === gender;
	const m = ROLE_THEN_VERB.exec(clause);
	if (!m || !isRoleWord(m[1]!) || orgKindOf(m[1]!)) return false;
	const held = roleGender(m[0]);
	return !held || held === gender;
}

/** "was read out by the outgoing chairman.": a passive ending on its agent, a role named by "the" alone. */
const PASSIVE_ROLE_AGENT_AT_END =
	/\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+\s+)?\p{Ll}+\s+by,?\s+[Tt]he\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)[.!]?$/u;

/**
 * The role word of the person a sentence's passive ends on ("announced by the outgoing speaker"), when that role is a
 * person's and may be the pronoun's gender: the person the next "he said" most likely means, though never named.
 */
function roleAgentAtEnd(ctx: Context, j: number, word: string): string | undefined {
	if (word !== 'he' && word !== 'she') return undefined;
	const m = PASSIVE_ROLE_AGENT_AT_END.exec(
		ctx.text.slice(ctx.sentences[j]!.start, ctx.sentences[j]!.end).trim()
	);
	if (!m || !isRoleWord(m[1]!) || orgKindOf(m[1]!)) return undefined;
	const held = roleGender(m[0].slice(m[0].search(/[Tt]he\s/)));
	return !held || held === (word === 'she' ? 'f' : 'm') ? m[1] : undefined;
}

/** "the president", "the new coach": a role with nothing after it naming whose it is. */
const BARE_ROLE_THEN_VERB =
	/^[Tt]he\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+s|did|was|had|has|is|could|would|will)\b/u;

/**
 * "Mr. Bush visited Iraq. … Later, the president addressed the troops. “…,” he said.": a sentence whose subject is
 * a bare role ("the president") that the one person named in the paragraph before or this one holds refers back to
 * that holder, and the he-chain goes on with them. A role with its body ("the president of the club") may be another's.
 */
function bareRoleHolder(ctx: Context, j: number, fits: (entity: number) => boolean): number | undefined {
	const start = mainClauseStart(ctx, j);
	const head = BARE_ROLE_THEN_VERB.exec(ctx.text.slice(start, ctx.sentences[j]!.end))?.[1];
	if (head === undefined) return undefined;
	const holders = recentHolders(ctx, head, j, start);
	return holders.length === 1 && fits(holders[0]!) ? holders[0] : undefined;
}

/**
 * "A spokesperson for Kell Foods defended the move. “We are closing the mill,” he said.": a he/she opening or closing
 * the quote's sentence is the person the sentence just before brings in unnamed as its subject, when that sentence
 * names no other person, so nobody else could be meant. Only an indefinite one ("a", "one"): it brings in someone new,
 * where "the analyst at Kell Bank" points back to someone the article may have named. The description, as the article
 * gives it ("a spokesperson for Kell Foods"), or undefined.
 */
function describedJustBefore(ctx: Context, pronounAt: number, word: string): string | undefined {
	const q = ctx.current;
	if (!q) return undefined;
	const si = sentenceIndexAt(ctx.sentences, q.open);
	const s = ctx.sentences[si];
	const before = ctx.sentences[si - 1];
	if (!s || !before || before.paragraph !== s.paragraph) return undefined;
	// The pronoun is the quote's own cue: right after it, or opening its sentence before it.
	const lead = ctx.text.slice(s.start, q.open).trim();
	if (lead !== '' && !(pronounAt === s.start && /^\p{L}+\s+\p{Ll}+[,:]?$/u.test(lead))) return undefined;
	if (/[“”"]/.test(ctx.text.slice(before.start, before.end))) return undefined;
	const start = mainClauseStart(ctx, si - 1);
	const m = DESCRIBED_THEN_VERB.exec(ctx.text.slice(start, before.end));
	const noun = m?.[1];
	if (!m || !noun || !(namesPerson(noun) || isRoleWord(noun)) || orgKindOf(noun)) return undefined;
	// A name inside the description ("one resident of the town of Abu Kamal") is what it is of, not another person.
	const outside = (x: Mention) => x.start < start || x.end > start + m[0].length;
	if (
		mentionAt(ctx, before.start, before.end).some(
			(x) => outside(x) && ctx.people.entities[x.entity]!.kind === 'person'
		)
	)
		return undefined;
	const held = /woman$/.test(noun) ? 'f' : /man$/.test(noun) ? 'm' : roleGender(noun);
	if (held && held !== (word === 'she' ? 'f' : 'm')) return undefined;
	const phrase = m[0].replace(/\s+$/, '');
	// "A spokesman for the embattled firm said": a verb form cut the body short; who it is stays unsaid.
	const last = phrase.split(/\s+/).pop()!.toLowerCase();
	return DETERMINERS.has(last) || PREPOSITIONS.has(last) ? undefined : lowerDeterminer(phrase);
}
/** "A spokesperson for Kell Foods", "One resident of the town of Dover": a person brought in unnamed, then a verb. */
const DESCRIBED_THEN_VERB =
	/^(?:A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:for|of|at|from|with)\s+[^,;:“”"]{1,60}?)?(?=\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|spoke|gave|took|made|believes|thinks|\p{Ll}+ed)\b)/u;

/** "A witness, who was playing golf nearby, said": a person the sentence brings in unnamed, then a verb of speech. */
const UNNAMED_THEN_CUE = new RegExp(
	`^(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\\s+(?:\\p{Ll}+\\s+){0,2}?(\\p{Ll}+)(?:,[^,;“”"]*,)?\\s+(?:\\p{Ll}+ly\\s+)?${endingIn(FINITE_SOURCE, 'cue')}`,
	'u'
);

/**
 * Whether sentence `j`'s main clause has a person brought in unnamed as the one who speaks ("A witness … said the
 * plane was on fire"): the "he said" after it goes on with that person, who names no one.
 */
function unnamedSpeakerSubject(ctx: Context, j: number): boolean {
	const at = mainClauseStart(ctx, j);
	const clause = ctx.text.slice(at, ctx.sentences[j]!.end);
	const noun = UNNAMED_THEN_CUE.exec(clause)?.[1];
	if (noun !== undefined && (namesPerson(noun) || isRoleWord(noun) || countsPeople(`${noun}s`))) return true;
	return unheldOwnedRole(ctx, at, clause);
}

/**
 * "Also on Thursday, Russia's Foreign Minister called for …", "The company's spokesman said": a post named by whose it
 * is, with no holder's name, as the subject of a verb of speech; the one who holds it is unnamed.
 */
const OWNED_ROLE_THEN_CUE = new RegExp(
	`^(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)\\s+(?:\\p{Ll}+ly\\s+)?${endingIn(FINITE_SOURCE, 'cue')}`,
	'u'
);

function unheldOwnedRole(ctx: Context, at: number, clause: string): boolean {
	const owned = OWNED_ROLE_THEN_CUE.exec(clause);
	if (!owned || !isRoleWord(owned[1]!.toLowerCase())) return false;
	const owner = /['’]s?\s/u.exec(owned[0])!;
	return mentionAt(ctx, at + owner.index, at + owned[0].length).every(
		(m) => ctx.people.entities[m.entity]!.kind !== 'person'
	);
}

/** Whether a sentence of the quote's paragraph, before the quote, brings in an unnamed speaker. */
function unnamedSpeakerBefore(ctx: Context, q: QuoteSpan): boolean {
	for (let j = lowerBound(ctx.sentences, q.paragraph, byParagraph); j < ctx.sentences.length; j++) {
		if (ctx.sentences[j]!.paragraph !== q.paragraph || ctx.sentences[j]!.start >= q.open) break;
		if (unnamedSpeakerSubject(ctx, j)) return true;
	}
	return false;
}

/** "The chief executive of Saltmere Ferries told …": a lede whose subject is a role in a named body. */
const ROLE_OF_BODY = /^[Tt]he\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "The chief executive of Saltmere Ferries told a committee …" ¶ "Rhiannon Vale gave evidence …": news names the
 * lede's subject, given by a role alone, in the next paragraph's opening words. So the person named first there,
 * with no role of their own, holds the lede's role; unsure, and no one when the article gives the role to anyone.
 */
function ledeHolder(ctx: Context, head: string): number | undefined {
	const first = ctx.sentences[0];
	if (!first) return undefined;
	const lede = ROLE_OF_BODY.exec(ctx.text.slice(mainClauseStart(ctx, 0), first.end));
	if (lede?.[1] !== head || !isRoleWord(head)) return undefined;
	const word = holding(head, '');
	if (ctx.people.entities.some((e) => e.kind === 'person' && word.test(e.role))) return undefined;
	const ni = lowerBound(ctx.sentences, first.paragraph + 1, byParagraph);
	if (ctx.sentences[ni]?.paragraph !== first.paragraph + 1) return undefined;
	const at = mainClauseStart(ctx, ni);
	const m = ctx.people.mentions[lowerBound(ctx.people.mentions, at, byStart)];
	if (!m || m.start !== at) return undefined;
	const e = ctx.people.entities[m.entity]!;
	const firstNamed = e.mentions.every((x) => x.start >= at);
	return e.kind === 'person' && e.named && e.tokens.length >= 2 && !e.role && firstNamed
		? m.entity
		: undefined;
}

const CAPITALISED_THEN_VERB =
	/^(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:\p{Ll}+ly\s+)?(?:was|is|has|had|did|would|could|will|\p{Ll}+ed|\p{Ll}+s)\b/u;

/**
 * "In the enviable position of …, Carr was free to criticise both parties.": a main clause opening on a capitalised
 * word the people table does not know, before its verb, may be about a person the table missed, whom a he/she after it
 * means. Only a word the lexicon knows as nothing but a name, or not at all.
 */
function unknownNameSubject(ctx: Context, j: number): boolean {
	const at = mainClauseStart(ctx, j);
	const m = CAPITALISED_THEN_VERB.exec(ctx.text.slice(at, ctx.sentences[j]!.end));
	if (!m || mentionAt(ctx, at, at + m[0].length).length > 0) return false;
	const word = m[1]!;
	return lexiconTags(word).every((t) => NAME_TAGS.has(t));
}
const NAME_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName']);

/** The people sentence `j` names. */
function peopleNamedIn(ctx: Context, j: number): Set<number> {
	const s = ctx.sentences[j]!;
	return new Set(
		mentionAt(ctx, s.start, s.end)
			.filter((m) => ctx.people.entities[m.entity]!.kind === 'person' && narrated(ctx, m))
			.map((m) => m.entity)
	);
}

/**
 * Whether the narration names a person where a pronoun could go back to them: not inside anyone's quoted words
 * ("She said Nader “prevented Al Gore from …”, and she hoped …"), nor as a name modifying a noun after a
 * determiner ("the media release used the Forbes name. “…,” he said").
 */
function narrated(ctx: Context, m: Mention): boolean {
	const quoted = ctx.top[lowerBound(ctx.top, m.start + 1, byOpen) - 1];
	if (quoted && quoted.close > m.start) return false;
	const next = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(m.end, m.end + 30))?.[1];
	return !(
		/\b(?:the|a|an)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 4), m.start)) &&
		next !== undefined &&
		!isFiniteCue(next) &&
		!m.possessive
	);
}

/** The named person of a ", X said." that ends a sentence with no quote of its own. */
function reportedBy(ctx: Context, j: number): number | undefined {
	const s = ctx.sentences[j]!;
	const tail = REPORTED_BY.exec(ctx.text.slice(s.start, s.end));
	if (!tail || /[“”"]/.test(ctx.text.slice(s.start, s.end))) return undefined;
	const at = s.start + tail.index + tail[0].indexOf(tail[1]!);
	const name = mentionAt(ctx, at, at + tail[1]!.length).find((m) => m.start === at && !m.possessive);
	const e = name && ctx.people.entities[name.entity]!;
	return e && e.kind === 'person' && e.named ? name.entity : undefined;
}
/** The named person of a ", said X, an aide." that ends a sentence with no quote of its own. */
function saidBy(ctx: Context, j: number): number | undefined {
	const s = ctx.sentences[j]!;
	const sentence = ctx.text.slice(s.start, s.end);
	const tail = SAID_BY.exec(sentence);
	if (!tail || /[“”"]/.test(sentence)) return undefined;
	const at = s.start + tail.index + tail[0].length;
	const name = mentionAt(ctx, at, s.end).find((m) => m.start === at && !m.possessive);
	if (!name || !/^(?:,|\.\s*$)/.test(ctx.text.slice(name.end, s.end))) return undefined;
	const e = ctx.people.entities[name.entity]!;
	return e.kind === 'person' && e.named ? name.entity : undefined;
}
/**
 * The named people of a ", according to the regional police chief Ada Roe." that ends a sentence with no quote of its
 * own: the source the next "she said" goes on with, not the sentence's subject, whom the report is about.
 */
function accordingTo(ctx: Context, j: number): Set<number> {
	const s = ctx.sentences[j]!;
	const sentence = ctx.text.slice(s.start, s.end);
	const source = SOURCE_ENDS_SENTENCE.exec(sentence);
	// "According to Major Tom Roe, the raid had worked. “…,” he said.": a source opening the sentence is as much its
	// teller as one closing it, but a person the report is about may go on as well ("According to Tom Roe, Sam Ito
	// resigned"), so every person the sentence names counts.
	// "According to reports, …" names no teller.
	const opening = source ? null : SOURCE_OPENS_SENTENCE.exec(sentence);
	if (!source && !opening) return new Set();
	const people = (from: number, to: number) =>
		mentionAt(ctx, from, to)
			.filter((m) => !m.possessive)
			.map((m) => m.entity)
			.filter((e) => ctx.people.entities[e]!.kind === 'person' && ctx.people.entities[e]!.named);
	if (source) return new Set(people(s.start + source[0].length, s.end));
	return people(s.start, s.start + opening![1]!.length).length > 0
		? new Set(people(s.start, s.end))
		: new Set();
}
const SOURCE_OPENS_SENTENCE = /^(\s*According to\s+[^,“”"]{1,80}),[^“”"]*$/;
const SAID_BY = new RegExp(`,\\s+(?:${FINITE_SOURCE})\\s+(?=\\p{Lu})`, 'u');
const REPORTED_BY = new RegExp(
	`,\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s+(?:${FINITE_SOURCE})\\.\\s*$`,
	'u'
);

/**
 * "Tom Roe and Sam Ito met.", "According to Tom Roe, Sam Ito resigned.": another person the pronoun fits shares the
 * sentence's lead with its subject, as the second of two subjects or as the source it reports, so "he" could be
 * either and names neither.
 */
/** "Holt said …" after Tom Holt and his son Sam Holt: a subject the table could not tell between two people. */
function sharedSurnameAt(ctx: Context, at: number): boolean {
	const m = ctx.people.mentions[lowerBound(ctx.people.mentions, at, byStart)];
	return m !== undefined && m.start === at && m.ambiguous;
}

/**
 * "Anna Holt rose to speak. “…,” Holt said." after Tom Holt was named too: a surname two people share names the one
 * that the sentences just before are about (their main clause's subject), as a reader takes it; no one when none of
 * the last three sentences, in this paragraph or the one before, opens on either.
 */
function surnameHolder(ctx: Context, mention: Mention, si: number): number | undefined {
	const surname = ctx.people.entities[mention.entity]!.tokens.at(-1);
	const holders = (entity: number) => {
		const e = ctx.people.entities[entity]!;
		return e.kind === 'person' && e.named && e.tokens.at(-1) === surname;
	};
	const paragraph = ctx.sentences[si]!.paragraph;
	for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
		if (paragraph - ctx.sentences[j]!.paragraph > 1) break;
		const subject = subjectOf(ctx, j);
		if (subject.kind !== 'entity' || !holders(subject.entity)) continue;
		// "Anna Holt, the mayor, and Tom Holt spoke": both are the subject, so neither is.
		const own = mentionAt(ctx, subject.at, ctx.sentences[j]!.end);
		const joined = own.some(
			(m) =>
				m.entity !== subject.entity &&
				holders(m.entity) &&
				/^(?:,[^,;]*,)?\s+and\s+$/.test(ctx.text.slice(own[0]!.end, m.start))
		);
		return joined || rivalOf(ctx, j, subject, holders) ? undefined : subject.entity;
	}
	return undefined;
}

function rivalOf(
	ctx: Context,
	j: number,
	subject: { entity: number; at: number },
	fits: (entity: number) => boolean
): boolean {
	const s = ctx.sentences[j]!;
	const other = (m: Mention | undefined) => m !== undefined && m.entity !== subject.entity && fits(m.entity);
	const mentions = mentionAt(ctx, s.start, s.end);
	const own = mentions.find((m) => m.start === subject.at);
	if (own) {
		const and = /^\s+and\s+/.exec(ctx.text.slice(own.end, own.end + 8));
		if (and && other(mentions.find((m) => m.start === own.end + and[0].length))) return true;
	}
	const source = /\b(?:according to|in the words of)\s+/i.exec(ctx.text.slice(s.start, subject.at));
	if (!source) return false;
	const at = s.start + source.index + source[0].length;
	return mentions.some((m) => m.start >= at && m.start < subject.at && other(m));
}

/**
 * "Whitcombe asked the minister whether the cut could be reversed. “It is final,” she said.": the one who asked
 * does not give the answer; who answered, the sentence names only by a role, so "she" names nobody. A question in
 * the marks is the asker's own.
 */
function askedOnly(ctx: Context, subject: { entity: number; at: number }): boolean {
	const q = ctx.current;
	if (!q || /\?[’'”"]?\s*$/.test(ctx.text.slice(q.start, q.end))) return false;
	const m = mentionAt(ctx, subject.at, subject.at + 120).find((x) => x.start === subject.at);
	if (!m) return false;
	// "Kevin Roe asked for the maximum sentence": asking for something is a request, and the asker may go on.
	return /^\s+(?:(?:also|then|later|again|repeatedly)\s+)?(?:asked|questioned|pressed|quizzed)\b(?!\s+for\b)/.test(
		ctx.text.slice(m.end, m.end + 40)
	);
}

/** A sentence inside a quote left open at its paragraph's end, which the next paragraph's quote goes on. */
function insideOpenQuote(ctx: Context, j: number): boolean {
	const s = ctx.sentences[j]!;
	const around = ctx.top[lowerBound(ctx.top, s.start + 1, byOpen) - 1];
	return around !== undefined && around.unclosed && around.open <= s.start + 1 && around.close >= s.end - 1;
}

/**
 * "Wikinews asked Tom Smith about the cost. “…,” he said.": the person a sentence asks is the one who answers,
 * whoever asked; so is the one it gives the floor ("Dunn allowed Don Roe to respond. “…,” he said.").
 */
function askedPerson(ctx: Context, j: number): number | undefined {
	const s = ctx.sentences[j]!;
	for (const m of mentionAt(ctx, s.start, s.end)) {
		// "Roe questioned Kell's account": what was questioned is the account, and Roe goes on speaking.
		if (m.possessive) continue;
		const lead = ctx.text.slice(Math.max(s.start, m.start - 16), m.start);
		if (/\b(?:asked|questioned|interviewed|pressed|quizzed)\s+$/.test(lead)) return m.entity;
		if (GIVES_FLOOR.test(lead) && TO_SPEAK.test(ctx.text.slice(m.end, m.end + 24))) return m.entity;
	}
	return undefined;
}
const GIVES_FLOOR = /\b(?:allowed|invited|let|permitted|called on|called upon)\s+$/;
const TO_SPEAK = /^\s+(?:to\s+)?(?:respond|reply|answer|speak|comment|testify|explain)\b/;

/** "The company did not dispute it, but its statement said": "its" is the body its own sentence opened on. */
function bodySubject(ctx: Context, si: number, before: number): Omit<Resolved, 'rule'> | undefined {
	const kind = /^the\s+(\p{Ll}+)\s/iu.exec(ctx.text.slice(mainClauseStart(ctx, si), before))?.[1];
	const body = kind && orgKindOf(kind) ? resolveOrganisation(ctx, kind, before, '') : undefined;
	return body && { entity: body.entity, confidence: body.confidence };
}

/** it/the statement: the latest document or organisation that was a subject just before. */
function resolveThing(ctx: Context, si: number, offset?: number): Omit<Resolved, 'rule'> | undefined {
	// "EPIC has received documents which it says “…”": an "it" inside the clause of a body that is the sentence's own
	// subject, before it, is that body.
	const own = offset === undefined ? undefined : subjectOf(ctx, si);
	if (own?.kind === 'entity' && own.at < offset! && ctx.people.entities[own.entity]!.kind !== 'person')
		return { entity: own.entity, confidence: 'high' };
	for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
		if (insideCurrentQuote(ctx, j)) continue;
		const subject = subjectOf(ctx, j);
		const confidence = j === si - 1 ? 'high' : 'low';
		if (subject.kind === 'document')
			return { entity: documentSource(ctx, subject.head, ctx.sentences[j]!.end), confidence };
		if (subject.kind === 'entity' && ctx.people.entities[subject.entity]!.kind !== 'person')
			return { entity: subject.entity, confidence };
		if (subject.kind === 'pronoun' && subject.word === 'it') continue;
	}
	return undefined;
}

/**
 * "The Kell Labour Party backed the deal. “…,” they said.": a body takes "they" as often as "it" in British and
 * Australian usage. "they" is the body named as the subject of the sentence just before, when its name is singular
 * and that sentence names no one else "they" could mean: a plural of people or bodies ("The union said its members
 * were angry. “…,” they said." may be the members) or "them". A collective ("Police", "Democrats") is people.
 */
function bodyAsThey(ctx: Context, si: number, offset: number): Omit<Resolved, 'rule'> | undefined {
	// "United Feature Syndicate, they responded to us": a subject of the pronoun's own clause is a spoken aside.
	const own = subjectOf(ctx, si);
	if (own.kind === 'entity' && own.at < offset) return undefined;
	let j = si - 1;
	while (j >= 0 && insideCurrentQuote(ctx, j)) j--;
	if (j < 0) return undefined;
	const subject = subjectOf(ctx, j);
	if (subject.kind !== 'entity' || !singularBody(ctx.people.entities[subject.entity]!)) return undefined;
	return othersInView(ctx, subject.at, ctx.sentences[j]!.end)
		? undefined
		: { entity: subject.entity, confidence: 'high' };
}

/** A named organisation whose name is not a plural or a collective of people. */
function singularBody(e: Entity): boolean {
	const last = e.name.split(/\s+/).pop()!.toLowerCase();
	return e.kind === 'organisation' && e.named && !/s$/.test(last) && !countsPeople(last);
}

/**
 * Whether the narration from `start` to `end`, outside quotes, holds "them", a plural noun for people or bodies, or a
 * noun for several people taken as one ("charged the pair").
 */
function othersInView(ctx: Context, start: number, end: number): boolean {
	const narration = ctx.text.slice(start, end).replace(/[“"][^“”"]*[”"]/g, ' ');
	if (/\bthem\b/i.test(narration)) return true;
	return (narration.match(/\b\p{Ll}[\p{Ll}-]+\b/gu) ?? []).some(
		(word) =>
			PEOPLE_TAKEN_AS_ONE.has(word) ||
			((/[^s]s$/.test(word) || IRREGULAR_PLURALS.has(word) || countsPeople(word)) && pluralSpeaks(word))
	);
}
const PEOPLE_TAKEN_AS_ONE = new Set(['pair', 'couple', 'duo', 'trio', 'family', 'crowd', 'gang']);

function addEntity(ctx: Context, e: Omit<Entity, 'id' | 'mentions' | 'tokens'>): number {
	const key = e.kind + ':' + e.name.toLowerCase();
	const known = ctx.people.entities.findIndex((x) => x.kind + ':' + x.name.toLowerCase() === key);
	if (known >= 0) return known;
	ctx.people.entities.push({ ...e, id: hash(key).slice(0, 8), tokens: e.name.split(/\s+/), mentions: [] });
	return ctx.people.entities.length - 1;
}

/**
 * "One user, posting as “quietmargins”, wrote:", "Another, who posts as “TomBrack_reads”, wrote that": a subject
 * known by the handle in marks set off after it, right before the verb.
 */
const HANDLE_BEFORE =
	/(?:\bwho\s+)?\b(?:posting|posts|posted|writing|writes|going|goes|signing|signs)\s+(?:online\s+)?(?:as|by)\s+[“"]([^“”"\s]{1,40})[”"]\s*,?\s*$/;

/** A user known only by a handle: a person with a name to ask about, though not a full name. */
function handleEntity(ctx: Context, handle: string): number {
	return addEntity(ctx, { kind: 'person', name: handle, role: '', named: true });
}

/**
 * Every match of "up to two words, then the document's head" in `text`, as a global expression finds them. The
 * expression, tried at every place of a long text, cost a tenth of a second a head in 1 MB; a match ends on the
 * head and starts at most two words before it, so it is tried only there, from the word three before each place
 * the head is written, at each place in turn (the first that matches is the one a search from the left finds).
 */
export function leadsOf(text: string, head: string): RegExpExecArray[] {
	const at = new RegExp(`\\b((?:(?<![\\p{L}\\d-])[\\p{Ll}-]+(?:['’]s)?\\s+){0,2})${head}\\b`, 'iuy');
	const heads = new RegExp(head, 'giu');
	const found: RegExpExecArray[] = [];
	for (let from = 0; ;) {
		heads.lastIndex = from;
		const h = heads.exec(text);
		if (!h) return found;
		let m: RegExpExecArray | null = null;
		for (let p = Math.max(from, wordsBack(text, h.index, 3)); p <= h.index && !m; p++) {
			if (lowSurrogateAt(text, p)) continue;
			at.lastIndex = p;
			m = at.exec(text);
		}
		if (m) found.push(m);
		from = m ? m.index + m[0].length : h.index + 1;
	}
}

const SPACE = /\s/;

/** Where the `n`th run of non-space characters before `at` starts (the run `at` stands in not counted). */
function wordsBack(text: string, at: number, n: number): number {
	let i = at;
	while (i > 0 && !SPACE.test(text.charAt(i - 1))) i--;
	for (let k = 0; k < n; k++) {
		while (i > 0 && SPACE.test(text.charAt(i - 1))) i--;
		while (i > 0 && !SPACE.test(text.charAt(i - 1))) i--;
	}
	return i;
}

/** The second half of a pair that writes one code point: no match of a `u` expression starts there. */
function lowSurrogateAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	const before = text.charCodeAt(i - 1);
	return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/** "the statement" is "the joint statement" when the article called it that before. */
function documentEntity(ctx: Context, head: string, before: number): number {
	let phrases = ctx.documents.get(head);
	if (!phrases) {
		phrases = [];
		// "the district's policy": a possessive word stays whole, not "s policy"; "the 28-page indictment" has no
		// modifier "-page".
		for (const m of leadsOf(ctx.text, head)) {
			const lead = (m[1] ?? '').trim().toLowerCase().split(/\s+/);
			const modifiers = lead.filter(
				(w) => w && !DETERMINERS.has(w) && !CLAUSE_WORDS.has(w) && !PREPOSITIONS.has(w) && !AUX.has(w)
			);
			let lastBreak = lead.length - 1;
			while (lastBreak >= 0 && !DETERMINERS.has(lead[lastBreak]!) && !PREPOSITIONS.has(lead[lastBreak]!))
				lastBreak--;
			const kept = lastBreak >= 0 ? lead.slice(lastBreak + 1) : modifiers;
			const phrase = [...kept.filter((w) => modifiers.includes(w)), head].join(' ');
			phrases.push({ end: m.index + m[0].length, phrase });
		}
		ctx.documents.set(head, phrases);
	}
	let best = '';
	for (const { end, phrase } of phrases) {
		if (end > before) break;
		if (phrase.split(' ').length >= best.split(' ').length) best = phrase;
	}
	return addEntity(ctx, { kind: 'document', name: `the ${best || head}`, role: '', named: false });
}

/** Whether the article names who issued a document: "the statement issued by Xi", "Acme published a report". */
function hasNamedIssuer(ctx: Context, entity: number): boolean {
	const known = ctx.issued.get(entity);
	if (known !== undefined) return known;
	const head = ctx.people.entities[entity]!.name.toLowerCase().split(/\s+/).pop() ?? '';
	const issued = '(?:issued|published|released|written|wrote|signed|sent|put\\s+out)';
	// Documents of one kind ("the statement", "the joint statement") share the answer: the text is read once a kind.
	const named =
		ctx.issuedByHead.get(head) ??
		(/^\p{L}+$/u.test(head) &&
			new RegExp(
				`\\b${head}s?,?\\s+(?:(?:which|that)\\s+was\\s+)?${issued}\\s+by\\s+(?:the\\s+)?\\p{Lu}|\\p{Lu}[\\p{L}.'’-]*\\s+${issued}\\s+(?:a|an|the|their|its|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`,
				'u'
			).test(ctx.text));
	ctx.issuedByHead.set(head, named);
	ctx.issued.set(entity, named);
	return named;
}

/** The organisation or named person a quote of sentence `si` was already given to, if any. */
function spokenIn(ctx: Context, si: number): number | undefined {
	const sentence = ctx.sentences[si];
	if (!sentence) return undefined;
	for (let i = lowerBound(ctx.top, sentence.start, byOpen); i < ctx.top.length; i++) {
		const q = ctx.top[i]!;
		if (q.open >= sentence.end) break;
		const entity = ctx.spoken.get(q.open);
		const e = entity === undefined ? undefined : ctx.people.entities[entity];
		if (e && e.named && (e.kind === 'person' || e.kind === 'organisation')) return entity;
	}
	return undefined;
}

/**
 * "“…,” Abel began, speaking to Roe. “…,” he said.": when the quote before was given to someone only as a guess
 * ("began" is no cue, so the words went to the moderator of the paragraph before), a he/she that goes on with that
 * person is no surer than the guess.
 */
function guessedIn(ctx: Context, si: number, entity: number): boolean {
	const sentence = ctx.sentences[si]!;
	return ctx.top.some(
		(q) =>
			q.open >= sentence.start &&
			q.open < sentence.end &&
			ctx.guessed.has(q.open) &&
			ctx.spoken.get(q.open) === entity
	);
}

/**
 * A document speaks for whoever issued it: "Microsoft said in a statement … The statement added" is Microsoft's,
 * "a statement from the families" the families'. The issuer is the named person or organisation nearest before
 * the document in this or the previous paragraph ("X issued/released a statement", "X's statement", "a statement
 * from/by X", "in a statement, X said"); with none, the document itself, which gets no who-said question.
 */
function documentSource(ctx: Context, head: string, before: number): number {
	const found = issuerNear(ctx, head, before);
	const upTo = Math.min(before, ctx.current?.open ?? before);
	const kept = ctx.issuers.get(head);
	if (ctx.people.entities[found]!.kind !== 'document') {
		ctx.issuers.set(head, { at: upTo, entity: found });
		return found;
	}
	// "The embassy warned in a statement … [two paragraphs on] The statement also warns …": the statement goes on
	// speaking for the issuer it had, until the article brings in another ("a statement").
	const another = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`, 'iu');
	if (kept && kept.at < upTo && !another.test(ctx.text.slice(kept.at, upTo))) return kept.entity;
	return found;
}

const SPEAKING_FOR =
	/\b(?:spokes(?:man|woman|person)|aide|representative|lawyer|attorney|adviser|advisor)\s+(?:for|of|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/**
 * "Democrats in the Kell Assembly sent a letter", "Members of the board issued a statement": some of a body's
 * members wrote it, not the body, so the body named after them is no issuer.
 */
function membersOf(ctx: Context, from: number, close: Mention): boolean {
	const lead = ctx.text.slice(Math.max(from, close.start - 40), close.start);
	return /\b(?:Democrats|Republicans|[Mm]embers|[Ll]awmakers|[Ll]egislators|[Ss]enators|MPs)\s+(?:in|from|within|of)\s+(?:the\s+)?$/.test(
		lead
	);
}

/** Whether `at` lies inside a quote's marks. */
function quotedMention(ctx: Context, at: number): boolean {
	const around = ctx.top[lowerBound(ctx.top, at, byOpen) - 1];
	return around !== undefined && around.open < at && around.close > at;
}

const MAIN_VERB_AFTER_ISSUER =
	/\s+(?:has|have|had|is|are|was|were|will|would|can|could|did|does|said|says)\b.*$/;

/** The issuer named near a document (see documentSource), else the document itself. */
function issuerNear(ctx: Context, head: string, before: number): number {
	const si = sentenceIndexAt(ctx.sentences, Math.max(0, before - 1));
	const paragraph = ctx.sentences[si]?.paragraph ?? 0;
	const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
	const window = ctx.text.slice(from, before);
	const issuers: { at: number; entity: number }[] = [];
	const re = new RegExp(
		`\\b(?:(?:a|an|the|its|their|his|her)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${head}s?\\b`,
		'giu'
	);
	for (const m of window.matchAll(re)) {
		const at = from + m.index;
		const end = at + m[0].length;
		// "“… we came together and passed this resolution,” said Roe.": a document a speaker names inside their
		// words is one they talk about, not one the narration says they issued.
		if (quotedMention(ctx, at)) continue;
		const named = (ms: ReturnType<typeof mentionAt>) =>
			ms.filter(
				(x) => ctx.people.entities[x.entity]!.named && ctx.people.entities[x.entity]!.kind !== 'document'
			);
		// "X issued a statement", "X's statement", "In a statement, X said": a name close before or right after.
		const close = named(mentionAt(ctx, Math.max(from, at - 60), at)).pop();
		const lead = close ? ctx.text.slice(close.end, at) : '';
		// "Ann Lee said a council report …": a verb of speech right before tells what she reports, not what she
		// issued ("said in a statement" is hers).
		const reports =
			/^\s+\p{Ll}+\s+$/u.test(lead) && isFiniteCue(lead.trim()) && /^(?:a|an|the)\s/i.test(m[0]);
		// "The Lutz campaign sent an email": a name before a body's noun names the body, which issued it.
		const body = close && !close.possessive ? bodyOfName(lead) : undefined;
		// "A spokesman for Prime Minister Ada Roe issued a statement": the one speaking for her issued it, not she.
		const spokenFor =
			close && SPEAKING_FOR.test(ctx.text.slice(Math.max(from, close.start - 60), close.start));
		if (spokenFor || (close && membersOf(ctx, from, close))) continue;
		if (close && body) {
			const article = /\bthe\s+$/i.test(ctx.text.slice(Math.max(from, close.start - 4), close.start))
				? 'the '
				: '';
			const name = `${article}${ctx.text.slice(close.start, close.end)} ${body}`;
			issuers.push({ at, entity: unnamedOrganisation(ctx, name) });
		} else if (close && (close.possessive || (/^,?\s+(?:\p{Ll}+\s+){0,2}$/u.test(lead) && !reports)))
			issuers.push({ at, entity: officeOf(ctx, close) ?? close.entity });
		const after = /^,?\s+(?:(?:published|issued|released|written|signed|put out)\s+)?(?:by|from|of)\s+/i.exec(
			ctx.text.slice(end, end + 30)
		);
		// "“…,” Acme said in a statement. … the statement continued": the statement's is the voice that gave it.
		const gaveIt = close ? undefined : spokenIn(ctx, sentenceIndexAt(ctx.sentences, at));
		if (gaveIt !== undefined) issuers.push({ at, entity: gaveIt });
		const next = named(mentionAt(ctx, end, end + 80))[0];
		// "a summary from Wikileaks which was sent to United States military leaders": the name "from" or "by" gives
		// is the one right after it, past an owner or a few words of what it is ("by Morocco's interior Ministry", "by
		// economists Ada Roe and …"); a name further on is another part of the sentence (here who received it). An
		// owner there only says whose the issuer is ("by the Kell Government's Staysafe committee").
		const byName =
			after &&
			next &&
			!next.possessive &&
			/^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:\p{Ll}+\s+){0,2}$/u.test(
				ctx.text.slice(end + after[0].length, next.start)
			);
		if (next && (byName || /^,\s*$/.test(ctx.text.slice(end, next.start))))
			issuers.push({ at, entity: officeOf(ctx, next) ?? next.entity });
		else if (after) {
			// "a press release from the ministry": the issuer named by what it is.
			const np = phraseAfter(
				ctx,
				end + after[0].length,
				Math.min(ctx.text.length, end + after[0].length + 80)
			);
			// "A new report released by the Kell Government's Select Committee on Foreign Affairs has carried …": the
			// sentence's verb ends the issuer's name.
			const issuer = np && phraseText(ctx, np.start, np.end).replace(MAIN_VERB_AFTER_ISSUER, '');
			const kind = issuer && orgKindOf(headOf(issuer.toLowerCase()));
			const service = issuer && namedService(issuer);
			if (issuer && kind && /^the\s/i.test(issuer))
				issuers.push({ at, entity: unnamedOrganisation(ctx, issuer) });
			else if (service) issuers.push({ at, entity: unnamedOrganisation(ctx, service) });
			else if (issuer) {
				// "a statement from the Red Cross": an issuer the article names, though the people table did not.
				const named = namedSource(ctx, issuer);
				if (named !== undefined) issuers.push({ at, entity: named });
			}
		}
	}
	const issuer = issuers.pop();
	if (issuer) return issuer.entity;
	// "X wrote in a blog post … the post said … According to the post": the document introduced in the paragraph
	// before the window ("a … post") keeps the issuer it had there.
	const reach = ctx.sentences[lowerBound(ctx.sentences, paragraph - 2, byParagraph)]?.start ?? 0;
	const intro = [
		...ctx.text
			.slice(reach, from)
			.matchAll(new RegExp(`\\b(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`, 'giu'))
	].pop();
	if (intro) {
		const earlier = documentSource(ctx, head, reach + intro.index + intro[0].length);
		if (ctx.people.entities[earlier]!.kind !== 'document') return earlier;
	}
	return writerBefore(ctx, head) ?? documentEntity(ctx, head, before);
}

/**
 * "The Harbour Trust wrote to members on Friday. “…,” the letter reads.": a document named by its noun alone, the
 * sentence before its quote having a named writer as subject (a verb of writing or issuing, or a newspaper for its
 * column or editorial), is that writer's.
 */
function writerBefore(ctx: Context, head: string): number | undefined {
	const q = ctx.current;
	if (!q) return undefined;
	const qi = sentenceIndexAt(ctx.sentences, q.open);
	const j = qi - 1;
	const s = ctx.sentences[j];
	if (!s || ctx.sentences[qi]!.paragraph - s.paragraph > 1 || /[“”"]/.test(ctx.text.slice(s.start, s.end)))
		return undefined;
	const subject = subjectOf(ctx, j);
	if (subject.kind !== 'entity') return undefined;
	const e = ctx.people.entities[subject.entity]!;
	if (!e.named || e.kind === 'document') return undefined;
	const rest = ctx.text.slice(subject.at, s.end);
	const verb = WRITING_VERB.exec(rest)?.[1]?.toLowerCase();
	const press =
		e.kind === 'organisation' &&
		PRESS_DOCUMENTS.has(head) &&
		PRESS_NAMES.has(e.name.split(/\s+/).pop()?.toLowerCase() ?? '');
	if (press) return subject.entity;
	if (!verb) return undefined;
	return ISSUING.has(verb) || CORRESPONDENCE.has(head) ? subject.entity : undefined;
}
const WRITING_VERB =
	/^(?:(?:[Tt]he|\p{Lu}[\p{L}'’.-]*)\s+){1,6}(?:(?:also|then|\p{Ll}+ly)\s+)?(wrote|sent|emailed|mailed|posted|issued|released|published|circulated)\b/u;
const ISSUING = new Set(['issued', 'released', 'published', 'circulated']);
const CORRESPONDENCE = new Set(['letter', 'email', 'message', 'note', 'memo', 'post', 'column', 'op-ed']);
const PRESS_DOCUMENTS = new Set(['column', 'editorial', 'op-ed']);

/** Services of a state that issue statements though no kind of organisation names them. */
const SERVICES = new Set(['military', 'army', 'navy', 'police', 'embassy']);
/**
 * "The Israeli military said", "The McCain campaign said", "the presidency said in a statement": a state's service,
 * a head of state's office or a candidate's campaign speaks as a body. No kind of organisation lists these nouns,
 * so "the presidency" is never the ministry named before it.
 */
const VOICED_BODIES = new Set([...SERVICES, 'presidency', 'campaign']);

/** "the Kell military", "the U.S. embassy": a state's service told apart by the name before it, as written. */
function namedService(phrase: string): string | undefined {
	const m = /^[Tt]he\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+(\p{Ll}+)\b/u.exec(phrase);
	return m && SERVICES.has(m[1]!) ? m[0] : undefined;
}

/** Documents a body puts out in its own voice, as against a text it only holds to ("the UN charter states"). */
const ISSUED_DOCUMENTS = new Set(
	(
		'statement declaration report release announcement communique communiqué letter memo memorandum briefing ' +
		'message notice email'
	).split(' ')
);

/**
 * "A Kell government statement said", "according to a Kell Union statement": the name before a document's noun
 * says who issued it, a body the article names or one of its kind told apart by that name.
 */
function documentModifier(ctx: Context, phrase: string, start: number, rule: string): Resolved | undefined {
	// "A 2006 US report called …": the year it came out may stand before the name.
	const m =
		/^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:1[89]|20)\d\d\s+)?((?:(?!(?:An?|The)\s)\p{Lu}[\p{L}.'’&-]*\s+)+)(?:(\p{Ll}+)\s+)?(\p{Ll}+)(?=$|\s+(?:in|on|at|to)\s)/u.exec(
			phrase
		);
	if (!m || !ISSUED_DOCUMENTS.has(m[3]!)) return undefined;
	const proper = m[1]!.trim();
	const body = m[2];
	if (body) {
		if (!orgKindOf(body) && !SERVICES.has(body)) return undefined;
		const entity = unnamedOrganisation(ctx, `the ${proper} ${body}`);
		return { entity, confidence: 'high', rule: `${rule}+document-modifier` };
	}
	const at = start + m[0].indexOf(proper);
	const mentions = mentionAt(ctx, at, at + proper.length);
	const name = mentions.find((n) => {
		const e = ctx.people.entities[n.entity]!;
		return n.start === at && n.end === at + proper.length && e.named && e.kind === 'organisation';
	});
	// "read an Al-Shabaab statement in Somali": a name the people table missed, with no one else in it, is the body's.
	const unlisted = !name && mentions.length === 0 && /^\p{Lu}[\p{L}&-]+$/u.test(proper) ? proper : undefined;
	const entity =
		name?.entity ??
		(unlisted === undefined
			? undefined
			: addEntity(ctx, { kind: 'organisation', name: unlisted, role: '', named: true }));
	return entity === undefined ? undefined : { entity, confidence: 'high', rule: `${rule}+document-modifier` };
}

/**
 * "campaign" in "the Lutz campaign sent …", "embassy" in "The Kell embassy in Dunmore has issued …": a body's noun
 * right after a name, which it qualifies.
 */
export function bodyOfName(after: string): string | undefined {
	return /^\s+(campaign|camp|office|team|staff|administration|government|family|embassy|military|army|navy|presidency)\b/.exec(
		after
	)?.[1];
}

/**
 * "a statement from Siniora's office", "Sarkozy's office said": a person's office speaks as a body of its own, so
 * its words are the office's, never the person's.
 */
function officeOf(ctx: Context, m: Mention): number | undefined {
	const e = ctx.people.entities[m.entity]!;
	if (!m.possessive || e.kind !== 'person' || !e.named) return undefined;
	if (!OFFICE_AFTER.test(ctx.text.slice(m.end, m.end + 12))) return undefined;
	return addEntity(ctx, { kind: 'organisation', name: `${e.name}’s office`, role: '', named: true });
}
const OFFICE_AFTER = /^(?:['’]s?)?\s+office\b/u;

/** A cue was found but names nobody we can resolve: the quote must not inherit another speaker. */
const UNRESOLVED = 'unresolved';
type Found = Resolved | typeof UNRESOLVED | undefined;
const orUnresolved = (r: Resolved | undefined): Found => r ?? UNRESOLVED;

const MOOD_BEFORE_NAME = /^\s*an?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+$/iu;
/** The speaker's name within a phrase: the last mention, ending it, with only role words before it. */
function nameInPhrase(ctx: Context, start: number, end: number) {
	const mentions = mentionAt(ctx, start, end).filter((m) => !m.possessive);
	for (let i = mentions.length - 1; i >= 0; i--) {
		const m = mentions[i]!;
		const rest = ctx.text.slice(m.end, end).trim();
		const next = /^[\p{L}]+/u.exec(rest)?.[0]?.toLowerCase() ?? '';
		// "said Secretary Schafer in a press release", "Steve Mendell, President, Westland Meat Co.": the name ends it.
		// "the Australian newspaper": an organisation followed by the kind of body it is.
		const kindNoun =
			ctx.people.entities[m.entity]!.kind === 'organisation' &&
			orgKindOf(next) !== undefined &&
			rest.split(/\s+/).length <= 2;
		const ends =
			rest === '' ||
			rest === '.' ||
			AFTER_NAME.has(next) ||
			rest.startsWith(',') ||
			rest.startsWith('(') ||
			kindNoun;
		if (!ends) continue;
		const prefix = ctx.text.slice(start, m.start);
		if (rolePrefix(prefix.replace(/^\s*(?:the|a|an)\s*$/i, ''))) return m;
		if (jointPost(prefix, ctx.text.slice(m.start, m.end))) return m;
		if (namedPerson(ctx, m) && postBeforeAnd(prefix, leadOfMention(ctx, m))) return m;
		// "A flabbergasted Ada Roe quipped", "a visibly angry Roe": a mood before a person's name, not a role ("the
		// younger Mr. Holt" picks out one of two).
		if (ctx.people.entities[m.entity]!.kind === 'person' && MOOD_BEFORE_NAME.test(prefix)) return m;
		if (namedPerson(ctx, m) && postOfBody(prefix, leadOfMention(ctx, m))) return m;
		if (namedPerson(ctx, m) && modifiedPost(prefix, leadOfMention(ctx, m))) return m;
	}
	return undefined;
}

/**
 * "the new Prime Minister Gordon Brown", "the state's Republican Party Chairman Jo Barnett": "the" and a word or
 * two of modifier or owner before a name led by its post describe that name, as the post itself does. A
 * preposition or a conjunction among them ("the wife of", "the aide and") makes the name another's.
 */
function modifiedPost(prefix: string, lead: string): boolean {
	const words =
		/^\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:\p{Ll}[\p{Ll}-]*(?:['’]s)?\s+){1,2})$/u.exec(
			prefix
		)?.[1];
	const post = lead.split(/\s+/).pop();
	return (
		words !== undefined &&
		post !== undefined &&
		isRoleWord(post.toLowerCase()) &&
		words
			.trim()
			.split(/\s+/)
			.every((w) => !PREPOSITIONS.has(w) && !RELATION_WORDS.has(w) && !CLAUSE_WORDS.has(w))
	);
}

/**
 * "Then Secretary of State Ada Roe", "CEO of Kell Foods Ada Roe", "professor of political science Ada Roe": a
 * post and the body or field it is of, set before a name, describe that name. "A spokesman for the Kell Trust"
 * is someone unnamed, and whatever the object holds a post or kin ("the aide of Mayor Roe", "the son of Roe"), the
 * name is the object's, not the speaker's.
 */
function postOfBody(prefix: string, lead: string): boolean {
	const post = POST_OF.exec(prefix);
	if (!post || !isRoleWord(post[1]!)) return false;
	const object = `${post[2]} ${lead}`.split(/\s+/).filter(Boolean);
	return object.length > 0 && object.every((w) => !isRoleWord(w.replace(/['’]s?$/, '')));
}

const POST_OF =
	/^\s*(?!(?:[Aa]n?|[Oo]ne|[Aa]nother)\s)(?:(?:[Tt]he|[Tt]hen|[Ff]ormer|[Nn]ew|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming)\s+){0,2}(?:[\p{L}.'’-]+\s+){0,2}?([\p{L}.'’-]+)\s+(?:of|for)\s+(?:the\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,3})$/u;

/** A person's name, capitalised as names are ("de Janeiro" read as one is a place cut short), not a body's. */
function namedPerson(ctx: Context, m: Mention): boolean {
	const e = ctx.people.entities[m.entity]!;
	return e.kind === 'person' && e.named && /^\p{Lu}/u.test(e.name);
}

/** The words a mention carries before the name it resolves to ("State Colin Powell" → "State"). */
function leadOfMention(ctx: Context, m: Mention): string {
	const words = ctx.text.slice(m.start, m.end);
	const name = ctx.people.entities[m.entity]!.name;
	return words.endsWith(name) ? words.slice(0, words.length - name.length).trim() : '';
}

/**
 * "Kell Chairman and CEO Ada Roe", "President and Chief Executive Ada Roe": a post in capitals joined by "and" to
 * the title that opens the name is one person's two posts, no second speaker.
 */
function jointPost(prefix: string, mention: string): boolean {
	const post = /^\s*((?:(?:\d+-)?\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]*)\s+(?:and|&)\s+$/u.exec(
		prefix
	)?.[1];
	return (
		post !== undefined &&
		isRoleWord(post.split(/\s+/).pop()!) &&
		isRoleWord(mention.split(/\s+/)[0]!) &&
		rolePrefix(post)
	);
}

/**
 * "committee member and Port Stephens MP John Bartlett", "the bank's founder and 2006 Nobel Peace Prize winner
 * Muhammad Yunus": a post in lower case, ending on a role noun (an owner's possessive may lead it), joined by "and" to
 * a second post, in the phrase or leading the name, is one person's two posts; "Ada Roe and Mayor Tom Ash" are two
 * people.
 */
function postBeforeAnd(prefix: string, lead: string): boolean {
	const m =
		/^\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{L}-]+['’]s?\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+))\s+and\s+([^,;:“”"]*?)\s*$/u.exec(
			prefix
		);
	const second = (m?.[3] || lead).trim();
	const words = second.split(/\s+/);
	return (
		m !== null &&
		isRoleWord(m[2]!) &&
		rolePrefix(m[1]!) &&
		second !== '' &&
		words.length <= 6 &&
		isRoleWord(words[words.length - 1]!) &&
		!/^(?:the|a|an|his|her|their|its)\b/i.test(second) &&
		(m[3] ? true : rolePrefix(lead))
	);
}

/**
 * The head noun of a speaker phrase: before its first preposition and a participle of issuing hanging on it ("a
 * statement issued by the ministry" is a statement), without a possessive ending.
 */
function headOf(lower: string): string {
	const words = lower.split(' ');
	const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
	const end = cut > 1 && ISSUING.has(words[cut - 1]!) ? cut - 1 : cut;
	return ((end > 0 ? words[end - 1] : words[words.length - 1]) ?? '').replace(/['’]s?$/, '');
}

/**
 * "The Board Of Deputies Of British Jews said": a body's name written in capitals past its head word, its "of" too,
 * is that body's own name, which the people table did not read; "the board said" refers back to a board named
 * before, but this names one of its own, never the coalition the article quoted last.
 */
function capitalisedPastHead(phrase: string, headWord: string): boolean {
	const words = phrase.split(/\s+/).slice(1);
	const head = words.findIndex((w) => w.toLowerCase() === headWord);
	return (
		head >= 0 && head < words.length - 1 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|&)$/.test(w))
	);
}

/**
 * The words of a phrase as it reads, trimmed of commas and spacing, and of the bracket closing a sentence set in
 * brackets ("(“…,” said one harbour worker.)"), which the phrase did not open.
 */
const phraseText = (ctx: Context, start: number, end: number) => {
	const phrase = ctx.text
		.slice(start, end)
		.replace(/^[\s,]+|[\s,]+$/g, '')
		.replace(/\s+/g, ' ');
	return phrase.includes('(') ? phrase : phrase.replace(/\.?\)+$/, '');
};

/**
 * Where a first speaker joined by "and" to the name at `at` starts ("Ewa Lindqvist and " before "Marek Hale", "Jenna
 * and " before "Carys Penhale"), if the words before `at` end so: a person's name, or one capitalised word that is
 * no ordinary word and names no body.
 */
function jointStart(ctx: Context, from: number, at: number): number | undefined {
	const before = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+and\s+$/u.exec(ctx.text.slice(from, at));
	if (!before) return undefined;
	const start = from + before.index;
	const end = start + before[1]!.length;
	const names = mentionAt(ctx, start, end);
	if (names.length === 1 && names[0]!.start === start && names[0]!.end === end && !names[0]!.possessive)
		return ctx.people.entities[names[0]!.entity]!.kind === 'person' ? start : undefined;
	const word = before[1]!;
	// "President and Chief Executive Ada Roe": a post before "and" is the same person's, no first speaker.
	return names.length === 0 && !/\s/.test(word) && !NOT_NAME.has(word.toLowerCase()) && !isRoleWord(word)
		? start
		: undefined;
}

/**
 * "Ewa Lindqvist and Marek Hale said", "Jenna and Carys Penhale": two people who speak together, one speaker of
 * their own, never one of the two alone; a group, so no "Who said …?" asks for one name.
 */
function jointSpeakers(ctx: Context, start: number, end: number): number | undefined {
	const names = mentionAt(ctx, start, end);
	const last = names[names.length - 1];
	if (!last || last.possessive || ctx.text.slice(last.end, end).trim() !== '') return undefined;
	if (ctx.people.entities[last.entity]!.kind !== 'person') return undefined;
	const first = jointStart(ctx, start, last.start);
	// "Drs. Panda and D'Silva explained": a title in the plural before the pair is theirs together.
	const title = first === undefined ? '' : ctx.text.slice(start, first).trim();
	if (first === undefined || (title !== '' && !PLURAL_TITLE.test(title))) return undefined;
	const name = phraseText(ctx, title === '' ? first : start, end);
	return addEntity(ctx, { kind: 'group', name, role: '', named: false });
}

const PLURAL_TITLES = 'Drs|Sens|Reps|Profs|Gens|Govs|Messrs';
const PLURAL_TITLE = new RegExp(`^(?:${PLURAL_TITLES})\\.?$`);
const PLURAL_TITLE_AT_END = new RegExp(`(?<![\\p{L}])(?:${PLURAL_TITLES})\\.?$`, 'u');

/** Two people joined by "and" as a clause's subject ("Vela and Moss issued …"): one joint speaker. */
function jointSubject(ctx: Context, at: number): number | undefined {
	const first = mentionAt(ctx, at, at + 60).find((m) => m.start === at);
	const and = first && /^\s+and\s+/.exec(ctx.text.slice(first.end, first.end + 6));
	if (!first || first.possessive || !and) return undefined;
	const second = mentionAt(ctx, first.end, first.end + 60).find((m) => m.start === first.end + and[0].length);
	if (!second || second.possessive || /^['’]/.test(ctx.text.slice(second.end, second.end + 1)))
		return undefined;
	return jointSpeakers(ctx, first.start, second.end);
}

const DOCUMENT_THEN_PARTICIPLE =
	/^([\s,]*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))\s+(?:issued|released|published|posted|sent|dated)\b(?![^]*\bby\b)/u;
/**
 * "according to a statement issued today", "said a statement posted on the Turkish military's website": a document
 * and how it came out, with no issuer "by" names, is the document, never an unnamed person described as "a statement
 * issued". Returns the length of the document's own words in `words`.
 */
function documentBeforeParticiple(words: string): number | undefined {
	const m = DOCUMENT_THEN_PARTICIPLE.exec(words);
	return m && DOC_NOUNS.has(m[2]!) ? m[1]!.length : undefined;
}

/** Who a speaker noun phrase names: a person or organisation mention, a pronoun, a document, a role or a group. */
function resolvePhrase(
	ctx: Context,
	start: number,
	end: number,
	si: number,
	rule: string
): Resolved | undefined {
	const phrase = phraseText(ctx, start, end);
	const issued = documentBeforeParticiple(ctx.text.slice(start, end));
	if (issued) return resolvePhrase(ctx, start, start + issued, si, rule);
	// "…,” said a party official who was not cleared to speak", "one aide familiar with the talks": after an
	// inverted cue, an unnamed source is the noun its relative clause describes (before a verb, the clause's own
	// verb may be the one taken for the cue).
	const apposed =
		rule === 'after:inverted' && /^(?:an?|one|another)\s/i.test(phrase)
			? namedAfterDescription(ctx, end)
			: undefined;
	if (apposed !== undefined) return { entity: apposed, confidence: 'high', rule: `${rule}+apposed` };
	const described = ANONYMOUS_RELATIVE.exec(ctx.text.slice(start, end));
	if (described && (rule === 'after:inverted' || described[2] !== 'who')) {
		const head = resolvePhrase(ctx, start, start + described[1]!.length, si, rule);
		// "a person close to the Lunds": whom the source is close to tells the student who the source is, so the
		// description keeps it; the name inside it is never the speaker.
		const unnamed = head?.confidence === 'high' && !ctx.people.entities[head.entity]!.named;
		return unnamed && described[2] !== 'who' && phrase.split(' ').length <= 14
			? anonymousSource(ctx, lowerDeterminer(phrase), rule)
			: head;
	}
	if (!phrase || phrase.split(' ').length > 16 || clauseNotName(phrase) || IMPERATIVE.test(phrase))
		return undefined;
	// "According to Thailand's other groups, including student organisations are urging …": a garbled sentence
	// leaves its examples where its subject should be; a list of examples is nobody's subject.
	if (/^(?:including|such\s+as|among\s+them)\s/i.test(phrase)) return undefined;
	const joint = jointSpeakers(ctx, start, end);
	if (joint !== undefined) return { entity: joint, confidence: 'high', rule: `${rule}+joint` };
	// "one Iowa Democrat", "a Republican": a party's member, not the party the people table knows by that word.
	if (/^(?:a|an|one|another)\s/.test(phrase) && PARTY_MEMBER.test(phrase.split(' ').pop() ?? ''))
		return anonymousSource(ctx, phrase, rule);
	const office = OFFICE_PHRASE.test(phrase)
		? mentionAt(ctx, start, end).find((m) => m.start - start <= 4 && m.possessive)
		: undefined;
	const held = office && officeOf(ctx, office);
	if (held !== undefined) return { entity: held, confidence: 'high', rule: `${rule}+office` };
	const mention = nameInPhrase(ctx, start, end);
	// "said Holt" after Anna Holt and Tom Holt: the one a recent sentence is about, else neither.
	if (mention?.ambiguous) {
		const holder = surnameHolder(ctx, mention, si);
		return holder === undefined ? undefined : { entity: holder, confidence: 'high', rule: `${rule}+surname` };
	}
	const object = rule === 'before:cue' && objectOfPreposition(ctx, phrase, start);
	if (mention) return object ? undefined : { entity: mention.entity, confidence: 'high', rule };
	const lower = phrase.toLowerCase();
	if (lower === 'he' || lower === 'she') {
		const r = resolvePerson(ctx, si, lower, start);
		if (r?.confidence !== 'high') {
			const described = describedJustBefore(ctx, start, lower);
			if (described) {
				// The pronoun tells the new person's gender, so a later "she" is not taken for "he".
				const found = anonymousSource(ctx, described, `${rule}+pronoun+described-before`);
				ctx.heard.push({ entity: found.entity, gender: lower === 'she' ? 'f' : 'm' });
				return found;
			}
		}
		return r && { ...r, rule: `${rule}+pronoun` };
	}
	if (lower === 'it') {
		// "Another weekly, Le Canard, did not publish them because they were, according to it, “…”": a source "it" in a
		// sentence opened by a noun phrase of its own points to that phrase, never to the sentence before's subject.
		const at = mainClauseStart(ctx, si);
		if (
			/\baccording to\s+$/i.test(ctx.text.slice(at, start)) &&
			/^(?:the|a|an|another|this|that)\s/i.test(ctx.text.slice(at, start))
		)
			return undefined;
		const r = resolveThing(ctx, si, start);
		return r && { ...r, rule: `${rule}+it` };
	}
	if (lower === 'they') {
		const r = bodyAsThey(ctx, si, start);
		return r && { ...r, rule: `${rule}+they` };
	}
	if (lower === 'another') return anotherOf(ctx, start, rule);
	// "the 52-year-old", "the 42-year-old mother of three"
	const age = /^the\s+(\d{1,3})-year-old(?:\s+[\p{Ll}-]+){0,4}$/u.exec(lower)?.[1];
	if (age) {
		const r = personOfAge(ctx, age, start, si) ?? describedByAge(ctx, age, si);
		return r && { ...r, rule: `${rule}+age` };
	}
	const headWord = headOf(lower);
	if (noSpeakerHead(lower, headWord)) return undefined;
	const relative = namedRelative(ctx, lower, start, si);
	if (relative !== undefined) return { entity: relative, confidence: 'high', rule: `${rule}+relative` };
	// "His family said in a statement …": a family speaks as a group, described by whose family it is.
	const family = /^(his|her)\s+family$/.exec(lower);
	const member = family && resolvePerson(ctx, si, family[1] === 'his' ? 'he' : 'she', start);
	if (member?.confidence === 'high' && ctx.people.entities[member.entity]!.named) {
		const name = `${ctx.people.entities[member.entity]!.name}’s family`;
		const entity = addEntity(ctx, { kind: 'group', name, role: '', named: false });
		return { entity, confidence: 'low', rule: `${rule}+family` };
	}
	if (DOC_NOUNS.has(headWord)) {
		const owner =
			documentOwner(ctx, phrase, start, rule) ??
			documentFrom(ctx, phrase, start, rule) ??
			documentModifier(ctx, phrase, start, rule);
		if (owner) return { ...owner, entity: measureItself(ctx, headWord, owner.entity) };
		// "The agency's report found … Its summary calls …": "its" is the document or body just spoken of.
		const its = /^its\s/.test(lower) ? (bodySubject(ctx, si, start) ?? resolveThing(ctx, si)) : undefined;
		if (its) return { ...its, rule: `${rule}+its` };
		const source = documentSource(ctx, headWord, end + 120);
		return { entity: measureItself(ctx, headWord, source), confidence: 'high', rule: `${rule}+document` };
	}
	if (SPEECH_EVENTS.has(headWord)) return undefined;
	if (isRoleWord(headWord) && /^\p{Ll}/u.test(headWord)) {
		// "according to the regulator": a role no one named holds may still be a body's name.
		const role = resolveRole(ctx, phrase, start, si, rule);
		if (role || !/^the\b/.test(lower) || !orgKindOf(headWord)) return role;
	}
	if (/^the\s/.test(lower) && CANDIDACY.has(headWord)) return epithetOf(ctx, phrase, start, si, rule);
	const common = !/^\p{Lu}/u.test(phrase.split(' ').pop() ?? '');
	const lonePlural = !phrase.includes(' ') && commonPlural(phrase, ctx.text);
	if (
		GROUP_NOUNS.has(headWord) ||
		((common || lonePlural) && /s$/.test(headWord) && pluralSpeaks(headWord))
	) {
		const display = phrase.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase());
		const entity = addEntity(ctx, { kind: 'group', name: display, role: '', named: false });
		return { entity, confidence: 'low', rule: `${rule}+group` };
	}
	const modified = bodyByModifier(ctx, phrase);
	if (modified !== undefined) return { entity: modified, confidence: 'high', rule: `${rule}+modified-body` };
	if (/^the\b/.test(lower) && orgKindOf(headWord)) {
		if (capitalisedPastHead(phrase, headWord)) {
			const name = phrase.replace(/^The\b/, 'the');
			const entity = addEntity(ctx, { kind: 'organisation', name, role: '', named: true });
			return { entity, confidence: 'high', rule: `${rule}+own-name` };
		}
		return resolveOrganisation(ctx, headWord, start, rule);
	}
	if (lower === `the ${headWord}` && VOICED_BODIES.has(headWord))
		return { entity: unnamedOrganisation(ctx, phrase), confidence: 'low', rule: `${rule}+unnamed-service` };
	// "wrote a user called “fennwick”": the handle in marks after the description names the writer.
	const handle = /\b(?:called|named|known as|posting as)$/.test(lower)
		? /^\s*[“"]([^“”"\s]{1,40})[”"]/.exec(ctx.text.slice(end, end + 48))?.[1]
		: undefined;
	if (handle) return { entity: handleEntity(ctx, handle), confidence: 'high', rule: `${rule}+handle` };
	// "one poster on the forum", "an official who asked not to be named": an anonymous source, described. A place or
	// a name may stand before its noun ("a Lutz campaign aide", "one Iowa Democrat"): still nobody named.
	const party = PARTY_MEMBER.test(phrase.split(' ').pop() ?? '');
	if (
		/^(?:a|an|one|another)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Ll}|\p{Lu}\p{Ll}+$)/u.test(phrase) &&
		(common || party)
	) {
		if (namesThing(ctx.text.slice(end, end + 40))) return undefined;
		const apposedTo = rule.startsWith('before:') ? namedBeforeDescription(ctx, start) : undefined;
		if (apposedTo !== undefined) return { entity: apposedTo, confidence: 'high', rule: `${rule}+apposed-to` };
		return anonymousSource(ctx, spokespersonOf(ctx, phrase, start) ?? phrase, rule);
	}
	// "Paul said" after Paul Grant and Paul Ives: a first name either may go by names no one, nor a body.
	const firstOf = ctx.people.entities.filter(
		(e) => e.kind === 'person' && e.named && e.tokens.length >= 2 && e.tokens[0] === phrase
	);
	if (firstOf.length >= 2) return undefined;
	// "Tom Ashby, QC, who heads the team, told …": honours set off by commas belong to the name before them.
	if (POST_NOMINALS.has(phrase)) {
		const named = mentionAt(ctx, Math.max(0, start - 60), start).at(-1);
		return named && /^,\s*$/.test(ctx.text.slice(named.end, start))
			? { entity: named.entity, confidence: 'high', rule: `${rule}+post-nominal` }
			: undefined;
	}
	const source = object ? undefined : namedSource(ctx, phrase);
	if (source === undefined) return undefined;
	return {
		entity: source,
		confidence: capitalisedOnlyAsOpener(ctx, phrase) || tailOfLongerPhrase(ctx, start) ? 'low' : 'high',
		rule: `${rule}+named`
	};
}

/**
 * "… after they were pushed from Kellmark said of the arrest: “…”", "a fellow of the Centre for Trade and the Open
 * Sea, explained: “…”": a name the people table does not know, right after "from" or "in" or joined by "and" to a
 * capitalised word, is the tail of a longer phrase (a place the action came from, a body's full name), and the
 * sentence lost or hid its real subject; whoever speaks, it is not sure enough to ask. "A statement from Kellmark",
 * "a spokesman in Kellmark" name who speaks through them (`objectOfPreposition`'s exceptions).
 */
const TAIL_OF = /(?:(\p{L}+)\s+(?:from|in)|\p{Lu}[\p{L}'’-]*\s+(?:and|&))\s+(?:the\s+)?$/u;
function tailOfLongerPhrase(ctx: Context, start: number): boolean {
	const found = TAIL_OF.exec(ctx.text.slice(Math.max(0, start - 40), start));
	if (!found) return false;
	const word = found[1]?.toLowerCase();
	return (
		word === undefined ||
		(!PARTITIVE.has(word) && !DOC_NOUNS.has(word) && !isRoleWord(word) && orgKindOf(word) === undefined)
	);
}

/**
 * "Hearings were halted by two farmers …, calling the levy a “daylight robbery.”", "Press reports emerged of the
 * treasurer's remarks that “…”": one word the people table does not know, capitalised only where it opens a
 * sentence, may be a common word as well as a name; whoever it is, no question names it.
 */
function capitalisedOnlyAsOpener(ctx: Context, phrase: string): boolean {
	if (/\s/.test(phrase) || !/\p{Ll}/u.test(phrase)) return false;
	// "China objected, accusing …": a country or a company the lexicon knows is a name wherever it stands.
	if (isPlaceWord(phrase) || lexiconTags(phrase).includes('Organization')) return false;
	return wordsAt(ctx.text, phrase).every((at) => {
		const sentence = ctx.sentences[sentenceIndexAt(ctx.sentences, at)];
		return sentence !== undefined && /^[\s"“‘'(]*$/u.test(ctx.text.slice(sentence.start, at));
	});
}

/**
 * "Several reports coming out of Burma today suggest that …", "Ada Roe, in an interview with Kell Radio said …": a
 * name right after "of", "with", "to", "at" or "on" is that preposition's object, cut from the noun phrase that
 * holds the cue's subject; it never speaks. A document's or a post's preposition ("the report of Kell", "a
 * spokesman for Kell", "on behalf of Kell") names who speaks through it, "according to" names the source, and "one
 * of", "some of" pick from it; "from" and "in" name where a text comes from ("a fact sheet from the CRA", "an article
 * in the Globe").
 */
const OBJECT_OF = /(\p{L}+)\s+(?:of|at|to|with|on)\s+(?:the\s+)?$/u;
const PARTITIVE = new Set([
	'one',
	'some',
	'many',
	'most',
	'all',
	'each',
	'none',
	'both',
	'several',
	'any',
	'either',
	'neither'
]);
/** "a letter from the management of Kell Docks told …": who runs a body speaks as the body. */
const GOVERNING = new Set(['management', 'leadership']);
function objectOfPreposition(ctx: Context, phrase: string, start: number): boolean {
	if (!/^(?:the\s+)?\p{Lu}/u.test(phrase)) return false;
	const found = OBJECT_OF.exec(ctx.text.slice(Math.max(0, start - 40), start));
	const word = found?.[1]!.toLowerCase();
	return (
		word !== undefined &&
		word !== 'behalf' &&
		word !== 'according' &&
		!PARTITIVE.has(word) &&
		!GOVERNING.has(word) &&
		!DOC_NOUNS.has(word) &&
		!isRoleWord(word) &&
		orgKindOf(word) === undefined
	);
}

/**
 * "The Israeli government said", "the French ministry of defence suggested": a body of a kind ("government",
 * "ministry") that the article tells apart by capitalised words before its noun. It is that body, shown as the
 * article writes it; another of its kind named earlier ("the British government") is not it. A known body whose
 * name holds those words ("the French Foreign Ministry") is the one meant.
 */
const MODIFIED_BODY =
	/^[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Ll}+)(\s+(?:of|for)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?$/u;
function bodyByModifier(ctx: Context, phrase: string): number | undefined {
	const found = MODIFIED_BODY.exec(phrase);
	const kind = found && orgKindOf(found[2]!);
	if (!found || (!kind && !VOICED_BODIES.has(found[2]!))) return undefined;
	const modifiers = found[1]!.trim().split(/\s+/);
	const known = ctx.people.entities.findIndex(
		(e) =>
			e.kind === 'organisation' &&
			e.named &&
			modifiers.every((w) => e.tokens.includes(w)) &&
			e.tokens.some((t) => t.toLowerCase() === found[2] || (kind !== undefined && nameKindOf(t) === kind))
	);
	if (known >= 0) return known;
	return addEntity(ctx, {
		kind: 'organisation',
		name: phrase.replace(/^The\b/, 'the'),
		role: '',
		named: true
	});
}

/**
 * "Critics said", "Environmental groups warned": a plural that speaks names people or bodies of them. "the sanctions",
 * "such rallies", "signs", "he always" (an adverb's "-s") before a verb of speech are no speakers, and the words are
 * nobody's rather than theirs.
 */
function pluralSpeaks(head: string): boolean {
	const one = singularNoun(head);
	return (
		countsPeople(head) ||
		isRoleWord(one) ||
		namesPerson(one) ||
		SPEAKING_BODIES.has(head) ||
		AGENT_PLURAL.test(head)
	);
}
/** The endings of nouns for doers: "hecklers", "perpetrators", "militants", "opponents", "commandos", "vandals". */
const AGENT_PLURAL = /(?:ers|ors|ants|(?<!m)ents|os|als)$/;
const SPEAKING_BODIES = new Set(
	(
		'groups organisations organizations agencies companies firms unions associations councils committees ' +
		'ministries departments churches charities networks outlets broadcasters newspapers hospitals schools ' +
		'universities banks airlines clubs teams families authorities forces services media'
	).split(' ')
);

/**
 * "At the gala Roe gave a speech saying, “…”", "an interview with The Times": a speech, an address, an interview
 * says nothing itself. Its giver may be the speaker, but a name run into the words before it ("Human Rights Day
 * Roe") is no sure one, so no one.
 */
const SPEECH_EVENTS = new Set(
	'speech address lecture sermon talk presentation eulogy toast interview conference'.split(' ')
);

const OFFICE_PHRASE = /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s?\s+office$/u;

/** "A spokesman for the league" read back mid-sentence: "a spokesman for the league". */
const lowerDeterminer = (phrase: string) => phrase.replace(/^(?:An?|One|Another)\b/, (d) => d.toLowerCase());

/** An unnamed source, described by the words the article gives it: no question asks who said it. */
function anonymousSource(ctx: Context, name: string, rule: string): Resolved {
	const entity = addEntity(ctx, { kind: 'person', name, role: '', named: false });
	return { entity, confidence: 'high', rule: `${rule}+anonymous` };
}

/**
 * "saying anybody who complains … “is not having a good night”", "a swiftly called meeting", "a comment that
 * egregiously described …": an indefinite pronoun speaks for no one, and words ending on an adverb hold no noun a
 * verb of speech could have as its subject.
 */
function noSpeakerHead(lower: string, headWord: string): boolean {
	if (/^(?:anybody|anyone|everybody|everyone|nobody|no one|somebody|someone|whoever)\b/.test(lower))
		return true;
	return (
		/\p{Ll}{3,}ly$/u.test(headWord) &&
		lexiconTags(headWord).length === 0 &&
		!isRoleWord(headWord) &&
		orgKindOf(headWord) === undefined
	);
}

/**
 * "…,” said one of the 43 guides who volunteer at the memorial, Donna Glessner.": a description set off before a
 * named person ending the phrase is that person's, as a role before a name is; the name speaks, not the unnamed
 * guide the description alone would make.
 */
function namedAfterDescription(ctx: Context, end: number): number | undefined {
	const comma = /^,\s*/.exec(ctx.text.slice(end, end + 4));
	if (!comma) return undefined;
	const name = mentionAt(ctx, end, end + 80).find((m) => m.start === end + comma[0].length);
	if (!name || name.possessive || !/^\s*(?:[.!?]|$)/.test(ctx.text.slice(name.end, name.end + 2)))
		return undefined;
	const entity = ctx.people.entities[name.entity]!;
	return entity.kind === 'person' && entity.named ? name.entity : undefined;
}

/**
 * "President Bashar Assad of Syria, a longtime Iranian ally said he …", "Rear Adm. Gregory Smith, a U.S. military
 * spokesman states": a description set off after a named person, its closing comma left out before the cue, is that
 * person's; the name speaks, not an unnamed ally the description alone would make.
 */
const APPOSED_AFTER_NAME = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?,\s*$/u;
const JOINED_NAME = /^(?:,[^,;“”"]{1,60})?,?\s+and\s+$/u;
function namedBeforeDescription(ctx: Context, start: number): number | undefined {
	const name = mentionAt(ctx, Math.max(0, start - 80), start).at(-1);
	if (!name || name.possessive || name.ambiguous) return undefined;
	if (!APPOSED_AFTER_NAME.test(ctx.text.slice(name.end, start))) return undefined;
	const entity = ctx.people.entities[name.entity]!;
	if (entity.kind !== 'person' || !entity.named) return undefined;
	// "Ada Roe, an aide, and Ivo Sand, a director said": the last of several named speaks with the others, not alone.
	const other = mentionAt(ctx, Math.max(0, name.start - 100), name.start).at(-1);
	if (!other || !JOINED_NAME.test(ctx.text.slice(other.end, name.start))) return name.entity;
	const first = ctx.people.entities[other.entity]!;
	if (other.possessive || first.kind !== 'person' || !first.named) return undefined;
	return addEntity(ctx, { kind: 'group', name: `${first.name} and ${entity.name}`, role: '', named: false });
}

/** "a person close to the Lunds", "one aide familiar with the talks": what an unnamed source is near to. */
const SOURCE_QUALIFIER = 'familiar\\s+with|close\\s+to|involved\\s+in';
const ANONYMOUS_RELATIVE = new RegExp(
	`^(\\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:[\\p{Ll}-]+|Democrat|Republican))\\s+(who|${SOURCE_QUALIFIER})\\s`,
	'u'
);
/** "a Vermont Democrat", "one Republican": a member of a party is a capitalised noun that names no one. */
const PARTY_MEMBER = /^(?:Democrat|Republican)s?$/;

/**
 * "…, lest you confuse voters in swing states whose …": words before a verb that only looks like a cue ("states")
 * that hold a conjunction opening a clause, or "you", are a clause, not a speaker's description; so are words
 * opening on "what" or "how" ("engaging in what analysts described as old tactics"), which name a thing said.
 */
export function clauseNotName(phrase: string): boolean {
	return (
		/\s/.test(phrase) &&
		(/\b(?:lest|because|unless|although|whereas|you)\b/i.test(phrase) ||
			/^(?:what|whatever|how)\s/i.test(phrase))
	);
}

/**
 * "an inflation formula called the “chained CPI”": after a description of something that is no role, "called" or
 * "named" gives the thing its name in marks; it is not a verb of speech.
 */
export function namesThing(after: string): boolean {
	return /^\s*(?:called|named|dubbed|known\s+as|termed|labell?ed|nicknamed)\s+(?:the\s+|a\s+|an\s+)?[“"]/.test(
		after
	);
}

/**
 * "…,” wrote one customer on social media. Another asked: “…”": a bare "Another" is a second unnamed speaker of the
 * kind "one …" named in this or the previous paragraph ("another customer"); with no such "one …", no one.
 */
function anotherOf(ctx: Context, start: number, rule: string): Resolved | undefined {
	const si = sentenceIndexAt(ctx.sentences, start);
	const paragraph = ctx.sentences[si]!.paragraph;
	const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
	// "one customer", "one local farmer": the role noun and at most one word before it.
	const one = [...ctx.text.slice(from, start).matchAll(/\b[Oo]ne\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu)]
		.map(([, a, b]) => (isRoleWord(a!) ? a : b && isRoleWord(b) ? `${a} ${b}` : undefined))
		.filter((noun) => noun !== undefined)
		.pop();
	if (!one) return undefined;
	const entity = addEntity(ctx, { kind: 'person', name: `another ${one}`, role: '', named: false });
	return { entity, confidence: 'high', rule: `${rule}+another` };
}

/** A kinship word, the gender it gives, and the words for the other side of the tie. */
const KIN: Record<string, { gender: 'm' | 'f'; other: RegExp }> = {
	father: { gender: 'm', other: /\b(?:son|daughter|child)\b/ },
	dad: { gender: 'm', other: /\b(?:son|daughter|child)\b/ },
	mother: { gender: 'f', other: /\b(?:son|daughter|child)\b/ },
	mum: { gender: 'f', other: /\b(?:son|daughter|child)\b/ },
	son: { gender: 'm', other: /\b(?:father|mother|dad|mum|parents?)\b/ },
	daughter: { gender: 'f', other: /\b(?:father|mother|dad|mum|parents?)\b/ },
	husband: { gender: 'm', other: /\b(?:wife|widow)\b/ },
	wife: { gender: 'f', other: /\b(?:husband|widower)\b/ }
};

/**
 * "He told the jury his father had said …" where "he" is "The defendant's son, Owen Pennock": the one other named
 * person with his surname whom the kinship's gender fits, when the article ties him to them by the other side of
 * the kinship ("son", in his role or set off before his name). Two such people, or no tie: no one.
 */
function namedRelative(ctx: Context, lower: string, start: number, si: number): number | undefined {
	const fits = relativesOf(ctx, lower, start, si);
	return fits?.length === 1 ? fits[0] : undefined;
}

/** The named people "his daughter" could be, as `namedRelative` reads it; undefined when it names no kin. */
function relativesOf(ctx: Context, lower: string, start: number, si: number): number[] | undefined {
	const m = /^(his|her)\s+(\p{Ll}+)$/u.exec(lower);
	const kin = m && KIN[m[2]!];
	if (!kin) return undefined;
	const owner = resolvePerson(ctx, si, m[1] === 'his' ? 'he' : 'she', start);
	if (!owner || owner.confidence !== 'high') return undefined;
	const p = ctx.people.entities[owner.entity]!;
	const surname = p.tokens.at(-1);
	if (!p.named || p.tokens.length < 2 || !surname) return undefined;
	const tied =
		kin.other.test(p.role.toLowerCase()) ||
		p.mentions.some(({ start: at }) =>
			new RegExp(`${kin.other.source},\\s*$`).test(ctx.text.slice(Math.max(0, at - 30), at))
		);
	// "Alan Fenwick and his daughter, Leah Fenwick": the relative's own mention, set off after the kinship word, ties
	// them as well as the owner's does.
	const named = (e: Entity) =>
		new RegExp(`\\b${m[2]!}\\b`).test(e.role.toLowerCase()) ||
		e.mentions.some(({ start: at }) =>
			new RegExp(`\\b${m[2]!},\\s*$`).test(ctx.text.slice(Math.max(0, at - 30), at))
		);
	return ctx.people.entities.flatMap((e, i) => {
		const gender = e.gender ?? ctx.genders.get(i);
		return i !== owner.entity &&
			(tied || named(e)) &&
			e.kind === 'person' &&
			e.named &&
			e.tokens.length >= 2 &&
			e.tokens.at(-1) === surname &&
			(!gender || gender === kin.gender)
			? [i]
			: [];
	});
}

/**
 * "the 52-year-old said": the one person of that age named in this or the previous paragraph ("Rosa Diaz, 52,",
 * "52-year-old Rosa Diaz").
 */
function personOfAge(
	ctx: Context,
	age: string,
	start: number,
	si: number
): Omit<Resolved, 'rule'> | undefined {
	const paragraph = ctx.sentences[si]!.paragraph;
	const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
	const aged = new Set(
		mentionAt(ctx, from, start)
			.filter(
				(m) =>
					ctx.people.entities[m.entity]!.named &&
					(new RegExp(`^,\\s*(?:aged\\s+)?${age}\\b`).test(ctx.text.slice(m.end, m.end + 12)) ||
						new RegExp(`\\b${age}-year-old\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'u').test(
							ctx.text.slice(Math.max(0, m.start - 60), m.start)
						))
			)
			.map((m) => m.entity)
	);
	return aged.size === 1 ? { entity: [...aged][0]!, confidence: 'high' } : undefined;
}

/**
 * "Ekwall took the defeat calmly. “…,” the 29-year-old said.": an age nobody was given before tells the reader
 * something new about the person the sentence before, in the same paragraph, is about, as "he" would.
 */
function describedByAge(ctx: Context, age: string, si: number): Omit<Resolved, 'rule'> | undefined {
	if (si < 1 || ctx.sentences[si - 1]!.paragraph !== ctx.sentences[si]!.paragraph) return undefined;
	if (
		new RegExp(`(?:,\\s*(?:aged\\s+)?${age},|\\b${age}-year-old\\b)`).test(
			ctx.text.slice(0, ctx.sentences[si]!.start)
		)
	)
		return undefined;
	const subject = subjectOf(ctx, si - 1);
	if (subject.kind !== 'entity') return undefined;
	const e = ctx.people.entities[subject.entity]!;
	return e.kind === 'person' && e.named ? { entity: subject.entity, confidence: 'high' } : undefined;
}

/** "A statement from the company read:", "a letter by Tom Roe said": the issuer the phrase itself names. */
function documentFrom(ctx: Context, phrase: string, start: number, rule: string): Resolved | undefined {
	const from = /\s(?:from|by)\s+(\S.*)$/u.exec(phrase);
	if (!from) return undefined;
	const at = start + from.index + from[0].length - from[1]!.length;
	const name = mentionAt(ctx, at, start + phrase.length).find((m) => {
		const e = ctx.people.entities[m.entity]!;
		return /^(?:the\s+)?$/i.test(ctx.text.slice(at, m.start)) && e.named && e.kind !== 'document';
	});
	// "The report by the Kell Government's Staysafe committee": an owner before the issuer only says whose it is,
	// unless what it owns is its office ("a statement from Roe's office"); the document is left to speak.
	if (name?.possessive && officeOf(ctx, name) === undefined) return undefined;
	if (name)
		return { entity: officeOf(ctx, name) ?? name.entity, confidence: 'high', rule: `${rule}+document-from` };
	const head = headOf(from[1]!.toLowerCase());
	if (!/^the\s/i.test(from[1]!) || !orgKindOf(head)) return undefined;
	return resolveOrganisation(ctx, head, start, `${rule}+document-from`);
}

const MEASURES = new Set(['resolution', 'bill']);
/**
 * "Yarbrough's resolution charges Bush with “…”", "Zuckerman introduced a resolution. The resolution says “…”": a
 * bill or resolution is the text a chamber votes on, not its sponsor's speech, so a person's measure speaks for
 * itself; a body's ("the Senate passed a resolution") stays the body's.
 */
function measureItself(ctx: Context, head: string, entity: number): number {
	// By its noun alone: the modifiers the article gave a measure before may be another sponsor's ("Koretz' similar
	// resolution").
	return MEASURES.has(head) && ctx.people.entities[entity]!.kind === 'person'
		? addEntity(ctx, { kind: 'document', name: `the ${head}`, role: '', named: false })
		: entity;
}

/** "Acme's statement read", "the company's letter says": the document speaks for the owner it is written with. */
function documentOwner(ctx: Context, phrase: string, start: number, rule: string): Resolved | undefined {
	const owner = /^(.+?)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/u.exec(phrase)?.[1];
	if (!owner) return undefined;
	const name = mentionAt(ctx, start, start + owner.length + 2).find(
		(m) => m.start === start && ctx.people.entities[m.entity]!.named
	);
	if (name) return { entity: name.entity, confidence: 'high', rule: `${rule}+document-owner` };
	const source = /^\p{Lu}/u.test(owner) && !/^The\s/.test(owner) ? namedSource(ctx, owner) : undefined;
	if (source !== undefined) return { entity: source, confidence: 'high', rule: `${rule}+document-owner` };
	const head = owner.toLowerCase().split(/\s+/).pop() ?? '';
	if (/^the\s/i.test(owner) && orgKindOf(head))
		return resolveOrganisation(ctx, head, start, `${rule}+document-owner`);
	return undefined;
}

/** Nouns for someone standing in a race: no post, but a description of one person as a role is. */
const CANDIDACY = new Set(['nominee', 'candidate', 'frontrunner', 'front-runner', 'hopeful', 'challenger']);
/** "Sen. Dana Kello" holds the post "the Vermont senator" names. */
const TITLE_POSTS: [RegExp, string][] = [
	[/\bsen\b\.?/g, 'senator'],
	[/\brep\b\.?/g, 'representative'],
	[/\bgov\b\.?/g, 'governor'],
	[/\bpres\b\.?/g, 'president']
];
/** A role in lower case with its abbreviated titles written as the posts they are ("sen." → "senator"). */
const postsWritten = (role: string) =>
	TITLE_POSTS.reduce((r, [abbr, post]) => r.replace(abbr, post), role.toLowerCase());

const ACCORDING_TO_NAME = /^\s*According to ([^,]{1,60}),\s*$/;

/**
 * "Dana Kello is opening her campaign. “…,” the Vermont senator said": news names a person once, then describes
 * them, and a reader takes the description for the subject of the sentence just before (or the one its he/she
 * surely is). So it names that person when it has a word besides "the" and its noun, nobody named nearby holds the
 * post (else `recentHolders` found them), it names nobody itself ("the senior Kello aide"), a "-man"/"-woman" fits
 * the person's gender, any post the article gave that person is the one described, and no one else it could fit
 * is named since. Otherwise nobody: a subject the people table does not know may be the one described, and the
 * subject of the description's own sentence is someone else (else the writer would say "she").
 */
function epithetOf(
	ctx: Context,
	phrase: string,
	start: number,
	si: number,
	rule: string
): Resolved | undefined {
	const lower = phrase.toLowerCase();
	const head = headOf(lower);
	if (!/^the\s/.test(lower) || lower.split(' ').indexOf(head) < 2 || orgKindOf(head)) return undefined;
	const gender = /woman$/.test(head) ? 'f' : /(?<!chair|spokes)man$/.test(head) ? 'm' : undefined;
	const inPhrase = new Set(mentionAt(ctx, start, start + phrase.length).map((m) => m.entity));
	// "the Vermont senator" never describes someone whose role places them elsewhere ("Ohio Senator").
	const place = placeOf(phrase);
	const placedElsewhere = (role: string) =>
		place !== undefined &&
		isPlaceWord(place) &&
		!role.includes(place) &&
		role.split(/\s+/).some((w) => isPlaceWord(w));
	const fits = (entity: number) => {
		const e = ctx.people.entities[entity]!;
		const known = e.gender ?? ctx.genders.get(entity);
		return (
			e.kind === 'person' &&
			e.named &&
			!inPhrase.has(entity) &&
			(!gender || !known || known === gender) &&
			holdsPost(e.role, head) &&
			portfolioFits(phrase, e.role) &&
			!placedElsewhere(e.role)
		);
	};
	let j = si - 1;
	while (j >= 0 && insideCurrentQuote(ctx, j)) j--;
	if (j < 0 || ctx.sentences[si]!.paragraph - ctx.sentences[j]!.paragraph > 1) return undefined;
	const before = subjectOf(ctx, j);
	let entity: number | undefined;
	if (before.kind === 'entity') entity = before.entity;
	else if (before.kind === 'pronoun' && (before.word === 'he' || before.word === 'she')) {
		const r = pronounReferent(ctx, j, before.word, before.at, fits);
		if (r?.confidence === 'high') entity = r.entity;
	}
	if (entity === undefined || !fits(entity)) return undefined;
	// "According to Hersh, the government consultant also said …": the one the sentence reports from is not the one
	// it reports, so the description is someone else.
	const reporter = ACCORDING_TO_NAME.exec(ctx.text.slice(ctx.sentences[si]!.start, start));
	if (
		reporter &&
		mentionAt(ctx, ctx.sentences[si]!.start, start).some(
			(m) => m.entity === entity && ctx.text.slice(m.start, m.end) === reporter[1]
		)
	)
		return undefined;
	// "Jeb Vale came with his brother, Tom Vale. “…,” the former mayor said": another the words could describe,
	// named since the sentence before began, leaves the description to either.
	const from = ctx.sentences[j]!.start;
	const rival = mentionAt(ctx, from, start).some((m) => {
		const e = ctx.people.entities[m.entity]!;
		const known = e.gender ?? ctx.genders.get(m.entity);
		return (
			m.entity !== entity &&
			e.kind === 'person' &&
			e.named &&
			!inPhrase.has(m.entity) &&
			(!gender || !known || known === gender)
		);
	});
	return rival ? undefined : { entity, confidence: 'high', rule: `${rule}+description` };
}

/** Words a quote needs before a description alone may own it: fewer may be the writer's own term. */
const MIN_DESCRIBED_QUOTE_WORDS = 5;

/**
 * "The region's foreign minister said, “…”", "“…,” the DIMIA spokesman said": a person the article describes in lower
 * case and never names, when nobody named before could be the one described (their sex rules them out) and the
 * quote before was not a named person's (a writer varies how they call the speaker they just quoted: "said Ed Lane.
 * “…,” said the professor"). The description as the article gives it, low: a reader cannot be sure it is no one
 * named. A capitalised office ("the Chief Surgeon") has a holder the article may name, or not.
 */
function describedOnly(ctx: Context, phrase: string, start: number, rule: string): Resolved | undefined {
	const lower = phrase.toLowerCase();
	const head = headOf(lower);
	const headWritten = phrase.split(/\s+/).find((w) => w.toLowerCase().replace(/['’]s?$/, '') === head);
	if (!/^the\s/.test(lower) || !headWritten || /^\p{Lu}/u.test(headWritten)) return undefined;
	// "the report states that a guard": a clause read as a subject is no description of anyone.
	if (/\bthat\b/.test(lower) || FINITE_WORD.test(lower)) return undefined;
	// "by using a “free trial” of the product".
	const q = ctx.current;
	if (!q || ctx.text.slice(q.start, q.end).split(/\s+/).length < MIN_DESCRIBED_QUOTE_WORDS) return undefined;
	const gender = /woman$/.test(head) ? 'f' : /(?<!chair|spokes)man$/.test(head) ? 'm' : undefined;
	const named = mentionAt(ctx, start, start + phrase.length);
	// "the U.S. ambassador in Belgrade Michael Polt": a description the name closes is that person's.
	if (named.some((m) => m.end >= start + phrase.trimEnd().length)) return undefined;
	const inPhrase = new Set(named.map((m) => m.entity));
	// Only their sex rules a named person out: a post the article gave them is not all they are ("the billionaire"
	// is the chairman named before, "the PASOK president" its leader), as the held-out test banks showed.
	const couldBe = ctx.people.entities.some((e, i) => {
		if (e.kind !== 'person' || !e.named || inPhrase.has(i) || !e.mentions.some((m) => m.start < start))
			return false;
		const known = e.gender ?? ctx.genders.get(i);
		return !gender || !known || known === gender;
	});
	if (couldBe) return undefined;
	const before = quoteBefore(ctx, q);
	const lastSpeaker = before && ctx.spoken.get(before.open);
	if (lastSpeaker !== undefined && ctx.people.entities[lastSpeaker]!.named) return undefined;
	const display = phrase.replace(/^The\b/, 'the');
	const entity = addEntity(ctx, { kind: 'person', name: display, role: '', named: false });
	return { entity, confidence: 'low', rule: `${rule}+described` };
}

/** Whether a role the article gave names the post `head`, or no post at all ("Republican", "65"). */
function holdsPost(role: string, head: string): boolean {
	const words = postsWritten(role).split(/\s+/);
	const posts = words.filter((w) => isRoleWord(w) || CANDIDACY.has(w));
	return posts.length === 0 || posts.includes(head);
}

/** Head words that mean whoever leads the body before them ("the union leader", "the party chief"). */
const LEADING = new Set(['leader', 'chief', 'head', 'boss']);

/**
 * Whether a role holds the word as the post itself: "the mayor" is not "a former mayor" or "the deputy mayor", unless
 * the phrase asking says so too.
 */
function holding(word: string, phrase: string): RegExp {
	const qualified = QUALIFIED.test(phrase);
	const key = `${qualified ? '+' : '-'}${word}`;
	let re = HOLDING.get(key);
	if (!re) {
		re = new RegExp(
			`${qualified ? '' : `(?<!\\b${QUALIFIERS}[\\s-](?:\\p{L}+\\s){0,2})`}\\b${word}\\b`,
			'iu'
		);
		HOLDING.set(key, re);
	}
	return re;
}
/** `holding`'s patterns, built once per head word: a long article asks about the same few posts for every person. */
const HOLDING = new Map<string, RegExp>();
// "the Shadow Treasurer" is the opposition's spokesman on the post, never its holder; nor is "Deputy Prime
// Minister Mark Vaile" nor "Shadow Foreign Affairs minister Kevin Rudd" the holder of "the Prime Minister": the
// qualifier may stand a word or two before the head.
const QUALIFIERS = '(?:former|ex|retired|late|deputy|vice|assistant|acting|outgoing|shadow)';
const QUALIFIED = new RegExp(`\\b${QUALIFIERS}[\\s-]`, 'i');

/**
 * The post a person holds: their role, or the title their name opens on when the article names them by title and
 * surname alone ("President Bush", "Premier Beattie"), which the people table keeps in the name, not the role. A
 * name the text writes after "the" ("Chief of the General Staff") is a body's, whatever the table made of it.
 */
function postOf(ctx: Context, e: Entity): string {
	if (e.role) return e.role;
	let post = POSTS.get(e);
	if (post === undefined) {
		const title = e.name.split(' ').slice(0, -1);
		const titled =
			title.length > 0 &&
			isRoleWord(title.at(-1)!.toLowerCase()) &&
			e.mentions.some(
				(m) =>
					ctx.text.startsWith(title[0]!, m.start) &&
					!/\b(?:the|a|an|of)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start))
			);
		post = titled ? title.join(' ') : '';
		POSTS.set(e, post);
	}
	return post;
}
/** `postOf`'s answers, once per person of a text: `resolveRole` asks it of every person in the article. */
const POSTS = new WeakMap<Entity, string>();

/**
 * "the Eritrean Information Minister" is no Prime Minister: a capitalised word before the post's head that names its
 * portfolio ("Information", "Finance", "Foreign") must be in the holder's post too. A people's or a place's name
 * ("the Australian Prime Minister", "the Kell Premier") may be left out of a post the article wrote without it, and a
 * person given no post may hold any.
 */
function portfolioFits(phrase: string, post: string): boolean {
	if (post === '') return true;
	const words = phrase.split(/\s+/).slice(1, -1);
	const postWords = new Set(post.toLowerCase().split(/[\s-]+/));
	return words.every(
		(w) =>
			!/^\p{Lu}\p{Ll}+$/u.test(w) ||
			postWords.has(w.toLowerCase()) ||
			!namesPortfolio(w) ||
			QUALIFIED.test(`${w} `)
	);
}

/** A common word the lexicon knows ("Information", "Finance", "Foreign"); a word it does not may be a place's name. */
const namesPortfolio = (word: string) => {
	const tags = lexiconTags(word);
	return (
		tags.some((t) => PORTFOLIO_TAG.test(t)) &&
		!tags.some((t) => /Place|Country|City|Region|Demonym|Name|Person|Organization/.test(t))
	);
};
const PORTFOLIO_TAG = /^(?:Singular|Uncountable|Noun|Adjective|Infinitive)$/;

/** The named people of this paragraph and the one before, up to `start`, whose post has the word. */
function recentHolders(ctx: Context, headWord: string, si: number, start: number, phrase = ''): number[] {
	const paragraph = ctx.sentences[si]!.paragraph;
	const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
	const recent = new Set(mentionAt(ctx, from, start).map((m) => m.entity));
	const word = holding(headWord, phrase);
	return [...recent].filter((i) => {
		const e = ctx.people.entities[i]!;
		return e.kind === 'person' && e.named && word.test(postOf(ctx, e));
	});
}

/**
 * "Of “old EU” member states, only …": a lone singular noun in lower case with no determiner, another lower-case word
 * after it, cannot stand alone as a subject, so it is the modifier of the noun after it ("states" there), not a
 * source that speaks. A described speaker with no article ("said local farmer", "said spokesman for the army") is
 * more than one word and keeps its words.
 */
function modifiesNextNoun(phrase: string, headWord: string, after: string): boolean {
	return (
		/^\p{Ll}+$/u.test(phrase) &&
		/^\s+\p{Ll}/u.test(after) &&
		!/[^s]s$/.test(headWord) &&
		!IRREGULAR_PLURALS.has(headWord)
	);
}

/** "the coach", "a spokesman for the league": the one holder of that role nearby, or an unnamed source. */
function resolveRole(
	ctx: Context,
	phrase: string,
	start: number,
	si: number,
	rule: string
): Resolved | undefined {
	const lower = phrase.toLowerCase();
	const headWord = headOf(lower);
	const display = phrase.replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase());
	const definite = /^(?:the|this)\b/.test(lower);
	if (!definite && modifiesNextNoun(phrase, headWord, ctx.text.slice(start + phrase.length)))
		return undefined;
	if (definite) {
		// "the coach" is the coach named in this or the previous paragraph, if there is exactly one.
		const paragraph = ctx.sentences[si]!.paragraph;
		const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
		// "the union leader": the leader of a body is whoever holds a post the article names in a body of that kind.
		const modifier = lower.split(' ').at(-2) ?? '';
		const roleWord = LEADING.has(headWord) && orgKindOf(modifier) ? modifier : headWord;
		// "the Vermont senator" is the senator named with Vermont (placedHolder), never the Ohio one named nearby.
		const placed = isPlaceWord(placeOf(phrase) ?? '');
		const fits = (i: number) => portfolioFits(phrase, ctx.people.entities[i]!.role);
		const holders = placed ? [] : recentHolders(ctx, roleWord, si, start, lower).filter(fits);
		if (holders.length === 1) return { entity: holders[0]!, confidence: 'high', rule: `${rule}+role` };
		// "Anna Holt, the mayor, … Tom Reed, a former mayor, … the mayor said": two it fits, so neither.
		if (holders.length > 1) return undefined;
		// "The EU competition commissioner's commented": the only person the article gave that role, further back.
		const anywhere = ctx.people.entities.flatMap((e, i) =>
			!placed &&
			e.kind === 'person' &&
			e.named &&
			e.mentions.length > 0 &&
			e.mentions[0]!.start < start &&
			holding(roleWord, lower).test(postOf(ctx, e)) &&
			fits(i)
				? [i]
				: []
		);
		const holder = holders.length === 0 ? placedHolder(ctx, phrase, roleWord, start) : undefined;
		if (holder !== undefined) return { entity: holder, confidence: 'high', rule: `${rule}+placed` };
		// "The EU competition commissioner's commented" describes one person, and "the Premier" names an office; a
		// bare "the minister" may be anyone's minister.
		const office = /^\p{Lu}/u.test(phrase.split(' ').pop() ?? '');
		if (holders.length === 0 && anywhere.length === 1 && (lower.split(' ').length > 2 || office))
			return { entity: anywhere[0]!, confidence: 'low', rule: `${rule}+role` };
		const lede = holders.length === 0 ? ledeHolder(ctx, roleWord) : undefined;
		if (lede !== undefined) return { entity: lede, confidence: 'low', rule: `${rule}+lede` };
		// "the spokesman" after "A spokesman for the league said …" in this or the previous paragraph.
		const earlier = [
			...ctx.text
				.slice(from, start)
				.matchAll(
					new RegExp(
						`\\b(?:[Aa]n?|One)\\s+((?:[\\p{L}-]+\\s+){0,3}?${headWord}(?:\\s+(?:for|of|at)\\s+(?:[\\p{L}'’-]+\\s+){0,6}[\\p{L}'’-]+)?)(?=[\\s,.;])`,
						'gu'
					)
				)
		]
			// "Tom Reed, a former mayor,": a phrase set off after a name describes that person, no unnamed source.
			.filter(
				(m) =>
					!mentionAt(ctx, from, from + m.index).some((n) =>
						/^,\s*$/.test(ctx.text.slice(n.end, from + m.index))
					)
			)
			.pop();
		if (earlier?.[0]) {
			const said = lowerDeterminer(ownerPhrase(nounPhraseOf(ctx, earlier[0], from + (earlier.index ?? 0))));
			const name = spokespersonOf(ctx, said, from + (earlier.index ?? 0)) ?? said;
			const entity = addEntity(ctx, { kind: 'person', name, role: '', named: false });
			return { entity, confidence: 'high', rule: `${rule}+earlier` };
		}
		// "the minister said" with two ministers, or none the article names as one: someone it named, but nobody
		// can say who, so no one rather than a guess ("the leaders", several, are described as before), unless the
		// words describe the one the story is about.
		if (!/[^s]s$/.test(headWord))
			return epithetOf(ctx, phrase, start, si, rule) ?? describedOnly(ctx, phrase, start, rule);
	}
	// "a spokesperson said the company “…”": a bare title speaks for the body its own clause names.
	const kind = /^spokes(?:person|man|woman)$/.test(headWord)
		? /^[^.;“”"]{0,40}?\bthe\s+(\p{Ll}+)\b/u.exec(
				ctx.text.slice(start + phrase.length, start + phrase.length + 80)
			)?.[1]
		: undefined;
	const body = !definite && kind ? spokespersonOf(ctx, `a ${kind} ${headWord}`, start) : undefined;
	// "Doctors described it as …", "according to analysts": several people, no one person's words; "attorneys for
	// the firm" are still described by the body they speak for, as "a spokesman for the league" is.
	if ((/[^s]s$/.test(headWord) || IRREGULAR_PLURALS.has(headWord)) && !/\s(?:for|of)\s/.test(lower)) {
		const entity = addEntity(ctx, { kind: 'group', name: display, role: '', named: false });
		return { entity, confidence: 'low', rule: `${rule}+group` };
	}
	const apposedTo = !definite && rule.startsWith('before:') ? namedBeforeDescription(ctx, start) : undefined;
	if (apposedTo !== undefined) return { entity: apposedTo, confidence: 'high', rule: `${rule}+apposed-to` };
	const entity = addEntity(ctx, { kind: 'person', name: body ?? display, role: '', named: false });
	return { entity, confidence: definite ? 'low' : 'high', rule: `${rule}+unnamed` };
}

/**
 * Words that open what follows a noun phrase, not more of its object ("at a field office in precinct 78"); "of",
 * "for" and "and" go on inside a body's name ("the Department of Health and Human Services").
 */
const AFTER_OBJECT = new Set([
	'at',
	'with',
	'from',
	'in',
	'on',
	'to',
	'by',
	'into',
	'as',
	'who',
	'which',
	'that'
]);

/**
 * "A fashion designer for the Lorn Group watched from her home": the words after "for", "of" or "at" in an earlier
 * description end where its noun phrase ends, before a verb or the next preposition, so the label reads as a person.
 */
function nounPhraseOf(ctx: Context, phrase: string, at: number): string {
	const object = /\s(?:for|of|at)\s/.exec(phrase);
	if (!object) return phrase;
	const from = at + object.index + object[0].length;
	const stop = tagSpan(ctx.text, from, at + phrase.length).find(
		(w, i) => i > 0 && (w.cls.startsWith('verb') || AFTER_OBJECT.has(w.word.toLowerCase()))
	);
	return stop ? ctx.text.slice(at, stop.start).trimEnd() : phrase;
}

/** A post's title as news writes it before a name ("Florida Sen. Ada Roe"), beside the noun itself. */
const POST_TITLES: Record<string, string> = {
	senator: 'Sen\\.|Senator',
	governor: 'Gov\\.|Governor',
	representative: 'Rep\\.|Representative'
};

/** The place of a post described with one: "the Vermont senator" → "Vermont". */
const placeOf = (phrase: string) =>
	/^[Tt]he\s+((?:\p{Lu}[\p{L}.]*\s+){1,2})\p{Ll}+$/u.exec(phrase)?.[1]?.trim();

/**
 * "The Vermont senator said …" after "Vermont Sen. Dana Kello" (or her role "Gov. of Vermont" for "the Vermont
 * governor"): a post with a place before it describes the one person the article has named with that place and
 * that post, however far back, never a former holder ("Former Vermont Gov."); with two such people, or none, no one.
 */
function placedHolder(ctx: Context, phrase: string, post: string, start: number): number | undefined {
	const place = placeOf(phrase);
	if (!place) return undefined;
	const escaped = place.replace(/[.]/g, '\\.');
	const titled = new RegExp(
		`(?<!\\b${QUALIFIERS}\\s+)\\b${escaped}\\s+(?:${POST_TITLES[post] ?? post})\\s+$`,
		'i'
	);
	const holders = ctx.people.entities.flatMap((e, i) =>
		e.kind === 'person' &&
		e.named &&
		((e.role.includes(place) &&
			!new RegExp(`\\b${QUALIFIERS}\\b`, 'i').test(e.role) &&
			holding(post, phrase).test(postsWritten(e.role))) ||
			e.mentions.some(
				(m) => m.start < start && titled.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))
			))
			? [i]
			: []
	);
	return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "a company spokesperson", "a spokeswoman for the ministry": an unnamed speaker for a body the article names is
 * described with that body's name ("a Sarvani Textiles spokesperson"), so a reader knows whose words they are. Still
 * no one named: no question asks who said it.
 */
function spokespersonOf(ctx: Context, phrase: string, start: number): string | undefined {
	const m =
		/^(?:a|an)\s+(\p{Ll}+)\s+(spokes(?:person|man|woman)|representative)$/u.exec(phrase) ??
		/^(?:a|an)\s+(spokes(?:person|man|woman)|representative)\s+(?:for|of|at)\s+the\s+(\p{Ll}+)$/u.exec(
			phrase
		);
	if (!m) return undefined;
	const [kindWord, title] =
		m[1]!.startsWith('spokes') || m[1] === 'representative' ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
	if (!orgKindOf(kindWord)) return undefined;
	const body = resolveOrganisation(ctx, kindWord, start, 'spokesperson');
	const e = body && ctx.people.entities[body.entity]!;
	// The body of that kind named last (or the one the article is about): the words only describe the speaker.
	if (!e || e.kind !== 'organisation' || !e.named) return undefined;
	const article = /^[AEIOU]/.test(e.name) ? 'an' : 'a';
	return `${article} ${e.name.replace(/^the\s+/i, '')} ${title}`;
}

/**
 * The named body that is the subject of one of the last three sentences before `start`, in this paragraph or the
 * one before, its name saying it is a body ("Korvel Ferries Ltd", "The Korvel Herald"); none when two were.
 */
function recentBodySubject(ctx: Context, start: number): number | undefined {
	const si = sentenceIndexAt(ctx.sentences, start);
	const found = new Set<number>();
	for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
		if (ctx.sentences[si]!.paragraph - ctx.sentences[j]!.paragraph > 1) break;
		const subject = subjectOf(ctx, j);
		if (subject.kind !== 'entity') continue;
		const e = ctx.people.entities[subject.entity]!;
		const body = e.kind !== 'group' && e.kind !== 'document' && e.tokens.some((t) => nameKindOf(t));
		if (e.named && body) found.add(subject.entity);
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "“…,” said Ada Roe, chief executive of Tarvo Holdings. “…,” the company said": a post held at another body,
 * named after the body chosen for "the company" (or one the people table does not list), may name the company
 * meant, so the choice is no longer sure.
 */
function postAtOtherBody(ctx: Context, chosen: number, from: number, to: number): boolean {
	const chosenName = ctx.people.entities[chosen]!.name;
	return matchesOf(POST_AT_NAME, ctx.text.slice(from, to)).some((m) => {
		// "mayor of Livorno" after "the Municipality of Livorno": the same body, by the place it is named for.
		if (!isRoleWord(m[1]!.toLowerCase()) || chosenName.includes(m[2]!)) return false;
		const at = from + m.index + m[0].length - m[2]!.length;
		return mentionAt(ctx, at, at + m[2]!.length).every((n) => n.entity !== chosen);
	});
}
const POST_AT_NAME =
	/\b(\p{L}+)\s+(?:of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*)*)/gu;

/** "the union", "the ministry": an organisation the article does not name, described as the article does. */
function unnamedOrganisation(ctx: Context, phrase: string): number {
	const name = phrase.replace(/^The\b/, 'the');
	return addEntity(ctx, { kind: 'organisation', name, role: '', named: false });
}

/**
 * "the company said", "the city reasoned": the organisation of that kind the article named last before (a
 * company for "the company", the Municipality of Livorno for "the city"), else the one it is about.
 */
function resolveOrganisation(
	ctx: Context,
	headWord: string,
	start: number,
	rule: string
): Resolved | undefined {
	const kind = orgKindOf(headWord);
	// "Dunmore County Council", "the Municipality of Livorno": the kind is the name's head word, its last or the one
	// before "of"; "County Hall" is a building, whatever "County" says.
	const ofKind = (e: Entity) =>
		e.kind === 'organisation' &&
		e.tokens.some(
			(t, k) =>
				(t.toLowerCase() === headWord || nameKindOf(t) === kind) &&
				(k === e.tokens.length - 1 || /^(?:of|for|and|&)$/i.test(e.tokens[k + 1]!))
		);
	const before = ctx.people.mentions.slice(0, lowerBound(ctx.people.mentions, start, byStart));
	// "Acme Corp closed the plant. “…,” the company said.": sure when it is the one body of that kind named in
	// this or the previous paragraph.
	const paragraph = ctx.sentences[sentenceIndexAt(ctx.sentences, start)]!.paragraph;
	const from = ctx.sentences[lowerBound(ctx.sentences, paragraph - 1, byParagraph)]?.start ?? 0;
	const recent = new Set(
		mentionAt(ctx, from, start)
			.filter((m) => ofKind(ctx.people.entities[m.entity]!))
			.map((m) => m.entity)
	);
	for (let i = before.length - 1; i >= 0; i--) {
		const e = ctx.people.entities[before[i]!.entity]!;
		if (ofKind(e))
			return {
				entity: before[i]!.entity,
				confidence:
					recent.size === 1 &&
					recent.has(before[i]!.entity) &&
					!postAtOtherBody(ctx, before[i]!.entity, before[i]!.end, start)
						? 'high'
						: 'low',
				rule: `${rule}+organisation`
			};
	}
	// "Korvel Foods recalled beef on Monday. “…,” the company said.": a body that was just the subject.
	const subject = recentBodySubject(ctx, start);
	if (subject !== undefined)
		return { entity: subject, confidence: 'low', rule: `${rule}+subject-organisation` };
	const unnamed = (): Resolved => ({
		entity: unnamedOrganisation(ctx, `the ${headWord}`),
		confidence: 'low',
		rule: `${rule}+unnamed-organisation`
	});
	if (kind !== 'business' && kind !== 'sport') return unnamed();
	// "the company said": the organisation the article is about, if one clearly is.
	const orgs = ctx.people.entities
		.map((e, i) => ({ e, i }))
		.filter(({ e }) => e.kind === 'organisation')
		.sort((a, b) => b.e.mentions.length - a.e.mentions.length);
	const top = orgs[0];
	if (top && top.e.mentions.length >= 3 && (orgs[1]?.e.mentions.length ?? 0) * 2 < top.e.mentions.length)
		return { entity: top.i, confidence: 'low', rule: `${rule}+main-organisation` };
	return unnamed();
}

/**
 * "Don't say “homeless”, say “destitute”", "Please say “thank you”": a word that opens a command before "say" is
 * no one's name; the sentence tells the listener what to say and nobody said the words.
 */
const IMPERATIVE = /^(?:\p{L}+n['’]t|please|never|always|just|simply|let['’]s)$/iu;

/**
 * "Heidi H. says" after "Heidi Hog": a first name and a surname's initial, as some reports write private people,
 * is the one known person of that first name whose surname opens on that letter. Read as someone new, the same
 * woman was two choices of one question.
 */
function initialledPerson(ctx: Context, words: readonly string[]): number | undefined {
	const initial = /^(\p{Lu})\.$/u.exec(words[1] ?? '')?.[1];
	if (words.length !== 2 || !initial) return undefined;
	const found = ctx.people.entities.flatMap((e, i) =>
		e.kind === 'person' &&
		e.named &&
		e.tokens.length >= 2 &&
		e.tokens[0] === words[0] &&
		e.tokens.at(-1)!.startsWith(initial)
			? [i]
			: []
	);
	return found.length === 1 ? found[0] : undefined;
}

/**
 * A capitalised name the people table did not list, in a speaker's place ("said Mauer", "according to the
 * Sydney Morning Herald"): a misspelt surname of someone known, or a new named source.
 */
function namedSource(ctx: Context, phrase: string): number | undefined {
	const words = phrase.replace(/^the\s+/i, '').split(' ');
	// "Helen Askew KC said": honours and offices written after a name are no part of it, so she is the Helen Askew
	// the people table knows, never a second person.
	while (words.length > 2 && POST_NOMINALS.has(words.at(-1)!)) words.pop();
	const name = words.join(' ');
	const proper = words.every(
		(w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|and|&|for|the|de|von|van)$/.test(w))
	);
	// "It’s been said of this campaign: “…”": a pronoun with its verb contracted onto it is no name.
	const bare = (w: string) => w.toLowerCase().replace(/['’](?:s|re|ll|d|ve)$/, '');
	if (!proper || words.length > 6 || words.some((w) => NOT_NAME.has(bare(w)))) return undefined;
	const initialled = initialledPerson(ctx, words);
	if (initialled !== undefined) return initialled;
	if (words.length === 1) {
		const close = ctx.people.entities.flatMap((e, i) => {
			const surname = e.tokens[e.tokens.length - 1] ?? '';
			return e.kind === 'person' && e.named && surname.length >= 4 && editDistance(surname, name) === 1
				? [i]
				: [];
		});
		if (close.length === 1) return close[0];
	}
	const person =
		words.length >= 2 &&
		words.length <= 4 &&
		!/^the\s/i.test(phrase) &&
		!/\b(?:of|and|&)\b/.test(name) &&
		!usedAsBody(ctx.text, name);
	return addEntity(ctx, {
		kind: person ? 'person' : 'organisation',
		name: /^the\s/i.test(phrase) ? `the ${name}` : name,
		role: '',
		named: true
	});
}

/**
 * "a spokesperson for the secretary of state's office said the …" → "a spokesperson for the secretary of state's
 * office": the owner ends before the first verb or clause word.
 */
function ownerPhrase(phrase: string): string {
	const words = phrase.split(/\s+/);
	const stop = words.findIndex(
		(w, i) => i > 1 && (isFiniteCue(w) || CLAUSE_WORDS.has(w.toLowerCase()) || AUX.has(w.toLowerCase()))
	);
	return (stop > 0 ? words.slice(0, stop) : words).join(' ');
}

const TIME_BEFORE_CUE = new RegExp(`(?<=\\p{L})\\s+${RECENT_TIME}\\s*$`, 'u');
/** ", a coordinator of the mission, on Monday told": a time after an appositive's closing comma, before the verb. */
const TIME_AFTER_APPOSITION = new RegExp(
	`(?<=,)\\s+(?:${RECENT_TIME}|on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s*$`,
	'u'
);

/**
 * The subject noun phrase ending just before `end` (a cue verb): auxiliaries skipped, an appositive or a
 * parenthesis stepped over ("John F. Kirby, a US national security spokesman, told", "The United Nations
 * Interim Force in Lebanon (UNIFIL) says", "Cynthia Thompson, curator … at the University of Arkansas,
 * Fayetteville, said").
 */
const OPENING_SOURCE =
	/^\s*((?:A|An|One|Another)\s+(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}[\p{Ll}-]*)\s+who\s+[^,;“”"]{1,120}(?:,\s+and\s+who\s+[^,;“”"]{1,160},)?\s*$/u;

/**
 * "Toyota, in a statement posted on its website, said": the medium the subject spoke through, set off by commas
 * between a name and its verb, is no part of the subject (the name before it speaks).
 */
const CHANNEL_ASIDE =
	/(?<=\p{L})\s*,\s+(?:in|on|through|via)\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|release|post|posting|letter|blog|website|message|email|e-mail|tweet|interview|video|broadcast)\b[^,;:“”"()]{0,60},\s*$/u;
const channelAside = (lead: string) => CHANNEL_ASIDE.exec(lead);

/** ", D-N.M.,", ", R-Pa.,", ", I-Vt.," after a US legislator's name, or in brackets after its comma (", (R-Colo)"). */
const PARTY_TAG =
	/,\s*(?:[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,|\([DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\),?)\s*$/u;

const DASHED_ASIDE = /\s+(?:—|–|--)\s+([^—–“”";:()]{3,160}?)\s+(?:—|–|--)\s*$/u;
const QUALIFIED_SOURCE = new RegExp(
	`(?:^|[,;:]\\s*|\\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{Ll}-]+\\s+(?:${SOURCE_QUALIFIER})\\s+[^,;“”"]{1,80})$`,
	'u'
);
const SPEAKING_TO =
	/((?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:speaking|talking)\s+(?:to|with)\s+[^,;:“”"]{1,60}$/u;
/**
 * "when detectives approached him", "if Roe wins": a subordinate clause opening on its own subject ("When asked",
 * "although in April" open on none).
 */
const SUBORDINATE_CLAUSE =
	/\b(?:when|whenever|while|if|because|unless|whereas|where|although|though)\s+(?!\p{Ll}+(?:ed|ing)\b|(?:in|on|at|during|after|before|for|by|with|from|since|until|to)\b)/iu;
// "In his speech", "During the 45 minute meeting": a preposition and a noun phrase, with no comma or verb in it
// ("After the talks collapsed Ash …" is a clause with its own subject).
const PREPOSITION_THEN_NOUN =
	/^(?:In|At|During|On|Following|Throughout|Under|Upon|After|Before)\s+(?:the|a|an|his|her|their|its|this|that)\s+[^,;:“”"()]{1,80}\s$/u;

function bareFrontedPhrase(phrase: string): boolean {
	if (!PREPOSITION_THEN_NOUN.test(phrase)) return false;
	const words = phrase.trim().split(/\s+/).slice(2);
	return words.every((w) => !isFiniteCue(w) && !lexiconTags(w).some((t) => /PastTense|PresentTense/.test(t)));
}

function phraseBefore(ctx: Context, from: number, end: number): { start: number; end: number } | undefined {
	let stop = end;
	const tokens = tokenize(ctx.text, from, end);
	let i = tokens.length - 1;
	while (
		i >= 0 &&
		(AUX.has(tokens[i]!.text.toLowerCase()) || adverbAfterName(ctx, tokens[i]!, tokens[i - 1])) &&
		!personNamed(ctx, tokens[i]!) &&
		tokens[i]!.end <= stop
	) {
		stop = tokens[i]!.start;
		i--;
	}
	// "Dunmore last week told", "Dunmore yesterday said": a time between the subject and its verb, or between the
	// comma closing what the subject is and the verb, which leaves the appositive to be stepped over.
	const time =
		TIME_BEFORE_CUE.exec(ctx.text.slice(from, stop)) ??
		TIME_AFTER_APPOSITION.exec(ctx.text.slice(from, stop));
	if (time) {
		stop = from + time.index;
		while (i >= 0 && tokens[i]!.end > stop) i--;
	}
	// "In mentioning AOL he said", "During an interview in 2008 he said": a pronoun in lower case right before the
	// verb is its whole subject, whatever fronted phrase ran on into it without a comma ("Roe and he said" is two).
	// After a clause with a subject of its own ("when detectives approached him he asked") the pronoun may be that
	// clause's subject or its object's, so it is left to the reading below.
	const lone = tokens[i];
	if (
		lone &&
		/^(?:he|she)$/.test(lone.text) &&
		ctx.text.slice(lone.end, stop).trim() === '' &&
		!/^(?:and|or|nor)$/i.test(tokens[i - 1]?.text ?? '') &&
		!SUBORDINATE_CLAUSE.test(ctx.text.slice(from, lone.start))
	)
		return { start: lone.start, end: lone.end };
	// "During the 45 minute meeting Mr Roe expressed", "In the tape Roe says": the same with a person's name right
	// before the verb, after a fronted phrase that opens the sentence on a preposition and a noun with no comma.
	const named = lone && mentionAt(ctx, from, stop).find((m) => m.end === lone.end);
	if (
		named &&
		!named.possessive &&
		ctx.people.entities[named.entity]!.kind === 'person' &&
		ctx.text.slice(named.end, stop).trim() === '' &&
		bareFrontedPhrase(ctx.text.slice(from, named.start))
	)
		return { start: named.start, end: named.end };
	// "A Talvaran diplomat who was in the room, and who asked not to be named, said": a sentence opening on an
	// unnamed source whose relative clauses run on past commas; the source is the noun they hang on.
	const opening = OPENING_SOURCE.exec(ctx.text.slice(from, stop));
	if (opening) {
		const at = from + opening[0].length - opening[0].trimStart().length;
		return { start: at, end: at + opening[1]!.length };
	}
	// "an official who asked not to be named said": a noun with its relative clause.
	const relative =
		/(?:^|[,;:]\s*|\s)((?:a|an|one|another|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:who|that)\s+[^,;“”"]{1,80})$/u.exec(
			ctx.text.slice(from, stop)
		);
	const relativeAt = relative?.[1] ? stop - relative[1].length : -1;
	if (relative?.[1] && !subjectAfterThat(ctx, relativeAt + relative[1].search(/\s(?:who|that)\s/) + 1))
		return { start: relativeAt, end: stop };
	const titled = roleBeforeWho(ctx.text.slice(from, stop));
	if (titled) return { start: from + titled.start, end: from + titled.end };
	// "A person close to the Lunds said": whom an unnamed source is close to or familiar with is no speaker.
	const qualified = QUALIFIED_SOURCE.exec(ctx.text.slice(from, stop))?.[1];
	if (qualified) return { start: stop - qualified.length, end: stop };
	// "Another source speaking to Lorne Radio said": whoever is spoken to only listens; the noun before speaks.
	const listener = SPEAKING_TO.exec(ctx.text.slice(from, stop));
	if (listener)
		return { start: stop - listener[0].length, end: stop - listener[0].length + listener[1]!.length };
	// "Rep. Dan Ortega, D-N.M., said": a party and state tag after the name, set off like brackets. "Julia Gillard
	// (Abbott's counterpart), had noted": a comma after the brackets closes the same aside.
	const paren =
		PARTY_TAG.exec(ctx.text.slice(from, stop)) ??
		/\s*\([^()]{1,60}\),?\s*$/.exec(ctx.text.slice(from, stop)) ??
		channelAside(ctx.text.slice(from, stop));
	if (paren) {
		stop = from + paren.index;
		while (i >= 0 && tokens[i]!.end > stop) i--;
	}
	// "Jason Sims — a teacher from Mount Pleasant — says": an aside set off by dashes after a person's name leaves
	// the name the subject; an aside that opens on "and" or holds a verb of speech may be a second subject.
	const dashed = DASHED_ASIDE.exec(ctx.text.slice(from, stop));
	if (dashed && !/^(?:and|or|but|nor|as)\b/i.test(dashed[1]!) && !dashed[1]!.split(/\s+/).some(isFiniteCue)) {
		const at = from + dashed.index;
		const name = mentionAt(ctx, Math.max(from, at - 80), at).find(
			(m) => m.end === at && !m.possessive && ctx.people.entities[m.entity]!.kind === 'person'
		);
		if (name) return { start: name.start, end: name.end };
	}
	const gap = ctx.text.slice(tokens[i]?.end ?? from, stop);
	if (/,\s*$/.test(gap)) {
		const apposed = apposedSubject(ctx, from, stop);
		if (apposed) return apposed;
	}
	const unclosed = unclosedApposition(ctx, from, stop);
	if (unclosed) return unclosed;
	let begin = stop;
	for (; i >= 0; i--) {
		const t = tokens[i]!;
		const between = ctx.text.slice(t.end, begin);
		if (/[,;:“”"‘’()—–]/.test(between.replace(/^\./, ''))) break;
		const lower = t.text.toLowerCase();
		// "The Fish and Wildlife Service said": an "and" inside a known name does not start a clause; nor does a verb
		// of speech that ends one ("The United States said").
		const inName =
			ctx.people.mentions.some((m) => m.start < t.start && m.end >= t.end) || personNamed(ctx, t);
		// "an official who asked not to be named said": a relative clause belongs to the noun before it.
		const relative =
			/^(?:who|that|which)$/.test(lower) &&
			/^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') &&
			!isFiniteCue(tokens[i - 1]?.text ?? '') &&
			!subjectAfterThat(ctx, t.start);
		// "The families of Alex Collins and Bethan Jones said": "and" inside an "of" phrase joins the owners.
		const owners =
			lower === 'and' &&
			/(?:^|[,;]\s*|\s)(?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+of\s+[^,;]*$/iu.test(
				ctx.text.slice(from, t.start)
			);
		// "A group of artists, writers and scientists published": the last of a list of plain nouns is not the
		// subject; the list's head lies beyond the commas, so nobody is read.
		if (
			(lower === 'and' || lower === 'or') &&
			begin < stop &&
			!inName &&
			/^\p{Ll}+s$/u.test(tokens[i + 1]?.text ?? '') &&
			/\p{Ll}+s,\s*\p{Ll}+s\s+$/u.test(ctx.text.slice(from, t.start))
		)
			return undefined;
		if (CLAUSE_WORDS.has(lower) && !inName && !relative && !owners) break;
		// "Flaherty said he had told her to “…”": the subject of the last verb of speech is after the first one.
		if (isFiniteCue(t.text) && !inName) break;
		// "…, saying he had described it as “…”": the subject of the last verb comes after the participle.
		if (isParticipleCue(t.text) && !inName && begin < stop) break;
		// "on board": its "on" is read next.
		if (inPhrase(tokens, i) && !inName && lower !== 'board') {
			const prev = tokens[i - 1];
			// "The ministry of health said": "of" inside an organisation's description.
			if (
				!prev ||
				!(
					isRoleWord(prev.text) ||
					DOC_NOUNS.has(prev.text.toLowerCase()) ||
					/^\p{Lu}/u.test(prev.text) ||
					(lower === 'of' && orgKindOf(prev.text.toLowerCase()))
				)
			) {
				// "one of the former prosecutors for Tom Lutz said": a name after "for" hanging on a plural is whom
				// the subject, one of many, works for; the subject goes unread, and the name is not it.
				if (begin < stop && lower === 'for' && prev && /^\p{Ll}+s$/u.test(prev.text)) return undefined;
				// "Party officials in Portugal organised", "a professor at Kell University said", "An official quoted by
				// Mosnews.com said": a place or a body after "in", "at" or a quoting "by" hanging on a common noun is
				// where the subject is or who quotes it; the noun speaks, unnamed. A body the noun comes from or is
				// issued by speaks through it ("a fact sheet from the CRA", "a statement released by the G20"), and so
				// does a paper through its piece ("an article in The Globe and Mail").
				// "A senior member of a party allied with Ada Roe stated": an indefinite subject whose lower-case words run
				// on through a preposition to a name is someone unnamed, never the name that describes them. A document
				// speaks for the one it is from or on behalf of ("A statement read to the court on behalf of the council
				// said", "An email allegedly from Powell told"), and so does a spokesperson ("A spokesperson speaking on
				// behalf of Bruntwood added").
				const head = INDEFINITE_HEAD.exec(ctx.text.slice(from, t.start));
				const indefinite =
					head !== null &&
					lower !== 'from' &&
					lower !== 'by' &&
					!head[0].split(/\s+/).some((w) => DOC_NOUNS.has(w.toLowerCase()) || SPEAKS_FOR.test(w));
				const placing = lower === 'by' ? QUOTING.test(prev?.text ?? '') : /^(?:in|at|near)$/.test(lower);
				if (
					begin < stop &&
					prev &&
					/^\p{Ll}/u.test(prev.text) &&
					!PUBLISHED_PIECES.has(prev.text) &&
					((placing && !personIn(ctx, begin, stop)) || indefinite)
				)
					return undefined;
				break;
			}
		}
		begin = t.start;
		if (DETERMINERS.has(lower) && !inPhrase(tokens, i - 1)) break;
	}
	const owner = nameBeforeRelative(ctx, from, begin);
	if (owner) return owner === 'nobody' ? undefined : owner;
	if (begin >= stop) return undefined;
	const placed = placeOfSubject(ctx, from, begin, stop);
	if (placed !== undefined) {
		// "Ada Roe, a teacher in Tyler, Texas told": the place ends the role set off after the name.
		const named = mentionAt(ctx, from, placed)
			.filter(
				(m) =>
					ctx.people.entities[m.entity]!.kind === 'person' &&
					!m.possessive &&
					/^,/.test(ctx.text.slice(m.end, placed)) &&
					isApposition(`${ctx.text.slice(m.end, placed)},`)
			)
			.at(-1);
		return named ? { start: named.start, end: named.end } : phraseBefore(ctx, from, placed);
	}
	begin = frontedBeforeName(ctx, from, begin, stop) ?? begin;
	// "signed a joint communiqué which said": the relative pronoun right before the verb is no part of the noun.
	const pronoun = /\s+(?:who|which|that)\s*$/i.exec(ctx.text.slice(begin, stop));
	if (pronoun) stop = begin + pronoun.index;
	// "Ewa Lindqvist and Marek Hale said": the first of two speakers opens the clause; "Drs. Panda and D'Silva
	// explained": with their title in the plural.
	const joint = jointStart(ctx, from, begin);
	const lead = joint === undefined ? '' : ctx.text.slice(from, joint).trimEnd();
	const title = PLURAL_TITLE_AT_END.exec(lead);
	const opensClause = joint !== undefined && /(?:^|[,;:]|\bthe\s+\p{Ll}+)\s*$/u.test(lead || ',');
	if (title && /(?:^|[,;:])\s*$/u.test(lead.slice(0, title.index)))
		return { start: from + title.index, end: stop };
	return { start: opensClause ? joint : begin, end: stop };
}

/**
 * "The QLD Premier who supports the principles of the bill told": a role written with capitals ("Premier",
 * "Foreign Minister") before "who" and its clause. The role speaks, never the noun that ends the relative clause.
 */
const ROLE_BEFORE_WHO =
	/(?:^|[,;:]\s*|\s)((?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(\p{L}+))\s+who\s+[^,;“”"]{1,80}$/u;
function roleBeforeWho(clause: string): { start: number; end: number } | undefined {
	const found = ROLE_BEFORE_WHO.exec(clause);
	if (!found || !/^\p{Lu}/u.test(found[2]!) || !isRoleWord(found[2]!)) return undefined;
	const start = found.index + found[0].indexOf(found[1]!);
	return { start, end: start + found[1]!.length };
}

/**
 * A preposition a subject's noun phrase runs on through ("the ministry of health", "a passenger aboard the Kell
 * ferry", "a passenger on board the A380"): the phrase's head is before it, never the name after it.
 */
const PLACING = new Set(['aboard', 'onboard', 'inside', 'outside', 'near', 'behind', 'among', 'within']);
const QUOTING = /^(?:quoted|cited|interviewed|contacted|reached|questioned)$/;
const SPEAKS_FOR = /^spokes(?:man|woman|person|people|men|women)$/i;
const INDEFINITE_HEAD = /(?:^|[,;:]\s*)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+)+$/u;
const PUBLISHED_PIECES = new Set([
	'article',
	'editorial',
	'column',
	'story',
	'piece',
	'interview',
	'op-ed',
	'post'
]);

/** Whether a person the table knows by name is mentioned between two offsets. */
const personIn = (ctx: Context, start: number, end: number) =>
	mentionAt(ctx, start, end).some((m) => ctx.people.entities[m.entity]!.kind === 'person');

function inPhrase(tokens: Token[], i: number): boolean {
	const lower = tokens[i]?.text.toLowerCase() ?? '';
	return (
		PREPOSITIONS.has(lower) ||
		PLACING.has(lower) ||
		(lower === 'board' && tokens[i - 1]?.text.toLowerCase() === 'on')
	);
}

/**
 * "The Kell Embassy in Dunmore, Norland has warned", "Ada Roe of Dunmore, Texas said": a place after a comma that
 * follows "in/of/from/at" and a place mid-sentence finishes where the subject is, with its closing comma left out;
 * the subject is the phrase before the preposition (where it ends is returned), never the place.
 */
const PLACE_BEFORE = /\S\s+(?:in|of|from|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*$/u;
const TIME_PLACE = new RegExp(`\\s(?:${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b`);
const PLACE_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

function placeOfSubject(ctx: Context, from: number, begin: number, stop: number): number | undefined {
	const lead = ctx.text.slice(from, begin);
	const place = PLACE_BEFORE.exec(lead);
	if (!place || !PLACE_WORDS.test(ctx.text.slice(begin, stop).trim())) return undefined;
	// "In a statement announcing the book in March, Greywater Press called it": a fronted phrase and a time.
	if (TIME_PLACE.test(place[0])) return undefined;
	const clause = lead
		.slice(0, place.index + 1)
		.split(/[,;:]/)
		.pop()!
		.trim();
	if (!clause || /^(?:in|at|on|after|before|during|when|while|since|from|of|for|with|by|as)\b/i.test(clause))
		return undefined;
	if (mentionAt(ctx, begin, stop).some((m) => ctx.people.entities[m.entity]!.kind === 'person'))
		return undefined;
	return from + place.index + 1;
}

const RELATIVE_AFTER_NAME = /\s+(?:\([^()]{1,40}\)\s+)?who\s+([^,;:“”"()]{0,120})$/u;

/**
 * "Rep. Dana Korr who represents a coastal district said": a relative clause run on after a person's name with no
 * commas is the name's, so the noun it ends on is its object, never the subject. The name is the subject when it
 * opens the clause; after "the wife of" or a verb the clause may hang on another noun, so nobody is read. A clause
 * holding a verb of speech ("who told a friend") is a cue of its own, and is left to the rest of the sieve.
 */
function nameBeforeRelative(
	ctx: Context,
	from: number,
	begin: number
): { start: number; end: number } | 'nobody' | undefined {
	const run = RELATIVE_AFTER_NAME.exec(ctx.text.slice(from, begin));
	if (!run || run[1]!.split(/\s+/).some(isFiniteCue)) return undefined;
	const at = from + run.index;
	const name = mentionAt(ctx, Math.max(from, at - 80), at).find(
		(m) =>
			m.end === at &&
			!m.possessive &&
			ctx.people.entities[m.entity]!.kind === 'person' &&
			ctx.people.entities[m.entity]!.named
	);
	if (!name) return undefined;
	const lead = ctx.text.slice(from, name.start);
	if (
		/(?:^|[,;:(]|,\s*(?:and|but|while))\s*$/.test(lead) ||
		rolePrefix(ctx.text.slice(Math.max(from, name.start - 80), name.start))
	)
		return { start: name.start, end: name.end };
	return run[1]!.trim() === '' ? undefined : 'nobody';
}

/**
 * "In a May 2005 interview Vice President Ada Roe said", "leading Hamas figure Omar Nasr told": a phrase run into
 * the subject with no comma, its last noun neither a role nor a relation. The name, with the capitalised titles
 * right before it, is the subject; "the wife of Tom Lee" and "party chairman Tom Lee" keep their words.
 */
function frontedBeforeName(ctx: Context, from: number, begin: number, stop: number): number | undefined {
	const name = mentionAt(ctx, begin, stop).find(
		(m) => ctx.text.slice(m.end, stop).trim() === '' && ctx.people.entities[m.entity]!.kind === 'person'
	);
	if (!name || name.start <= begin || !ctx.people.entities[name.entity]!.named) return undefined;
	// Only a phrase that opens the clause or follows a preposition ("In a May interview", ", leading figure"):
	// "invoked the story Tom Lee told" has the name inside the verb's object, and "president of hedge fund Vale
	// Partners" inside a role.
	const opener = ctx.text.slice(from, begin);
	if (
		!/(?:^|[,;:]|\b(?:[Bb]ut|[Aa]nd|[Yy]et))\s*$/.test(opener) &&
		!PREPOSITIONS.has(/(\p{L}+)\s*$/u.exec(opener)?.[1]?.toLowerCase() ?? '')
	)
		return undefined;
	const titles = /(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.exec(ctx.text.slice(begin, name.start))![0];
	const at = name.start - titles.length;
	const before = /([\p{L}'’-]+)\s+$/u.exec(ctx.text.slice(begin, at))?.[1];
	// "embracing Obama announced": a participle before the name takes it as its object; the subject is elsewhere.
	if (!before || !/^\p{Ll}+$/u.test(before) || /(?:ing|ed)$/.test(before)) return undefined;
	const lead = ctx.text.slice(begin, at).split(/\s+/);
	if (
		lead.some((w) => isRoleWord(w) || PREPOSITIONS.has(w.toLowerCase())) ||
		DETERMINERS.has(before) ||
		RELATION_WORDS.has(before) ||
		CANDIDACY.has(before) ||
		/^(?:and|or|nor|but|former|then|late|acting|fellow)$/.test(before)
	)
		return undefined;
	return at;
}

/**
 * "“…,” Will said.": a capitalised word the people table holds as a named person's name is that person, though it
 * spells an auxiliary ("Will", "Should") too.
 */
function personNamed(ctx: Context, token: { text: string; start: number; end: number }): boolean {
	if (!/^\p{Lu}/u.test(token.text)) return false;
	return mentionAt(ctx, token.start, token.end).some((m) => {
		const e = ctx.people.entities[m.entity]!;
		return m.start === token.start && e.kind === 'person' && e.named;
	});
}

/**
 * "Ada Vela frequently stresses", "she consistently notes", "Vela however said": an adverb between a name (or he/she) and its verb
 * leaves the name the subject, as the auxiliaries do. Only after a name or a pronoun, and never a word the lexicon
 * knows as something else ("the assembly said", "the family said").
 */
type Token = ReturnType<typeof tokenize>[number];
function adverbAfterName(ctx: Context, token: Token, before: Token | undefined): boolean {
	if (!before) return false;
	// "Carter however said": with no commas (", however," is an apposition's, read elsewhere).
	if (token.text === 'however') return ctx.text.slice(before.end, token.start).trim() === '';
	// "And Stevens himself commented": a pronoun that stresses the subject right after its name is no part of it.
	if (/^(?:himself|herself|itself|themselves)$/.test(token.text))
		return mentionAt(ctx, Math.max(0, before.start - 80), before.end).some((m) => m.end === before.end);
	if (!/^\p{Ll}{4,}ly$/u.test(token.text)) return false;
	const tags = lexiconTags(token.text);
	if (tags.length > 0 && !tags.includes('Adverb')) return false;
	if (/^(?:he|she|they)$/i.test(before.text)) return true;
	// "Holm, exasperated, famously responded": after an aside closed by a comma the adverb opens the predicate.
	if (ctx.text.slice(before.end, token.start).trim() === ',') return true;
	return mentionAt(ctx, Math.max(0, before.start - 80), before.end).some((m) => m.end === before.end);
}

/**
 * "told reporters at the count that Greer had called it “…”": a name or a subject pronoun right after "that" is the
 * subject of a clause of its own, so "that" opens what was told, not a relative clause of "the count" whose words
 * the quote would be.
 */
function subjectAfterThat(ctx: Context, thatAt: number): boolean {
	const after = /^(?:that|who|which)\s+/i.exec(ctx.text.slice(thatAt, thatAt + 12));
	if (!after) return false;
	const next = thatAt + after[0].length;
	return (
		mentionAt(ctx, next, next + 120)[0]?.start === next ||
		/^(?:he|she|they|we|I)\b/.test(ctx.text.slice(next, next + 5))
	);
}

/** The mentions within `reach` characters before `stop` (none before `from`), and where that stretch opens. */
function mentionsBefore(ctx: Context, from: number, stop: number, reach: number) {
	const offset = Math.max(from, stop - reach);
	return { offset, mentions: mentionAt(ctx, offset, stop) };
}

/**
 * "NAME, <what they are>, said": walking back over the set-off phrases to the name that opens the clause. The
 * phrases between may hold commas ("curator at the University of Arkansas, Fayetteville,"), never a quote or a
 * verb.
 */
const NOUN_SLOT = /^(?:of|for|on|in|at|with|from|about|over|under|against|the|a|an|his|her|its|their)$/i;
function apposedSubject(
	ctx: Context,
	from: number,
	stop: number
): { start: number; end: number } | undefined {
	const { offset, mentions } = mentionsBefore(ctx, from, stop, 220);
	for (const m of mentions.filter((m) => !m.possessive && !campusAfterBody(ctx, from, m))) {
		// "Rep. Ada Roe (D-Md.), chair of the panel, said": a party tag in brackets belongs to the name before it.
		const tag = /^\s*\([^()“”";:]{1,30}\)/.exec(ctx.text.slice(m.end, stop))?.[0].length ?? 0;
		const between = ctx.text.slice(m.end + tag, stop);
		if (!/^,/.test(between) || /[“”";:]/.test(between)) continue;
		// "Brannock's chief executive, Martin Achterberg, said": the name set off by commas is the subject, an age or
		// a bare noun before it too ("Her co-star, 17-year-old Nia Bell, said", "his partner, lawyer Tom Eade,").
		if (/^,\s*$/.test(between) && setOffBefore(ctx.text.slice(Math.max(from, m.start - 40), m.start)))
			return { start: m.start, end: m.end };
		// "Penhale's daughters, Jenna and Carys Penhale, said": two names set off together.
		const joint = /^,\s*$/.test(between) ? jointStart(ctx, offset, m.start) : undefined;
		if (joint !== undefined && /,\s*$/.test(ctx.text.slice(Math.max(from, joint - 3), joint)))
			return { start: joint, end: m.end };
		// "Tom Lee, 62, who has lived there for 30 years, said": a relative clause's own verbs are not the subject's.
		const main = between.split(/\b(?:who|whose|which)\b/)[0]!;
		const words = main.replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);
		// "David Brown, head of claims at NRMA, said": a cue's form after a preposition or a determiner is a noun.
		const verb = (w: string, k: number) =>
			(isFiniteCue(w) && !NOUN_SLOT.test(words[k - 1] ?? '')) ||
			/^(?:is|was|are|were|has|had|have|will|would)$/i.test(w);
		if (words.some(verb)) continue;
		if (!isApposition(between)) continue;
		const lead = ctx.text.slice(from, m.start);
		if (/[,;:(]\s*$|^\s*$/.test(lead) || rolePrefix(ctx.text.slice(Math.max(from, m.start - 80), m.start)))
			return { start: m.start, end: m.end };
	}
	// "A spokesman, who asked not to be named, said": an unnamed subject and its appositive.
	const commaAt = ctx.text.lastIndexOf(',', stop);
	const prevComma = ctx.text.lastIndexOf(',', commaAt - 1);
	if (prevComma > from && commaAt - prevComma < 140) {
		const between = ctx.text.slice(prevComma + 1, commaAt).trim();
		// "The report, written by Professor Alan Lee, warns": a participle phrase set off after the subject too.
		const participle = /^\p{Ll}+(?:ed|en|ing)\s/u.test(between) && !isFiniteCue(between.split(/\s/)[0]!);
		// "Russia, however, said", "The ministry, for its part, said": a linking phrase leaves a subject the people
		// table does not hold the subject too, as it does a name ("Lopez, however, said"). "within Sudan, the Sudanese
		// Embassy in the UK has downplayed the affair, saying": a noun phrase with an auxiliary is a clause, set off
		// after nothing.
		const described =
			(/^(?:a|an|the|\d+|who|which)\b/i.test(between) || /^\p{Lu}[\p{L}-]*['’]s\b/u.test(between)) &&
			!hasAuxiliary(between);
		if (described || participle) return phraseBefore(ctx, from, prevComma);
		// "Statements from both campaigns and that of John McCain, however, have condemned": the phrase before the
		// linking words is the subject only when it opens the sentence, not a preposition's object inside it.
		if (LINKING_PHRASE.test(between)) {
			const rest = phraseBefore(ctx, from, prevComma);
			return rest && OPENS_SUBJECT.test(ctx.text.slice(from, rest.start)) ? rest : undefined;
		}
	}
	return undefined;
}

/**
 * "the Sudanese Embassy in the UK has downplayed the affair": an auxiliary outside a relative clause makes the words
 * a clause of their own.
 */
function hasAuxiliary(words: string): boolean {
	const main = words.split(/\b(?:who|whose|which|that)\b/)[0]!;
	return /\b(?:is|was|are|were|has|had|have|will|would)\b/i.test(main);
}

/**
 * "PZ Myers, biology professor at the University of Minnesota, Morris, wrote": a lone capitalised word set off after
 * the body someone works at is its campus or town, not a second person, when the article never names it again.
 */
function campusAfterBody(ctx: Context, from: number, m: Mention): boolean {
	const entity = ctx.people.entities[m.entity]!;
	return (
		entity.kind === 'person' &&
		entity.tokens.length === 1 &&
		entity.mentions.length === 1 &&
		/\b(?:at|of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+)*(?:(?:of|for)\s+)?\p{Lu}[\p{L}.'’-]*,\s*$/u.test(
			ctx.text.slice(Math.max(from, m.start - 100), m.start)
		)
	);
}

/**
 * "Lena Fosse, the managing director of Vale Trains said": a role set off after the name that opens the clause,
 * its closing comma left out (common in hastily edited copy). The name is the subject, not the role's words; the
 * role must open on "the"/"a" or a role word, hold no verb, and the name must open the clause.
 */
function unclosedApposition(
	ctx: Context,
	from: number,
	stop: number
): { start: number; end: number } | undefined {
	for (const m of mentionsBefore(ctx, from, stop, 160).mentions) {
		if (m.possessive || ctx.people.entities[m.entity]!.kind !== 'person') continue;
		// "chairperson of Local 12, Northern Rail union": the body a role belongs to may follow a second comma.
		// "Ben Lund, (D-Kell) chairman of the committee": a party tag in brackets may open the role.
		const role =
			/^,\s*(?:\([DRI]-\p{Lu}[\p{L}.]*\)\s+)?([^,;:“”"()]+?)(?:,\s*\p{Lu}[^,;:“”"()]*?)?\s*$/u.exec(
				ctx.text.slice(m.end, stop)
			)?.[1];
		if (!role) continue;
		const words = role.split(/\s+/);
		// "of the Port of Long Beach": an auxiliary is written in lower case; "Long" in a place's name is none.
		if (words.length > 16 || words.some((w) => isFiniteCue(w) || AUX.has(w))) continue;
		const opensOnRole = UNCLOSED_ASIDE.test(role) || roleHeads(words);
		// A name inside the role is the body it belongs to ("director of Vale Trains", "ex Kell executive"), never a
		// second subject.
		const another = mentionAt(ctx, m.end, stop).some(
			(o) =>
				ctx.people.entities[o.entity]!.kind === 'person' &&
				!/\b(?:of|at|for|with)\b/i.test(ctx.text.slice(m.end, o.start)) &&
				!isRoleWord(/^\s+(\p{Ll}+)/u.exec(ctx.text.slice(o.end, stop))?.[1] ?? '')
		);
		if (!opensOnRole || another) continue;
		if (/(?:^|[,;:(])\s*$/.test(ctx.text.slice(from, m.start))) return { start: m.start, end: m.end };
	}
	return undefined;
}

/**
 * "the managing director of Vale Trains", "Kell's transport minister", "executive director of the port": words
 * saying what someone is, their head (before any "of", "at" or "for") holding a role word within its first few
 * words, after an article or a place's possessive.
 */
function roleHeads(words: string[]): boolean {
	const lead = /^(?:the|a|an)$/i.test(words[0]!) || /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[0]!) ? 1 : 0;
	const head = words.slice(lead, lead + 4);
	const preposition = head.findIndex((w) => /^(?:of|at|for|in|with|from)$/i.test(w));
	return head.slice(0, preposition < 0 ? head.length : preposition).some((w) => isRoleWord(w));
}

/** How someone spoke, set off after their name: "speaking at a rally", "writing in the Gazette". */
const SPEAKING_ING = '(?:speaking|writing|talking|responding|commenting)';

/**
 * "Ada Roe, speaking for the union said", "Roe, in an email to her staff had written": how the named person spoke,
 * set off after the name with its closing comma left out, as a role may be.
 */
const UNCLOSED_ASIDE = new RegExp(
	`^(?:${SPEAKING_ING}\\s|in\\s+(?:a|an|her|his|their|its)\\s+(?:[\\p{L}-]+\\s+)?(?:e-?mail|letter|statement|interview|speech|message|post|note)\\b)`,
	'iu'
);

/** The words before a name since the comma that sets it off: none, an age, or a bare noun or two ("lawyer"). */
function setOffBefore(lead: string): boolean {
	const comma = lead.lastIndexOf(',');
	if (comma < 0) return false;
	const words = lead.slice(comma + 1).trim();
	if (words === '') return true;
	return (
		/^(?:\d{1,3}-year-old|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)$/u.test(words) &&
		!words.split(/\s+/).some((w) => isFiniteCue(w) || AUX.has(w) || CLAUSE_WORDS.has(w) || DETERMINERS.has(w))
	);
}

const SPOKEN_WHERE = new RegExp(
	`^(?:(?:currently|now|still|then|recently|later)\\s+)?(?:in|on|at|during|after|before|via|through|${SPEAKING_ING}|asked)\\s`,
	'i'
);

const OPENS_SUBJECT = /^\s*(?:(?:but|and|yet|so)\s+)?(?:the\s+)?$/i;

/** Words that link a sentence to the one before, set off by commas after its subject ("Lopez, however, said"). */
const LINKING_PHRASE =
	/^(?:however|though|too|meanwhile|also|instead|of course|in turn|in response|in contrast|by contrast|on the other hand|for (?:one|example|instance|(?:his|her|its|their) part))$/i;

/** ", a senior fellow at Carnegie," ", President, Westland Meat Co.," ", 42,": what may sit between a name and its verb. */
function isApposition(between: string): boolean {
	const body = between.replace(/^,\s*/, '').replace(/,\s*$/, '').trim();
	if (!body) return false;
	if (/^\d{1,3}$/.test(body)) return true;
	// "Tom Hill, 34, from Leeds,": an age and where someone is from.
	if (/^(?:\d{1,3},\s*)?(?:from|of)\s+\p{Lu}[\p{L}'’ -]*$/u.test(body)) return true;
	// "Ada Roe, of the Savers Club,", "Ada Roe, of price comparison website Pricefox.com,": the body someone is from,
	// with its article or the plain words saying what it is.
	if (/^(?:from|of)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Lu}[\p{L}.'’ -]*$/u.test(body)) return true;
	// "Peter Lund, Democrat of Dunmore,": a party member and the seat or state, as US papers tag legislators.
	if (/^\p{Lu}\p{Ll}+\s+of\s+\p{Lu}[\p{L}'’.]*(?:\s\p{Lu}[\p{L}'’.]*){0,2}$/u.test(body)) return true;
	// "Tom Hill, 30, of Marlow, N.D., who was polled,": a town with its state, then maybe what they are.
	if (
		/^(?:\d{1,3},\s*)?(?:from|of)\s+\p{Lu}[\p{L}'’ -]*,\s*\p{Lu}[\p{L}.]*(?:,\s*(?:who|whose)\s.*)?$/su.test(
			body
		)
	)
		return true;
	// "Lopez, on the other hand, thinks": a linking phrase set off after the subject leaves it the subject.
	if (LINKING_PHRASE.test(body)) return true;
	// "Rita Holm, exasperated, responded", "Lutz, visibly angry, said": how the speaker felt as they spoke.
	const manner = /^(?:\p{Ll}+ly\s+)?(\p{Ll}+)$/u.exec(body)?.[1];
	if (
		manner &&
		!isFiniteCue(manner) &&
		(/(?:ed|ful|ous)$/.test(manner) || lexiconTags(manner).includes('Adjective'))
	)
		return true;
	// "Lisa Grant, in a letter to the council, wrote", "Doe, speaking at a rally, said", "Roe, currently on tour
	// in Kell, told": where or how they spoke.
	if (SPOKEN_WHERE.test(body) && body.split(/\s+/).length <= 12) return true;
	// "Nathalia Ramos, 16, who plays Yasmin,": an age, then what they are.
	const afterAge = /^\d{1,3},\s*(.+)$/su.exec(body)?.[1];
	if (afterAge !== undefined) return isApposition(afterAge);
	const words = body.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
	if (words.length > 24) return false;
	return (
		/^(?:a|an|the|who|whose|former|then|now|also)\b/i.test(body) ||
		/^\p{Lu}[\p{L}-]*['’]s\b/u.test(body) ||
		words.slice(0, 4).some((w) => isRoleWord(w.replace(/['’]s$/, '').replace(/[.,]$/, '')))
	);
}

/** The phrase after an inverted cue ("said Mr. Okafor, the mayor"): up to a comma or the sentence end. */
function phraseAfter(ctx: Context, start: number, end: number): { start: number; end: number } | undefined {
	const rest = ctx.text.slice(start, end);
	let stop = rest.length;
	for (let i = 0; i < rest.length; i++) {
		const ch = rest[i]!;
		if (/[,;:“”"]/.test(ch)) {
			stop = i;
			break;
		}
		if (ch === '.' && /^\s|^$/.test(rest.slice(i + 1, i + 2))) {
			// "Mr.", "Maj." and initials ("John F.") do not end the phrase, as they end no sentence.
			const word = /([\p{L}]+)$/u.exec(rest.slice(0, i))?.[1] ?? '';
			if (TITLE_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
			stop = i;
			break;
		}
	}
	// "reported the Harbour Courier on Monday": the time is not part of the source's name.
	const when = TIME_AFTER_SOURCE.exec(rest.slice(0, stop));
	if (when) stop = when.index;
	// "said Secretary of State Ada Roe also adding that …": a clause run on after the name with no comma is hers,
	// not part of what she is called. "According to Ms Roe the new law …": a determiner after the name opens the
	// clause the source vouches for.
	const named = mentionAt(ctx, start, start + stop).find(
		(m) =>
			ctx.people.entities[m.entity]!.named &&
			(RUN_ON_AFTER_NAME.test(ctx.text.slice(m.end, start + stop)) ||
				SHARED_SUBJECT_AFTER_NAME.test(ctx.text.slice(m.end, start + stop)))
	);
	if (named) stop = named.end - start;
	const phrase = rest.slice(0, stop);
	const lead = phrase.length - phrase.trimStart().length;
	const body = phrase.trim();
	return body ? { start: start + lead, end: start + lead + body.length } : undefined;
}

const RUN_ON_AFTER_NAME =
	/^\s+(?:\p{Ll}+ing\s+(?:that|to|about|on|how|why|what)|also|then|again|too|who|which|while|when|before|after|as|the|a|an|this|these|those|its|their)\b/u;

/**
 * "The document “…” according to an NSC spokesman Frederick Jones and had received …": "and" with an auxiliary after
 * the source's name goes back to the sentence's own subject, so the name ends the source ("Roe and Ash" stays two).
 */
const SHARED_SUBJECT_AFTER_NAME =
	/^\s+and\s+(?:has|had|have|is|was|were|will|would|could|should|can|may|might|did|does|do)\b/;

const TIME_AFTER_SOURCE =
	/\s+(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)|\s+(?:yesterday|today|tonight|earlier|later)\b/;

// --- The sieve ---------------------------------------------------------------------------------------------

/** "“…”, was the reaction of Ada Roe": the words are the reaction of the one named after it. */
const REACTION_OF =
	/^\s*,?\s*(?:was|were)\s+(?:the|his|her|their)\s+(?:reaction|response|reply|answer|verdict|comment)\s+(?:of|from)\s+/i;
const SOURCE_AFTER = /^\s*,?\s*(?:according to|in the words of|as quoted by)\s+/i;
/**
 * "Trade has fallen by “more than half” since the closure, according to the chamber.": a source that ends the
 * sentence vouches for all of it, the quoted words in its middle too, when no verb of speech in it has a speaker.
 */
const SOURCE_ENDS_SENTENCE = /^[^“”"]*?,\s*(?:according to|in the words of)\s+(?=[^“”",;]+[.!?]?\s*$)/i;

/**
 * "Fares face a “summer of pain” this year, said Rui Tamm, an economist.": an inverted "said" set off after words of
 * its own (to the sentence's end or the next quote), with no subject before it, vouches for all of it as "according
 * to" does, when nothing before it in the sentence speaks. Only a name or a described person after it ("said of the
 * plan" is no source), and only where the words before "said" name nobody who says it.
 */
function saidAtEnd(ctx: Context, q: QuoteSpan, tail: string, limit: number, si: number, from: number): Found {
	const said = SAID_ENDS_SENTENCE.exec(tail);
	if (!said || !/\p{L}/u.test(said[1]!) || finiteCueIn(said[1]!) || cueBefore(ctx, q, from)) return undefined;
	const found = sourceAfter(ctx, q.close + said[0].length, limit, si, 'after:said-final');
	return found === UNRESOLVED ? undefined : found;
}
const SAID_ENDS_SENTENCE =
	/^([^“”"]*?),\s*(?:said|says)\s+(?=(?:the\s+|a\s+|an\s+)?\p{Lu})(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=[^“”";]+[.!?]?\s*$)/u;

/** Whether words hold a finite verb of speech ("…” since then, officials said, according to …"). */
function finiteCueIn(words: string): boolean {
	for (const m of cueMatches(words)) if (isFiniteCue(m[0])) return true;
	return false;
}
/**
 * "“…,” reads a 1984 cable by Ada Roe", "“…,” read an Acme statement on its website": "read" inverted before a
 * document gives the document's words, which speak for whoever it names as their writer.
 */
function readsDocument(cue: string, after: string): boolean {
	const words = /^reads?$/i.test(cue) ? (READ_OBJECT.exec(after)?.[1]?.split(/\s+/) ?? []) : [];
	return words.some((w) => DOC_NOUNS.has(w.toLowerCase().replace(/[,.]$/, '')));
}
const READ_OBJECT = /^(?:a|an|the|this|that|its|their|his|her)\s+((?:[^\s“”";]+\s+){0,4}[^\s“”";]+)/u;
const INVERTED = new RegExp(`^\\s*,?\\s*(?:${FINITE_SOURCE})\\s+`, 'i');
const SPLIT_CUE = new RegExp(`^[\\s,]*[^“”"]{0,80}?\\b(?:${FINITE_SOURCE})\\b[^“”"]{0,80}?[,:]\\s*$`, 'i');
/** "is believed to", "was expected": a verb of thought in the passive says nothing about who thinks it. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/i;

const SIGNATURE_DASH = /^\s*(?:[―—–]|-{1,2}(?=\s))\s*/;
/** Opening a paragraph, a hyphen may touch the name it signs with ("-Ada Roe, Dunmore."). */
const PARAGRAPH_DASH = /^\s*(?:[―—–]|-{1,2}(?=\s)|-(?=\p{Lu}))\s*/u;

/**
 * "“We wanted them to look real.” — Sean McNamara, director": a quote signed with a dash and a name, nothing
 * else after it in the sentence but the name's role.
 */
function signedBy(
	ctx: Context,
	close: number,
	tail: string,
	signature = SIGNATURE_DASH
): Resolved | undefined {
	const dash = signature.exec(tail);
	if (!dash) return undefined;
	const name = mentionAt(ctx, close + dash[0].length, close + tail.length)[0];
	if (!name || name.start !== close + dash[0].length || name.possessive) return undefined;
	const rest = ctx.text.slice(name.end, close + tail.length);
	if (!/^\s*(?:,[^“”"]*)?[.!?]?\s*$/.test(rest)) return undefined;
	return { entity: name.entity, confidence: 'high', rule: 'after:signed' };
}

/**
 * "“…” “…” ― Ana Ruiz.": a line that ends in a signed quote is the signer's, every quote on it with no cue of its
 * own, not the last speaker's carried on. A line, not a paragraph: reader comments run one signed line after another.
 */
function signedLine(ctx: Context, q: QuoteSpan): Resolved | undefined {
	const lineEnd = ctx.text.indexOf('\n', q.close);
	const end = lineEnd < 0 ? ctx.text.length : lineEnd;
	let last: QuoteSpan | undefined;
	for (let i = lowerBound(ctx.top, q.open + 1, byOpen); ctx.top[i] && ctx.top[i]!.close <= end; i++)
		last = ctx.top[i];
	const signed = last && signedBy(ctx, last.close, ctx.text.slice(last.close, end));
	return signed && { ...signed, rule: 'signed-line' };
}

/**
 * "“We will win this state.”¶— Ada Roe, at a rally in Dunmore.": a quote that is a paragraph of its own, signed
 * by the paragraph after it, a dash and a name with nothing but an aside set off by a comma.
 */
function signedBelow(ctx: Context, q: QuoteSpan, si: number, tail: string): Found {
	const next = ctx.sentences[si + 1];
	if (!next || tail.trim() !== '' || !/\n/.test(ctx.text.slice(q.close, next.start))) return undefined;
	if (!/(?:^|\n)[ \t]*$/.test(ctx.text.slice(Math.max(0, q.open - 200), q.open))) return undefined;
	const signed = signedBy(ctx, next.start, ctx.text.slice(next.start, next.end), PARAGRAPH_DASH);
	return signed && { ...signed, rule: 'after:signed-below' };
}

/** After a list item's quote, a colon or a comma stands where a signature's dash would. */
const ITEM_SIGNATURE = /^\s*[:,]\s*/;

/**
 * "*“The Court evaded the issue”: Ana Ruiz, presidential candidate.": a list of reactions whose items each open on
 * a quote and close on a name and its role is signed item by item, a colon or comma before the name. Only the
 * whole paragraph is a signature: a verb of speech left after the name ("…”, Ana Ruiz, the mayor, told Ido") has the
 * other rules' reading.
 */
function signedItem(ctx: Context, q: QuoteSpan): Resolved | undefined {
	const si = sentenceIndexAt(ctx.sentences, q.open);
	const sentence = ctx.sentences[si];
	if (!sentence || ctx.sentences[si - 1]?.paragraph === sentence.paragraph) return undefined;
	if (ctx.text.slice(sentence.start, q.open).trim() !== '') return undefined;
	let last = si;
	while (ctx.sentences[last + 1]?.paragraph === sentence.paragraph) last++;
	const end = ctx.sentences[last]!.end;
	const mark = ITEM_SIGNATURE.exec(ctx.text.slice(q.close, end));
	if (!mark) return undefined;
	const name = mentionAt(ctx, q.close + mark[0].length, end)[0];
	if (!name || name.start !== q.close + mark[0].length || name.possessive) return undefined;
	if (ctx.people.entities[name.entity]!.kind !== 'person') return undefined;
	// The role may hold a name in marks ("from the NGO “Paz”"), never a verb of speech.
	const rest = ctx.text.slice(name.end, end);
	if (!/^\s*(?:,.*)?[.!?]?\s*$/su.test(rest) || hasCue(` ${rest} `)) return undefined;
	return { entity: name.entity, confidence: 'high', rule: 'after:signed-item' };
}

/** Words that open a clause of their own after a quote, besides `CLAUSE_WORDS`. */
const NEW_CLAUSE = new Set(['until', 'unless', 'once']);
/** The quote ends a clause that an attribution follows ("…,” she said), or the sentence goes on in lowercase. */
function opensAttribution(ctx: Context, q: QuoteSpan, tail: string): boolean {
	const endsClause = /[,?!—–-][’'‘]?\s*$/.test(ctx.text.slice(q.start, q.close - 1)) || /^\s*,/.test(tail);
	if (!endsClause && !/^\s*\p{Ll}/u.test(tail)) return false;
	// "… “frank” and Putin called them …", "“on the fence” until Lutz said …": a new clause, not this quote's
	// attribution, after an aside too ("“…,” for instance, and Lutz vowed").
	const firstWord =
		/^[\s,]*(?:for\s+(?:instance|example),\s*)?(\p{L}+)/u.exec(tail)?.[1]?.toLowerCase() ?? '';
	return !CLAUSE_WORDS.has(firstWord) && !NEW_CLAUSE.has(firstWord);
}

/**
 * "… and as Lund went on about “…” and “…,” Mira said yes": words inside a clause opened by "as", "while" or
 * "when" with a named subject are that clause's; the verb after the quote is the main clause's and never speaks
 * them. Quotes earlier in the clause are read as single words so their commas do not close it.
 */
function inSubordinateClause(ctx: Context, q: QuoteSpan, from: number): boolean {
	const lead = ctx.text.slice(from, q.open).replace(/[“"][^“”"]*[”"]/g, 'Q');
	return SUBORDINATE_OPEN.test(lead);
}

const SUBORDINATE_OPEN =
	/\b(?:[Aa]s|[Ww]hile|[Ww]hen)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+\p{Ll}[^,;:.!?]*$/u;

const NOUN_AFTER_PREPOSITION = /\b(?:of|on|regarding|about|concerning|against|toward|towards)\s+$/i;

/**
 * "“…,” BRW managing editor Tony Featherstone, said.": a comma typed between a person's name and its verb, with no
 * other comma in the clause to make it an apposition's, is a slip; the verb's subject ends at the name.
 */
function strayComma(ctx: Context, from: number, cueAt: number): number {
	const clause = /^\s*,?([^,;:()—–“”"]+),\s*$/.exec(ctx.text.slice(from, cueAt));
	if (!clause) return cueAt;
	const comma = ctx.text.lastIndexOf(',', cueAt);
	const name = mentionAt(ctx, from, comma).find(
		(m) => m.end === comma && !m.possessive && ctx.people.entities[m.entity]!.kind === 'person'
	);
	return name ? comma : cueAt;
}

// Not "poster": "said one poster on the forum" is someone writing. A capitalised noun after a capitalised word is
// a name ("David Banner said “…”").
const SIGN =
	"(banner|sign|placard|billboard|(?<!\\p{Lu}[\\p{L}.'’-]*\\s)(?:Banner|Sign|Placard|Billboard))s?";
const CARRIED = '(?:\\s+(?:carried|held|waved)\\s+by\\s+[^“”".;:,]{1,40}?)';
/** "signs declaring: “…”", "a banner with the message “…”", "an unexpected sign: “…”": the words a sign shows. */
const SIGN_BEFORE = new RegExp(
	`\\b${SIGN}\\b(?!\\s+(?:of|that)\\b)(?:(?:${CARRIED}?\\s+(?:read|reads|says|said|declare[sd]|proclaim(?:s|ed)|state[sd])|(?:\\s+[^“”".;:,]{1,40}?)?\\s+(?:reading|saying|declaring|proclaiming|stating|with\\s+the\\s+(?:message|words|slogan)))\\s*[,:]?|\\s*:)\\s*$`,
	'u'
);
/** "“…,” read one banner carried by protesters." */
const SIGN_AFTER = new RegExp(
	`^\\s*,?\\s*(?:read|reads|said|says|declared|proclaimed)\\s+(?:one|another|a|the)\\s+(?:[\\p{Ll}-]+\\s+)?${SIGN}\\b(?:\\s+(?:carried|held|waved)\\s+by\\s+([^,;.“”"]+))?`,
	'u'
);
/** "“…,” read one banner …. “…?” read another.": the next sign of the same kind. */
const ANOTHER_AFTER = /^\s*,?\s*(?:read|reads|said|says)\s+another\b/;
/** "banners carried by protesters", "placards held by students": who carries the sign. */
const CARRIED_BY = /^\s+(?:carried|held|waved)\s+by\s+([^,;.“”"]+)/;

/**
 * Words a banner, sign, placard or billboard shows are the sign's, or its carriers' when the article names them ("“…,”
 * read one banner carried by protesters", "Protesters' placards declared “…”"); never a person named near it, and
 * never the sign as a body that speaks ("Banners declared “…”" had made "Banners" an organisation).
 */
function signText(ctx: Context, q: QuoteSpan, si: number): Found {
	const sentence = ctx.sentences[si];
	if (!sentence) return undefined;
	const tail = ctx.text.slice(q.close, sentence.end);
	const after = SIGN_AFTER.exec(tail);
	if (after) {
		const carriers = after[2]?.trimEnd();
		const from = q.close + after[0].length - (after[2]?.length ?? 0);
		return signOrCarriers(
			ctx,
			after[1]!,
			carriers ? { start: from, end: from + carriers.length } : undefined,
			si
		);
	}
	if (ANOTHER_AFTER.test(tail)) {
		const prior = ctx.top[lowerBound(ctx.top, q.open, byOpen) - 1];
		return prior && prior.paragraph === q.paragraph
			? signText(ctx, prior, sentenceIndexAt(ctx.sentences, prior.open))
			: undefined;
	}
	const lead = ctx.text.slice(sentence.start, q.open);
	const before = SIGN_BEFORE.exec(lead);
	if (!before) return undefined;
	const at = sentence.start + before.index;
	const carried = CARRIED_BY.exec(ctx.text.slice(at + before[1]!.length, q.open));
	const carriersAt = carried ? at + before[1]!.length + carried[0].length - carried[1]!.length : -1;
	const owner = /(\p{Lu}[\p{L}-]*)['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.exec(ctx.text.slice(sentence.start, at));
	const carriers = carried
		? { start: carriersAt, end: carriersAt + carried[1]!.trim().length }
		: owner
			? { start: at - owner[0].length, end: at - owner[0].length + owner[1]!.length }
			: undefined;
	return signOrCarriers(ctx, before[1]!, carriers, si);
}

/** The carriers are a group or a body the student can name; with none named, the sign speaks, asked of nobody. */
function signOrCarriers(
	ctx: Context,
	noun: string,
	carriers: { start: number; end: number } | undefined,
	si: number
) {
	const who = carriers && resolvePhrase(ctx, carriers.start, carriers.end, si, 'sign+carriers');
	if (who) return { ...who, confidence: 'low' as const };
	const entity = addEntity(ctx, {
		kind: 'document',
		name: `the ${noun.toLowerCase()}`,
		role: '',
		named: false
	});
	return { entity, confidence: 'low' as const, rule: 'sign' };
}

/**
 * "NASDAQ president and CEO Bob Greifeld, said, “…”": the same slip before a quote, when the clause is the name and
 * its title alone. "Vonage's CEO in a letter to Qwest CEO Richard Notebaert, wrote" ends on the letter's addressee,
 * who is no subject.
 */
function commaBeforeCue(ctx: Context, from: number, cueAt: number): number {
	const comma = strayComma(ctx, from, cueAt);
	const name = mentionAt(ctx, from, comma).find((m) => m.end === comma);
	if (!name) return cueAt;
	const title = ctx.text.slice(from, name.start).match(/\p{L}+/gu) ?? [];
	return title.every((w) => /^\p{Lu}/u.test(w) || TITLE_JOINERS.has(w) || isRoleWord(w)) ? comma : cueAt;
}
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'for']);

/** Rule 1: the attribution right after the quote: "…,” said X", "…,” X, a ROLE, told", "…”, according to X". */
function afterQuote(ctx: Context, q: QuoteSpan, si: number): Found {
	const sentence = ctx.sentences[si]!;
	const next = ctx.top[lowerBound(ctx.top, q.close, byOpen)];
	// "“Nous avons faim” (“We are hungry”), she said": the cue after a translation in brackets is the words' and
	// the translation's alike.
	if (ctx.text.charAt(q.open - 1) === '(' && ctx.text.charAt(q.close) === ')')
		return afterQuote(ctx, { ...q, close: q.close + 1 }, si);
	if (next && /^\s*\($/.test(ctx.text.slice(q.close, next.open)) && ctx.text.charAt(next.close) === ')')
		return afterQuote(ctx, { ...next, close: next.close + 1 }, sentenceIndexAt(ctx.sentences, next.close));
	const nextOpen = next?.open ?? Infinity;
	const limit = Math.min(sentence.end, nextOpen);
	const tail = ctx.text.slice(q.close, limit);
	const signed = signedBy(ctx, q.close, tail) ?? signedBelow(ctx, q, si, tail) ?? signedItem(ctx, q);
	if (signed) return signed;
	// "“…,” the statement quoted Aldo Dunmore as saying", "“…,” the Gazette reported him as saying": the one quoted
	// speaks, not the one quoting.
	// "“…”, army spokesman Ada Roe is quoted by Reuters as saying": the subject of the passive is the one quoted.
	const passive = PASSIVE_QUOTED_AFTER.exec(tail);
	if (passive) {
		const at = q.close + passive[0].indexOf(passive[1]!);
		return orUnresolved(resolvePhrase(ctx, at, at + passive[1]!.length, si, 'after:quoted-as+passive'));
	}
	const stated = statedBy(ctx, q, next, tail, si);
	if (stated) return stated;
	const quoted = QUOTED_AFTER.exec(tail);
	if (quoted) {
		const at = q.close + quoted.index + quoted[0].lastIndexOf(quoted[1]!);
		const pronoun = /^(?:him|her)$/.exec(quoted[1]!)?.[0];
		if (pronoun) {
			const r = resolvePerson(ctx, si, pronoun === 'him' ? 'he' : 'she', at);
			return orUnresolved(r && { ...r, rule: 'after:quoted-as+pronoun' });
		}
		return orUnresolved(resolvePhrase(ctx, at, at + quoted[1]!.length, si, 'after:quoted-as'));
	}
	const final = SOURCE_ENDS_SENTENCE.exec(tail);
	const sentenceFrom = Math.max(sentence.start, quoteBefore(ctx, q)?.close ?? 0);
	if (final && !cueBefore(ctx, q, sentenceFrom) && !finiteCueIn(final[0]))
		return sourceAfter(ctx, q.close + final[0].length, limit, si, 'after:according-final');
	// "“…”, as he told the Glasmere Gazette in 2011": whoever "as" names with a verb of speech put it that way. Set
	// off by a dash ("“…”—as Vell put it—and …") too: else "put it" reads as the cue of the next quote.
	const as = AS_CUE.exec(tail);
	if (as) {
		const at = q.close + as[0].length - as[1]!.length;
		return orUnresolved(resolvePhrase(ctx, at, at + as[1]!.length, si, 'after:as'));
	}
	// "“…” that the bill passes, said Ada Roe.": words after the quote that open a clause of their own still end on
	// the inverted cue that vouches for the whole sentence.
	if (!opensAttribution(ctx, q, tail))
		return (
			unpunctuatedCue(ctx, q, tail, sentence.start) ??
			cueSentenceAfter(ctx, q, tail, si) ??
			saidAtEnd(ctx, q, tail, limit, si, sentenceFrom)
		);
	// "Roe denied it, saying “…,” according to the agency": a speaker the sentence names by a cue before the words
	// speaks them; the source after them only reports it, as at a sentence's end. A verb of thought does not: in
	// "Many Japanese believe “…”, according to Ho Szu-shen", Ho says what they believe.
	const according = SOURCE_AFTER.exec(tail) ?? REACTION_OF.exec(tail);
	if (according && !cueLeadsIn(ctx, q, sentenceFrom))
		return sourceAfter(ctx, q.close + according[0].length, limit, si, 'after:according');
	const inverted = INVERTED.exec(tail);
	const invertedCue = inverted?.[0].trim().replace(/^,\s*/, '') ?? '';
	// "supports “fair fares,” opposes “…”": a stance is never inverted after its words; it is the next quote's verb.
	const afterCue = tail.slice(inverted?.[0].length ?? 0);
	if (
		inverted &&
		!isThoughtCue(invertedCue) &&
		(isSpeech(invertedCue, tail.slice(inverted[0].length - 1)) || readsDocument(invertedCue, afterCue))
	) {
		return sourceAfter(ctx, q.close + inverted[0].length, limit, si, 'after:inverted');
	}
	const unknownVerb = speakerWithUnknownVerb(ctx, q, tail);
	if (unknownVerb) return unknownVerb;
	let infinitive = false;
	for (const m of cueMatches(tail)) {
		if (m.index > 160) break;
		if (!isFiniteCue(m[0]) || isThoughtCue(m[0])) continue;
		// "…,” he was the only pollster to correctly predict the margin": a verb after "to" has no subject of its own;
		// with no other verb after it, the sentence names nobody who spoke the words.
		if (/\bto\s+(?:\p{Ll}+ly\s+)?$/u.test(tail.slice(0, m.index))) {
			infinitive = true;
			continue;
		}
		if (!isSpeech(m[0], tail.slice(m.index + m[0].length), tail.slice(0, m.index))) continue;
		if (attributive(tail, m.index, m[0].length)) continue;
		// "“…” freight aircraft; Kell Air has not confirmed that …": the one the sentence says did not confirm or say
		// it is not the one who said the words, and the sentence names nobody who did.
		if (NEGATION_BEFORE_VERB.test(tail.slice(0, m.index))) return UNRESOLVED;
		// "an official who asked not to be named said": a verb in a relative clause is not the attribution.
		if (/\b(?:who|that|which)\s+(?:\p{L}+\s+)?$/u.test(tail.slice(0, m.index))) continue;
		// "“Why would anyone pay that?” Critics cited it.": a new sentence after a quote that ended its own is an
		// attribution only when its verb has no object but a listener; "cited it" talks about the words.
		if (newSentence(ctx, q, tail) && thingObject(tail.slice(m.index + m[0].length))) return undefined;
		// "… had called the tram “…” during the campaign, and said voters would …": a second verb of the sentence's
		// subject, after the clause that holds the quote; the words before the quote tell whose it is.
		if (/,\s*(?:and|but)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u.test(tail.slice(0, m.index)))
			return undefined;
		// "…”, something he described as “…”": a verb that hands the next quote its words is that quote's cue.
		if (limit === nextOpen && /^\s+(?:\p{L}+\s+)?as\s*$/u.test(tail.slice(m.index + m[0].length))) continue;
		if (limit === nextOpen && introducesNext(ctx, q, tail.slice(m.index + m[0].length))) continue;
		if (inSubordinateClause(ctx, q, sentence.start)) return UNRESOLVED;
		if (laterClause(tail.slice(0, m.index)) && cueOwnsQuote(ctx, q, sentenceFrom)) return undefined;
		// "… told Nepalis to “shut down Nepal” in a strike, however witnesses said life was normal": a clause opened
		// after the quote by a contrast is other people's words on another matter ("…, but he warned" goes on with
		// whoever "he" is).
		if (CONTRAST_CLAUSE.test(tail.slice(0, m.index))) return undefined;
		// "Roe said: “…,” the Gazette reported": a report names where the words were read; a cue before the quote in
		// the same sentence names who spoke them.
		if (/^report(?:s|ed)$/i.test(m[0].trim()) && cueBefore(ctx, q, sentenceFrom)) return undefined;
		const hometown = hometownSubject(ctx, q.close, q.close + m.index);
		if (hometown) return hometown;
		const np = phraseBefore(ctx, q.close, strayComma(ctx, q.close, q.close + m.index));
		// "…,” while Beijing weighed in on the Dutch and Danish comments": a cue word whose subject would stand after a
		// preposition is a noun in that phrase, not a verb of speech.
		if (np && NOUN_AFTER_PREPOSITION.test(ctx.text.slice(q.close, np.start))) continue;
		const subject = np && resolvePhrase(ctx, np.start, np.end, si, 'after:cue');
		return subject ?? saidAtEnd(ctx, q, tail, limit, si, sentenceFrom) ?? UNRESOLVED;
	}
	return infinitive && !cueOwnsQuote(ctx, q, sentenceFrom) ? UNRESOLVED : undefined;
}

/**
 * "“…,” Cpl. Ada Roe, 38, of Digby, Nova Scotia said": a person set off with where she is from, the place last
 * before the verb, is its subject; read as the phrase before the verb, the province had spoken the words.
 */
const HOMETOWN_BEFORE =
	/^,\s*(?:\d{1,3},\s*)?(?:of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?,?\s*$/u;
/** From a quote's close to a name: its comma, and titles written with a point ("Cpl.", "Dr."). */
const UP_TO_NAME = /^["”]?[,\s]*(?:\p{Lu}\p{L}*\.\s+)*$/u;
function hometownSubject(ctx: Context, from: number, cueAt: number): Resolved | undefined {
	const person = mentionAt(ctx, from, cueAt).find(
		(m) => ctx.people.entities[m.entity]!.kind === 'person' && UP_TO_NAME.test(ctx.text.slice(from, m.start))
	);
	if (!person || !HOMETOWN_BEFORE.test(ctx.text.slice(person.end, cueAt))) return undefined;
	return { entity: person.entity, confidence: 'high', rule: 'after:cue+hometown' };
}

/** "has not", "did not yet", "hasn't", "would never" standing right before a verb. */
const NEGATION_BEFORE_VERB = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:yet|\p{Ll}+ly)\s+)?$/u;
const CONTRAST_CLAUSE = /[,;]\s*(?:however|but|yet)\s+(?!(?:he|she|they|we|I)\b)\p{L}/iu;
/**
 * "An official told NBC the ad had “run its course,” a day after chairman Ken Roe defended it and said …": a verb of
 * speech in a clause opened after the quote by a subordinator tells of another time and other words.
 */
function laterClause(between: string): boolean {
	return /\b(?:after|before|when|while|since|because|although|though|until|unless|whereas)\s/i.test(between);
}

/**
 * "“…” to deal with a spill, despite repeated assurances from the industry": a verb's form between a preposition or a
 * determiner and a noun in lower case describes the noun; it is no verb of speech after the quote.
 */
function attributive(tail: string, at: number, length: number): boolean {
	return (
		ATTRIBUTIVE_BEFORE.test(tail.slice(0, at)) &&
		/^\s+\p{Ll}/u.test(tail.slice(at + length)) &&
		!/^\s+(?:that|to|by|in|on|of|as|at|for|with)\b/.test(tail.slice(at + length))
	);
}
const ATTRIBUTIVE_BEFORE =
	/\b(?:despite|with|without|amid|against|after|the|a|an|his|her|its|their|our|these|those)\s+$/i;

/**
 * "Ada Roe said “…” with the plan expected to add jobs": a cue before the quote names who spoke, whatever verb
 * follows it, unless someone else's words stand between ("claimed the council's definition of “…”").
 */
function cueOwnsQuote(ctx: Context, q: QuoteSpan, from: number): boolean {
	const cue = cueBefore(ctx, q, from);
	return !!cue && !/\p{L}['’]s?\s/u.test(ctx.text.slice(cue.index + cue[0].length, q.open));
}

/**
 * "“The port is a battle of niches” Grubbs said.": a quote that opens its sentence, its comma left out, and then
 * only a named person and a verb of speech to the sentence's end, is that person's.
 */
function unpunctuatedCue(ctx: Context, q: QuoteSpan, tail: string, sentenceStart: number): Found {
	if (ctx.text.slice(sentenceStart, q.open).trim() !== '') return undefined;
	const m = /^\s+(\p{Lu}[^\s“”"]*(?:\s+\p{Lu}[^\s“”"]*){0,2})\s+(\p{Ll}+)\s*[.!]?\s*$/u.exec(tail);
	if (!m || !isFiniteCue(m[2]!) || isThoughtCue(m[2]!)) return undefined;
	const at = q.close + m[0].indexOf(m[1]!);
	const name = mentionAt(ctx, at, at + m[1]!.length)[0];
	const e = name && ctx.people.entities[name.entity]!;
	if (!name || name.start !== at || name.end !== at + m[1]!.length || name.ambiguous || name.possessive)
		return undefined;
	return e!.kind === 'person' && e!.named
		? { entity: name.entity, confidence: 'high', rule: 'after:unpunctuated' }
		: undefined;
}

/**
 * "“… give them names.” Jackie Maxwell noted.", "“…” Ron Resnick (Chairman of WiMAX Forum) remarked at the
 * Press Conference.": a quote that opens and ends its own sentence, then a sentence of nothing but a name and a
 * verb of speech (with whom it was told to, or where), is that name's: such a sentence has no words of its own to
 * introduce. A cue with a clause after it ("Hale said the sale was wise") tells of other words. The verb may go on
 * with what the words were about ("Ada Roe said of the grant.") or a participle set off by a comma ("Ada Roe said,
 * speaking of the grant.", "…, adding that …"): neither is an object, so the quote is still what was said. The
 * name may be set off with a role ("Ada Roe, the board's chair, said.") as in brackets.
 */
function cueSentenceAfter(ctx: Context, q: QuoteSpan, tail: string, si: number): Found {
	const sentence = ctx.sentences[si]!;
	const next = ctx.sentences[si + 1];
	if (tail.trim() !== '' || !next || next.paragraph !== sentence.paragraph) return undefined;
	if (ctx.text.slice(sentence.start, q.open).trim() !== '') return undefined;
	if (!/[.?!…][’'‘]?$/.test(ctx.text.slice(q.start, q.end).trim())) return undefined;
	// A title's full stop ("Gen.") may end the segment early: read to the stop that ends the cue's own sentence.
	const after = ctx.top[lowerBound(ctx.top, q.close, byOpen)];
	let last = si + 1;
	while (ctx.sentences[last + 1]?.paragraph === sentence.paragraph) last++;
	const paragraphEnd = ctx.sentences[last]!.end;
	const words = ctx.text.slice(q.close, Math.min(paragraphEnd, after?.open ?? Infinity));
	const m = CUE_SENTENCE.exec(words);
	if (!m || !isFiniteCue(m[3]!) || isThoughtCue(m[3]!)) return undefined;
	const rest = (m[4] ?? '').trim();
	const told = /^(?:told|tells|asked|asks)$/.test(m[3]!);
	if (rest && (CLAUSE_WORD.test(rest) || !(told || PLACE_OR_TIME.test(rest) || SPOKEN_OF.test(rest))))
		return undefined;
	const at = q.close + m[0].indexOf(m[1]!);
	const end = at + m[1]!.length;
	const name = mentionAt(ctx, at, end).find((n) => n.end === end);
	const e = name && ctx.people.entities[name.entity]!;
	if (!name || name.ambiguous || name.possessive || !/^[\p{Lu}\s.]*$/u.test(ctx.text.slice(at, name.start)))
		return undefined;
	return e!.kind === 'person' && e!.named
		? { entity: name.entity, confidence: 'high', rule: 'after:cue-sentence' }
		: undefined;
}
const CUE_SENTENCE =
	/^\s+(\p{Lu}[^\s“”"]*(?:\s+\p{Lu}[^\s“”"]*){0,3})(\s+\([^()“”"]{1,80}\)|,\s+[^,;:()“”"]{1,80},)?\s+(\p{Ll}+)((?:\s+[^\s,;:“”"]+){0,6}?)(?:,\s+\p{Ll}+ing\b[^;:“”"]*?)?\s*[.!](?=\s+\p{Lu}|\s*$)/u;
/** "said of the grant", "spoke about the vote": what the words were about, no object of the verb. */
const SPOKEN_OF = /^(?:of|about)\s/;
/** Words that open a clause of their own after the verb: its object is other words than the quote's. */
const CLAUSE_WORD =
	/\b(?:that|how|why|whether|if|what|when|he|she|they|it|we|I|is|was|are|were|will|would|has|had|have|the\s+\p{L}+\s+(?:is|was|will|would|had|has))\b/u;
/** "remarked at the opening", "said in a statement", "noted yesterday". */
const PLACE_OR_TIME =
	/^(?:at|to|in|on|during|from|after|before|while|outside|via|through|by|later|yesterday|today|tonight|again|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The quote ends its own sentence and the words after it open the next one: "…?” Critics cited it." */
const newSentence = (ctx: Context, q: QuoteSpan, tail: string) =>
	/[.?!…][’'‘]?$/.test(ctx.text.slice(q.start, q.end).trim()) && /^\s*\p{Lu}/u.test(tail);
/**
 * Whether the words after a verb open an object that is a thing, not a listener: "cited it", "repeated the line"
 * ("asked the crowd", "told reporters", "asked the senator" are someone spoken to).
 */
function thingObject(after: string): boolean {
	if (
		/^\s+(?:\p{Ll}+ly\s+)?(?:it|this|these|those|that(?=\s*[.,;!?]))\b(?!\s+(?:is|was|are|were)\b)/u.test(
			after
		)
	)
		return true;
	const head =
		/^\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=\s*[.,;!?]|\s+(?:on|in|at|from|to|as|again|often)\b)/u.exec(
			after
		)?.[1];
	return (
		head !== undefined &&
		!isRoleWord(head) &&
		!GROUP_NOUNS.has(head) &&
		!LISTENERS.has(head) &&
		!orgKindOf(head)
	);
}
const LISTENERS = new Set([
	'crowd',
	'audience',
	'room',
	'press',
	'reporters',
	'journalists',
	'jury',
	'court',
	'panel'
]);

/**
 * "Holt was asked, “Will you run?” She answered, “I have no idea.”", "…at “lower schools,” Brandt said: “…”": a cue
 * that a colon, or a comma after a quote that ended its sentence, joins to the next quote speaks that one. A quote
 * split around its cue ("“Not yet,” she said, “but soon.”") breaks off mid-sentence with a comma and keeps it.
 */
function introducesNext(ctx: Context, q: QuoteSpan, afterCue: string): boolean {
	if (/^\s*:\s*$/.test(afterCue)) return true;
	return /^\s*,\s*$/.test(afterCue) && /[.?!…]$/.test(ctx.text.slice(q.start, q.end).trim());
}

const AS_CUE =
	/^\s*[,—–]?\s*as\s+(he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s+(?:(?:once|later|has|had)\s+)?(?:told|said|says|wrote|writes|put it|puts it|couched it|recalled|recalls|explained|remarked)\b)/u;

/**
 * "“…,” as stated by the Eritrean Information Minister", "“…” and, “…,” as said by Roe": the source named after
 * "as stated by" speaks, whoever the sentence says reports it ("Sapa-AFP reports, “…”"), and so does a quote joined
 * to it by "and". "as reported by" names who reports, not who speaks.
 */
function statedBy(
	ctx: Context,
	q: QuoteSpan,
	next: QuoteSpan | undefined,
	tail: string,
	si: number
): Found | undefined {
	let by = AS_STATED_BY.exec(tail);
	let at = q.close;
	if (!by && next && /^\s*,?\s*and,?\s*$/.test(tail)) {
		const after = ctx.text.slice(next.close, next.close + 120);
		by = AS_STATED_BY.exec(after);
		at = next.close;
	}
	if (!by) return undefined;
	const from = at + by[0].lastIndexOf(by[1]!);
	return orUnresolved(resolvePhrase(ctx, from, from + by[1]!.length, si, 'after:as-stated-by'));
}
const AS_STATED_BY =
	/^\s*,?\s*(?:and\s+)?as\s+(?:stated|said|told|put|written|explained)\s+by\s+([^,;:“”"()]{2,80}?)\s*(?=[.,;]|$)/;

const PASSIVE_QUOTED_AFTER =
	/^\s*,?\s*([^,;“”"]{1,80}?)\s+(?:is|was|has\s+been|had\s+been)\s+quoted\s+(?:by\s+[^,;“”"]{1,60}?\s+)?as\s+(?:saying|telling|writing)\b/;
const QUOTED_AFTER =
	/^\s*,?\s*[^,;“”"]{0,60}?\b(?:quoted|reported|cited)\s+([^,;“”"]{1,80}?)(?=(?:,[^,;“”"]{1,80},)?\s+as\s+(?:saying|telling|writing)\b)/;

/** "according to the Crown prosecutor, Mark Tedeschi, QC": the source, by its name when one is set off after it. */
const lastWord = (phrase: string) => phrase.split(' ').pop() ?? '';

function sourceAfter(ctx: Context, start: number, limit: number, si: number, rule: string): Found {
	const np = phraseAfter(ctx, start, limit);
	if (!np) return UNRESOLVED;
	const apposed = /^,\s*/.exec(ctx.text.slice(np.end, limit));
	const name = apposed && mentionAt(ctx, np.end + apposed[0].length, limit)[0];
	const phrase = phraseText(ctx, np.start, np.end);
	// "added her neighbour, Paul Smith": a person described, then named.
	const described =
		/^(?:a|an|the|his|her|their|its|our|one)\s+\p{Ll}[\p{Ll}\s-]*$/u.test(phrase) ||
		/^\p{Lu}[\p{L}.]*['’]s\s+\p{Ll}[\p{Ll}\s-]*$/u.test(phrase);
	// "said U.S. military in Iraq spokesman, Rear Admiral Tom Ash": a role word may end the phrase after a place.
	const role =
		isRoleWord(headOf(phrase.toLowerCase())) ||
		described ||
		(/^\p{Ll}/u.test(lastWord(phrase)) && isRoleWord(lastWord(phrase)));
	if (name && name.start === np.end + apposed[0].length && !name.possessive && role) {
		// "said vice president of solutions, Dell Product Group, Rick Becker": the post, its body, then who holds it.
		const holder =
			ctx.people.entities[name.entity]!.kind !== 'person'
				? /^,\s*/.exec(ctx.text.slice(name.end, limit)) &&
					mentionAt(ctx, name.end, limit).find(
						(m) =>
							ctx.people.entities[m.entity]!.kind === 'person' &&
							/^,\s*$/.test(ctx.text.slice(name.end, m.start)) &&
							/^\s*(?:[.,;]|$)/.test(ctx.text.slice(m.end, limit))
					)
				: undefined;
		return { entity: (holder ?? name).entity, confidence: 'high', rule: `${rule}+apposed` };
	}
	// "According to him, “…”": the source in the object's form is whom "he" or "she" would be.
	const object = /^(?:him|her)$/i.exec(phrase)?.[0].toLowerCase();
	if (object) {
		const r = resolvePerson(ctx, si, object === 'him' ? 'he' : 'she', np.start);
		return orUnresolved(r && { ...r, rule: `${rule}+pronoun` });
	}
	return orUnresolved(resolvePhrase(ctx, np.start, np.end, si, rule));
}

/**
 * "“It's a great day,” beamed Anna Holt.", "“Not again!” Holt sighed.": a verb the registry does not list, between
 * a quote ending in a comma, "?" or "!" and a named person, with nothing else in the clause.
 */
function speakerWithUnknownVerb(ctx: Context, q: QuoteSpan, tail: string): Found {
	if (!/[,!?][’'‘]?\s*$/.test(ctx.text.slice(q.start, q.close - 1)) && !/^\s*,/.test(tail)) return undefined;
	// "citing Psalm 12 (“…”), endorsed Ines Kolar": a quote in brackets ends an aside; the verb after it is the
	// sentence's own, and the name after that verb its object.
	if (ctx.text.charAt(q.open - 1) === '(' && ctx.text.charAt(q.close - 1) === ')') return undefined;
	// "“…,” Holt fumed on Tuesday.": when it was said is no part of the clause's name or verb.
	const clause = (/^\s*,?\s*([^,;.“”"]*)/.exec(tail)?.[1] ?? '').replace(WHEN_SAID, '');
	const inverted = /^(\p{Ll}+ed)\s+(.+)$/u.exec(clause);
	const normal = /^(.+?)\s+(\p{Ll}+ed)$/u.exec(clause);
	// "beamed Ada Holt of Lisk, Wexland, who came early": where the speaker is from is no part of the name.
	const name = (inverted?.[2] ?? normal?.[1])?.replace(
		/\s+(?:of|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u,
		''
	);
	if (!name) return undefined;
	const at = q.close + tail.indexOf(name);
	const m = nameInPhrase(ctx, at, at + name.length);
	const e = m && ctx.people.entities[m.entity];
	if (!m || e?.kind !== 'person' || !e.named) return undefined;
	const entity = m.ambiguous ? surnameHolder(ctx, m, sentenceIndexAt(ctx.sentences, at)) : m.entity;
	return entity === undefined ? UNRESOLVED : { entity, confidence: 'high', rule: 'after:verb' };
}

const WHEN_SAID = new RegExp(
	`\\s+(?:${RECENT_TIME}|(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:morning|afternoon|evening|night))?)$`,
	'i'
);

/** The last cue before the quote in its sentence that introduces speech, with where it is. */
function cueBefore(
	ctx: Context,
	q: Pick<QuoteSpan, 'open' | 'start' | 'end'>,
	from: number,
	thoughts = true
): RegExpExecArray | undefined {
	const head = ctx.text.slice(from, q.open);
	const fragment =
		thoughts &&
		(!/^\p{Lu}/u.test(ctx.text.slice(q.start, q.start + 1)) ||
			ctx.text.slice(q.start, q.end).split(/\s+/).length <= 6);
	let last: RegExpExecArray | undefined;
	for (const m of cueMatches(head)) {
		const after = head.slice(m.index + m[0].length);
		if (!isSourcePhrase(m[0]) && !isSpeech(m[0], after, head.slice(0, m.index))) continue;
		// "He expected it to rise “dramatically”": a verb of thought attributes a fragment in its clause, never a
		// whole sentence, and not in the passive ("is believed").
		if (isThoughtCue(m[0]) && (!fragment || PASSIVE_BEFORE.test(head.slice(0, m.index)))) continue;
		// "An aide said the campaign had expected “a rough night”": a verb of thought inside what someone said is
		// part of their words, not a new source.
		if (isThoughtCue(m[0]) && last && !isThoughtCue(last[0]) && !isSourcePhrase(last[0])) continue;
		if (last && inClosedWhichClause(head.slice(0, m.index), after)) continue;
		last = m;
	}
	if (!last) return undefined;
	last.index += from;
	return last;
}

/**
 * "Roe called the plan, which the ministry insists is needed, “a danger”": a verb of speech with its own subject
 * inside a "which" clause set off by commas and closed before the quote speaks about the thing the clause is hung
 * on; the words in marks go with the verb of the clause around it.
 */
function inClosedWhichClause(before: string, after: string): boolean {
	return /,\s+which\s+[^,;:“”"()]*\S\s+$/u.test(before) && /^[^,;:“”"()]*,\s*$/u.test(after);
}

/**
 * A cue of speech in the quote's own clause: nothing but its object stands between it and the marks ("denied it,
 * saying “…”", "characterized the incident as “…”"). Past a dash or a semicolon ("the monkeys' reported living
 * conditions—making them “…”") the words are another clause's.
 */
function cueLeadsIn(ctx: Context, q: QuoteSpan, from: number): boolean {
	const cue = cueBefore(ctx, q, from, false);
	return cue !== undefined && !/[—–;]|\s-\s/.test(ctx.text.slice(cue.index + cue[0].length, q.open));
}

/** Whether a cue, with the words before and after it up to the quote, sits in an aside closed before the quote. */
export function cueInAside(before: string, after: string): boolean {
	const dashes = (t: string) => (t.match(/\s[–—-]\s/g) ?? []).length;
	if (dashes(before) % 2 === 1 && dashes(after) >= 1) return true;
	const open = before.lastIndexOf('(');
	return open > before.lastIndexOf(')') && after.includes(')');
}

const WHAT_BEFORE = new RegExp(
	`\\bwhat\\s+([^,;“”"]{1,60}?)(?:\\s+(?:${CUE_AUXILIARIES.join('|')}))*\\s+$`,
	'u'
);

/** The subject of "what X called": he or she back to its person, or a name the people table knows; no group. */
function whatSubject(ctx: Context, si: number, at: number, words: string): Found {
	const pronoun = /^(?:he|she)$/i.exec(words)?.[0].toLowerCase();
	if (pronoun) {
		const r = resolvePerson(ctx, si, pronoun, at);
		return orUnresolved(r && { ...r, rule: 'before:what+pronoun' });
	}
	const name = nameInPhrase(ctx, at, at + words.length);
	return name && name.start === at && name.end === at + words.length
		? { entity: name.entity, confidence: 'high', rule: 'before:what' }
		: UNRESOLVED;
}

/**
 * "said Melody Roth of the city's administrative office, who also added": where the person works, hung on the name
 * with no comma and naming nobody, is no antecedent of "who"; the name is.
 */
const BODY_AFTER_NAME = /^\s+(?:of|from|at)\s+[^,;:“”"()]{1,60}$/;

/**
 * What ", who" hangs on: the name just before it, or a person's name before an appositive ("signed by Bea Lind, a
 * lawyer for the families, who told reporters"): a relative clause after an appositive is still the name's.
 */
function whoAntecedent(ctx: Context, from: number, whoAt: number): Mention | undefined {
	const mentions = mentionAt(ctx, from, whoAt);
	const last = mentions[mentions.length - 1];
	// "wrote Teodor Vasko in the Corlan Evening Post, who called it": "who" is a person, so a body in a phrase
	// hanging on the name before it is passed over for that name. Capitals right after "Tim Bajarin of" are where he
	// works, whatever the table took them for ("Creative Strategies"): no one is "of" another person.
	const holder = mentions[mentions.length - 2];
	const gap = holder && last ? ctx.text.slice(holder.end, last.start) : '';
	if (
		last &&
		last.end === whoAt &&
		holder &&
		(ctx.people.entities[last.entity]!.kind === 'organisation' || /^\s+of\s+$/.test(gap)) &&
		ctx.people.entities[holder.entity]!.kind === 'person' &&
		/^\s+(?:in|of|at|for|from|with)\s+(?:the\s+)?$/i.test(gap)
	)
		return holder;
	if (last && last.end === whoAt) return last;
	for (let i = mentions.length - 1; i >= 0; i--) {
		const m = mentions[i]!;
		if (ctx.people.entities[m.entity]!.kind !== 'person') continue;
		const between = ctx.text.slice(m.end, whoAt);
		if (BODY_AFTER_NAME.test(between)) return m;
		return between.startsWith(',') && isApposition(`${between},`) ? m : undefined;
	}
	return undefined;
}

/**
 * "challenged by Prosecutor Ada Roe who said, “…”", "resident Ada Roe, 31 who said": a relative "who" right after a
 * named person's name (or the age set off after it), its comma left out, is that person; a name a noun hangs on by
 * "of" or a possessive ("the lawyer of Ada Roe who said", "Roe's aide Ivo Sand who said" is Sand) is passed over as
 * the relative may be the noun's.
 */
const WHO_UNMARKED = /(?:,\s*\d{1,3},?)?\s+who\s+(?:(?:also|then|later)\s+)?$/;
const OWNED_NAME_BEFORE = /(?:\bof|['’]s?)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;

function unmarkedWho(ctx: Context, from: number, cueAt: number): number | undefined {
	const lead = ctx.text.slice(from, cueAt);
	const who = WHO_UNMARKED.exec(lead);
	if (!who) return undefined;
	const whoAt = from + who.index;
	const last = mentionAt(ctx, from, whoAt).at(-1);
	if (!last || last.end !== whoAt || last.possessive || last.ambiguous) return undefined;
	const e = ctx.people.entities[last.entity]!;
	if (e.kind !== 'person' || !e.named) return undefined;
	return OWNED_NAME_BEFORE.test(ctx.text.slice(from, last.start)) ? undefined : last.entity;
}

/**
 * "Penhale was described as “a legend”", "the plan was called “reckless”": a verb of speech in the passive, whose
 * subject is what the words are about, not who said them. ("was quoted as saying" names its speaker, and is one
 * cue of its own.)
 */
function passiveCue(ctx: Context, from: number, cueAt: number, cue: string): boolean {
	if (!/^(?:\p{L}+ed|told)$/u.test(cue)) return false;
	const before = ctx.text.slice(from, cueAt).replace(/\s+(?:\p{Ll}+ly|also|once|often|widely)\s+$/u, ' ');
	return PASSIVE_BEFORE.test(before);
}

/**
 * "Ada Roe was said to be “aghast”", "is reported to be “alright”": the words describe the subject, and whoever
 * said so is not named by it. Only before "to be": "is said to have called it “…”" reports the subject's words.
 */
const TO_BE_BEFORE_QUOTE = /^\s+to\s+be\s+(?:\p{Ll}+\s+){0,2}$/u;
function saidToBe(ctx: Context, from: number, cueAt: number, open: number, cue: string): boolean {
	return (
		/^(?:said|reported)$/.test(cue) &&
		PASSIVE_BEFORE.test(ctx.text.slice(from, cueAt)) &&
		TO_BE_BEFORE_QUOTE.test(ctx.text.slice(cueAt + cue.length, open))
	);
}

/**
 * Who said the words a passive verb gives: the agent after "by" ("was described by his neighbour, Tom Roe, as
 * “…”", "was called “reckless” by the union"), else nobody.
 */
function passiveAgent(ctx: Context, q: QuoteSpan, afterCue: number, si: number): Found {
	const between = /^\s+by\s+([^“”"]+?)\s+as\s*$/.exec(ctx.text.slice(afterCue, q.open));
	if (between) {
		const at = afterCue + between[0].indexOf(between[1]!, 3);
		return orUnresolved(agentPhrase(ctx, at, at + between[1]!.length, si));
	}
	const end = ctx.sentences[sentenceIndexAt(ctx.sentences, Math.max(q.open, q.close - 1))]?.end ?? q.close;
	const after = /^\s*,?\s*by\s+/.exec(ctx.text.slice(q.close, end));
	if (!after) return UNRESOLVED;
	const np = phraseAfter(ctx, q.close + after[0].length, end);
	return orUnresolved(np && agentPhrase(ctx, np.start, np.end, si));
}

/** "his neighbour, Tom Roe": a phrase set off by a name names that person. */
function agentPhrase(ctx: Context, start: number, end: number, si: number): Resolved | undefined {
	const body = ctx.text.slice(start, end).replace(/,\s*$/, '');
	const apposed = /^([^,]+),\s*([^,]+)$/.exec(body);
	if (apposed) {
		const at = start + body.indexOf(apposed[2]!, apposed[1]!.length);
		const name = nameInPhrase(ctx, at, at + apposed[2]!.length);
		if (name) return { entity: name.entity, confidence: 'high', rule: 'before:passive+by' };
	}
	return resolvePhrase(ctx, start, start + body.length, si, 'before:passive+by');
}

/** Rule 2: the subject of the cue verb before the quote: "X said that … “partial”", "according to X, “…”". */
/** "Bob Roe's claim that she had", "Roe's description of the plan as": someone else's words, then the quote. */
const CLAIM_OF =
	/(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}['’]s?|\bthe\s+(?:\p{Ll}+\s+)?\p{Ll}+['’]s?)\s+(?:\p{Ll}+\s+)?(?:claims?|allegations?|accusations?|assertions?|suggestions?|charges?|descriptions?|remarks?|comments?|words|warnings?)\s+(?:(?:this|last)\s+(?:week|month|year|weekend)\s+|earlier\s+|yesterday\s+)?(?:that\s+[^“”";]*|of\s+[^“”";]*?\s+as\s*)$/u;

/**
 * "Ann Lee denied Bob Roe's claim that she had “lied to voters”": the words are those of the one whose claim it
 * is, not of the subject who denies it; unsure, and no one when the owner is not a named person or body.
 */
function claimOwner(ctx: Context, from: number, open: number): Found {
	const m = CLAIM_OF.exec(ctx.text.slice(from, open));
	if (!m) return undefined;
	const at = from + m.index;
	// "Prime Minister John Howard's": the name's mention may open on a title before the words matched.
	const owner = mentionAt(ctx, Math.max(from, at - 40), at + m[1]!.length + 2)
		.filter((x) => x.end > at)
		.at(-1);
	const e = owner && ctx.people.entities[owner.entity]!;
	return e && e.named && !owner.ambiguous
		? { entity: owner.entity, confidence: 'low', rule: 'before:claim-owner' }
		: UNRESOLVED;
}

const PARTICIPLE_BY =
	/(?<!\b(?:is|are|was|were|be|been|being|has|have|had)\s+)\b\p{Ll}{3,}(?:ed|en)\s+by\s+$/u;
const OBTAINED_BY = /\b(?:obtained|seen|reviewed|viewed|acquired)\s+by\s+$/i;

const ADJECTIVES_JOINED = /\b(?:the|a|an|its|his|her|their|this|these|those)\s+\p{Ll}+ed\s+(?:and|but)\s+$/iu;
const INVERTED_CLAUSE_CUE = /^(?:said|says|added|adds|explained|explains)$/;
const FRONTED_CUE = /^(?:Said|Says|Added|Adds|Wrote|Writes|Explained|Explains|Continued)\s+(?=\p{Lu}|the\s)/u;
const FIRST_VERB = new RegExp(`\\b(?:${FINITE_SOURCE}|\\p{Ll}+ed)\\b`, 'gu');

/**
 * "Syria said that it supports Iran's stance and said it “…”", "The regulator released a statement and stated Uber
 * was “…”": a country, a body or a description the people table holds no mention of, as the subject of a first verb
 * in the past or of speech, is the subject of the verb of speech coordinated with it. Only a subject that opens the
 * main clause, so a verb in a fronted clause ("After Syria said …, the talks …") names nobody.
 */
function firstVerbSubject(ctx: Context, si: number, from: number, cueAt: number): Resolved | undefined {
	const start = mainClauseStart(ctx, si);
	if (from > start) return undefined;
	for (const verb of ctx.text.slice(start, cueAt).matchAll(FIRST_VERB)) {
		const np = phraseBefore(ctx, start, start + verb.index);
		if (!np || ctx.text.slice(start, np.start).trim() !== '') return undefined;
		const r = resolvePhrase(ctx, np.start, np.end, si, 'before:coordinated+first-verb');
		if (r) return r;
	}
	return undefined;
}

function beforeQuote(ctx: Context, q: QuoteSpan, si: number): Found {
	const sentence = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const prevClose = prev && prev.close <= q.open && prev.close > sentence.start ? prev.close : sentence.start;
	const label = speakerLabel(ctx, q, prevClose);
	if (label) return label;
	const author = messageAuthor(ctx, prevClose, q.open);
	if (author !== undefined) return { entity: author, confidence: 'high', rule: 'before:message-author' };
	// "Said Kell estate agent Ada Roe, “…”": a sentence opening on its verb names the speaker right after it.
	const fronted = FRONTED_CUE.exec(ctx.text.slice(sentence.start, q.open));
	if (fronted && prevClose === sentence.start) {
		const r = sourceAfter(ctx, sentence.start + fronted[0].length, q.open, si, 'before:inverted-fronted');
		if (r && r !== UNRESOLVED) return r;
	}
	const last = cueBefore(ctx, q, prevClose);
	// "His comments follow John Howard's claims this week that … “…”": with no verb of speech, a claim's owner.
	if (!last) return claimOwner(ctx, prevClose, q.open);
	const cueAt = last.index;
	if (ctx.text.slice(cueAt, q.open).split(/\s+/).length > 40) return undefined;
	const cue = last[0].toLowerCase();
	// "The protest was peaceful, said Hadi Jawad, co-founder of the House, “…”", "…, says Coonen: “…”": a verb of
	// saying inverted after a clause's comma, with only its source between it and the words, introduces them.
	if (
		INVERTED_CLAUSE_CUE.test(cue) &&
		/,\s*$/.test(ctx.text.slice(prevClose, cueAt)) &&
		/^\s+\p{Lu}[^;“”"]*[,:]\s*$/u.test(ctx.text.slice(cueAt + last[0].length, q.open))
	) {
		const r = sourceAfter(ctx, cueAt + last[0].length, q.open, si, 'before:inverted-clause');
		if (r && r !== UNRESOLVED && ctx.people.entities[r.entity]!.named) return r;
	}
	// "he can – as Moss has said – “deliver” it": a cue inside a dashed or bracketed aside closed before the quote
	// is the aside's, and the name in it is not the quote's speaker.
	if (cueInAside(ctx.text.slice(prevClose, cueAt), ctx.text.slice(cueAt, q.open))) return UNRESOLVED;
	// "His first forecast, he recalls, promised “…”": a cue set off by commas names whose account the clause is.
	const aside = ASIDE.exec(ctx.text.slice(prevClose, q.open));
	// "Smith, he said, had called it “…”": a person the clause is about may be the one quoted; only a thing
	// ("His first forecast") leaves the words to the aside's speaker.
	const about =
		aside && mentionAt(ctx, prevClose, q.open).some((m) => ctx.people.entities[m.entity]!.kind === 'person');
	if (aside && !about) {
		const at = prevClose + aside.index + aside[0].indexOf(aside[1]!);
		const r = resolvePerson(ctx, si, aside[1]!, at);
		return orUnresolved(r && { ...r, rule: 'before:aside+pronoun' });
	}
	const handle = HANDLE_BEFORE.exec(ctx.text.slice(sentence.start, cueAt))?.[1];
	if (handle) return { entity: handleEntity(ctx, handle), confidence: 'high', rule: 'before:handle' };
	const claim = claimOwner(ctx, cueAt + last[0].length, q.open);
	if (claim) return claim;
	if (isSourcePhrase(cue)) {
		const source = sourceAfter(ctx, cueAt + last[0].length, q.open, si, 'before:according');
		// "He then mimicked a rival, according to the Gazette: “…”": the outlet tells what he did, and whether the
		// words are his or the paper's account of them, only he could say; no question asks.
		if (
			source &&
			source !== UNRESOLVED &&
			reportsOthers(ctx, source.entity) &&
			personActsBefore(ctx, si, cueAt)
		)
			return { ...source, confidence: 'low', rule: 'before:according+person-acts' };
		return source;
	}
	if (passiveCue(ctx, prevClose, cueAt, cue) || saidToBe(ctx, prevClose, cueAt, q.open, cue))
		return passiveAgent(ctx, q, cueAt + last[0].length, si);
	// "The paper quoted Jane Doe as saying “…”", "York quotes Ada Roe saying, “…”", "He reports Roe as saying: “…”": the
	// one quoted speaks, not the one quoting.
	const quoted =
		/\b(?:quoted|quotes|quoting)\s+([^,;“”"]{1,80}?)\s+(?:as\s+)?$|\b(?:reported|reports|reporting|cited|cites|citing)\s+([^,;“”"]{1,80}?)\s+as\s+$/.exec(
			ctx.text.slice(prevClose, cueAt)
		);
	// "Doe was quoted by the BBC as saying “…”" names the publication that quotes: the subject speaks.
	const quotedName = quoted?.[1] ?? quoted?.[2];
	if (quoted && quotedName && isParticipleCue(cue) && !/^by\s/i.test(quotedName)) {
		const at = cueAt - quoted[0].length + quoted[0].indexOf(quotedName);
		return orUnresolved(resolvePhrase(ctx, at, at + quotedName.length, si, 'before:quoted-as'));
	}
	const reported = isParticipleCue(cue) ? reportedPerson(ctx, prevClose, cueAt, si) : undefined;
	if (reported) return reported;
	if (isParticipleCue(cue)) return participleSubject(ctx, si, prevClose, cueAt);
	// "rejected what he called “a witch hunt”": the subject of the relative "what" clause speaks.
	const what = WHAT_BEFORE.exec(ctx.text.slice(prevClose, cueAt));
	if (what) return whatSubject(ctx, si, cueAt - what[0].length + what[0].indexOf(what[1]!, 4), what[1]!);
	// "Among those who spoke was Marta Ilves, who said: “…”": "who" is the name just before it.
	// "Beck, who has in the past described Ada Vela as “…”": an auxiliary and a time between "who" and its verb.
	const who =
		/,\s+who\s+(?:(?:also|then|later|has|had|have|once|long|often|repeatedly|previously|in the past)\s+){0,3}$/.exec(
			ctx.text.slice(prevClose, cueAt)
		);
	const antecedent = who && whoAntecedent(ctx, prevClose, cueAt - who[0].length);
	if (antecedent && ctx.people.entities[antecedent.entity]!.named)
		return { entity: antecedent.entity, confidence: 'high', rule: 'before:who' };
	const unmarked = unmarkedWho(ctx, prevClose, cueAt);
	if (unmarked !== undefined) return { entity: unmarked, confidence: 'high', rule: 'before:who-unmarked' };
	// "a decision Ilse Varga defended as “…”": a relative clause with no "that" whose subject is the name just
	// before the verb; the noun it hangs on does not speak.
	const inner = mentionAt(ctx, prevClose, cueAt).pop();
	if (
		inner &&
		ctx.text.slice(inner.end, cueAt).trim() === '' &&
		ctx.people.entities[inner.entity]!.named &&
		ctx.people.entities[inner.entity]!.kind === 'person' &&
		/\b(?:a|an|the)\s+\p{Ll}+\s+$/u.test(ctx.text.slice(prevClose, inner.start))
	)
		return { entity: inner.entity, confidence: 'high', rule: 'before:object-relative' };
	// "Gillard asked the Speaker whether …, to which he said that “…”": the one who answers is the one asked, never the
	// asker or someone named before; unsure when the one asked is named by a role alone.
	if (/\bto\s+which\s+(?:he|she)\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.text.slice(prevClose, cueAt))) {
		const asked = askedPerson(ctx, si);
		return asked === undefined ? UNRESOLVED : { entity: asked, confidence: 'high', rule: 'before:reply' };
	}
	// "…, something he described as “…”": the same with a pronoun for the name.
	const relative =
		/\b(?:something|what|which|a|an|the)\s+(?:\p{Ll}+\s+)?(he|she)\s+(?:(?:would|had|has|once|later)\s+)?$/u.exec(
			ctx.text.slice(prevClose, cueAt)
		);
	if (relative) {
		const r = resolvePerson(
			ctx,
			si,
			relative[1]!,
			cueAt - relative[0].length + relative[0].lastIndexOf(relative[1]!)
		);
		return orUnresolved(r && { ...r, rule: 'before:object-relative+pronoun' });
	}
	// "he said in email to the “security curmudgeon” of Attrition": words quoted as the one the speech went to name
	// the listener; they are not what was said.
	if (
		/^\s+(?:(?:in|by|via)\s+(?:an?\s+)?[\p{Ll}-]+\s+)?to\s+the\s+$/u.test(
			ctx.text.slice(cueAt + last[0].length, q.open)
		)
	)
		return UNRESOLVED;
	const asker = reportedAsker(ctx, prevClose, q.open);
	if (asker !== undefined) return { entity: asker, confidence: 'high', rule: 'before:reported-asker' };
	const np = phraseBefore(ctx, prevClose, commaBeforeCue(ctx, prevClose, cueAt));
	const betweenQuotes =
		prev?.close === prevClose && ctx.text.slice(prevClose, cueAt).trim().replace(/^,/, '') === '';
	// "Vela supports “fair fares,” opposes “blanket rises”": a verb with its words right after it and nothing
	// before it but the quote before is the next in a series of the subject's verbs, not an inverted cue.
	const series = betweenQuotes && ctx.text.slice(cueAt + last[0].length, q.open).trim() === '';
	// "“We have time,” said Berger, “and we have money.”": an inverted cue between two quotes. "Roe, star of
	// “Tides,” thanked Hale for “…”": a name the quote hangs on by a preposition is the verb's object, not its
	// subject set after it.
	if (!np && betweenQuotes && !series)
		return /\s(?:for|of|about|on|over|with|as)\s*$/.test(ctx.text.slice(cueAt + last[0].length, q.open))
			? UNRESOLVED
			: sourceAfter(ctx, cueAt + last[0].length, q.open, si, 'before:inverted');
	// "The association said it supported “…” but warned that …“…”": a second verb shares the first one's subject.
	// "the expected and announced acquisition of …": two participles joined after a determiner describe a noun; no
	// verb ("condemned the violence and stated" is one).
	if (
		!np &&
		(series ||
			(/\b(?:and|but)\s+(?:(?:also|later|then)\s+)?$/i.test(ctx.text.slice(prevClose, cueAt)) &&
				!ADJECTIVES_JOINED.test(ctx.text.slice(prevClose, cueAt))))
	) {
		const earlier = prev?.close === prevClose && ctx.spoken.has(prev.open) ? prev : undefined;
		if (earlier)
			return { entity: ctx.spoken.get(earlier.open)!, confidence: 'high', rule: 'before:coordinated' };
		const subject = subjectOf(ctx, si);
		if (subject.kind === 'entity')
			return { entity: subject.entity, confidence: 'high', rule: 'before:coordinated' };
		// "The report found … and warned that the banks were “…”": a document's second verb is the document's.
		if (subject.kind === 'document')
			return {
				entity: documentSource(ctx, subject.head, cueAt),
				confidence: 'high',
				rule: 'before:coordinated+document'
			};
		// "She raised her target price and said the stock remained “…”": he/she back to its person.
		if (subject.kind === 'pronoun' && (subject.word === 'he' || subject.word === 'she')) {
			const r = resolvePerson(ctx, si, subject.word, subject.at);
			return orUnresolved(r && { ...r, rule: 'before:coordinated+pronoun' });
		}
		if (subject.kind === 'other') {
			const first = firstVerbSubject(ctx, si, prevClose, cueAt);
			if (first) return first;
		}
	}
	// "75 percent of Republicans said “…”": a poll's share of a party is a figure, not the party speaking; a share
	// of "registered voters" stays the unnamed description it is.
	if (
		np &&
		/^\p{Lu}/u.test(phraseText(ctx, np.start, np.end)) &&
		SHARE_OF.test(ctx.text.slice(prevClose, np.start))
	)
		return UNRESOLVED;
	if (np && objectRelative(ctx, sentence.start, np, cueAt + last[0].length, q.open)) return UNRESOLVED;
	// "A letter from the Legion obtained by the Gazette warns that “…”": whoever obtained or saw a document only
	// reports it; the document speaks for whoever wrote it, or nobody is sure who does.
	if (np && OBTAINED_BY.test(ctx.text.slice(prevClose, np.start))) {
		const subject = subjectOf(ctx, si);
		return subject.kind === 'document'
			? {
					entity: documentSource(ctx, subject.head, cueAt),
					confidence: 'high',
					rule: 'before:obtained+document'
				}
			: UNRESOLVED;
	}
	// "The hecklers equipped by the BBC shouted “…”": a body after a participle's "by" is the agent of a clause that
	// describes the subject, not the one who speaks; a document so made still speaks for its maker.
	if (np && PARTICIPLE_BY.test(ctx.text.slice(prevClose, np.start)) && subjectOf(ctx, si).kind !== 'document')
		return UNRESOLVED;
	return orUnresolved(
		(np && resolvePhrase(ctx, np.start, np.end, si, 'before:cue')) ??
			openingNameSpeaks(ctx, sentence.start, prevClose, cueAt, q.open)
	);
}

/**
 * "Barbara Olshansky, of the Center for Constitutional Rights which represents 300 detainees, said “…”", "Romulo
 * Diaz, himself openly gay, said yesterday “…”": a sentence opening on a person's name whose only verb of speech
 * comes before the quote has that person as its subject, however long the aside between them, when no other person
 * is named anywhere before the quote and nothing between the name and the verb could be a subject of its own (a
 * pronoun, "and", a relative pronoun right before the verb).
 */
/** Verbs that are verbs of speech whatever follows them ("charges", "comments" may be nouns). */
const PLAIN_SPEECH =
	/^(?:said|says|told|tells|stated|states|added|adds|wrote|writes|explained|claimed|called|warned|insisted|argued)$/i;
const ANOTHER_SUBJECT =
	/\b(?:he|she|they|we|I|it|and|or|whose)\b|[;“”"]|\b(?:who|which|that)\s+(?:\p{Ll}+ly\s+)?$/u;
function openingNameSpeaks(
	ctx: Context,
	sentenceStart: number,
	prevClose: number,
	cueAt: number,
	open: number
): Resolved | undefined {
	if (prevClose !== sentenceStart) return undefined;
	const named = mentionAt(ctx, sentenceStart, open);
	const first = named[0];
	if (
		!first ||
		first.possessive ||
		first.ambiguous ||
		ctx.text.slice(sentenceStart, first.start).trim() !== ''
	)
		return undefined;
	const e = ctx.people.entities[first.entity]!;
	if (e.kind !== 'person' || !e.named) return undefined;
	if (named.some((m) => m.entity !== first.entity && ctx.people.entities[m.entity]!.kind === 'person'))
		return undefined;
	if (ANOTHER_SUBJECT.test(ctx.text.slice(first.end, cueAt))) return undefined;
	const cues = cueMatches(ctx.text.slice(first.end, open));
	if (cues.length !== 1 || !PLAIN_SPEECH.test(cues[0]![0].trim())) return undefined;
	return { entity: first.entity, confidence: 'high', rule: 'before:opening-name' };
}

/**
 * "Ada Vela told a young man who complained about the fares that “…”", "Vela wrote back at a rival who promised
 * cuts: “…”": an unnamed someone in a relative clause hanging on the object of a named speaker's verb, whose own
 * verb already has its words before the quote, is spoken to or about; the quote is the main clause's, which no
 * rule here reads, so nobody's. "She met a voter who said “…”" keeps the voter: the quote is that verb's object.
 */
function objectRelative(
	ctx: Context,
	from: number,
	np: { start: number; end: number },
	cueEnd: number,
	open: number
): boolean {
	if (!/^(?:a|an|one|another)\s/i.test(phraseText(ctx, np.start, np.end))) return false;
	if (!/^\s+who\s+$/.test(ctx.text.slice(np.end, cueEnd).replace(/\S+$/, ''))) return false;
	const lead = ctx.text.slice(from, np.start);
	// "remarks made by a surrogate who said …": after "by" the someone is the agent of the words.
	if (!/\p{Ll}\s+$/u.test(lead) || /\b(?:and|by)\s+$/.test(lead)) return false;
	const complement = ctx.text
		.slice(cueEnd, open)
		.split(/\s+/)
		.filter((w) => /\p{L}/u.test(w));
	if (complement.length < 2) return false;
	return cueMatches(lead).some((m) =>
		mentionAt(ctx, from, from + m.index).some((n) => ctx.people.entities[n.entity]!.named)
	);
}

const SHARE_OF =
	/(?:\d[\d.,]*\s*(?:percent|per cent|%)|\b(?:majority|minority|share|proportion|half|third|quarter|fifth))\s+of\s+(?:the\s+|all\s+|those\s+)?$/i;

const ASIDE =
	/,\s*(he|she)\s+(?:recalls|recalled|says|said|remembers|remembered|admits|admitted|explains|explained|insists|insisted),\s+[^,;“”"]{1,60}$/;

/**
 * "read out a text message the prosecution says Mr Pennock sent to a friend …: “…”": the words after the colon are
 * the message's, so its sender's, whoever reads it out or says he sent it.
 */
function messageAuthor(ctx: Context, from: number, to: number): number | undefined {
	if (!/:\s*$/.test(ctx.text.slice(from, to))) return undefined;
	for (const m of mentionAt(ctx, from, to)) {
		const e = ctx.people.entities[m.entity]!;
		if (m.possessive || m.ambiguous || e.kind !== 'person' || !e.named) continue;
		const lead = ctx.text.slice(Math.max(from, m.start - 60), m.start);
		if (!/\b(?:message|letter|note|email|e-mail|text|post|card)\b[^,;:“”"]*$/.test(lead)) continue;
		if (
			/^\s+(?:had\s+)?(?:sent|wrote|written|posted|texted|emailed)\b(?:[^“”";:]|\d:\d)*:\s*$/.test(
				ctx.text.slice(m.end, to)
			)
		)
			return m.entity;
	}
	return undefined;
}

/**
 * "Tobias said his grandmother, Edith Carnell, had phoned to ask whether she should “…”": a clause of its own after
 * the verb of speech, whose named subject asks or says the words (an infinitive or participle the cue list does not
 * read), is that person's speech, not the reporter's. "said Rina Holm had been “…”" stays the reporter's words.
 */
function reportedAsker(ctx: Context, from: number, to: number): number | undefined {
	if (
		!/\b(?:to\s+(?:ask|say|tell|warn|complain)|asking|saying|telling|warning)\b/.test(
			ctx.text.slice(from, to)
		)
	)
		return undefined;
	const inner = mentionAt(ctx, from, to);
	for (const [k, m] of inner.entries()) {
		const e = ctx.people.entities[m.entity]!;
		if (m.possessive || m.ambiguous || e.kind !== 'person' || !e.named) continue;
		const lead = ctx.text.slice(Math.max(from, m.start - 60), m.start);
		if (
			!/\b(?:said|says|told\s+\p{Ll}+|added|recalled|recalls|remembered)\s+(?:that\s+)?(?:(?:his|her|their|my|our)\s+\p{Ll}+,\s+)?$/u.test(
				lead
			)
		)
			continue;
		const rest = ctx.text.slice(m.end, to);
		// Its own verb next, after the comma closing "his aunt, Rina Holm," or an age set off.
		if (!/^(?:,\s*\d{1,3})?,?\s+(?:had|has|have|was|were|would|\p{Ll}+ed)\b/u.test(rest)) continue;
		if (!/\b(?:to\s+(?:ask|say|tell|warn|complain)|asking|saying|telling|warning)\b/.test(rest)) continue;
		// The words asked are that clause's: no second name takes over before the quote.
		return inner.slice(k + 1).some((x) => x.entity !== m.entity) ? undefined : m.entity;
	}
	return undefined;
}

/**
 * "Avi Arad: “Bratz is about friendship.”", "Lopez's response was simple: “…”", "In Lopez's words, “…”": a name
 * as the quote's label, nothing else before it.
 */
function speakerLabel(ctx: Context, q: QuoteSpan, from: number): Found {
	const head = ctx.text.slice(from, q.open);
	const owned =
		/^\s*(?:In\s+)?(.+?)['’]s?\s+(?:own\s+)?(?:words|response|reaction|reply|answer|message|verdict|explanation|advice)\b[^:,“”"]{0,30}[:,]\s*$/.exec(
			head
		);
	if (owned && (/^\s*In\s/.test(head) || /:\s*$/.test(head))) {
		const start = from + owned.index + owned[0].indexOf(owned[1]!);
		const name = mentionAt(ctx, start, start + owned[1]!.length + 2)[0];
		if (name && name.start === start)
			return { entity: name.entity, confidence: 'high', rule: 'before:owned-words' };
	}
	// A label begins its line, whatever the line before it ended on ("…” [Gazette]").
	const line = head.lastIndexOf('\n') + 1;
	const m = /^\s*(.+?):\s*$/.exec(head.slice(line));
	if (!m) return undefined;
	const start = from + line + m.index + m[0].indexOf(m[1]!);
	const name = mentionAt(ctx, start, start + m[1]!.length)[0];
	if (name && name.start === start && name.end === start + m[1]!.length && !name.possessive)
		return { entity: name.entity, confidence: 'high', rule: 'before:label' };
	return titledLabel(ctx, start, start + m[1]!.length);
}

/**
 * "Former mayor of Dunmore Ben Hale (Ind.):" opening a paragraph, "Polls agree – Ada Roe:": a transcript's label
 * gives the speaker's post before the name, and a digest's follows its heading with a dash; either way the name
 * that ends the label speaks, not the subject of the turn before.
 */
function titledLabel(ctx: Context, start: number, end: number): Found {
	const name = mentionAt(ctx, start, end).at(-1);
	if (!name || name.possessive || name.ambiguous) return undefined;
	const e = ctx.people.entities[name.entity]!;
	if (e.kind !== 'person' || !e.named || !/^\s*(?:\([^()]{1,30}\))?\s*$/.test(ctx.text.slice(name.end, end)))
		return undefined;
	const before = ctx.text.slice(start, name.start);
	if (/\s[—–-]\s+$/.test(before))
		return { entity: name.entity, confidence: 'high', rule: 'before:label+heading' };
	const si = sentenceIndexAt(ctx.sentences, start);
	const opensParagraph =
		ctx.sentences[si - 1]?.paragraph !== ctx.sentences[si]?.paragraph &&
		ctx.text.slice(ctx.sentences[si]?.start ?? start, start).trim() === '';
	const words = before.trim().split(/\s+/);
	const post = words.every(
		(w) => /^[\p{L}.'’-]+$/u.test(w) && !isFiniteCue(w) && !/\p{Ll}(?:ed|ing)$/u.test(w)
	);
	return opensParagraph && words.length <= 8 && post
		? { entity: name.entity, confidence: 'high', rule: 'before:label+post' }
		: undefined;
}

/**
 * "A spokesman responded … by saying that Japan should “…”", "…, saying, “…”": the main clause's subject speaks.
 * Right after a quote ("“…,” Lund said, noting that …") the source set off there is the participle's too, and so
 * is an outlet set off mid-sentence ("Roe will run, the Daily Ledger reports, citing “…”").
 */
const SOURCE_BEFORE_PARTICIPLE = new RegExp(
	`(?:^|,)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s+(?:${FINITE_SOURCE}),\\s*$`,
	'u'
);
function participleSubject(ctx: Context, si: number, prevClose: number, cueAt: number): Found {
	// "… after the paper's editorial telling him to leave his “…”": a participle right after someone's document
	// is that document's, so its issuer's, not the sentence's subject's (the one it addresses).
	const owned = ownedDocumentBefore(ctx.text.slice(prevClose, cueAt));
	if (owned !== undefined) {
		const at = cueAt - owned.length;
		return orUnresolved(
			resolvePhrase(ctx, at, at + owned.trimEnd().length, si, 'before:participle+document')
		);
	}
	// "Roe left early, Lund said, adding, “…”": the participle goes on from the source set off just before it.
	const source = SOURCE_BEFORE_PARTICIPLE.exec(ctx.text.slice(prevClose, cueAt));
	if (source) {
		const at = prevClose + source.index + source[0].indexOf(source[1]!);
		const r = resolvePhrase(ctx, at, at + source[1]!.length, si, 'before:participle+source');
		if (r) return r;
	}
	// "no different from Ada Roe calling the plan “…”": a participle right after a name, with no comma, has that
	// name for its own subject, whoever the sentence is about.
	const doer =
		gerundSubject(ctx, prevClose, cueAt) ??
		withNameSetOff(ctx, prevClose, cueAt) ??
		relativeDoer(ctx, prevClose, cueAt);
	if (doer !== undefined) return { entity: doer, confidence: 'high', rule: 'before:participle+gerund' };
	const absolute = withSubject(ctx, si, prevClose, cueAt);
	if (absolute) return absolute;
	// "When Roe defended her remarks calling it “…”, Lund differed": a participle inside a fronted clause is that
	// clause's subject's, never the main clause's after it.
	const sentence = ctx.sentences[si]!;
	const fronted = FRONTED_CLAUSE.exec(ctx.text.slice(sentence.start, cueAt));
	if (fronted && cueAt < mainClauseStart(ctx, si)) {
		const at = sentence.start + fronted[0].length;
		const own = mentionAt(ctx, at, cueAt)[0];
		return own?.start === at && !own.possessive && ctx.people.entities[own.entity]!.kind === 'person'
			? { entity: own.entity, confidence: 'high', rule: 'before:participle+fronted' }
			: UNRESOLVED;
	}
	const joined =
		joinedClauseSubject(ctx, si, prevClose, cueAt) ?? andClauseSubject(ctx, si, prevClose, cueAt);
	if (joined) return joined;
	const subject = subjectOf(ctx, si);
	// "Vela and Moss issued a statement describing it as “…”": the two speak together, neither alone.
	const pair = subject.kind === 'entity' ? jointSubject(ctx, subject.at) : undefined;
	if (pair !== undefined) return { entity: pair, confidence: 'high', rule: 'before:participle+joint' };
	if (subject.kind === 'entity')
		return { entity: subject.entity, confidence: 'high', rule: 'before:participle' };
	if (subject.kind === 'pronoun' && subject.word !== 'they') {
		const r =
			subject.word === 'it' ? resolveThing(ctx, si) : resolvePerson(ctx, si, subject.word, subject.at);
		return orUnresolved(r && { ...r, rule: 'before:participle+pronoun' });
	}
	// "…, a Microsoft Spokesperson has stated that …, citing that “…”": the subject of the speech verb before it.
	const earlier = cueBefore(ctx, { open: cueAt, start: cueAt, end: cueAt }, prevClose, false);
	if (earlier && isFiniteCue(earlier[0])) {
		const subject = phraseBefore(ctx, prevClose, earlier.index);
		const r = subject && resolvePhrase(ctx, subject.start, subject.end, si, 'before:participle');
		if (r) return r;
	}
	const start = mainClauseStart(ctx, si);
	const np = phraseBefore(ctx, start, firstVerbAfter(ctx, start, cueAt));
	const finite = phraseBefore(ctx, prevClose, cueAt);
	const issued = finite && issuedDocument(ctx, prevClose, finite.start, si);
	if (issued) return issued;
	// "a report on the conflict with Ostria saying that Kell was “…”": a preposition's object is no subject; the
	// participle hangs on the noun before it ("with" and a name after a comma is `withSubject`'s; a "by" names the
	// agent, who may speak).
	const ownSubject = (phrase: { start: number; end: number } | undefined) =>
		phrase && !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, phrase.start - 12), phrase.start))
			? resolvePhrase(ctx, phrase.start, phrase.end, si, 'before:participle')
			: undefined;
	return orUnresolved(ownSubject(np) ?? ownSubject(finite));
}
// A word before the preposition: ", of Carwyn Jones described" is a name cut from its link, not an object.
const PREPOSITION_BEFORE =
	/[\p{L}\d]\s+(?:of|on|with|against|to|from|in|for|about|over|at|into|between|among)\s+$/u;

/**
 * "The GNN reports Lt. Ada Roe saying, “…”": a person named right after an outlet's "reports" or "cites", with no
 * "as", speaks, not the outlet. Only a named person: "the paper reported the raid saying" leaves the participle to
 * the paper.
 */
const REPORTS_NAME = /\b(?:reported|reports|cited|cites)\s+([^,;:“”"]{1,80}?)\s+$/;
function reportedPerson(ctx: Context, from: number, cueAt: number, si: number): Found {
	const found = REPORTS_NAME.exec(ctx.text.slice(from, cueAt));
	if (!found) return undefined;
	const at = cueAt - found[0].length + found[0].indexOf(found[1]!, found[0].search(/\s/));
	const r = resolvePhrase(ctx, at, at + found[1]!.length, si, 'before:reported-name');
	const e = r && ctx.people.entities[r.entity];
	return e?.kind === 'person' && e.named ? r : undefined;
}

/**
 * "Israel's Prime Minister issued a statement saying that he had “…”": a document right after the verb that issued
 * it speaks for that verb's subject; a subject the table does not know leaves the words to nobody, never to "the
 * statement" while the article says whose it is.
 */
const ISSUED_BEFORE = /\b(?:issued|released|published|put\s+out|sent\s+out)\s+$/;
function issuedDocument(ctx: Context, from: number, docAt: number, si: number): Found {
	const verb = ISSUED_BEFORE.exec(ctx.text.slice(from, docAt));
	if (!verb || !/^(?:a|an)\s/i.test(ctx.text.slice(docAt, docAt + 4))) return undefined;
	const head = documentHead(ctx.text.slice(docAt, docAt + 60));
	if (!head) return undefined;
	const subject = phraseBefore(ctx, from, from + verb.index);
	const r = subject && resolvePhrase(ctx, subject.start, subject.end, si, 'before:participle+issued');
	return r && ctx.people.entities[r.entity]!.kind !== 'document' ? r : UNRESOLVED;
}

/**
 * "Roe promised to withdraw, but the ministry is calling the promise “…”", "Lund objected, but Ash had defended it,
 * stating that …": a participle after a clause joined by "but", "while", "whereas", "yet" or a semicolon hangs on
 * that clause, and its subject speaks, not the sentence's first.
 */
const JOINED_CLAUSE = /(?:,\s+(?:but|while|whereas|yet)|;)\s+/g;
function joinedClauseSubject(
	ctx: Context,
	si: number,
	prevClose: number,
	cueAt: number
): Resolved | undefined {
	const from = Math.max(ctx.sentences[si]!.start, prevClose);
	const joins = [...ctx.text.slice(from, cueAt).matchAll(JOINED_CLAUSE)];
	const last = joins.at(-1);
	if (!last) return undefined;
	const start = from + last.index + last[0].length;
	const np = phraseBefore(ctx, start, firstVerbAfter(ctx, start, cueAt));
	// "…, but notes that the report is secret, stating": a clause with no subject of its own goes on from the first.
	if (!np || np.start !== start || /\b(?:that|which|who)\b/.test(ctx.text.slice(np.start, np.end)))
		return undefined;
	return resolvePhrase(ctx, np.start, np.end, si, 'before:participle+clause');
}

/**
 * "Roe called it a setback and Lund joined the chorus by saying …": after the sentence's own verb, a name opening a
 * clause joined by "and", its verb right after it, is a second subject, and the participle goes on from it. The
 * "and" must follow no name or pronoun ("Roe said Ash and Lund agreed, adding" joins two subjects, not two clauses).
 */
const AND_JOIN = /\sand\s+/g;
/** "Ash and Lund agreed", "he and Lund planned": the "and" joins two subjects of one verb, not two clauses. */
const namesBeforeAnd = (before: string) => /(?:\p{Lu}[\p{L}.'’-]*|\b(?:he|she|they|we|I|you))$/u.test(before);
const CAPITALISED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*$/u;
function andClauseSubject(ctx: Context, si: number, prevClose: number, cueAt: number): Found {
	const sentenceStart = ctx.sentences[si]!.start;
	const from = Math.max(sentenceStart, prevClose);
	const last = [...ctx.text.slice(from, cueAt).matchAll(AND_JOIN)].at(-1);
	if (!last) return undefined;
	const andAt = from + last.index;
	const start = andAt + last[0].length;
	const verbAt = firstVerbAfter(ctx, start, cueAt);
	if (verbAt === cueAt || !CAPITALISED_NAME.test(ctx.text.slice(start, verbAt))) return undefined;
	if (firstVerbAfter(ctx, sentenceStart, andAt) === andAt) return undefined;
	if (namesBeforeAnd(ctx.text.slice(sentenceStart, andAt))) return undefined;
	return orUnresolved(resolvePhrase(ctx, start, verbAt, si, 'before:participle+and-clause'));
}

/**
 * The person named right before a participle, after a preposition that makes the participle a gerund, or after
 * "with" and the words describing them ("The party replied, with Opposition Leader Ada Roe stating …"): the
 * participle's own subject, not the sentence's.
 */
function gerundSubject(ctx: Context, from: number, cueAt: number): number | undefined {
	const last = mentionAt(ctx, from, cueAt).at(-1);
	if (!last || last.possessive || last.ambiguous || !/^\s+$/.test(ctx.text.slice(last.end, cueAt)))
		return undefined;
	const lead = ctx.text.slice(from, last.start);
	if (!GERUND_LEAD.test(lead) && !absoluteWith(lead) && !postAfterGerundLead(lead)) return undefined;
	return ctx.people.entities[last.entity]!.kind === 'person' ? last.entity : undefined;
}
/**
 * "Carter was criticised by politicians, particularly Barack Obama who commented on the visit stating, “…”": a
 * participle that goes on a relative clause's verb, with no comma or conjunction between them, is the relative's
 * subject's, the person named right before "who".
 */
function relativeDoer(ctx: Context, from: number, cueAt: number): number | undefined {
	const clause = RELATIVE_TO_PARTICIPLE.exec(ctx.text.slice(from, cueAt));
	if (!clause) return undefined;
	const whoAt = from + clause.index;
	const named = mentionAt(ctx, from, whoAt).at(-1);
	if (!named || named.possessive || named.ambiguous || !/^,?\s+$/.test(ctx.text.slice(named.end, whoAt)))
		return undefined;
	return ctx.people.entities[named.entity]!.kind === 'person' ? named.entity : undefined;
}
const RELATIVE_TO_PARTICIPLE = /\bwho\s+\p{Ll}[^,;:“”"()]*?\s+$/u;

/**
 * "…, with Ada Roe, the project's director, saying that “…”": an absolute "with" clause whose named subject is set
 * off by a description between commas; the participle is that person's, not the main clause's subject's.
 */
function withNameSetOff(ctx: Context, from: number, cueAt: number): number | undefined {
	for (const m of mentionAt(ctx, from, cueAt)) {
		const before = ctx.text.slice(from, m.start);
		if (!/\bwith\s+$/.test(before) || !setOffWith(before.replace(/\bwith\s+$/, ''))) continue;
		const description = /^,([^,;:“”"()]{1,100}),\s*$/u.exec(ctx.text.slice(m.end, cueAt))?.[1];
		if (description === undefined || m.possessive || m.ambiguous) return undefined;
		if (holdsClause(description.trim())) return undefined;
		return ctx.people.entities[m.entity]!.kind === 'person' ? m.entity : undefined;
	}
	return undefined;
}
/**
 * "Politicians have spoken out, with Muslim leaders saying that it is “…”": "with" and an unnamed noun phrase
 * right before the participle make an absolute clause whose subject is that phrase; it speaks (as a group, a
 * body or a document), never the main clause's subject. Nobody when the phrase names no speaker.
 */
const WITH_PHRASE =
	/\bwith\s+((?:(?:the|a|an|some|many|several|other)\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+$/u;
function withSubject(ctx: Context, si: number, from: number, cueAt: number): Found {
	const found = WITH_PHRASE.exec(ctx.text.slice(from, cueAt));
	if (!found || !setOffWith(ctx.text.slice(from, cueAt - found[0].length))) return undefined;
	if (holdsClause(found[1]!)) return undefined;
	const at = cueAt - found[0].length + found[0].indexOf(found[1]!);
	return orUnresolved(resolvePhrase(ctx, at, at + found[1]!.length, si, 'before:participle+with'));
}
/** Words after "with" that hold a verb, an auxiliary or a clause word: a clause, not the participle's subject. */
const holdsClause = (words: string) =>
	words
		.split(/\s+/)
		.some((w) => isFiniteCue(w) || AUX.has(w.toLowerCase()) || CLAUSE_WORDS.has(w.toLowerCase()));
/**
 * "bargaining with the kidnappers saying …": "with" right after a word of the clause is that verb's own
 * complement, and the participle is the clause subject's; an absolute "with" is set off (a comma, a dash, "and")
 * or opens its clause.
 */
const setOffWith = (before: string) =>
	/(?:^|[,;:—–(]|\b(?:and|but|or|yet))\s*$/u.test(before) || !/\p{L}\s*$/u.test(before);
const FRONTED_CLAUSE = /^(?:When|After|As|While|Before|Since|Because|Although|Though|If|Once|Until)\s+/;
const GERUND_LEAD = /\b(?:from|of|about|like|despite|over|than)\s+$/;
const ABSOLUTE_WITH = /\bwith\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;
/** "with Kell Party leader", "with UBS analyst": "with" and the words of a post, in capitals or a role's noun. */
function absoluteWith(lead: string): boolean {
	const words = ABSOLUTE_WITH.exec(lead)?.[1];
	return words !== undefined && postWords(words);
}
/**
 * "an answer from the Australian Treasurer Peter Costello describing …": the words of a post between the gerund's
 * preposition and the name leave the name the participle's subject, as a bare name there is.
 */
const GERUND_LEAD_POST = /\b(?:from|of|about|like|despite|over|than)\s+((?:[\p{L}.'’-]+\s+){1,4})$/u;
function postAfterGerundLead(lead: string): boolean {
	const words = GERUND_LEAD_POST.exec(lead)?.[1];
	return words !== undefined && postWords(words);
}
const postWords = (words: string) =>
	words
		.split(/\s+/)
		.filter(Boolean)
		.every((w, i) => /^\p{Lu}/u.test(w) || (i === 0 && w === 'the') || (i > 0 && isRoleWord(w)));

/** "the paper's editorial " before a participle: a document its possessor issued, with no comma between. */
export function ownedDocumentBefore(lead: string): string | undefined {
	return OWNED_DOCUMENT.exec(lead)?.[0];
}
const OWNED_DOCUMENT = new RegExp(
	`(?:\\b(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${DOC_NOUNS_LIST.join('|')})\\s+$`,
	'u'
);

/**
 * "pushed his promise of “…”", "after her March comment that, “…”", "Vela's pledge to “…”": words a person's speech
 * noun owns are that person's, when no verb of speech names anyone.
 */
const OWNED_WORDS =
	/(?:\b(his|her)|(\p{Lu}[\p{L}'’-]*)['’]s?)\s+(?:(?:\d{4}|\p{Lu}\p{Ll}+|\p{Ll}+-\p{Ll}+)\s+)?(?:promises?|pledges?|vows?|comments?|remarks?|claims?|slogans?|boasts?|assertions?|warnings?|descriptions?\s+of\s+[^“”";:]{1,60}?\s+as|words)\s+(?:of|that|to|about)?\s*,?\s*(?:an?\s+|the\s+)?$/u;

function ownedWords(ctx: Context, q: QuoteSpan, si: number): Found {
	return ownerBefore(ctx, q, si, OWNED_WORDS, 'owned-words');
}

/**
 * The owner `pattern` finds in the words between the sentence's start (or the quote before, in the sentence) and the
 * quote: a possessive pronoun resolved to a named person, surely ("Ines Marlow, a Vela supporter, … over her remark
 * that" is not Vela's remark), or a named, unambiguous owner's name.
 */
function ownerBefore(
	ctx: Context,
	q: QuoteSpan,
	si: number,
	pattern: RegExp,
	rule: string
): Resolved | undefined {
	const sentence = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const from = prev && prev.close <= q.open && prev.close > sentence.start ? prev.close : sentence.start;
	const m = pattern.exec(ctx.text.slice(from, q.open));
	if (!m) return undefined;
	const at = from + m.index;
	if (m[1]) {
		const r = resolvePerson(ctx, si, m[1].toLowerCase() === 'his' ? 'he' : 'she', at);
		return r?.confidence === 'high' && ctx.people.entities[r.entity]!.named
			? { ...r, rule: `${rule}+pronoun`, leadFrom: q.open }
			: undefined;
	}
	const owner = mentionAt(ctx, at, at + m[2]!.length + 2).at(-1);
	const e = owner && ctx.people.entities[owner.entity]!;
	return e && owner.end >= at + m[2]!.length && e.named && !owner.ambiguous
		? { entity: owner.entity, confidence: 'high', rule, leadFrom: q.open }
		: undefined;
}

/**
 * "he said that Lund’s call earlier in the day to “…”", "Abel called Lund's assertion of a “…”": words a speech noun
 * owns, held by its complement ("to", "for", "of", "that", a slogan's comma) right before the quote, are the
 * owner's, whoever's verb of speech frames the sentence. Without a complement ("called Lund's remarks a “…”",
 * "Lund's comments “…”") the words are a verdict on the speech, so this reads none.
 */
const OWNED_COMPLEMENT =
	/(?:\b(his|her)|(\p{Lu}[\p{L}'’-]*)['’]s?)\s+(?:(?:\d{4}|\p{Ll}[\p{Ll}-]*)\s+){0,2}(?:(?:calls?|promises?|pledges?|vows?|claims?|assertions?|accusations?|declarations?|warnings?|boasts?)(?:\s+(?:earlier|later|last|this|on|in|at)\b[^“”"',;:]{0,30}?)?\s+(?:to|for|of|that)|slogans?\s*,)\s*(?:(?:an?|the)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;

function ownedOverCue(ctx: Context, q: QuoteSpan, si: number): Resolved | undefined {
	return ownerBefore(ctx, q, si, OWNED_COMPLEMENT, 'owned-complement');
}

/**
 * Frames whose quoted object is the subject's own words, with no verb of speech: a verdict ("referred to the ferry as
 * the “…”", "attacked Moss for being a “…”", "blamed the board for “…”", "introduced her as “…”"), a directive
 * ("called on the council to “…”", "coached Reed to “…”"), a pledge ("pledged to “…”", "threatened to “…”") or a
 * coinage ("coined a new phrase, “…”"). The verb comes first, its object after it, then "as", "for" or "to", so a
 * verb of attack alone ("attacked the convoy") frames nothing.
 */
const VERDICT_FRAMES = [
	/\b(?:referred|refers|refer|referring)\s+to\s+[^“”";:]{1,80}?\s+as\s+(?:an?\s+|the\s+)?$/u,
	/\b(?:attacked|attacks|mocked|mocks|ridiculed|ridicules|derided|derides|slammed|slams|blasted|blasts|lambasted|lambastes|faulted|faults|chided|chides|scolded|scolds|berated|berates|taunted|taunts|assailed|assails|blamed|blames|denounced|denounces)\s+[^“”";:]{1,80}?\s+(?:for\s+(?:being\s+)?|as\s+)(?:an?\s+|the\s+|(?:his|her|its|their)\s+)?$/u,
	/\b(?:called\s+on|calls\s+on|pressed|presses|challenged|challenges|coached|coaches|begged|begs|implored|implores|encouraged|encourages|ordered|orders|dared|dares|invited|invites)\s+[^“”";:]{1,60}?\s+to\s+$/u,
	// "pledged Saturday to rid the town of “this plague”": a promise's own clause is the promiser's, up to the words;
	// no comma, possessive or relative word between, where someone else's words or claim could start.
	/\b(?:pledged|pledges|pledging|promised|promises|promising|vowed|vows|vowing|threatened|threatens|threatening)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?to\s+(?:(?!(?:what|who|whom|which|that|whose|as|like)\s)[^“”";:,'’(]){0,80}?$/u,
	// "blamed the loss on “…”", "blamed the “…” for": the cause named is the blamer's words.
	/\b(?:blamed|blames)\s+(?:[^“”";:]{1,80}?\s+on\s+)?(?:an?\s+|the\s+|(?:his|her|its|their)\s+)?$/u,
	/\b(?:introduced|introduces)\s+[^“”";:]{1,60}?\s+as\s+(?:an?\s+|the\s+)?$/u,
	// "labelled a report that leaders were killed as “bizarre”": a label given with "as" and a verdict after it; a
	// label right after the verb ("branded “Big Tom”") is a name in marks.
	/\b(?:labell?ed|labels|branded|brands)\s+[^“”";:]{1,80}?\s+as\s+(?:an?\s+|the\s+)?$/u,
	// "criticized Russia for “derailing” its reforms", "accused the party of failing to “take advantage …”": the fault
	// found is the critic's words.
	/\b(?:criticized|criticised|criticizes|criticises)\s+[^“”";:]{1,80}?\s+for\s+(?:being\s+)?(?:an?\s+|the\s+|(?:his|her|its|their)\s+)?$/u,
	/\b(?:accused|accuses)\s+[^“”";:]{1,80}?\s+of\s+(?:being\s+|\p{Ll}+ing\s+(?:to\s+)?)?(?:an?\s+|the\s+|(?:his|her|its|their)\s+)?$/u,
	/\b(?:coined|coins)\s+(?:(?:a|an|the)\s+(?:new\s+)?(?:phrase|term|word|nickname|slogan|label)\s*,?\s*)?(?:the\s+)?$/u
];

/**
 * "a speech which has drawn criticism from other politicians for being “wholly inappropriate”": the fault a noun of
 * criticism or praise finds is the words of those it comes from, never of the sentence's subject.
 */
const CRITICISM_FROM =
	/\b(?:criticism|condemnation|censure|praise|complaints?|accusations?|ridicule)\s+from\s+([^“”";:]{1,80}?)\s+(?:for\s+(?:being\s+)?|as\s+(?:being\s+)?)(?:an?\s+|the\s+|(?:his|her|its|their)\s+)?$/u;

const SECOND_SUBJECT =
	/\b(?:after|before|because|when|while|since|as|though|although|if|unless|until|once|that|whether|where|said|says|argued|argues|claimed|claims|insisted|insists)\s+(?:he|she|they|we|I|\p{Lu})/u;

/**
 * "First, Karl Brandt attacked Moss for being a “failed councillor.”", "Vela referred to the mayor as “the
 * ferryman”": the subject of a verdict frame (`VERDICT_FRAMES`) said the words, resolved as a speaker before a cue is
 * ("Vela said Brandt had attacked Moss for …" is Brandt's). Read before the cues, whose verb may be the outer one.
 */
function verdictOfSubject(ctx: Context, q: QuoteSpan, si: number): Found {
	const sentence = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const from = prev && prev.close <= q.open && prev.close > sentence.start ? prev.close : sentence.start;
	const head = ctx.text.slice(from, q.open);
	const critics = CRITICISM_FROM.exec(head);
	if (critics) {
		const start = from + critics.index + critics[0].indexOf(critics[1]!, critics[0].indexOf(' from ') + 5);
		const r = resolvePhrase(ctx, start, start + critics[1]!.length, si, 'before:criticism-from');
		return r ? { ...r, leadFrom: from + critics.index } : UNRESOLVED;
	}
	const frame = VERDICT_FRAMES.map((f) => f.exec(head)).find((m) => m !== null);
	if (!frame) return undefined;
	const verbAt = from + frame.index;
	if (PASSIVE_BEFORE.test(head.slice(0, frame.index))) return undefined;
	const np = phraseBefore(ctx, from, commaBeforeCue(ctx, from, verbAt));
	// "attacked Moss for being a “failed mayor” and referred to the plan as the “…”": the same subject's next verb.
	const spoken = prev && from === prev.close ? ctx.spoken.get(prev.open) : undefined;
	if (!np && spoken !== undefined && /^[\s,]*(?:(?:and|but)\s+)?$/.test(head.slice(0, frame.index)))
		return { entity: spoken, confidence: 'high', rule: 'before:verdict+coordinated', leadFrom: verbAt };
	const r = np && resolvePhrase(ctx, np.start, np.end, si, 'before:verdict');
	if (r) return { ...r, leadFrom: verbAt };
	// "…, having referred to him as a “…”", "… and has taunted the campaign for “…”": the main clause's subject.
	const lead = head.slice(0, frame.index);
	if (!/(?:,\s*having|\b(?:and|but)(?:\s+(?:has|had|have|also|then|later))*)\s+$/.test(lead))
		return UNRESOLVED;
	// "Vela called him a disgrace after he attacked the police and blamed …", "Vela said Abel attacked … and blamed
	// …": the verb before "and" may be a clause's of its own, whose subject is not the sentence's. An aside set off by
	// dashes ("Abel -- as the paper noted -- attacked …") leaves the sentence's subject the verb's.
	if (SECOND_SUBJECT.test(lead.replace(/\s(?:--|—)\s[^—]*?\s(?:--|—)\s/g, ' '))) return UNRESOLVED;
	const main = participleSubject(ctx, si, from, verbAt);
	return main && main !== UNRESOLVED
		? { ...main, rule: `${main.rule}+verdict`, leadFrom: verbAt }
		: UNRESOLVED;
}

/**
 * "Then he turned to “little” Tomas Reed.": a word or two in lower case set in marks right before a person's name is
 * a jibe at that person, in the words of the clause's subject, a named person or he/she sure of its referent, who is
 * not the person named. With a verb of speech before it, the cue's rules decide instead.
 */
function epithetOfSubject(ctx: Context, q: QuoteSpan, si: number): Found {
	const words = ctx.text.slice(q.start, q.end).trim();
	if (!/^\p{Ll}[\p{Ll}'’-]*(?:\s\p{Ll}[\p{Ll}'’-]*)?$/u.test(words)) return undefined;
	// "intended the audience to “recognize” Vela": a verb in marks is no jibe.
	if (words.split(' ').some((w) => lexiconTags(w).some((t) => /Infinitive|PresentTense|PastTense/.test(t))))
		return undefined;
	const after = /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}/u.exec(ctx.text.slice(q.close, q.close + 60));
	const target = after && mentionAt(ctx, q.close, q.close + 120)[0];
	if (!target || target.start > q.close + after[0].length) return undefined;
	const named = ctx.people.entities[target.entity]!;
	if (named.kind !== 'person' || target.possessive) return undefined;
	const subject = subjectOf(ctx, si);
	if (subject.kind === 'entity' && subject.at < q.open && subject.entity !== target.entity) {
		const e = ctx.people.entities[subject.entity]!;
		return e.kind === 'person' && e.named
			? { entity: subject.entity, confidence: 'high', rule: 'epithet', leadFrom: q.open }
			: undefined;
	}
	if (subject.kind !== 'pronoun' || (subject.word !== 'he' && subject.word !== 'she')) return undefined;
	const r = resolvePerson(ctx, si, subject.word, subject.at);
	return r?.confidence === 'high' && r.entity !== target.entity && ctx.people.entities[r.entity]!.named
		? { ...r, rule: 'epithet+pronoun', leadFrom: q.open }
		: undefined;
}

const FINITE_WORD = new RegExp(`\\b(?:${FINITE_SOURCE})\\b`);

/**
 * Rule 3: a quote inside a fronted phrase belongs to the main clause's subject when that clause speaks:
 * "Outlining plans for a “major” relief operation, he called for …, saying …"; "Calling it “horrific”, he said".
 */
function frontedQuote(ctx: Context, q: QuoteSpan, si: number): Found {
	const s = ctx.sentences[si]!;
	const lead = ctx.text.slice(s.start, q.open);
	if (!/^\p{Lu}\p{Ll}+ing\b/u.test(lead) || /[,;:]/.test(lead)) return undefined;
	const main = mainClauseStart(ctx, si);
	if (main <= q.close) return undefined;
	const clause = ctx.text.slice(main, s.end);
	if (!FINITE_WORD.test(clause) && !/\bsaying\b/.test(clause)) return undefined;
	return participleSubject(ctx, si, s.start, s.end);
}

/** The first finite verb-like word after the subject: crude, only used to bound the subject phrase. */
function firstVerbAfter(ctx: Context, start: number, limit: number): number {
	const m = /\s(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|said|says|told|made|gave|took)\b/u.exec(
		ctx.text.slice(start, limit)
	);
	return m ? start + m.index : limit;
}

/** "Extract from the joint statement": a document named as the quote's source in the same paragraph. */
function documentLabel(ctx: Context, paragraph: number): number | undefined {
	for (const s of ctx.sentences.slice(lowerBound(ctx.sentences, paragraph, byParagraph))) {
		if (s.paragraph !== paragraph) break;
		const m = /\b(?:extract|excerpt|quotation)s?\s+from\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(
			ctx.text.slice(s.start, s.end)
		);
		const head = m?.[1]?.split(/\s+/).find((w) => DOC_NOUNS.has(w.toLowerCase()));
		if (head) return documentEntity(ctx, head.toLowerCase(), s.end);
	}
	return undefined;
}

/**
 * The sentence introduces the quote in words of its own ("Microsoft`s General Counsel Brad Smith commented
 * “…”"): even with a verb the sieve does not know, the quote is not the previous speaker's.
 */
const PIECE_LEAD_IN = /^In\s+(?:a|an|the)\s+((?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+)\b[^“”";:]*,$/u;
function hasOwnLeadIn(ctx: Context, q: QuoteSpan, si: number): boolean {
	const s = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const from = prev && prev.close > s.start && prev.close <= q.open ? prev.close : s.start;
	const lead = ctx.text.slice(from, q.open).trim();
	if (lead.split(/\s+/).length < 2) return false;
	// "In a Le Progrès update report dated October 11, “…”": a lead-in naming the piece the words are from, not one
	// the last speaker is said to own ("In his statement"), gives them another source.
	const piece = PIECE_LEAD_IN.exec(lead)?.[1];
	if (piece && piece.split(/\s+/).some((w) => DOC_NOUNS.has(w) || PUBLISHED_PIECES.has(w))) return true;
	return /\b\p{Lu}[\p{L}'’.-]*\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:ed|es)[:,]?$/u.test(lead);
}

interface Inherit {
	ctx: Context;
	q: QuoteSpan;
	previous: Attribution;
	/** The attribution before `previous`, if any. */
	earlier?: Attribution;
	words: number;
	si: number;
}

/** `"dangerous" and "ideological"`: quotes joined in a list share their speaker. */
const coordinatedWithPrevious = ({ ctx, q, previous }: Inherit) =>
	previous.quote.paragraph === q.paragraph &&
	/^\s*(?:,|,?\s*(?:and|or|but))\s*$/.test(ctx.text.slice(previous.quote.close, q.open));

/** "“Nobody wants this,” she said, “but it must be done.”": the two halves of one quote. */
const splitAroundCue = ({ ctx, q, previous }: Inherit) =>
	previous.quote.paragraph === q.paragraph && SPLIT_CUE.test(ctx.text.slice(previous.quote.close, q.open));

/**
 * "Lee said the ward was “overwhelmed” and the staff “exhausted.”": a later fragment of the same reported-speech
 * sentence, with no other name or speech verb between, is still the words the cue before the first one reports.
 */
const OWNED_SPEECH =
	/^\s+(?:\p{Ll}+\s+)?(?:self-)?(?:descriptions?|claims?|remarks?|comments?|words|promises?|pledges?|slogans?|phrase|term|vows?|warnings?)\b/u;

function sameReportedSentence({ ctx, q, previous, si }: Inherit): boolean {
	if (!previous.rule.startsWith('before:')) return false;
	if (sentenceIndexAt(ctx.sentences, Math.max(previous.quote.open, previous.quote.close - 1)) !== si)
		return false;
	const between = ctx.text.slice(previous.quote.close, q.open);
	if (between.length > 120 || /[“”"]/.test(between)) return false;
	// "Varga replied that he had read “…”, and that Okafor had his “…”": a name inside a second "that" clause of the
	// same verb is what is reported, not who speaks.
	const secondThat = /^[’'”"]?,?\s+(?:and|but)\s+that\s/.test(between);
	// "had no “direct evidence” that Ada Vela's account had been “hacked”": an owner's name speaks no words, unless
	// what it owns is words ("Vela's self-description as a “…”").
	const speaks = (m: Mention) =>
		!m.possessive || OWNED_SPEECH.test(ctx.text.slice(m.end, Math.min(q.open, m.end + 30)));
	if (!secondThat && mentionAt(ctx, previous.quote.close, q.open).some(speaks)) return false;
	// "… “has failed” and called for “a full inquiry”": a cue that is no speech there starts no new attribution.
	return !cueMatches(between).some((m) =>
		isSpeech(m[0], between.slice(m.index + m[0].length), between.slice(0, m.index))
	);
}

/** A later quote of the same paragraph with no attribution of its own goes on with the same speaker. */
const continuesInParagraph = ({ ctx, q, previous, words, si }: Inherit) =>
	previous.quote.paragraph === q.paragraph && words >= 4 && !hasOwnLeadIn(ctx, q, si);

/** Words that introduce a name rather than speech: "a robot named “Hope”", "the so-called “Iron Lady”". */
const NAMING_BEFORE =
	/\b(?:named|dubbed|titled|entitled|nicknamed|known as|so-called|labell?ed|branded|the (?:words?|term|phrase|slogan|hashtag|name|title|headline))\s+(?:(?:as|the|a|an|it|him|her|them|their|its|his)\s+)*(?:\p{Ll}+\s+){0,2}$|(?:\(|\b(?:a|an|the)\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+,?)\s+called\s+(?:the\s+)?$/u;
/**
 * Words a crowd, a sign or a record carries rather than a speaker says: "placards reading “…”", "a banner that
 * read “…”", "chanted “…”", "sang “…”", "the party's campaign song, “…”". A chant or a sign has no one speaker, and
 * the person quoted last did not write it. So with an object's inscription ("the ring is engraved “…”", "the sign at
 * the gate reads “…”"): whoever tells of it did not say it.
 */
const CARRIED_BEFORE =
	/(?:\b(?:signs?|placards?|banners?|posters?|billboards?|t-shirts?|shirts?|stickers?|badges?|flags?)\s+(?:(?:that|which)\s+(?:read|said)|reading|saying|bearing)|\b(?:chant(?:ed|ing)?|sang|singing|sing)|\b(?:song|single|album|anthem|hymn|book|novel|memoir|poem|film|documentary|play)s?,|\b(?:engraved|inscribed|carved|etched|stamped|embroidered|emblazoned|painted)(?:\s+(?:with|on|in|inside|across))?(?:\s+(?:it|the\s+words?|the\s+motto))?,?|\b(?:signs?|plaques?|stones?|headstones?|gravestones?|inscriptions?|mottos?|rings?|banners?|placards?)\b[^“”".;:]{0,40}?\b(?:reads?|says)\s*[:,]?)\s*$/iu;

/**
 * A title, a name or a word the publication itself puts in marks ("the robot “Robogee.”", "a print called
 * “Cowboys and Indians”", the event "Heroes Happen Here"): short, introduced by a naming word or written in
 * Title Case inside a sentence that does not hand it to a speaker.
 */
function isNameInMarks(ctx: Context, q: QuoteSpan, si: number): boolean {
	const words = ctx.text
		.slice(q.start, q.end)
		.replace(/[.,!?]+$/, '')
		.split(/\s+/)
		.filter(Boolean);
	// "In “Ada Roe v. Marlow County, et al.”, the court …": a case is named by its parties, and a judge who rules on it
	// or a party who brings it says no such words.
	if (CASE_NAME.test(words.join(' '))) return true;
	const s = ctx.sentences[si]!;
	const lead = ctx.text.slice(Math.max(s.start, q.open - 80), q.open);
	// A sign's or a chant's words run longer than a name's.
	if (words.length > 0 && words.length <= 12 && CARRIED_BEFORE.test(lead)) return true;
	const title =
		words.length > 0 &&
		words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|the|a|an|in|on|for|to|with|at|from|&)$/.test(w));
	// "his 2005 book “Gold Towers: The Art of the Deal Maker”", "In her autobiography, “…”": a work's title runs longer
	// than a name and is nobody's words, whoever wrote the work.
	if (title && words.length <= 12 && (NAMING_BEFORE.test(lead) || WORK_TITLED_BEFORE.test(lead))) return true;
	// 'seminars like "e21 Forum", "CE Summit", "Green IT Forum"': a title listed after another is a name as well.
	if (title && words.length <= 8 && LISTED_AFTER_MARK.test(lead)) {
		const before = quoteBefore(ctx, q);
		if (before && before.paragraph === q.paragraph && titleCase(ctx.text.slice(before.start, before.end)))
			return true;
	}
	if (words.length === 0 || words.length > 6) return false;
	if (NAMING_BEFORE.test(lead)) return true;
	if (!title || ctx.text.slice(s.start, q.open).trim() === '') return false;
	// "he said “Never.”", "Brooks replied: “Yes.”": a capitalised quote handed to a speaker is speech.
	let cue: RegExpExecArray | null = null;
	for (const m of cueMatches(lead)) cue = m;
	// "said on “The Evening Hour”", "on Korvel TV's “Morning Desk”": a title after a preposition, or after the kind
	// of work it names ("told the radio show “Night Line”"), is where it was said, not what.
	const handed =
		cue !== null &&
		/^\s*(?:\p{L}+\s+){0,3}[,:]?\s*$/u.test(lead.slice(cue.index + cue[0].length)) &&
		!/\b(?:on|in|at|during|via)\s+(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*['’]s\s+)?$/u.test(lead) &&
		!WORK_BEFORE.test(lead);
	return !handed && !/[:,]\s*$/.test(lead);
}

/**
 * "denounced Cheney's recent “stay the course” rhetoric", "In denying the “security regime” allegations, Lahoud
 * said": a phrase of nouns or a verb's phrase in marks, before the common noun it modifies, is a label of that thing
 * (a slogan, a claim others made), not the words of whoever the clause has speak, when someone named owns the thing
 * or it stands in a phrase fronted before the speaker. In the speaker's own clause ("said there was a “deep
 * mourning” feeling", "will shift to an “overwatch” role, says Nelson") the words are the speaker's, as a quoted
 * adjective or compound modifier is.
 */
function modifiesNoun(ctx: Context, q: QuoteSpan, si: number): boolean {
	const quoted = ctx.text.slice(q.start, q.end);
	if (!/^\p{Ll}+(?:\s\p{Ll}+){0,3}$/u.test(quoted)) return false;
	const s = ctx.sentences[si]!;
	const lead = ctx.text.slice(Math.max(s.start, q.open - 60), q.open);
	const fronted = FRONTED_LABEL.test(ctx.text.slice(s.start, q.open));
	if (!OWNER_BEFORE.test(lead) && !(fronted && DETERMINER_BEFORE.test(lead))) return false;
	const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(ctx.text.slice(q.close, s.end));
	if (!next) return false;
	const words = tagSpan(ctx.text, s.start, s.end);
	const last = words.filter((w) => w.start >= q.start && w.end <= q.end).at(-1);
	const noun = words.find((w) => w.start >= q.close);
	return (
		last !== undefined &&
		!/^(?:adjective|adverb|verb-past)/.test(last.cls) &&
		noun !== undefined &&
		noun.word === next[1] &&
		noun.noun === 'common' &&
		/^noun/.test(noun.cls)
	);
}
const OWNER_BEFORE = /\p{Lu}[\p{L}.-]*['’]s?\s+(?:\p{Ll}+\s+)?$/u;
/** A phrase fronted before the main clause, its subject's yet to come: "In denying the …", "After the …". */
const FRONTED_LABEL =
	/^(?:In|On|After|Before|Despite|Following|Amid|Over)\s+(?:\p{Ll}+ing\s+)?(?:the|a|an|this|that|these|those)\s+(?:\p{Ll}+\s+)?$/u;
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|these|those)\s+(?:\p{Ll}+\s+)?$/u;

/** A party to a case: its name's words, each capitalised but the joining ones ("Secretary of State", "U.S."). */
const CASE_PARTY = String.raw`(?:\p{Lu}[\p{L}.'’&-]*|of|the|and|for|de|van|von)(?:,? (?:\p{Lu}[\p{L}.'’&-]*|of|the|and|for|de|van|von))*`;
/** "Philip Berg v. Barack Obama, et al.", "U.S. v. Madoff": a case's name, the whole of what the marks hold. */
const CASE_NAME = new RegExp(`^${CASE_PARTY} (?:v|vs)\\.? ${CASE_PARTY}(?:,? et al\\.?)?$`, 'u');
const LISTED_AFTER_MARK = /[”"],?\s+(?:(?:and|or)\s+)?$/;
const titleCase = (quote: string) => {
	const words = quote
		.replace(/[.,!?]+$/, '')
		.split(/\s+/)
		.filter(Boolean);
	return (
		words.length > 0 &&
		words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|the|a|an|in|on|for|to|with|at|from|&)$/.test(w))
	);
};

const WORK_BEFORE =
	/\b(?:program|programme|show|series|podcast|documentary|newspaper|magazine|column|book|novel|film|movie|album)\s+$/i;
const WORK_TITLED_BEFORE =
	/\b(?:book|novel|memoir|autobiography|biography|film|movie|documentary|album|song|play|report|essay|poem)s?,?\s+$/i;

/** "“We will not give up,” vowed Sarah Moss. “Never.”": the next sentence is a quote and nothing else. */
function followsDirectly({ ctx, q, previous, si }: Inherit): boolean {
	if (previous.quote.paragraph !== q.paragraph) return false;
	const s = ctx.sentences[si]!;
	const after = ctx.sentences[sentenceIndexAt(ctx.sentences, previous.evidence.end - 1) + 1];
	return after === s && ctx.text.slice(s.start, q.open).trim() === '';
}

/** A paragraph that opens with a quote continues the one before when that paragraph ended on its speaker's quote. */
function opensNextParagraph({ ctx, q, previous, words }: Inherit): boolean {
	if (q.paragraph !== previous.quote.paragraph + 1) return false;
	if (quoteBefore(ctx, q)?.paragraph === q.paragraph) return false;
	const lastOf = ctx.sentences[lowerBound(ctx.sentences, previous.quote.paragraph + 1, byParagraph) - 1];
	const endedParagraph = previous.quote.unclosed || (lastOf?.end ?? Infinity) <= previous.evidence.end;
	return endedParagraph && (words >= 4 || previous.quote.unclosed);
}

/** A paragraph that is one short quote and at most a short cue ("“Twice,” Li replied."). */
function shortTurn(ctx: Context, q: QuoteSpan, bare: boolean): boolean {
	const first = ctx.sentences[lowerBound(ctx.sentences, q.paragraph, byParagraph)];
	if (!first || first.paragraph !== q.paragraph || q.unclosed) return false;
	const end = lastEnd(ctx, q.paragraph);
	const outside = `${ctx.text.slice(first.start, q.open)} ${ctx.text.slice(q.close, end)}`;
	const count = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
	if (/[“”"]/.test(outside) || count(ctx.text.slice(q.start, q.end)) > 20) return false;
	return bare ? count(outside) === 0 : count(outside) <= 5;
}

/**
 * "“Three times,” Reyes said. [¶] “Twice,” Lutz replied. [¶] “Three. I have the letters.”": in an exchange of
 * short paragraphs, each one quote, a bare quote answers the one before it: the other speaker's turn, not a run
 * of the last speaker's words.
 */
function exchangeTurn({ ctx, q, previous, earlier }: Inherit): number | undefined {
	if (!earlier || earlier.speaker === undefined || earlier.speaker === previous.speaker) return undefined;
	if (
		q.paragraph !== previous.quote.paragraph + 1 ||
		earlier.quote.paragraph !== previous.quote.paragraph - 1
	)
		return undefined;
	const exchange =
		shortTurn(ctx, q, true) && shortTurn(ctx, previous.quote, false) && shortTurn(ctx, earlier.quote, false);
	return exchange ? earlier.speaker : undefined;
}

/**
 * Rule 4: a quote with no attribution of its own inherits one. The same paragraph's speaker (or the one whose
 * quote ended the paragraph before) carries on, unless the sentence introduces it otherwise.
 */
function inherited(input: Inherit): Resolved | undefined {
	const { ctx, q, previous } = input;
	if (previous.speaker === undefined) return undefined;
	const same = { entity: previous.speaker, confidence: previous.confidence };
	if (coordinatedWithPrevious(input)) return { ...same, rule: 'coordinated' };
	if (splitAroundCue(input)) return { ...same, rule: 'split' };
	if (sameReportedSentence(input)) return { ...same, rule: 'same-reported-sentence' };
	const owner = whoseWords(ctx, q, input.si);
	if (owner !== undefined) return { entity: owner, confidence: 'low', rule: 'whose-words' };
	// "“Nothing was paid,” Tom Ray replied. [¶] She was not persuaded. “…”": a "she" between, when the last speaker is
	// known to be a man (or "he" after a woman), is someone else, so his words do not go on.
	if (otherGenderBetween(ctx, previous, q)) return undefined;
	const other = interveningSubject(ctx, previous, q);
	// "Another resident, Jorge Diaz, was less sure. “Maybe …”": the person just introduced, not the last speaker.
	const carriesOn = input.words >= 4 || followsDirectly(input);
	// "Tom Lee, her deputy, was more hopeful. “It can still work.”": in the next paragraph too.
	const near = previous.quote.paragraph === q.paragraph || previous.quote.paragraph + 1 === q.paragraph;
	if (other !== undefined && near && carriesOn) {
		const e = ctx.people.entities[other]!;
		return e.kind === 'person' && e.named
			? { entity: other, confidence: 'low', rule: 'introduced' }
			: undefined;
	}
	// "According to the Daily Post, the bill gives “…”. [¶] “We will …”": an outlet's words are its report of
	// others; a quote with no cue after them is the reported person's or someone else's, not the outlet's.
	if (reportsOthers(ctx, previous.speaker)) return undefined;
	if (continuesInParagraph(input) || followsDirectly(input)) {
		const doer = otherDoerInLead(ctx, q, input.si, previous.speaker);
		if (doer === undefined) return { ...same, rule: 'continued' };
		return { entity: doer, confidence: 'low', rule: 'doer-in-lead' };
	}
	const turn = exchangeTurn(input);
	if (turn !== undefined) return { entity: turn, confidence: previous.confidence, rule: 'exchange' };
	if (opensNextParagraph(input)) {
		const first = ctx.sentences[lowerBound(ctx.sentences, q.paragraph, byParagraph)];
		const opens = ctx.text.slice(first?.start ?? q.open, q.open).trim() === '';
		// "Mr. Lutz shrugged it off -- “That makes me clever” -- and left": the sentence's own subject, someone
		// else named before the quote, breaks the last speaker's run.
		if (!opens && otherSubjectBefore(ctx, q, input.si, previous.speaker)) return undefined;
		if (!opens && documentLeadIn(ctx, q, input.si)) return undefined;
		// "Homophobia goes beyond the government. One person said his doctor … “He told me …”": someone the paragraph
		// brings in unnamed as a speaker before the words is likelier theirs than the last paragraph's speaker.
		if (!opens && unnamedSpeakerBefore(ctx, q)) return undefined;
		return {
			...same,
			confidence: opens && !hasOwnLeadIn(ctx, q, input.si) ? previous.confidence : 'low',
			rule: 'next-paragraph'
		};
	}
	return undefined;
}

/** The last word of a news outlet's name: "the Daily Post", "Fox News", "the Associated Press". */
const OUTLET_LAST_WORD = new Set([
	'times',
	'post',
	'journal',
	'news',
	'press',
	'today',
	...NEWSPAPER_NAME_WORDS
]);
/** What the article calls an outlet right before its name ("the German newspaper Bild") or right after it. */
const OUTLET_NOUN_BEFORE =
	/\b(?:newspaper|daily|weekly|tabloid|broadcaster|magazine|news\s+agency|channel)\s+(?:the\s+)?$/i;
const OUTLET_NOUN_AFTER = /^\s+(?:newspaper|television|TV|radio|news\s+agency|news\s+channel)\b/;
/** An organisation that is a newspaper, a broadcaster or a news agency, by its name or by what the article calls it. */
function reportsOthers(ctx: Context, entity: number): boolean {
	const e = ctx.people.entities[entity]!;
	if (e.kind !== 'organisation') return false;
	if (OUTLET_LAST_WORD.has(e.name.split(/\s+/).at(-1)!.toLowerCase())) return true;
	// A source named only after "according to" is not in the people table: its name is looked up in the text.
	const name = e.name.replace(/^the\s+/i, '');
	if (!name) return false;
	for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + 1)) {
		const end = at + name.length;
		if (
			OUTLET_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, at - 30), at)) ||
			OUTLET_NOUN_AFTER.test(ctx.text.slice(end, end + 20))
		)
			return true;
	}
	return false;
}

/** A sentence whose subject, "he", "she" or a person named first, does something before the cue at `cueAt`. */
function personActsBefore(ctx: Context, si: number, cueAt: number): boolean {
	const start = ctx.sentences[si]!.start;
	const lead = ctx.text.slice(start, cueAt);
	if (!/,\s*$/.test(lead)) return false;
	if (/^\s*(?:he|she)\s+\p{Ll}/iu.test(lead)) return true;
	const first = mentionAt(ctx, start, cueAt)[0];
	return (
		first !== undefined &&
		!first.possessive &&
		ctx.text.slice(start, first.start).trim() === '' &&
		ctx.people.entities[first.entity]!.kind === 'person'
	);
}

/**
 * "Lehrer repeated “spending freeze?” and McCain went on, “…”", "a plan proposed by Treasury Secretary Ada Roe, which
 * would keep it “below a set share”", "Carr cut her dead with “…”": another named person doing something in the
 * quote's own sentence, after the last speaker's last mention there (the subject of a verb, or the agent after
 * "by"), takes the words from the last speaker. Whose they are is that doer's at most, so low.
 */
function otherDoerInLead(ctx: Context, q: QuoteSpan, si: number, speaker: number): number | undefined {
	const s = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const from = prev && prev.close > s.start && prev.close <= q.open ? prev.close : s.start;
	const mentions = mentionAt(ctx, from, q.open).filter(
		(m) => !m.possessive && !ctx.top.some((t) => t.open < m.start && t.close > m.start)
	);
	let doer: number | undefined;
	for (const m of mentions) {
		const e = ctx.people.entities[m.entity]!;
		if (m.entity === speaker) doer = undefined;
		else if (
			e.kind === 'person' &&
			e.named &&
			// "and when Abbott moved to put the question, “…”": a doer inside a clause of time or reason sets the
			// scene for the words; the speaker goes on.
			!SCENE_BEFORE.test(ctx.text.slice(Math.max(from, m.start - 40), m.start)) &&
			(DOER_AFTER.test(ctx.text.slice(m.end, q.open)) ||
				AGENT_BEFORE.test(ctx.text.slice(Math.max(from, m.start - 60), m.start)))
		)
			doer = m.entity;
	}
	return doer;
}
const DOER_AFTER =
	/^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|ing)|went|cut|said|says|told|began|took|made|gave|hit|put|spoke|wrote|shot)\b/u;
const AGENT_BEFORE = /\bby\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;
const SCENE_BEFORE =
	/\b(?:when|as|after|while|before|once|until|if|because|since|whenever)\s+(?:[^\s,]+\s+){0,3}$/iu;

/** Whether the quote's sentence opens, before the quote, on a named person other than `speaker`. */
function otherSubjectBefore(ctx: Context, q: QuoteSpan, si: number, speaker: number): boolean {
	const subject = subjectOf(ctx, si);
	if (subject.kind !== 'entity' || subject.at >= q.open || subject.entity === speaker) return false;
	const e = ctx.people.entities[subject.entity]!;
	return e.kind === 'person' && e.named;
}

/**
 * "… was country singer Charlie Daniels whose rant against the left included a characterization of them as “…”":
 * words inside a relative clause about a named person's speech are that person's, not the last speaker's going on.
 */
const WHOSE_SPEECH = /^,?\s+whose\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\b[^,;“”"]*$/u;
const SPOKEN_PIECES = new Set([
	...SPEECH_EVENTS,
	...'rant tirade remarks comments statement words testimony remark comment reply answer monologue'.split(' ')
]);
function whoseWords(ctx: Context, q: QuoteSpan, si: number): number | undefined {
	const start = ctx.sentences[si]!.start;
	const m = mentionAt(ctx, start, q.open).pop();
	if (!m || m.possessive) return undefined;
	const e = ctx.people.entities[m.entity]!;
	const clause = WHOSE_SPEECH.exec(ctx.text.slice(m.end, q.open));
	const spoken = clause && (SPOKEN_PIECES.has(clause[1]!) || SPOKEN_PIECES.has(clause[2] ?? ''));
	return e.kind === 'person' && e.named && spoken ? m.entity : undefined;
}

/**
 * "The indictment alleges that Roe “…”. [¶] A press release was issued by Roe's office: “I am innocent.”": a sentence
 * whose subject before the quote is a document brings in another text's words, not the last speaker's going on.
 */
function documentLeadIn(ctx: Context, q: QuoteSpan, si: number): boolean {
	const start = mainClauseStart(ctx, si);
	return start < q.open && documentHead(ctx.text.slice(start, q.open)) !== undefined;
}

/**
 * "Rhea Lund said the ferry would run by spring. [¶] “We have the engines.”": a paragraph opening on a quote right
 * after the paragraph that closed on a named person's reported speech goes on with their words, as a careful reader
 * takes it, when the rest of the paragraph outside its quotes names nobody but them ("“Is it true?” Tom Abel
 * started." is someone else's turn, a name the people table does not know too, so any capitalised word that is not
 * a pronoun, article or conjunction counts); not when a sentence of the writer's stands between (`stepped`).
 */
function namesOthersAfter(ctx: Context, q: QuoteSpan, si: number, speaker: number): boolean {
	let last = si;
	while (ctx.sentences[last + 1]?.paragraph === ctx.sentences[si]!.paragraph) last++;
	const end = ctx.sentences[last]!.end;
	let rest = ctx.text.slice(q.close, end);
	for (const m of mentionAt(ctx, q.close, end))
		if (m.entity === speaker) rest = rest.replace(ctx.text.slice(m.start, m.end), '');
	rest = rest.replace(/[“"][^“”"]*[”"]/g, '');
	return (rest.match(/\p{Lu}\p{L}*/gu) ?? []).some((w) => !PLAIN_OPENERS.has(w.toLowerCase()));
}
const PLAIN_OPENERS = new Set([...DETERMINERS, ...CLAUSE_WORDS, 'he', 'she', 'it', 'they', 'we']);

/** The subject's verb of speech, an appositive perhaps between (afterReportedSpeech): compiled once, not per quote. */
const CUE_AFTER_SUBJECT = new RegExp(
	`^[^,;]{0,60}?(?:,\\s*(?:the|a|an)\\s(?:(?!(?:who|which|where|that)\\b)[^,;“”"]){1,120}?\\s|,[^;“”"]{1,120}?,\\s*(?:\\p{Ll}+\\s+){0,2}|,\\s*)?\\b${endingIn(FINITE_SOURCE, 'cue')}`,
	'u'
);

/**
 * Rule 5: a quote that opens a sentence right after one in which someone spoke in reported speech ("Wilkins also
 * said Warhol was both an artist and a businessperson. “As a way to …”") is theirs.
 */
function afterReportedSpeech(ctx: Context, q: QuoteSpan, si: number): Found {
	const s = ctx.sentences[si]!;
	if (ctx.text.slice(s.start, q.open).trim() !== '' || si === 0) return undefined;
	// "Okafor said the jar was set in a pit. The youngest coins were struck in 1644.¶“Somebody dug this hole …”": a
	// sentence of the same paragraph that names no one and quotes nothing goes on with the reported speech; unsure.
	const between = ctx.sentences[si - 1]!;
	const stepped =
		si >= 2 &&
		ctx.sentences[si - 2]!.paragraph === between.paragraph &&
		between.paragraph === s.paragraph - 1 &&
		!/[“”"]/.test(ctx.text.slice(between.start, between.end)) &&
		peopleNamedIn(ctx, si - 1).size === 0 &&
		subjectOf(ctx, si - 1).kind === 'other';
	const k = stepped ? si - 2 : si - 1;
	const before = ctx.sentences[k]!;
	const body = ctx.text.slice(before.start, before.end);
	// "Director Sean McNamara explained why:" closing the paragraph before introduces the quote opening this one.
	const introduces = before.paragraph === s.paragraph - 1 && /:\s*$/.test(body);
	// A paragraph that opens with a quote after one that ended in someone's reported speech is likely theirs, but
	// a new paragraph may bring a new voice: low confidence, unless a named person spoke and its sentence names no
	// one else (`namesOthersAfter`).
	const nextParagraph = before.paragraph === s.paragraph - 1 && !introduces;
	if (before.paragraph !== s.paragraph && !introduces && !nextParagraph) return undefined;
	if (/[“”"]/.test(body)) return undefined;
	const lower = (f: Resolved | undefined): Found =>
		f && (nextParagraph || stepped)
			? { ...f, confidence: 'low', rule: `${f.rule}+next-paragraph${stepped ? '+stepped' : ''}` }
			: f;
	// "Wikinews interviewed Maria Lopez about the filming.": the person interviewed answers.
	const asked = askedPerson(ctx, k);
	if (asked !== undefined && ctx.people.entities[asked]!.named)
		return lower({ entity: asked, confidence: 'high', rule: 'after-asked' });
	// "According to Major Tom Roe, the raid had worked. “We are pleased.”": the one person a sentence names, in the
	// source it opens on, goes on, when the quote is the whole sentence ("“Uhuru” is a Swahili word" is a term the
	// writer explains).
	const told = [...accordingTo(ctx, k)];
	const whole = /^[\s.,!?…]*$/.test(ctx.text.slice(q.close, s.end));
	const sourceEnd = before.start + Math.max(0, body.indexOf(','));
	const source =
		told.length === 1 && mentionAt(ctx, before.start, sourceEnd).some((m) => m.entity === told[0]);
	if (source && whole) return lower({ entity: told[0]!, confidence: 'high', rule: 'after-according' });
	const subject = subjectOf(ctx, k);
	if (subject.kind !== 'entity' && subject.kind !== 'pronoun') return undefined;
	const at = subject.kind === 'entity' ? subject.at : subject.at;
	// "Maria Lopez, a senior at the school, said …": the subject's appositive may stand before the verb, its closing
	// comma left out too ("Qazi Hussain Ahmad, the head of an Islamic party alliance told the BBC …").
	const cue = CUE_AFTER_SUBJECT.exec(ctx.text.slice(at, before.end));
	// "Hale is expected to run again", "Hale was believed to back the sale": what others expect of someone is not
	// their speech, so the quote after it is not tied to them.
	const word = cue && /\p{L}+$/u.exec(cue[0])![0];
	if (word && isThoughtCue(word) && PASSIVE_BEFORE.test(cue![0].slice(0, -word.length))) return undefined;
	// "Ilves disagrees, saying that the plan will fail.": a participle of speech set off after the subject's verb
	// reports her speech as a finite cue would. "Lehrer turned to Roe, asking him …": a question hands the floor on.
	const participle = /^[^,;“”"]{0,80}?,\s*(\p{Ll}+ing)\s/u.exec(ctx.text.slice(at, before.end))?.[1];
	const saying =
		participle !== undefined &&
		participle !== 'asking' &&
		isParticipleCue(participle) &&
		!isThoughtCue(participle);
	// "Marta Ilves was blunt:" closing the paragraph before: no speech verb, but the colon hands her the quote.
	if (!cue && !saying && !(introduces && subject.kind === 'entity')) return undefined;
	if (subject.kind === 'entity') {
		const e = ctx.people.entities[subject.entity]!;
		if (!cue && !saying && e.kind !== 'person') return undefined;
		if (!e.named) return undefined;
		const found: Resolved = { entity: subject.entity, confidence: 'high', rule: 'after-reported-speech' };
		return nextParagraph && !stepped && e.kind === 'person' && !namesOthersAfter(ctx, q, si, subject.entity)
			? { ...found, rule: 'after-reported-speech+paragraph-opening' }
			: lower(found);
	}
	if (subject.word !== 'he' && subject.word !== 'she') return undefined;
	const r = resolvePerson(ctx, k, subject.word, subject.at);
	return lower(r && { ...r, rule: 'after-reported-speech+pronoun' });
}

/**
 * "Ken Livingstone spoke out against the ruling, saying it had “…”. He also attacked the newspaper group. [¶] “It is
 * Associated Newspapers that …”": a paragraph that is nothing but a quote, right after a paragraph closing on a
 * named person's own act, goes on in that person's words when the paragraph before already gave them speech (a
 * quote of theirs, or a participle of speech in the closing sentence: "Darryl Weinbren defended his product saying
 * it is safe.") and the closing sentence names no other person. "Ada Roe died on Tuesday. [¶] “She was …”" gave
 * Roe no speech, so the words stay nobody's. Unsure: no verb hands them over.
 */
function speakerActsBefore(ctx: Context, q: QuoteSpan, si: number): Resolved | undefined {
	const s = ctx.sentences[si]!;
	if (si === 0 || s.paragraph !== q.paragraph || ctx.text.slice(s.start, q.open).trim() !== '')
		return undefined;
	const k = si - 1;
	const before = ctx.sentences[k]!;
	if (before.paragraph !== s.paragraph - 1) return undefined;
	const outside = ctx.text.slice(q.close, lastEnd(ctx, q.paragraph)).replace(/[“"][^“”"]*[”"]/g, '');
	if (/\p{L}/u.test(outside)) return undefined;
	const body = ctx.text.slice(before.start, before.end);
	if (/[“”"]/.test(body) || !/\.\s*$/.test(body)) return undefined;
	const subject = actorOf(ctx, k);
	let person: number | undefined;
	if (subject.kind === 'entity') person = subject.entity;
	else if (subject.kind === 'pronoun' && (subject.word === 'he' || subject.word === 'she')) {
		const r = resolvePerson(ctx, k, subject.word, subject.at);
		if (r?.confidence === 'high') person = r.entity;
	}
	if (person === undefined) return undefined;
	const e = ctx.people.entities[person]!;
	if (e.kind !== 'person' || !e.named || [...peopleNamedIn(ctx, k)].some((p) => p !== person))
		return undefined;
	// Only the paragraph before's quotes: a long paste has thousands.
	const opening = ctx.sentences[lowerBound(ctx.sentences, before.paragraph, byParagraph)]!.start;
	let spoke = false;
	for (
		let i = lowerBound(ctx.top, opening, byOpen);
		!spoke && ctx.top[i] && ctx.top[i]!.open < before.start;
		i++
	)
		spoke = ctx.spoken.get(ctx.top[i]!.open) === person;
	const from = 'at' in subject ? subject.at : before.start;
	// "saying it is safe", not "a warning": a noun in -ing after its determiner is no participle.
	const saying = (ctx.text.slice(from, before.end).match(PARTICIPLE) ?? []).some(
		(w) => w !== 'asking' && isParticipleCue(w) && !isThoughtCue(w)
	);
	return spoke || saying ? { entity: person, confidence: 'low', rule: 'act-before-paragraph' } : undefined;
}

const PARTICIPLE = /(?<!\b(?:a|an|the|this|that|his|her|its|their|our|my)\s)\b\p{Ll}+ing\b/gu;

/**
 * The subject of a sentence as `subjectOf` reads it, or, where it finds none, a he/she after a leading conjunction
 * and a word of time ("But yesterday he softened that stance.").
 */
function actorOf(ctx: Context, si: number): Subject {
	const subject = subjectOf(ctx, si);
	if (subject.kind !== 'other') return subject;
	const s = ctx.sentences[si]!;
	const pronoun = LEAD_PRONOUN.exec(ctx.text.slice(s.start, s.end));
	if (!pronoun) return subject;
	return { kind: 'pronoun', word: pronoun[2]!.toLowerCase(), at: s.start + pronoun[1]!.length };
}
const LEAD_PRONOUN =
	/^((?:(?:and|but|so|then)\s+)?(?:(?:yesterday|today|later|earlier|also|then)\s+)?)(he|she)\s+\p{Ll}/iu;

/**
 * "Councillor Hamish Trewartha called for an inquiry into how a deed could be “lost for half a century”": a
 * fragment in lower case quoted inside the clause of a named person who is the sentence's subject is not the last
 * speaker's to inherit. Whose it is no verb says (it may be the writer's scare quote), so nobody's. Not after a
 * passive ("was described as").
 */
function fragmentOfSubject(ctx: Context, q: QuoteSpan, si: number): number | undefined {
	const s = ctx.sentences[si]!;
	if (!/^\p{Ll}/u.test(ctx.text.slice(q.start, q.start + 1))) return undefined;
	const subject = subjectOf(ctx, si);
	if (subject.kind !== 'entity' || subject.at >= q.open || subject.at < s.start) return undefined;
	const e = ctx.people.entities[subject.entity]!;
	if (e.kind !== 'person' || !e.named) return undefined;
	const between = ctx.text.slice(subject.at, q.open);
	if (
		/[“”"]/.test(between) ||
		/\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u.test(between)
	)
		return undefined;
	return subject.entity;
}

/**
 * "The 2022 report, written for the city by a consultancy, rated the bridge in “fair condition”": a fragment in
 * lower case inside the clause of a sentence whose subject is a document is the document's words, not the last
 * speaker's, whatever its verb.
 */
function documentFragment(ctx: Context, q: QuoteSpan, si: number): Resolved | undefined {
	const s = ctx.sentences[si]!;
	if (!/^\p{Ll}/u.test(ctx.text.slice(q.start, q.start + 1))) return undefined;
	if (/[“”"]/.test(ctx.text.slice(s.start, q.open))) return undefined;
	const subject = subjectOf(ctx, si);
	if (subject.kind !== 'document') return undefined;
	return { entity: documentSource(ctx, subject.head, q.open), confidence: 'low', rule: 'document-fragment' };
}

const WRITER_ASKS =
	/^(?:(?:So|And|But)\s+)?(?:why|how|what|when|where)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:did|does|do|would|will|could|can|is|was|has|had|should)\s+(?:he|she)\b/iu;

/**
 * "Why did she want to come so badly? “It is the best show in years.”": a quote standing alone after the writer's own question
 * about someone answers it in that person's words, as sure as the pronoun is.
 */
function answersQuestion(ctx: Context, q: QuoteSpan, si: number): Found {
	const s = ctx.sentences[si]!;
	if (si === 0 || ctx.text.slice(s.start, q.open).trim() !== '') return undefined;
	const before = ctx.sentences[si - 1]!;
	const body = ctx.text.slice(before.start, before.end).trim();
	if (before.paragraph !== s.paragraph || !body.endsWith('?') || /[“”"]/.test(body)) return undefined;
	const asks = WRITER_ASKS.exec(body);
	if (!asks) return undefined;
	const word = /(?:he|she)$/i.exec(asks[0])![0].toLowerCase();
	const r = resolvePerson(ctx, si - 1, word, before.start + body.length);
	return r && ctx.people.entities[r.entity]!.named
		? { entity: r.entity, confidence: r.confidence, rule: 'answers-question' }
		: undefined;
}

/**
 * "Its chair, Omar Lutz, was blunt: “…”": a quote after a colon that closes its sentence's own clause, with no
 * speech verb, is the words of the named person who is that sentence's subject.
 */
function colonIntroduced(ctx: Context, q: QuoteSpan, si: number): Found {
	const s = ctx.sentences[si]!;
	const lead = ctx.text.slice(s.start, q.open);
	if (!/:\s*$/.test(lead) || /[“”"]/.test(lead)) return undefined;
	if (/^It\s+(?:begins|opens|reads|ends|says|goes|runs)\s*:\s*$/.test(lead)) return workAuthor(ctx, si);
	// "Lee read out the council's letter: “…”": the words are the letter's, not the reader's.
	if (READ_FROM_DOCUMENT.test(lead)) return UNRESOLVED;
	const experiencer = experiencerBeforeColon(ctx, s.start, q.open);
	if (experiencer !== undefined)
		return { entity: experiencer, confidence: 'high', rule: 'colon-introduced+experiencer' };
	const subject = subjectOf(ctx, si);
	if (subject.kind !== 'entity' || subject.at >= q.open) return undefined;
	const e = ctx.people.entities[subject.entity]!;
	return e.kind === 'person' && e.named
		? { entity: subject.entity, confidence: 'high', rule: 'colon-introduced' }
		: undefined;
}

/**
 * "The surge does not surprise pollster Ada Frost: “…”": a named person who is the object of a verb of feeling
 * (surprise, worry, puzzle) and ends the clause before the colon is the one whose reaction follows.
 */
function experiencerBeforeColon(ctx: Context, from: number, open: number): number | undefined {
	const last = mentionAt(ctx, from, open).pop();
	if (!last || last.possessive || !/^\s*:\s*$/.test(ctx.text.slice(last.end, open))) return undefined;
	const e = ctx.people.entities[last.entity]!;
	if (e.kind !== 'person' || !e.named) return undefined;
	return FEELING_VERB_BEFORE.test(ctx.text.slice(from, last.start)) ? last.entity : undefined;
}
const FEELING_VERB_BEFORE =
	/\b(?:surprise[sd]?|worr(?:y|ies|ied)|concern(?:s|ed)?|bother(?:s|ed)?|trouble[sd]?|puzzle[sd]?|alarm(?:s|ed)?|frustrate[sd]?|impress(?:es|ed)?|shock(?:s|ed)?|please[sd]?|anger(?:s|ed)?|amuse[sd]?|baffle[sd]?|dismay(?:s|ed)?)\s+(?:[\p{L}.-]+\s+){0,3}$/u;

/**
 * "read out the council's letter:", "read from a note she had been sent:", "pointed to a line in the report:": a
 * document read aloud or pointed to, then its words ("said in a statement:" is the speaker's own).
 */
const READ_FROM_DOCUMENT = new RegExp(
	`\\b(?:read\\s+(?:out\\s+|aloud\\s+)?(?:from\\s+)?|(?:line|passage|paragraph|page|section|sentence)s?\\s+(?:in|from|of)\\s+)(?:a|an|the|his|her|their|its|[\\p{Lu}][\\p{L}'’-]*['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${[...DOC_NOUNS_LIST, 'note', 'text', 'diary', 'entry'].join('|')})\\b[^“”"]*:\\s*$`,
	'u'
);

const WRITTEN_WORK =
	/\b(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:poem|letter|note|essay|song|speech|diary|card|verse|story)\s+(?:(?:written|read|sung)\s+)?by\s+$/u;

/**
 * "… broadcast a poem by Isla Brent, 13, … It begins: “…”": the words "it" opens on are the work's, so its author's
 * (the one the sentence before names after "a poem by"), whoever spoke last.
 */
function workAuthor(ctx: Context, si: number): Found {
	const prev = ctx.sentences[si - 1];
	if (!prev) return undefined;
	for (const m of mentionAt(ctx, prev.start, prev.end)) {
		const e = ctx.people.entities[m.entity]!;
		if (
			e.kind === 'person' &&
			e.named &&
			WRITTEN_WORK.test(ctx.text.slice(Math.max(prev.start, m.start - 60), m.start))
		)
			return { entity: m.entity, confidence: 'high', rule: 'colon-introduced+work' };
	}
	return undefined;
}

/**
 * "Asked whether the mayor “has a plan,” 61 percent said yes", "To a question on “fare rises,” Lutz said …": words
 * quoted inside the clause that puts a question are the question's wording (a poll's, an interviewer's), nobody's
 * answer, so the one who answers is not their speaker.
 */
export function questionWording(lead: string): boolean {
	const clause = QUESTION_CLAUSE.exec(lead);
	if (!clause) return false;
	// "Asked what he thought he replied “…”": once a verb of speech answers, the quote is the answer.
	for (const m of cueMatches(clause[0])) if (isFiniteCue(m[0])) return false;
	return true;
}
const QUESTION_CLAUSE =
	/(?:^|[.;:]\s+)(?:When\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]olled)\s+(?:whether|if|about|how|what|why|who|which|to|on|for)\b[^,;:“”"]*$|\b(?:[Tt]o|[Ii]n\s+answer\s+to|[Aa]nswering|[Rr]esponding\s+to|[Ii]n\s+response\s+to)\s+(?:a|the|one)\s+(?:[\p{Ll}-]+\s+)?(?:question|query)\s+(?:on|about|over|of|asking)\s+(?:the\s+|whether\s+|if\s+)?$/u;

/**
 * "… after her spring remark that, “We will close the old mill.”": a quote that is the whole content of someone's
 * remark, comment or pledge, with no verb of speech, is the words of the one whose remark it is (a named owner, or
 * "his"/"her" when it resolves surely).
 */
function remarkOwner(ctx: Context, q: QuoteSpan, si: number): Found {
	const s = ctx.sentences[si]!;
	const m = REMARK_THAT.exec(ctx.text.slice(s.start, q.open));
	if (!m) return undefined;
	const at = s.start + m.index;
	if (m[1] === 'his' || m[1] === 'her') {
		const r = resolvePerson(ctx, si, m[1] === 'his' ? 'he' : 'she', at);
		return r && r.confidence === 'high' && ctx.people.entities[r.entity]!.named
			? { ...r, rule: 'remark-owner+pronoun' }
			: undefined;
	}
	const owner = mentionAt(ctx, at, at + m[1]!.length).find((x) => x.possessive);
	const e = owner && ctx.people.entities[owner.entity]!;
	return e && e.named && !owner.ambiguous && e.kind !== 'document'
		? { entity: owner.entity, confidence: 'high', rule: 'remark-owner' }
		: undefined;
}
const REMARK_THAT =
	/\b(his|her|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?(?:remark|comment|statement|pledge|promise|vow|declaration|quip|boast|warning|assurance)\s+that,?\s*$/u;

/** Words that point back to the quote just before: "With those words, …", "After these words, …". */
const THOSE_WORDS = /^(?:With|After|In)\s+(?:those|these)\s+(?:words|remarks),\s/;

/**
 * "“Somebody in this town knows what happened.” With those words, Detective Inspector Maud Carrick opened a news
 * conference …": a quote standing alone as its sentence, whose speaker the next sentence names as its subject
 * after words pointing back to it.
 */
function namedAfterwards(ctx: Context, q: QuoteSpan): Found {
	const si = sentenceIndexAt(ctx.sentences, q.open);
	const sj = sentenceIndexAt(ctx.sentences, Math.max(q.open, q.close - 1));
	const s = ctx.sentences[si];
	const last = ctx.sentences[sj];
	const next = ctx.sentences[sj + 1];
	if (!s || !last || !next || next.paragraph !== last.paragraph) return undefined;
	if (ctx.text.slice(s.start, q.open).trim() !== '' || ctx.text.slice(q.close, last.end).trim() !== '')
		return undefined;
	if (!THOSE_WORDS.test(ctx.text.slice(next.start, next.end))) return undefined;
	const subject = subjectOf(ctx, sj + 1);
	if (subject.kind !== 'entity') return undefined;
	const e = ctx.people.entities[subject.entity]!;
	return e.kind === 'person' && e.named
		? { entity: subject.entity, confidence: 'high', rule: 'named-afterwards' }
		: undefined;
}

export function attributeQuotes(
	text: string,
	sentences: SentenceSpan[],
	people: PeopleTable,
	quotes: QuoteSpan[]
): Attribution[] {
	const top = quotes.filter((q) => q.parent === undefined);
	const ctx: Context = {
		text,
		sentences,
		people,
		quotes,
		top,
		documents: new Map(),
		spoken: new Map(),
		guessed: new Set(),
		issued: new Map(),
		issuedByHead: new Map(),
		issuers: new Map(),
		genders: new Map(),
		heard: [],
		links: new Map()
	};
	const result: Attribution[] = [];
	let previous: Attribution | undefined;
	let earlier: Attribution | undefined;
	for (const q of quotes) {
		const si = Math.max(0, sentenceIndexAt(sentences, q.open));
		const sj = Math.max(si, sentenceIndexAt(sentences, Math.max(q.open, q.close - 1)));
		const evidence = { start: sentences[si]?.start ?? q.open, end: sentences[sj]?.end ?? q.close };
		if (q.parent !== undefined) {
			// Words quoted inside someone's quote are not that person's own.
			result.push({ quote: q, confidence: 'low', rule: 'nested', evidence });
			continue;
		}
		if (isNameInMarks(ctx, q, si)) {
			// A title or a word the publication puts in marks is nobody's speech; the quotes around it go on.
			result.push({ quote: q, confidence: 'low', rule: 'name', evidence });
			continue;
		}
		if (modifiesNoun(ctx, q, si)) {
			// "denounced Cheney's recent “stay the course” rhetoric": a label standing before its noun is nobody's here.
			result.push({ quote: q, confidence: 'low', rule: 'label-before-noun', evidence });
			continue;
		}
		if (WIKI_SPEAKER_LABEL.test(text.slice(q.start, q.end))) {
			// "“Hey we want you...”::'Mario:' To do this.”": marks paired across a transcript's speaker label hold
			// the words of two speakers and the label itself; they are nobody's.
			result.push({ quote: q, confidence: 'low', rule: 'transcript-label', evidence });
			continue;
		}
		if (previous?.rule === 'after:signed-item' && previous.quote.paragraph === q.paragraph) {
			// "“…”: Ana Ruiz, from the NGO “Paz”.": marks in a signed item's role hold a name, nobody's words.
			result.push({ quote: q, confidence: 'low', rule: 'name', evidence });
			continue;
		}
		if (questionWording(text.slice(sentences[si]?.start ?? q.open, q.open))) {
			result.push({ quote: q, confidence: 'low', rule: 'question-wording', evidence });
			continue;
		}
		ctx.current = q;
		ctx.heard = [];
		const asked = askedOf(ctx, q, si);
		const owned = asked ? undefined : ownedOverCue(ctx, q, si);
		const framing = asked
			? UNRESOLVED
			: (signText(ctx, q, si) ??
				afterQuote(ctx, q, sj) ??
				verdictOfSubject(ctx, q, si) ??
				beforeQuote(ctx, q, si) ??
				frontedQuote(ctx, q, si) ??
				epithetOfSubject(ctx, q, si) ??
				ownedWords(ctx, q, si));
		const cue = owned ?? framing;
		let found = cue === UNRESOLVED ? undefined : cue;
		// "We called it “…”" in an answer labelled with its speaker: "we" is the one answering.
		if (cue === UNRESOLVED && FIRST_PERSON.test(text.slice(sentences[si]?.start ?? q.open, q.open)))
			found = answerLabel(ctx, si);
		const words = text.slice(q.start, q.end).split(/\s+/).length;
		if (!cue) {
			// "Lutz was blunt: “…”", "Lutz said the board would act. “…”": the person the sentence before the
			// quote is about speaks, whoever spoke last.
			const introduced = colonIntroduced(ctx, q, si) ?? namedAfterwards(ctx, q) ?? remarkOwner(ctx, q, si);
			const reported = introduced ?? afterReportedSpeech(ctx, q, si) ?? answersQuestion(ctx, q, si);
			const sure =
				reported && reported !== UNRESOLVED && reported.confidence === 'high' ? reported : undefined;
			const owner = fragmentOfSubject(ctx, q, si);
			const another = owner !== undefined && owner !== previous?.speaker;
			found =
				sure ??
				signedLine(ctx, q) ??
				documentFragment(ctx, q, si) ??
				(previous && !another ? inherited({ ctx, q, previous, earlier, words, si }) : undefined);
			if (!found && reported !== UNRESOLVED) found = reported;
			if (!found && reported === undefined) found = speakerActsBefore(ctx, q, si);
			found ??= answerLabel(ctx, si);
			if (found && namesInThirdPerson(ctx, q, found.entity)) found = undefined;
			if (found && leadOfOther(ctx, q, si, found.entity)) found = undefined;
		}
		// "“As you know, Mr. Roe, …?” … Roe acknowledged": a moderator's question to Roe, whoever the cue names.
		if (found && addressedIn(ctx, q, found.entity)) found = undefined;
		// "said Mila Toren, interpreting for Ivo Sand": an interpreter's words are the one interpreted's, or nobody's.
		const voice = found && interpreted(ctx, found.entity, evidence);
		if (voice)
			found =
				voice.owner === undefined
					? undefined
					: { ...found!, entity: voice.owner, rule: `${found!.rule}+interpreted` };
		// An extract labelled with its document speaks for it when nobody named is sure to.
		const unsure = found
			? people.entities[found.entity]!.kind === 'person' &&
				!people.entities[found.entity]!.named &&
				found.confidence === 'low'
			: cue === UNRESOLVED;
		if (unsure) {
			const doc = documentLabel(ctx, q.paragraph);
			if (doc !== undefined) found = { entity: doc, confidence: 'low', rule: 'document-label' };
		}
		// "the report said" with nobody named who issued it: a document is not a speaker, so no question asks who
		// said it (the fact keeps the document as its source). "the joint statement issued by Xi and Putin" speaks
		// for the people named as its authors.
		if (found && people.entities[found.entity]!.kind === 'document' && !hasNamedIssuer(ctx, found.entity))
			found = { ...found, confidence: 'low' };
		const attribution: Attribution = found
			? {
					quote: q,
					speaker: found.entity,
					confidence: found.confidence,
					rule: found.rule,
					evidence,
					...(found.leadFrom === undefined ? {} : { leadFrom: found.leadFrom })
				}
			: { quote: q, confidence: 'low', rule: 'none', evidence };
		result.push(attribution);
		if (attribution.speaker !== undefined) ctx.spoken.set(q.open, attribution.speaker);
		if (attribution.speaker !== undefined && attribution.confidence === 'low') ctx.guessed.add(q.open);
		if (attribution.confidence === 'high' && attribution.rule.includes('pronoun')) {
			for (const h of ctx.heard)
				if (h.entity === attribution.speaker && !people.entities[h.entity]!.gender)
					ctx.genders.set(h.entity, h.gender);
			const link = ctx.heard.find((h) => h.entity === attribution.speaker);
			if (link) ctx.links.set(si, link);
		}
		earlier = previous;
		// "Abel called Roe's claim of a “…” over the papers “…”": the words Roe's claim owns are hers, but the
		// sentence goes on in Abel's voice, so the next quote carries on from him.
		const framer = framing === UNRESOLVED ? undefined : framing;
		previous =
			owned && framer && framer.entity !== owned.entity
				? { quote: q, speaker: framer.entity, confidence: framer.confidence, rule: framer.rule, evidence }
				: attribution;
	}
	runBack(ctx, result);
	addedTo(ctx, result);
	repeatedQuotes(ctx, result);
	quotedTerms(ctx, result);
	return result;
}

/** A term in marks runs to at most this many words. */
const TERM_WORDS = 3;
const NAMING_CUE =
	/\b(?:call(?:s|ed|ing)?|dubb(?:ed|ing)|dubs?|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ling|ed|ing)?|described?\s+(?:[\p{L}'’-]+\s+){0,4}as)\s+(?:[\p{L}'’-]+\s+){0,4}[“"]?$/u;

/**
 * "Siemens held the “exiderdome” show … Cheng: we held “exiderdome” …", "the “unlimited” package … a 24/24 but not
 * “unlimited” offer": a short phrase the article puts in marks more than once, at least once as nobody's words, is
 * a name or a term it cites; where it recurs beside a speaker it is still the term, not that speaker's words.
 */
function quotedTerms(ctx: Context, result: Attribution[]): void {
	const byTerm = new Map<string, Attribution[]>();
	for (const a of result) {
		const words = wordsOf(ctx.text.slice(a.quote.start, a.quote.end));
		if (words.length === 0 || words.length > TERM_WORDS) continue;
		const term = words.join(' ');
		const uses = byTerm.get(term);
		if (uses) uses.push(a);
		else byTerm.set(term, [a]);
	}
	for (const uses of byTerm.values()) {
		if (uses.length < 2 || uses.every((a) => a.speaker !== undefined)) continue;
		// "Aldo Dunmore called the report “fiction”. By Tuesday the word “fiction” was …": the word is first his, as
		// he named it; the article echoes him.
		const first = uses.reduce((a, b) => (b.quote.open < a.quote.open ? b : a));
		if (
			first.speaker !== undefined &&
			NAMING_CUE.test(ctx.text.slice(Math.max(0, first.quote.open - 60), first.quote.open))
		)
			continue;
		for (const a of uses) {
			if (a.speaker === undefined) continue;
			delete a.speaker;
			a.confidence = 'low';
			a.rule = 'quoted-term';
		}
	}
}

/** A repeat is told by its first `REPEAT_WORDS` words found in order inside another quote. */
const REPEAT_WORDS = 8;
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];

/**
 * A pull-quote repeats words the body gives with a cue of its own; inherited where it stands, it goes to whoever
 * spoke last before it. When that is not the body's speaker the repeat is nobody's (it often carries its byline
 * inside its marks): the body's quote is asked instead. A repeat inherited from the body's own speaker stays.
 */
function repeatedQuotes(ctx: Context, result: Attribution[]): void {
	const cued = (a: Attribution) => /^(?:before|after):/.test(a.rule);
	const top = result.filter((a) => a.quote.parent === undefined);
	// Every run of REPEAT_WORDS words in a cued quote, with who is cued for it: one look-up per quote, not a scan of
	// every other quote (a 1 MB text has thousands).
	const runs = new Map<string, Set<number | undefined>>();
	for (const b of top.filter(cued)) {
		const words = wordsOf(ctx.text.slice(b.quote.start, b.quote.end));
		for (let i = 0; i + REPEAT_WORDS <= words.length; i++) {
			const run = words.slice(i, i + REPEAT_WORDS).join(' ');
			const speakers = runs.get(run) ?? new Set<number | undefined>();
			speakers.add(b.speaker);
			runs.set(run, speakers);
		}
	}
	for (const a of top) {
		if (cued(a) || a.speaker === undefined) continue;
		const head = wordsOf(ctx.text.slice(a.quote.start, a.quote.end)).slice(0, REPEAT_WORDS).join(' ');
		if (head.split(' ').length < REPEAT_WORDS) continue;
		if (![...(runs.get(head) ?? [])].some((speaker) => speaker !== a.speaker)) continue;
		delete a.speaker;
		a.confidence = 'low';
		a.rule = 'repeated';
	}
}

/**
 * "Roe was asked, “Will you run again?” Roe joked that …": a quote put to the subject of a passive "asked"
 * with no agent is a question to them from someone unnamed, whatever verb of speech follows it.
 */
function askedOf(ctx: Context, q: QuoteSpan, si: number): boolean {
	const lead = ctx.text.slice(ctx.sentences[si]!.start, q.open);
	return /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?asked[,:]?\s*$/u.test(lead);
}

/**
 * "“The flaw of Byler's piece is …”" with no cue of its own: words that speak of someone by name are not theirs,
 * whoever spoke last. Names inside a quote nested in it are someone else's words.
 */
function namesInThirdPerson(ctx: Context, q: QuoteSpan, entity: number): boolean {
	const e = ctx.people.entities[entity]!;
	if (e.kind !== 'person') return false;
	// "another arm of the Kolar brand": a name after an article modifies a noun; it does not speak of the person.
	const modifier = (m: Mention) =>
		/\b(?:the|a|an)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start));
	// The nested quotes are looked for only once the quote names the person: looking through every quote of a
	// 1 MB text for each quote and speaker near it cost most of a second.
	let nested: QuoteSpan[] | undefined;
	return mentionAt(ctx, q.start, q.end).some((m) => {
		if (m.entity !== entity || modifier(m)) return false;
		nested ??= ctx.quotes.filter((n) => n.parent !== undefined && n.open >= q.open && n.close <= q.close);
		return !nested.some((n) => m.start >= n.open && m.end <= n.close);
	});
}

/** Before a name set off as the one spoken to: the quote's start or a stop, and a title the name may not hold. */
const VOCATIVE_BEFORE =
	/(?:^|[,;:.!?—–]\s*)(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+|(?:Senator|Governor|President|Secretary|Mayor)\s+)?$/;

/**
 * The quote speaks to the person, naming them set off by commas with a "you" ("As you know, Mr. Roe, you said
 * …", "Ada, you were there"): it was said to them, never by them.
 */
function addressedIn(ctx: Context, q: QuoteSpan, entity: number): boolean {
	if (!/\byou\b/i.test(ctx.text.slice(q.start, q.end))) return false;
	return mentionAt(ctx, q.start, q.end).some(
		(m) =>
			m.entity === entity &&
			!m.possessive &&
			VOCATIVE_BEFORE.test(ctx.text.slice(q.start, m.start)) &&
			(m.end >= q.end || /^[,?!]/.test(ctx.text.slice(m.end, m.end + 1)))
	);
}

const LINKING = '(?!(?:and|or|but|nor|so|yet|than|because|as|of|for|in|on|at|to|with|by|from|about|not)\\s)';
const SOURCE_THAT = new RegExp(
	`(?:^|[\\s(])(\\p{Lu}[\\p{L}.'’-]*)\\s+(?:${LINKING}\\p{Ll}+\\s+)?${LINKING}\\p{Ll}+\\s+that,?\\s*$`,
	'u'
);
const SOURCE_OWNS = new RegExp(
	`(?:^|[\\s(])(\\p{Lu}[\\p{L}.-]*)['’]s?\\s+(?:\\p{L}+\\s+){0,2}?(?:words|${DOC_NOUNS_LIST.join('|')})\\s*[:,]\\s*$`,
	'u'
);
const NOT_SOURCE = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'The', 'A', 'An']);

/**
 * "In 2024, Pell Research found that “…”", "in Ada Vela's words, “…”", "From the mayor's Facebook post: “…”": a
 * sentence whose own lead-in hands its quote to a named source, through a verb that is no speech cue or a
 * possessive of words or a document, quotes that source, not the last speaker nor an answer's label. Whoever it
 * is, no rule named them, so the quote goes to nobody.
 */
function leadOfOther(ctx: Context, q: QuoteSpan, si: number, entity: number): boolean {
	const sentence = ctx.sentences[si]!;
	const prev = quoteBefore(ctx, q);
	const from = prev && prev.close <= q.open && prev.close > sentence.start ? prev.close : sentence.start;
	const lead = ctx.text.slice(from, q.open);
	const m = SOURCE_THAT.exec(lead) ?? SOURCE_OWNS.exec(lead);
	if (!m || NOT_SOURCE.has(m[1]!)) return false;
	const at = from + m.index + m[0].indexOf(m[1]!);
	if (mentionAt(ctx, at, at + m[1]!.length + 2).some((n) => n.entity === entity)) return false;
	const own = ctx.people.entities[entity]!.name.split(/\s+/);
	return !own.includes(m[1]!.replace(/['’.]+$/, ''));
}

/**
 * “We have cut where we could. [paragraph] “Next year will be harder,” she said.': a quote left open at a
 * paragraph's end goes on in the quote opening the next, so the cue at the run's end names the speaker of all of it.
 */
function runBack(ctx: Context, result: Attribution[]): void {
	const top = result.filter((a) => a.quote.parent === undefined);
	for (let i = top.length - 2; i >= 0; i--) {
		const a = top[i]!;
		const next = top[i + 1]!;
		if (a.speaker !== undefined || !a.quote.unclosed || next.speaker === undefined) continue;
		if (next.quote.paragraph !== a.quote.paragraph + 1 || a.quote.close < lastEnd(ctx, a.quote.paragraph))
			continue;
		const first = ctx.sentences[lowerBound(ctx.sentences, next.quote.paragraph, byParagraph)];
		if (!first || ctx.text.slice(first.start, next.quote.open).trim() !== '') continue;
		// A run copied from another report ("“At the briefing, reporters questioned Ada Roe about …¶“…,” Roe said.")
		// holds its writer's narration: a paragraph naming the speaker in the third person is not the speaker's.
		if (namesInThirdPerson(ctx, a.quote, next.speaker)) continue;
		a.speaker = next.speaker;
		a.confidence = next.confidence;
		a.rule = `run-back+${next.rule}`;
	}
}

/**
 * "“Is Leeds safer now?” He added, “Once broken, the law is in danger.”": a speaker who "added" or "continued" right
 * after a quote had said it, so a quote standing alone before the cue, or after a colon, is theirs too. Only a quote
 * nobody else is sure of, and only a person the cue names for sure.
 */
function addedTo(ctx: Context, result: Attribution[]): void {
	const top = result.filter((a) => a.quote.parent === undefined);
	for (let i = top.length - 2; i >= 0; i--) {
		const a = top[i]!;
		const next = top[i + 1]!;
		const speaker = next.speaker;
		if (speaker === undefined || next.confidence !== 'high') continue;
		if (ctx.people.entities[speaker]!.kind !== 'person') continue;
		// A title, a label or a question's wording kept nobody's on purpose stays so.
		const unclaimed =
			a.speaker === undefined ? a.rule === 'none' : a.speaker === speaker && a.confidence === 'low';
		if (!unclaimed) continue;
		if (!ADDED_BETWEEN.test(ctx.text.slice(a.quote.close, next.quote.open))) continue;
		if (!standsAlone(ctx, a.quote, speaker)) continue;
		a.speaker = speaker;
		a.confidence = 'high';
		a.rule = `added-to+${next.rule}`;
	}
}
/** " He added, ", " Gratton also added: ", " He continued ": the cue between two quotes of a paragraph. */
const ADDED_BETWEEN =
	/^[ \t]+(?:He|She|\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){0,2})[ \t]+(?:also[ \t]+)?(?:added|adds|continued|continues|went[ \t]+on(?:[ \t]+to[ \t]+say)?)(?:[ \t]+also)?[,:]?[ \t]*(?:that,?[ \t]*)?$/u;

/**
 * Whether a quote is a sentence of its own, or follows a colon ending words that name no other person: the words
 * before it give no one else as its speaker.
 */
function standsAlone(ctx: Context, q: QuoteSpan, speaker: number): boolean {
	const s = ctx.sentences[Math.max(0, sentenceIndexAt(ctx.sentences, q.open))];
	if (!s) return false;
	const lead = ctx.text.slice(s.start, q.open).trim();
	if (lead === '') return true;
	if (!lead.endsWith(':')) return false;
	return mentionAt(ctx, s.start, q.open).every(
		(m) => m.entity === speaker || ctx.people.entities[m.entity]!.kind !== 'person'
	);
}

/** Where a paragraph's last sentence ends. */
const lastEnd = (ctx: Context, paragraph: number) =>
	ctx.sentences[lowerBound(ctx.sentences, paragraph + 1, byParagraph) - 1]?.end ?? Infinity;

/**
 * Whether the speaker is named in the quote's sentences as someone's interpreter ("Ivo Sand's interpreter, Mila
 * Toren,", "Mila Toren, interpreting for Ivo Sand"), and whose words they carry when the article names that person.
 */
function interpreted(
	ctx: Context,
	speaker: number,
	span: { start: number; end: number }
): { owner?: number } | undefined {
	for (const m of mentionAt(ctx, span.start, span.end)) {
		if (m.entity !== speaker) continue;
		const after = INTERPRETING_FOR.exec(ctx.text.slice(m.end, m.end + 40));
		if (after) {
			const at = m.end + after[0].length;
			const owner = mentionAt(ctx, at, at + 80).find((n) => n.start === at);
			return { ...(owner ? { owner: owner.entity } : {}) };
		}
		const before = INTERPRETER_OF.exec(ctx.text.slice(Math.max(span.start, m.start - 60), m.start));
		if (before) {
			const owner = mentionAt(ctx, Math.max(span.start, m.start - 60), m.start).find((n) => n.possessive);
			return { ...(owner ? { owner: owner.entity } : {}) };
		}
	}
	return undefined;
}
const INTERPRETING_FOR =
	/^,?\s+(?:who\s+was\s+)?(?:interpreting|translating)\s+for\s+(?:\p{Ll}+\s+)?(?=\p{Lu})/u;
const INTERPRETER_OF = /(?:['’]s?|\bhis|\bher|\btheir)\s+(?:\p{Ll}+\s+)?(?:interpreter|translator),?\s+$/u;

const FIRST_PERSON = /(?:^|[\s,])(?:I|[Ww]e|[Mm]y|[Oo]ur)\s/;
/**
 * "Marta Ilves: My grandmother kept every letter. We called it “…”": an interview's answer, labelled with the
 * person who gives it, holds their words, quotes inside it too.
 */
function answerLabel(ctx: Context, si: number): Resolved | undefined {
	// An answer may run on over paragraphs with no label of their own: the last label within three back holds.
	let first = si;
	for (let back = 0; back < 4; back++) {
		const paragraph = ctx.sentences[first]!.paragraph;
		while (first > 0 && ctx.sentences[first - 1]!.paragraph === paragraph) first--;
		const start = ctx.sentences[first]!.start;
		// "((WN)) Why …?": the interviewer's own label ends the answer before it.
		if (/^\(\([^()]{1,20}\)\)/.test(ctx.text.slice(start, start + 24))) return undefined;
		const label = /^([^:\n“”"]{1,60}):\s/.exec(ctx.text.slice(start, start + 64));
		if (label) return labelled(ctx, start, label[1]!);
		if (first === 0 || paragraph - ctx.sentences[first - 1]!.paragraph > 1) return undefined;
		first--;
	}
	return undefined;
}

/** The person a label names ("Marta Ilves:", "TR:"): a transcript's labels hold until the next one. */
function labelled(ctx: Context, start: number, label: string): Resolved | undefined {
	const confidence = 'high';
	const initials = initialled(ctx, label);
	if (initials !== undefined) return { entity: initials, confidence, rule: 'answer-label+initials' };
	// "Q: … A: …": the answers are the one person the article says it interviewed.
	if (/^A(?:nswer)?$/.test(label)) {
		const e = interviewee(ctx, start);
		return e === undefined ? undefined : { entity: e, confidence, rule: 'answer-label+interviewee' };
	}
	const name = mentionAt(ctx, start, start + label.length)[0];
	if (!name || name.start !== start || name.end !== start + label.length) return undefined;
	if (ctx.people.entities[name.entity]!.kind !== 'person') return undefined;
	return { entity: name.entity, confidence, rule: 'answer-label' };
}

/** "Korvel News spoke to Tomas Roe", "interviewed Tomas Roe": the one named person the article says it interviewed. */
function interviewee(ctx: Context, before: number): number | undefined {
	const found = new Set<number>();
	for (const m of mentionAt(ctx, 0, before)) {
		const lead = ctx.text.slice(Math.max(0, m.start - 24), m.start);
		const e = ctx.people.entities[m.entity]!;
		if (
			e.kind === 'person' &&
			e.named &&
			/\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+$|\binterview(?:ed|s)?\s+(?:with\s+)?$/.test(lead)
		)
			found.add(m.entity);
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/** "TR:" before an answer: the one named person of the article whose initials these are. */
function initialled(ctx: Context, label: string): number | undefined {
	if (!/^\p{Lu}{2,4}$/u.test(label)) return undefined;
	const people = ctx.people.entities.flatMap((e, i) =>
		e.kind === 'person' && e.named && initialsOf(e.name) === label ? [i] : []
	);
	return people.length === 1 ? people[0] : undefined;
}

/** Someone else became the subject between two quotes of a paragraph: the second may be theirs. */
/** Whether a sentence between the last quote and this one opens on he/she that the last speaker's gender rules out. */
function otherGenderBetween(ctx: Context, previous: Attribution, q: QuoteSpan): boolean {
	if (previous.speaker === undefined) return false;
	const known = ctx.people.entities[previous.speaker]!.gender ?? ctx.genders.get(previous.speaker);
	if (!known) return false;
	const from = sentenceIndexAt(ctx.sentences, previous.quote.close - 1) + 1;
	const to = sentenceIndexAt(ctx.sentences, q.open);
	for (let j = from; j < to; j++) {
		const s = subjectOf(ctx, j);
		if (
			s.kind === 'pronoun' &&
			(s.word === 'he' || s.word === 'she') &&
			(s.word === 'she') !== (known === 'f')
		)
			return true;
	}
	return false;
}

function interveningSubject(ctx: Context, previous: Attribution, q: QuoteSpan): number | undefined {
	const from = sentenceIndexAt(ctx.sentences, previous.quote.close - 1) + 1;
	const to = sentenceIndexAt(ctx.sentences, q.open);
	let other: number | undefined;
	for (let j = from; j < to; j++) {
		const s = subjectOf(ctx, j);
		if (s.kind === 'entity' && s.entity !== previous.speaker) other = s.entity;
	}
	return other;
}
