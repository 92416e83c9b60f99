/**
 * Every match of a global expression in `s`, as `s.matchAll(pattern)` gives them, read with the expression itself:
 * `matchAll` copies the expression on each call, and the date rules run each of their sixty-odd expressions on
 * every sentence (about 45,000 calls for a 100 KB text), where making the copies cost more than the matching. The
 * matches are all taken before any is read, so a reader that uses the same expression cannot move its place.
 */
export function matchesOf(pattern: RegExp, s: string): RegExpExecArray[] {
	if (!pattern.global) throw new TypeError(`matchesOf needs a global expression: ${pattern}`);
	const found: RegExpExecArray[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
		found.push(m);
		// An empty match steps on by one character (a whole code point under the u or v flag), as matchAll does.
		if (m[0] === '')
			pattern.lastIndex = advance(s, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
	}
	return found;
}

function advance(s: string, at: number, unicode: boolean): number {
	if (!unicode || at + 1 >= s.length) return at + 1;
	const code = s.charCodeAt(at);
	return code >= 0xd800 && code <= 0xdbff && (s.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** `s` as a pattern that matches it literally (a name with a full stop or brackets: "U.S.", "Kell (Ireland)"). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words cut from longer ones, closed by one ellipsis: a comma or an ellipsis of the writer's at the cut gives way
 * to it ("misled every member of this House... …" read as a stutter); a sentence's full stop stays.
 */
export const endCut = (kept: string) => `${kept.replace(/(?:\s|[,;:]|\.{2,}|…)+$/u, '')} …`;

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/**
 * Where `s` writes `word` (not empty) with no letter either side: the places a global
 * `(?<![\p{L}])word(?![\p{L}])` expression finds, by a plain search. Each quote's cloze keys and each blank's
 * source were looked for so with an expression compiled per word, about a twentieth of a 100 KB text's generation.
 */
export function wordsAt(s: string, word: string): number[] {
	const found: number[] = [];
	for (let at = s.indexOf(word); at >= 0;) {
		const end = at + word.length;
		// Two characters either side hold a whole code point, as the expression reads a letter outside the BMP.
		if (!LETTER_BEFORE.test(s.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(s.slice(end, end + 2))) {
			found.push(at);
			at = s.indexOf(word, end);
		} else at = s.indexOf(word, at + 1);
	}
	return found;
}
