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

/**
 * Words that carry no topic of their own: what two texts may share and still be about different things. Long
 * function words, and the verbs of saying every news sentence has.
 */
const NO_TOPIC = new Set(
	'about after again also been before being could does doing done each ever every from have having into just like made make more most much must never only other over really said same says should some such than that their them then there these they thing things this those through very want well were what when where which while will with would your yours you'.split(
		' '
	)
);

/**
 * The words of a text that name what it is about, stemmed roughly: "hives" and "hive", "vetoes", "vetoed" and
 * "veto" are one topic. Light (no tagger), so the study screens may use it as the generator does.
 */
export function topicWords(text: string): Set<string> {
	const found = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	return new Set(
		found
			.filter((w) => w.length >= 4 && !NO_TOPIC.has(w))
			.map((w) =>
				w
					.replace(/['’]s$/, '')
					.replace(/ies$/, 'y')
					.replace(/(?<=\p{L}{3})(?:es|ed|ing|(?<=[^s])s)$/u, '')
					.replace(/(?<=\p{L}{3})e$/u, '')
			)
	);
}
