import { creditNames, isCreditsParagraph } from './credits';
import { isFiniteCue } from './cues';
import { LOWER_CASE_LABEL_SOURCE, TURN_LABEL_SOURCE } from './interview';
import { isFiniteForm, isFirstName, isPlaceWord, lexiconTags } from './lexicon';
import { SMALL as NUMBER_WORDS } from './numbers';
import { isOrganisationWord, isRoleWord, namesCompany, WIKINEWS_TOPICS } from './people';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './readable-date';
import { escapeRegExp } from './regexp';

/**
 * Repairs pasted article text for display while remembering, for every character, where it came from in the
 * original: evidence shown to a student must be traceable to what was pasted.
 */
export interface Cleaned {
	text: string;
	/** origin[i] is the original offset of text[i]; origin[text.length] is the original length. */
	origin: number[];
}

export function toOriginal(cleaned: Cleaned, offset: number): number {
	const clamped = Math.max(0, Math.min(offset, cleaned.text.length));
	return cleaned.origin[clamped] ?? 0;
}

type Replacer = (match: RegExpExecArray, text: string) => string;

/** Applies one regex rewrite and composes its offset map with the maps of earlier rewrites. */
function rewrite(state: Cleaned, pattern: RegExp, replace: Replacer): Cleaned {
	const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
	const edits: Edit[] = [];
	for (let m = re.exec(state.text); m; m = re.exec(state.text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const by = replace(m, state.text);
		if (by !== m[0]) edits.push({ at: m.index, length: m[0].length, by });
	}
	return edit(state, edits);
}

type Edit = { at: number; length: number; by: string };

/** Makes edits in order of place, composing the offset map with the maps of earlier rewrites. */
function edit(state: Cleaned, edits: Edit[]): Cleaned {
	// Most passes change nothing in most articles: keep the text and its map as they are.
	if (edits.length === 0) return state;
	const parts: string[] = [];
	// The map is made at its full length and filled in place: pushing a long article's offsets one at a time cost
	// more than the rewrite.
	const origin = offsets(edits.reduce((n, e) => n + e.by.length - e.length, state.text.length + 1));
	let o = 0;
	let last = 0;
	for (const { at, length, by } of edits) {
		for (let i = last; i < at; i++) origin[o++] = state.origin[i] ?? 0;
		parts.push(state.text.slice(last, at), by);
		// Replacement characters map onto the matched characters in order, the surplus onto the last one.
		for (let i = 0; i < by.length; i++) origin[o++] = state.origin[at + Math.min(i, length - 1)] ?? 0;
		last = at + length;
	}
	for (let i = last; i <= state.text.length; i++) origin[o++] = state.origin[i] ?? 0;
	parts.push(state.text.slice(last));
	return { text: parts.join(''), origin };
}

/** A map of `length` offsets, each its own place until filled. */
function offsets(length: number): number[] {
	const origin = new Array<number>(length);
	for (let i = 0; i < length; i++) origin[i] = i;
	return origin;
}

/** Abbreviations after which a period is not a sentence end even before a lowercase word. */
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st jr sr gen sen rep gov lt col sgt capt inc corp co ltd no nos vs etc approx est dept fig al ave blvd'.split(
		' '
	)
);

const AFTER_WORD = /[\p{L}\p{N}”’"']/u;

/** "is", "has", "would": a form of "be", "have" or a modal, which needs a subject before it. */
const FINITE_AUXILIARY = /^(?:is|was|are|were|has|have|had|does|did|will|would|can|could)$/;

/**
 * Whether lower-case words open on a verb with no subject of their own: an auxiliary ("is shutting its Old Ocean
 * refinery"), a past tense the lexicon knows as only that or an unknown "-ed" word ("published portions", "led to a
 * state of emergency", "bulldozed"), or a verb and its particle before an object ("shut down its seventh-largest
 * refinery"). A stray stop of machine translation stands before a phrase ("countries. from the West").
 */
export function verbOpens(after: string): boolean {
	const m = /^(\p{Ll}+)(\s+(?:down|up|off|out)\s+(?:its|the|an?|their|his|her)\s)?/u.exec(after);
	if (m === null) return false;
	const word = m[1]!;
	if (FINITE_AUXILIARY.test(word) || m[2] !== undefined) return true;
	const tags = lexiconTags(word);
	return (tags.length === 1 && tags[0] === 'PastTense') || (tags.length === 0 && /\p{Ll}{3}ed$/u.test(word));
}

/**
 * "… many existing houses have been bulldozed. is one of the oldest settlements …": a full stop after a word that
 * is no abbreviation ("Sec. Def. does", "Greenwich, Conn. raised" go on one sentence), then a verb with no subject
 * (`verbOpens`): the copy cut out the subject, a link's name.
 */
export function subjectCut(sentence: string): boolean {
	if (!sentence.includes('. ')) return false;
	for (const m of sentence.matchAll(/(?<![\p{L}.])(\p{L}{2,})\.[ \t]+(?=\p{Ll})/gu)) {
		const word = m[1]!;
		if (ABBREVIATIONS.has(word.toLowerCase()) || lexiconTags(word).includes('Abbreviation')) continue;
		if (verbOpens(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
	}
	return false;
}

const AFTER_WORD_OR_BRACKET = /[\p{L}\p{N})\]”’"']/u;

const DETERMINERS = /(?:^|\s)(?:a|an|the|some|his|her|its|their|our|my|your|this|that|these|those)\s+$/i;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A city, country or region by compromise's lexicon ("kyiv", "ohio"). Its wider "Place" holds airport codes and
 * continents, and "lax" among them is an adjective: "be silent or be lax" was made "be Lax".
 */
const isSettlement = (word: string) =>
	lexiconTags(word).some((t) => t === 'City' || t === 'Country' || t === 'Region');

/**
 * Spellings of one place or person, the current one first. An article that uses two of them ("Kyiv" and "Kiev")
 * would give one city two answers, so it shows the one it uses most (the current one on a tie). An article that
 * uses one spelling keeps it.
 */
const VARIANTS: string[][] = [
	['Kyiv', 'Kiev'],
	['Kharkiv', 'Kharkov'],
	['Odesa', 'Odessa'],
	['Lviv', 'Lvov'],
	['Luhansk', 'Lugansk'],
	['Mykolaiv', 'Nikolaev', 'Nikolayev'],
	['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
	['Chisinau', 'Kishinev'],
	['Beijing', 'Peking'],
	['Myanmar', 'Burma'],
	['Mumbai', 'Bombay'],
	['Zelensky', 'Zelenskyy', 'Zelenskiy'],
	['Qaddafi', 'Gaddafi', 'Kadhafi']
];

function unifySpellings(state: Cleaned): Cleaned {
	for (const forms of VARIANTS) {
		if (forms.filter((f) => state.text.includes(f)).length < 2) continue;
		const pattern = new RegExp(`(?<![\\p{L}-])(?:${forms.join('|')})(?![\\p{L}-])`, 'gu');
		const counts = forms.map(() => 0);
		for (const m of state.text.matchAll(pattern)) counts[forms.indexOf(m[0])]!++;
		if (counts.filter((n) => n > 0).length < 2) continue;
		const shown = forms[counts.indexOf(Math.max(...counts))]!;
		state = rewrite(state, pattern, () => shown);
	}
	return state;
}

/** Windows-1252's characters for the bytes 0x80–0x9F that Latin-1 leaves to control characters. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The byte a character stood for when UTF-8 was read as Latin-1 or Windows-1252, else -1. */
function byteOf(ch: string): number {
	const code = ch.charCodeAt(0);
	if (code < 0x100) return code;
	const high = CP1252_HIGH.indexOf(ch);
	return high < 0 ? -1 : 0x80 + high;
}

/**
 * Compatibility decomposition (NFKD, applied by some text pipelines after the damage) turns a few continuation
 * bytes' Latin-1 characters into plain letters or a space and an accent: "º" into "o", "¯" into " ̄". After a
 * lead byte nothing else could stand there, so they are read back.
 */
const DECOMPOSED: [string, number][] = [
	['o', 0xba],
	['a', 0xaa],
	['1', 0xb9],
	['2', 0xb2],
	['3', 0xb3],
	['\u03bc', 0xb5],
	[' \u0304', 0xaf],
	[' \u0301', 0xb4],
	[' \u0308', 0xa8],
	[' \u0327', 0xb8]
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What a repaired sequence may decode to: letters of the Latin, Greek and Cyrillic alphabets, the Latin-1 signs,
 * and typographic punctuation (curly quotes, dashes, the euro and trademark signs). Western text read with the
 * wrong code page decodes to these; anything else (a CJK ideograph) means the bytes were never UTF-8.
 */
const PLAUSIBLE = /^(?:[\u00a0-\u024f\u0370-\u04ff\u1e00-\u1eff\u2010-\u205f\u20ac\u2122])$/u;

/** Closing punctuation that genuinely follows a capital letter at a word's end ("CAFÉ’s", "JOSÉ—"). */
const CLOSING = '’”…–—';

/** One decoding pass: each lead byte with its continuation bytes becomes the character they encode. */
function decodeOnce(s: string): string {
	let out = '';
	let i = 0;
	while (i < s.length) {
		const lead = byteOf(s[i]!);
		const need =
			lead >= 0xc2 && lead <= 0xdf
				? 1
				: lead >= 0xe0 && lead <= 0xef
					? 2
					: lead >= 0xf0 && lead <= 0xf4
						? 3
						: 0;
		const latin1Lead = lead === 0xc2 || lead === 0xc3;
		const bytes = [lead];
		let j = i + 1;
		for (let k = 0; k < need && j <= s.length; k++) {
			const b = byteOf(s[j] ?? '');
			if (b >= 0x80 && b <= 0xbf) {
				bytes.push(b);
				j++;
				continue;
			}
			// A decomposed continuation is read back only after a lead that sits inside a word, as no real word has
			// "Ã" or "Â" after a small letter.
			const inWord = /[\p{Ll}\u0080-\u009f]/u.test(s[i - 1] ?? '');
			const back = latin1Lead && inWord ? DECOMPOSED.find(([form]) => s.startsWith(form, j)) : undefined;
			if (!back) break;
			bytes.push(back[1]);
			j += back[0].length;
		}
		const decoded = need > 0 && bytes.length === need + 1 ? tryDecode(bytes) : null;
		const capitalBeforeClosing =
			!latin1Lead &&
			need === 1 &&
			/\p{Lu}/u.test(s[i]!) &&
			CLOSING.includes(s[i + 1]!) &&
			!/\p{L}/u.test(s[j] ?? '');
		if (decoded !== null && PLAUSIBLE.test(decoded) && !capitalBeforeClosing) {
			out += decoded;
			i = j;
		} else {
			out += s[i];
			i++;
		}
	}
	return out;
}

function tryDecode(bytes: number[]): string | null {
	try {
		return utf8.decode(new Uint8Array(bytes));
	} catch {
		return null;
	}
}

/**
 * Text that was UTF-8 read as Latin-1 or Windows-1252, once or twice over ("JesÃºs", "JesÃƒÂºs" for "Jesús"),
 * decoded back. Only a sequence that is valid UTF-8 and decodes to a plausible character is touched, so genuine
 * accented text ("Jesús", "São Paulo") stays as it is.
 */
function repairWord(word: string): string {
	// Most words of an article with one accent hold none: they are passed over before any normalising.
	if (!/[\u00c2-\u00f4]|[\u0300-\u036f]/u.test(word)) return word;
	const composed = word.normalize('NFC');
	if (!/[\u00c2-\u00f4]/u.test(composed)) return word;
	let repaired = composed;
	// Text garbled twice needs two passes; a third undoes a triple garbling, never seen but as certain.
	for (let pass = 0; pass < 3; pass++) {
		const next = decodeOnce(repaired);
		if (next === repaired) break;
		repaired = next;
	}
	return repaired === composed ? word : repaired;
}

/** A character the test below needs either way: a plain class rules out a long text with none far sooner. */
const MOJIBAKE_CHAR = /[\u00c2-\u00f4]|[\u0300-\u036f]/;

function repairMojibake(state: Cleaned): Cleaned {
	if (!MOJIBAKE_CHAR.test(state.text) || !/[\u00c2-\u00f4]|\p{L}[\u0300-\u036f]/u.test(state.text))
		return state;
	// A word, with any space-and-accent that compatibility decomposition left inside it ("naÃ ̄ve").
	return rewrite(state, /\S+(?: [\u0300-\u036f]\S*)*/u, (m) => repairWord(m[0]));
}

/**
 * A Wingdings bullet pasted as plain text becomes the letter its code stands for ("l" for a round bullet, "n" a
 * square, "q" a hollow square, "ü" a tick, "Ø" an arrow, "§" a small square). A lone such letter opening a
 * paragraph, a space, then a capitalised sentence is no English word: it is dropped.
 */
const WINGDINGS_BULLET = /^[lnqüØ§] (?=\p{Lu}\p{Ll}*,? \p{L})/mu;

/**
 * A tag a feed or a copy from a web page left in the text ("<tweet id=’…’ author=’…’>", "</a>", "<br/>"): markup,
 * no words of the report, shown to a student in a prompt as it stands.
 */
const MARKUP_TAG =
	/<\/?(?:a|p|br|hr|div|span|b|i|u|em|strong|img|iframe|blockquote|figure|figcaption|script|style|tweet|video|embed|h[1-6]|ul|ol|li|noinclude|includeonly|onlyinclude|nowiki|ref|references)\b[^<>\n]{0,400}>/i;
/**
 * A wiki footnote with its citation ("states <ref>{{cite web|…}}</ref> that “…”"): the source's details, never
 * read on the page in the sentence. Left in, the tags stood between a subject and its verb of speech and the quote
 * lost its speaker ("A fact sheet from the CRA <ref> </ref> states that “…”").
 */
const WIKI_REF = /[ \t]*<ref\b[^<>\n]{0,200}>[^<]{0,2000}?<\/ref>|[ \t]*<ref\b[^<>\n]{0,200}\/>/i;

/**
 * A wiki external link whose label names someone or something ("[https://bostonglobe.com/… Helen Donovan] called the
 * incident …"): the page shows only the label. Left in, the address stood where the name should be, and the name
 * that opens the sentence was never read as the subject of its verb of speech. A label in lower case or in marks is
 * words of a sentence the link cut up ("the daily ' [… expressed in an editorial its support]"), and a link opening
 * a list item is a source list's entry ("* [… Pentagon Video Released on May 16, 2006] JudicialWatch.org"): left
 * linked, neither becomes a prompt.
 */
const WIKI_LINK = /(?<!\*[ \t]*)\[https?:\/\/[^\s\]]+ +(?=[\p{Lu}\d][^\][\n]{0,119}\])/u;
const LINK_MARK = '\ue000';

/** Cuts a link's address and its closing bracket apart, so every letter of the label keeps its own origin. */
function unlink(state: Cleaned): Cleaned {
	state = rewrite(state, WIKI_LINK, () => LINK_MARK);
	state = rewrite(state, new RegExp(`(?<=${LINK_MARK}[^\\]\\[\\n]{1,120})\\]`), () => '');
	return rewrite(state, new RegExp(LINK_MARK), () => '');
}

/**
 * A wiki element whose content is no prose: a list the page builds ("<DynamicPageList> category=published …") or a
 * preformatted table ("<pre> As of Wed Nov 8 … U.S. Senate Party …"). Left in, its words ran into the sentence
 * before it as one prompt.
 */
const WIKI_BLOCK = /<(DynamicPageList|pre)\b[^<>]{0,200}>[^]{0,4000}?<\/\1>/i;
/**
 * A wiki table ("{| border=2 … |- | Jo Roe || Democrat || 52.8% |}"): rows of cells, no sentence. Left in, a
 * results table became a figure prompt of cells and pipes, and a footnote cell ("To be elected on …") a question
 * with the table's context cut away.
 */
const WIKI_TABLE = /\{\|[^]{0,30000}?\|\}/;
/**
 * A wiki table's opening, its style and the pipe of its first cell, whose closing "|}" the copy lost ("{|
 * Style="border:1px solid; margin: 0 auto;" | This article's contributor …"): markup, whose "0" was asked as a figure.
 */
const UNCLOSED_TABLE_OPENING = /\{\|[^|\n{}]{0,300}\|/;

/**
 * Wiki source pasted as text. A comment is never shown on the page, so its words are no part of the report; a
 * "== Heading ==" is the page's outline, not a sentence, and left in it ran into the next sentence's prompt
 * ("2006 Israel-Lebanon conflict == At _____ …") or joined two paragraphs' sentences into one true-or-false.
 */
const HTML_COMMENT = /<!--[^]{0,2000}?-->/;
const WIKI_HEADING = /[ \t]*(?<!\S)(={2,6}) ?[^=\n]{1,100}? ?\1(?!\S)[ \t]*/;
/**
 * A wiki page's list of links under "== See also ==", "== Related news ==", "== External links ==" or "== Sources
 * ==", up to the next heading: other reports' headlines, each with the day it ran, none of them this report's
 * sentences. Its heading cut, each headline read as a sentence of the story: "Colombia releases official notice in
 * response to Venezuela _____." asked a link's date, "… inquiry to … take place in _____" asked again a figure the
 * story had told.
 */
const LINK_LIST_SECTION =
	/(?<!\S)(={2,6}) ?(?:See also|Related [\p{L} ]{1,20}?|External (?:links?|pages?)|References|Sources|Previous related news) ?\1(?!\S)[^]*?(?=(?<!\S)={2,6} ?[^=\n]{1,100}? ?={2,6}(?!\S)|$)/iu;
/**
 * A wiki page's magic word ("__NOTOC__", "__TOC__") or a comment's mark whose partner the copy lost ("… along with
 * Poland. <!-- == Russian fighter …"), left mid-text after the tags around it were cut: never shown on the page.
 * Left in, "May 10, 2005 __NOTOC__ With a less than …" was a prompt. What stood on either side are blocks apart.
 */
const MAGIC_WORD = /[ \t]*(?:__[A-Z]{3,20}__|<!--|-->)[ \t]*/;
/**
 * A wiki line opened by colons (an indented block) or by "#" after them (a numbered item), run on to the line
 * before: "… terminated with immediate effect:: "The administration …", "How did you two meet? thumb::Isabel: We
 * met …", "the three most important issues are::# The $10/hr living wage:# The availability of …". "::" or ":#"
 * was shown to a student in prompts. After a word the first colon is the sentence's own, leading into the block
 * ("effect: "The administration …"); after a sentence's end, or an image's layout word left from its cut link
 * ("thumb"), the marks go and the block runs on as the copy had it. Each numbered item is a paragraph of its
 * own.
 */
const WIKI_INDENT = /(?<=\S)(?:[ \t]+(?:thumb|thumbnail|upright|frameless)(?=:))?(:+)(#*)[ \t]*(?=\S)/;
/**
 * One colon opening a line after a question: a transcript's answer under it ("Why did you choose to run in this
 * constituency?: I believe that …"), a paragraph of its own as the page shows it, so the answer is read with its
 * question. After a sentence's end one colon opens the block's next line ("… www.protect-kids.org.: Every child
 * …"); after a capital or a lone letter, a period ends an abbreviation ("Washington D.C.: A …"), and after a
 * quote's closing mark the colon leads to its speaker ("… for more time.": Carlos Gaviria Díaz, …").
 */
const QUESTION_BEFORE = /\?$/;
/**
 * A transcript's turn label after the marks ("?:BP: OK, so …", "… high school.::Isabel: We met …"): the marks are
 * left as the copy had them. Run on to the label, a turn read as a labelled paragraph gave the speaker every quote
 * the turn cites ("“Giving money and power to government is like giving whiskey …” - P.J. O'Rourke" went to the
 * candidate quoting it), and "I'm Isabel" became a person.
 */
const TURN_LABEL = new RegExp(`^${TURN_LABEL_SOURCE}`, 'u');
const SENTENCE_BEFORE = /(?:\p{Ll}{2}|\d)[.!]$/u;
function unindent(m: RegExpExecArray, text: string): string {
	const [whole, colons = '', items = ''] = m as unknown as [string, string, string];
	const before = text.slice(Math.max(0, m.index - 4), m.index);
	const next = text.charAt(m.index + whole.length);
	if (items !== '') return colons.length > 1 ? ':\n\n' : '\n\n';
	if (TURN_LABEL.test(text.slice(m.index + whole.length, m.index + whole.length + 60))) return whole;
	if (colons.length < 2) {
		if (!/[\p{Lu}"“]/u.test(next)) return whole;
		return QUESTION_BEFORE.test(before) ? '\n\n' : SENTENCE_BEFORE.test(before) ? ' ' : whole;
	}
	// "std::vector": a programming language's, not the wiki's.
	if (/:$/.test(whole) && /\p{Ll}/u.test(next)) return whole;
	return /^[ \t]/.test(whole) || /[.!?\]][”"’']?$/.test(before) ? ' ' : ': ';
}

/**
 * An infobox's template name left as text where the box stood ("United States infobox", "Science and technology
 * infobox", "Template:Middle East infobox", "Saddam Hussein Infobox"): a caption of the page, no words of the report. Left in, it opened the
 * next sentence ("United States infobox The accusation centers …"), and a prompt showed it or a name ran into it.
 * Its words come after a paragraph's start or a sentence's end, hold no sentence end and no determiner ("Its infobox
 * lists …" is a sentence), and the next sentence starts right after it. A page's name may be joined to it by
 * underscores, as in a link ("G8_Summit_July_2005_Infobox British Prime Minister Tony Blair announced": the name
 * had taken "Infobox British Prime Minister" as his role).
 */
const WIKI_INFOBOX =
	/(?:^|(?<=[.!?"”’)]|\n))[ \t]*(?:Template:)?(?:(?:(?!(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ee]ach|[Ee]very|[Nn]o)\s)[^\s.!?]+[ \t]+){1,5}?|[^\s.!?]+_)[Ii]nfobox[ \t]+(?=[\p{Lu}\d"“])/mu;

const INFOBOX_WORD = /[Ii]nfobox/;

/**
 * A wiki link's or template's closing brackets whose opening ones the copy cut away: "… outside the Washington
 * Hilton Hotel.]] The US Secret Service …", "* }} Global chemical manufacturer …", "… to fall. }} A combination
 * …". Opening the text under its headline, the words before "]]" are the end of an image's caption, which no
 * sentence of the report holds, and they ran into the lead's prompt. Anywhere else the words before the marks are
 * the report's and stay; the marks, with the asterisks and table bars run on to them, end a box whose words were
 * dropped, so the paragraph breaks there. A link template's shown words stay ("the PPw|US Geological Service}},"
 * reads "the US Geological Service,").
 */
const CUT_CAPTION = /^[^\n]*\n\s*[^\n[]*?\]\][ \t]*/;
/**
 * A Wikinews page's review state left as text where its template stood ("publish Archive-unreviewed Speaker Nancy
 * Pelosi said …", "… French citizenship. publish Archive-unreviewed"): words of the page, not of the report. Left
 * in, they opened the lead's prompt ("Archive-unreviewed Presidential candidate Aleksandr Kozulin …"). "publish"
 * alone ends a paragraph only as that template ("… for Oct. 19, 2009. publish", "… allies for twenty-six years
 * publish"): as a verb it has an object or a full stop; left in, it ended a true-or-false.
 */
const REVIEW_STATE =
	/(?:(?<!\S)publish[ \t]+)?(?<![\p{L}-])Archive-unreviewed(?![\p{L}-])[ \t]*|[ \t]*(?<!\S)publish(?:[ \t]+=+)?[ \t]*(?=\n|$|=)/u;
/**
 * "… control of the House. =", "… the global economy." =": a heading's marks left at a paragraph's end after its
 * words were lost. Left in, a prompt ended on "=".
 */
const LOST_HEADING = /(?<=[.!?"”’')\]])[ \t]+=+[ \t]*(?=\n|$)/u;
/**
 * "Prime Minster Stephen Harper", "The Prime Minster said": a minister's title typed with its "i" dropped. Read as
 * written, "Minster" was no title: the people table took "Minster Stephen Harper" for a name and "Prime Minster" for a
 * person, and a post "of Lebanon" after it lost its holder. Only after a word that opens a minister's title, so
 * "York Minster", a church, stays.
 */
const MISSPELT_MINISTER =
	/(?<=(?<![\p{L}-])(?:[Pp]rime|[Ff]oreign|[Ff]inance|[Dd]efen[cs]e|[Ii]nterior|[Hh]ome|[Dd]eputy|[Cc]hief)[ \t]+)([Mm])inster(?![\p{L}-])/u;
/** A name's lowercase particle ("de Villepin", "van Gogh", "bin Laden"): the one lowercase word a sentence opens on. */
export const NAME_PARTICLE = '(?:de|del|della|van|von|der|den|al|el|bin|ibn|da|di|du|la|le|dos|das)';

/**
 * "the Australia n government", "Israel i troops", "the Iran ian President": a wiki link to a place with the demonym's
 * ending typed after it ("[[Australia]]n") loses the join when the link is flattened, and a role or a prompt read
 * "Colombia n defense minister". The two are one word when the lexicon knows them joined as a demonym. "an" is also
 * the article, so it joins only before a word it could not stand before ("gave Europe an edge", "an MP" stay).
 */
const SPLIT_DEMONYM = /(?<![\p{L}-])(\p{Lu}\p{Ll}+) (n|an|ian|i|ese|ns|ans|ians)(?= (\S+))/u;
function demonym(m: RegExpExecArray): string {
	const [whole, place, ending, next] = m as unknown as [string, string, string, string];
	if (ending === 'an' && !/^[b-df-gj-np-tv-z]/i.test(next)) return whole;
	if (ending === 'an' && /^\p{Lu}{2}/u.test(next)) return whole;
	return lexiconTags(place + ending).includes('Demonym') ? place + ending : whole;
}

/**
 * "Chicago -based Boeing", "cluster bomb s", "NGO s": a wiki link with a suffix typed after it ("[[Chicago]]-based",
 * "[[cluster bomb]]s") keeps a space where the link closed when the page is flattened. A hyphen with a space before
 * it and a compound's adjective right after it ("-based", "-led", "-speaking", "-born", "-style"; not "HIV -over 50
 * died", a dash) is such a suffix, and so is a lone "s" after a lowercase word or an acronym (a plural); both join
 * the word before. A capitalised word's "s" may be a possessive that lost its apostrophe ("The Guardian s website"),
 * and stays; so does "a -based charity", whose link took the name with it.
 */
// Both ways open on the space: looked for first, it spares the lookbehinds at every other character of the page
// (a 100 KB paste's pass took 15 ms, 3 ms so).
const SPLIT_SUFFIX =
	/(?=[ \t])(?:(?<=[\p{L}\d)])(?<!(?<![\p{L}'’-])(?:[Aa]n?|[Tt]he|and|or|of|in|on|at|to|for|by|with|from))[ \t]+(?=-(?:\p{Ll}+(?:ed|ing)|born|run|made|wide|style|like|free|era|class|language|only)(?![\p{L}-]))|(?<=(?<![\p{L}'’-])(?:\p{Ll}{2,}|\p{Lu}{2,}))[ \t]+(?=s(?![\p{L}\d'’-])))/u;

/**
 * A wiki page's magic word, section heading or markup tags ("__NOTOC__", "== Talks resume ==", "<noinclude>",
 * "<p></p>", an editor's "<!-- … -->"), copied with its text, one or several in a row.
 */
const PAGE_MARKUP =
	/^(?:(?:__[A-Z]+__|={2,}[^=\n]+={2,}|<!--[\s\S]*?-->|<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>)\s*)+/i;

/**
 * A word no subject runs on into: a capitalised article, preposition or sentence adverb opens a sentence of its
 * own ("USA The union …", "Iraq On Wednesday …", "Lebanon Over thirty people …", "Nepal The, elected …" where a
 * link's words were lost). "Today" and a weekday open one only with their comma, "USA Today reported" being a name
 * ("Monday, police said …", "Today, the U.K. …").
 */
const SENTENCE_OPENER =
	/^(?:(?:The|A|An|In|On|At|During|Since|According|It|Its|Recently|Last|Early|Earlier|Yesterday|This|These|Over|Some|Many|Several|More|Almost|Nearly|Although|After|Former)[\s,]|Today,|As of\s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)/u;

/**
 * A label's words: capitalised, a year or a code ("APEC2005"), "and" between two topics ("Economy and business"),
 * "news" after a place ("Australian news") or a topic's noun ("2008-09 financial crisis", "Iraq war"). A function
 * word or a verb belongs to a sentence: "Reporters for The Herald said …", "Police arrested A…" keep their subject.
 */
const CLAUSE_WORDS =
	'(?:a|an|the|of|in|on|at|to|for|from|by|with|about|as|into|over|under|after|before|during|since|until|than|across|against|among|between|near|through|that|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|you|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|do|does|did|not|no|or|but|if|when|while|which|who|whom|whose|what|where|why|how|said|says|say|told|tells|asked|asks|adds|wrote|writes|reports|announces|calls|urges|warns)';
const LABEL_WORD = `(?:[\\p{Lu}\\d][\\p{L}\\d'’./-]*|and \\p{Ll}+|(?!${CLAUSE_WORDS}\\b)\\p{Ll}{2,}(?<!ed))`;
const LABEL_WORDS = new RegExp(`^${LABEL_WORD}(?: ${LABEL_WORD}){0,5} `, 'u');
/** A label's last word that a capital may follow with no opener: "Economy and business Sales …", "Maritime news Harwick …". */
const TOPIC_END = /(?:^| )(?:news|and \p{Ll}+) $/u;

/**
 * "2008 US Presidential Election Barack Obama, the junior senator …", "2006 Israel-Lebanon conflict Seven Canadians
 * were killed …", "2007 Iranian seizure of Royal Navy personnel Iran state television …" (the event's noun and
 * what it was of, no function word among them): a wiki category naming a year's event opens the text. A sentence names such an event after an
 * article or a preposition ("The 2008 election", "In the 2008 election"), so a year, a few words and the event's
 * noun, then a capital, are a label even when no opener follows to show where it ends.
 */
/** The clause words capitalised too, as a sentence opens on them ("The", "In"). */
const ANY_CASE_CLAUSE_WORDS = CLAUSE_WORDS.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const YEAR_LABEL = new RegExp(
	String.raw`^(?:19|20)\d\d(?:[-–]\d{2,4})? (?:[\p{L}&'’.-]+ ){0,4}?(?:[Ee]lections?|[Cc]onflict|[Cc]risis|[Ww]ar|[Bb]ombings?|[Aa]ttacks?|[Ss]eizure|[Ss]ummit|[Gg]ames|[Oo]lympics|[Cc]up|[Cc]hampionships?|[Cc]onference)(?: of(?: (?!${ANY_CASE_CLAUSE_WORDS}\b)[\p{L}&'’.-]+){1,4})? (?=[\p{Lu}\d])`,
	'u'
);

/**
 * "Iraq war United States forces in Iraq have …", "Israel/Palestine conflict Israel launched …": a category naming a
 * place's war, conflict or crisis, with no year, set before the text. A sentence does not run a place's war on into a
 * capital ("Iraq war veterans say …" goes on in lower case).
 */
const EVENT_LABEL = /^(?:\p{Lu}[\p{L}/'’.-]*\s+){1,3}(?:war|conflict|crisis)\s+(?=\p{Lu})/u;
/**
 * "Australian industrial relations legislation, 2005 Kim Beazley leader of …": a series' box title, its topic and
 * year set off by a comma, before the text. No sentence runs a topic, a comma and a bare year on into a capital; left
 * in, a prompt opened on it and a question blanked the series' year.
 */
const SERIES_LABEL = new RegExp(
	`^(?=\\p{Lu})${LABEL_WORD}(?: ${LABEL_WORD}){0,5}, (?:19|20)\\d\\d (?=\\p{Lu})`,
	'u'
);
/** "APEC2005 20,000 labour activists …", "SemiconTaiwan2007 Semicon Taiwan …": an event's page code, a year glued on. */
const CODE_LABEL = /^\p{Lu}\p{L}+(?:19|20)\d\d\s+(?=[\p{Lu}\d])/u;

/**
 * Lowercase wiki words set before the text: an image's place ("right", "thumb"), a review state ("publish"), a
 * lowercased category ("disasters and accidents"). A sentence opens with a capital; a name's particle ("de
 * Villepin") is the one lowercase word that opens one. A lead lowercased by a translation tool ("valerie hopkins
 * reported from Moscow") runs on into a verb or a function word, which no wiki word is.
 */
const WIKI_WORD = String.raw`(?!(?!and\b)${CLAUSE_WORDS}\b)\p{Ll}+(?<!ed)`;
const LOWERCASE_LEAD = new RegExp(
	String.raw`^(?!${NAME_PARTICLE}\s)${WIKI_WORD}(?:[ -]${WIKI_WORD}){0,3}\s+(?=\p{Lu})`,
	'u'
);

/**
 * "USA The Service Union was trying …", "Economy and business Sales of homes fell …", "__NOTOC__ Low-cost …",
 * "China China's spending …", "April 5, 2005 A bombing …": a wiki page's category label, magic word or heading,
 * or the day the story was filed, opens the text's first sentence but is no part of what it says, so a question
 * shows the sentence after it. A label is told from a subject by the word after it (`SENTENCE_OPENER`) or by its
 * own words said again, as the sentence's subject. Returns how many characters to cut (0: none).
 */
export function pageLabel(sentence: string): number {
	// "publish Archive-unreviewed The …", "Australian news Cole Inquiry The …": labels stack, one after another.
	let cut = 0;
	for (
		let step = labelOnce(sentence);
		step > 0 && cut < sentence.length;
		step = labelOnce(sentence.slice(cut))
	) {
		cut += step;
		if (NEWS_LABEL.test(sentence.slice(0, cut))) cut += topicAfterNews(sentence.slice(cut));
	}
	return cut;
}

/** A page's place label: "Australian news ", "Canadian news ". */
const NEWS_LABEL = /(?:^|\s)news\s+$/u;
/**
 * "Australian news Australian nuclear debate Australia's justice minister, Chris Ellison …": under a place's news
 * label, a topic label (capitals, then lowercase topic words, before a capital) may stack, though no opener follows
 * it. A role word among them ("Australian Democrats founder Don Chipp") makes them the subject's own.
 */
function topicAfterNews(rest: string): number {
	const topic = NEWS_TOPIC.exec(rest)?.[0];
	if (!topic || SENTENCE_OPENER.test(topic)) return 0;
	const words = topic.trim().split(/\s+/);
	return words.some((w) => isRoleWord(w) || isOrganisationWord(w)) ? 0 : topic.length;
}
/** A topic's words: one or two capitalised, one or two lower-case nouns (no function word, verb or stray letter). */
const NEWS_TOPIC = new RegExp(
	String.raw`^(?:\p{Lu}[\p{L}-]*(?<!ing)\s+){1,2}(?:(?!${CLAUSE_WORDS}\b)\p{Ll}{4,}(?<!ed|ing)\s+){1,2}(?=\p{Lu})`,
	'u'
);

/**
 * The lead, the paragraph under the headline, is where a page sets its label ("Ireland Aer Lingus, an Irish airline,
 * has announced …", "UK British Prime Minister Gordon Brown said …"). Cut from the text, it is read as part of no
 * subject, role or prompt. Only the lead's first sentence is judged, so a place named again in a later one does not
 * count as named in its subject.
 */
function withoutPageLabel(state: Cleaned): Cleaned {
	const headline = /^[^\n]*\n\s*/.exec(state.text);
	if (!headline) return state;
	const edits: Edit[] = [];
	// "</small>" on a line of its own, then the lead: markup alone is cut, and the label is sought on the next line.
	for (let at = headline[0].length; edits.length < LEAD_LINES;) {
		const lead = /^[^\n]*/.exec(state.text.slice(at, at + LEAD_CHARS))![0];
		const end = /(?<=\p{Ll}{2}[.!?]["”’]?)\s/u.exec(lead)?.index ?? lead.length;
		const length = pageLabel(lead.slice(0, end));
		if (length === 0) break;
		if (length < lead.trimEnd().length) {
			edits.push({ at, length, by: '' });
			break;
		}
		const next = at + length + (/^\s*/.exec(state.text.slice(at + length))?.[0].length ?? 0);
		edits.push({ at, length: next - at, by: '' });
		at = next;
	}
	return edit(state, edits);
}
/** The most lines of markup alone read before the lead. */
const LEAD_LINES = 3;
/** The most of a lead judged for a label: its first sentence is read in this much. */
const LEAD_CHARS = 2000;

function labelOnce(sentence: string): number {
	const markup = PAGE_MARKUP.exec(sentence)?.[0].length ?? 0;
	// "<p>Internet </p><p></p><p>Yahoo announced …": a label set in tags of its own ends where the tags do.
	const tagged = markup > 0 ? /^[\p{L}\d ]{1,40}(?=<)/u.exec(sentence.slice(markup))?.[0].length : undefined;
	const closing = tagged ? (PAGE_MARKUP.exec(sentence.slice(markup + tagged))?.[0].length ?? 0) : 0;
	if (tagged && closing) return markup + tagged + closing;
	const rest = sentence.slice(markup);
	// "April 5, 2005 A suicide bombing struck …": the day the story was filed, set before its first sentence.
	const filed = /^['‘]?\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4},? ?['’]?\s+(?=\p{Lu})/u.exec(rest)?.[0].length;
	if (filed) return markup + filed;
	const wiki =
		LOWERCASE_LEAD.exec(rest)?.[0].length ??
		YEAR_LABEL.exec(rest)?.[0].length ??
		EVENT_LABEL.exec(rest)?.[0].length ??
		CODE_LABEL.exec(rest)?.[0].length ??
		(SENTENCE_OPENER.test(rest) ? undefined : SERIES_LABEL.exec(rest)?.[0].length);
	if (wiki) return markup + wiki;
	const label = SENTENCE_OPENER.test(rest) ? undefined : LABEL_WORDS.exec(rest)?.[0];
	if (label !== undefined) {
		// The shortest run of label words before an opener: "Economy and business The US House …".
		for (let end = 0; end <= label.length; end = label.indexOf(' ', end) + 1) {
			// "Economy and business Sales fell …", "Maritime news Harwick council …": a lowercase topic word then a
			// capital is no phrase of a sentence either.
			// "John A Smith said …": "A" after a first name is an initial, no article.
			const initial =
				/^A\s/.test(rest.slice(end)) && isFirstName(label.slice(0, end).trim().split(' ').at(-1)!);
			const opens =
				(SENTENCE_OPENER.test(rest.slice(end)) && !initial) ||
				(TOPIC_END.test(label.slice(0, end)) && /^\p{Lu}/u.test(rest.slice(end)));
			if (end > 0 && opens) return markup + end;
			if (label.indexOf(' ', end) < 0) break;
		}
	}
	const repeated = REPEATED_LABEL.exec(rest);
	const topicWords = repeated?.[2]?.split(' ').filter(Boolean) ?? [];
	const labelled = repeated && !topicWords.some(isFiniteForm) ? repeated[0].length : undefined;
	return markup + (labelled ?? (topicLabel(rest) || placeLabel(rest)));
}

/**
 * "China China's spending …", "North Korea nuclear program North Korea has agreed …", "United States infobox United
 * States President …": a name, perhaps a topic's or a layout's lowercase words, then the same name as the
 * sentence's subject. A sentence does not name its subject twice so; a verb among the lowercase words ("Texas voters
 * gave Texas …") makes them a sentence's.
 */
const REPEATED_LABEL = new RegExp(
	String.raw`^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}) ((?:${WIKI_WORD} ){0,3})(?=\1(?![\p{L}-]))`,
	'u'
);

/**
 * One of Wikinews's topic categories, as a page sets it before its text ("Internet", "Aviation"), then a
 * company's or a website's name ("Internet Google announced …", "Aviation Boeing's newest aircraft …", "Internet
 * Zappos.com, one of …") or a count ("Aviation Three years after …"): no sentence opens on the topic before them. A name the lexicon does not know as a
 * company may be the topic's own ("Internet Explorer", "Health Canada", "Sports Illustrated"), so it stays.
 */
const TOPIC_LABEL = new RegExp(
	String.raw`^(?:${WIKINEWS_TOPICS.join('|')}) (?=([\p{L}\d.&-]+?)(?:['’]s)?[\s,])`,
	'u'
);
function topicLabel(sentence: string): number {
	const m = TOPIC_LABEL.exec(sentence);
	if (!m) return 0;
	// "Aviation Indonesian state-owned carrier Garuda …": a people's adjective opens the subject, as under a place.
	const people = lexiconTags(m[1]!).includes('Demonym');
	return people || namesCompany(m[1]!) || Object.hasOwn(NUMBER_WORDS, m[1]!.toLowerCase()) ? m[0].length : 0;
}

/**
 * "United Kingdom Nick Clegg has come first …", "Iraq Iraqi officials say …", "Pakistan Officials in Pakistan have
 * confirmed …": a country's name set before the sentence as its category. A sentence joins a country to a person
 * by "'s" or a post ("Britain's Nick Clegg", "Pakistan President Pervez Musharraf"), not by a bare first name; it
 * says "Iraqi officials", not "Iraq Iraqi officials"; and a subject of its own followed by "in Pakistan" shows the
 * name in front was no part of it. Returns how many characters to cut (0: none).
 */
function placeLabel(sentence: string): number {
	const words = /^((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,3}) (\p{Lu}[\p{L}'’-]*)(?: (\S+))?/u.exec(
		sentence
	);
	if (!words) return 0;
	const run = words[1]!.split(' ');
	for (let n = 1; n <= run.length; n++) {
		const place = run.slice(0, n).join(' ');
		if (!isPlaceWord(place)) continue;
		const next = n < run.length ? run[n]! : words[2]!;
		const after = n + 1 < run.length ? run[n + 1]! : n + 1 === run.length ? words[2]! : (words[3] ?? '');
		const cut = place.length + 1;
		const last = run[n - 1]!;
		if (isFirstName(next) && !isRoleWord(next) && /^\p{Lu}/u.test(after)) return cut;
		// "Fiji Six men were charged …", "New Zealand Two New Zealand men …": a count opens the sentence after it.
		if (Object.hasOwn(NUMBER_WORDS, next.toLowerCase())) return cut;
		// "India Marking the growing trend …", "Portugal Having resisted …": a participle's clause opens the sentence,
		// and no name runs a place on into one.
		if (lexiconTags(next).includes('Gerund') && /^\p{Ll}/u.test(after)) return cut;
		if (next.length > last.length && next.startsWith(last)) return cut;
		// "UK British Prime Minister Gordon Brown said …": a people's adjective is no part of a country's name.
		const demonym = lexiconTags(next).includes('Demonym') || /^\p{Lu}\p{Ll}+(?:ish|ese)$/u.test(next);
		if (demonym && /^\p{Lu}/u.test(after)) return cut;
		const again = new RegExp(`\\b${escapeRegExp(place)}`, 'u').test(sentence.slice(cut + next.length));
		if (again && !isRoleWord(next) && /^(?:in|of|at|from|on|for|to)$/.test(after)) return cut;
		if (/^\p{Lu}/u.test(next) && namedAgainInSubject(sentence.slice(cut), place)) return cut;
		if (!isPlaceWord(`${place} ${next}`) && apposedName(sentence.slice(cut), place)) return cut;
	}
	return 0;
}

/**
 * "Ireland Aer Lingus, an Irish airline, has …", "Guatemala Vinicio Gómez, the Guatemalan Interior Minister …": a
 * name of two words or more, then an appositive calling it by the place's people, opens the sentence after the place.
 * A sentence that names a place's people so does not set the place before the name as well; a name of the place's
 * own ("Hong Kong Disneyland Resort, the city's park", "Texas Instruments, a chipmaker") is not told so.
 */
function apposedName(rest: string, place: string): boolean {
	const m = APPOSED_NAME.exec(rest);
	if (!m || m[1]!.split(' ').some((w) => isRoleWord(w) || isOrganisationWord(w))) return false;
	const stem = place.slice(0, 2);
	return m[2]!
		.split(' ')
		.some((w) => w.startsWith(stem) && (lexiconTags(w).includes('Demonym') || /^\p{Lu}\p{Ll}+ish$/u.test(w)));
}
const APPOSED_NAME = new RegExp(
	String.raw`^(\p{Lu}[\p{L}'’.-]*(?: (?:${NAME_PARTICLE}|\p{Lu}[\p{L}'’.-]*)){1,3}), (?:a|an|the) ([^,]*)`,
	'u'
);

/** The most words a subject runs before it names the label's place again (`namedAgainInSubject`). */
const SUBJECT_WORDS = 14;
const VERB_TAGS = new Set([
	'Verb',
	'PastTense',
	'PresentTense',
	'Infinitive',
	'Copula',
	'Modal',
	'Auxiliary',
	'Gerund'
]);

/**
 * "Pakistan President Pervez Musharraf of Pakistan gave up …", "Israel Ehud Olmert, the current Prime Minister of
 * Israel, has said …", "Guatemala Vinicio Gómez, the Guatemala n Interior Minister, …": the subject names the place
 * again before its verb, which no subject does of a place it opens with, so the first is the page's category. A
 * place named again after the verb ("Pakistan President Ali Khan said Pakistan …", "Singapore Airlines flew boats
 * to Singapore") is the sentence's own.
 */
function namedAgainInSubject(rest: string, place: string): boolean {
	const again = new RegExp(`(?<![\\p{L}-])${escapeRegExp(place)}(?![\\p{Ll}-])`, 'u').exec(rest);
	if (!again) return false;
	const between = rest
		.slice(0, again.index)
		.split(/\s+/)
		.filter((w) => w !== '');
	return (
		between.length > 0 &&
		between.length <= SUBJECT_WORDS &&
		!between.some((w) => {
			const word = w.replace(/[^\p{L}'’-]+/gu, '');
			return /^\p{Ll}/u.test(word) && (/ed$/.test(word) || lexiconTags(word).some((t) => VERB_TAGS.has(t)));
		})
	);
}

const CUT_TEMPLATE_LINK = /(?<![{\w])[^\s|{}]+\|([^|{}\n]{1,80})\}\}/;
const CUT_CLOSERS = /(?:[ \t]*(?:[*|]|\]\]|\}\}))*[ \t]*(?:\]\]|\}\})[ \t]*/;
function opened(m: RegExpExecArray, text: string): boolean {
	const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
	return before.includes('{{') || before.includes('[[');
}

/**
 * "=== President Thabo Mbeki of South Africa === “I am honoured …”": a heading that names someone, each word
 * capitalised but a name's joining words, set right before a quote is the speaker of the speech under it. Cut like
 * any heading, the quote lost its only speaker; kept as a label ("President Thabo Mbeki of South Africa:") it
 * hands the quote to them. A topic heading ("Alternative energy", "Reactions") is cut as before.
 */
const SPEAKER_HEADING =
	/^(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|de|del|da|di|van|von|der|al|el|bin)(?: (?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|de|del|da|di|van|von|der|al|el|bin)){1,9}$/u;
function headingLabel(m: RegExpExecArray, text: string): string {
	const title = m[0].trim().replace(/^=+ ?| ?=+$/g, '');
	const opensQuote = /^\s*["“]/.test(text.slice(m.index + m[0].length));
	const capitals = title.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length;
	return opensQuote && capitals >= 2 && SPEAKER_HEADING.test(title) ? `\n\n${title}:\n\n` : '\n\n';
}

/**
 * The links go with their heading; a heading over no words ("== Related news == * *") is left to be cut like any
 * heading, so a page whose list the copy lost reads as it did.
 */
function dropLinkList(m: RegExpExecArray, text: string): string {
	const links = m[0].replace(/^(={2,6})[^=]*\1/, '');
	if (!/\p{L}/u.test(links)) return m[0];
	return m.index + m[0].length === text.length ? '' : '\n\n';
}

/**
 * A list item's mark: one to three asterisks, a "#" for a numbered item, opening a line or set after a space, then
 * the item's first word with no space ("*Workers", "**not") or after a space a capital, a digit, a mark or a
 * bracket ("* A so-called …"), or a lowercase word after a full stop, semicolon or colon ("guards; * a two-word obscenity").
 * "Rated 5 * by guests" and "3 * 4" are no list.
 */
const BULLET =
	/(?:^|\n|[ \t]+)\*{1,3}#?(?:(?=[^\s*])|[ \t]+(?=[\p{Lu}\d"'“‘$£€[]))|(?<=[.;:])[ \t]+\*{1,3}[ \t]+(?=\p{Ll})/u;

/** A month's day written as an ordinal, at the end of the text before a period. */
const ORDINAL_DAY_BEFORE = new RegExp(
	`\\b(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS})\\.?)\\s+\\d{1,2}(?:st|nd|rd|th)$`
);

/** A span opened and closed by doubled apostrophes or backticks within one paragraph. */
const DOUBLED_MARKS = /(?:''|``)[^'`\n]+''/;

/**
 * Page furniture pasted with a story: a style sheet, a copyright line, a newsletter or sponsor box, a "Related:"
 * line, a correction note. Its numbers and dates are the page's, not the story's, so no fact is drawn from it.
 */
const FURNITURE =
	/\{[^{}]*:[^{}]*;[^{}]*\}|^\s*(?:Copyright\s*)?©|^\s*(?:Copyright|COPYRIGHT)\b|SIGN UP FOR|Sponsored Content|^\s*(?:Related|RELATED|Advertisement|ADVERTISEMENT|Correction|CORRECTION|Clarification|CLARIFICATION)\s*:|\bhas been (?:revised|updated|corrected) to (?:reflect|correct)\b/;
/**
 * A note about the page itself: "Editor's note: …", "This article has been updated.", "Follow Ann Doe on
 * Twitter", and a correction told without its label ("Because of an editing error, an article on Monday about
 * the dam misstated its height."), whose speaker, day and figures are the earlier article's, not the story's.
 */
const PAGE_NOTE =
	/^\s*[[(]?\s*editors?['’]?s?\s+note\s*[:—–]|^\s*this (?:article|story|post|report) (?:was|has been) (?:updated|corrected|amended|revised)\b|^\s*follow (?:\S+ ){1,5}on (?:twitter|facebook|instagram)\b|^\s*(?:because of an? [\p{L} ]{0,30}error,\s*)?(?:an?|the) (?:article|(?:picture |photo )?caption|headline|chart|graphic|map|obituary|review|earlier version of this (?:article|story|report))\b[^.]{0,300}?\b(?:misstated|misidentified|misspelled|misquoted|misattributed|referred incorrectly|incorrectly (?:stated|described|identified|referred|reported|said))\b/iu;
/**
 * "London Mayor Ken Livingstone to appeal over suspension, Wikinews, February 27, 2006": a related story's link, its
 * headline and the day it ran with no full stop, is another report, not this one's words; its day was asked as if
 * something happened on it. A day alone ("Friday, May 8, 2009") is the story's own date line.
 */
const RELATED_LINK =
	/(?:\S+\s+){2}\S+,\s*(?:Wiki[Nn]ews,?\s*)?(?:\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+,? \d{4})\s*$/u;
/**
 * A related link ends on a year: a sentence that does not is none, read without trying the link's three words at
 * every place in it (each sentence of a 100 KB paste, 12 ms so).
 */
const YEAR_END = /\d{4}$/;
export function isFurniture(sentence: string): boolean {
	return (
		FURNITURE.test(sentence) ||
		PAGE_NOTE.test(sentence) ||
		(YEAR_END.test(sentence.trimEnd()) && RELATED_LINK.test(sentence))
	);
}

const LOWER_CASE_LABEL = new RegExp(`^${LOWER_CASE_LABEL_SOURCE}`, 'u');

export function clean(raw: string): Cleaned {
	let state: Cleaned = { text: raw, origin: offsets(raw.length + 1) };
	state = repairMojibake(state);
	state = rewrite(state, /\r\n?|[\u00a0\t\u2000-\u200a\u202f]|[\ufeff\u200b-\u200d\u2060]/, (m) =>
		m[0].startsWith('\r') ? '\n' : /[\ufeff\u200b-\u200d\u2060]/.test(m[0]) ? '' : ' '
	);
	state = rewrite(state, WINGDINGS_BULLET, () => '');
	state = rewrite(state, WIKI_BLOCK, () => '\n\n');
	state = rewrite(state, WIKI_TABLE, () => '\n\n');
	state = rewrite(state, UNCLOSED_TABLE_OPENING, () => '');
	state = rewrite(state, WIKI_REF, () => '');
	state = rewrite(state, MARKUP_TAG, () => '');
	if (WIKI_LINK.test(state.text)) state = unlink(state);
	state = rewrite(state, HTML_COMMENT, () => '');
	state = rewrite(state, MAGIC_WORD, (m, text) =>
		m.index === 0 || text.charAt(m.index - 1) === '\n' ? '' : '\n\n'
	);
	state = rewrite(state, WIKI_INDENT, unindent);
	state = rewrite(state, LINK_LIST_SECTION, dropLinkList);
	state = rewrite(state, WIKI_HEADING, headingLabel);
	state = rewrite(state, REVIEW_STATE, () => '');
	state = rewrite(state, LOST_HEADING, () => '');
	state = rewrite(state, MISSPELT_MINISTER, (m) => `${m[1]}inister`);
	state = rewrite(state, CUT_CAPTION, (m) => m[0].replace(/[^\n]+$/, ''));
	state = rewrite(state, CUT_TEMPLATE_LINK, (m, text) => (opened(m, text) ? m[0] : m[1]!));
	state = rewrite(state, CUT_CLOSERS, (m, text) =>
		opened(m, text) ? m[0] : m.index === 0 || text.charAt(m.index - 1) === '\n' ? '' : '\n\n'
	);
	// Looked for only where the word is: tried at every sentence's end of a text without one, it cost a 100 KB
	// paste 7 ms.
	if (INFOBOX_WORD.test(state.text))
		state = rewrite(state, WIKI_INFOBOX, (m, text) =>
			m.index === 0 || text.charAt(m.index - 1) === '\n' ? '' : '\n\n'
		);
	state = rewrite(state, SPLIT_DEMONYM, demonym);
	state = rewrite(state, SPLIT_SUFFIX, () => '');
	// News archives and plain-text feeds write a double quotation mark as two apostrophes (''like this'') or, from
	// TeX, as two backticks and two apostrophes: read as marks they make the quote a reader sees.
	if (DOUBLED_MARKS.test(state.text)) state = rewrite(state, /''|``/, () => '"');
	// "… within 10 minutes of the collision. *": a footnote's asterisk left after a sentence by a page copied
	// with its notes marks nothing a reader is told, and a prompt ending in it reads as garbled.
	state = rewrite(state, /[ \t]+\*{1,3}(?=[ \t]*(?:\n|$))/, (m, text) =>
		/[.!?"”’)]/.test(text.charAt(m.index - 1)) ? '' : m[0]
	);
	// "… include: *421 billion dollars worth of iron; *274 billion …", "*Within NSW the highway …": a wiki list
	// flattened onto one line keeps its items' asterisks. Each item is a paragraph of its own: run together, the
	// list became one prompt of a dozen items, its stars shown.
	state = rewrite(state, BULLET, (m, text) =>
		m[0].startsWith('\n') || m.index === 0
			? m[0].replace(/[^\n]+$/, '')
			: /\d/.test(text.charAt(m.index - 1)) && /\d/.test(text.charAt(m.index + m[0].length))
				? m[0]
				: '\n\n'
	);
	state = rewrite(state, / +$/m, () => '');
	state = rewrite(state, /(?<=\S) {2,}/, () => ' ');
	state = rewrite(state, /\n{3,}/, () => '\n\n');
	state = withoutPageLabel(state);
	// Machine translation leaves stray periods: "at least. , against", "sought. .", "countries. from the West".
	// Each pattern starts with its period and checks the character before it itself: a look-behind would run at
	// every position of a long article.
	state = rewrite(state, /\.\s+(?=[,;:])/u, (m, text) =>
		AFTER_WORD_OR_BRACKET.test(text.charAt(m.index - 1)) ? '' : m[0]
	);
	state = rewrite(state, /\.[ \t]+\.(?![ \t]?\.)/u, (m, text) =>
		AFTER_WORD.test(text.charAt(m.index - 1)) ? '.' : m[0]
	);
	// A verb after the stop is no stray: the copy cut the next sentence's subject, and the stop stays to show it. Not
	// a verb of speech ("… pushed from Afghanistan. said of the capture: “…”"): the quote rules would read the word
	// before the stop, with it, as the speaker.
	state = rewrite(state, /\.[ \t]+(?=\p{Ll})/u, (m, text) => {
		if (!AFTER_WORD.test(text.charAt(m.index - 1))) return m[0];
		const before = /([\p{L}.]+)[”’"']?$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
		if (before.includes('.') || before.length < 2 || ABBREVIATIONS.has(before.toLowerCase())) return m[0];
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
		// "… the homelessness partnership. interview: Finally, …": a word and a colon are a label that opens the next
		// turn, no words cut from a sentence.
		if (LOWER_CASE_LABEL.test(after)) return m[0];
		return verbOpens(after) && !isFiniteCue(/^\p{Ll}+/u.exec(after)![0]) ? m[0] : ' ';
	});
	// "reported on October 14th. 2009 on …": a period slipped in for the comma between a month's day and its year
	// cut the date at the ordinal, and the day was then read in the article's own year.
	state = rewrite(state, /\.(?=[ \t]+(?:1[6-9]|20)\d\d\b)/, (m, text) =>
		ORDINAL_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? ',' : m[0]
	);
	// compromise's lexicon knows "kyiv" is a city: a lowercase place name in running text is a slip. The words
	// are looked up once each, and only the article's lowercase place names are then searched for.
	const places = new Set<string>();
	const looked = new Set<string>();
	for (const [word] of state.text.matchAll(/\p{Ll}{3,}/gu)) {
		if (looked.has(word)) continue;
		looked.add(word);
		if (isSettlement(word)) places.add(word);
	}
	if (places.size > 0) {
		const pattern = new RegExp(`(?<![\\p{L}'’.-])(?:${[...places].join('|')})(?![\\p{L}'’-])`, 'u');
		state = rewrite(state, pattern, (m, text) =>
			DETERMINERS.test(text.slice(Math.max(0, m.index - 12), m.index)) ? m[0] : capitalize(m[0])
		);
	}
	state = unifySpellings(state);
	// Reporters' names in the credits are often lowercased by translation tools.
	const parts: string[] = [];
	let last = 0;
	for (const paragraph of state.text.matchAll(/[^\n]+/g)) {
		if (!isCreditsParagraph(paragraph[0])) continue;
		for (const name of creditNames(paragraph[0], paragraph.index)) {
			// Same length as before: the offset map stays valid.
			const fixed = name.name.replace(
				/(^|[\s-])(\p{Ll})/gu,
				(_, sep: string, ch: string) => sep + ch.toUpperCase()
			);
			parts.push(state.text.slice(last, name.start), fixed);
			last = name.end;
		}
	}
	if (parts.length === 0) return state;
	parts.push(state.text.slice(last));
	return { text: parts.join(''), origin: state.origin };
}
