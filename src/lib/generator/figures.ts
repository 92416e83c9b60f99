/**
 * Figures: money, percentages and proportions, counts, durations, measures, ranks, multipliers, ranges and vague
 * amounts, with what each is about.
 *
 * Our own rules on plain text, no NLP library: compromise drops "million" from money and reads "billions" as 0,
 * and the remaining cases are few enough to state as patterns of news writing. Precision comes first: a number
 * is kept only when its unit or counted noun is clear. What follows a number is read by the unit readers below
 * (a registry: one entry per kind of figure, each with its own table test). Not figures, by design:
 * - numbers in names and codes ("G7", "M1 Abrams", "Article 5", "COVID-19", "posts 542 and 543"), years, days of
 *   the month, clock times;
 * - ordinals that place an event ("the second day", "for the first time"): dates.ts reads those; an ordinal is a
 *   figure as a rank ("second place", "fourth largest", "20th anniversary");
 * - scores and vote tallies ("3-1", "52 to 48"); a range is a figure only with its unit ("US$20-25", "8–10 years");
 * - frequencies ("every ten years"): dates.ts reads those;
 * - a number word after "the" ("the two leaders") or a possessive ("their fifteen minutes"), or one whose "the N
 *   noun" occurs earlier in the article: the set is already known, so the number is a reference, not news.
 */
import type { FigureFact } from './bank';
import { hash } from './hash';
import { endCut, matchesOf } from './regexp';
import { sentenceIndexAt } from './segment';
import {
	AND_AFTER_SCALE,
	FRACTIONS,
	HUNDREDTHS,
	MULTIPLIERS,
	NUMBER_WORD_GOES_ON,
	NUMBER_WORD_SOURCE,
	ORDINALS,
	QUALIFIERS,
	SCALES,
	VAGUE,
	formatFigure,
	parseDigits,
	parseFigure,
	parseFraction,
	parseNumberWords
} from './numbers';
import {
	CURRENCY_SYMBOLS,
	SYMBOL_SOURCE,
	UNIT_WORDS,
	currencyOfAdjective,
	isCurrency,
	isTimeUnit,
	unitAt,
	type FigureUnit,
	type UnitKind
} from './units';
import { perText } from './per-text';

export { formatFigure };

export interface SentenceSpan {
	start: number;
	end: number;
	paragraph: number;
}

const MONTHS =
	'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const FRACTION_WORDS = Object.keys(FRACTIONS).join('|');
/**
 * "USD 3 million", "EUR 899 million", "Rs 50 crore": an ISO code (or India's "Rs") written before the number, as a
 * sign is; matched as written, so "rs" is no code.
 */
const CURRENCY_CODES = new Map<string, FigureUnit>([
	...UNIT_WORDS.filter(({ word, unit }) => /^[A-Z]{3}$/.test(word) && isCurrency(unit)).map(
		({ word, unit }) => [word, unit] as const
	),
	['Rs.', 'INR'],
	['Rs', 'INR']
]);
const CODE_SOURCE = [...CURRENCY_CODES.keys()].map((code) => code.replace('.', '\\.')).join('|');
/** Units written glued to the number ("90kg", "5pc", "12km"): letters after digits that are not a code. */
const GLUED_UNIT = /^(?:pc|kg|km|cm|mm|ft|mph|kph|km\/h|MW|kW|kVA)(?![\p{L}\d])/u;
const SMALL_WORDS = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten';
/** One letter glued to a number that abbreviates its unit: seconds, degrees Celsius or Fahrenheit, pence. */
const GLUED_LETTER = /^([sCFp])(?![\p{L}\d])/u;

/** "Hundreds were injured", "Thousands marched": a vague count that is the subject of a verb counts people. */
const VAGUE_SUBJECT_VERB = String.raw`\s+(?:were|are|have|had|will|would|could|may|might|\p{Ll}{3,}ed)\b`;

/**
 * "cut 10 000 jobs", "8 400 employees", "1 700 000 m": thousands set apart by a space, as much of Europe writes
 * them. Each group read alone is another number ("000", "400"), and its blank would split the figure ("8 _____
 * employees"), so no group of such a number is a figure. A day before a count ("on March 12 300 people") is read
 * as two numbers.
 */
export function spaceGrouped(num: string, before: string, after: string): boolean {
	if (!/^\d{1,3}$/.test(num)) return false;
	const tail = /(?<![\d.,])\d{1,3}[ \u00a0\u202f]$/.test(before) && !DAY_BEFORE_GROUP.test(before);
	const head = /^[ \u00a0\u202f]\d{3}(?![\d.,]?\d)/.test(after) && !DAY_BEFORE_GROUP.test(`${before}${num} `);
	return tail || head;
}

/** A month and its day before a number: "March 12 300". */
const DAY_BEFORE_GROUP = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s$/;

/** One alternative per kind of figure; the readers below decide which matches are figures. */
const CANDIDATE = new RegExp(
	[
		// an age range: "in his 40s", "in her late sixties"
		String.raw`\bin\s+(?:his|her|their)\s+(?<agerange>(?:(?:early|mid|late)[\s-]+)?(?:[1-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`,
		// ranks: "20th", "second" (the reader asks for "place", "largest", "anniversary" after it)
		String.raw`\b(?<ord>\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})\b`,
		// proportions: "a third", "two-thirds", "almost half", "1/10th", "one in three", "one child in three"
		String.raw`(?<frac>\b(?:(?:${SMALL_WORDS})[\s-]+)?(?:${FRACTION_WORDS})\b(?!-|\s+a\s+(?:hundred|thousand|million|billion|dozen|century|decade))|\b\d+\s*/\s*\d+(?:st|nd|rd|th)?\b|\b(?:one|\d+)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\bone\s+\p{Ll}+\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]\d|\s+(?!(?:has|was|is)\b)\p{Ll}+s\b)|\b(?:one|\d+)\s+(?:\p{Ll}+\s+)?in\s+every\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|\d+)\b|\b(?:two|three|four|five|six|seven|eight|nine)\s+in\s+(?:three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+out\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)`,
		// money and digits: "$470 million", "€ 899 million", "US$12", "1,200", "2.5"
		String.raw`(?:(?<sym>${SYMBOL_SOURCE})\s?|(?<code>\b(?:${CODE_SOURCE})\s))?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<sp>\s?)(?<scale>thousand|million|billion|trillion|crores?|lakhs?|bn|mn|m|k|tn)(?![\p{L}\d]))?`,
		// vague amounts, only before "of" or a verb: "dozens of tanks", "billions of dollars", "tens of thousands of",
		// "Hundreds were injured"
		String.raw`\b(?<vague>dozens|scores|hundreds|thousands|millions|billions|trillions|tens\s+of\s+thousands|hundreds\s+of\s+thousands)(?=\s+of\s|\s+(?:more|others)\b|${VAGUE_SUBJECT_VERB})`,
		// multipliers: "double its budget", "tripled", "twice as", "threefold", "a thousand fold"
		String.raw`\b(?<mult>halve[sd]?|halving|double[sd]?|doubling|triple[sd]?|tripling|trebled?|quadruple[sd]?|quadrupling|twice|thrice|(?:a\s+(?:hundred|thousand)|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]?fold)\b`,
		// a single unit: "took a year", "within a year", "a pair of"
		String.raw`\b(?<single>half\s+a\s+(?:century|decade)\b|(?:a|an)\s+(?:year|month|week|day|hour|decade|pair|couple)\b)`,
		// number words: "two", "twenty-five", "a dozen", "one hundred and five", "two million", "half a million"
		String.raw`\b(?<words>half\s+a\s+(?:hundred|thousand|million|billion|dozen)|(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?${NUMBER_WORD_SOURCE}(?:${AND_AFTER_SCALE}[\s-]+${NUMBER_WORD_GOES_ON}${NUMBER_WORD_SOURCE})*)\b`
	].join('|'),
	'giu'
);

const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIERS.join('|')}|only|just)\\s+$`, 'i');
/** "two years ago", "13 months old", "days later": a point in time or an age, not an amount of time. */
const NOT_A_DURATION = /^\s+(?:ago|earlier|later|from now)\b/i;
/** "six days a week": how often (a date's frequency), not an amount of time. */
const DAYS_A_WEEK = /^(?:days|nights|evenings|mornings)\s+(?:a|per|each)\s+(?:week|month)\b/i;
/** "the women's 100m hurdles", "the men's 10,000m": an event's name, not a figure. */
const EVENT_OWNER_BEFORE = /\b(?:men|women|boys|girls)['’]s?\s+$|\b(?:boys|girls)['’]\s+$/i;
/** Words that cannot start the noun a number counts; a number followed by one of these is not a count. */
const NOT_A_NOUN = new Set(
	`a an the of to in on at by for from with and or but nor than as per is are was were be been being has have had
	do does did will would can could should may might must shall that which who whom whose this these those it its
	they them their he him his she her we us our you your i me my percent pct times more less fewer most least
	each every all both either neither other another such so too very also only just even still yet up down out
	over under about around into onto off away back again against between among through during before after since
	until while when where why how if then there here not no yes point per cent o'clock`.split(/\s+/)
);
/** "one" counts only a thing: "one shell", not "one of", "one day", "one thing", "one way". */
const NOT_COUNTED_ONE = new Set(
	'thing things way ways reason side hand point time times day night week month year morning evening moment place another such more'.split(
		' '
	)
);
/** "two of its plants", "412 of which", "14 of 120 volunteers": a part of a whole. */
const PARTITIVE =
	/^\s+of\s+(?:the|its|their|his|her|our|your|these|those|them|us|which|whom)\b|^\s+of\s+\d[\d,]*\s+\p{Ll}/iu;
/**
 * "three of Halvard's aides", "two of Kellmark's 18 provinces": a name's possessive owns the whole as "its" does,
 * when a common noun or a number follows it ("of Marlow's Rules" names a document).
 */
const OWNED_WHOLE = /^\s+of\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+(?:\p{Ll}|\d)/u;
const NOUN_OF =
	/\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+((?:[\p{Ll}-]+\s+)?([\p{Ll}]+))\s+of\s+$/u;
const HALF_OF_DOZEN = 12;
/**
 * "three of the seven": the number after "the" is the whole a part is taken from; "one of the two votes" picks
 * one of a known set, as "one of" does.
 */
const PART_OF_WHOLE = new RegExp(`\\b(?:\\d[\\d,]*|(?!one\\b)${NUMBER_WORD_SOURCE})\\s+of\\s+the\\s+$`, 'i');
/** "Of the 4,000 carousels built, fewer than 150 still turn": the whole named first, the part after the comma. */
const FRONTED_WHOLE = new RegExp(
	`^[\\s"“]*Of\\s+(?:the|its|their|these|those)\\s+(?:(?:${QUALIFIERS.join('|')})\\s+)?(?:\\d[\\d,.]*|${NUMBER_WORD_SOURCE})\\s+((?:[\\p{L}-]+\\s+)?[\\p{Ll}-]+s)\\b[^,;]*,\\s*$`,
	'iu'
);
/** The first "12 seats" of a sentence: the noun a later bare number counts. */
const COUNTED_EARLIER = new RegExp(
	`(?:\\d[\\d,]*|\\b(?:${SMALL_WORDS}))\\s+((?:\\p{Ll}+\\s+)?(\\p{Ll}+s))\\b`,
	'u'
);
/** "a further 280", "another 240": more of what was counted before. */
const ADDED_TO_COUNT_BEFORE = /\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$/i;
/** After an elided noun: the clause ends or goes on with a place, a time or a verb. */
const ELIDED_NOUN_AFTER =
	/^\s*[,.;)]|^\s+(?:in|at|on|for|from|by|this|last|next|still|during|over|were|are|will|would|had|have)\b/i;
/**
 * "three gravity assists from Earth and ", "four seats in Kell, and ": a count of a noun, then "and" (after a comma
 * or not) before the next item.
 */
const LISTED = new RegExp(
	`(?:\\d[\\d,]*|\\b${NUMBER_WORD_SOURCE})\\s+((?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+)\\b(?:\\s+(?:from|in|at|on|for)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?,?\\s+and\\s+$`,
	'u'
);
/** "from 2,150 to ": the second of two amounts a change moves between, written with separators. */
const SEPARATED_CHANGE = /\bfrom\s+\d{1,3}(?:,\d{3})+\s+to\s+$/i;
/** "a woman, 45,", "the driver, 61,": a person named by what they are, before an age set off by commas. */
const PERSON_APPOSED =
	/\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(man|woman|boy|girl|teenager|pensioner|driver|passenger|resident|pedestrian|cyclist|motorist|farmer|worker|mother|father|son|daughter|husband|wife|victim|student|pupil|nurse|doctor|teacher|officer|soldier|fisherman),\s*$/u;
const AGE_BOUND_BEFORE =
	/\b(pupils|children|kids|students|people|teenagers|adults|players|users|girls|boys|residents|patients|anyone|those)\s+(?:under|over|aged|below|above)\s+$/i;
const SHARED_AGE_AFTER = new RegExp(
	`^\\s+and\\s+(?:\\d{1,3}|${NUMBER_WORD_SOURCE}(?:-${NUMBER_WORD_SOURCE})?)[\\s-]+years?[\\s-]+olds?\\b`,
	'i'
);
/** "a family of seven had been sleeping", "a lead of three thousand does not vanish": the count may end its noun phrase before the verb. */
const VERB_AFTER =
	/^\s+(?:had|has|have|was|were|is|are|will|would|could|must|does|did|do|can|may|might|should)\b/i;
/** "from 41 people to 29", "by five votes to two": the second number counts the first one's noun. */
const COUNT_TO = new RegExp(
	`\\b(?:\\d[\\d,]*|${NUMBER_WORD_SOURCE})\\s+((?:[\\p{Ll}-]+\\s+)?(?!(?:percent|per|points?|degrees?|cents?|pence|times)\\b)[\\p{Ll}-]+)\\s+to\\s+$`,
	'u'
);
/** "to 812,000 hectares from ": the later end of a change told first, with the unit both ends share. */
const CHANGE_FROM =
	/\bto\s+\d[\d,.]*(?:\s*(?:thousand|million|billion|m|bn))?\s+(\p{Ll}[\p{Ll}-]*)\s+from\s+$/u;
/** "the age of 33", "a score of 3": the number is a measure, not a count of the noun. */
const NOT_COUNTED = new Set(
	'age ages score scores rate rates height weight length temperature speed price cost value'.split(' ')
);
const AUXILIARY =
	/^(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|did|do|does)$/i;
const PRONOUN = /^(?:it|they|he|she|we|i|you|that|which|who)$/i;
/** "50-mile-long", "nine-month-old": the dimension a hyphenated measure describes stays with it. */
const DIMENSION = /^-(?:long|wide|high|deep|tall|old|thick|strong)\b/i;
/**
 * "fourth largest", "second place", "20th anniversary", "second-highest", "third-placed", "the third monthly fall in
 * a row": what makes an ordinal a rank.
 */
const RANK_AFTER =
	/^\s+of\s+\d+\s+\p{Ll}+|^\s+(?:[\p{Ll}-]+\s+)?(?:years?|months?|weeks?|days?|seasons?|quarters?|nights?|games?|matches|races?|terms?|falls?|rises?|gains?|losses|wins?|defeats?|increases?|declines?|cuts?)\s+(?:in\s+a\s+row|running)\b|^[\s-]+(?:place|placed|position|rank|spot|anniversary|birthday|(?:consecutive|straight|successive)\s+\p{L}+|(?:most|least)\s+\p{L}+|\p{Ll}+est|best|worst|highest|lowest|largest|biggest|busiest)\b/u;
/**
 * "won in 3:31.07", "ran 2:08:41": minutes and seconds with hundredths, or hours, minutes and seconds, is a time
 * taken, never a clock time (a clock has no hundredths, and "2:08:41" no day would show).
 */
export const RACE_TIME = /^:([0-5]\d)(?::([0-5]\d))?(\.\d{1,3})?(?![\d:])/;
/**
 * "at 01:35:27 (UTC)", "12:47:43 GMT", "10:35:27 North Korean local time": hours, minutes and seconds told in a time
 * zone are a reading of the clock, not a time taken, so no figure.
 */
const CLOCK_ZONE_AFTER =
	/^\s*\(?(?:UTC|GMT|BST|CET|EST|EDT|PST|PDT|ET|PT)\b|^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:local|standard)\s+time\b/u;

function clockReading(after: string): boolean {
	const time = RACE_TIME.exec(after);
	return !!time && CLOCK_ZONE_AFTER.test(after.slice(time[0].length));
}
/**
 * "her third budget", "the club's fifth win", "before my second term ends": an ordinal after an owner counts in a
 * series ("first" is often no rank).
 */
const OWNED_ORDINAL_BEFORE = /(?:\b(?:their|his|her|its|our|my|your)|\p{L}['’]s?)\s+$/iu;

/** A negation or a superlative before "in a decade": how long since something last happened. */
const NOT_OR_MOST = /n['’]t\b|\b(?:not|never|no|first|worst|best|most|least|\p{Ll}{3,}est)\b/u;
/** "every ten years": a frequency (a date), not an amount of time. */
const EVERY_BEFORE = /\bevery\s+$/i;
/** "their fifteen minutes (of fame)": a span of time after a possessive is a set phrase, not a duration. */
const POSSESSIVE_BEFORE = /\b(?:their|his|her|its|our|my|your)\s+$/i;
/**
 * A range's second end: "–10", " to 25", " and a million", " or four". A count before a number-word compound ends
 * it ("between two and three four-year terms"), as in a single figure (`NUMBER_WORD_GOES_ON`).
 */
const RANGE_AFTER = new RegExp(
	`^(\\s*[-–]\\s*|\\s+to\\s+|\\s+and\\s+|\\s+or\\s+)((?:${SYMBOL_SOURCE})?\\s?(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|half\\s+a\\s+(?:hundred|thousand|million|billion)|(?:a|an)\\s+(?:hundred|thousand|million|billion)|(?:(?:${SMALL_WORDS})[\\s-]+)?(?:${FRACTION_WORDS})|${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_GOES_ON}${NUMBER_WORD_SOURCE})*)(?:\\s?(?:thousand|million|billion|trillion|bn|m))?)(?![\\d\\p{L}])`,
	'iu'
);

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
	/** The upper end of a range ("US$20-25", "between half a million and a million"). */
	max?: number;
	unit: FigureUnit;
	vague: boolean;
	/** What is counted when the sentence names it before the number ("a crowd of 18,400"). */
	about?: string;
}

/** What a unit reader sees: the number matched, and the text around it within its sentence. */
export interface NumberAt {
	text: string;
	sentence: SentenceSpan;
	/** Where the number (or its currency sign) starts and ends. */
	index: number;
	end: number;
	value: number;
	/** The number is written in words ("two"), not digits. */
	words: boolean;
	/** The currency its sign names ("$" is USD). */
	sign?: FigureUnit;
	/** Up to 40 characters before, up to 60 after, within the sentence. */
	before: string;
	after: string;
	/** Where the figure starts once a qualifier ("about", "more than") is counted in. */
	start: number;
	qualifier: string;
}

export interface UnitReader {
	/** Which kinds of unit the reader gives. */
	kinds: readonly UnitKind[];
	read(n: NumberAt): Candidate | null;
}

/** " cases per 100,000 people", " per 1,000 live births", " per million": the rest of a rate's unit. */
const PER_POPULATION =
	/^(?:\s+[\p{Ll}-]+){0,2}\s+per\s+(?:1,000|10,000|100,000|1,000,000|(?:a|one)\s+(?:thousand|million)|million)(?![\d,])(?:\s+(?:person-years|people|persons?|residents|inhabitants|population|adults|children|women|men|live\s+births|births|patients))?/u;
const ends = (after: string) => /^(?:\s*[,.;:)—–]|\s*$)/.test(after);
/** The clause ends after the number, or goes on with a time or place ("passed 900,000 on Friday"). */
const endsOrGoesOn = (after: string) =>
	ends(after) ||
	/^\s+(?:on|in|at|by|from|to|as|with|for|after|before|since|during|this|last|so far)\b/i.test(after) ||
	// "killed 2,000 and injured 5,000": the clause goes on with another verb.
	/^\s+(?:and|but)\s+\p{Ll}+(?:ed|ing)\b/iu.test(after);
const plain = (n: NumberAt, length: number, unit: FigureUnit, extra: Partial<Candidate> = {}): Candidate => ({
	start: n.start,
	end: n.end + length,
	rest: n.end + length,
	value: n.value,
	unit,
	vague: false,
	...extra
});

/**
 * The unit readers, in the order they are tried on what follows a number. Each one either claims the number as
 * its kind of figure or passes; the first claim wins.
 */
export const UNIT_READERS = {
	/** "2%", "12 percent", "5 per cent". */
	percent: {
		kinds: ['ratio'],
		read: (n) => {
			const m = /^(?:\s?%|[\s-]+percent\b|\s+per cent\b|-per-cent\b|\s+pct\b|\s?pc\b(?!\.))/.exec(
				n.after.replace(/^([\s-]+)(PERCENT|Percent)\b/, '$1percent')
			);
			return m ? plain(n, m[0].length, 'percent') : null;
		}
	},
	/** "0.4 percentage points", "a 0.25-percentage-point rise". */
	percentagePoints: {
		kinds: ['ratio'],
		read: (n) => {
			const m = /^[\s-]+percentage[\s-]+points?\b/i.exec(n.after);
			return m ? plain(n, m[0].length, 'percentage points') : null;
		}
	},
	/**
	 * "9.7 cases per 100,000 people", "474 per 100,000 person-years": a rate counted against a round population is
	 * one figure, the rate; the base is part of its unit, never a count of its own.
	 */
	perPopulation: {
		kinds: ['count'],
		read: (n) => {
			const m = PER_POPULATION.exec(n.after);
			return m ? plain(n, m[0].length, 'count', { about: m[0].trim().replace(/\s+/g, ' ') }) : null;
		}
	},
	/** "$470 million", "€ 899 million": a sign names the currency. */
	currencySign: {
		kinds: ['currency'],
		read: (n) => (n.sign ? plain(n, 0, n.sign) : null)
	},
	/** "40 million euros", "12 cents", "422,000 euros", "10 Canadian dollars"; "pounds of beef" is weight. */
	currencyWord: {
		kinds: ['currency'],
		read: (n) => {
			const cents = HUNDREDTHS.exec(n.after);
			if (cents)
				return plain(n, cents[0].length, /^pence/i.test(cents[1]!) ? 'GBP' : 'USD', {
					value: Number((n.value / 100).toPrecision(12))
				});
			const m =
				/^\s+(?:(U\.S\.|US|American|Canadian|Australian|Hong Kong|New Zealand|Singapore|Swiss)\s+)?/i.exec(
					n.after
				);
			const lead = m?.[0] ?? '';
			const pounds = /^pounds?\b/i.exec(n.after.slice(lead.length));
			// "weighs about 50 pounds", "50 pounds heavier": a weight, which the measure reader takes.
			const weight =
				/\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?$/i.test(
					n.before.slice(0, n.before.length - n.qualifier.length)
				) || /^\s+(?:heavier|lighter)\b/i.test(n.after.slice(lead.length + (pounds?.[0].length ?? 0)));
			if (pounds && !weight && !/^\s+(?:of|\()/i.test(n.after.slice(lead.length + pounds[0].length)))
				return plain(n, lead.length + pounds[0].length, 'GBP');
			const word = lead ? unitAt(n.after.slice(lead.length), ['currency']) : null;
			if (!word) return null;
			const unit = currencyOfAdjective(m?.[1] ?? '') ?? word.unit;
			return plain(n, lead.length + word.written.length, unit);
		}
	},
	/** "40 trillion cubic feet", "65 million kilograms", "50-mile-long", "80-kilometre", "143 million pounds of". */
	measure: {
		kinds: ['measure'],
		read: (n) => {
			// "40°C": a degree sign follows the number directly.
			const m = /^(\s+|-|\s?-\s?|(?=[°º])|(?=(?:kg|km|cm|mm|ft|mph|kph|MW|kW|kVA)\b))/.exec(n.after);
			if (!m) return null;
			const unit = unitAt(n.after.slice(m[0].length), ['measure']);
			if (!unit) return null;
			let length = m[0].length + unit.written.length;
			// "metric-ton-per-year", "-long": the rest of a hyphenated measure belongs to it.
			const rest = /^(?:-per-\p{L}+|-(?:long|wide|high|deep|tall|old|thick|strong))\b/u.exec(
				n.after.slice(length)
			);
			if (rest) length += rest[0].length;
			return plain(n, length, unit.unit);
		}
	},
	/** "five years", "13 months", "two-week", "11-year", "nine-month-old"; not "two years ago" or "every ten years". */
	time: {
		kinds: ['time'],
		read: (n) => {
			const m = /^(\s+|-|\s?-\s?)(decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b/i.exec(
				n.after
			);
			if (!m) return null;
			const following = n.after.slice(m[0].length);
			if (NOT_A_DURATION.test(following) || EVERY_BEFORE.test(n.before)) return null;
			if (DAYS_A_WEEK.test(n.after.slice(m[1]!.length))) return null;
			const hyphen = m[1]!.includes('-');
			const unit = unitAt(m[2]!, ['time'])!.unit;
			// "in the first three months of the year": a stretch of the calendar, which dates.ts reads.
			if (
				/\bthe\s+(?:first|last|final)\s+$/i.test(n.before) &&
				/^\s+of\s+(?:the|this|last|next|\d{4})\b/i.test(following)
			)
				return null;
			const dimension = hyphen ? (DIMENSION.exec(following)?.[0] ?? '') : '';
			let start = n.start;
			// "over the next five years": the period is the answer; "over" there is not a hedge.
			const period = /\bthe\s+(?:next|past|last|coming|previous|first|following)\s+$/i.exec(n.before);
			if (period) start = n.index - period[0].length;
			else if (/^(?:over|under)\s/i.test(n.qualifier)) start = n.index;
			return { ...plain(n, m[0].length + dimension.length, unit), start };
		}
	},
	/** "won in 3:31.07", "2:08:41": a race time, in seconds. */
	raceTime: {
		kinds: ['time'],
		read: (n) => {
			const m = RACE_TIME.exec(n.after);
			if (!m || n.words || !Number.isInteger(n.value) || (!m[2] && !m[3])) return null;
			const [minutes, seconds] = m[2] ? [n.value * 60 + Number(m[1]), Number(m[2])] : [n.value, Number(m[1])];
			const value = Number((minutes * 60 + seconds + Number(m[3] ?? 0)).toPrecision(12));
			return plain(n, m[0].length, 'seconds', { value, about: 'time taken' });
		}
	},
	/** "a magnitude-6.1 earthquake", "magnitude 7.0": the unit written before the number. */
	magnitudeBefore: {
		kinds: ['measure'],
		read: (n) =>
			/\bmagnitude[\s-]$/i.test(n.before) && !n.words
				? plain(n, 0, 'magnitude', { start: n.index - 'magnitude '.length })
				: null
	},
	/** "aged 14 to 17", "aged 42", "at the age of 56", "their mean age was 68": an age given with "aged" or "age". */
	aged: {
		kinds: ['time'],
		read: (n) =>
			/\b(?:aged|(?:at\s+)?the\s+ages?\s+of|age\s+(?:was|is|of))\s+(?:between\s+)?$/i.test(n.before) &&
			n.value >= 0 &&
			n.value <= 120
				? plain(n, 0, 'years', { about: 'age' })
				: null
	},
	/** "Thomas Sam, 42, and his wife": an age set off after a name. */
	age: {
		kinds: ['time'],
		read: (n) => {
			if (n.words || n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) return null;
			if (!/^,/.test(n.after)) return null;
			// "a woman, 45, was swept away": an age set off after a person named by what they are.
			const described = PERSON_APPOSED.exec(n.before)?.[1];
			if (described) return plain(n, 0, 'years', { about: `age of the ${described}` });
			if (!/\p{Lu}[\p{L}'’-]+,\s*$/u.test(n.before)) return null;
			const name = /((?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+),\s*$/u.exec(n.before)?.[1] ?? '';
			return plain(n, 0, 'years', { about: `age of ${name}` });
		}
	},
	/** "Vorst, now 58, presented the medals": an age set off after a name, told as it is today. */
	ageNow: {
		kinds: ['time'],
		read: (n) => {
			if (n.words || n.value < 1 || n.value > 120 || !Number.isInteger(n.value) || !/^,/.test(n.after))
				return null;
			const name = /((?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+),\s*now\s+$/u.exec(n.before)?.[1];
			return name ? plain(n, 0, 'years', { about: `age of ${name}` }) : null;
		}
	},
	/** "for pupils under 18", "children aged 12": an age bound on people, in years. */
	ageBound: {
		kinds: ['time'],
		read: (n) => {
			if (n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) return null;
			const people = AGE_BOUND_BEFORE.exec(n.before)?.[1];
			if (
				!people ||
				!/^(?:\s*[,.;:)—–]|\s*$|\s+(?!(?:months?|weeks?|days?|hours?|years?|minutes?|per|percent|kg|kilos?|pounds?|stone|feet|foot|inches|metres?|meters?|cm|km|miles?)\b)\p{Ll}+\b)/u.test(
					n.after
				)
			)
				return null;
			return plain(n, 0, 'years', { about: `age of ${people}` });
		}
	},
	/**
	 * "for six and seven year old pupils", "seven and eleven-year-olds": the first of two ages joined by "and" leaves
	 * "year old" to the second, and is an age as that one is.
	 */
	sharedAge: {
		kinds: ['time'],
		read: (n) => {
			if (n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) return null;
			return SHARED_AGE_AFTER.test(n.after) ? plain(n, 0, 'years', { about: 'age' }) : null;
		}
	},
	/**
	 * "She was 30 and working as a teller", "a third of them were over 75": an age told with "was", of a person or of
	 * a share of a group of people.
	 */
	ageAfterBe: {
		kinds: ['time'],
		read: (n) => {
			if (n.words || n.value < 1 || n.value > 120 || !Number.isInteger(n.value)) return null;
			const bare = n.before.slice(0, n.before.length - n.qualifier.length);
			const bound =
				/^(?:over|under)\s/i.test(n.qualifier) &&
				/\bof\s+(?:them|us|those|the\s+\p{L}+|\p{L}+['’]s?\s+\p{L}+)\s+(?:(?:was|were|is|are)\s+)?$/iu.test(
					bare
				) &&
				ends(n.after);
			// "until she was 80”, she said", "The youngest, Agnes Pryor, was 14.": a person's age told with "was"
			// after a pronoun or a full name set off by commas.
			const person =
				!n.qualifier &&
				(/\b(?:he|she|I)\s+(?:was|is)\s+$/i.test(bare) ||
					/,\s+(?:\p{Lu}[\p{L}'’-]+\s+)+\p{Lu}[\p{L}'’-]+,\s+(?:was|is)\s+$/u.test(bare)) &&
				/^(?:["”’]?\s*[,.;]|\s+(?:and|when)\b)/.test(n.after);
			return bound || person ? { ...plain(n, 0, 'years', { about: 'age' }), start: n.index } : null;
		}
	},
	/**
	 * "won in 12.48 seconds … Marek (12.71), with Soyinka third in 12.80": a bare decimal after a measured one of
	 * its paragraph or the one before, written with as many decimals and of like size, is in the same unit.
	 */
	unitBefore: {
		kinds: ['time', 'measure'],
		read: (n) => {
			const written = n.text.slice(n.index, n.end);
			const decimals = /^\d+\.(\d+)$/.exec(written)?.[1]?.length;
			if (!decimals || n.sign || !/^\s*[),;.]|^\s+(?:and|with|in|to|on|at|behind|ahead)\b/.test(n.after))
				return null;
			// This paragraph and the one before: a report's lead gives the winner's time, the next the others'.
			const paragraph = n.text
				.slice(Math.max(0, n.index - 600), n.index)
				.split(/\n\s*\n/)
				.slice(-2)
				.join('\n\n');
			for (const m of [...paragraph.matchAll(/\b(\d+)\.(\d+)\s+([\p{L}]+)/gu)].reverse()) {
				const unit = unitAt(m[3]!, ['time', 'measure']);
				const value = Number(`${m[1]}.${m[2]}`);
				if (unit && m[2]!.length === decimals && value / 2 <= n.value && n.value <= value * 2)
					return plain(n, 0, unit.unit);
			}
			return null;
		}
	},
	/**
	 * "two of its seven plants", "about 250 of the jobs", "All five of the accused": a part of a known whole. A
	 * capitalised word before it names the number ("Apollo 11 of the"), unless it opens the sentence as a word that
	 * names nothing ("All", "And", "But"), as for a number of any kind (`isNameBefore`).
	 */
	partitive: {
		kinds: ['count'],
		read: (n) =>
			(PARTITIVE.test(n.after) || OWNED_WHOLE.test(n.after)) &&
			(n.qualifier || !isNameBefore(n.text, n.index, n.sentence))
				? plain(n, 0, 'count')
				: null
	},
	/** "a crowd of 18,400,", "a population of 2.1 million.": the counted noun before the number. */
	countedBefore: {
		kinds: ['count'],
		read: (n) => {
			// "a lead of nearly three thousand": the hedge stands between the noun's "of" and the number.
			const counted = NOUN_OF.exec(n.before.slice(0, n.before.length - n.qualifier.length));
			if (!counted || NOT_COUNTED.has(counted[2]!.toLowerCase())) return null;
			// Digits end the clause ("a crowd of 18,400, a record"); a number word may also end before its verb.
			if (!ends(n.after) && !(n.words && VERB_AFTER.test(n.after))) return null;
			return plain(n, 0, 'count', { about: counted[1]! });
		}
	},
	/** "shrank from 41 people to 29", "approved by 31 votes to 17": the count of the noun just counted. */
	countTo: {
		kinds: ['count'],
		read: (n) => {
			const counted = COUNT_TO.exec(n.before);
			if (!counted || !(endsOrGoesOn(n.after) || /^\s+over\b/i.test(n.after))) return null;
			return plain(n, 0, 'count', { about: counted[1]! });
		}
	},
	/** "fell to 812,000 hectares from 860,000": the earlier end of a change takes the later one's unit or noun. */
	changeFrom: {
		kinds: ['measure', 'count'],
		read: (n) => {
			const to = CHANGE_FROM.exec(n.before);
			if (!to || n.sign || unitAt(to[1]!, ['time', 'currency', 'ratio'])) return null;
			const measure = unitAt(to[1]!, ['measure']);
			return measure ? plain(n, 0, measure.unit) : plain(n, 0, 'count', { about: to[1]! });
		}
	},
	/** "2.1 times annual earnings", "valued at 19.3 times"; not "met five times", "five times a year". */
	times: {
		kinds: ['multiplier'],
		read: (n) => {
			const times = /^\s+times\b/i.exec(n.after);
			if (!times) return null;
			const following = n.after.slice(times[0].length);
			const bare = n.before.slice(0, n.before.length - n.qualifier.length);
			const compares =
				/^\s+(?:as|the|its|their|his|her|our|what|that|more|higher|larger|bigger|greater|faster|less|smaller|annual|earnings|sales|revenue)\b/i.test(
					following
				) || /\b(?:at|to|below|above|under|over)\s+$/i.test(bare);
			// "met five times": how many times it happened; "five times a year" is a rate.
			if (/^\s+(?:a|an|per|each|every)\b/i.test(following)) return null;
			if (!compares) return plain(n, times[0].length, 'count');
			const object =
				/^\s+(?:as|that|what|more|higher|larger|bigger|greater|faster|less|smaller|within|by|in|from|over|since|after|before|to|for|this|last)\b|^\s*[,.;:]|^\s*$/i.test(
					following
				)
					? ''
					: phrase(following);
			return plain(n, times[0].length, 'multiplier', object ? { about: object } : {});
		}
	},
	/** "bringing the total to five", "raising the death toll to 12": a running total. */
	runningTotal: {
		kinds: ['count'],
		read: (n) => {
			const total =
				/\bthe\s+((?:death\s+)?(?:total|toll|tally))\s+(?:(?:has|had|have)\s+)?(?:(?:risen|rose|climbed|reached|increased|grown|grew|stands|stood|jumped)\s+)?(?:to|at|of)\s+$/i.exec(
					n.before
				) ??
				/\bthe\s+((?:death\s+)?(?:total|toll|tally))\s+(?:has\s+|had\s+)?(?:reached|hit|passed|topped|exceeded)\s+$/i.exec(
					n.before
				);
			return total && ends(n.after) ? plain(n, 0, 'count', { about: total[1]! }) : null;
		}
	},
	/**
	 * "the number of refugees between half a million and a million", "bringing the total number of layoffs to 670":
	 * what "the number of" counts, a word of sum or record ("total", "overall") between them or not.
	 */
	numberOf: {
		kinds: ['count'],
		read: (n) => {
			const of =
				/\bthe\s+(?:(?:total|overall|combined|final|official)\s+)?(?:number|total|count|tally)\s+of\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:[\p{L}]+\s+){0,4}$/iu.exec(
					// The phrase and the four words after it may run past the 40 characters of `before`.
					n.text.slice(Math.max(n.sentence.start, n.index - 80), n.index)
				);
			return of && endsOrGoesOn(n.after) ? plain(n, 0, 'count', { about: of[1]! }) : null;
		}
	},
	/** "killed at least 90, officials said", "employs about 1,200.": people counted by what happened to them. */
	countedByVerb: {
		kinds: ['count'],
		read: (n) => {
			const bare = n.before.slice(0, n.before.length - n.qualifier.length);
			const verb =
				/\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|arrested|evacuated|rescued|displaced|employs|employed|employing|hired|sacked|detained)\s+$/i.test(
					bare
				);
			return verb && endsOrGoesOn(n.after) ? plain(n, 0, 'count') : null;
		}
	},
	/**
	 * "About 2,500 were evacuated.", "Seven people died and 12 were injured": a number that is the subject of its
	 * sentence or of a clause joined to it counts people.
	 */
	subjectCount: {
		kinds: ['count'],
		read: (n) => {
			const lead = n.text.slice(n.sentence.start, n.start);
			if (!/^[\s"“‘'(]*$|(?:,|\b(?:and|while|but|whereas))\s+$/.test(lead)) return null;
			const verb = /^\s+((?:were|are|have\s+been|had\s+been|remain|remained)\s+\p{Ll}+|died)\b/iu.exec(
				n.after
			);
			return verb ? plain(n, 0, 'count', { about: `people who ${verb[1]!.replace(/\s+/g, ' ')}` }) : null;
		}
	},
	/**
	 * "passed by 52 votes to 48", "took 9,412 votes (41.2%) to 8,930 (39.1%)": the other side of a tally counts what
	 * the first side's noun names.
	 */
	tallyAgainst: {
		kinds: ['count'],
		read: (n) => {
			// "9,412 votes (41.2%) to 8,930 (39.1%) for": each side may carry its share in brackets.
			const tally = /\b\d[\d,]*\s+(votes?|seats?|points?|goals?)\s+(?:\([^()]*\)\s+)?to\s+$/i.exec(n.before);
			const after = n.after.replace(/^\s*\([^()]*\)/, '');
			return tally && endsOrGoesOn(after) ? plain(n, 0, 'count', { about: tally[1]! }) : null;
		}
	},
	/** "passed 900,000 on Friday": a large amount written with separators is a count. */
	separatedAmount: {
		kinds: ['count'],
		read: (n) =>
			!n.words &&
			/\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(n.text.slice(n.index, n.end)) &&
			n.value >= 1000 &&
			endsOrGoesOn(n.after)
				? plain(n, 0, 'count')
				: null
	},
	/**
	 * A letter glued to the number, as reports abbreviate units: "running 12.7s" (seconds, after a decimal, since
	 * "the 1990s" is a decade), "reached 44.1C" (degrees), "fell to 1,186p", "21.5p a share" (pence).
	 */
	gluedLetter: {
		kinds: ['time', 'measure', 'currency'],
		read: (n) => {
			const letter = GLUED_LETTER.exec(n.after)?.[1];
			if (n.words || !letter) return null;
			if (letter === 's') return /\.\d/.test(n.text.slice(n.index, n.end)) ? plain(n, 1, 'seconds') : null;
			if (letter === 'p') return plain(n, 1, 'GBP', { value: Number((n.value / 100).toPrecision(12)) });
			return plain(n, 1, letter === 'C' ? 'degrees Celsius' : 'degrees Fahrenheit');
		}
	},
	/**
	 * "filed 17 defect reports in 2026, against six in 2025": the second side of a comparison leaves out the noun
	 * the first side counted, so it counts the same thing.
	 */
	comparedCount: {
		kinds: ['count'],
		read: (n) => {
			const bare = n.before.slice(0, n.before.length - n.qualifier.length);
			if (!/\b(?:against|compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+$/i.test(bare)) return null;
			if (!endsOrGoesOn(n.after)) return null;
			const lead = n.text.slice(n.sentence.start, n.start);
			const first = new RegExp(
				`(?:\\d|\\b(?:${SMALL_WORDS}))\\s+((?:\\p{Ll}+\\s+)?(\\p{Ll}+s))\\b`,
				'u'
			).exec(lead);
			if (!first) return null;
			// "40 tonnes, up from 31": the first side's unit, when it names one.
			const unit = unitAt(first[2]!, ['measure', 'time', 'currency']);
			return unit ? plain(n, 0, unit.unit) : plain(n, 0, 'count', { about: first[1]! });
		}
	},
	/** "a 10-point lead", "a five-point plan": points written as one word with the number ("point" alone is no count). */
	hyphenPoints: {
		kinds: ['count'],
		read: (n) => {
			const m = /^\s?-\s?point\b(?!-)/i.exec(n.after);
			return m && Number.isInteger(n.value) ? plain(n, m[0].length, 'count', { about: 'points' }) : null;
		}
	},
	/** "17 people", "two broad declarations", "3.5 million barrels", "two more animals", "a two-train plant". */
	countNoun: {
		kinds: ['count'],
		read: (n) => {
			const extra = /^\s+(?:more|other|additional)(?=\s+[\p{L}])/u.exec(n.after);
			const noun = /^(\s?-\s?|\s+)([\p{L}][\p{L}'’]*)/u.exec(n.after.slice(extra?.[0].length ?? 0));
			if (!noun) return null;
			const word = noun[2]!.toLowerCase();
			if (NOT_A_NOUN.has(word) || /ly$/.test(word) || MULTIPLIERS[word] !== undefined) return null;
			// "a two-train plant": a hyphenated count; "one-sided", "two-way" describe, they do not count.
			const hyphen = noun[1]!.includes('-');
			if (hyphen && (/(?:ed|way)$/.test(word) || !/^\p{Ll}/u.test(noun[2]!))) return null;
			if (n.value === 1 && NOT_COUNTED_ONE.has(word)) return null;
			// "two days after the vote": a time the time reader declined is a point in time, not a count of days.
			if (unitAt(noun[2]!, ['time'])) return null;
			if (hyphen) return plain(n, noun[0].length, 'count');
			return plain(n, 0, 'count');
		}
	},
	/**
	 * "won 12 seats, while the Civic Party fell from 30 to 22": the two ends of a change with no noun count what the
	 * sentence counted before them.
	 */
	changedCount: {
		kinds: ['count'],
		read: (n) => {
			if (n.words || !CHANGED_COUNT.test(n.before)) return null;
			const noun = COUNTED_EARLIER.exec(n.text.slice(n.sentence.start, n.start));
			return noun && !unitAt(noun[2]!, ['measure', 'time', 'currency'])
				? plain(n, 0, 'count', { about: noun[1]! })
				: null;
		}
	},
	/**
	 * "hired 320 nurses and will hire a further 280 this year": "a further" or "another" adds to the count the
	 * sentence named before, and leaves out its noun.
	 */
	furtherCount: {
		kinds: ['count'],
		read: (n) => {
			if (!ADDED_TO_COUNT_BEFORE.test(n.before) || !ELIDED_NOUN_AFTER.test(n.after)) return null;
			const noun = COUNTED_EARLIER.exec(n.text.slice(n.sentence.start, n.start));
			return noun && !unitAt(noun[2]!, ['measure', 'time', 'currency'])
				? plain(n, 0, 'count', { about: noun[1]! })
				: null;
		}
	},
	/** "three gravity assists from Earth and one from Venus": the last item of a list leaves out the noun. */
	listedCount: {
		kinds: ['count'],
		read: (n) => {
			const listed = LISTED.exec(n.before);
			if (!listed || !/^\s+(?:from|in|at|on|for|to)\b|^\s*[,.;]/.test(n.after)) return null;
			return plain(n, 0, 'count', { about: listed[1]! });
		}
	},
	/** "Of the 4,000 carousels built before 1930, fewer than 150 still turn": a part of the whole named first. */
	frontedWhole: {
		kinds: ['count'],
		read: (n) => {
			const whole = FRONTED_WHOLE.exec(n.text.slice(n.sentence.start, n.start));
			return whole ? plain(n, 0, 'count', { about: whole[1]! }) : null;
		}
	}
} satisfies Record<string, UnitReader>;

const READERS: UnitReader[] = Object.values(UNIT_READERS);

export function extractFigures(text: string, sentences: SentenceSpan[]): FigureFact[] {
	const known = knownSets(text);
	const models = modelNumbers(text);
	const facts: FigureFact[] = [];
	const ids = new Set<string>();
	let previous: { sentence: SentenceSpan; agent: string } | null = null;
	// The one compiled scanner, not a copy per call: V8 compiles a copy anew once its cache drops it, and late in a
	// long-lived worker compiles regexes unoptimised, which scans a long text several times slower.
	const re = CANDIDATE;
	re.lastIndex = 0;
	for (let match = re.exec(text); match; match = re.exec(text)) {
		const sentence = sentenceAt(sentences, match.index);
		if (!sentence) continue;
		const read = readCandidate(text, match, sentence, known);
		const candidate = read && withPlus(text, read, sentence);
		if (
			!candidate ||
			models.has(text.slice(candidate.start, candidate.end)) ||
			namesATitle(text.slice(candidate.start, candidate.end), candidate.unit) ||
			CALIBRE_BEFORE.test(text.slice(Math.max(0, candidate.start - 2), candidate.start)) ||
			NUMBER_SIGN_BEFORE.test(text.slice(Math.max(0, candidate.start - 2), candidate.start)) ||
			(candidate.unit === 'count' && pointsForThousands(text, candidate.start, candidate.end)) ||
			(/^\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?$/.test(text.slice(candidate.start, candidate.end)) &&
				STREET_AFTER.test(text.slice(candidate.end, Math.min(sentence.end, candidate.end + 60))))
		)
			continue;
		// A range read both ends: the second is not a figure of its own.
		if (candidate.end > re.lastIndex) re.lastIndex = candidate.end;
		const agentFromBefore = agentOf(clauseBefore(text, sentence.start, candidate.start));
		const inherited =
			previous && previous.sentence === sentence && isCoordinated(text, sentence, candidate)
				? previous.agent
				: '';
		const agent = agentFromBefore ?? inherited;
		const about = describe(
			text,
			sentence,
			candidate,
			agent,
			() => sentences[sentenceIndexAt(sentences, sentence.start) - 1]
		);
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
			...(candidate.max !== undefined ? { max: candidate.max } : {}),
			unit: candidate.unit,
			about,
			evidence: { start: sentence.start, end: sentence.end }
		});
	}
	return facts;
}

/**
 * "$20-plus million", "a $3 billion-plus budget", "28,000-plus fans": "-plus" says "more than", like a qualifier,
 * and belongs to the figure with the scale word after it, or a blank would leave "_____ -plus million" behind.
 */
function withPlus(text: string, c: Candidate, sentence: SentenceSpan): Candidate {
	const plus = /^-plus\b(?:\s+(thousand|million|billion|trillion)\b)?/i.exec(text.slice(c.end, sentence.end));
	if (!plus) return c;
	const scale = plus[1] ? (SCALES[plus[1].toLowerCase()] ?? 1) : 1;
	return {
		...c,
		end: c.end + plus[0].length,
		rest: Math.max(c.rest, c.end + plus[0].length),
		value: c.value * scale,
		...(c.max !== undefined ? { max: c.max * scale } : {})
	};
}

/** The sentence holding `offset`, if any. */
function sentenceAt(sentences: SentenceSpan[], offset: number): SentenceSpan | undefined {
	const s = sentences[sentenceIndexAt(sentences, offset)];
	return s && offset < s.end ? s : undefined;
}

function normalize(s: string): string {
	return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

// The whole-text scans keep one compiled expression each (read with matchesOf, which does not copy it): V8 compiles
// a copy anew once its cache drops it, and in a long-lived worker compiles it unoptimised, several times slower.
const KNOWN_SET = new RegExp(`\\b(?:the|these|those|both)\\s+(${NUMBER_WORD_SOURCE})\\s+([a-z]+)`, 'gi');
const CAPITAL_MID_SENTENCE = /[\p{Ll},]\s+(\p{Lu}\p{Ll}+)\b/gu;

/**
 * "the two leaders" makes every later "two leaders" a reference to that known set; an earlier "among four
 * districts" is where the set was introduced, so it stays a figure. Maps "two leaders" to its first "the" offset.
 */
/**
 * "the company's 911 model … The 911 unit sales": a number the article names a product by, before a singular
 * "model" (a count is of "models"), is that name wherever the article writes it.
 */
const MODEL_NUMBER = /(?<![$€£\d.,])\b(\d{2,})\s+model\b/gi;

function modelNumbers(text: string): Set<string> {
	return new Set(matchesOf(MODEL_NUMBER, text).map((m) => m[1]!));
}

function knownSets(text: string): Map<string, number> {
	const sets = new Map<string, number>();
	for (const m of matchesOf(KNOWN_SET, text)) {
		const key = `${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase()}`;
		if (!sets.has(key)) sets.set(key, m.index);
	}
	return sets;
}

/** A month named beside the number ("May 5", "5 May"): compiled once, not once a figure. */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b|^,\\s+\\d{4}`, 'i');

/** "more than 1800 people", "in excess of 1900 employees": a bound on how many, which a year never takes. */
const COUNT_HEDGE_BEFORE =
	/\b(?:(?:more|fewer|less)\s+th[ae]n|about|around|approximately|roughly|nearly|almost|some|over|at\s+least|up\s+to|as\s+many\s+as|close\s+to|in\s+excess\s+of|an\s+estimated)\s+$/i;
/** "over 2007 levels", "up to 2020 targets": a year names the period another amount is measured against. */
const MEASURED_AGAINST_YEAR =
	/^(?:levels|figures|prices|rates|totals|values|targets|emissions|sales|results|numbers|standards|elections|games|olympics)$/i;

/**
 * A number shaped like a year is a count when a hedge of amount stands before it and a plural noun follows
 * ("about 2000 listeners", "about 1800 Russians"); "at least 2024" and "over 2007 levels" stay years.
 */
function hedgedYearLikeCount(before: string, after: string): boolean {
	const noun = /^\s+(\p{L}+s|people|men|women|children|staff|police)\b(?!['’])/u.exec(after)?.[1];
	return (
		!!noun &&
		COUNT_HEDGE_BEFORE.test(before) &&
		!MEASURED_AGAINST_YEAR.test(noun) &&
		!/^(?:was|is|has|does|this|thus|its|us|as)$/i.test(noun)
	);
}

/** "by a vote of 80–17", "the vote was 29 to 27", "voted 26–3", "a majority of 35 to 23": a tally of votes. */
const VOTE_BEFORE = /\b(?:vote\s+(?:of|was)|votes?|voted|majority\s+of)\s+$/i;
/**
 * "confirmed by the Senate, 84 to 16", "passed the State House 96-0", "was tied 64-64": right after a verb that
 * decides a vote (and the chamber that cast it), a pair whose first number is not the smaller is its tally; a rising
 * pair ("passed 10 to 20 units") is a range.
 */
const DECIDED_BEFORE =
	/\b(?:passed|confirmed|approved|rejected|tied)(?:\s+(?:by\s+)?the(?:\s+\p{Lu}\p{L}*){1,2})?,?\s+$/u;
/** "a 3-2 vote", "a 74-25 vote in the Senate", "a 302-126 approval", "21–3 with eight abstentions". */
const VOTE_AFTER = /^\s+(?:votes?|approval)\b|^\s+with\s+\S+\s+abstentions?\b/i;
const TALLY = /^(\d{1,3})(\s*[-–]\s*|\s+to\s+)(\d{1,3})(?![\d.,]\d|[-–%]|\s*(?:percent|per\s+cent)\b)/i;

/**
 * A vote tally is two counts of votes, for and against, each a figure a reader may be asked; a score or a range
 * without the word "vote" around it stays refused.
 */
function voteTallyCount(text: string, index: number, end: number, sentence: SentenceSpan): Candidate | null {
	const votes = (tallyStart: number, tallyEnd: number, tally: RegExpExecArray) => {
		const before = text.slice(Math.max(sentence.start, tallyStart - 30), tallyStart);
		return (
			VOTE_BEFORE.test(before) ||
			VOTE_AFTER.test(text.slice(tallyEnd, sentence.end)) ||
			(DECIDED_BEFORE.test(before) && Number(tally[1]) >= Number(tally[3]))
		);
	};
	const count = { start: index, end, rest: end, unit: 'count', vague: false, about: 'votes' } as const;
	const first = TALLY.exec(text.slice(index, sentence.end));
	if (first && first[1]!.length === end - index && votes(index, index + first[0].length, first))
		return { ...count, value: Number(first[1]) };
	const earlier = /(\d{1,3})(\s*[-–]\s*|\s+to\s+)$/.exec(
		text.slice(Math.max(sentence.start, index - 10), index)
	);
	if (!earlier) return null;
	const tallyStart = index - earlier[0].length;
	const whole = TALLY.exec(text.slice(tallyStart, sentence.end));
	if (
		!whole ||
		whole[0].length !== end - tallyStart ||
		!/^\D/.test(text.slice(tallyStart - 1, tallyStart) || ' ')
	)
		return null;
	return votes(tallyStart, end, whole) ? { ...count, value: Number(whole[3]) } : null;
}

/** Glued to letters or codes ("G7", "COVID-19", "F-16", "3D"), a time, a date or an identifier: not a figure. */
function isCode(
	text: string,
	index: number,
	end: number,
	g: Record<string, string | undefined>,
	before: string,
	after: string
): boolean {
	const charBefore = text.charAt(index - 1);
	const charAfter = text.charAt(end);
	// "12.7s", "44.1C", "21.5p": a unit glued as one letter (gluedLetter), not a code.
	const glued = GLUED_LETTER.test(after) && (!after.startsWith('s') || /\.\d/.test(g.num ?? ''));
	if (
		/[\p{L}\d_]/u.test(charBefore) ||
		(/[\p{L}_]/u.test(charAfter) && !g.scale && !GLUED_UNIT.test(after) && !glued)
	)
		return true;
	// "F-16", "COVID-19" are codes; "magnitude-6.1" is a measure with its unit before it.
	if (
		/[\p{L}][-/]$/u.test(text.slice(index - 2, index)) &&
		!g.sym &&
		!g.code &&
		!/\bmagnitude-$/i.test(before)
	)
		return true;
	if (RACE_TIME.test(after) && !clockReading(after)) return false;
	// "the 3:40 mark": the minutes of a time or a point in a recording are no count.
	if (/\d:$/.test(text.slice(index - 2, index))) return true;
	if (EVENT_OWNER_BEFORE.test(before)) return true;
	if (/^(?:[:/]\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|EST\b|ET\b|o['’]clock))/iu.test(after))
		return true;
	if (/\b(?:no|nos|number|#)\.?\s*$/i.test(before)) return true;
	if (MONTH_BEFORE.test(before)) return true;
	if (MONTH_AFTER.test(after)) return true;
	// "posts 542 and 543", "Flight 269": a number after a plural noun of places or a name identifies.
	if (/\b(?:posts?|rooms?|flights?|routes?|units?|lines?|platforms?|gates?|bays?|seats?)\s+$/i.test(before))
		return true;
	// "US$1,8 billion", "53,7%": a decimal comma (the digits after it are no group of three); neither side alone
	// is the figure, and reading it as a point would show a form the article does not use.
	if (/\d,$/.test(text.slice(index - 2, index)) || /^,\d/.test(after)) return true;
	// "needs 100, 000 rifles": a group of thousands set apart by a stray space (no count starts on a zero), so
	// neither "100" nor "000" is the figure.
	if (/^,\s0\d\d\b/.test(after) || (/\d,\s$/.test(before) && /^0\d\d\b/.test(text.slice(index, end))))
		return true;
	// "Standard & Poor's 500": a firm's name with "&" and a possessive names its index ("Kell's 500 workers" counts).
	if (/&\s*\p{Lu}\p{L}*['’]s\s+$/u.test(before)) return true;
	// "chapter 11 bankruptcy", "page 299 of the decision", "Article 33 affirms": a part of a text or a law by
	// its number, lower case or opening the sentence, where the capitalised name rule does not reach.
	if (/\b(?:chapter|article|section|clause|paragraph|page)\s+$/i.test(before)) return true;
	return false;
}

/**
 * "9/11", "another 9/11", "the alleged 9-11 conspirators", "since 7/7": the day and month of an attack written as
 * its name, no share ("another 9/11" had been read as 81.8 percent) and no range ("9-11 conspirators" as nine to
 * eleven of them). An age range ("aged 9-11", "between 9-11") or an amount after it ("9-11 percent") still counts.
 */
const ATTACK_NAMED_BY_DAY =
	/^(?:9\s?[/-]\s?11|7\/7)(?![\d/]|[-.,]\d|\s*(?:%|percent\b|per\s+cent\b|years?\b|year-olds?\b))/i;
const RANGE_OF_AGES_BEFORE = /\b(?:aged|ages|between|from)\s+$/i;
function namesAnAttack(text: string, index: number, before: string): boolean {
	return ATTACK_NAMED_BY_DAY.test(text.slice(index, index + 30)) && !RANGE_OF_AGES_BEFORE.test(before);
}

function readCandidate(
	text: string,
	match: RegExpExecArray,
	sentence: SentenceSpan,
	known: Map<string, number>
): Candidate | null {
	// "a six-figure ad buy", "double-digit gains": how many digits a sum has, not a count.
	if (/^-(?:figure|digit)\b/i.test(text.slice(match.index + match[0].length))) return null;
	const g = match.groups ?? {};
	const index = match.index;
	let end = index + match[0].length;
	const before = text.slice(Math.max(sentence.start, index - 40), index);
	if (namesAnAttack(text, index, before)) return null;
	// For the tests of a change or a range, which look only at how the words before end: a change's verb and its
	// object may lie further back than 40 characters.
	const leadUp = text.slice(Math.max(sentence.start, index - 80), index);
	const after = () => text.slice(end, Math.min(sentence.end, end + 60));

	if (g.agerange) return readAgeRange(g.agerange, match.index + match[0].indexOf(g.agerange), end);
	if (g.mult) return readMultiplier(g.mult, index, end, before, after());
	if (g.single) return readSingle(g.single, index, end, before, after());
	if (g.vague) return readVague(text, g.vague, index, end, sentence);
	if (g.frac)
		return (
			tenthsOfASecond(text, g.frac, index, end, sentence) ??
			readFraction(text, g.frac, index, end, before, sentence) ??
			rankAfterArticle(text, g.frac, index, end, sentence, after())
		);
	if (g.ord)
		return (
			readRank(g.ord, index, end, before, after()) ??
			(FRACTIONS[g.ord.toLowerCase()] ? readFraction(text, g.ord, index, end, before, sentence) : null)
		);

	let value: number | null;
	let words = false;
	let whole = false;
	let spoken = '';
	if (g.num) {
		const tally = voteTallyCount(text, index, end, sentence);
		if (tally) return tally;
		if (isCode(text, index, end, g, before, after())) return null;
		if (spaceGrouped(g.num, before, after())) return null;
		if (
			/\d\s*(?:[-–]|to|and)\s*(?:[$€£]|US\$)?$/.test(before) &&
			!pairedByAnd(before, Boolean(g.sym ?? g.code)) &&
			!CHANGED_TO.test(leadUp) &&
			!SEPARATED_CHANGE.test(before) &&
			!CHANGED_COUNT.test(before)
		)
			return null;
		value = parseDigits(g.num);
		if (value === null) return null;
		if (g.code && !CURRENCY_CODES.has(g.code.trim())) return null;
		const signed = g.sym ?? g.code;
		if (!signed && !g.scale && /^(1[89]\d\d|20\d\d)$/.test(g.num) && !hedgedYearLikeCount(before, after()))
			return null;
		if (!signed && isNameBefore(text, index, sentence)) return null;
		if (g.scale) {
			// "470m" and "5k" are money abbreviations; without a currency they are more often metres or codes.
			if (
				!signed &&
				!/^(thousand|million|billion|trillion|bn|mn|crores?|lakhs?)$/i.test(g.scale) &&
				!millionsOf(g.scale, after())
			)
				return null;
			value *= SCALES[g.scale.toLowerCase()] ?? 1;
		}
	} else if (g.words) {
		// "between five and nine points": the "and" of a range, not of "one hundred and five".
		const cut = BETWEEN_BEFORE.test(before) ? /^(\p{L}+)\s+and\s+/iu.exec(g.words) : null;
		const first = cut && !SCALES[cut[1]!.toLowerCase()] ? cut[1]! : undefined;
		if (first) end = index + first.length;
		spoken = first ?? g.words;
		const several = /^(several\s+)(hundred|thousand|million|billion)$/i.exec(spoken);
		if (several) return fewOf(several[2]!, index + several[1]!.length, end, before + several[1], after());
		if (/^[A-Z]/.test(spoken) && !isSentenceStart(text, index, sentence)) return null;
		if (/^\s*(?:-|\s)(?:thirds?|quarters?|fifths?|halves)\b/i.test(after())) return null;
		// "one or more donations": at least that many; any other "or" is a choice between numbers, unless it joins a
		// rough pair ("three or four experts").
		const orMore = /^\s+or\s+more\b/i.exec(after());
		if (orMore) end += orMore[0].length;
		else if (/^\s+or\s/i.test(after()) && !roughPairAfter(after(), parseNumberWords(spoken))) return null;
		// "one of the three largest exporters": a place among the top, not a known set.
		// "the three worst-hit districts": a superlative joined to a participle is a place among the top too.
		const top = /^\s+(?:\p{Ll}+est|biggest|worst|best|most\s+\p{Ll}+)(?:-\p{Ll}+)?\b/u.exec(after());
		if (
			top &&
			/\bthe\s+$/i.test(before) &&
			/^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(spoken)
		) {
			const stop = end + top[0].length;
			return {
				start: index,
				end: stop,
				rest: stop,
				value: parseNumberWords(spoken)!,
				unit: 'ordinal',
				vague: false
			};
		}
		// "the two leaders" refers to a known set; "the six-member team" still says how many, and so does the whole
		// a part is taken from ("three of the seven board members").
		whole = PART_OF_WHOLE.test(before) && /^\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\b/u.test(after());
		if (/\b(?:the|these|those|both)\s+$/i.test(before) && !/^\s?-\s?\p{Ll}/u.test(after()) && !whole)
			return null;
		if (POSSESSIVE_BEFORE.test(before) && /^\s+(?:minutes|hours|days|years|seconds)\b/i.test(after()))
			return null;
		// "a few hundred fans", "several thousand": a vague amount with no number to ask for.
		if (
			/^(?:hundreds?|thousands?|millions?|billions?|dozens?)$/i.test(spoken) &&
			!/\b(?:a|an)\s+$/i.test(before)
		)
			return fewOf(spoken, index, end, before, after());
		value = /^half\s+a\s+/i.test(spoken)
			? // "half a dozen" is six, not the dozen it ends on.
				0.5 * (SCALES[spoken.split(/\s+/).pop()!.toLowerCase()] ?? HALF_OF_DOZEN)
			: parseNumberWords(spoken);
		if (value === null) return null;
		words = true;
	} else return null;
	// "six and a half years", "two and a half million people": a whole number and a half.
	const half = /^\s+and\s+a\s+half(?:\s+(thousand|million|billion)\b)?/i.exec(after());
	if (
		half &&
		Number.isInteger(value) &&
		!g.scale &&
		!/\b(?:hundred|thousand|million|billion)$/i.test(match[0])
	) {
		value = (value + 0.5) * (half[1] ? (SCALES[half[1].toLowerCase()] ?? 1) : 1);
		end += half[0].length;
	}
	value = Number(value.toPrecision(12));

	const qualifier = QUALIFIER_BEFORE.exec(before)?.[0] ?? '';
	const sign = g.sym
		? CURRENCY_SYMBOLS.find((c) => c.symbol.toLowerCase() === g.sym!.toLowerCase())?.unit
		: g.code
			? CURRENCY_CODES.get(g.code.trim())
			: undefined;
	// "8–10 years", "US$20-25", "between half a million and a million": a range reads its second end, whose unit
	// is the range's.
	const firstEnd = end;
	const range = readRangeEnd(text, end, sentence, leadUp, Boolean(g.sym ?? g.code), value);
	let max: number | undefined;
	if (range) {
		max = range.value;
		end = range.end;
	} else if (
		(/^\s*(?:[-–]\s*[$€£]?\d|to\s+[$€£]?\d|and\s+[$€£]?\d)/.test(after()) &&
			!((g.sym ?? g.code) && SIGNED_AFTER_AND.test(after()) && !BETWEEN_OPEN.test(before)) &&
			!((g.sym ?? g.code) && /^\s+to\s/i.test(after()) && FROM_AFTER_CHANGE.test(leadUp))) ||
		// "between 40 and fifty-odd": an end of a range unread; "between four telephone bidders and a collector"
		// counts its noun.
		(BETWEEN_BEFORE.test(before) && !/^\s+\p{L}+(?:\s+\p{L}+)?\s+and\s+(?:a|an|the|one)\s/iu.test(after()))
	) {
		return null;
	}
	const n: NumberAt = {
		text,
		sentence,
		index,
		end,
		value,
		words,
		sign: sign ?? range?.sign,
		before,
		after: after(),
		start: index - qualifier.length,
		qualifier
	};
	// "one" is a count after a hedge or a verb ("at least one shell", "killing one person", "fired one shell"),
	// never a pronoun ("one of the", "a dead one") or an opener ("One good month").
	if (words && /^(?:one|zero)$/i.test(spoken) && !/^\s+(?:percent|per cent|%)/i.test(n.after)) {
		// "one month's subscription", "one year's salary": a duration told as what it buys.
		const counted =
			qualifier !== '' ||
			/^\s+(?:day|week|month|year)['’]s\b/i.test(n.after) ||
			// "below one times EBITDA": a multiple, however small.
			/^\s+times\s+\p{Lu}/u.test(n.after) ||
			// "Not one kilometre": the denial stresses the amount.
			/\bnot\s+$/i.test(before) ||
			// "aged between one and 19": an age, as "aged between 11 and 16" is.
			/\baged\s+(?:between\s+)?$/i.test(before) ||
			// "off in one week", "a cut of a fifth in one year": the span something took, as "in two weeks" is.
			(/\b(?:in|within|for|over)\s+$/i.test(before) &&
				/^\s+(?:minute|hour|day|week|month|year|decade)\b(?!['’])/i.test(n.after)) ||
			// "400 other people and one working toilet", "three assists from Earth and one from Venus": one more item
			// of a list of counts.
			LISTED.test(before) ||
			/\b\p{L}+(?:ed|ing)\s+$|\b(?:fired|killed|hit|won|lost|found|had|has|have|on|with|to|by)\s+$/iu.test(
				before
			);
		// "the only one without …", "this one", "each one": a determiner makes "one" the pronoun for a thing named
		// elsewhere, whatever hedge ("only") comes between.
		const pronoun =
			/\b(?:the|this|that|which|each|every|any|no)\s+(?:(?:only|same|last|first|other|right|wrong|very)\s+)?$/i.test(
				before
			) ||
			// "According to one council member, David Franczyk, …": "one" is "a", for someone named next.
			/\baccording\s+to\s+$/i.test(before);
		if (/^\s+of\b/i.test(n.after) || !counted || pronoun) return null;
	}
	for (const reader of READERS) {
		const candidate = reader.read(n);
		if (!candidate) continue;
		if (reader === UNIT_READERS.countNoun && words && !whole) {
			const noun = /^\s+([\p{L}]+)/u.exec(n.after)?.[1]?.toLowerCase() ?? '';
			if ((known.get(`${match[0].toLowerCase()} ${noun}`) ?? Infinity) < index) return null;
		}
		// "rose from 2,150 to 9,870": two amounts a change moves between, each a figure; the second is read next.
		if (
			max !== undefined &&
			(reader === UNIT_READERS.separatedAmount || reader === UNIT_READERS.changedCount) &&
			/\bfrom\s+$/i.test(before)
		)
			return { ...candidate, end: firstEnd, rest: firstEnd };
		// "a 3-2 vote": a second number below the first is a tally, not a range.
		if (max !== undefined && max < candidate.value) return null;
		// A range without a unit is a score or a tally ("52 to 48").
		const counted = [
			UNIT_READERS.countNoun,
			UNIT_READERS.numberOf,
			UNIT_READERS.countedBefore
		] as UnitReader[];
		if (max !== undefined && candidate.unit === 'count' && !counted.includes(reader)) return null;
		return max === undefined ? candidate : { ...candidate, max };
	}
	return null;
}

const CHANGE_VERBS = `${Object.keys(CHANGE_NOUNS).join('|')}|rise|fall|increase|decrease|cut|reduced|raised|went|changed|moved|up|down`;
/**
 * "favors raising the minimum wage from the current $7.25 to ": a change told by a verb in "-ing" or to come,
 * with its object (a few words) and the amount's "current" between the verb and "from".
 */
const CHANGE_AHEAD = String.raw`(?:rais|lift|hik|boost|increas|cut|cutt|lower|reduc)(?:e|ing)?\s+(?:[\p{L}'’-]+\s+){1,4}from\s+(?:the\s+)?(?:current|present|existing)\s+`;
/** "fell from 30 to ", "rose from ": a change of a count between two bare numbers. */
const CHANGED_COUNT = new RegExp(`\\b(?:${CHANGE_VERBS})\\s+from\\s+(?:\\d[\\d,]*\\s+to\\s+)?$`, 'i');
/** "… rose from $2 million to ": the second of two figures a change moves between. */
const CHANGED_TO = new RegExp(
	`\\b(?:(?:${CHANGE_VERBS})\\s+(?:\\p{L}+\\s+){0,2}from\\s+|${CHANGE_AHEAD})(?:${SYMBOL_SOURCE})\\s?[\\d.,]+(?:\\s?(?:thousand|million|billion|trillion|bn|m))?\\s+to\\s+$`,
	'iu'
);
const FROM_AFTER_CHANGE = new RegExp(
	`\\b(?:${CHANGE_AHEAD}|(?:${CHANGE_VERBS})\\s+(?:\\p{L}+\\s+){0,2}from\\s+)(?:(?:about|around|some|nearly|almost|roughly|just)\\s+)?$`,
	'iu'
);

/**
 * "the .45-caliber weapon", "a .22 rifle": a bare point before the digits names a calibre, a kind of gun and no
 * amount; read without its point it was "45", and a blank after the point read "the ._____ weapon".
 */
const CALIBRE_BEFORE = /(?:^|[\s(“"])\.$/;
/**
 * "See #3 above", "Rule #12": a number after the number sign labels an item (a question, a cross-reference to it)
 * and counts nothing; a true-false "See #4 above" tested only which item was meant.
 */
const NUMBER_SIGN_BEFORE = /#\s?$/;
/**
 * "the 1.300 soldiers", "1.300.000 voters": points between groups of three digits are the continental thousands
 * mark. Counted things come whole, so the number is 1,300, yet read as written it was 1.3 (with distractors such as
 * "0.325 soldiers") or "000"; a reader may take it either way, so it makes no fair question.
 */
function pointsForThousands(text: string, start: number, end: number): boolean {
	const before = /[\d.]*$/.exec(text.slice(Math.max(0, start - 20), start))![0];
	const after = /^[\d.]*/.exec(text.slice(end, end + 20))![0];
	const digits = /\d[\d.]*\d|\d/.exec(before + text.slice(start, end) + after)?.[0] ?? '';
	// "2.435 million" is a decimal of its scale word.
	const scaled = /\d\s*(?:thousand|million|billion|trillion|mn|bn|m)\b/i.test(text.slice(start, end));
	return !scaled && /^\d{1,3}(?:\.\d{3})+$/.test(digits);
}
/**
 * "outside 10 Downing Street", "at 1600 Pennsylvania Avenue", "62 Clendon Rd": bare digits before a street's name
 * (its type in full or cut short, with or without a point) are a house number, part of an address; blanked, a
 * famous one is a giveaway and any other tests nothing of the news. A figure with its unit ("the six-acre Public
 * Square park") is still an amount.
 */
const STREET_AFTER =
	/^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard|Blvd\.?|Drive|Place|Square|Terrace|Crescent|Parade)(?![\p{L}])/u;

/**
 * "the film 13 Hours", "an interview on 60 Minutes": a span of time written with a capital is a word of a title;
 * prose writes "13 hours". Other capitals are names ("10 Republicans", "310,000 Swiss francs").
 */
function namesATitle(written: string, unit: string): boolean {
	return (
		/^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/.test(unit) &&
		/^\S*\d\S*\s+\p{Lu}\p{Ll}+\b/u.test(written)
	);
}

/**
 * "fined £112 million and £50 million", "£0.74 and £7.48", "by 2020 and 80% by 2050": outside "between", "and"
 * joins two figures, not the ends of one range (`readRangeEnd` reads no such range), when each amount has its own
 * sign or the number before "and" is a year. A bare pair ("Chapters 7 and 8") stays unread.
 */
const BETWEEN_OPEN = /\bbetween\b[^,;:()]*$/i;
const SIGNED_BEFORE_AND =
	/(?:[$€£]|US\$)\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|m))?\s+and\s+$/;
const SIGNED_AFTER_AND = /^\s+and\s+(?:[$€£]|US\$)\s?\d/;
const pairedByAnd = (before: string, signed: boolean) =>
	(signed ? SIGNED_BEFORE_AND : /\b(?:19|20)\d\d\s+and\s+$/).test(before) && !BETWEEN_OPEN.test(before);

/** "between 40 and", "between the ages of 14 and": the "and" of a range. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+ages\s+of\s+)?$/i;

/**
 * "lending $27.00 to 42 Kellish weavers": after an amount of money, "to" and a bare count before a named group of
 * people or things is whom the money went to, not the end of a range (whose end keeps the amount's sign or scale:
 * "$18 to $25 million", "£5.5 to 8 billion").
 */
const NAMED_GROUP_AFTER = /^\s+\p{Lu}[\p{L}-]*\s+\p{Ll}/u;

/**
 * "three or four experts", "within four or five months", "20 or 30 years": two bare numbers joined by "or", the
 * second the larger, are a rough amount whose ends are both told. A sign on either end ("$4,000 or three months",
 * "$3 or 11 percent") makes two figures, not one range; a year pair ("2008 or 2009") is two dates.
 */
const approximatePair = (first: number, second: number, signed: boolean) =>
	!signed && second > first && !(first >= 1900 && first < 2100 && Number.isInteger(first));

/** A rough pair's second end right after the first number ("three| or four"). */
function roughPairAfter(after: string, first: number | null) {
	const m = RANGE_AFTER.exec(after);
	if (!m || first === null || !/^\s+or\s+$/i.test(m[1]!)) return false;
	const second = parseFigure(m[2]!);
	const signed = CURRENCY_SYMBOLS.some((c) => m[2]!.startsWith(c.symbol));
	return second !== null && approximatePair(first, second.value, signed);
}

/** The second end of a range right after a number: its value, where it ends, and its currency sign. */
function readRangeEnd(
	text: string,
	end: number,
	sentence: SentenceSpan,
	before: string,
	signed: boolean,
	first: number
) {
	const following = text.slice(end, Math.min(sentence.end, end + 60));
	// "between 10% and 15%", "5 percent to 8 percent": the unit written after each end is the range's.
	const unitFirst = PERCENT_BEFORE_RANGE_END.exec(following);
	const after = unitFirst ? following.slice(unitFirst[0].length) : following;
	const m = RANGE_AFTER.exec(after);
	if (!m) return null;
	if (unitFirst && !PERCENT_AFTER.test(after.slice(m[0].length))) return null;
	// "rose from 5% to 8%": a change between two figures.
	if (unitFirst && /\bfrom\s+(?:\p{L}+\s+)?$/iu.test(before)) return null;
	// "rose from $2 million to $3 million": a change between two figures, not a range of one.
	if (signed && /^\s+to\s+$/i.test(m[1]!) && FROM_AFTER_CHANGE.test(before)) return null;
	// "and" joins a range only after "between": "7 and 8" elsewhere is two figures or a list.
	if (/^\s+and\s+$/i.test(m[1]!) && !BETWEEN_BEFORE.test(before)) return null;
	const second = parseFigure(m[2]!);
	if (!second) return null;
	const sign = CURRENCY_SYMBOLS.find((c) => m[2]!.startsWith(c.symbol))?.unit;
	if (/^\s+or\s+$/i.test(m[1]!) && !approximatePair(first, second.value, signed || Boolean(sign)))
		return null;
	if (signed && !sign && /^\s+to\s+$/i.test(m[1]!) && NAMED_GROUP_AFTER.test(after.slice(m[0].length)))
		return null;
	return { value: second.value, end: end + (unitFirst?.[0].length ?? 0) + m[0].length, sign };
}

const PERCENT_AFTER = /^(?:\s?%|[\s-]+percent\b|\s+per cent\b)/i;
/** A percent after a range's first end, before its second: "10% and", "5 percent to". */
const PERCENT_BEFORE_RANGE_END =
	/^(?:\s?%|[\s-]+percent\b|\s+per cent\b)(?=\s*[-–]\s*\d|\s+(?:to|and)\s+\d)/i;

/**
 * "1.2m visitors", "4m people": an "m" before a plural noun is millions of it, a plural without an "s" ("people",
 * "children") included; "1.2m high" is metres.
 */
const millionsOf = (scale: string, after: string) =>
	scale === 'm' &&
	/^\s+(?:(?:more|new|other)\s+)?(?:\p{Ll}{2,}s|people|children|men|women|staff|police|cattle|sheep|livestock)\b/u.test(
		after
	);

/**
 * "To find two tenths in one race", "a tenth quicker": in a report that times in seconds ("12.7s", "12.48
 * seconds", this paragraph or the one before), tenths with no "of" are tenths of a second.
 */
function tenthsOfASecond(
	text: string,
	written: string,
	index: number,
	end: number,
	sentence: SentenceSpan
): Candidate | null {
	const m = /^(?:(\p{L}+)[\s-]+)?tenths?$/iu.exec(written);
	if (!m || /^\s+of\b/i.test(text.slice(end, Math.min(sentence.end, end + 10)))) return null;
	const count = m[1] ? (/^an?$/i.test(m[1]) ? 1 : parseNumberWords(m[1])) : null;
	if (!count) return null;
	const paragraphs = text
		.slice(Math.max(0, index - 600), index)
		.split(/\n\s*\n/)
		.slice(-2)
		.join('\n\n');
	if (!/\b\d+\.\d+(?:s\b|\s+seconds?\b)/.test(paragraphs)) return null;
	return { start: index, end, rest: end, value: count / 10, unit: 'seconds', vague: false };
}

/** A majority or vote right after a fraction, a quoted "yes" or "no" between them. */
const VOTE_SHARE_AFTER = /^\s+(?:["“]\p{L}+["”]\s+)?(?:super-?)?(?:majority|vote)\b/iu;

/** "a third", "two-thirds", "almost half", "1/10th", "one in three", "a third to a half": a share in percent. */
function readFraction(
	text: string,
	written: string,
	index: number,
	end: number,
	before: string,
	sentence: SentenceSpan
): Candidate | null {
	const value = parseFraction(written.replace(/\s+/g, ' '));
	if (value === null) return null;
	const after = text.slice(end, Math.min(sentence.end, end + 60));
	// "9/11", "24/7": a slash between numbers is a share only when written as one ("1/10th") or of something.
	if (/^\d+\s*\/\s*\d+$/.test(written) && !/^\s+of\b/i.test(after) && !QUALIFIER_BEFORE.test(before))
		return null;
	// "five consecutive quarters of growth", "split into thirds": a plural fraction word with no count of its own
	// ("three quarters") names parts or periods, no share.
	if (/^(?:halves|thirds|quarters|fourths|fifths|sixths|eighths|tenths)$/i.test(written)) return null;
	const bare = /^(?:half|third|thirds|quarter|quarters|fourth|fifth|sixth|eighth|tenth)$/i.test(written);
	const qualifier = QUALIFIER_BEFORE.exec(before)?.[0] ?? '';
	// "in the Northern Quarter of Manchester" (W32): a district's name, no share; "Over Half of" is hedged.
	if (!qualifier && wordOfName(written, before)) return null;
	// "the second half", "lose a fourth", "a quarter past": a fraction in words is a share only when hedged, followed
	// by "of" ("almost half of", "a third of the jobs") or one end of a range of shares.
	const words = /^[\p{L}\s-]+$/u.test(written);
	const ranged =
		/^(?:\s+to\s+|\s*[-–]\s*)(?:(?:a|an|one|two|three)[\s-]+)?(?:half|thirds?|quarters?)\b/i.test(after);
	const oneIn = /\s(?:in|out\s+of)\s/i.test(written);
	// "the first debate of 2016 in three groups": a part larger than its whole is a year or a count beside a count.
	if (oneIn && value > 100) return null;
	// "cut deaths by a quarter", "fell by half", "a fifth smaller than": the size of a change.
	// "Half the people in that stand": half of them, with "of" left out as English allows after "half".
	const halfThe = /^half$/i.test(written) && /^\s+(?:the|its|their|his|her|our|all)\s/i.test(after);
	const change =
		halfThe ||
		// "down a fifth on 2025", "fell a third": a change's size, as "by a fifth" is.
		/\b(?:by|down|up|fell|rose|dropped|climbed|grew|shrank|slipped|jumped)\s+$/i.test(before) ||
		// "cut the budget in half": halved.
		(/^half$/i.test(written) && /\bin\s+$/i.test(before) && !/^\s+(?:a|an|the|of)\b/i.test(after)) ||
		/^\s+(?:smaller|larger|bigger|higher|lower|fewer|more|less|cheaper|dearer)\b/i.test(after);
	// "a two-thirds majority", "a two-thirds “no” vote": the share of votes a decision needs.
	const threshold = !bare && VOTE_SHARE_AFTER.test(after);
	if ((bare || words) && !oneIn && !qualifier && !change && !threshold && !/^\s+of\b/i.test(after) && !ranged)
		return null;
	// "the third quarter of the year", "the 4th quarter of 2030": a period counted by an ordinal, no share.
	if (/\b(?:first|second|third|fourth|last|final|latter|former|\d+(?:st|nd|rd|th))\s+$/i.test(before))
		return null;
	if (/\bthe\s+$/i.test(before) && !/^\s+of\b/i.test(after) && !threshold) return null;
	if (
		/^\s*(?:past|to)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(after)
	)
		return null;
	let stop = end;
	let max: number | undefined;
	const range =
		/^(\s+to\s+|\s*[-–]\s*|\s+and\s+)((?:(?:a|an|one|two|three)[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?))\b/i.exec(
			after
		);
	if (range) {
		const second = parseFraction(range[2]!.replace(/\s+/g, ' '));
		if (second !== null) {
			max = second;
			stop = end + range[0].length;
		}
	}
	const start = /^(?:over|under)\s/i.test(qualifier) ? index : index - qualifier.length;
	return {
		start,
		end: stop,
		rest: stop,
		value,
		...(max !== undefined ? { max } : {}),
		unit: 'percent',
		vague: false
	};
}

/**
 * "took a year", "within a year", "a pair of aircraft": one unit written with "a". Only after a word that makes it
 * a length of time: "a year ago" is a date, "once a year" and "$5 a year" are rates.
 */
function readSingle(
	written: string,
	index: number,
	end: number,
	before: string,
	after: string
): Candidate | null {
	const word = written.split(/\s+/).pop()!.toLowerCase();
	// "lost for half a century": fifty years, a duration however it is introduced.
	if (/^half\s/i.test(written)) {
		if (/^\s+(?:ago|earlier|later|before|from now)\b/i.test(after)) return null;
		return { start: index, end, rest: end, value: word === 'century' ? 50 : 5, unit: 'years', vague: false };
	}
	if (word === 'pair')
		return /^\s+of\s/i.test(after)
			? { start: index, end, rest: end, value: 2, unit: 'count', vague: false }
			: null;
	// "a couple of years": two, as near as the words say.
	const couple = word === 'couple' && /^\s+of\s+(years|months|weeks|days|hours)\b/i.exec(after);
	if (couple) {
		const stop = end + couple[0].length;
		return {
			start: index,
			end: stop,
			rest: stop,
			value: 2,
			unit: unitAt(couple[1]!, ['time'])!.unit,
			vague: false
		};
	}
	// "an hour and a half", "a year and a half": one and a half of the unit, a duration wherever it stands.
	const half = /^\s+and\s+a\s+half\b/i.exec(after);
	const halfUnit = half && unitAt(word, ['time']);
	if (half && halfUnit) {
		if (/^\s+(?:ago|earlier|later|before|from now)\b/i.test(after.slice(half[0].length))) return null;
		const stop = end + half[0].length;
		return { start: index, end: stop, rest: stop, value: 1.5, unit: halfUnit.unit, vague: false };
	}
	// "for an hour" in a quote is a manner of speaking; an hour counts with its half, or hedged ("for about an
	// hour"), as a measured time is.
	if (
		word === 'couple' ||
		(word === 'hour' &&
			!/\b(?:about|around|nearly|almost|roughly|over|under|more than|less than|just over|just under)\s+$/i.test(
				before
			))
	)
		return null;
	// "had not taken a holiday in a decade", "the worst result in a year": after a negation or a superlative, "in"
	// measures how long something has not happened; elsewhere "in a year" may be a time still to come.
	const sinceLast = /\bin\s+$/i.test(before) && NOT_OR_MOST.test(before.slice(-80));
	if (
		!sinceLast &&
		!/\b(?:within|for|took|takes|take|lasted|lasts|last|spent|spend|in under|more than|less than|nearly|almost|about|over|after)\s+$/i.test(
			before
		)
	)
		return null;
	if (/^\s+(?:ago|earlier|later|before|from now)\b|^['’]s?\s+time\b/i.test(after)) return null;
	const unit = unitAt(word, ['time']);
	if (!unit) return null;
	const qualifier = QUALIFIER_BEFORE.exec(before)?.[0] ?? '';
	const start =
		/^(?:over|under|about)\s/i.test(qualifier) || /^after/i.test(qualifier)
			? index
			: index - qualifier.length;
	return { start, end, rest: end, value: 1, unit: unit.unit, vague: false };
}

/** "second place", "fourth largest", "20th anniversary", "second-highest": a rank, valued by its number. */
/**
 * "finished third", "came second in the vote", "ranked fourth overall", "was third with 4,118 votes", "came in
 * sixth with $15m", "came out first in the race": a place after a verb of placing, with its particle if any.
 */
function placedRank(written: string, before: string, after: string): RegExpExecArray | null {
	// "was third with 4,118 votes", "is second on 70 points": "be" places only before the tally that places it.
	if (/\b(?:was|were|is|are)\s+$/i.test(before)) return /^(?=\s+(?:with|on|in)\s+[\d$€£])/i.exec(after);
	if (
		!/\b(?:finish(?:ed|es|ing)?|came|come|comes|placed|ranked|ranks|ranking|rated)\s+(?:(?:in|out|up|home)\s+)?$/i.test(
			before
		)
	)
		return null;
	// "safety will come first", "the children come first.": what matters most, no place in a contest.
	if (/^first$/i.test(written) && /\bcomes?\s+$/i.test(before) && /^\s*(?:[,.;:)]|$)/.test(after))
		return null;
	return /^(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|with|behind|among|overall|out\s+of)\b)/i.exec(after);
}

/** "her third budget", "the club's fifth win": an ordinal after an owner, before a noun, is a place in a series. */
function ownedRank(written: string, before: string, after: string): RegExpExecArray | null {
	if (!OWNED_ORDINAL_BEFORE.test(before) || /^(?:first|last|1st)$/i.test(written)) return null;
	// "its second week" is a time (dates.ts reads it), not a place in a series.
	return /^(?=\s+(?!(?:days?|nights?|weeks?|months?|years?|decades?|hours?|minutes?)\b)\p{Ll}[\p{Ll}-]+\b)/u.exec(
		after
	);
}

/**
 * "with Ada Brill third in 54.62", "left Harle second in the table": an ordinal right after a name, then its time,
 * table or tally, is where that runner or team placed.
 */
function namedRank(before: string, after: string): RegExpExecArray | null {
	if (!/[\p{Ll},]\s+(?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+\s+$/u.test(before)) return null;
	return /^(?=\s+(?:in\s+(?:\d|the\s+(?:table|standings|rankings|league|division|poll|race)\b)|with\s+\d|on\s+\d))/i.exec(
		after
	);
}

/**
 * "the fourth named storm of the season", "the third to reach the coast since May", "the third feature by director
 * X": an ordinal counting its noun within a period, the ones that did a thing or one maker's works, is a place in a
 * series ("the second floor" is only a name).
 */
function seriesRank(written: string, before: string, after: string): RegExpExecArray | null {
	if (!/\bthe\s+$/i.test(before) || /^(?:first|last|1st)$/i.test(written)) return null;
	// "the third feature by director Mirela Kostadin": a place among one maker's works, as "her third budget" is.
	return /^(?=(?:\s+[\p{Ll}-]+){1,2}\s+of\s+the\s+(?:season|year|month|week|century|decade|series|tournament|campaign|league)\b|\s+to\s+(?!be\b)\p{Ll}{2,}\b|\s+[\p{Ll}-]+\s+by\s+(?!(?:the|a|an)\b)(?:\p{Ll}+\s+){0,2}\p{Lu})/u.exec(
		after
	);
}

/** A number word written with a capital after a capitalised word is a word of a name, as "First" in "New Zealand First". */
function wordOfName(written: string, before: string): boolean {
	return /^\p{Lu}/u.test(written) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(before);
}

function readRank(
	written: string,
	index: number,
	end: number,
	before: string,
	after: string
): Candidate | null {
	// "New Zealand First on 2.8%", "the People First Party": no place in a series.
	if (wordOfName(written, before)) return null;
	const m =
		RANK_AFTER.exec(after) ??
		placedRank(written, before, after) ??
		ownedRank(written, before, after) ??
		namedRank(before, after) ??
		seriesRank(written, before, after);
	if (!m) return null;
	// "for the first time" counts nothing; "for the 14th month in a row" counts the months of a run.
	if (/\bfor\s+the\s+$/i.test(before) && !/\b(?:in\s+a\s+row|running)$/i.test(m[0])) return null;
	const value = /^\d/.test(written) ? Number.parseInt(written, 10) : ORDINALS[written.toLowerCase()];
	if (value === undefined || Number.isNaN(value)) return null;
	// "second-highest" is one word: the answer is all of it.
	const stop = m[0].startsWith('-') ? end + m[0].length : end;
	return { start: index, end: stop, rest: stop, value, unit: 'ordinal', vague: false };
}

/**
 * "several hundred people", "a few thousand fans": a vague amount with a number word (a figure of the corpus
 * conventions, value an estimate), read like "hundreds of".
 */
function fewOf(word: string, index: number, end: number, before: string, after: string): Candidate | null {
	const few = /\b(?:a\s+few|several|a\s+couple\s+of)\s+$/i.exec(before);
	const scale = word.toLowerCase() === 'hundred' ? 100 : SCALES[word.toLowerCase()];
	const noun = /^\s+(?:more\s+)?(\p{Ll}+)\b/u.exec(after);
	if (!few || !scale || !noun || NOT_A_NOUN.has(noun[1]!)) return null;
	const currency = unitAt(noun[1]!, ['currency']);
	const value = 3 * scale;
	return currency
		? {
				start: index - few[0].length,
				end: end + noun[0].length,
				rest: end + noun[0].length,
				value,
				unit: currency.unit,
				vague: true
			}
		: { start: index - few[0].length, end, rest: end, value, unit: 'count', vague: true };
}

/** "for a sixth consecutive season": "a sixth" read as a fraction is no share of anything, but may be a rank. */
function rankAfterArticle(
	text: string,
	written: string,
	index: number,
	end: number,
	sentence: SentenceSpan,
	after: string
): Candidate | null {
	const ordinal = /^(?:a|an)\s+(\p{L}+)$/iu.exec(written)?.[1];
	if (!ordinal || ORDINALS[ordinal.toLowerCase()] === undefined) return null;
	const start = end - ordinal.length;
	return readRank(ordinal, start, end, text.slice(Math.max(sentence.start, start - 40), start), after);
}

/** "in his 40s", "in her late sixties": an age range of ten years, or the part of it "early/mid/late" names. */
const DECADE_WORDS: Record<string, number> = {
	twenties: 20,
	thirties: 30,
	forties: 40,
	fifties: 50,
	sixties: 60,
	seventies: 70,
	eighties: 80,
	nineties: 90
};
function readAgeRange(written: string, start: number, end: number): Candidate | null {
	const m = /^(?:(early|mid|late)[\s-]+)?(?:(\d+)s|(\p{L}+))$/iu.exec(written);
	if (!m) return null;
	const decade = m[2] ? Number(m[2]) : DECADE_WORDS[m[3]!.toLowerCase()];
	if (decade === undefined) return null;
	const part = m[1]?.toLowerCase();
	const [low, high] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
	return {
		start,
		end,
		rest: end,
		value: decade + low,
		max: decade + high,
		unit: 'years',
		vague: false,
		about: 'age'
	};
}

/** "could double", "is expected to triple": a multiplying verb told as a prospect. */
const MODAL_BEFORE =
	/\b(?:could|would|will|may|might|can|should|(?:expected|set|likely|forecast|projected)\s+to)\s+$/i;

function readMultiplier(
	word: string,
	index: number,
	end: number,
	before: string,
	after: string
): Candidate | null {
	const lower = word.toLowerCase().replace(/\s+/g, ' ');
	let value = MULTIPLIERS[lower];
	if (value === undefined) {
		const head = lower.replace(/[\s-]?fold$/, '');
		value = parseDigits(head) ?? parseNumberWords(head) ?? undefined;
		if (value === undefined) return null;
	} else if (lower === 'twice' || lower === 'thrice') {
		// "twice as many", "twice the size": a multiplier; "refused twice": how many times it happened.
		if (!/^\s+(?:as|the|that|its|their|his|her)\b/i.test(after)) {
			if (/^\s+(?:a|an|per|each|every)\b/i.test(after)) return null;
			return { start: index, end, rest: end, value, unit: 'count', vague: false };
		}
	} else if (!(/ing$/.test(lower) && /^\s+of\b/i.test(after))) {
		// "a tripling of the economy", "a near doubling of attacks" (the noun of the change, whatever its article)
		// pass; "a double standard", "double-digit", "doubled down", "doubles" in tennis: not multiplying an amount.
		if (
			/\b(?:a|an|the)\s+$/i.test(before) ||
			/^(?:-|\s+(?:down|up|standard|agent|check|digits?)\b)/i.test(after)
		)
			return null;
		// "the number could double if …": a verb after a modal multiplies its subject, whatever follows.
		const modal = /^(?:double|triple|treble|quadruple|halve)$/.test(lower) && MODAL_BEFORE.test(before);
		if (
			!modal &&
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

const VAGUE_VERB_AFTER = new RegExp(`^${VAGUE_SUBJECT_VERB}`, 'u');

function readVague(
	text: string,
	word: string,
	index: number,
	end: number,
	sentence: SentenceSpan
): Candidate | null {
	const after = text.slice(end, sentence.end);
	const lower = word.toLowerCase().replace(/\s+/g, ' ');
	const base =
		lower === 'tens of thousands' ? 2e4 : lower === 'hundreds of thousands' ? 2e5 : (VAGUE[lower] ?? 0);
	// "dozens more were injured", "thousands others", "Hundreds were injured": a vague count of people the
	// sentence goes on about.
	if (/^\s+(?:more|others)\b/i.test(after) || VAGUE_VERB_AFTER.test(after))
		return { start: index, end, rest: end, value: base, unit: 'count', vague: true };
	const of =
		/^\s+of\s+(?:(millions|billions|thousands)\s+of\s+)?(?:(U\.S\.|US|American)\s+)?([\p{L}]+)/iu.exec(after);
	if (!of) return null;
	const inner = of[1] ? (SCALES[of[1].toLowerCase().replace(/s$/, '')] ?? 1) : 1;
	const value = base * inner;
	const currency = unitAt(of[3] ?? '', ['currency']);
	if (currency)
		return {
			start: index,
			end: end + of[0].length,
			rest: end + of[0].length,
			value,
			unit: currency.unit,
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

/**
 * "Apollo 11", "Article 5", "Windows 11", "a Group of 20 summit": a capitalised word, not starting the sentence,
 * names the number (with "of" between them too; "a group of 20 people" counts).
 */
function isNameBefore(text: string, index: number, sentence: SentenceSpan): boolean {
	const m = /(\p{Lu}[\p{L}]*)(?:\s+of)?\s+$/u.exec(text.slice(sentence.start, index));
	if (!m) return false;
	const word = m[1] ?? '';
	if (isSentenceStart(text, index - m[0].length, sentence)) return opensOnName(word, m[0]);
	return !QUALIFIERS.includes(word.toLowerCase());
}

/**
 * Words that open a sentence before its number and name nothing: prepositions, determiners, conjunctions, hedges
 * ("In 300 cases", "The 12 men", "About 100 people", "Since 2001"). An adverb, a participle or a gerund ("Nearly",
 * "Aged", "Including") is none of a name either.
 */
const SENTENCE_OPENERS = new Set(
	'a an the this that these those its his her their our my your all both each every another some any no only just even also still then now once if when while as and but or so yet nor of in on at by to for from with without within since until till after before during between among about around over under up down out off through across against toward towards into onto upon per than like unlike despite plus minus almost nearly roughly exactly approximately more less fewer most least top last next past first should could would will may might must can shall do does did is are was were be been has have had here there today yesterday tomorrow'.split(
		' '
	)
);

/**
 * "Initiative 1000 follows …", "Section 604 also …", "Taipei 101 shows …": a capitalised word opening the
 * sentence names the number after it unless it is a word that opens a sentence before a count (SENTENCE_OPENERS),
 * an adverb, a participle or a gerund, or the two are joined by "of" ("Group of 20" aside, "Of 300 people …").
 */
function opensOnName(word: string, written: string): boolean {
	const lower = word.toLowerCase();
	return (
		!/\sof\s+$/.test(written) &&
		!SENTENCE_OPENERS.has(lower) &&
		!QUALIFIERS.includes(lower) &&
		!/(?:ly|ed|ing)$/.test(lower) &&
		word.length > 1
	);
}

/**
 * Where a clause ends: punctuation, but not the point or comma inside "3.4" and "2,400", nor the point of
 * "Mr. Kishida" (a point before a lowercase word is a stray one, common in machine translation).
 */
const BOUNDARY = /[;:!?()“”"—–]|,(?=\s|$)|\.(?=\s+\p{Ll}|\s*$)|\s[-–]\s/u;

/** The clause before the figure: from the last clause boundary in the sentence. */
function clauseBefore(text: string, sentenceStart: number, index: number): string {
	const parts = text.slice(sentenceStart, index).split(BOUNDARY);
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

/** "inflation rose to": what changed, its verb of change, and "by" or "to" before a percentage. */
const MOVED_BY_OR_TO = new RegExp(
	`^(?:.*\\b(?:said|says|that)\\s+)?(.+?)\\s+(${Object.keys(CHANGE_NOUNS).join('|')})(?:\\s+(by|to))?$`,
	'i'
);

/**
 * What the figure is about, as a noun phrase that reads after "How much/many/long …": the "in/of/for" phrase
 * after money ("aid for energy and other sectors announced by Mr. Kishida"), the counted noun ("broad
 * declarations on strategic and economic cooperation"), the base of a percentage ("spending as a share of annual
 * economic output"), what a multiplier changes ("Japan's budget for military spending"), or what lasted
 * ("pandemic restrictions"). Falls back to the clause with the figure left out.
 */
function describe(
	text: string,
	sentence: SentenceSpan,
	candidate: Candidate,
	agent: string,
	previous: () => SentenceSpan | undefined
): string {
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
		// "one in five students": the noun after the proportion is what it is a share of.
		const oneIn = /\s(?:in|out\s+of)\s+\S+$/i.test(text.slice(candidate.start, candidate.end));
		const base = /^\s+of\s+/i.test(rest) ? phrase(rest.replace(/^\s+of\s+/i, '')) : oneIn ? phrase(rest) : '';
		const changed =
			/\b(?:brings?|brought|raises?|raised|lifts?|lifted|cuts?|pushe[sd]|push|reduces?|reduced|takes?|took|puts?)\s+(.+?)\s+(?:to|by)$/i.exec(
				before
			)?.[1];
		const moved = MOVED_BY_OR_TO.exec(before);
		if (base) about = changed ? `${changed} as a share of ${base}` : `share of ${base}`;
		else if (moved) {
			const [, subject = '', verb = '', preposition] = moved;
			const what = asCommonNoun(subject, text);
			about =
				preposition === 'to'
					? `level to which ${what} ${verb}`
					: `${CHANGE_NOUNS[verb.toLowerCase()] ?? verb} in ${what}`;
		}
	} else if (isTimeUnit(unit)) {
		const of = /^\s+of\s+/i.exec(rest);
		// "a 45-second web ad", "the three-year pay freeze": a span joined to its noun describes the noun.
		const modifier =
			/-(?!old\b)\p{L}+$/u.test(text.slice(candidate.start, candidate.end)) && /^\s+\p{L}/u.test(rest);
		if (modifier) about = phrase(rest);
		// "sentenced to 10 years in prison": the clause needs what follows the figure too.
		else if (of) about = phrase(rest.slice(of[0].length));
		else if (!/\s(?:to|at)$/i.test(before))
			about = before
				.replace(/^(?:and|but|so|was|were|is|are|has been|had been)(?:\s+|$)/i, '')
				.replace(/(?:^|\s+)(?:over|in|during|for|within|throughout|of)$/i, '');
	} else {
		const lead = /^\s*(?:(?:in|of|for|on|worth\s+of)\s+)?/i.exec(rest)?.[0] ?? '';
		// "paid $169,758 in July": the date after a sum is when, not what the sum is.
		const np = DATE_PHRASE.test(rest.slice(lead.length)) ? '' : phrase(rest.slice(lead.length));
		// "a €12m budget for road repairs": money used as an adjective describes the noun after it.
		const adjective = !lead.trim() && !NOT_A_NOUN.has((np.split(' ')[0] ?? '').toLowerCase());
		if (np && (unit === 'count' || lead.trim() || adjective))
			about = agent && unit !== 'count' ? `${np} ${agent}` : np;
	}
	about = about.replace(/\s+/g, ' ').trim();
	about = asCommonNoun(about, text);
	// "The 74-year-old underwent surgery": an article alone says nothing; the clause around the figure does.
	if (about.length >= 3 && !ONLY_FUNCTION_WORDS.test(about)) return clip(about);
	const clause = `${before} … ${phrase(text.slice(candidate.end, sentence.end))}`.trim();
	if (clause.split(/\s+/).length >= 4) return clip(clause);
	// The figure stands alone in its clause ("down from $4.5 billion,", "“Six minutes, when …?”"): the sentence
	// around it is what it is about.
	const around = `${text.slice(sentence.start, candidate.start)} … ${text.slice(candidate.end, sentence.end)}`
		.replace(/[“”"]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (around.split(/\s+/).length >= 4) return clip(around);
	// A fragment ("Forty years of them.", "“Three times.”") answers or goes on from the sentence before it, which
	// says what it counts.
	const lead = previous();
	if (!lead) return '';
	const context = `${text.slice(lead.start, lead.end).replace(/[“”"]/g, '').trim()} ${around}`.replace(
		/\s+/g,
		' '
	);
	return context.split(/\s+/).length >= 4 ? clip(context) : '';
}

const DATE_PHRASE = new RegExp(
	`^\\s*(?:(?:early|mid|late)[\\s-]+)?(?:(?:${MONTHS})\\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|(?:19|20)\\d\\d\\b)`,
	'i'
);
/** "the", "in its", "for": words that say nothing of what a figure counts ("In its 20 years, …"). */
const ONLY_FUNCTION_WORDS =
	/^(?:(?:the|an?|this|that|its|his|her|their|our|in|on|at|of|for|by|to|with|from|over|during|and|but|or)\b\s*)+$/i;

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
	// "DeLay's aides": a name capitalised inside itself is a name, never a sentence's opening word.
	const first = /^\p{Lu}\p{Ll}+(?!\p{L})/u.exec(phrase)?.[0];
	if (!first || capitalisedMidSentence(text).has(first)) return phrase;
	return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** Words the text capitalises after a lowercase word or a comma: names. */
const capitalisedMidSentence = perText(
	(text) => new Set(matchesOf(CAPITAL_MID_SENTENCE, text).map((m) => m[1]!))
);

function clip(s: string, max = 160): string {
	if (s.length <= max) return s;
	const cut = s.lastIndexOf(' ', max);
	return endCut(s.slice(0, cut > 0 ? cut : max));
}
