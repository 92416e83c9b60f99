import { describe, expect, it } from 'vitest';
import { generateBank } from './generate';
import { lifeBounds } from './life-bounds';

/** The bounds of the blank in `sentence`, whose key is `value` years. */
const boundsOf = (sentence: string, value: number) => {
	const [before, after] = sentence.split('_____');
	return lifeBounds(before!, after!, value, `${value} years`);
};

describe('stop 67: a span of a person’s life is no longer than the age the sentence gives', () => {
	it('bounds time on a throne by the monarch’s age', () => {
		expect(
			boundsOf(
				'Insulting the 81-year-old queen, who has spent _____ on the throne, is a crime in Tarnland.',
				59
			)
		).toEqual({ most: 81 });
	});

	it('bounds experience by the age of the one who has it', () => {
		expect(
			boundsOf(
				'Ada Roe, a 44-year-old Welsh nurse based in Leeds, is a ward sister with _____ of experience.',
				21
			)
		).toEqual({ most: 44 });
		expect(
			boundsOf('Jon Tarn, 37, who was freed in 2005 after spending _____ in detention, spoke.', 2)
		).toEqual({
			most: 37
		});
	});

	it('leaves a span still to come, or one told of someone else, unbounded', () => {
		expect(boundsOf('The 30-year-old man was sentenced to _____ in prison.', 40)).toEqual({});
		expect(boundsOf('The 40-year-old said his father had served _____ in the army.', 45)).toEqual({});
	});

	it('leaves a sentence with two ages, or a key past the age, unbounded', () => {
		expect(boundsOf('The 70-year-old and his 68-year-old wife have been married for _____.', 50)).toEqual({});
		expect(boundsOf('The 12-year-old has spent _____ in care.', 14)).toEqual({});
	});

	it('keeps a blanked age at least the span the sentence says was lived', () => {
		expect(
			lifeBounds(
				'Insulting the ',
				' queen, who has spent 59 years on the throne, is a crime.',
				81,
				'81-year-old'
			)
		).toEqual({
			least: 59
		});
		expect(lifeBounds('The ', ' man was sentenced to 40 years in prison.', 30, '30-year-old')).toEqual({});
	});

	it('gives a generated question on a reign no choice longer than the monarch’s life', () => {
		for (const reign of [60, 62, 66]) {
			const bank = generateBank({
				id: 'reign',
				date: '2006-09-20',
				text: [
					'Coup in Tarnland',
					'',
					'The army seized power in Tarnland on Tuesday.',
					'',
					`Insulting the 78-year-old queen, who has spent ${reign} years on the throne, is considered a very serious crime in Tarnland.`
				].join('\n')
			});
			const asked = bank.questions.filter((q) => q.prompt.includes('spent _____ on the throne'));
			expect(asked.length).toBeGreaterThan(0);
			const choices = asked.flatMap((q): string[] => ('choices' in q ? (q.choices ?? []) : []));
			for (const choice of choices) expect(parseInt(choice, 10)).toBeLessThanOrEqual(78);
		}
	});
});
