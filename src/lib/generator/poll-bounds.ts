/**
 * A poll's sample and its margin of error, told in one sentence, bound each other: a simple random sample of n has
 * a margin (95%, at a 50% share) of 98/√n points, and weighting only widens it. So "surveyed 1,737 voters with a
 * margin of plus or minus _____" rules out 1.4 points (no sample that size is that precise) and "a survey of _____
 * voters … plus or minus 2.83 points" rules out 542 (a sample that small is never that precise); of two samples in
 * one sentence, the larger never has the wider margin. Choices outside these bounds are crossed out by a reader who
 * knows how polls work, from the sentence alone.
 */
import { parseDigits, parseNumberWords } from './numbers';

const BLANK = '_____';

/** The margin of a simple random sample of n, in points, at 95% confidence and a 50% share. */
const simpleMargin = (n: number) => 98 / Math.sqrt(n);

/** How far a reported margin may be from the simple sample's: a little under (rounding), up to twice (weighting). */
const NARROWEST = 0.9;
const WIDEST = 2;

const MARGIN = /\bmargins?\s+of\s+(?:sampling\s+)?error\b/i;

/** A number as news writes one: "1,737", "4.5", "three". */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|${BLANK})`;

/** "plus or minus 3.4", "+/- _____", "±4", "margin of error of 3": a margin's value. */
const MARGIN_VALUE = new RegExp(
	String.raw`(?:plus\s+or\s+minus|\+\/-|±|margins?\s+of\s+(?:sampling\s+)?error\s+(?:of|is|was))\s*${NUMBER}`,
	'gi'
);
/** "a two percent plus or minus margin of error", "a _____ margin of error": a margin written before the words. */
const MARGIN_BEFORE = new RegExp(
	String.raw`${NUMBER}(?:\s*(?:%|percent(?:age)?(?:\s+points?)?|points?))?(?:\s+plus\s+or\s+minus)?\s+margins?\s+of\s+(?:sampling\s+)?error`,
	'gi'
);
/**
 * "1,031 randomly-selected registered adult voters", "2,000 people", "700 farmers polled", "sample is 834": a
 * sample's size.
 */
const SAMPLE = new RegExp(
	String.raw`(?:\b${NUMBER}(?:\s+[\p{L}-]+){0,3}?\s+(?:respondents|adults|voters|people|residents|Americans|interviews|participants|households|[\p{L}-]+\s+(?:polled|surveyed|interviewed|questioned))\b)|(?:\bsamples?\s+(?:size\s+)?(?:is|was|of)\s+${NUMBER})`,
	'giu'
);

interface Told {
	/** The number, or undefined for the blank. */
	value: number | undefined;
	at: number;
}

function valueOf(written: string): number | undefined | null {
	if (written === BLANK) return undefined;
	return parseDigits(written) ?? parseNumberWords(written);
}

function found(pattern: RegExp, text: string, group: (m: RegExpMatchArray) => string | undefined): Told[] {
	const out: Told[] = [];
	for (const m of text.matchAll(pattern)) {
		const value = valueOf(group(m) ?? '');
		if (value !== null && value !== 0) out.push({ value, at: m.index! });
	}
	return out;
}

/**
 * The bounds a poll's sentence sets on its blank (`before` and `after` are the sentence either side of it), when
 * the blank is a margin of error or a sample's size and the sentence pairs each sample with its margin, in order.
 * Applied only where the key itself keeps within them, so a poll that reports otherwise loses no question.
 */
export function pollBounds(before: string, after: string, value: number): { least?: number; most?: number } {
	const rest = `${before}${BLANK}${after}`;
	if (!MARGIN.test(rest)) return {};
	const margins = [
		...found(MARGIN_VALUE, rest, (m) => m[1]),
		...found(MARGIN_BEFORE, rest, (m) => m[1])
	].sort((a, b) => a.at - b.at);
	const samples = found(SAMPLE, rest, (m) => m[1] ?? m[2]).sort((a, b) => a.at - b.at);
	if (margins.length === 0 || margins.length !== samples.length) return {};
	const pairs = samples.map((s, i) => ({ n: s.value, margin: margins[i]!.value }));
	const mine = pairs.findIndex((p) => p.n === undefined || p.margin === undefined);
	if (mine < 0) return {};
	const { n, margin } = pairs[mine]!;
	if (n === undefined && margin === undefined) return {};
	// Given the sample, the margin lies between the simple sample's, a little under, and twice it; given the
	// margin, the sample is the one whose simple margin puts it so.
	let least = n !== undefined ? NARROWEST * simpleMargin(n) : ((NARROWEST * 98) / margin!) ** 2;
	let most = n !== undefined ? WIDEST * simpleMargin(n) : ((WIDEST * 98) / margin!) ** 2;
	// The larger of two samples has the narrower margin: a blanked margin keeps on its side of the other one.
	for (const [i, other] of pairs.entries()) {
		if (i === mine || other.n === undefined || other.margin === undefined || n === undefined) continue;
		if (other.n < n) most = Math.min(most, other.margin);
		if (other.n > n) least = Math.max(least, other.margin);
	}
	return value < least || value > most ? {} : { least, most };
}
