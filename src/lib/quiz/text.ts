/** Lowercase, no accents, no punctuation, single spaces: text as words, for comparing and searching. */
export function foldText(s: string): string {
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
