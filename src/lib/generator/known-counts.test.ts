import { describe, expect, it } from 'vitest';
import { generateBank } from './generate';
import { KNOWN_COUNTS, knownCeiling, knownCount } from './known-counts';
import { parseFigure } from './numbers';
import type { UnitKind } from './units';

describe('craft 32: a count a student knows without the article is no blank', () => {
	// One row per entry of the registry: the number, its kind, the figure as blanked and the words after it, and the
	// whole sentence; the same words with another number are a fact of the article.
	const rows: [keyof typeof KNOWN_COUNTS, number, UnitKind, string, string][] = [
		['allStates', 50, 'count', '50| states', 'The mobile library has now visited all 50 states.'],
		['senators', 100, 'count', 'one hundred| senators', 'The bill needs most of the one hundred senators.'],
		['houseSeats', 435, 'count', '435| House seats', 'Every one of the 435 House seats is on the ballot.'],
		[
			'electoralCollege',
			538,
			'count',
			'538| electoral votes',
			'Of the 538 electoral votes, few are in doubt.'
		],
		['electoralMajority', 270, 'count', '270| needed to win', 'She is short of the 270 needed to win.'],
		[
			'supremeCourt',
			9,
			'count',
			'nine-member| Supreme Court',
			'The case went to the nine-member Supreme Court.'
		],
		[
			'presidentialDebates',
			3,
			'count',
			'three| presidential debates',
			'He watched all three presidential debates.'
		],
		['presidentialTerms', 2, 'count', 'two-term| president', 'The two-term president opened the orchard.'],
		[
			'presidentialSecondTerm',
			2,
			'ordinal',
			'second| term',
			'The president signed it late in his second term.'
		],
		[
			'presidentialTermYears',
			4,
			'time',
			'four years| to halve it',
			'The nominee pledged to take four years to halve it.'
		],
		['presidentialTermOf', 4, 'time', 'four years| of Vance', 'Voters fear four years of Vance.'],
		[
			'twoPresidentialTermsOf',
			8,
			'time',
			'eight years| of President Hale',
			'After eight years of President Hale, the party is tired.'
		],
		['dowComponents', 30, 'count', '30| components', 'Among its 30 components, only a grocer closed higher.'],
		['twoParties', 2, 'count', 'two| major parties', 'Neither of the two major parties sent anyone.'],
		[
			'nobelPrizes',
			5,
			'count',
			'five| Nobel Prizes',
			'The medal is one of the five Nobel Prizes the will set up.'
		],
		['federalMinimumWage', 7.25, 'currency', '$7.25| an hour', 'The federal minimum wage is $7.25 an hour.']
	];

	it.each(rows)('%s: %d in "%s" is known, one more is not', (_, value, kind, figure, sentence) => {
		const [core, after] = figure.split('|') as [string, string];
		expect(knownCount(value, kind, core, after, sentence)).toBe(true);
		expect(knownCount(value + 1, kind, core, after, sentence)).toBe(false);
	});

	it('craft 59a: the EU’s and the UN’s members and the dead of 9/11 are known; other counts of theirs are not', () => {
		const known = (value: number, figure: string, sentence: string) => {
			const [core, after] = figure.split('|') as [string, string];
			return knownCount(value, 'count', core, after, sentence);
		};
		expect(known(27, '27-nation| EU', 'The 27-nation EU met in Brussels.')).toBe(true);
		expect(known(25, '25| EU governments', 'A report by the 25 EU governments leaked.')).toBe(true);
		expect(known(28, '28| member states', 'All 28 member states of the EU signed.')).toBe(true);
		expect(
			known(
				191,
				'191| member states of the United Nations',
				'All 191 member states of the United Nations agreed.'
			)
		).toBe(true);
		expect(
			known(
				3000,
				'nearly 3,000| Americans',
				'They planned the deaths of nearly 3,000 Americans on September 11, 2001.'
			)
		).toBe(true);
		expect(known(12, '12| EU governments', 'Only 12 EU governments backed the plan.')).toBe(false);
		expect(known(27, '27| countries', 'The EU sent aid to 27 countries in Africa.')).toBe(false);
		expect(known(3000, '3,000| people', 'The march on Monday drew 3,000 people.')).toBe(false);
	});

	it('reads a count of terms or states only where the words make it the institution’s', () => {
		expect(
			knownCount(2, 'count', 'two', ' terms on the board', 'Ana Ruiz served two terms on the board.')
		).toBe(false);
		expect(
			knownCount(2, 'count', 'two-term', ' Ashford governor', 'Ada Vell, a two-term Ashford governor, spoke.')
		).toBe(false);
		expect(knownCount(2, 'count', 'two-term', ' president', 'Ada Vell, a two-term president, spoke.')).toBe(
			true
		);
		expect(knownCount(50, 'count', 'Fifty', ' states, give or take', 'Fifty states, give or take.')).toBe(
			true
		);
		expect(knownCount(50, 'count', '50', ' stalls', 'The fair has 50 stalls.')).toBe(false);
		expect(knownCount(30, 'count', '30', ' stocks', 'The Dow Jones index rose; all 30 stocks gained.')).toBe(
			true
		);
		expect(knownCount(30, 'count', '30', ' stocks', 'The fund sold 30 stocks last year.')).toBe(false);
		expect(
			knownCount(4, 'time', 'four years', ' at the mill', 'Ines Roa spent four years at the mill.')
		).toBe(false);
		expect(
			knownCount(4, 'time', 'four years', '', 'The governor pledged to fix the roads within four years.')
		).toBe(false);
		expect(knownCount(4, 'time', 'four months', ' of Vance', 'Voters fear four months of Vance.')).toBe(
			false
		);
		expect(
			knownCount(2, 'ordinal', 'second', ' term at the school', 'It was her second term at the school.')
		).toBe(false);
	});

	it('asks no question on all 50 states or the three presidential debates, and keeps the article’s own counts', () => {
		const text = [
			'Touring choir ends its year',
			'The Halvard Youth Choir ended its tour on Sunday after singing in all 50 states, its director, Mina Osk, said.',
			'The choir also sang the anthem before each of the three presidential debates last autumn, Osk said.',
			'It sold 4,200 tickets in Ohio alone and raised $61,000 for music teachers, Osk said.'
		].join('\n\n');
		const bank = generateBank({ text, date: '2027-03-08' });
		const blanked = bank.questions.filter((q) => q.prompt.includes('_____'));
		expect(blanked.filter((q) => /_____ (?:states|presidential)/.test(q.prompt))).toEqual([]);
		expect(blanked.some((q) => q.answer === '4,200')).toBe(true);
	});
});

describe('knownCeiling (lead 42, dev blind review: "Fifty-four states")', () => {
	it.each<[number, string, string, number | undefined]>([
		[27, 'count', ' states led by Ohio are suing.', 50],
		[5, 'count', ' justices voted to hear the case.', 9],
		[41, 'count', ' senators signed the letter.', 100],
		// A key over the whole is the article's own count, and other wholes are the article's too.
		[54, 'count', ' states of the union ride.', undefined],
		[27, 'count', ' member states signed.', undefined],
		[27, 'percent', ' states', undefined]
	])('%s (%s) before “%s” → most %s', (value, kind, after, most) => {
		expect(knownCeiling(value, kind as UnitKind, after).most).toBe(most);
	});

	it('offers no count of states beyond the 50 there are', () => {
		let asked = 0;
		for (let seed = 0; seed < 8; seed++)
			for (const q of generateBank({
				text: 'Ferry rules challenged\n\nTwenty-seven states led by Ohio and two shipping groups are challenging the ferry safety rules before a federal appeals court, the Harwick Gazette said on Monday.',
				date: '2031-05-06',
				seed
			}).questions)
				if (q.type === 'figure-choice' && /_____ states/.test(q.prompt)) {
					asked++;
					for (const c of q.choices) expect(parseFigure(c)!.value).toBeLessThanOrEqual(50);
				}
		expect(asked).toBeGreaterThan(0);
	});
});
