import { describe, expect, it } from 'vitest';
import type { DateFact, FigureFact } from './bank';
import { dateCore, dateDistractors } from './date-distractors';
import { figureDistractors, hedgeOf } from './figure-distractors';
import { parseFigure } from './numbers';
import { createRandom } from './random';
import { RANKS, RankDealer } from './rank';
import { generateBank } from './generate';
import { MONTH_NAMES } from './readable-date';
import type { FigureUnit } from './units';

const SEEDS = 240;
/** The rank drawn for a fact, as questions.ts draws it from the fact's id: uniform over a deck's facts. */
const drawn = (seed: number) => Math.floor(createRandom(seed * 7919 + 1)() * 4);

/** For each key, over many facts and seeds: how often the key is lowest (0) … highest (3) among its choices. */
function shares(ask: (seed: number) => { key: string; wrong: string[] }, order: (s: string) => number) {
	const counts = [0, 0, 0, 0];
	for (let seed = 0; seed < SEEDS; seed++) {
		const { key, wrong } = ask(seed);
		if (wrong.length !== 3) continue;
		const k = order(key);
		counts[wrong.filter((w) => order(w) < k).length]!++;
	}
	const asked = counts.reduce((a, b) => a + b, 0);
	return { asked, shares: counts.map((c) => c / Math.max(asked, 1)) };
}

const figure = (text: string, value: number, unit: FigureUnit): FigureFact => ({
	id: text,
	kind: 'figure',
	text,
	value,
	unit,
	about: 'people counted',
	evidence: { start: 0, end: 0 }
});
const figureChoices = (f: FigureFact) => (seed: number) => {
	const { hedge, core } = hedgeOf(f.text);
	return {
		key: core,
		wrong: figureDistractors({
			fact: f,
			core,
			hedge,
			neighbours: [f],
			random: createRandom(seed),
			below: drawn(seed)
		})
	};
};
const value = (s: string) => parseFigure(s)!.value;

describe('issue 9: the key’s rank among number choices is uniform (a test-wise student cannot pick it by rank)', () => {
	it.each<[string, FigureFact]>([
		['a count', figure('36', 36, 'count')],
		['a large count', figure('70,000', 70000, 'count')],
		['money', figure('$470 million', 470e6, 'USD')],
		['money in words', figure('seven billion dollars', 7e9, 'USD')],
		['a percentage', figure('42 percent', 42, 'percent')],
		['a decimal percentage', figure('6.5%', 6.5, 'percent')],
		['a price with cents', figure('$28.26', 28.26, 'USD')],
		['a duration', figure('48 hours', 48, 'hours')]
	])('%s: each rank is 15 to 35 percent of the questions asked', (_, f) => {
		const { asked, shares: got } = shares(figureChoices(f), value);
		expect(asked).toBeGreaterThan(SEEDS / 2);
		for (const share of got) {
			expect(share).toBeGreaterThanOrEqual(0.15);
			expect(share).toBeLessThanOrEqual(0.35);
		}
	});

	it.each<[string, FigureFact]>([
		['a count of one', figure('one', 1, 'count')],
		['a percentage near 100', figure('99 percent', 99, 'percent')]
	])('%s has one side only: no choice question at all, its key would always be at the edge', (_, f) => {
		expect(shares(figureChoices(f), value).asked).toBe(0);
	});
});

const dateFact = (text: string, value: string): DateFact => ({
	id: text,
	kind: 'date',
	text,
	value,
	about: 'it happened',
	evidence: { start: 0, end: 0 }
});
const dateChoices = (f: DateFact, sentence: string, articleDate: string) => (seed: number) => ({
	key: dateCore(f.text),
	wrong: dateDistractors({
		fact: f,
		core: dateCore(f.text),
		sentence,
		others: [f],
		articleDate,
		random: createRandom(seed),
		below: drawn(seed)
	})
});
const WEEK_BEFORE_SATURDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const byTime: Record<string, (s: string) => number> = {
	year: Number,
	day: (s) => Date.parse(`${s} UTC`),
	// Counted back from the article's Saturday: Sunday is six days before it, Friday one.
	weekday: (s) => WEEK_BEFORE_SATURDAY.indexOf(s),
	month: (s) => MONTH_NAMES.indexOf(s),
	decade: (s) => Number.parseInt(s.replace(/^the /, ''), 10),
	clock: (s) => (Number.parseInt(s, 10) % 12) + (/p\.m\./.test(s) ? 12 : 0),
	ago: (s) => -(parseFigure(s.replace(/ ago$/, ''))?.value ?? Number.NaN)
};

describe('issue 9: the key’s rank among date choices is uniform (no more "two earlier and one later")', () => {
	it.each<[string, DateFact, string, string]>([
		['year', dateFact('in 2004', '2004'), 'The plant closed in 2004.', '2031-06-14'],
		['year', dateFact('by 2030', '2030'), 'The line will open by 2030.', '2008-03-21'],
		['day', dateFact('on March 9, 2023', '2023-03-09'), 'The inquiry opened on March 9, 2023.', '2023-03-21'],
		['month', dateFact('in June', '2030-06'), 'The talks began in June.', '2031-06-14'],
		['decade', dateFact('the 1960s', '1960/1969'), 'The bridge was built in the 1960s.', '2031-06-14'],
		['clock', dateFact('at 3 p.m.', '2031-06-11'), 'The ferry left at 3 p.m. on Wednesday.', '2031-06-14'],
		['ago', dateFact('twenty years ago', '2011'), 'The mill shut twenty years ago.', '2031-06-14']
	])(
		'%s (row %#): each rank is 15 to 35 percent of the questions asked',
		(order, f, sentence, articleDate) => {
			const { asked, shares: got } = shares(dateChoices(f, sentence, articleDate), byTime[order]!);
			expect(asked).toBeGreaterThan(SEEDS / 2);
			for (const share of got) {
				expect(share).toBeGreaterThanOrEqual(0.15);
				expect(share).toBeLessThanOrEqual(0.35);
			}
		}
	);

	it('a past date on the article’s own day or year has nothing later: no choice question, not always the latest', () => {
		const cases: [DateFact, string][] = [
			[dateFact('in 2031', '2031'), 'The plant closed in 2031.'],
			[dateFact('on June 14, 2031', '2031-06-14'), 'The plant closed on June 14, 2031.'],
			[dateFact('on Saturday', '2031-06-14'), 'The plant closed on Saturday.']
		];
		for (const [f, sentence] of cases)
			expect(shares(dateChoices(f, sentence, '2031-06-14'), byTime.year!).asked, f.text).toBe(0);
	});

	it('a past weekday has fewer ranks, the article’s own weekday never a choice: Wednesday in a Saturday article never the earliest', () => {
		const { asked, shares: got } = shares(
			dateChoices(dateFact('on Wednesday', '2031-06-11'), 'The ferry sank on Wednesday.', '2031-06-14'),
			byTime.weekday!
		);
		expect(asked).toBeGreaterThan(SEEDS / 2);
		expect(got[0]).toBe(0);
		for (const share of got.slice(1)) expect(share).toBeGreaterThanOrEqual(0.15);
	});

	it('a past year two before the article’s has fewer ranks, never the earliest (two years can follow it, not three)', () => {
		const { asked, shares: got } = shares(
			dateChoices(dateFact('in 2029', '2029'), 'The plant closed in 2029.', '2031-06-14'),
			Number
		);
		expect(asked).toBeGreaterThan(0);
		expect(got[0]).toBe(0);
	});
});

describe('issue 9: one deck’s keys are dealt their ranks evenly (not drawn per fact, which left 16 of 28 second-highest)', () => {
	it('deals each rank in turn when every rank is possible, and an offer not kept counts for nothing', () => {
		const dealer = new RankDealer([2, 0, 3, 1]);
		const dealt: number[] = [];
		for (let i = 0; i < 8; i++) {
			dealt.push(dealer.choose(RANKS));
			if (i % 2 === 0) dealer.choose(RANKS);
			dealer.kept();
		}
		expect(dealt).toEqual([2, 0, 3, 1, 2, 0, 3, 1]);
	});

	it('gives a key that allows few ranks the one its deck has had least', () => {
		const dealer = new RankDealer([0, 1, 2, 3]);
		dealer.choose(RANKS);
		dealer.kept();
		expect(dealer.choose([0, 3])).toBe(3);
	});

	it('an article of many figures and dates puts its keys at every rank about equally', () => {
		const places = [
			'Korvel',
			'Astrania',
			'Belmoor',
			'Tarrow',
			'Quensey',
			'Dunhallow',
			'Mirefield',
			'Oskarby'
		];
		const paragraphs = places.map(
			(place, i) =>
				`The council of ${place} spent $${(i + 2) * 7} million on roads in ${1990 + i * 3}, and ${(i + 3) * 110} ` +
				`residents signed a petition about the ${place} bypass, which opened in ${1991 + i * 3}.`
		);
		const bank = generateBank({
			text: `Roads across the region\n\n${paragraphs.join('\n\n')}`,
			date: '2024-05-01'
		});
		const counts = [0, 0, 0, 0];
		for (const q of bank.questions) {
			if (q.type !== 'figure-choice' && q.type !== 'date-choice') continue;
			const order = (s: string) => Number(/\d[\d,]*/.exec(s)![0].replace(/,/g, ''));
			counts[q.choices.filter((c) => order(c) < order(q.answer)).length]!++;
		}
		const asked = counts.reduce((a, b) => a + b, 0);
		expect(asked).toBeGreaterThanOrEqual(10);
		// Questions dealt a rank can still be left out of the deck (three per sentence at most), so not exactly even.
		expect(Math.min(...counts)).toBeGreaterThan(0);
		expect(Math.max(...counts) / asked).toBeLessThanOrEqual(0.4);
	});
});
