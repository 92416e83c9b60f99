/**
 * The units a figure can have, as a registry: adding a unit is one entry here and one row in units.test.ts.
 * Pure and free of NLP imports: the study screens grade typed answers with it (through numbers.ts).
 */

import { escapeRegExp } from './regexp';

export type UnitKind = 'currency' | 'ratio' | 'count' | 'time' | 'measure' | 'multiplier' | 'ordinal';

export interface UnitEntry {
	kind: UnitKind;
	/** Words that name the unit after a number ("miles", "km", "per cent"); the first is the singular. */
	words?: readonly string[];
	/** Signs written before the number ("$", "US$", "€"). */
	symbols?: readonly string[];
	/** "Canadian dollars": an adjective that makes a currency word this currency. */
	adjectives?: readonly string[];
}

export const UNITS = {
	USD: { kind: 'currency', symbols: ['US$', 'U.S.$', '$'], words: ['dollar', 'dollars', 'USD'] },
	EUR: { kind: 'currency', symbols: ['€'], words: ['euro', 'euros', 'EUR'] },
	GBP: { kind: 'currency', symbols: ['£'], words: ['sterling', 'GBP'] },
	JPY: { kind: 'currency', symbols: ['¥'], words: ['yen', 'JPY'] },
	CNY: { kind: 'currency', words: ['yuan', 'renminbi', 'CNY'] },
	RUB: { kind: 'currency', symbols: ['₽'], words: ['ruble', 'rubles', 'rouble', 'roubles', 'RUB'] },
	INR: { kind: 'currency', symbols: ['₹'], words: ['rupee', 'rupees', 'INR'] },
	CHF: { kind: 'currency', words: ['franc', 'francs', 'CHF'], adjectives: ['Swiss'] },
	CAD: { kind: 'currency', symbols: ['C$', 'CA$'], words: ['CAD'], adjectives: ['Canadian'] },
	AUD: { kind: 'currency', symbols: ['A$', 'AU$'], words: ['AUD'], adjectives: ['Australian'] },
	HKD: { kind: 'currency', symbols: ['HK$'], words: ['HKD'], adjectives: ['Hong Kong'] },
	NZD: { kind: 'currency', symbols: ['NZ$'], words: ['NZD'], adjectives: ['New Zealand'] },
	SGD: { kind: 'currency', symbols: ['S$'], words: ['SGD'], adjectives: ['Singapore'] },
	// "real" alone is too common an English word to name the currency after a number ("3 real problems").
	BRL: { kind: 'currency', symbols: ['R$'], words: ['reais', 'BRL'] },
	percent: { kind: 'ratio', words: ['percent', 'per cent', 'pct', '%'] },
	'percentage points': { kind: 'ratio', words: ['percentage point', 'percentage points'] },
	count: { kind: 'count' },
	decades: { kind: 'time', words: ['decade', 'decades'] },
	years: { kind: 'time', words: ['year', 'years'] },
	months: { kind: 'time', words: ['month', 'months'] },
	weeks: { kind: 'time', words: ['week', 'weeks'] },
	days: { kind: 'time', words: ['day', 'days'] },
	hours: { kind: 'time', words: ['hour', 'hours'] },
	minutes: { kind: 'time', words: ['minute', 'minutes'] },
	seconds: { kind: 'time', words: ['second', 'seconds'] },
	miles: { kind: 'measure', words: ['mile', 'miles'] },
	kilometres: { kind: 'measure', words: ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km'] },
	metres: { kind: 'measure', words: ['metre', 'metres', 'meter', 'meters'] },
	centimetres: { kind: 'measure', words: ['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'] },
	millimetres: { kind: 'measure', words: ['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'] },
	feet: { kind: 'measure', words: ['foot', 'feet', 'ft'] },
	inches: { kind: 'measure', words: ['inch', 'inches'] },
	// "km²" after a number: read as "km", the blank would leave a stray "²" and offer "173 km" for an area.
	'square miles': { kind: 'measure', words: ['square mile', 'square miles', 'square-mile', 'sq mi', 'mi²'] },
	'square feet': { kind: 'measure', words: ['square foot', 'square feet', 'square-foot', 'sq ft', 'ft²'] },
	'square metres': {
		kind: 'measure',
		words: [
			'square metre',
			'square metres',
			'square meter',
			'square meters',
			'square-metre',
			'square-meter',
			'm²'
		]
	},
	'square kilometres': {
		kind: 'measure',
		words: [
			'square kilometre',
			'square kilometres',
			'square kilometer',
			'square kilometers',
			'sq km',
			'km²',
			'km2'
		]
	},
	acres: { kind: 'measure', words: ['acre', 'acres'] },
	hectares: { kind: 'measure', words: ['hectare', 'hectares'] },
	'cubic feet': { kind: 'measure', words: ['cubic foot', 'cubic feet'] },
	'cubic metres': { kind: 'measure', words: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'] },
	litres: { kind: 'measure', words: ['litre', 'litres', 'liter', 'liters'] },
	gallons: { kind: 'measure', words: ['gallon', 'gallons'] },
	barrels: { kind: 'measure', words: ['barrel', 'barrels'] },
	kilograms: { kind: 'measure', words: ['kilogram', 'kilograms', 'kilo', 'kilos', 'kg'] },
	pounds: { kind: 'measure', words: ['pound', 'pounds', 'lb', 'lbs'] },
	tonnes: { kind: 'measure', words: ['tonne', 'tonnes', 'metric ton', 'metric tons'] },
	tons: { kind: 'measure', words: ['ton', 'tons'] },
	degrees: { kind: 'measure', words: ['degree', 'degrees'] },
	'degrees Celsius': {
		kind: 'measure',
		words: ['degree Celsius', 'degrees Celsius', 'degrees centigrade', '°C', 'ºC']
	},
	'degrees Fahrenheit': { kind: 'measure', words: ['degree Fahrenheit', 'degrees Fahrenheit', '°F', 'ºF'] },
	'kilometres per hour': {
		kind: 'measure',
		words: [
			'kilometre per hour',
			'kilometres per hour',
			'kilometer per hour',
			'kilometers per hour',
			'km/h',
			'kph',
			'km/hr'
		]
	},
	'miles per hour': { kind: 'measure', words: ['mile per hour', 'miles per hour', 'mph'] },
	/** An earthquake's size: "a magnitude-6.1 quake", "6.1 on the Richter scale". */
	magnitude: { kind: 'measure', words: ['magnitude', 'on the Richter scale'] },
	megawatts: { kind: 'measure', words: ['megawatt', 'megawatts', 'MW'] },
	kilowatts: { kind: 'measure', words: ['kilowatt', 'kilowatts', 'kW'] },
	kVA: { kind: 'measure', words: ['kVA'] },
	multiplier: { kind: 'multiplier' },
	ordinal: { kind: 'ordinal' }
} as const satisfies Record<string, UnitEntry>;

/** A figure's unit: a closed set, so a unit is always one the grader, the formatter and the distractors know. */
export type FigureUnit = keyof typeof UNITS;
export const FIGURE_UNITS = Object.keys(UNITS) as FigureUnit[];

const entries = Object.entries(UNITS) as [FigureUnit, UnitEntry][];

export const unitKind = (unit: FigureUnit): UnitKind => UNITS[unit].kind;
export const isCurrency = (unit: string): boolean =>
	unit in UNITS && UNITS[unit as FigureUnit].kind === 'currency';
export const isTimeUnit = (unit: string): boolean =>
	unit in UNITS && UNITS[unit as FigureUnit].kind === 'time';

/** Every word that names a unit, longest first, with its unit: what a pattern after a number tries. */
export const UNIT_WORDS: readonly { word: string; unit: FigureUnit }[] = entries
	.flatMap(([unit, e]) => (e.words ?? []).map((word) => ({ word, unit })))
	.sort((a, b) => b.word.length - a.word.length);

/** Currency signs, longest first ("US$" before "$"). */
export const CURRENCY_SYMBOLS: readonly { symbol: string; unit: FigureUnit }[] = entries
	.flatMap(([unit, e]) => (e.symbols ?? []).map((symbol) => ({ symbol, unit })))
	.sort((a, b) => b.symbol.length - a.symbol.length);

export const SYMBOL_SOURCE = CURRENCY_SYMBOLS.map((s) => escapeRegExp(s.symbol)).join('|');

/** A unit word at the start of `text` (after a number): the word as written and its unit. */
export function unitAt(
	text: string,
	kinds?: readonly UnitKind[]
): { written: string; unit: FigureUnit } | null {
	for (const { word, unit, kind, exact, lower } of unitWordsFor(text.charAt(0))) {
		if (kinds && !kinds.includes(kind)) continue;
		const head = text.slice(0, word.length);
		if (exact ? head !== word : head.toLowerCase() !== lower) continue;
		if (word !== '%' && /[\p{L}\d]/u.test(text.charAt(word.length))) continue;
		return { written: head, unit };
	}
	return null;
}

/** UNIT_WORDS with what unitAt weighs each by worked out once: it runs for every number the figures read. */
const UNIT_READINGS = UNIT_WORDS.map(({ word, unit }) => ({
	word,
	unit,
	kind: UNITS[unit].kind,
	// Abbreviations and codes are case-sensitive ("km", "kVA", "USD"); words are not.
	exact: /[A-Z]/.test(word) || word.length <= 3,
	lower: word.toLowerCase()
}));
type UnitReading = (typeof UNIT_READINGS)[number];

/**
 * The unit words a text opening with `first` may start with, in UNIT_WORDS's order: a word whose first letter is
 * another (in any case, for a word that is not case-sensitive) cannot. A character outside ASCII may lower-case to
 * an ASCII letter (the Kelvin sign to "k"), so such a text, or an empty one, is weighed against every word, and a
 * word opening outside ASCII ("°C") against every text.
 */
function unitWordsFor(first: string): readonly UnitReading[] {
	if (first === '' || first.charCodeAt(0) >= 128) return UNIT_READINGS;
	let list = unitWordsByFirst.get(first);
	if (!list) {
		list = UNIT_READINGS.filter((u) => {
			const opening = u.word.charAt(0);
			if (u.exact) return opening === first;
			return opening.charCodeAt(0) >= 128 || opening.toLowerCase() === first.toLowerCase();
		});
		unitWordsByFirst.set(first, list);
	}
	return list;
}
const unitWordsByFirst = new Map<string, readonly UnitReading[]>();

/** The currency an adjective before a currency word names: "Canadian dollars" is CAD. */
export function currencyOfAdjective(adjective: string): FigureUnit | undefined {
	const lower = adjective.toLowerCase();
	return entries.find(([, e]) => (e.adjectives ?? []).some((a) => a.toLowerCase() === lower))?.[0];
}

/** A unit as a reader says it after a number: "miles", "mile" for one. */
export function unitWord(unit: FigureUnit, value: number): string {
	const words = (UNITS[unit] as UnitEntry).words ?? [];
	const singular = words[0] ?? unit;
	const plural = words.find((w) => w !== singular && w.startsWith(singular.slice(0, 3))) ?? unit;
	return value === 1 ? singular : plural;
}
