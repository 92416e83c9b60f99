/**
 * Wrong answers for a figure, as a registry of strategies: the first whose `applies` holds writes the choices.
 * Every strategy keeps to what issue 9 asks of number choices:
 * - written like the key (same sign or unit word, digits or words, scale word), never a doubled unit;
 * - the key's rank among the choices is drawn at random, so it cannot be guessed from being the middle one;
 * - never another form of the key, never another true figure about the same thing, and never a value that
 *   also makes the sentence true (a hedged "about 40" keeps its choices well away from 40; a bound, "more than
 *   100 million", gets no choice question at all, since every smaller value would be true).
 */
import type { FigureFact } from './bank';
import { namesPerson } from './cloze';
import { lexiconTags } from './lexicon';
import {
	HUNDREDTHS,
	ORDINALS,
	SCALES,
	VAGUE,
	formatFigure,
	numberToWords,
	ordinalSuffix,
	parseDigits,
	parseFigure,
	roundSignificant,
	share,
	significantDigits
} from './numbers';
import { shuffle } from './random';
import { atRank, type RankChoice } from './rank';
import { isCurrency, isTimeUnit, unitAt, type FigureUnit } from './units';

/** Shares told as "two out of three": the ones readers meet, with their words. */
const OUT_OF: [number, number][] = [
	[1, 10],
	[1, 5],
	[1, 4],
	[1, 3],
	[1, 2],
	[2, 3],
	[3, 4],
	[4, 5],
	[9, 10]
];

/** How the article hedges the figure: "about 40", "more than 100 million", "up to 6,000". */
export type Hedge = 'about' | 'lower' | 'upper' | undefined;

export interface FigureChoiceInput {
	fact: FigureFact;
	/** The figure as the blank shows it, without its qualifier: "100 million" for "more than 100 million". */
	core: string;
	hedge: Hedge;
	/** Other figures near it in the article, nearest first. */
	neighbours: readonly FigureFact[];
	random: () => number;
	/**
	 * How many choices go below the key (0–3), or the deck's dealer that chooses it from those the values allow,
	 * never from the seed, so whether a fact gets a choice question does not depend on how the bank was shuffled.
	 */
	below: RankChoice;
	/**
	 * What the article's other counts of the same group allow (`wholeAndPartBounds`): no choice below `least`
	 * (the largest part of a whole's key) and none above `most` (the whole of a part's key).
	 */
	least?: number;
	most?: number;
	/** The words after the blank in its sentence: "most seats" after "third" makes it a superlative's rank. */
	after?: string;
	/** The words before the blank in its sentence: "tens of" before it takes only "thousands" and up. */
	before?: string;
}

export interface FigureStrategy {
	applies(input: FigureChoiceInput): boolean;
	/** Up to three wrong answers, written like `core`. */
	choices(input: FigureChoiceInput): string[];
}

const LOWER = /^(?:more th[ae]n|over|at least|above|exceeding|upwards of|in excess of)\s/i;
const UPPER =
	/^(?:less th[ae]n|under|up to|at most|fewer th[ae]n|below|no more than|as many as|as much as)\s/i;
const ABOUT =
	/^(?:about|around|approximately|roughly|some|nearly|almost|close to|just over|just under|an estimated|estimated|circa)\s/i;

/** The hedge of a figure as written, and the figure without it. */
export function hedgeOf(text: string): { hedge: Hedge; core: string } {
	let core = text;
	let hedge: Hedge;
	for (let guard = 0; guard < 3; guard++) {
		const m = LOWER.exec(core) ?? UPPER.exec(core) ?? ABOUT.exec(core);
		if (!m) break;
		hedge = hedge ?? (LOWER.test(m[0]) ? 'lower' : UPPER.test(m[0]) ? 'upper' : 'about');
		core = core.slice(m[0].length);
	}
	// "one or more", "50 or so": a bound written after the number; the blank covers the number alone.
	const after = / or (?:(more|over|above|higher|greater)|(less|fewer|under|below)|so)$/i.exec(core);
	if (after) {
		hedge = hedge ?? (after[1] ? 'lower' : after[2] ? 'upper' : 'about');
		core = core.slice(0, after.index);
	}
	// "$20-plus million": a lower bound written into the figure, which keeps it.
	if (/-plus\b/i.test(core)) hedge = hedge ?? 'lower';
	// "the next five years", "only 12": the period words and "only" stay in the sentence too.
	core = core.replace(
		/^(?:the\s+(?:next|past|last|coming|previous|first|following)\s+|only\s+|just\s+)/i,
		''
	);
	return { hedge, core };
}

const closeTo = (a: number, b: number, by = 0.005) => Math.abs(a - b) <= Math.abs(b) * by;

const contentWords = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * Whether a description and `about` describe the same thing: they share most of their content words. `about`'s
 * words are read once for all the descriptions it is weighed against (a figure's every neighbour).
 */
export function similarTo(about: string): (description: string) => boolean {
	const mine = contentWords(about);
	return (description) => {
		const theirs = contentWords(description);
		if (theirs.size === 0 || mine.size === 0) return false;
		let shared = 0;
		for (const w of theirs) if (mine.has(w)) shared++;
		return shared / Math.min(theirs.size, mine.size) >= 0.6;
	};
}

interface Option {
	value: number;
	written: string;
}

/** A number's scale or count noun in words: "a hundred", "two dozen", "$3 billion". */
const SCALE_WORD = /\b(?:dozen|score|hundred|thousand|million|billion|trillion)s?\b/i;

/**
 * What a student reads off a choice's form alone: digits or words, a currency sign, a percentage, a scale word,
 * decimals, an article where the others have a number ("a hundred" among "eighty" and "sixty"; "half" among "a fifth"
 * and "a tenth") and a plural word ("two-thirds" among "a fifth" and "half"; "twice" among "three times").
 */
const FORMS: ((choice: string, all: readonly string[]) => boolean)[] = [
	(c) => /\d/.test(c),
	(c) => /[$€£¥]/.test(c),
	(c) => /%|\bper\s?cent\b/i.test(c),
	(c) => SCALE_WORD.test(c),
	// "$7.0 billion" among "$3 billion", "$4 billion" and "$5 billion": the one number written with decimals.
	(c) => /\d\.\d/.test(c),
	// "a dozen" among "two dozen" is the same count noun: the article only counts where the nouns differ.
	(c, all) => !all.every((a) => SCALE_WORD.test(a)) && /^(?:a|an)\s/i.test(c.trim()),
	(c) => /^\p{L}[\p{L}\s-]*\p{L}s$/u.test(c.trim()) && !/\d/.test(c),
	// "95-minute" among "120-", "150-" and "190-minute", or "90" among "200", "300" and "400": where every choice is a
	// whole number of ten or more, the one ending in fewer (or more) zeros than all the others is the article's.
	(c, all) => wholeFrom10(all) && /0$/.test(digitsOf(c)),
	(c, all) => wholeFrom10(all) && /00$/.test(digitsOf(c))
];

/** The number of a choice in digits without its separators: "1230" for "$1,230-a-month". */
const digitsOf = (c: string) => /\d[\d,]*(?:\.\d+)?/.exec(c)?.[0].replace(/,/g, '') ?? '';
const wholeFrom10 = (all: readonly string[]) =>
	all.every((a) => /^[1-9]\d+$/.test(digitsOf(a)) && !SCALE_WORD.test(a));

/**
 * The key alone in a form every wrong choice shares ("a dozen" among "sixteen", "twenty-one" and "thirty") is
 * picked for its form, whatever the article says.
 */
export function aloneInForm(key: string, wrong: readonly string[]): boolean {
	const all = [key, ...wrong];
	return (
		wrong.length > 1 &&
		FORMS.some((form) => {
			const mine = form(key, all);
			return wrong.every((w) => form(w, all) !== mine);
		})
	);
}

/**
 * Three wrong answers with the key ranked at random among the four: a number of them (0–3, drawn from the fact)
 * below the key, the rest above, each list tried in its order. When the values do not allow the drawn rank, or
 * allow only one rank (a count of 1 has nothing below it, a percentage of 99 nothing above), there is no choice
 * question (`atRank`): settling for another rank would make small keys always the smallest, and the key's rank a
 * clue. A class of four ("halved", "doubled", "tripled", "quadrupled") is shown whole: the same four choices for
 * every key of it, so their order tells nothing.
 */
function ranked(
	input: FigureChoiceInput,
	below: readonly Option[],
	above: readonly Option[],
	apartBy = 1
): string[] {
	const { fact, core } = input;
	const pick = (want: number) => {
		const out: string[] = [];
		const chosen: number[] = [fact.value];
		const usable = (o: Option) => {
			if (out.includes(o.written) || o.written === core) return false;
			if (o.value < (input.least ?? -Infinity) || o.value > (input.most ?? Infinity)) return false;
			const back = parseFigure(o.written);
			if (back && closeTo(back.value, fact.value)) return false;
			return chosen.every(
				(c) => !closeTo(c, o.value) && Math.max(c, o.value) / Math.min(c, o.value) >= apartBy
			);
		};
		const take = (options: readonly Option[], n: number) => {
			let taken = 0;
			for (const o of options) {
				if (taken === n) break;
				if (!usable(o)) continue;
				out.push(o.written);
				chosen.push(o.value);
				taken++;
			}
			return taken === n;
		};
		if (!take(below, want) || !take(above, 3 - want)) return undefined;
		if (!aloneInForm(core, out)) return out;
		// The nearest set leaves the key alone in its form ("two-thirds" among "a fifth", "a quarter" and "half"):
		// the first other set in the lists' order that does not.
		out.length = 0;
		chosen.length = 1;
		const lists = [below, above];
		const counts = [want, 3 - want];
		const fill = (list: number, from: number): boolean => {
			if (list === lists.length) return !aloneInForm(core, out);
			if (counts[list] === 0) return fill(list + 1, 0);
			const options = lists[list]!;
			for (let i = from; i + counts[list]! <= options.length; i++) {
				const o = options[i]!;
				if (!usable(o)) continue;
				out.push(o.written);
				chosen.push(o.value);
				counts[list]!--;
				if (fill(list, i + 1)) return true;
				out.pop();
				chosen.pop();
				counts[list]!++;
			}
			return false;
		};
		return fill(0, 0) ? out : undefined;
	};
	if (below.length + above.length === 3) return pick(below.length) ?? [];
	return atRank(input.below, pick);
}

const option =
	(input: FigureChoiceInput) =>
	(value: number, written?: string): Option => ({
		value,
		written: written ?? formatFigure(value, input.fact.unit, input.core)
	});

/** The number as written before its scale word: 470 for "$470 million", so rounding keeps its precision. */
function mantissaOf(core: string, value: number): number {
	const m = /(\d[\d,]*(?:\.\d+)?)/.exec(core);
	return m ? (parseDigits(m[1] ?? '') ?? value) : value;
}

/** How many digits a figure is written with after its point: 1 for "15.6 points" and "$1.2 billion". */
function decimalsOf(written: string): number {
	return /\d\.(\d+)/.exec(written)?.[1]?.length ?? 0;
}

const scaleOf = (written: string) =>
	/\b(thousand|million|billion|trillion|bn|mn|m|k)\b/i.exec(written)?.[1]?.toLowerCase();

/** How round a number in digits is written: one significant digit, two, or more. */
const roundness = (written: string) => Math.min(3, significantDigits(mantissaOf(written, 0)));

/**
 * A wrong amount written in the key's form (issue 9): "$888 million" among "$1.07 billion"s, or among "$1.2
 * billion" and "$900 million", is the only one in millions or the only exact one, and picked for its form alone.
 * So a choice keeps the key's scale word, and beside a key with a scale word it is as round or as exact as the key.
 * A key written without a decimal point gets no choice with one: "$145 million" among "$72.5 million" and "$43.5
 * million" is the only whole one. A number in words is kept whole by its own rounding.
 */
export function formLike(key: string, written: string): boolean {
	if (scaleOf(written) !== scaleOf(key)) return false;
	if (!asExact(key, written)) return false;
	if (!scaleOf(key) || !/\d/.test(key) || !/\d/.test(written)) return true;
	return roundness(written) === roundness(key) || pastOneDigitAlike(key, written);
}

/** The first power of ten past a number's digits: 10 for 8, 100 for 90, 1,000 for 100. */
const powerOfTenAbove = (n: number) => 10 ** Math.ceil(Math.log10(n + 1));

/**
 * "$8 billion" beside "$12 billion" and "$16 billion", "$90 billion" beside "$120 billion", are as exact as they are
 * (whole billions, as "eight" beside "twelve"): a one-digit key's choices past its power of ten take two digits, or
 * every one of them is a round ten or hundred.
 */
function pastOneDigitAlike(key: string, written: string): boolean {
	const k = mantissaOf(key, NaN);
	const w = mantissaOf(written, NaN);
	return (
		Number.isInteger(k) &&
		Number.isInteger(w) &&
		significantDigits(k) === 1 &&
		significantDigits(w) === 2 &&
		w >= powerOfTenAbove(k)
	);
}

/**
 * No decimal point in a choice for a key written without one, and no thousands written bare ("$1300 to $5,000")
 * beside a key that groups them with commas.
 */
function asExact(key: string, written: string): boolean {
	if (decimalsOf(key) === 0 && decimalsOf(written) > 0) return false;
	return !/\d,\d{3}/.test(key) || !/(?<![\d.,])\d{4,}/.test(written);
}

/** A number alone, in digits or one word: "2", "1,500", "two", "eleven" (not "three-judge", not "2 million"). */
const BARE_NUMBER = /^(?:\d[\d,]*|[a-z]+)$/i;

/**
 * Money, counts, durations, measures, percentages. Other figures of the same unit nearby come first, since a
 * careless reader confuses them; made-up values fill the rest, rounded like the key and kept apart from it and
 * from each other (a hedged "about 40" never sits next to 42, which would be true too).
 */
function rankedAmounts(input: FigureChoiceInput): string[] {
	const { fact, core, hedge, neighbours, random } = input;
	const gap = isAge(fact) ? (hedge === 'about' ? 1.15 : 1.08) : hedge === 'about' ? 1.3 : 1.15;
	const likeKey = similarTo(fact.about);
	const same = neighbours.filter((o) => o.unit === fact.unit && likeKey(o.about));
	const taken = (v: number) => same.some((o) => closeTo(o.value, v, 0.05));
	// "up 15.6 points" among "10", "20" and "25" is the only precise one: a key written with decimals gets choices
	// with as many, on the key's own scale.
	const keyDecimals = decimalsOf(core);
	const integer =
		keyDecimals === 0 &&
		(fact.unit === 'count' || isTimeUnit(fact.unit) || (Number.isInteger(fact.value) && fact.value >= 10));
	const percent = fact.unit === 'percent' && fact.value <= 100;
	// A round key ("$100", "$4 billion") among "$120" and "$3.2 billion" is the only round one: its choices are round too.
	const keyDigits = significantDigits(mantissaOf(core, fact.value));
	const digits = keyDigits === 1 ? 1 : Math.max(keyDigits, fact.value < 10 ? 1 : 2);
	// "two billion" is written in words: its choices must be whole numbers of billions, or they turn to digits.
	const wordScale = /\d/.test(core) ? undefined : /\b(thousand|million|billion|trillion)\b/i.exec(core)?.[1];
	const step = wordScale ? (SCALES[wordScale.toLowerCase()] ?? 1) : 1;
	// Nobody writes "9.6 cents": an amount in cents or pence has whole ones.
	const hundredths = HUNDREDTHS.test(core.replace(/^\D*[\d.,]+/, ''));
	// "90" gets "110", "140" and "180", not "100", "200" and "300", "eight aircraft" gets "twelve" and "sixteen",
	// not "ten", "twenty" and "thirty", and "$8 billion" gets "$12 billion", not "$20 billion": past the key's power
	// of ten, one digit would make every larger choice round beside a key that is not.
	const pastOneDigit = (v: number) => (fact.value >= 10 || integer) && v >= powerOfTenAbove(fact.value);
	const age =
		isAge(fact) || personAge(fact, core, input.after ?? '') || yearsOld(fact, core, input.after ?? '');
	const round = (v: number, five?: number) => {
		// "Thirty percent" gives "Forty percent", not "Thirty-six percent": a round number in words keeps its roundness.
		// "Twelve years" in a quote gives "Nine years", never "8.4 years": a number in words is whole.
		if (!/\d/.test(core) && !wordScale)
			return Math.max(
				1,
				Math.round(roundSignificant(v, pastOneDigit(v) ? 2 : significantDigits(fact.value)))
			);
		if (!/\d/.test(core)) return Math.max(step, Math.round(v / step) * step);
		if (five !== undefined) {
			// Toward the key, so a choice stays within the band its factor allows.
			const steps = v / five - 0.5;
			const toward = v > fact.value ? Math.floor(steps) : Math.ceil(steps);
			return Number(((toward + 0.5) * five).toFixed(keyDecimals));
		}
		if (keyDecimals > 0 && mantissaOf(core, fact.value) === fact.value) return Number(v.toFixed(keyDecimals));
		const r = roundSignificant(v, digits === 1 && pastOneDigit(v) ? 2 : digits);
		if (hundredths) return Math.max(0.01, Math.round(r * 100) / 100);
		return integer ? Math.round(r) : r;
	};
	// A bare count's noun lies outside the blank and agrees with the key: "_____ broad declarations" rules out
	// "one" by grammar alone, and after "one declaration" every other choice is ruled out the same way.
	const nounAfterBlank = fact.unit === 'count' && BARE_NUMBER.test(core);
	if (nounAfterBlank && fact.value === 1) return [];
	const lattice = calendarStep(fact, core);
	const spread = age ? AGE_FACTORS : percent ? SHARE_FACTORS : AMOUNT_FACTORS;
	const possible = (v: number, side: 'below' | 'above') =>
		v > 0 &&
		!(nounAfterBlank && v === 1) &&
		(side === 'below' ? v * gap <= fact.value : v >= fact.value * gap) &&
		!(percent && v > 100) &&
		// "100 cents" is a dollar, and nobody writes it so: an amount in cents keeps under a whole unit.
		!(hundredths && fact.value < 1 && v >= 1) &&
		!(age && v > OLDEST) &&
		!beyondUnit(fact, v) &&
		(lattice === undefined || v % lattice === 0) &&
		!taken(v);
	// The tests of a neighbour's words come after those of its value: every figure weighs every other of its unit.
	const keyCountsPeople = countsPeople(fact.about);
	const lowest = fact.value * Math.min(...spread.below);
	const highest = fact.value * Math.max(...spread.above);
	const keyInDigits = /\d/.test(fact.text);
	const peers = shuffle(
		neighbours.filter(
			(o) =>
				o.id !== fact.id &&
				o.unit === fact.unit &&
				// "$250 million" from the article among made-up amounts at most five times a "$25 million" key is the odd
				// one out: a peer keeps within the band the made-up values span.
				o.value >= lowest &&
				o.value <= highest &&
				// "two out of three" is 66.7 percent nobody wrote: a peer is written in digits as the key is, or in words.
				/\d/.test(o.text) === keyInDigits &&
				countsPeople(o.about) === keyCountsPeople &&
				// Someone's age ("Scott, 69,") is no length of time in office, nor the other way round.
				(isAge(o) || YEAR_OLD.test(o.text)) === age &&
				!same.includes(o) &&
				!parseFigure(o.text)?.vague
		),
		random
	);
	const make = option(input);
	// A made-up share of "99 percent" is a near-total nobody reports beside a middling key: it is said as 95.
	const cap = Math.max(MAX_SHARE, fact.value);
	const madeUp = (o: Option) => (percent && o.value > cap ? make(cap) : o);
	const side = (which: 'below' | 'above', factors: number[], five?: number) => {
		// Values with the key's decimals first, nearest first (so three fit, apart from each other); the rest after.
		const near = (o: Option) => Math.abs(Math.log(o.value / fact.value));
		const made = shuffle(factors, random)
			.map((f) => fact.value * f)
			.map((v) =>
				make(lattice === undefined ? round(v, five) : Math.max(lattice, Math.round(v / lattice) * lattice))
			)
			.sort(
				(a, b) =>
					Number(decimalsOf(b.written) === keyDecimals) - Number(decimalsOf(a.written) === keyDecimals) ||
					near(a) - near(b)
			);
		const fits = (o: Option) => possible(o.value, which) && formLike(core, o.written);
		const peer: Option[] = [];
		for (const p of peers) {
			const o = make(p.value);
			if (fits(o)) {
				peer.push(o);
				break;
			}
		}
		return [...peer, ...made.map(madeUp)].filter(fits);
	};
	const apart = age ? 1.03 : 1.2;
	// An age is told to the year, not rounded; whole cents keep their own rounding. Where the fives leave the key no
	// rank ("4.5%", "5.5%" and "6.5%" too close together above "3.5%"), its choices are rounded as any other's.
	const five = age || hundredths ? undefined : fiveStep(core, fact.value);
	const endingInFive =
		five === undefined
			? []
			: ranked(input, side('below', spread.below, five), side('above', spread.above, five), apart);
	return endingInFive.length > 0
		? endingInFive
		: ranked(input, side('below', spread.below), side('above', spread.above), apart);
}

/** The factors made-up wrong amounts are drawn from, below the key and above it. */
const AMOUNT_FACTORS = {
	below: [0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
	above: [1.2, 1.3, 1.45, 1.6, 1.75, 2, 2.5, 3, 4, 5]
};
/** An age or a lifespan keeps to what people live: a mean age of 68 offers 54 or 78, never 40 or 90. */
const AGE_FACTORS = { below: [0.75, 0.8, 0.85, 0.9], above: [1.1, 1.15, 1.2, 1.25] };
/**
 * A share lives between 0 and 100: "4 percent" or "95 percent" beside a top tax rate of 39.6 is absurd, not
 * tempting, so its choices keep within a few times the key, as a count's need not.
 */
const SHARE_FACTORS = { below: AMOUNT_FACTORS.below, above: [1.2, 1.3, 1.45, 1.6, 1.75, 2] };

/** How many powers of ten a vague count of people ("hundreds of marchers") may move: "dozens" to "thousands". */
export const CROWD_SPAN = 2;

/**
 * How many powers of ten above its key a vague count of things may go: "hundreds" of violations may be "millions",
 * "thousands" of vote-counting systems never "billions", "dozens" of newspapers never "millions".
 */
export const THINGS_SPAN = 4;

/**
 * Where writers change to the next unit of time: a "200-second spot", a "190-minute" speech, "40 months" in a
 * posting or "ten decades" are written no one's way, and a student rules them out unread. A key near or past it
 * (an article's "within 30 months") still gets choices half as large again.
 */
export const UNIT_CEILING: Partial<Record<FigureUnit, number>> = {
	seconds: 120,
	minutes: 180,
	hours: 100,
	weeks: 26,
	months: 36,
	decades: 9
};
const beyondUnit = (fact: Pick<FigureFact, 'unit' | 'value'>, v: number) => {
	const ceiling = UNIT_CEILING[fact.unit];
	return ceiling !== undefined && v > Math.max(ceiling, fact.value * 1.5);
};

/**
 * The step a length of time is counted in by the larger unit it makes up: "48 hours" is two days, "18 months" a
 * year and a half, "14 days" two weeks, "45 minutes" three quarters of an hour.
 */
const CALENDAR_STEP: Partial<Record<FigureUnit, number>> = {
	seconds: 15,
	minutes: 15,
	hours: 12,
	days: 7,
	months: 6
};

/**
 * The step between a key's neighbours that end in five as it does ("45-day" → 10, "12.5 percent" → 1, "$3.5
 * million" → 1 million). Writers round to fives and halves, so "45" among "18", "27" and "36", or "12.5" among
 * "8.8" and "16.3", is the only number so rounded and is picked for its form alone: made-up choices end in a five
 * in the same place. None for a key of one significant digit (round already) or of four or more, whose last digit
 * is no one's rounding.
 */
export function fiveStep(core: string, value: number): number | undefined {
	if (!/\d/.test(core)) return undefined;
	const mantissa = mantissaOf(core, value);
	const digits = significantDigits(mantissa);
	if (digits < 2 || digits > 3) return undefined;
	const decimals = decimalsOf(core);
	let place = 10 ** -decimals;
	while (decimals === 0 && mantissa % (place * 10) === 0) place *= 10;
	const written = Math.round(mantissa / place);
	// Below 25 ("15", "1.5 million") there is one five below the key, too few to place it among them.
	if (written % 10 !== 5 || written < 25) return undefined;
	return 10 * place * (value / mantissa);
}

/**
 * The step a duration's choices keep to when its key counts whole steps of a larger unit (at least two) and is no
 * round number otherwise: "24 hours" among "19", "29" and "72" is the one a reader picks as the day it is, so it
 * gets "12", "36" and "48 hours". A key round already ("30 days", "90 minutes") keeps its ten-based choices.
 */
export function calendarStep(fact: Pick<FigureFact, 'unit' | 'value'>, core: string): number | undefined {
	const step = CALENDAR_STEP[fact.unit];
	if (step === undefined || decimalsOf(core) > 0 || significantDigits(fact.value) < 2) return undefined;
	return fact.value % step === 0 && fact.value >= 2 * step ? step : undefined;
}

/** No made-up percentage above it, unless the key itself is. */
export const MAX_SHARE = 95;
/** No age or lifespan choice above it: an age of 110 is no one's a reader would believe. */
const OLDEST = 100;

const YEAR_OLD = /^\d+-year-old$/i;

/**
 * "a 17-year-old student", "the 70-year-old said", "the 62-year-old Brenda Lund": an age written before its noun,
 * when the noun names a person (or "who" follows it), a person's name follows, or no noun does, so its choices
 * keep to what the person could be (a White House intern is no 69-year-old); "the 44-year-old country club" and a
 * "200-year-old" oak are ages of things, and range as amounts do.
 */
export function personAge(fact: Pick<FigureFact, 'value'>, core: string, after: string): boolean {
	if (!YEAR_OLD.test(core) || fact.value > OLDEST) return false;
	const words = (after.split(/[,.;:!?"“”()—–]/)[0] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
	const first = words[0];
	if (first === undefined) return true;
	const tags = lexiconTags(first);
	if (
		/^[a-z]/.test(first) &&
		tags.some((t) => /Verb|Tense|Copula|QuestionWord|Conjunction|Preposition/.test(t))
	)
		return true;
	if (tags.some((t) => /^(?:MaleName|FemaleName|FirstName|LastName|Honorific)$/.test(t))) return true;
	// The noun after an age is singular ("a 17-year-old student"); countsPeople reads a count's plural nouns.
	return words.some((w) => countsPeople(w) || countsPeople(`${w}s`) || /^who(?:m|se)?$/i.test(w));
}

/**
 * "He was 17 years old", "a 52 year old reporter": an age written after its number with "old" after the blank, so its
 * choices keep to what people live (never "51 years" or "85 years" beside a schoolboy's 17), as the hyphened
 * "17-year-old" does. A "200 years old" treaty is past any life and ranges as an amount.
 */
export function yearsOld(fact: Pick<FigureFact, 'unit' | 'value'>, core: string, after: string): boolean {
	return (
		fact.unit === 'years' && fact.value <= OLDEST && /\byears?$/i.test(core) && /^[\s-]*old\b/i.test(after)
	);
}

/** The figure is someone's age, or a people's lifespan ("at the age of 56", "a mean age of 68"). */
export function isAge(fact: Pick<FigureFact, 'about' | 'unit'>): boolean {
	return (
		fact.unit === 'years' &&
		/^(?:(?:average|mean|median)\s+)?age\b|\blife\s*(?:span|expectancy)\b/i.test(fact.about)
	);
}

/**
 * The count counts people ("36 people", "refugees", "Israelis"): a death toll's wrong choices are other counts of
 * people, never a fare, a surcharge or a fleet that the article also counts.
 */
export function countsPeople(about: string): boolean {
	const head = /^\s*([\p{L}-]+)/u.exec(about)?.[1];
	if (head === undefined) return false;
	return (
		/^(?:people|persons?|individuals|men|women|children|dead|victims|bodies|casualties|passengers|residents|workers|soldiers|troops|students|patients|staff|crew|fans|voters|volunteers|participants|attendees|spectators|marchers|protesters|demonstrators|supporters|interns|retirees|senators|lawmakers|officials|candidates|(?:super)?delegates|goers|seekers|followers)$/i.test(
			head
		) ||
		// The lexicon knows most people nouns in the singular only ("passenger").
		namesPerson(head.toLowerCase().replace(/s$/, '')) ||
		namesPerson(head.toLowerCase()) ||
		lexiconTags(head).includes('Demonym') ||
		// A state's or a city's people the lexicon does not know: "Iowans", "New Yorkers".
		/^[A-Z][a-z]+(?:ans|ers)$/.test(head)
	);
}

/** "tens of" or "hundreds of" right before the blank: only "thousands" and up follow it in English. */
const TENS_OF = /\b(?:tens|hundreds)\s+of\s*$/i;
const THOUSANDS = VAGUE.thousands ?? 2e3;
const SCALE_AFTER = /^\s*of\s+(?:thousands|millions|billions)\b/i;

/**
 * Whether a rung of the vague ladder is a value the sentence could hold, so no wrong choice is absurd on its face:
 * money is never counted in "dozens" ("dozens of dollars"), "tens of" takes "thousands" and up ("tens of dozens"),
 * a crowd keeps to its magnitude (`CROWD_SPAN`: "hundreds of marchers" at a fair is never "millions"), and other
 * things counted rise at most `THINGS_SPAN` powers of ten above the key.
 */
export function vagueRungFits(
	rung: number,
	nearest: number,
	input: Pick<FigureChoiceInput, 'fact' | 'before' | 'after'>
): boolean {
	const { fact } = input;
	if (TENS_OF.test(input.before ?? '') && rung < THOUSANDS) return false;
	// "hundreds of thousands": only "tens" or "hundreds" stand before another scale, never "dozens of thousands".
	if (SCALE_AFTER.test(input.after ?? '')) return false;
	if (isCurrency(fact.unit) || unitAt(fact.about, ['currency'])) return rung !== VAGUE.dozens;
	if (crowdOf(fact.about)) return Math.abs(Math.log10(rung / nearest)) <= CROWD_SPAN;
	return Math.log10(rung / nearest) <= THINGS_SPAN;
}

/**
 * The noun a count counts, read past the words before it ("screaming supporters at a rally", "the
 * billionaire’s voters", "convention-goers"): a crowd when it counts people. The reading stops at a preposition
 * or an "-ing" participle after the first word, so "cars carrying passengers" counts cars.
 */
export function crowdOf(about: string): boolean {
	const words = about.split(/\s+/).filter(Boolean).slice(0, 3);
	for (const [i, raw] of words.entries()) {
		const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
		if (i > 0 && (/ing$/.test(word) || lexiconTags(word).some((t) => /Preposition|Conjunction/.test(t))))
			return false;
		if (countsPeople(word.split('-').at(-1) ?? word)) return true;
	}
	return false;
}

/** An ordinal joined to a superlative: "second-highest", "3rd largest", "fourth most". */
const ORDINAL_SUPERLATIVE = /^(?:\d+(?:st|nd|rd|th)|[a-z]+)[-\s]+(?:[a-z]+est|most|least)\b/i;

/** A superlative right after an ordinal's blank: "_____ most seats", "_____-largest", "_____ highest". */
const SUPERLATIVE_AFTER = /^[-\s]+(?:most|least|[a-z]+est)\b/i;

/** The options of a ladder below and above the key's rung, nearest first. */
function aroundRung(options: readonly Option[], key: number): { below: Option[]; above: Option[] } {
	return {
		below: options.filter((o) => o.value < key).sort((a, b) => b.value - a.value),
		above: options.filter((o) => o.value > key).sort((a, b) => a.value - b.value)
	};
}

export const FIGURE_STRATEGIES = {
	/** "double", "tripled", "twice as", "threefold": the other multipliers, in the same verb form. */
	multiplier: {
		applies: ({ fact }) => fact.unit === 'multiplier',
		choices: (input) => {
			// "a thousand fold" is a manner of speaking with no siblings written like it ("a fourfold" is no English).
			if (/^an?\s+(?:hundred|thousand|million)/i.test(input.core)) return [];
			// "double", "tripled": only the multipliers that have a word of their own, so none stands out as "ten-fold".
			const verbs = /^(?:halv|doubl|tripl|trebl|quadrupl)/i.test(input.core);
			const make = option(input);
			const { below, above } = aroundRung(
				(verbs ? [0.5, 2, 3, 4] : [0.5, 2, 3, 4, 5, 10]).map((v) => make(v)),
				input.fact.value
			);
			return ranked(input, below, above);
		}
	},
	/**
	 * "second place", "fourth largest", "20th anniversary": the ranks around it, none below first, nor first
	 * before a superlative (nobody writes "the first-highest": it is "the highest").
	 */
	ordinal: {
		applies: ({ fact }) => fact.unit === 'ordinal',
		choices: (input) => {
			const { fact, core } = input;
			const words = /^[a-z]/i.test(core) && !/^\d/.test(core);
			// "the third most seats" as well as "the third-most": "the first most seats" is no English either.
			const superlative = ORDINAL_SUPERLATIVE.test(core) || SUPERLATIVE_AFTER.test(input.after ?? '');
			const lowest = superlative ? 2 : 1;
			const write = (n: number) => {
				const word = Object.entries(ORDINALS).find(([, v]) => v === n)?.[0];
				const text = words ? word : `${n}${ordinalSuffix(n)}`;
				return text ? core.replace(/^(?:\d+(?:st|nd|rd|th)|[a-z]+)/i, matchCase(text, core)) : undefined;
			};
			const options = [-3, -2, -1, 1, 2, 3, 4, 5].flatMap((step) => {
				const n = fact.value + step;
				const written = n >= lowest ? write(n) : undefined;
				return written ? [{ value: n, written }] : [];
			});
			const { below, above } = aroundRung(options, fact.value);
			return ranked(input, below, above);
		}
	},
	/**
	 * "a dozen", "half a dozen", "three dozen": a round count told in dozens has other counts of dozens beside it,
	 * since "a dozen" among "sixteen" and "twenty-one" is the only round one.
	 */
	dozen: {
		applies: ({ core }) => IN_DOZENS.test(core),
		choices: (input) => {
			const options = DOZENS.map(([value, words]) => ({ value, written: matchCase(words, input.core) }));
			const { below, above } = aroundRung(options, input.fact.value);
			return ranked(input, below, above);
		}
	},
	/** "dozens", "billions of dollars": the other vague amounts. */
	vague: {
		applies: ({ core }) => parseFigure(core)?.vague ?? false,
		choices: (input) => {
			const { fact } = input;
			// "scores of police" are dozens of them too: a key of scores is offered no "dozens", nor a false statement
			// made of it.
			const ladder = Object.values(VAGUE).filter(
				(v) => v !== VAGUE.scores && !(fact.value === VAGUE.scores && v === VAGUE.dozens)
			);
			const nearest = ladder.reduce((a, b) =>
				Math.abs(Math.log(b / fact.value)) < Math.abs(Math.log(a / fact.value)) ? b : a
			);
			const inner = Object.values(VAGUE).includes(fact.value) ? 1 : fact.value / nearest;
			const make = option(input);
			const { below, above } = aroundRung(
				ladder.filter((v) => vagueRungFits(v, nearest, input)).map((v) => make(v * inner)),
				fact.value
			);
			return ranked(input, below, above);
		}
	},
	/** "a third", "two-thirds", "almost half", "one in three", "two out of three": other shares, in the same words. */
	shareInWords: {
		applies: ({ fact, core }) =>
			fact.unit === 'percent' &&
			/^[a-z][a-z\s-]*$/i.test(core) &&
			// "Thirty percent" is a percentage in words: other percentages, not "a third", stand beside it.
			!/\bper\s*cent\b/i.test(core) &&
			fact.max === undefined,
		choices: (input) => {
			const inThree = /\bin\b/i.test(input.core);
			// "two out of three Americans": other shares in the same words, which "a third Americans" is not.
			const outOf = /\bout\s+of\b/i.test(input.core);
			const shares: [number, string][] = outOf
				? OUT_OF.map(([a, b]) => [share(a, b), `${numberToWords(a)} out of ${numberToWords(b)}`])
				: inThree
					? [2, 3, 4, 5, 10].map((n) => [
							share(1, n),
							`one in ${n === 2 ? 'two' : n === 3 ? 'three' : n === 4 ? 'four' : n === 5 ? 'five' : 'ten'}`
						])
					: [
							[share(1, 10), 'a tenth'],
							[share(1, 5), 'a fifth'],
							[share(1, 4), 'a quarter'],
							[share(1, 3), 'a third'],
							// A plural share on either side of half, so neither "two-thirds" nor "half" is alone in its form.
							[share(2, 5), 'two-fifths'],
							[share(1, 2), 'half'],
							[share(3, 5), 'three-fifths'],
							[share(2, 3), 'two-thirds'],
							[share(3, 4), 'three-quarters']
						];
			// "one-third" among "a tenth" and "a fifth" is the odd one out: a unit share is written as the key's is.
			const one = /^one([\s-])(?!in\b)/i.exec(input.core)?.[1];
			const options = shares.map(([value, words]) => ({
				value,
				written: matchCase(one ? words.replace(/^(?:a\s+|(?=half$))/, `one${one}`) : words, input.core)
			}));
			const { below, above } = aroundRung(options, input.fact.value);
			return ranked(input, shuffle(below, input.random), shuffle(above, input.random));
		}
	},
	/**
	 * "1/10th", "3/4": other fractions of the whole, written the same way ("1/5th", "1/4th"), never a numerator
	 * that is no whole number or a share above the whole ("66.7/10th").
	 */
	shareInDigits: {
		applies: ({ fact, core }) => fact.unit === 'percent' && FRACTION.test(core),
		choices: (input) => {
			const [, numerator, denominator, suffix] = FRACTION.exec(input.core)!;
			const n = Number(numerator);
			const d = Number(denominator);
			const write = (a: number, b: number) => `${a}/${b}${suffix ? ordinalSuffix(b) : ''}`;
			const pairs: [number, number][] =
				n === 1
					? [2, 3, 4, 5, 8, 10, 20, 100].filter((b) => b !== d).map((b) => [1, b])
					: Array.from({ length: d - 1 }, (_, i) => i + 1)
							.filter((a) => a !== n)
							.map((a) => [a, d]);
			const options = pairs.map(([a, b]) => ({ value: share(a, b), written: write(a, b) }));
			const { below, above } = aroundRung(options, input.fact.value);
			return ranked(input, below, above);
		}
	},
	/**
	 * "Six in 10", "3 out of 4": other counts of the same whole, the count written as the key's ("Four in 10"). A
	 * poll's "in 10" is the form, not the figure: "Six in 80" and "Six in 50" were idioms no paper writes.
	 */
	shareOfWhole: {
		applies: ({ fact, core }) => fact.unit === 'percent' && SHARE_OF_WHOLE.test(core),
		choices: (input) => {
			const [, count, joint, whole] = SHARE_OF_WHOLE.exec(input.core)!;
			const d = Number(whole);
			const inWords = /^\p{L}/u.test(count!);
			const options = Array.from({ length: d - 1 }, (_, i) => i + 1)
				.filter((a) => Math.abs(share(a, d) - input.fact.value) > 1e-9)
				.map((a) => ({
					value: share(a, d),
					written: `${inWords ? matchCase(numberToWords(a) ?? String(a), count!) : a}${joint}${whole}`
				}));
			const { below, above } = aroundRung(options, input.fact.value);
			return ranked(input, below, above);
		}
	},
	/** "US$20-25", "8–10 years": the whole range moved, written the same way. */
	range: {
		applies: ({ fact }) => fact.max !== undefined,
		choices: (input) => {
			const { fact, core, random } = input;
			const max = fact.max!;
			const joint = /(\s*[-–]\s*|\s+to\s+|\s+and\s+)/.exec(core);
			if (!joint) return [];
			const left = core.slice(0, joint.index);
			const right = core.slice(joint.index + joint[0].length);
			const moved = (factor: number) => {
				const low = roundSignificant(fact.value * factor, 2);
				const high = roundSignificant(max * factor, 2);
				const from = formatFigure(low, fact.unit, left);
				const to = formatFigure(high, fact.unit, right);
				// "0.6 to 0.6 per cent": ends apart in value, written to the key's precision they meet.
				const digits = (written: string) => /\d[\d.,]*/.exec(written)?.[0];
				const met = (digits(from) ?? from) === (digits(to) ?? to);
				return { value: low, high: met ? low : high, written: `${from}${joint[0]}${to}` };
			};
			// "ranging from 17 to 62 years old": the ages of people keep to what people live, never "43 to 160 years".
			const age = isAge(fact) || yearsOld(fact, core, input.after ?? '');
			const fits = (o: { value: number; high: number; written: string }) =>
				rangeFits(fact)(o) && asExact(core, o.written) && !(age && o.high > Math.max(OLDEST, max));
			const factors = age ? AGE_RANGE_FACTORS : RANGE_FACTORS;
			return ranked(
				input,
				shuffle(factors.below, random).map(moved).filter(fits),
				shuffle(factors.above, random).map(moved).filter(fits),
				age ? 1.1 : 1.2
			);
		}
	},
	/** Money, counts, durations, measures, percentages: amounts ranked at random around the key. */
	amount: {
		applies: () => true,
		choices: rankedAmounts
	}
} satisfies Record<string, FigureStrategy>;

const RANGE_FACTORS = { below: [0.25, 0.4, 0.5, 0.6], above: [1.5, 2, 2.5, 3, 4] };
/** A range of ages moves as ages do, by less than amounts: 17 to 62 offers 22 to 81, not 68 to 250. */
const AGE_RANGE_FACTORS = { below: [0.5, 0.6, 0.75, 0.85], above: [1.15, 1.3, 1.45, 1.6] };

/**
 * A moved range is still a range, and a range of shares stays within the whole: "72-75 percent" of a canton's
 * voters offers no "140-150 percent", and rounding that joins its ends ("110-110 percent") makes no range.
 */
export function rangeFits(fact: Pick<FigureFact, 'unit' | 'max'>) {
	return ({ value, high }: { value: number; high: number }) =>
		high > value && !(fact.unit === 'percent' && (fact.max ?? 0) <= 100 && high > 100);
}

/** A count in dozens, as news rounds one: "a dozen", "Half a dozen", "two dozen". */
const IN_DOZENS = /^(?:(?:an?|half an?|one|two|three|four|five|six)\s+)?dozen$/i;
const DOZENS: [number, string][] = [
	[6, 'half a dozen'],
	[12, 'a dozen'],
	[24, 'two dozen'],
	[36, 'three dozen'],
	[48, 'four dozen'],
	[60, 'five dozen']
];
const FRACTION = /^(\d+)\/(\d+)(st|nd|rd|th)?$/;
/** "Six in 10", "3 out of 4": a count of a small whole written in digits. */
const SHARE_OF_WHOLE = /^(\p{L}+|\d+)(\s+(?:in|out of)\s+)([2-9]|1\d|20)$/iu;

/** Three wrong answers for a figure, or none when no set of three is safe (a bound gets none). */
export function figureDistractors(input: FigureChoiceInput): string[] {
	if (input.hedge === 'lower' || input.hedge === 'upper') return [];
	for (const strategy of Object.values(FIGURE_STRATEGIES) as FigureStrategy[])
		if (strategy.applies(input)) return groupedLikeArticle(strategy.choices(input), input);
	return [];
}

/**
 * "there were over 2,700 locations in Canada and _____ in the U.S.": a key under a thousand shows no way of writing
 * thousands, so a choice above it came out "1400" in an article that writes "2,700" and "1,400", and stood apart
 * from the way the page writes every other number. An article that groups its thousands with commas has its
 * choices grouped so too.
 */
function groupedLikeArticle(choices: string[], input: FigureChoiceInput): string[] {
	if (!/\d/.test(input.core) || /\d{4}|\d,\d{3}/.test(input.core)) return choices;
	if (!input.neighbours.some((n) => /\d,\d{3}(?!\d)/.test(n.text))) return choices;
	return choices.map((c) =>
		c.replace(/(?<![\d.,])\d{4,}(?![\d,]|\.\d)/g, (d) => Number(d).toLocaleString('en-US'))
	);
}

function matchCase(word: string, like: string): string {
	return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * One group's whole and its parts, as reporting writes them: the people on board a plane and those killed,
 * injured or missing; the cases of an outbreak and its deaths; an electorate and the ballots cast; a board's
 * members and the votes of a division. A choice for the whole below a part the article gives ("How many were on
 * board?" offering 74 once 90 died), or for a part above the whole, is ruled out by the article's other figures,
 * not by memory of this one. Each class reads a count's role from the words right after it (`after`, up to the
 * clause's end or the next number) or the words right before it (`before`, ending there), and ties two counts to
 * one group only in one sentence, or in one paragraph whose two sentences name the same event (`event`: "the
 * crash", "the train"). A class table, not a list for one article.
 */
export interface WholeAndParts {
	whole: { after?: RegExp; before?: RegExp };
	part: { after?: RegExp; before?: RegExp };
	event: RegExp;
}

export const WHOLES_AND_PARTS = {
	aboard: {
		whole: {
			after: /\b(?:on board|aboard|passengers and crew|crew and passengers|people and crew)\b/i,
			before: /\b(?:carrying|carried|carries)\s*$/i
		},
		part: {
			after:
				/\b(?:killed|died|dead|deaths|injured|hurt|wounded|survivors|survived|missing|rescued|hospitali[sz]ed)\b/i,
			before: /\b(?:killing|killed|kills|injuring|injured|wounding|wounded|leaving)\s*$/i
		},
		event:
			/\b(?:crash|accident|collision|derailment|sinking|flight|plane|airliner|aircraft|jet|helicopter|train|bus|coach|ferry|boat|ship|vessel)\b/gi
	},
	cases: {
		whole: {
			after: /\b(?:cases|infected|infections|fell ill|sickened)\b/i,
			before: /\b(?:infecting|sickening)\s*$/i
		},
		part: {
			after: /\b(?:died|deaths|dead|fatal|hospitali[sz]ed|in hospital)\b/i,
			before: /\b(?:killing|killed)\s*$/i
		},
		event:
			/\b(?:outbreak|epidemic|pandemic|virus|disease|fever|flu|influenza|cholera|measles|infection|poisoning)\b/gi
	},
	electorate: {
		whole: {
			after: /\b(?:electorate|registered voters|eligible voters|registered to vote|eligible to vote)\b/i,
			before: /\belectorate of\s*$/i
		},
		part: {
			after: /\b(?:ballots cast|votes cast|voted|turned out)\b/i,
			before: /\bturnout of\s*$/i
		},
		event: /\b(?:election|referendum|ballot|poll|vote|count)\b/gi
	},
	members: {
		whole: { after: /^(?:\S+\s+)?(?:members|councillors|senators|delegates|trustees|directors)\b/i },
		part: {
			after: /^(?:votes?|voted|in favour|against|abstained|abstentions)\b/i,
			before: /\b(?:voted|votes? to|voted \S+ to|\d+\s+to)\s*$/i
		},
		event: /\b(?:board|council|committee|panel|assembly|parliament|senate|chamber|motion|vote)\b/gi
	}
} satisfies Record<string, WholeAndParts>;

type Role = 'whole' | 'part';

/** The words either side of a figure in its clause: a few before, and after it to the clause's end or next number. */
function besides(sentence: string, at: number, length: number): { before: string; after: string } {
	const before = sentence
		.slice(0, at)
		.split(/[;:,.!?“”"()]/)
		.at(-1)!
		.trim()
		.split(/\s+/)
		.slice(-3)
		.join(' ');
	const after = sentence
		.slice(at + length)
		.split(/[;:.!?“”"()]|\d/)[0]!
		.trim()
		.split(/\s+/)
		.slice(0, 6)
		.join(' ');
	return { before, after };
}

function roleIn(c: WholeAndParts, words: { before: string; after: string }): Role | undefined {
	const is = (r: { after?: RegExp; before?: RegExp }) =>
		(r.after?.test(words.after) ?? false) || (r.before?.test(words.before) ?? false);
	const whole = is(c.whole);
	const part = is(c.part);
	return whole === part ? undefined : whole ? 'whole' : 'part';
}

/** Where a figure stands in the text: its sentence, and its words' place in it. */
function placeOf(text: string, f: FigureFact) {
	const sentence = text.slice(f.evidence.start, f.evidence.end);
	const at = sentence.indexOf(f.text);
	if (at < 0) return undefined;
	const paragraph = text.lastIndexOf('\n\n', f.evidence.start);
	return { sentence, words: besides(sentence, at, f.text.length), paragraph };
}

const eventsOf = (c: WholeAndParts, sentence: string) =>
	new Set([...sentence.matchAll(c.event)].map((m) => m[0].toLowerCase()));

/**
 * The least and most a figure's wrong choices may be, from the other counts of its group (WHOLES_AND_PARTS): for a
 * whole, at least its largest part; for a part, at most its smallest whole. `others` are figures near it.
 */
export function wholeAndPartBounds(
	text: string,
	fact: FigureFact,
	others: readonly FigureFact[]
): { least?: number; most?: number } {
	if (fact.unit !== 'count') return {};
	const mine = placeOf(text, fact);
	if (!mine) return {};
	let least: number | undefined;
	let most: number | undefined;
	for (const c of Object.values(WHOLES_AND_PARTS) as WholeAndParts[]) {
		const role = roleIn(c, mine.words);
		if (!role) continue;
		const myEvents = eventsOf(c, mine.sentence);
		for (const o of others) {
			if (o === fact || o.unit !== 'count' || parseFigure(o.text)?.vague) continue;
			const theirs = placeOf(text, o);
			if (!theirs || theirs.paragraph !== mine.paragraph) continue;
			const other = roleIn(c, theirs.words);
			if (!other || other === role) continue;
			const tied =
				o.evidence.start === fact.evidence.start ||
				[...eventsOf(c, theirs.sentence)].some((e) => myEvents.has(e));
			// "more than 120 on board" bounds no part from above; "up to 90 died" no whole from below.
			const { hedge } = hedgeOf(o.text);
			if (!tied || hedge === (role === 'whole' ? 'upper' : 'lower')) continue;
			if (role === 'whole') least = Math.max(least ?? -Infinity, o.value);
			else most = Math.min(most ?? Infinity, o.max ?? o.value);
		}
	}
	return { ...(least !== undefined ? { least } : {}), ...(most !== undefined ? { most } : {}) };
}

/** The rank an ordinal opens on: 2 for "second", "2nd-largest", "Second most". */
function ordinalOf(written: string): number | undefined {
	const m = /^(?:(\d+)(?:st|nd|rd|th)|([a-z]+))\b/i.exec(written.trim());
	if (!m) return undefined;
	return m[1] !== undefined ? Number(m[1]) : ORDINALS[m[2]!.toLowerCase()];
}

/**
 * Two figures written the same way: both in digits or both in words, both ordinals or neither. A statement shows
 * its value alone, so "the fourth most recent polls" for "the five most recent" or "one to 1.5 years" for "two to
 * three years" reads wrong before the article is recalled.
 */
export function writtenAlike(a: string, b: string): boolean {
	const digits = (s: string) => /\d/.test(s);
	const ordinal = (s: string) => ordinalOf(s) !== undefined;
	return digits(a) === digits(b) && ordinal(a) === ordinal(b);
}

/** A possessive right before an ordinal: "his _____ term", "the club's _____ title". */
const POSSESSED = /(?:\b(?:his|her|their|its|my|our|your)|\p{L}['’]s?)\s+$/iu;

/** The furthest a swapped figure in a true-or-false statement may be from the true one, either way, as a ratio. */
export const STATEMENT_RATIO = 2.5;

/**
 * The wrong value a figure's true-or-false statement shows: of the choice question's own wrong answers, the one
 * nearest the key, and only one within STATEMENT_RATIO of it. A choice question shows the key beside its wrong
 * answers, so a far one there is merely wrong; a statement shows one value alone, and "a 50% interest rate" for
 * "a 5% interest rate" is false to anyone who reads it, article or not. Words on a ladder ("tripled", "a
 * quarter", "dozens", "second") are its nearest rungs already and are taken as they come.
 */
export function statementSwap(key: string, candidates: readonly string[], before = ''): string | undefined {
	const wrong = candidates.filter((w) => writtenAlike(key, w));
	// "her second term" implies a first but not a third: a possessed thing's rank is swapped down only.
	const rank = ordinalOf(key);
	if (rank !== undefined && POSSESSED.test(before))
		return wrong.find((w) => (ordinalOf(w) ?? Infinity) < rank);
	const truth = parseFigure(key);
	const ladder = truth?.unit === 'multiplier' || truth?.unit === 'ordinal';
	if (!truth || truth.vague || ladder || truth.value <= 0) return wrong[0];
	const distance = (w: string) => {
		const value = parseFigure(w)?.value;
		return value === undefined || value <= 0 ? Infinity : Math.abs(Math.log(value / truth.value));
	};
	const nearest = [...wrong].sort((a, b) => distance(a) - distance(b))[0];
	return nearest !== undefined && distance(nearest) <= Math.log(STATEMENT_RATIO) ? nearest : undefined;
}
