import { describe, expect, it } from 'vitest';
import { generateBank } from './generate';
import { pollBounds } from './poll-bounds';

/** The bounds of the blank in `sentence`, whose key is `value`. */
const boundsOf = (sentence: string, value: number) => {
	const [before, after] = sentence.split('_____');
	return pollBounds(before!, after!, value);
};

describe('craft 36: a poll’s sample and margin of error bound each other in their sentence', () => {
	it('keeps a margin within what its sample allows: 1,600 voters are never within 1.2 points, nor 9', () => {
		const { least, most } = boundsOf(
			'The Tarn Gazette surveyed 1,600 likely voters, with a margin of error of plus or minus _____.',
			2.6
		);
		expect(least).toBeGreaterThan(1.2);
		expect(least).toBeLessThan(2.5);
		expect(most).toBeGreaterThan(3.5);
		expect(most).toBeLessThan(9);
	});

	it('keeps a sample within what its margin allows: a 3-point margin rules out 300 voters, not 1,500', () => {
		const { least, most } = boundsOf(
			'The survey of _____ registered voters in Harlow has a margin of error of plus or minus 3 percentage points.',
			1100
		);
		expect(least).toBeGreaterThan(300);
		expect(most).toBeGreaterThan(1500);
	});

	it('keeps the larger of two samples to the narrower margin', () => {
		const { most } = boundsOf(
			'Among the 700 farmers polled the margin is plus or minus _____, while among the 420 fishers polled ' +
				'the margin of error is plus or minus 5.1 points.',
			4.2
		);
		expect(most).toBeLessThanOrEqual(5.1);
	});

	it('reads "a two percent plus or minus margin of error" and a sample given as "the sample is 900"', () => {
		expect(boundsOf('The sample is 900, with a _____ margin of error.', 3.5).least).toBeGreaterThan(2.5);
		expect(
			boundsOf('It polled _____ adults online, with a two percent plus or minus margin of error.', 3000).least
		).toBeGreaterThan(1500);
	});

	it('sets nothing where the sentence gives no margin, pairs no sample with it, or the key breaks the bounds', () => {
		expect(boundsOf('The survey reached _____ voters in Harlow last week.', 900)).toEqual({});
		expect(boundsOf('The margin of error is plus or minus _____ points.', 3)).toEqual({});
		expect(boundsOf('It surveyed 1,000 adults with a margin of error of plus or minus _____.', 12)).toEqual(
			{}
		);
	});
});

describe('craft 36: a poll’s margin offered among choices its sample allows', () => {
	it('never shows a margin a sample of 1,600 cannot have, as a choice or in a false statement', () => {
		const text =
			'Harlow mayor leads in new poll\n\nMayor Ada Roe leads her rival Tom Vask by nine points in a new poll of ' +
			'the Harlow race, the Tarn Gazette reported on Sunday.\n\nThe newspaper surveyed 1,600 likely voters ' +
			'across Harlow from May 2 to May 6, with a margin of error of plus or minus 2.6 percentage points.\n\n' +
			'Roe took 48 percent and Vask 39 percent, with 13 percent undecided.';
		const narrowest = 0.9 * (98 / Math.sqrt(1600));
		for (let seed = 0; seed < 12; seed++)
			for (const q of generateBank({ text, date: '2027-05-09', seed }).questions) {
				if (!/margin/.test(q.prompt)) continue;
				const shown = [
					/plus or minus ([\d.]+)/.exec(q.prompt)?.[1],
					...(q.type === 'figure-choice' ? q.choices : [])
				];
				for (const value of shown.filter((v) => v !== undefined))
					expect(parseFloat(value)).toBeGreaterThanOrEqual(narrowest);
			}
	});
});
