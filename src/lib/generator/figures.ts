/**
 * Figures: money, percentages, counts, durations, multipliers and vague amounts, with what each is about.
 *
 * Our own rules on plain text, no NLP library: compromise drops "million" from money and reads "billions" as 0,
 * and the remaining cases are few enough to state as patterns of news writing. Precision comes first: a number
 * is kept only when its unit or counted noun is clear. Not figures, by design:
 * - numbers in names and codes ("G7", "M1 Abrams", "Article 5", "COVID-19"), years, days of the month, times;
 * - ordinals ("the second day"): positions, not amounts; dates.ts reads "the second day of the visit";
 * - ranges and scores ("5 to 10 percent", "3-1"): one end alone would be a false answer;
 * - hyphenated measures ("a 10-year plan", "a 45-year-old"): they modify a noun rather than state an amount;
 * - a number word after "the" ("the two leaders"), or one whose "the N noun" occurs earlier in the article: the set is
 *   already known, so the number is a reference, not news.
 */
import type { FigureFact } from './bank';
import { hash } from './hash';
import {
	CURRENCY_SYMBOLS,
	CURRENCY_WORDS,
	MULTIPLIERS,
	NUMBER_WORD_SOURCE,
	QUALIFIERS,
	SCALES,
	TIME_UNITS,
	VAGUE,
	formatFigure,
	parseDigits,
	parseFigure,
	parseNumberWords,
	roundSignificant,
	significantDigits
} from './numbers';
import { createRandom, shuffle } from './random';

export { formatFigure };

export interface SentenceSpan {
	start: number;
	end: number;
	paragraph: number;
}

const MONTHS =
	'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** One alternative per kind of figure; the guards in `readCandidate` decide which matches are figures. */
const CANDIDATE = new RegExp(
	[
		// money and digits: "$470 million", "£3.5bn", "US$12", "1,200", "2.5"
		String.raw`(?<sym>US\$|C\$|A\$|HK\$|NZ\$|[$€£¥₹₽])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<sp>\s?)(?<scale>thousand|million|billion|trillion|bn|mn|m|k|tn)(?![\p{L}\d]))?`,
		// vague amounts, only before "of": "dozens of tanks", "billions of dollars", "hundreds of millions of"
		String.raw`\b(?<vague>dozens|scores|hundreds|thousands|millions|billions|trillions)(?=\s+of\s)`,
		// multipliers: "double its budget", "tripled", "twice as", "threefold"
		String.raw`\b(?<mult>halve[sd]?|halving|double[sd]?|doubling|triple[sd]?|tripling|trebled?|quadruple[sd]?|quadrupling|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold)\b`,
		// number words: "two", "thirteen", "twenty-five", "a dozen", "one hundred and five", "two million"
		String.raw`\b(?<words>(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?${NUMBER_WORD_SOURCE}(?:(?:\s+and)?[\s-]+${NUMBER_WORD_SOURCE})*)\b`
	].join('|'),
	'giu'
);

const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIERS.join('|')}|only|just)\\s+$`, 'i');
const TIME_UNIT_AFTER = /^\s+(decades?|years?|months?|weeks?|days?|hours?|minutes?)\b/i;
/** "two years ago", "13 months old", "days later": a point in time or an age, not an amount of time. */
const NOT_A_DURATION = /^\s+(?:ago|old|earlier|later|from now)\b/i;
/** "two days after the vote" is a point in time, unless it is how long something lasted ("for 20 months after"). */
const RELATIVE_POINT = /^\s+(?:before|after|since)\b/i;
const CURRENCY_AFTER = new RegExp(
	String.raw`^\s+(?:(U\.S\.|US|American|Canadian|Australian|Hong Kong|New Zealand|Singapore)\s+)?(${Object.keys(CURRENCY_WORDS).join('|')})\b`,
	'i'
);
const ADJECTIVE_CURRENCY: Record<string, string> = {
	canadian: 'CAD',
	australian: 'AUD',
	'hong kong': 'HKD',
	'new zealand': 'NZD',
	singapore: 'SGD'
};
/** Words that cannot start the noun a number counts; a number followed by one of these is not a count. */
const NOT_A_NOUN = new Set(
	`a an the of to in on at by for from with and or but nor than as per is are was were be been being has have had
	do does did will would can could should may might must shall that which who whom whose this these those it its
	they them their he him his she her we us our you your i me my percent pct times more less fewer most least
	each every all both either neither other another such so too very also only just even still yet up down out
	over under about around into onto off away back again against between among through during before after since
	until while when where why how if then there here not no yes points point per cent o'clock`.split(/\s+/)
);
const PARTITIVE = /^\s+of\s+(?:the|its|their|his|her|our|your|these|those|them|us)\b/i;
const NOUN_OF = /\b(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+)?([\p{Ll}]+))\s+of\s+$/u;
/** "the age of 33", "a score of 3": the number is a measure, not a count of the noun. */
const NOT_COUNTED = new Set(
	'age ages score scores rate rates height weight length temperature speed price cost value'.split(' ')
);
const AUXILIARY =
	/^(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|did|do|does)$/i;
const PRONOUN = /^(?:it|they|he|she|we|i|you|that|which|who)$/i;
/** "revenue rose 12 percent" is about the rise in revenue. */
const CHANGE_NOUNS: Record<string, string> = {
	rose: 'rise',
	fell: 'fall',
	grew: 'growth',
	dropped: 'drop',
	declined: 'decline',
	increased: 'increase',
	decreased: 'decrease',
	jumped: 'jump',
	climbed: 'climb',
	slipped: 'slip',
	gained: 'gain',
	surged: 'surge',
	soared: 'rise',
	tumbled: 'fall',
	slumped: 'slump',
	eased: 'easing',
	plunged: 'plunge',
	slid: 'slide',
	rises: 'rise',
	falls: 'fall',
	grows: 'growth'
};
/** Irregular past forms that make a passive participle: "gave" → "given". Regular "-ed" forms need none. */
const PARTICIPLES: Record<string, string> = {
	gave: 'given',
	took: 'taken',
	wrote: 'written',
	drew: 'drawn',
	grew: 'grown',
	stole: 'stolen',
	chose: 'chosen',
	froze: 'frozen',
	spent: 'spent',
	sent: 'sent',
	paid: 'paid',
	sold: 'sold',
	bought: 'bought',
	lent: 'lent',
	lost: 'lost',
	made: 'made',
	won: 'won',
	cut: 'cut',
	set: 'set',
	put: 'put',
	brought: 'brought',
	sought: 'sought',
	held: 'held',
	kept: 'kept',
	built: 'built',
	found: 'found',
	got: 'received'
};

interface Candidate {
	/** The figure as written, qualifier and unit words included. */
	start: number;
	end: number;
	/** Where the counted noun or the "of/in" phrase begins: the rest of the clause describes the figure. */
	rest: number;
	value: number;
	unit: string;
	vague: boolean;
	/** What is counted when the sentence names it before the number ("a crowd of 18,400"). */
	about?: string;
}

export function extractFigures(text: string, sentences: SentenceSpan[]): FigureFact[] {
	const known = knownSets(text);
	const facts: FigureFact[] = [];
	const ids = new Set<string>();
	let previous: { sentence: SentenceSpan; agent: string } | null = null;
	for (const match of text.matchAll(CANDIDATE)) {
		const sentence = sentenceAt(sentences, match.index);
		if (!sentence) continue;
		const candidate = readCandidate(text, match, sentence, known);
		if (!candidate) continue;
		const agentFromBefore = agentOf(clauseBefore(text, sentence.start, candidate.start));
		const inherited =
			previous && previous.sentence === sentence && isCoordinated(text, sentence, candidate)
				? previous.agent
				: '';
		const agent = agentFromBefore ?? inherited;
		const about = describe(text, sentence, candidate, agent);
		if (!about) continue;
		if (agentFromBefore) previous = { sentence, agent: agentFromBefore };
		const written = text.slice(candidate.start, candidate.end);
		const sentenceText = normalize(text.slice(sentence.start, sentence.end));
		let id = `fig-${hash(`${normalize(written)}|${candidate.value}|${candidate.unit}|${sentenceText}`)}`;
		// The same figure twice in one sentence ("$5 million … $5 million") still needs two ids.
		for (let n = 2; ids.has(id); n++)
			id = `fig-${hash(`${normalize(written)}|${candidate.value}|${candidate.unit}|${sentenceText}|${n}`)}`;
		ids.add(id);
		facts.push({
			id,
			kind: 'figure',
			text: written,
			value: candidate.value,
			unit: candidate.unit,
			about,
			evidence: { start: sentence.start, end: sentence.end }
		});
	}
	return facts;
}

/** The sentence holding `offset`, by binary search: a long article has thousands of candidates. */
function sentenceAt(sentences: SentenceSpan[], offset: number): SentenceSpan | undefined {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid]!;
		if (offset < s.start) hi = mid - 1;
		else if (offset >= s.end) lo = mid + 1;
		else return s;
	}
	return undefined;
}

function normalize(s: string): string {
	return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * "the two leaders" makes every later "two leaders" a reference to that known set; an earlier "among four
 * districts" is where the set was introduced, so it stays a figure. Maps "two leaders" to its first "the" offset.
 */
function knownSets(text: string): Map<string, number> {
	const sets = new Map<string, number>();
	const re = new RegExp(`\\b(?:the|these|those|both)\\s+(${NUMBER_WORD_SOURCE})\\s+([a-z]+)`, 'gi');
	for (const m of text.matchAll(re)) {
		const key = `${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase()}`;
		if (!sets.has(key)) sets.set(key, m.index);
	}
	return sets;
}

function readCandidate(
	text: string,
	match: RegExpMatchArray,
	sentence: SentenceSpan,
	known: Map<string, number>
): Candidate | null {
	const g = match.groups ?? {};
	const index = match.index ?? 0;
	const end = index + match[0].length;
	const before = text.slice(Math.max(sentence.start, index - 40), index);
	const after = text.slice(end, Math.min(sentence.end, end + 60));
	const charBefore = text.charAt(index - 1);
	const charAfter = text.charAt(end);

	if (g.mult) return readMultiplier(g.mult, index, end, before, after);
	if (g.vague) return readVague(text, g.vague, index, end, sentence);

	let value: number | null;
	let words = false;
	if (g.num) {
		// Glued to letters or codes: "G7", "M1", "COVID-19", "F-16", "7th", "3D", "4x4"; also times and fractions.
		if (/[\p{L}\d_]/u.test(charBefore) || (/[\p{L}_]/u.test(charAfter) && !g.scale)) return null;
		if (/[\p{L}][-/]$/u.test(text.slice(index - 2, index)) && !g.sym) return null;
		if (
			/^(?:[:/]\d|-\p{L}|[-–]\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|EST\b|ET\b|o['’]clock))/iu.test(
				after
			)
		)
			return null;
		if (/\d\s*(?:[-–]|to|and)\s*[$€£]?$/.test(before) || /\bbetween\s+$/i.test(before)) return null;
		if (/^\s+(?:to|and|or)\s+[$€£]?\d/.test(after)) return null;
		if (/\b(?:no|nos|number|#)\.?\s*$/i.test(before)) return null;
		if (new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i').test(before)) return null;
		if (new RegExp(`^\\s+(?:${MONTHS})\\b|^,\\s+\\d{4}`, 'i').test(after)) return null;
		value = parseDigits(g.num);
		if (value === null) return null;
		if (!g.sym && !g.scale && /^(1[89]\d\d|20\d\d)$/.test(g.num)) return null;
		if (!g.sym && isNameBefore(text, index, sentence)) return null;
		if (g.scale) {
			// "470m" and "5k" are money abbreviations; without a currency they are more often metres or codes.
			if (!g.sym && !/^(thousand|million|billion|trillion)$/i.test(g.scale)) return null;
			value *= SCALES[g.scale.toLowerCase()] ?? 1;
		}
	} else if (g.words) {
		if (/^[A-Z]/.test(g.words) && !isSentenceStart(text, index, sentence)) return null;
		if (
			/^(?:one|zero)$/i.test(g.words) &&
			!/^\s+(?:percent|per cent|%)/i.test(after) &&
			!TIME_UNIT_AFTER.test(after)
		)
			return null;
		if (/^\s*(?:-|\s)(?:thirds?|quarters?|fifths?|halves)\b|^\s+or\s/i.test(after)) return null;
		if (/\b(?:the|these|those|both)\s+$/i.test(before)) return null;
		// "a few hundred fans", "several thousand": a vague amount with no number to ask for.
		if (
			/^(?:hundreds?|thousands?|millions?|billions?|dozens?)$/i.test(g.words) &&
			!/\b(?:a|an)\s+$/i.test(before)
		)
			return null;
		value = parseNumberWords(g.words);
		if (value === null) return null;
		words = true;
	} else return null;
	value = Number(value.toPrecision(12));

	const qualifier = QUALIFIER_BEFORE.exec(before);
	let start = qualifier ? index - qualifier[0].length : index;
	const currencySymbol = g.sym ? CURRENCY_SYMBOLS[g.sym.toLowerCase()] : undefined;

	const percent = /^(\s?%|\s+percent\b|\s+per cent\b|\s+pct\b)/i.exec(after);
	if (percent)
		return {
			start,
			end: end + percent[0].length,
			rest: end + percent[0].length,
			value,
			unit: 'percent',
			vague: false
		};
	const points = /^\s+percentage points?\b/i.exec(after);
	if (points)
		return {
			start,
			end: end + points[0].length,
			rest: end + points[0].length,
			value,
			unit: 'percentage points',
			vague: false
		};
	if (currencySymbol) return { start, end, rest: end, value, unit: currencySymbol, vague: false };
	const currency = CURRENCY_AFTER.exec(after);
	if (currency) {
		const adjective = ADJECTIVE_CURRENCY[(currency[1] ?? '').toLowerCase()];
		const unit = adjective ?? CURRENCY_WORDS[(currency[2] ?? '').toLowerCase()] ?? 'USD';
		return {
			start,
			end: end + currency[0].length,
			rest: end + currency[0].length,
			value,
			unit,
			vague: false
		};
	}
	const time = TIME_UNIT_AFTER.exec(after);
	if (time) {
		const following = after.slice(time[0].length);
		if (NOT_A_DURATION.test(following)) return null;
		if (RELATIVE_POINT.test(following) && !/\b(?:for|lasted|spent)\s+$/i.test(before)) return null;
		const unit = TIME_UNITS[(time[1] ?? '').toLowerCase()] ?? 'years';
		// "over the next five years": the period is the answer; "over" there is not a hedge.
		const period = /\bthe\s+(?:next|past|last|coming|previous|first|following)\s+$/i.exec(before);
		if (period) start = index - period[0].length;
		else if (qualifier && /^(?:over|under)\s/i.test(qualifier[0])) start = index;
		return { start, end: end + time[0].length, rest: end + time[0].length, value, unit, vague: false };
	}
	// A part of a known whole: "two of its seven plants", "about 250 of the jobs".
	// "Article 5 of the treaty", "Route 9 of the network": a capitalised word right before names the number.
	if (PARTITIVE.test(after) && (qualifier || !/\p{Lu}[\p{L}]*\s+$/u.test(before)))
		return { start, end, rest: end, value, unit: 'count', vague: false };
	// The counted noun before the number: "a crowd of 18,400,", "a population of 2.1 million.".
	const counted = NOUN_OF.exec(before);
	if (
		!words &&
		counted &&
		/^(?:\s*[,.;:)—–]|\s*$)/.test(after) &&
		!NOT_COUNTED.has(counted[2]!.toLowerCase())
	)
		return { start, end, rest: end, value, unit: 'count', vague: false, about: counted[1]! };
	// "2.1 times annual earnings", "valued at 19.3 times", "three times the size": a multiplier; "met five times",
	// "five times a year": a frequency.
	const times = /^\s+times\b/i.exec(after);
	if (times) {
		const following = after.slice(times[0].length);
		const bare = before.slice(0, before.length - (qualifier?.[0].length ?? 0));
		const compares =
			/^\s+(?:as|the|its|their|his|her|our|what|that|more|higher|larger|bigger|greater|faster|less|smaller|annual|earnings|sales|revenue)\b/i.test(
				following
			) || /\b(?:at|to|below|above|under|over)\s+$/i.test(bare);
		if (!compares || /^\s+(?:a|an|per|each|every|since|this|last|in|during)\b/i.test(following)) return null;
		const stop = end + times[0].length;
		const object =
			/^\s+(?:as|that|what|more|higher|larger|bigger|greater|faster|less|smaller|within|by|in|from|over|since|after|before|to|for|this|last)\b|^\s*[,.;:]|^\s*$/i.test(
				following
			)
				? ''
				: phrase(following);
		return {
			start,
			end: stop,
			rest: stop,
			value,
			unit: 'multiplier',
			vague: false,
			...(object ? { about: object } : {})
		};
	}
	// "two more animals", "14 other species": the counted noun comes after "more" or "other".
	const extra = /^\s+(?:more|other|additional)(?=\s+[\p{L}])/u.exec(after);
	// "bringing the total to five", "raising the death toll to 12": a running total.
	const total = /\bthe\s+((?:death\s+)?(?:total|toll|tally))\s+(?:to|at|of)\s+$/i.exec(before);
	if (total && /^(?:\s*[,.;:)—–]|\s*$)/.test(after))
		return { start, end, rest: end, value, unit: 'count', vague: false, about: total[1]! };
	// A count needs a noun right after it: "17 people", "two broad declarations", "3.5 million barrels".
	const noun = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after.slice(extra?.[0].length ?? 0));
	if (!noun) return null;
	const word = (noun[1] ?? '').toLowerCase();
	if (NOT_A_NOUN.has(word) || /ly$/.test(word) || MULTIPLIERS[word] !== undefined) return null;
	if (words && (known.get(`${match[0].toLowerCase()} ${word}`) ?? Infinity) < index) return null;
	return { start, end, rest: end, value, unit: 'count', vague: false };
}

function readMultiplier(
	word: string,
	index: number,
	end: number,
	before: string,
	after: string
): Candidate | null {
	const lower = word.toLowerCase();
	let value = MULTIPLIERS[lower];
	if (value === undefined) {
		const head = lower.replace(/-?fold$/, '');
		value = parseDigits(head) ?? parseNumberWords(head) ?? undefined;
		if (value === undefined) return null;
	} else if (lower === 'twice' || lower === 'thrice') {
		// "twice as many", "twice the size": a multiplier; "met twice": a frequency.
		if (!/^\s+(?:as|the|that|its|their|his|her)\b/i.test(after)) return null;
	} else {
		// "a double standard", "double-digit", "doubled down", "doubles" in tennis: not multiplying an amount.
		if (
			/\b(?:a|an|the)\s+$/i.test(before) ||
			/^(?:-|\s+(?:down|up|standard|agent|check|digits?)\b)/i.test(after)
		)
			return null;
		if (
			!/^(?:\s+(?:its|their|his|her|our|the|a|an|to|in|from|since|over|by|within|after|this|that|last|it|them|what)\b|\s*[,.;]|$)/i.test(
				after
			)
		)
			return null;
	}
	// "more than double what the club received": the hedge belongs to the answer.
	const qualifier = QUALIFIER_BEFORE.exec(before);
	const start = qualifier && !/^(?:over|under)\s/i.test(qualifier[0]) ? index - qualifier[0].length : index;
	return { start, end, rest: end, value, unit: 'multiplier', vague: false };
}

function readVague(
	text: string,
	word: string,
	index: number,
	end: number,
	sentence: SentenceSpan
): Candidate | null {
	const after = text.slice(end, sentence.end);
	const of =
		/^\s+of\s+(?:(millions|billions|thousands)\s+of\s+)?(?:(U\.S\.|US|American)\s+)?([\p{L}]+)/iu.exec(after);
	if (!of) return null;
	const inner = of[1] ? (SCALES[of[1].toLowerCase().replace(/s$/, '')] ?? 1) : 1;
	const value = (VAGUE[word.toLowerCase()] ?? 0) * inner;
	const currency = CURRENCY_WORDS[(of[3] ?? '').toLowerCase()];
	if (currency)
		return {
			start: index,
			end: end + of[0].length,
			rest: end + of[0].length,
			value,
			unit: currency,
			vague: true
		};
	// "the dozens of tanks": the noun is what is counted; the text stays the vague word alone.
	const nounStart = end + of[0].length - (of[3] ?? '').length;
	return {
		start: index,
		end: end + (of[1] ? of[0].indexOf(of[1]) + of[1].length : 0),
		rest: nounStart,
		value,
		unit: 'count',
		vague: true
	};
}

function isSentenceStart(text: string, index: number, sentence: SentenceSpan): boolean {
	return /^[\s"“‘'(]*$/.test(text.slice(sentence.start, index));
}

/** "Apollo 11", "Article 5", "Windows 11": a capitalised word, not starting the sentence, names the number. */
function isNameBefore(text: string, index: number, sentence: SentenceSpan): boolean {
	const m = /(\p{Lu}[\p{L}]*)\s+$/u.exec(text.slice(sentence.start, index));
	if (!m) return false;
	const word = m[1] ?? '';
	if (isSentenceStart(text, index - m[0].length, sentence)) return false;
	return !QUALIFIERS.includes(word.toLowerCase());
}

/**
 * Where a clause ends: punctuation, but not the point or comma inside "3.4" and "2,400", nor the point of
 * "Mr. Kishida" (a point before a lowercase word is a stray one, common in machine translation).
 */
const BOUNDARY = /[;:!?()“”"—–]|,(?=\s|$)|\.(?=\s+\p{Ll}|\s*$)|\s[-–]\s/u;

/** The clause before the figure: from the last clause boundary in the sentence. */
function clauseBefore(text: string, sentenceStart: number, index: number): string {
	const parts = text.slice(sentenceStart, index).split(new RegExp(BOUNDARY.source, 'gu'));
	return (parts[parts.length - 1] ?? '').trim();
}

/** "Mr. Kishida announced" → "announced by Mr. Kishida"; null when the clause is not a subject and a verb. */
function agentOf(clause: string): string | null {
	const m =
		/^(?:(?:and|but|while|as|when)\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*|the\s+[\p{L}\s'’-]{1,40}?)\s+(\p{L}+)$/u.exec(
			clause
		);
	if (!m) return null;
	const subject = m[1] ?? '';
	const verb = (m[2] ?? '').toLowerCase();
	const participle =
		PARTICIPLES[verb] ?? (/[^e]ed$|[^aeiou]ed$/.test(verb) && verb.length > 4 ? verb : undefined);
	if (!participle || PRONOUN.test(subject)) return null;
	return `${participle} by ${subject}`;
}

/** "$470 million in aid for X, and $30 million in aid for Y": the second figure shares the first one's verb. */
function isCoordinated(text: string, sentence: SentenceSpan, candidate: Candidate): boolean {
	return /(?:,\s*|\s)(?:and|or|plus)\s+$/.test(text.slice(sentence.start, candidate.start));
}

/**
 * What the figure is about, as a noun phrase that reads after "How much/many/long …": the "in/of/for" phrase
 * after money ("aid for energy and other sectors announced by Mr. Kishida"), the counted noun ("broad
 * declarations on strategic and economic cooperation"), the base of a percentage ("spending as a share of annual
 * economic output"), what a multiplier changes ("Japan's budget for military spending"), or what lasted
 * ("pandemic restrictions"). Falls back to the clause with the figure left out.
 */
function describe(text: string, sentence: SentenceSpan, candidate: Candidate, agent: string): string {
	const rest = text.slice(candidate.rest, sentence.end);
	const before = clauseBefore(text, sentence.start, candidate.start);
	const { unit } = candidate;
	if (candidate.about) return clip(asCommonNoun(candidate.about, text));
	let about = '';
	if (unit === 'multiplier') {
		const object = phrase(rest);
		const subject =
			before
				.split(/\s+(?:will|would|could|should|may|might|has|have|had|is|are|was|were|did|does|do|to)\b/)[0]
				?.trim() ?? '';
		if (object && !/^(?:by|to|in|from|over|since|within|after|this|last)\b/i.test(object))
			about = /^[\p{Lu}]/u.test(subject) ? object.replace(/^(?:its|their)\s/i, `${subject}’s `) : object;
		else about = subject;
	} else if (unit === 'percent' || unit === 'percentage points') {
		const base = /^\s+of\s+/i.test(rest) ? phrase(rest.replace(/^\s+of\s+/i, '')) : '';
		const changed =
			/\b(?:brings?|brought|raises?|raised|lifts?|lifted|cuts?|pushe[sd]|push|reduces?|reduced|takes?|took|puts?)\s+(.+?)\s+(?:to|by)$/i.exec(
				before
			)?.[1];
		const moved = new RegExp(
			`^(?:.*\\b(?:said|says|that)\\s+)?(.+?)\\s+(${Object.keys(CHANGE_NOUNS).join('|')})(?:\\s+(by|to))?$`,
			'i'
		).exec(before);
		if (base) about = changed ? `${changed} as a share of ${base}` : `share of ${base}`;
		else if (moved) {
			const [, subject = '', verb = '', preposition] = moved;
			const what = asCommonNoun(subject, text);
			about =
				preposition === 'to'
					? `level to which ${what} ${verb}`
					: `${CHANGE_NOUNS[verb.toLowerCase()] ?? verb} in ${what}`;
		}
	} else if (TIME_UNITS[unit] !== undefined) {
		const of = /^\s+of\s+/i.exec(rest);
		// "sentenced to 10 years in prison": the clause needs what follows the figure too.
		if (of) about = phrase(rest.slice(of[0].length));
		else if (!/\s(?:to|at)$/i.test(before))
			about = before
				.replace(/^(?:and|but|so|was|were|is|are|has been|had been)\s+/i, '')
				.replace(/\s+(?:over|in|during|for|within|throughout|of)$/i, '');
	} else {
		const lead = /^\s*(?:(?:in|of|for|on|worth\s+of)\s+)?/i.exec(rest)?.[0] ?? '';
		const np = phrase(rest.slice(lead.length));
		// "a €12m budget for road repairs": money used as an adjective describes the noun after it.
		const adjective = !lead.trim() && !NOT_A_NOUN.has((np.split(' ')[0] ?? '').toLowerCase());
		if (np && (unit === 'count' || lead.trim() || adjective))
			about = agent && unit !== 'count' ? `${np} ${agent}` : np;
	}
	about = about.replace(/\s+/g, ' ').trim();
	about = asCommonNoun(about, text);
	if (about.length >= 3) return clip(about);
	const clause = `${before} … ${phrase(text.slice(candidate.end, sentence.end))}`.trim();
	if (clause.split(/\s+/).length >= 4) return clip(clause);
	// The figure stands alone in its clause ("down from $4.5 billion,", "“Six minutes, when …?”"): the sentence
	// around it is what it is about.
	const around = `${text.slice(sentence.start, candidate.start)} … ${text.slice(candidate.end, sentence.end)}`
		.replace(/[“”"]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return around.split(/\s+/).length >= 4 ? clip(around) : '';
}

/**
 * The noun phrase at the start of `s`: up to a clause boundary, an auxiliary verb ("tanks it is sending") or a
 * relative pronoun. "people were killed in the crash" keeps the passive as "people killed in the crash".
 */
function phrase(s: string): string {
	const clause = s.trimStart().split(BOUNDARY)[0] ?? '';
	const words = clause.split(/\s+/).filter(Boolean);
	const out: string[] = [];
	for (const [i, word] of words.entries()) {
		if (AUXILIARY.test(word)) {
			const next = words[i + 1] ?? '';
			const participle = /(?:ed|en)$/i.test(next) || Object.values(PARTICIPLES).includes(next.toLowerCase());
			if (participle && out.length > 0) out.push(...words.slice(i + 1));
			break;
		}
		if (/^(?:which|who|whom|whose|while|because|although|but|when|where)$/i.test(word)) break;
		out.push(word);
	}
	while (
		out.length > 0 &&
		(PRONOUN.test(out[out.length - 1] ?? '') || NOT_A_NOUN.has((out[out.length - 1] ?? '').toLowerCase()))
	)
		out.pop();
	return out.join(' ');
}

/** "Shares" opening a sentence is "shares" in a description; "Japan" stays a name: names are capitalised mid-sentence too. */
function asCommonNoun(phrase: string, text: string): string {
	const first = /^\p{Lu}\p{Ll}+/u.exec(phrase)?.[0];
	if (!first || new RegExp(`[\\p{Ll},]\\s+${first}\\b`, 'u').test(text)) return phrase;
	return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

function clip(s: string, max = 160): string {
	if (s.length <= max) return s;
	const cut = s.lastIndexOf(' ', max);
	return `${s.slice(0, cut > 0 ? cut : max)} …`;
}

/**
 * Three wrong answers for a figure, written like the answer. Other figures of the article with the same unit
 * come first (a careless reader confuses them), unless they describe the same thing; then made-up values at
 * ×0.5, ×1.5, ×2 (then ×3, ×0.25), rounded to the answer's precision. None equals the answer in another form.
 */
export function figureDistractors(fact: FigureFact, others: FigureFact[], seed: number): string[] {
	const random = createRandom(seed);
	const answer = parseFigure(fact.text);
	const vague = answer?.vague ?? false;
	const taken = [fact.value];
	const out: string[] = [];
	const add = (value: number): void => {
		if (out.length >= 3 || taken.some((v) => closeTo(v, value))) return;
		const written = formatFigure(value, fact.unit, fact.text);
		const back = parseFigure(written);
		if (written === fact.text || out.includes(written) || (back && closeTo(back.value, fact.value))) return;
		taken.push(value);
		out.push(written);
	};

	// Another true figure about the same thing must never be offered as false.
	const sameThing = others.filter(
		(o) => o.id !== fact.id && o.unit === fact.unit && similar(o.about, fact.about)
	);
	for (const o of sameThing) taken.push(o.value);

	if (fact.unit === 'multiplier') {
		for (const v of shuffle([0.5, 2, 3, 4], random)) add(v);
		return out;
	}
	if (vague) {
		const ladder = Object.values(VAGUE).filter((v) => v !== VAGUE.scores);
		const inner = Object.values(VAGUE).includes(fact.value) ? 1 : fact.value / nearest(ladder, fact.value);
		const i = ladder.indexOf(nearest(ladder, fact.value));
		for (const step of [1, -1, 2, -2, 3]) {
			const v = ladder[i + step];
			if (v !== undefined) add(v * inner);
		}
		return out;
	}

	const peers = others.filter(
		(o) =>
			o.id !== fact.id &&
			o.unit === fact.unit &&
			!sameThing.includes(o) &&
			!parseFigure(o.text)?.vague &&
			Math.abs(Math.log(o.value / fact.value)) <= Math.log(10)
	);
	for (const o of shuffle(peers, random).slice(0, 2)) add(o.value);

	const integer =
		fact.unit === 'count' ||
		TIME_UNITS[fact.unit] !== undefined ||
		(Number.isInteger(fact.value) && fact.value >= 10);
	const digits = Math.max(significantDigits(mantissaOf(fact)), fact.value < 10 ? 1 : 2);
	for (const factor of [...shuffle([0.5, 1.5, 2], random), 3, 0.25, 2.5, 4]) {
		let v = roundSignificant(fact.value * factor, digits);
		if (integer) v = Math.max(1, Math.round(v));
		if (fact.unit === 'percent' && fact.value <= 100 && v > 100) continue;
		add(v);
	}
	return out;
}

/** The number as written before its scale word: 470 for "$470 million", so rounding keeps its precision. */
function mantissaOf(fact: FigureFact): number {
	const m = /(\d[\d,]*(?:\.\d+)?)/.exec(fact.text);
	return m ? (parseDigits(m[1] ?? '') ?? fact.value) : fact.value;
}

function nearest(values: number[], target: number): number {
	return values.reduce((a, b) => (Math.abs(Math.log(b / target)) < Math.abs(Math.log(a / target)) ? b : a));
}

function closeTo(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.abs(b) * 0.005;
}

/** Two descriptions of the same thing share most of their content words. */
function similar(a: string, b: string): boolean {
	const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
	const x = words(a);
	const y = words(b);
	if (x.size === 0 || y.size === 0) return false;
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared / Math.min(x.size, y.size) >= 0.6;
}
