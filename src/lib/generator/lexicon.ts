import nlp from 'compromise/two';

/**
 * compromise's word list (24k entries) tells first names, their usual gender and place names apart; its full
 * parser is slower and misses non-Western names, so the generator only reads the list.
 */
type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | undefined;

/**
 * Each word's tags as read, listed once: the rules ask about the same words thousands of times in a long text, and
 * a look in the lexicon of 100,000 words cost about 2 µs. The lists are shared and never changed. Bounded for a long
 * worker session.
 */
const read = new Map<string, string[]>();

export function lexiconTags(word: string): string[] {
	let tags = read.get(word);
	if (tags === undefined) {
		lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
		const found = lexicon[word.toLowerCase()];
		tags = found === undefined ? [] : Array.isArray(found) ? found : [found];
		if (read.size >= 50_000) read.clear();
		read.set(word, tags);
	}
	return tags;
}

/**
 * "prohibits", "opposes": a present-tense verb the list knows as nothing else. Many plurals are listed as verbs
 * only ("charges", "blasts", "rights"), so the word must also not be one of the list's noun-or-verb switches
 * ("plans", "changes"), and a caller still needs the words round it to tell a verb.
 */
export function verbOnlyPresent(word: string): boolean {
	const lower = word.toLowerCase();
	if (!/\p{L}s$/u.test(lower)) return false;
	const tags = lexiconTags(lower);
	switches ??= (nlp.world() as unknown as { model: { two: { switches: Record<string, string> } } }).model.two
		.switches;
	return tags.length === 1 && tags[0] === 'PresentTense' && switches[lower] === undefined;
}
let switches: Record<string, string> | undefined;

/** A word the lexicon knows as a verb in the past or present tense ("gave", "says"): a clause's own verb. */
export const isFiniteForm = (word: string) =>
	lexiconTags(word).some((t) => t === 'PastTense' || t === 'PresentTense');

export const isPlaceWord = (word: string) =>
	lexiconTags(word).some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place');

export function firstNameGender(word: string): 'm' | 'f' | undefined {
	const tags = lexiconTags(word);
	if (tags.includes('MaleName')) return 'm';
	if (tags.includes('FemaleName')) return 'f';
	return undefined;
}

export const isFirstName = (word: string) =>
	lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');

/** "representatives" → "representative", "agencies" → "agency", "churches" → "church": a regular plural's singular. */
export const singularNoun = (plural: string) =>
	plural.replace(/ies$/i, 'y').replace(/(?<=ch|sh|ss|x)es$|(?<=[^s])s$/i, '');
