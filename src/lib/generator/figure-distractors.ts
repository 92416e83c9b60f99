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
import {
	ORDINALS,
	VAGUE,
	formatFigure,
	parseDigits,
	parseFigure,
	roundSignificant,
	share,
	significantDigits
} from './numbers';
import { shuffle } from './random';
import { isTimeUnit } from './units';

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
}

export interface FigureStrategy {
	applies(input: FigureChoiceInput): boolean;
	/** Up to three wrong answers, written like `core`. */
	choices(input: FigureChoiceInput): string[];
}

const LOWER = /^(?:more than|over|at least|above|exceeding|upwards of|in excess of)\s/i;
const UPPER = /^(?:less than|under|up to|at most|fewer than|below|no more than|as many as|as much as)\s/i;
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
	// "the next five years", "only 12": the period words and "only" stay in the sentence too.
	core = core.replace(
		/^(?:the\s+(?:next|past|last|coming|previous|first|following)\s+|only\s+|just\s+)/i,
		''
	);
	return { hedge, core };
}

const closeTo = (a: number, b: number, by = 0.005) => Math.abs(a - b) <= Math.abs(b) * by;

/** Two descriptions of the same thing share most of their content words. */
export function similar(a: string, b: string): boolean {
	const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
	const x = words(a);
	const y = words(b);
	if (x.size === 0 || y.size === 0) return false;
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared / Math.min(x.size, y.size) >= 0.6;
}

/** Collects written choices: distinct, never the key in another form. */
function collector(input: FigureChoiceInput) {
	const { fact, core } = input;
	const out: string[] = [];
	const values: number[] = [fact.value];
	const add = (value: number, written = formatFigure(value, fact.unit, core)): boolean => {
		if (out.length >= 3 || values.some((v) => closeTo(v, value))) return false;
		const back = parseFigure(written);
		if (written === core || out.includes(written) || (back && closeTo(back.value, fact.value))) return false;
		values.push(value);
		out.push(written);
		return true;
	};
	return { out, add };
}

/** The number as written before its scale word: 470 for "$470 million", so rounding keeps its precision. */
function mantissaOf(core: string, value: number): number {
	const m = /(\d[\d,]*(?:\.\d+)?)/.exec(core);
	return m ? (parseDigits(m[1] ?? '') ?? value) : value;
}

/**
 * Values below and above the key for an amount, the number below drawn at random (0–3), so the key may be the
 * smallest, the largest or in between. Other figures of the same unit nearby come first, since a careless
 * reader confuses them; made-up values fill the rest, rounded like the key.
 */
function rankedAmounts(input: FigureChoiceInput): string[] {
	const { fact, core, hedge, neighbours, random } = input;
	const { out, add } = collector(input);
	// A hedged "about 40" must not sit next to 42: that would be true too.
	const gap = hedge === 'about' ? 1.3 : 1.15;
	const same = neighbours.filter((o) => o.unit === fact.unit && similar(o.about, fact.about));
	const taken = (v: number) => same.some((o) => closeTo(o.value, v, 0.05));
	const integer =
		fact.unit === 'count' || isTimeUnit(fact.unit) || (Number.isInteger(fact.value) && fact.value >= 10);
	const percent = fact.unit === 'percent' && fact.value <= 100;
	const digits = Math.max(significantDigits(mantissaOf(core, fact.value)), fact.value < 10 ? 1 : 2);
	const round = (v: number) => {
		let r = roundSignificant(v, digits);
		if (integer) r = Math.round(r);
		return r;
	};
	const possible = (v: number, side: 'below' | 'above') =>
		v > 0 &&
		(side === 'below' ? v * gap <= fact.value : v >= fact.value * gap) &&
		!(percent && v > 100) &&
		!(integer && !Number.isInteger(v)) &&
		!taken(v);
	const peers = shuffle(
		neighbours.filter(
			(o) =>
				o.id !== fact.id &&
				o.unit === fact.unit &&
				!same.includes(o) &&
				!parseFigure(o.text)?.vague &&
				Math.abs(Math.log(o.value / fact.value)) <= Math.log(10)
		),
		random
	);
	const made = {
		below: shuffle([0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75], random).map((f) => round(fact.value * f)),
		above: shuffle([1.4, 1.5, 1.75, 2, 2.5, 3, 4, 5], random).map((f) => round(fact.value * f))
	};
	// "$470 million" among "$1.2 billion"s: a value written on another scale stands out, so those come last.
	const scaleOf = (written: string) =>
		/\b(thousand|million|billion|trillion|bn|mn|m|k)\b/i.exec(written)?.[1]?.toLowerCase();
	const keyScale = scaleOf(core);
	const sameScale = (v: number) => scaleOf(formatFigure(v, fact.unit, core)) === keyScale;
	for (const side of ['below', 'above'] as const)
		made[side].sort((a, b) => Number(sameScale(b)) - Number(sameScale(a)));
	const supply = (side: 'below' | 'above') => [
		...peers
			.filter((p) => possible(p.value, side))
			.map((p) => p.value)
			.slice(0, 1),
		...made[side].filter((v) => possible(v, side))
	];
	const below = supply('below');
	const above = supply('above');
	let wantBelow = Math.floor(random() * 4);
	// Small whole numbers have few values below them: the key then sits lower, as often as the values allow.
	wantBelow = Math.min(wantBelow, new Set(below).size);
	wantBelow = Math.max(wantBelow, 3 - new Set(above).size);
	// Choices apart from each other too: 0.5 and 0.6 side by side tell a student they are the made-up ones.
	const chosen: number[] = [];
	const apart = (v: number) => chosen.every((c) => Math.max(c, v) / Math.min(c, v) >= 1.2);
	const take = (v: number) => {
		if (apart(v) && add(v)) chosen.push(v);
	};
	for (const v of below) if (out.length < wantBelow) take(v);
	for (const v of above) if (out.length < 3) take(v);
	for (const v of below) if (out.length < 3) take(v);
	return out;
}

export const FIGURE_STRATEGIES = {
	/** "double", "tripled", "twice as", "threefold": the other multipliers, in the same verb form. */
	multiplier: {
		applies: ({ fact }) => fact.unit === 'multiplier',
		choices: (input) => {
			const { out, add } = collector(input);
			// "double", "tripled": only the multipliers that have a word of their own, so none stands out as "ten-fold".
			const verbs = /^(?:halv|doubl|tripl|trebl|quadrupl)/i.test(input.core);
			for (const v of shuffle(verbs ? [0.5, 2, 3, 4] : [0.5, 2, 3, 4, 10], input.random)) add(v);
			return out;
		}
	},
	/** "second place", "fourth largest", "20th anniversary": the ranks around it, none below first. */
	ordinal: {
		applies: ({ fact }) => fact.unit === 'ordinal',
		choices: (input) => {
			const { fact, core, random } = input;
			const { out, add } = collector(input);
			const words = /^[a-z]/i.test(core) && !/^\d/.test(core);
			const write = (n: number) => {
				const word = Object.entries(ORDINALS).find(([, v]) => v === n)?.[0];
				const text = words ? word : `${n}${ordinalSuffix(n)}`;
				return text ? core.replace(/^(?:\d+(?:st|nd|rd|th)|[a-z]+)/i, matchCase(text, core)) : undefined;
			};
			const below = Math.min(fact.value - 1, Math.floor(random() * 4));
			const steps = [...Array.from({ length: below }, (_, i) => -(i + 1)), 1, 2, 3, 4, 5];
			for (const step of steps) {
				const written = write(fact.value + step);
				if (written) add(fact.value + step, written);
			}
			return out;
		}
	},
	/** "dozens", "billions of dollars": the other vague amounts. */
	vague: {
		applies: ({ core }) => parseFigure(core)?.vague ?? false,
		choices: (input) => {
			const { fact, random } = input;
			const { out, add } = collector(input);
			const ladder = Object.values(VAGUE).filter((v) => v !== VAGUE.scores);
			const nearest = ladder.reduce((a, b) =>
				Math.abs(Math.log(b / fact.value)) < Math.abs(Math.log(a / fact.value)) ? b : a
			);
			const inner = Object.values(VAGUE).includes(fact.value) ? 1 : fact.value / nearest;
			const i = ladder.indexOf(nearest);
			for (const step of shuffle([1, -1, 2, -2, 3], random)) {
				const v = ladder[i + step];
				if (v !== undefined) add(v * inner);
			}
			return out;
		}
	},
	/** "a third", "two-thirds", "almost half": other shares, in words. */
	shareInWords: {
		applies: ({ fact, core }) =>
			fact.unit === 'percent' && /^[a-z][a-z\s-]*$/i.test(core) && fact.max === undefined,
		choices: (input) => {
			const { out, add } = collector(input);
			const shares: [number, string][] = [
				[share(1, 4), 'a quarter'],
				[share(1, 3), 'a third'],
				[share(1, 2), 'half'],
				[share(2, 3), 'two-thirds'],
				[share(3, 4), 'three-quarters'],
				[share(1, 5), 'a fifth'],
				[share(1, 10), 'a tenth']
			];
			const inThree = /\bin\b/i.test(input.core);
			for (const [v, words] of shuffle(shares, input.random)) {
				const written = inThree ? `one in ${Math.round(100 / v)}` : words;
				add(v, matchCase(written, input.core));
			}
			return out;
		}
	},
	/** "US$20-25", "8–10 years": the whole range moved, written the same way. */
	range: {
		applies: ({ fact }) => fact.max !== undefined,
		choices: (input) => {
			const { fact, core, random } = input;
			const { out, add } = collector(input);
			const max = fact.max!;
			const joint = /(\s*[-–]\s*|\s+to\s+|\s+and\s+)/.exec(core);
			if (!joint) return out;
			const left = core.slice(0, joint.index);
			const right = core.slice(joint.index + joint[0].length);
			for (const factor of shuffle([0.5, 0.6, 1.5, 2, 3], random)) {
				const low = roundSignificant(fact.value * factor, 2);
				const high = roundSignificant(max * factor, 2);
				if (low === fact.value) continue;
				const written = `${formatFigure(low, fact.unit, left)}${joint[0]}${formatFigure(high, fact.unit, right)}`;
				add(low, written);
			}
			return out;
		}
	},
	/** Money, counts, durations, measures, percentages: amounts ranked at random around the key. */
	amount: {
		applies: () => true,
		choices: rankedAmounts
	}
} satisfies Record<string, FigureStrategy>;

/** Three wrong answers for a figure, or fewer when none are safe (a bound gets none). */
export function figureDistractors(input: FigureChoiceInput): string[] {
	if (input.hedge === 'lower' || input.hedge === 'upper') return [];
	for (const strategy of Object.values(FIGURE_STRATEGIES) as FigureStrategy[])
		if (strategy.applies(input)) return strategy.choices(input);
	return [];
}

function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

function matchCase(word: string, like: string): string {
	return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
