import { FINITE_SOURCE, endingIn } from './cues';
import { isCreditsParagraph } from './credits';
import { LOWER_CASE_LABEL_SOURCE, TURN_LABEL_SOURCE } from './interview';

/** Structurally the same as figures.ts's `SentenceSpan`: offsets into the display text, end exclusive. */
export interface SentenceSpan {
	start: number;
	end: number;
	paragraph: number;
}

export interface Paragraph {
	index: number;
	start: number;
	end: number;
	/** The reporting credits: shown, but never a source of facts. */
	credits: boolean;
}

export interface Segmented {
	paragraphs: Paragraph[];
	/** Sentences of content paragraphs only (credits excluded). */
	sentences: SentenceSpan[];
}

/**
 * Words after which a period does not end a sentence, even before a capital ("Mr. Xi", "Gen. Smith"), with the
 * plurals that title a list of names ("Sens. Ana Ruiz and Tom Bell", "Drs. Lee and Park"), and a court case's "v."
 * ("In Hamdan v. Rumsfeld, a 2006 case, …" is one sentence).
 */
export const TITLE_ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st jr sr gen sen rep gov lt col sgt cpl pvt pfc spc lcpl brig cdr capt maj adm cmdr supt det insp rev fr hon pres messrs mt ft no nos v vs inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec sens reps govs drs profs gens'.split(
		' '
	)
);

/** Words that open a sentence and never continue a time or a name: "It", "The", "Police". */
const SENTENCE_OPENER =
	/^\s+(?:It|The|He|She|They|We|I|A|An|This|That|There|These|Those|His|Her|Their|Its|Our|But|And|Police|Officials)\b/;

/**
 * After a place written with dots ("Washington D.C.", "the U.S.") only a pronoun or an article opens a new
 * sentence: "the U.S. Navy", "D.C. Police Chief Lee" go on.
 */
const CLAUSE_OPENER = /^\s+(?:It|The|He|She|They|We|This|There|These|Those|But)\b/;

/**
 * Paragraphs are separated by blank lines; a text with no blank line at all has one paragraph per line, as
 * many pasted articles do.
 */
export function paragraphs(text: string): Paragraph[] {
	const separator = /\n[ \t]*\n/.test(text) ? /[^\n](?:[^\n]|\n(?![ \t]*\n))*/g : /[^\n]+/g;
	const result: Paragraph[] = [];
	for (const m of text.matchAll(separator)) {
		const lead = m[0].length - m[0].trimStart().length;
		const body = m[0].trim();
		if (!body) continue;
		const start = m.index + lead;
		result.push({ index: result.length, start, end: start + body.length, credits: false });
	}
	// Only the closing paragraphs can be credits: a mid-article "reported from" sentence is content.
	for (let i = result.length - 1; i >= Math.max(0, result.length - 2); i--) {
		const p = result[i];
		if (p && isCreditsParagraph(text.slice(p.start, p.end))) p.credits = true;
	}
	return result;
}

/**
 * The last of `sentences` (in text order) that starts at or before `offset`, -1 before the first: by binary search,
 * as a long article has thousands of sentences and every fact looks its own up.
 */
export function sentenceIndexAt(sentences: readonly { start: number }[], offset: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid]!.start <= offset) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/**
 * A transcript's turn mark run into the text ("How did you two meet? thumb::Isabel: We met …", "… a while.::Mario:",
 * "Good afternoon.:Brian Pink: Good afternoon"; `clean` keeps the marks so no quote is read as the label's): the
 * turn before it ends there, and the label, the colons and an image's layout word left before them belong to no
 * sentence. Shown, "::Isabel:" read as garble at a prompt's start or end. One colon is a turn mark only after a
 * sentence's end.
 */
const TURN = new RegExp(
	String.raw`(?<end>[.!?…]+[”’"')\]]*)?(?:[ \t]+(?:thumb|thumbnail|upright|frameless))?(?<marks>:{1,3})${TURN_LABEL_SOURCE}(?=\s|$)[ \t]*`,
	'u'
);
/**
 * "… the housing plan. interview: Finally, …": a lower-case word and a colon after a sentence's end label the turn
 * that follows (a transcript's heading left in the text); the label is no part of the sentence it opens.
 */
const LOWER_CASE_LABEL = String.raw`${LOWER_CASE_LABEL_SOURCE}+(?=\p{Lu})`;
const OPENING_LABEL = new RegExp(`^${LOWER_CASE_LABEL}`, 'u');

/**
 * A sentence's end or a turn mark. "Why did you run?: I have long wanted to": an interview set out as question, colon,
 * answer ends the question at the colon, and an answer followed by a colon ("… last 12 years.: Yes they are") at it
 * too.
 */
const BOUNDARY = new RegExp(
	`${TURN.source}|[.!?…]+[”’"')\\]]*:?(?=\\s+[\\p{Lu}\\p{N}“‘"'(]|\\s+${LOWER_CASE_LABEL}|\\s*$)`,
	'gu'
);

/**
 * Sentence ends: . ! ? (plus closing quotes or brackets, and a colon after them) followed by a capital,
 * digit or opening quote. A period before a lowercase word is not an end, which keeps machine-translation slips
 * ("countries. from the West") inside their sentence.
 */
export function sentencesOf(text: string, paragraph: Paragraph): SentenceSpan[] {
	const result: SentenceSpan[] = [];
	let start = paragraph.start;
	const end = paragraph.end;
	BOUNDARY.lastIndex = start;
	for (let m = BOUNDARY.exec(text); m && m.index < end; m = BOUNDARY.exec(text)) {
		const stop = m.index + m[0].length;
		if (stop > end) break;
		const turn = m.groups?.['marks'];
		if (turn !== undefined) {
			const ended = m.groups?.['end'];
			if (turn.length === 1 && ended === undefined) continue;
			pushTrimmed(text, result, start, m.index + (ended?.length ?? 0), paragraph.index);
			start = stop;
			continue;
		}
		if (/^\.:?$/.test(m[0]) && !isSentenceEnd(text, m.index)) continue;
		if (continuesWithWhich(text, stop, end)) continue;
		// "…‘What can we do?’” Corvo said": a nested quote closing with the outer one ends no sentence either.
		// "“I will look at many people…” Lund said": words trailing off end no sentence before their speaker.
		if (/(?:[?!]|…|\.\.\.)[’']?[”"]$/.test(m[0]) && SPEAKER_AFTER.test(text.slice(stop, end))) continue;
		// The colon after an interview's question or answer belongs to neither sentence.
		pushTrimmed(text, result, start, m[0].endsWith(':') ? stop - 1 : stop, paragraph.index);
		start = stop;
	}
	pushTrimmed(text, result, start, end, paragraph.index);
	return result;
}

/** A lowercase word of a role before a name ("leader", "musician/activist"), never a function word. */
const ROLE_WORD =
	'(?!(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|with|by|from|as|after|before|when|while|then|that|this|it|he|she|they|we|who|which|not|also|had|has|have|was|were|is|are)\\s)\\p{Ll}[\\p{Ll}/-]*';

/**
 * "“Who will pay for it?” Petra Saar asked.", "“Madness!” Rep. Dan Ortega, D-N.M., said": a name (with a party
 * and state tag) and its cue after a question or an exclamation in marks end its sentence. "“… worse off!”
 * Greens leader Ada Milne tweeted": a role in lowercase words between capitals is part of the name's phrase, but
 * not a function word ("“Why?” After a while Lund said" opens a sentence of its own).
 */
const SPEAKER_AFTER = new RegExp(
	`^\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*|\\d+(?:st|nd|rd|th)|${ROLE_WORD})\\s+){0,5}\\p{Lu}[\\p{L}'’.-]*(?:,\\s*[DRI]-\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?,)?\\s+${endingIn(FINITE_SOURCE, 'cue')}`,
	'u'
);

/**
 * "… very aware of this part of our culture. Which as we all know has only increased.": a clause opened by a
 * relative "Which" (not a question) goes on the sentence before it, so its facts keep the words it is about.
 */
function continuesWithWhich(text: string, stop: number, end: number): boolean {
	const next = /^\s+["“‘']?Which\b[^.!?]*([.!?])/u.exec(text.slice(stop, end));
	return !!next && next[1] !== '?';
}

/** "Rs. 200,000", "Rp. 50,000": a currency written short with a point before its amount. */
const CURRENCY_ABBREVIATIONS = new Set(['rs', 'rp', 'ksh', 'kshs', 'tk']);

function isSentenceEnd(text: string, dot: number): boolean {
	const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
	if (TITLE_ABBREVIATIONS.has(word.toLowerCase())) return false;
	if (CURRENCY_ABBREVIATIONS.has(word.toLowerCase()) && /^\s*\d/.test(text.slice(dot + 1, dot + 4)))
		return false;
	// An initial ("Vladimir V. Putin") or a dotted abbreviation ("U.S.", "2 a.m.") followed by a name; but
	// "left at 9:30 a.m. It landed": a pronoun or an article after it opens a new sentence.
	if (/^\p{Lu}$/u.test(word)) return false;
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
		const next = text.slice(dot + 1, dot + 16);
		return /^(?:a|p)\.m$/i.test(word) ? SENTENCE_OPENER.test(next) : CLAUSE_OPENER.test(next);
	}
	return true;
}

/**
 * "… and 230 on order. * *": a list's empty bullets, flattened after a paragraph's last sentence, are no part of it;
 * shown in a prompt they read as garbled.
 */
const EMPTY_BULLETS_AFTER_END = /(?<=[.!?"”’)])(?:\s+\*{1,3})+$/;

function pushTrimmed(text: string, out: SentenceSpan[], start: number, end: number, paragraph: number) {
	const slice = text.slice(start, end);
	const lead = slice.length - slice.trimStart().length;
	const trimmed = slice.trim();
	const label = OPENING_LABEL.exec(trimmed)?.[0].length ?? 0;
	const body = trimmed.slice(label).replace(EMPTY_BULLETS_AFTER_END, '');
	if (body) out.push({ start: start + lead + label, end: start + lead + label + body.length, paragraph });
}

export function segment(text: string): Segmented {
	const paras = paragraphs(text);
	const sentences = paras.filter((p) => !p.credits).flatMap((p) => sentencesOf(text, p));
	return { paragraphs: paras, sentences };
}
