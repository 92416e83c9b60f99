import { describe, expect, it } from 'vitest';
import { formatFigure, parseFigure, parseNumberWords, significantDigits } from './numbers';

describe('parseFigure', () => {
	it.each([
		['$470 million', 470e6, 'USD'],
		['470m', 470e6, null],
		['$470,000,000', 470e6, 'USD'],
		['470 million', 470e6, null],
		['1.2bn', 1.2e9, null],
		['£3.5 billion', 3.5e9, 'GBP'],
		['€12m', 12e6, 'EUR'],
		['USD 5m', 5e6, 'USD'],
		['5 euros', 5, 'EUR'],
		['2%', 2, 'percent'],
		['2 per cent', 2, 'percent'],
		['two percent', 2, 'percent'],
		['3.5 percentage points', 3.5, 'percentage points'],
		['13 months', 13, 'months'],
		['thirteen', 13, null],
		['twenty-five people', 25, null],
		['one hundred and five', 105, null],
		['a dozen', 12, null],
		['double', 2, 'multiplier'],
		['halved', 0.5, 'multiplier'],
		['threefold', 3, 'multiplier'],
		['50 crore', 5e8, null],
		['2 lakh', 2e5, null]
	])('%s', (text, value, unit) => {
		expect(parseFigure(text)).toMatchObject({ value, unit, vague: false });
	});

	it('reads a text once and shares that reading, which no caller can change', () => {
		const first = parseFigure('about 38 per cent of households');
		expect(parseFigure('about 38 per cent of households')).toBe(first);
		expect(() => Object.assign(first!, { value: 40 })).toThrow(TypeError);
		expect(parseFigure('about 38 per cent of households')).toMatchObject({ value: 38, unit: 'percent' });
	});

	it('keeps qualifiers as a hedge, not as part of the amount', () => {
		expect(parseFigure('about 2 percent')).toEqual({ value: 2, unit: 'percent', vague: false, approx: true });
		expect(parseFigure('more than 17')).toMatchObject({ value: 17, approx: true });
	});

	it('reads vague amounts as their lower bound', () => {
		expect(parseFigure('dozens')).toMatchObject({ value: 24, vague: true });
		expect(parseFigure('billions of dollars')).toMatchObject({ value: 2e9, unit: 'USD', vague: true });
		expect(parseFigure('hundreds of millions of dollars')).toMatchObject({
			value: 2e8,
			unit: 'USD',
			vague: true
		});
	});

	it('never confuses scales', () => {
		expect(parseFigure('470 thousand')?.value).toBe(470e3);
		expect(parseFigure('470')?.value).toBe(470);
	});

	it('adds no two numbers joined by "and" without a scale word before it: "seven and eleven" is two', () => {
		expect(parseNumberWords('seven and eleven')).toBeNull();
		expect(parseNumberWords('two thousand and ten')).toBe(2010);
	});

	it('reads no sum from two numbers side by side: "two four-year terms" is a count and what it counts', () => {
		expect(parseNumberWords('two four')).toBeNull();
		expect(parseNumberWords('twenty thirty')).toBeNull();
		expect(parseNumberWords('twenty-five')).toBe(25);
		expect(parseNumberWords('three hundred twenty one')).toBe(321);
	});

	it('refuses what is not a figure', () => {
		expect(parseFigure('Tuesday')).toBeNull();
		expect(parseFigure('')).toBeNull();
		expect(parseNumberWords('two apples')).toBeNull();
	});
});

describe('formatFigure', () => {
	it.each([
		[235e6, 'USD', '$470 million', '$235 million'],
		[1.2e9, 'USD', '$470 million', '$1.2 billion'],
		[235e6, 'USD', '470m', '235m'],
		[235e6, 'USD', '$470,000,000', '$235,000,000'],
		[1.5e9, 'GBP', '£3.5 billion', '£1.5 billion'],
		[4, 'percent', 'about 2 percent', 'about 4 percent'],
		[2.5, 'percent', '2%', '2.5%'],
		[10, 'years', 'five years', 'ten years'],
		[1, 'years', 'five years', 'one year'],
		[87, 'years', '60 year', '87 year'],
		[3, 'years', '1 year', '3 years'],
		[26, 'months', 'the past 13 months', 'the past 26 months'],
		[3, 'count', 'two', 'three'],
		[3, 'multiplier', 'double', 'triple'],
		[0.5, 'multiplier', 'doubled', 'halved'],
		[200, 'count', 'dozens', 'hundreds'],
		[2e6, 'USD', 'billions of dollars', 'millions of dollars'],
		// Issue 9: "half a dozen" is six in words, never "half ten".
		[10, 'count', 'half a dozen', 'ten'],
		[8, 'count', 'Half a dozen', 'Eight']
	])('%d %s like %s', (value, unit, like, expected) => {
		expect(formatFigure(value, unit, like)).toBe(expected);
	});

	it('round-trips through parseFigure', () => {
		for (const like of ['$470 million', '470m', '£3.5bn', 'about 2 percent', '13 months']) {
			const parsed = parseFigure(like);
			expect(parsed).not.toBeNull();
			if (parsed)
				expect(parseFigure(formatFigure(parsed.value * 2, parsed.unit ?? 'count', like))?.value).toBe(
					parsed.value * 2
				);
		}
	});
});

describe('issue 9: an amount in cents or pence is written back in cents or pence', () => {
	it.each([
		[0.03, 'USD', '12 cents', '3 cents'],
		[0.14, 'USD', 'slipped 12 cents', 'slipped 14 cents'],
		[0.5, 'GBP', '20 pence', '50 pence']
	])('%d %s like %s', (value, unit, like, expected) => {
		expect(formatFigure(value, unit, like)).toBe(expected);
	});
});

describe('significantDigits', () => {
	it('counts what the writer showed', () => {
		expect([470, 30, 2.5, 1200, 13].map(significantDigits)).toEqual([2, 1, 2, 2, 2]);
	});
});

describe('issue 9: round 6, vague amounts with a number word', () => {
	it('reads "a few thousand" and "several million dollars" as vague amounts', () => {
		expect(parseFigure('a few thousand')).toMatchObject({ value: 3000, vague: true });
		expect(parseFigure('several million dollars')).toMatchObject({ value: 3e6, unit: 'USD', vague: true });
	});

	it('writes another such amount by moving its scale word', () => {
		expect(formatFigure(3e6, 'count', 'A few thousand')).toBe('A few million');
		expect(formatFigure(300, 'count', 'several thousand')).toBe('several hundred');
	});
});

describe('round 28 (lead): an amount in cents keeps both digits', () => {
	it.each<[number, string, string]>([
		[8.7, '$7.25', '$8.70'],
		[8, '$7.25', '$8.00'],
		[8.7, '$7.2', '$8.7'],
		[2.5e6, '$2.25 million', '$2.5 million']
	])('%d written like %s', (value, like, expected) =>
		expect(formatFigure(value, 'USD', like)).toBe(expected)
	);
});

describe('round 29 (lead): a number written with an article', () => {
	it('drops the article when the new number is no number noun ("A dozen" → "Sixteen", not "A sixteen")', () => {
		expect(formatFigure(16, 'count', 'A dozen')).toBe('Sixteen');
		expect(formatFigure(24, 'count', 'a dozen')).toBe('twenty-four');
		expect(formatFigure(300, 'count', 'a hundred')).toBe('300');
	});
});

describe('stop 32 (lead): "-plus" is a lower bound written into the figure (issue 9, blind review r32a)', () => {
	it.each([
		['$20-plus million', 20e6],
		['$3 billion-plus', 3e9],
		['28,000-plus', 28000]
	])('reads %s as %d', (written, value) => expect(parseFigure(written)?.value).toBe(value));

	it.each([
		[50e6, '$20-plus million', '$50-plus million'],
		[2e9, '$3 billion-plus', '$2 billion-plus']
	])('writes %d like %s as %s', (value, like, expected) =>
		expect(formatFigure(value, 'USD', like)).toBe(expected)
	);
});
