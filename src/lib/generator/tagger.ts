import nlp from 'compromise/two';

/**
 * Parts of speech for cloze questions: a blank's wrong answers share the key's class, so grammar alone never
 * rules one out ("an adjective for an adjective", "a past tense for a past tense"). compromise's tagger reads
 * each word in its sentence (scripts/tagger-compare.ts measured it against wink-nlp on hand-labelled cloze words).
 * Its "two" build is the tagger itself: the full build adds a chunker that runs on every parse and sets no tag.
 */
export type WordClass =
	| 'noun'
	| 'noun-plural'
	| 'verb'
	| 'verb-s'
	| 'verb-ing'
	| 'verb-past'
	| 'adjective'
	| 'adjective-more'
	| 'adjective-most'
	| 'adverb'
	| 'other';

/** The class of a Penn Treebank tag (the labels of questions/cloze-pos.json). */
export function classOfPenn(tag: string): WordClass {
	const classes: Record<string, WordClass> = {
		NN: 'noun',
		NNS: 'noun-plural',
		VB: 'verb',
		VBP: 'verb',
		VBZ: 'verb-s',
		VBG: 'verb-ing',
		VBD: 'verb-past',
		VBN: 'verb-past',
		JJ: 'adjective',
		JJR: 'adjective-more',
		JJS: 'adjective-most',
		RB: 'adverb'
	};
	return classes[tag] ?? 'other';
}

/** The class compromise's tags give a word. */
export function classOfTags(tags: readonly string[], word: string): WordClass {
	const has = (t: string) => tags.includes(t);
	if (has('Verb') && !has('Auxiliary')) {
		if (has('Gerund')) return 'verb-ing';
		if (has('PastTense') || has('Participle') || has('PerfectTense')) return 'verb-past';
		if (has('PresentTense') && /[^s]s$/.test(word.toLowerCase())) return 'verb-s';
		return 'verb';
	}
	if (has('Adjective'))
		return has('Superlative') ? 'adjective-most' : has('Comparative') ? 'adjective-more' : 'adjective';
	if (has('Adverb')) return 'adverb';
	if (has('Noun') && !has('Pronoun') && !has('ProperNoun')) return has('Plural') ? 'noun-plural' : 'noun';
	return 'other';
}

export interface TaggedWord {
	word: string;
	/** Offsets in the text that was tagged from, end exclusive. */
	start: number;
	end: number;
	cls: WordClass;
	/** A noun that can stand in a compound ("carbon" of "carbon sequestration"): not a pronoun or possessive. */
	noun?: 'common' | 'proper';
	/** Only a space stands between this word and the next one of its sentence. */
	joinsNext?: boolean;
}

interface Term {
	text: string;
	pre: string;
	post: string;
	tags: string[];
	offset: { start: number; length: number };
}

function nounKind(tags: readonly string[]): TaggedWord['noun'] {
	if (!tags.includes('Noun') || tags.includes('Pronoun') || tags.includes('Possessive')) return undefined;
	return tags.includes('ProperNoun') ? 'proper' : 'common';
}

/** Every word of `text.slice(start, end)` with its class, read in its sentence. */
export function tagSpan(text: string, start: number, end: number): TaggedWord[] {
	const slice = text.slice(start, end);
	const sentences = nlp(slice).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
	const words: TaggedWord[] = [];
	for (const s of sentences)
		s.terms.forEach((t, i) => {
			const at = start + t.offset.start;
			const next = s.terms[i + 1];
			words.push({
				word: t.text,
				start: at,
				end: at + t.offset.length,
				cls: classOfTags(t.tags, t.text),
				noun: nounKind(t.tags),
				joinsNext: next !== undefined && t.post.trim() === '' && next.pre.trim() === ''
			});
		});
	return words;
}

/** Every word of `text` with compromise's tags, read in its sentence. */
export function termTags(text: string): { word: string; tags: string[] }[] {
	const sentences = nlp(text).json() as { terms: Term[] }[];
	return sentences.flatMap((s) => s.terms.map((t) => ({ word: t.text, tags: t.tags })));
}

/** The class of the word at `at` in `sentence` (for the tagger comparison). */
export function compromiseClass(sentence: string, at: number, word: string): WordClass {
	const found = tagSpan(sentence, 0, sentence.length).find((w) => w.start === at);
	return found ? found.cls : classOfTags([], word);
}
