import { describe, expect, it } from 'vitest';
import { parseFigure } from './numbers';
import {
	FIGURE_UNITS,
	UNITS,
	UNIT_WORDS,
	currencyOfAdjective,
	unitAt,
	unitWord,
	type FigureUnit,
	type UnitKind
} from './units';

describe('issue 9: the unit registry', () => {
	// One row per unit: a figure as an article writes it, read back by the typed-answer parser.
	const rows: [FigureUnit, string, number | null][] = [
		['USD', '$470 million', 470e6],
		['EUR', '€12m', 12e6],
		['GBP', '£3.5bn', 3.5e9],
		['JPY', '¥500', 500],
		['CNY', '40 yuan', 40],
		['RUB', '90 roubles', 90],
		['INR', '₹20', 20],
		['CHF', '12 francs', 12],
		['CAD', 'C$40', 40],
		['AUD', 'A$1.2 billion', 1.2e9],
		['HKD', 'HK$8', 8],
		['NZD', 'NZ$15', 15],
		['SGD', 'S$9', 9],
		['BRL', 'R$ 6.5 billion', 6.5e9],
		['percent', '12 per cent', 12],
		['percentage points', '0.4 percentage points', 0.4],
		['count', '17', 17],
		['decades', 'three decades', 3],
		['years', '11 years', 11],
		['months', '13 months', 13],
		['weeks', 'two weeks', 2],
		['days', '10 days', 10],
		['hours', '48 hours', 48],
		['minutes', 'six minutes', 6],
		['seconds', '30 seconds', 30],
		['miles', '50 miles', 50],
		['kilometres', '80 km', 80],
		['metres', '300 metres', 300],
		['centimetres', '20 centimetres', 20],
		['millimetres', '5 mm', 5],
		['feet', '40 feet', 40],
		['inches', '6 inches', 6],
		['square miles', '12 square miles', 12],
		['square kilometres', '12 sq km', 12],
		['square feet', '80,000 square feet', 80000],
		['square metres', '450 square metres', 450],
		['acres', '300 acres', 300],
		['hectares', '40 hectares', 40],
		['cubic feet', '40 trillion cubic feet', 40e12],
		['cubic metres', '10 cubic metres', 10],
		['litres', '2 litres', 2],
		['gallons', '500 gallons', 500],
		['barrels', '3.5 million barrels', 3.5e6],
		['kilograms', '65 million kilograms', 65e6],
		['pounds', '143 million pounds', 143e6],
		['tonnes', '3,000 tonnes', 3000],
		['tons', '20 tons', 20],
		['degrees', '5 degrees', 5],
		['degrees Celsius', '40°C', 40],
		['degrees Fahrenheit', '104 degrees Fahrenheit', 104],
		['kilometres per hour', '120 km/h', 120],
		['miles per hour', '70 mph', 70],
		['magnitude', '6.1 on the Richter scale', 6.1],
		['megawatts', '400 MW', 400],
		['kilowatts', '20 kW', 20],
		['kVA', '30 kVA', 30],
		['multiplier', 'threefold', 3],
		['ordinal', '30th', 30]
	];

	it.each(rows)('%s: "%s"', (unit, written, value) => {
		const parsed = parseFigure(written);
		expect(parsed?.value).toBe(value);
		// "pounds" may be money or weight: a typed answer does not say which, so any reading is taken.
		if (unit === 'pounds') expect(parsed?.unit).toBeNull();
		else if (unit !== 'count') expect(parsed?.unit).toBe(unit);
	});

	it('reads the other signs of a currency ("AU$", "CA$")', () => {
		expect(parseFigure('AU$30 billion')).toMatchObject({ value: 30e9, unit: 'AUD' });
		expect(parseFigure('CA$2 million')).toMatchObject({ value: 2e6, unit: 'CAD' });
	});

	it('has a row above for every unit', () => {
		expect(rows.map(([unit]) => unit).sort()).toEqual([...FIGURE_UNITS].sort());
	});

	it('reads unit words case-sensitively only for abbreviations', () => {
		expect(unitAt('Miles of road')?.unit).toBe('miles');
		expect(unitAt('KM')).toBeNull();
		expect(unitAt('kVA generators')?.unit).toBe('kVA');
		expect(unitAt('milestone')).toBeNull();
	});

	it('reads the same unit word whichever words its first letter leaves to weigh', () => {
		// Every unit word in every case it may be written, against a reading of the whole list in order.
		const everyWord = (text: string, kinds?: readonly UnitKind[]) => {
			for (const { word, unit } of UNIT_WORDS) {
				if (kinds && !kinds.includes(UNITS[unit].kind)) continue;
				const exact = /[A-Z]/.test(word) || word.length <= 3;
				const head = text.slice(0, word.length);
				if (exact ? head !== word : head.toLowerCase() !== word.toLowerCase()) continue;
				if (word !== '%' && /[\p{L}\d]/u.test(text.charAt(word.length))) continue;
				return { written: head, unit };
			}
			return null;
		};
		const kinds: (readonly UnitKind[] | undefined)[] = [
			undefined,
			['measure'],
			['time', 'currency'],
			['ratio']
		];
		const texts = UNIT_WORDS.flatMap(({ word }) =>
			[word, word.toUpperCase(), word.toLowerCase(), word[0]!.toUpperCase() + word.slice(1)].flatMap((w) => [
				w,
				`${w} of water`,
				`${w}s`,
				w.replace(/k/g, '\u212a')
			])
		);
		for (const text of [...texts, '', ' km', '\u212ailometres away', '°C', 'Über'])
			for (const k of kinds) expect(unitAt(text, k), text).toEqual(everyWord(text, k));
	});

	it('knows currencies by adjective and says units as a reader does', () => {
		expect(currencyOfAdjective('Canadian')).toBe('CAD');
		expect(unitWord('miles', 1)).toBe('mile');
		expect(unitWord('miles', 50)).toBe('miles');
		expect(unitWord('kilometres', 8)).toBe('kilometres');
	});

	it('gives every unit a kind', () => {
		for (const unit of FIGURE_UNITS) expect(UNITS[unit].kind).toBeTruthy();
	});
});

describe('issue 9: fractions and ranks in typed answers', () => {
	it.each([
		['a third', 33.3],
		['two-thirds', 66.7],
		['half', 50],
		['one in three', 33.3],
		['1/10th', 10],
		['a quarter', 25]
	])('%s is %s percent', (written, value) => {
		expect(parseFigure(written)).toMatchObject({ value, unit: 'percent' });
	});

	it('takes "two billion" for "more than two billion": the qualifier is not part of the answer', () => {
		expect(parseFigure('more than two billion')).toMatchObject({ value: 2e9, approx: true });
		expect(parseFigure('two billion')).toMatchObject({ value: 2e9, approx: false });
	});
});
