import { CURRENCY_SYMBOLS, isCurrency, unitAt, type FigureUnit } from './units';

/**
 * Number and money parsing and formatting, shared by the generator (extraction, distractors) and the study
 * screens (grading typed answers). Pure and dependency-free on purpose: the study pages import it, and the NLP
 * libraries must never load there.
 */

/** A figure read from a short piece of text such as "$470 million", "about 2 percent", "13 months", "double". */
export interface ParsedFigure {
	value: number;
	/** The unit the text names (units.ts), or null when it names none or is ambiguous ("pounds"). */
	unit: FigureUnit | null;
	/** "dozens", "billions of dollars": `value` is a lower bound, not an amount the article states. */
	vague: boolean;
	/** The text hedges the amount ("about", "nearly", "more than"). */
	approx: boolean;
}

export const SMALL: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

/** Scale words and the abbreviations newsrooms use ("$470m", "1.2bn", "5k"). */
export const SCALES: Record<string, number> = {
	hundred: 1e2,
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	mn: 1e6,
	mln: 1e6,
	billion: 1e9,
	bn: 1e9,
	bln: 1e9,
	b: 1e9,
	trillion: 1e12,
	tn: 1e12,
	trn: 1e12,
	// South Asian scales: "Rs 50 crore" is 500 million rupees, "2 lakh people" 200,000.
	lakh: 1e5,
	lakhs: 1e5,
	crore: 1e7,
	crores: 1e7
};

/**
 * Plural scale words used alone are vague amounts. The value kept is the smallest amount the word can mean
 * ("dozens" is at least two dozen), so that comparisons and distractors stay on the right order of magnitude.
 */
export const VAGUE: Record<string, number> = {
	dozens: 24,
	scores: 40,
	hundreds: 200,
	thousands: 2e3,
	millions: 2e6,
	billions: 2e9,
	trillions: 2e12
};

/** Verbs and adverbs that multiply an amount, in every form a sentence uses them. */
export const MULTIPLIERS: Record<string, number> = {
	halve: 0.5,
	halves: 0.5,
	halved: 0.5,
	halving: 0.5,
	double: 2,
	doubles: 2,
	doubled: 2,
	doubling: 2,
	twice: 2,
	triple: 3,
	triples: 3,
	tripled: 3,
	tripling: 3,
	treble: 3,
	trebled: 3,
	thrice: 3,
	quadruple: 4,
	quadruples: 4,
	quadrupled: 4,
	quadrupling: 4
};

/**
 * Fractions and proportions as percentages: "a third" is 33.3 percent, "two-thirds" 66.7, "half" 50. The
 * denominator words, singular and plural.
 */
export const FRACTIONS: Record<string, number> = {
	half: 2,
	halves: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
	fourth: 4,
	fourths: 4,
	fifth: 5,
	fifths: 5,
	sixth: 6,
	sixths: 6,
	eighth: 8,
	eighths: 8,
	tenth: 10,
	tenths: 10
};

/** Ordinal words: "fourth largest", "second place". */
export const ORDINALS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fifteenth: 15,
	twentieth: 20,
	thirtieth: 30,
	fortieth: 40,
	fiftieth: 50,
	hundredth: 100
};

/** "st", "nd", "rd" or "th", as English writes the ordinal of `n` ("11th", "21st"). */
export function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

/** A share written as a percentage to one decimal, as the annotations and the grader compare it. */
export const share = (numerator: number, denominator: number) =>
	Number(((100 * numerator) / denominator).toFixed(1));

export const QUALIFIERS = [
	'about',
	'around',
	'approximately',
	'roughly',
	'nearly',
	'almost',
	'some',
	'more than',
	'over',
	'less than',
	'under',
	'at least',
	'at most',
	'up to',
	'as many as',
	'as much as',
	'as few as',
	'close to',
	'just over',
	'just under',
	'fewer than',
	// "less then half": the misspelling of "than" is common enough in reporting that the bound must still be read.
	'more then',
	'less then',
	'fewer then',
	'an estimated',
	'an additional',
	'another'
];

export const NUMBER_WORD_SOURCE = `(?:${[...Object.keys(SMALL), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'].join('|')})`;

/**
 * "and" inside a number written in words follows a scale word only ("one hundred and five", "two thousand and
 * ten"): after "seven" it joins two numbers ("seven and eleven year olds", "ten and nineteen per cent"), never
 * one sum.
 */
export const AND_AFTER_SCALE = '(?:(?<=\\b(?:hundred|thousand|million|billion|trillion))\\s+and)?';

const UNITS_AND_TEENS = Object.keys(SMALL).filter((w) => SMALL[w]! < 20);
const TENS = Object.keys(SMALL).filter((w) => SMALL[w]! >= 20);

/**
 * Put between the words of a number in words: "two four-year terms", "the three five-storey blocks" are a count and
 * what it counts, not one sum of six or eight. After a unit or a teen only a scale word goes on ("two hundred"); after
 * a ten only a scale word or a unit ("twenty-five"). Words joined by a hyphen ("a one-two punch") stay one word.
 */
export const NUMBER_WORD_GOES_ON = `(?!(?<=\\b(?:${UNITS_AND_TEENS.join('|')})\\s+)(?:${Object.keys(SMALL).join('|')})\\b)(?!(?<=\\b(?:${TENS.join('|')})[\\s-]+)(?:${[...TENS, ...UNITS_AND_TEENS.filter((w) => SMALL[w]! === 0 || SMALL[w]! >= 10)].join('|')})\\b)`;

const HALF_DOZEN = /\bhalf an? dozen\b/i;

/** Reads "twenty-five", "one hundred and five", "a dozen", "two million"; null for anything else. */
export function parseNumberWords(words: string): number | null {
	const all = words.toLowerCase().split(/[\s-]+/);
	if (
		all.some(
			(t, i) => t === 'and' && !/^(?:hundred|thousand|million|billion|trillion)$/.test(all[i - 1] ?? '')
		)
	)
		return null;
	const tokens = all.filter((t) => t !== 'and' && t !== '');
	if (tokens.length === 0) return null;
	let total = 0;
	let current = 0;
	let seen = false;
	for (const [i, token] of tokens.entries()) {
		if (token === 'a' || token === 'an') {
			if (i !== 0) return null;
			current = 1;
			continue;
		}
		const small = SMALL[token];
		if (small !== undefined) {
			const rest = current % 100;
			if (rest !== 0 && (rest % 10 !== 0 || rest < 20 || small === 0 || small >= 10)) return null;
			current += small;
			seen = true;
		} else if (token === 'dozen') {
			current = (current || 1) * 12;
			seen = true;
		} else if (token === 'hundred') {
			current = (current || 1) * 100;
			seen = true;
		} else if (token === 'thousand' || token === 'million' || token === 'billion' || token === 'trillion') {
			total += (current || 1) * (SCALES[token] ?? 1);
			current = 0;
			seen = true;
		} else {
			return null;
		}
	}
	return seen ? total + current : null;
}

/** Reads "1,200", "1.5", "470"; null for anything else. */
export function parseDigits(digits: string): number | null {
	if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(digits)) return null;
	return Number(digits.replace(/,/g, ''));
}

const QUALIFIER_RE = new RegExp(`^(?:${QUALIFIERS.join('|')})\\s+`, 'i');
const SCALE_RE =
	/^(thousand|million|billion|trillion|hundred|crores?|lakhs?|k|mn|mln|m|bn|bln|b|tn|trn)\b\.?\s*/i;
const FRACTION_RE = new RegExp(
	`^(?:(a|an|one|two|three|four|five|\\d+)[\\s-]+)?(${Object.keys(FRACTIONS).join('|')})$|^(\\d+)\\s*/\\s*(\\d+)(?:st|nd|rd|th)?$|^(\\w+)(?:\\s+[a-z]+)??\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(\\w+)$`,
	'i'
);
const ORDINAL_RE = new RegExp(`^(\\d+)(?:st|nd|rd|th)$|^(${Object.keys(ORDINALS).join('|')})$`, 'i');

/** "a third", "two-thirds", "half", "1/10th", "one in three": a share, in percent. */
export function parseFraction(s: string): number | null {
	const m = FRACTION_RE.exec(s.trim());
	if (!m) return null;
	if (m[2]) {
		const count = m[1]
			? /^(?:a|an)$/i.test(m[1])
				? 1
				: (parseDigits(m[1]) ?? parseNumberWords(m[1]) ?? 1)
			: 1;
		return share(count, FRACTIONS[m[2].toLowerCase()] ?? 1);
	}
	if (m[3] && m[4]) return Number(m[4]) === 0 ? null : share(Number(m[3]), Number(m[4]));
	const of = m[6] ? (parseDigits(m[6]) ?? parseNumberWords(m[6])) : null;
	const one = m[5] ? (parseDigits(m[5]) ?? parseNumberWords(m[5])) : null;
	return of && one ? share(one, of) : null;
}

/**
 * Figures read so far, by what was read: a long text's distractors, giveaway checks and typed answers read the
 * same few hundred choices and keys again and again. Each reading is frozen, since every caller shares it; the
 * table is emptied when full, so a long session keeps no more than this many.
 */
const figuresRead = new Map<string, Readonly<ParsedFigure> | null>();
const FIGURES_KEPT = 5000;

const PLUS = /-plus\b/i;

/**
 * Parses a short figure as a person or an article writes it. Used for typed answers, so it is lenient about
 * spacing and case and strict about magnitude: "470 thousand" is never 470 million.
 */
export function parseFigure(input: string): Readonly<ParsedFigure> | null {
	let figure = figuresRead.get(input);
	if (figure === undefined) {
		if (figuresRead.size >= FIGURES_KEPT) figuresRead.clear();
		figure = readFigure(input);
		figuresRead.set(input, figure && Object.freeze(figure));
	}
	return figure;
}

// Built once, not per figure read: an expression built anew is compiled anew whenever V8's cache has let the last
// copy go.
const LEADING_NUMBER_WORDS = new RegExp(
	`^((?:(?:a|an)\\s+)?${NUMBER_WORD_SOURCE}(?:${AND_AFTER_SCALE}[\\s-]+${NUMBER_WORD_SOURCE})*)\\b\\s*`,
	'i'
);

function readFigure(input: string): ParsedFigure | null {
	let s = input
		.replace(/[\u2012-\u2015]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[.!?]+$/, '');
	let approx = false;
	for (let m = QUALIFIER_RE.exec(s); m; m = QUALIFIER_RE.exec(s)) {
		if (!/^(?:an additional|another) /i.test(m[0])) approx = true;
		s = s.slice(m[0].length);
	}
	// "$20-plus million", "3 billion-plus": "-plus" qualifies the figure like "more than".
	if (PLUS.test(s)) {
		s = s.replace(PLUS, '');
		approx = true;
	}
	const lower = s.toLowerCase();

	const multiplier = MULTIPLIERS[lower] ?? (/^(\w+)[- ]?fold$/.exec(lower) ? foldValue(lower) : undefined);
	if (multiplier !== undefined) return { value: multiplier, unit: 'multiplier', vague: false, approx };

	const fraction = parseFraction(lower);
	if (fraction !== null) return { value: fraction, unit: 'percent', vague: false, approx };
	const ordinal = ORDINAL_RE.exec(lower.split(' ')[0] ?? '');
	if (ordinal) {
		const value = ordinal[1] ? Number(ordinal[1]) : (ORDINALS[ordinal[2] ?? ''] ?? 0);
		return { value, unit: 'ordinal', vague: false, approx };
	}

	const vague =
		/^(dozens|scores|hundreds|thousands|millions|billions|trillions)(?: of (?:(millions|billions|thousands) of )?(.+))?$/.exec(
			lower
		);
	if (vague) {
		const outer = VAGUE[vague[1] ?? ''] ?? 0;
		const inner = vague[2] ? (SCALES[vague[2].replace(/s$/, '')] ?? 1) : 1;
		const unit = vague[3] ? unitAt(vague[3], ['currency'])?.unit : undefined;
		return { value: outer * inner, unit: unit ?? null, vague: true, approx };
	}

	// "a few thousand", "several hundred", "several million dollars": vague, about three of the scale.
	const few = /^(?:a few|several|a couple of) (hundred|thousand|million|billion)(?: (.+))?$/.exec(lower);
	if (few) {
		const scale = few[1] === 'hundred' ? 100 : (SCALES[few[1] ?? ''] ?? 1);
		const unit = few[2] ? unitAt(few[2], ['currency'])?.unit : undefined;
		return { value: 3 * scale, unit: unit ?? null, vague: true, approx };
	}

	let unit: FigureUnit | null = null;
	const symbol = CURRENCY_SYMBOLS.find((c) => lower.startsWith(c.symbol.toLowerCase()));
	const code = symbol ? null : unitAt(s, ['currency']);
	if (symbol) {
		unit = symbol.unit;
		s = s.slice(symbol.symbol.length).trimStart();
	} else if (code && /^[A-Z]{3}$/.test(code.written)) {
		unit = code.unit;
		s = s.slice(code.written.length).trimStart();
	}

	let value: number | null = null;
	const digits = /^(\d[\d,]*(?:\.\d+)?|\.\d+)\s*/.exec(s);
	if (digits) {
		value = parseDigits(digits[1] ?? '');
		s = s.slice(digits[0].length);
	} else {
		const words = LEADING_NUMBER_WORDS.exec(s);
		if (words) {
			value = parseNumberWords(words[1] ?? '');
			s = s.slice(words[0].length);
		}
	}
	if (value === null) return null;

	const scale = SCALE_RE.exec(s);
	if (scale) {
		value *= SCALES[(scale[1] ?? '').toLowerCase()] ?? 1;
		s = s.slice(scale[0].length);
	}
	value = Number(value.toPrecision(12));

	s = s.trim().replace(/^-/, '');
	if (s === '') return { value, unit, vague: false, approx };
	const named = unitAt(s);
	// "pounds" is money or weight, and a typed answer does not say which: any reading of it is taken.
	if (named && /^pounds?$/i.test(named.written)) return { value, unit: null, vague: false, approx };
	if (named && (unit === null || (unit === 'USD' && isCurrency(named.unit))))
		return { value, unit: named.unit, vague: false, approx };
	// Anything else after the number names what is counted ("17 people"): the unit stays what the symbol said.
	return { value, unit, vague: false, approx };
}

function foldValue(s: string): number | undefined {
	const head = s.replace(/[- ]?fold$/, '');
	return parseDigits(head) ?? parseNumberWords(head) ?? undefined;
}

/** Words for whole numbers below a hundred, as a style-preserving formatter needs them. */
export function numberToWords(n: number): string | null {
	if (!Number.isInteger(n) || n < 0 || n >= 100) return null;
	const names = Object.entries(SMALL);
	const exact = names.find(([, v]) => v === n);
	if (exact) return exact[0];
	const tens = names.find(([, v]) => v === n - (n % 10));
	const ones = names.find(([, v]) => v === n % 10);
	return tens && ones ? `${tens[0]}-${ones[0]}` : null;
}

/** Rounds to `digits` significant digits, never below 1 digit, and drops float noise. */
export function roundSignificant(value: number, digits: number): number {
	if (value === 0) return 0;
	return Number(value.toPrecision(Math.max(1, Math.min(15, digits))));
}

/** The number of significant digits a written number shows ("470" → 2, "30" → 1, "2.5" → 2, "1,200" → 2). */
export function significantDigits(value: number): number {
	if (value === 0) return 1;
	const s = Math.abs(value)
		.toPrecision(15)
		.replace(/\.?0+$/, '')
		.replace('.', '')
		.replace(/^0+/, '');
	return Math.max(1, s.replace(/0+$/, '').length);
}

const VAGUE_BY_VALUE = Object.entries(VAGUE).sort((a, b) => a[1] - b[1]);
const MULTIPLIER_NAMES: Record<number, { base: string; past: string; ing: string; s: string }> = {
	0.5: { base: 'halve', past: 'halved', ing: 'halving', s: 'halves' },
	2: { base: 'double', past: 'doubled', ing: 'doubling', s: 'doubles' },
	3: { base: 'triple', past: 'tripled', ing: 'tripling', s: 'triples' },
	4: { base: 'quadruple', past: 'quadrupled', ing: 'quadrupling', s: 'quadruples' }
};

/** The words after a number that count hundredths of a currency: "12 cents", "20 pence". */
export const HUNDREDTHS = /^\s+(cents?|pence)\b/i;

// Module constants, not built per figure: each figure's choices are formatted here, and an expression built anew
// is compiled anew whenever V8's cache has let the last copy go.
const PLURALISED_UNITS =
	'decade|year|month|week|day|hour|minute|second|mile|kilometre|kilometer|metre|meter|foot|inch|acre|tonne|ton|kilogram|pound|degree|barrel|gallon|litre|liter';
const SINGULAR_UNIT = new RegExp(`\\s(?:${PLURALISED_UNITS})\\b(?!s)`);
const PLURAL_UNIT = new RegExp(`(\\s)(${PLURALISED_UNITS})s\\b`);
const SINGULAR_UNIT_SPACED = new RegExp(`(\\s)(${PLURALISED_UNITS})\\b(?!s)`);

/**
 * Writes `value` in the style of `like`, the figure as the article wrote it: same currency sign or word, same
 * scale word or abbreviation, digits or words, percent sign or word, qualifier, and surrounding words.
 * "$470 million" with 235e6 gives "$235 million"; "about 2 percent" with 4 gives "about 4 percent";
 * "470m" gives "235m"; "$470,000,000" gives "$235,000,000"; "five years" with 10 gives "ten years".
 */
export function formatFigure(value: number, unit: string, like: string): string {
	if (unit === 'multiplier') return formatMultiplier(value, like);
	// "half a dozen" is a number written in words, not a half of one: 10 is "ten", never "half ten".
	if (HALF_DOZEN.test(like))
		return formatFigure(
			value,
			unit,
			like.replace(HALF_DOZEN, (half) => (half.startsWith('H') ? 'Six' : 'six'))
		);
	// "$20-plus million" with 5e7 gives "$50-plus million", "$3 billion-plus" with 2e9 "$2 billion-plus".
	const plus = /(\d)?-plus\b/i.exec(like);
	if (plus) {
		const out = formatFigure(value, unit, like.replace(PLUS, ''));
		const after = plus[1]
			? /\d(?!.*\d)/.exec(out)
			: /\b(?:thousand|million|billion|trillion)\b(?!.*\b(?:thousand|million|billion|trillion)\b)/i.exec(out);
		const at = after ? after.index + after[0].length : out.length;
		return `${out.slice(0, at)}-plus${out.slice(at)}`;
	}

	// "a few thousand" with 3e6 gives "a few million": the scale word moves, the vague words stay.
	const few = /\b(?:a few|several|a couple of) (hundred|thousand|million|billion)\b/i.exec(like);
	if (few && !/\d/.test(like)) {
		const scales: [string, number][] = [
			['hundred', 100],
			['thousand', 1e3],
			['million', 1e6],
			['billion', 1e9]
		];
		const best = scales.reduce((a, b) =>
			Math.abs(Math.log(b[1] / (value / 3))) < Math.abs(Math.log(a[1] / (value / 3))) ? b : a
		);
		return replaceAt(like, few.index + few[0].length - few[1]!.length, few[1]!.length, best[0]);
	}
	const vague = /\b(dozens|scores|hundreds|thousands|millions|billions|trillions)\b/i.exec(like);
	if (vague && !/\d/.test(like)) {
		const candidates = VAGUE_BY_VALUE.filter(([word]) => word !== 'scores' || vague[1] === 'scores');
		const best = candidates.reduce((a, b) =>
			Math.abs(Math.log(b[1] / value)) < Math.abs(Math.log(a[1] / value)) ? b : a
		);
		return replaceAt(like, vague.index, vague[0].length, matchCase(best[0], vague[1] ?? ''));
	}

	const core = findNumberCore(like);
	if (!core) return String(value);
	const { start, length, scaleWord, scaleSpace, words, separators, decimals } = core;
	const scaleValue = scaleWord ? (SCALES[scaleWord.toLowerCase().replace(/\.$/, '')] ?? 1) : 1;
	// "12 cents" is 0.12 dollars: the value is in the currency's whole units, the words count hundredths.
	const hundredths = HUNDREDTHS.test(like.slice(start + length)) ? 100 : 1;
	let mantissa = (value * hundredths) / scaleValue;
	let scaleText = scaleWord ? `${scaleSpace}${scaleWord}` : '';
	// A value that no longer fits the scale of the original ("$1,200 million") moves to the next scale word
	// written in the same manner, as a newsroom would write it.
	if (scaleWord && mantissa >= 1000) {
		const up = nextScale(scaleWord, 1);
		if (up) {
			mantissa /= 1000;
			scaleText = `${scaleSpace}${up}`;
		}
	} else if (scaleWord && mantissa < 1 && scaleValue >= 1e6) {
		const down = nextScale(scaleWord, -1);
		if (down) {
			mantissa *= 1000;
			scaleText = `${scaleSpace}${down}`;
		}
	}
	mantissa = Number(mantissa.toPrecision(12));
	let number: string;
	const asWords = words ? numberToWords(mantissa) : null;
	if (asWords) number = matchCase(asWords, like.slice(start, start + 1));
	else {
		// "$7.25" gives "$8.70", not "$8.7": an amount in cents is always written with both digits.
		const cents = decimals === 2 && !scaleWord && /[$€£¥]|\b(?:USD|EUR|GBP)\b/.test(like);
		const fixed = cents
			? mantissa.toFixed(2)
			: Number.isInteger(mantissa)
				? String(mantissa)
				: String(Number(mantissa.toFixed(Math.max(decimals, 1))));
		number = separators ? addSeparators(fixed) : fixed;
	}
	let out = replaceAt(like, start, length, `${number}${scaleText}`);
	// "A dozen" with 16 gives "Sixteen", not "A sixteen": the article goes with a number noun only.
	const article = /\b(an?)\s+$/i.exec(like.slice(0, start));
	if (
		article &&
		!/^(?:dozen|score|hundred|thousand|million|billion|trillion)\b/i.test(`${number}${scaleText}`.trim())
	)
		out = out.slice(0, article.index) + matchCase(out.slice(start), article[1]!);
	// "1 year", not "1 years": a unit word after a space follows the number; "a two-week period" stays singular.
	const tail = out.slice(start);
	// "its 60 year life": a unit word left singular after another number is an adjective, and stays one.
	const adjectival = parseFigure(like)?.value !== 1 && SINGULAR_UNIT.test(like.slice(start));
	if (value === 1 && !scaleWord) out = out.slice(0, start) + tail.replace(PLURAL_UNIT, '$1$2');
	else if (!scaleWord && !adjectival) out = out.slice(0, start) + tail.replace(SINGULAR_UNIT_SPACED, '$1$2s');
	return out.replace(/\bfoots\b/, 'feet').replace(/\binchs\b/, 'inches');
}

interface NumberCore {
	start: number;
	length: number;
	scaleWord: string;
	scaleSpace: string;
	words: boolean;
	separators: boolean;
	decimals: number;
}

const NUMBER_WORDS_RUN = new RegExp(`\\b${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_SOURCE})*\\b`, 'i');

function findNumberCore(like: string): NumberCore | null {
	const digits =
		/(\d[\d,]*(?:\.(\d+))?)(?:(\s?)(thousand|million|billion|trillion|crores?|lakhs?|bn|mn|mln|tn|trn|k|m|b)\b)?/i.exec(
			like
		);
	if (digits) {
		return {
			start: digits.index,
			length: digits[0].length,
			scaleWord: digits[4] ?? '',
			scaleSpace: digits[3] ?? '',
			words: false,
			separators: (digits[1] ?? '').includes(','),
			decimals: digits[2]?.length ?? 0
		};
	}
	const words = NUMBER_WORDS_RUN.exec(like);
	if (!words) return null;
	// "two billion": the scale word stays a word, so the value is written "four billion", never "4000000000 billion".
	const scale = /(\s)(thousand|million|billion|trillion)$/i.exec(words[0]);
	const only = scale && words[0].trim().toLowerCase() === scale[2]!.toLowerCase();
	return {
		start: words.index,
		length: words[0].length,
		scaleWord: scale && !only ? scale[2]! : '',
		scaleSpace: scale && !only ? ' ' : '',
		words: true,
		separators: false,
		decimals: 0
	};
}

const SCALE_LADDERS = [
	['thousand', 'million', 'billion', 'trillion'],
	['k', 'm', 'bn', 'tn'],
	['k', 'mn', 'bn', 'tn'],
	['k', 'mln', 'bln', 'trn']
];

function nextScale(word: string, step: 1 | -1): string | null {
	const lower = word.toLowerCase();
	for (const ladder of SCALE_LADDERS) {
		const i = ladder.indexOf(lower);
		if (i >= 0) {
			const next = ladder[i + step];
			return next ? matchCase(next, word) : null;
		}
	}
	return null;
}

function formatMultiplier(value: number, like: string): string {
	const names = MULTIPLIER_NAMES[value];
	const match =
		/\b(halv|doubl|tripl|trebl|quadrupl)(e|es|ed|ing)\b|\btwice\b|\bthrice\b|\b([\w.]+)[- ]?fold\b/i.exec(
			like
		);
	if (!match) return names ? names.base : `${value}-fold`;
	let word: string;
	if (/fold$/i.test(match[0])) {
		const n = numberToWords(value);
		word = n && Number.isInteger(value) ? `${n}fold` : `${value}-fold`;
	} else if (/^(twice|thrice)$/i.test(match[0])) {
		word = value === 2 ? 'twice' : (numberToWords(value) ?? String(value)) + ' times';
		if (value === 0.5) word = 'half';
	} else if (names) {
		const form = (match[2] ?? 'e').toLowerCase();
		word = form === 'ed' ? names.past : form === 'ing' ? names.ing : form === 'es' ? names.s : names.base;
	} else {
		word = `${numberToWords(value) ?? value}-fold`;
	}
	return replaceAt(like, match.index, match[0].length, matchCase(word, match[0]));
}

function replaceAt(s: string, start: number, length: number, by: string): string {
	return s.slice(0, start) + by + s.slice(start + length);
}

function matchCase(word: string, like: string): string {
	if (like.length > 1 && like === like.toUpperCase() && /[A-Z]/.test(like)) return word.toUpperCase();
	if (/^[A-Z]/.test(like)) return word.charAt(0).toUpperCase() + word.slice(1);
	return word;
}

function addSeparators(fixed: string): string {
	const [whole = '', fraction] = fixed.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction ? `${grouped}.${fraction}` : grouped;
}
