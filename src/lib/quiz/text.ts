/**
 * Printable ASCII, tabs, line breaks and the typographic marks news text is full of: none decomposes, none is a
 * letter or digit, so folding them needs no normalisation or Unicode classes (the generator folds thousands of
 * strings a deck).
 */
const PLAIN = /^[\t\n\r -~‘’“”–—…]*$/;

/** Lowercase, no accents, no punctuation, single spaces: text as words, for comparing and searching. */
export function foldText(s: string): string {
	if (PLAIN.test(s))
		return s
			.toLowerCase()
			.replace(/[^a-z0-9%$]+/g, ' ')
			.trim();
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/[^\p{L}\p{N}%$€£¥]+/gu, ' ')
		.trim();
}

/** Lowercase, no accents, no punctuation, single spaces, no leading article. */
export function normalizeText(s: string): string {
	return foldText(s).replace(/^(?:the|a|an) /, '');
}
