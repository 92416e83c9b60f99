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
	let text = '';
	const origin: number[] = [];
	let last = 0;
	const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
	for (let m = re.exec(state.text); m; m = re.exec(state.text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const replacement = replace(m, state.text);
		if (replacement === m[0]) continue;
		for (let i = last; i < m.index; i++) origin.push(state.origin[i] ?? 0);
		text += state.text.slice(last, m.index);
		// Replacement characters map onto the matched characters in order, the surplus onto the last one.
		for (let i = 0; i < replacement.length; i++) {
			origin.push(state.origin[m.index + Math.min(i, m[0].length - 1)] ?? 0);
		}
		text += replacement;
		last = m.index + m[0].length;
	}
	for (let i = last; i <= state.text.length; i++) origin.push(state.origin[i] ?? 0);
	text += state.text.slice(last);
	return { text, origin };
}

/** Abbreviations after which a period is not a sentence end even before a lowercase word. */
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st jr sr gen sen rep gov lt col sgt capt inc corp co ltd no nos vs etc approx est dept fig al ave blvd'.split(
		' '
	)
);

const DETERMINERS = /(?:^|\s)(?:a|an|the|some|his|her|its|their|our|my|your|this|that|these|those)\s+$/i;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function clean(raw: string): Cleaned {
	const origin = Array.from({ length: raw.length + 1 }, (_, i) => i);
	let state: Cleaned = { text: raw, origin };
	state = rewrite(state, /\r\n?|[\u00a0\t\u2000-\u200a\u202f]|[\ufeff\u200b-\u200d\u2060]/, (m) =>
		m[0].startsWith('\r') ? '\n' : /[\ufeff\u200b-\u200d\u2060]/.test(m[0]) ? '' : ' '
	);
	state = rewrite(state, / +$/m, () => '');
	state = rewrite(state, /(?<=\S) {2,}/, () => ' ');
	state = rewrite(state, /\n{3,}/, () => '\n\n');
	// Machine translation leaves stray periods: "at least. , against", "sought. .", "countries. from the West".
	state = rewrite(state, /(?<=[\p{L}\p{N})\]”’"'])\.\s+(?=[,;:])/u, () => '');
	state = rewrite(state, /(?<=[\p{L}\p{N}”’"'])\.[ \t]+\.(?![ \t]?\.)/u, () => '.');
	state = rewrite(state, /(?<=[\p{L}\p{N}”’"'])\.[ \t]+(?=\p{Ll})/u, (m, text) => {
		const before = /([\p{L}.]+)[”’"']?$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
		if (before.includes('.') || before.length < 2 || ABBREVIATIONS.has(before.toLowerCase())) return m[0];
		return ' ';
	});
	state = rewrite(state, /(?<![\p{L}'’.-])\p{Ll}+(?![\p{L}'’-])/u, (m, text) => {
		// compromise's lexicon knows "kyiv" is a city: a lowercase place name in running text is a slip.
		if (!isPlaceWord(m[0])) return m[0];
		if (DETERMINERS.test(text.slice(Math.max(0, m.index - 12), m.index))) return m[0];
		return capitalize(m[0]);
	});
	// Reporters' names in the credits are often lowercased by translation tools.
	const credits = [...state.text.matchAll(/[^\n]+/g)].filter((p) => isCreditsParagraph(p[0]));
	for (const paragraph of credits) {
		for (const name of creditNames(paragraph[0], paragraph.index)) {
			const fixed = name.name.replace(
				/(^|[\s-])(\p{Ll})/gu,
				(_, sep: string, ch: string) => sep + ch.toUpperCase()
			);
			state = {
				text: state.text.slice(0, name.start) + fixed + state.text.slice(name.end),
				origin: state.origin
			};
		}
	}
	return state;
}
