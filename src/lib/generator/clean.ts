import { creditNames, isCreditsParagraph } from './credits';
import { isPlaceWord } from './lexicon';

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
	const edits: { at: number; length: number; by: string }[] = [];
	for (let m = re.exec(state.text); m; m = re.exec(state.text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const by = replace(m, state.text);
		if (by !== m[0]) edits.push({ at: m.index, length: m[0].length, by });
	}
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
const AFTER_WORD_OR_BRACKET = /[\p{L}\p{N})\]”’"']/u;

const DETERMINERS = /(?:^|\s)(?:a|an|the|some|his|her|its|their|our|my|your|this|that|these|those)\s+$/i;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

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

export function clean(raw: string): Cleaned {
	let state: Cleaned = { text: raw, origin: offsets(raw.length + 1) };
	state = rewrite(state, /\r\n?|[\u00a0\t\u2000-\u200a\u202f]|[\ufeff\u200b-\u200d\u2060]/, (m) =>
		m[0].startsWith('\r') ? '\n' : /[\ufeff\u200b-\u200d\u2060]/.test(m[0]) ? '' : ' '
	);
	state = rewrite(state, / +$/m, () => '');
	state = rewrite(state, /(?<=\S) {2,}/, () => ' ');
	state = rewrite(state, /\n{3,}/, () => '\n\n');
	// Machine translation leaves stray periods: "at least. , against", "sought. .", "countries. from the West".
	// Each pattern starts with its period and checks the character before it itself: a look-behind would run at
	// every position of a long article.
	state = rewrite(state, /\.\s+(?=[,;:])/u, (m, text) =>
		AFTER_WORD_OR_BRACKET.test(text.charAt(m.index - 1)) ? '' : m[0]
	);
	state = rewrite(state, /\.[ \t]+\.(?![ \t]?\.)/u, (m, text) =>
		AFTER_WORD.test(text.charAt(m.index - 1)) ? '.' : m[0]
	);
	state = rewrite(state, /\.[ \t]+(?=\p{Ll})/u, (m, text) => {
		if (!AFTER_WORD.test(text.charAt(m.index - 1))) return m[0];
		const before = /([\p{L}.]+)[”’"']?$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
		if (before.includes('.') || before.length < 2 || ABBREVIATIONS.has(before.toLowerCase())) return m[0];
		return ' ';
	});
	// compromise's lexicon knows "kyiv" is a city: a lowercase place name in running text is a slip. The words
	// are looked up once each, and only the article's lowercase place names are then searched for.
	const places = new Set<string>();
	const looked = new Set<string>();
	for (const [word] of state.text.matchAll(/\p{Ll}{3,}/gu)) {
		if (looked.has(word)) continue;
		looked.add(word);
		if (isPlaceWord(word)) places.add(word);
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
