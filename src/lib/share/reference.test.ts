import { describe, expect, it } from 'vitest';
import type { AssignmentQuestion } from './assignment';
import { ShareError } from './codec';
import { packQuestions, refShape, unpackQuestions, type ShippedDeck } from './reference';
import { QUESTIONS } from './test-fixtures';

const INVALID = 'not valid';

/** The fixture questions under ids shaped like the generator's: a shared prefix, then random base36. */
const ids = [
	'q-0sn16086nds',
	'q-105npvjijzw',
	'q-1p9n9t3nzmy',
	'q-1hs2dhbkwtq',
	'q-0fkgt7my2gg',
	'q-1ux0ll2jx56'
];
const questions: AssignmentQuestion[] = QUESTIONS.slice(0, ids.length).map((q, i) => ({ ...q, id: ids[i]! }));
const deck: ShippedDeck = { id: 'shipped', title: 'Shipped deck', version: 'v1', questions };

function reason(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ShareError) return `${error.reason}: ${error.message}`;
		throw error;
	}
	return 'no error';
}

describe('refShape', () => {
	it('skips what every id starts with and keeps one character more than tells them apart', () => {
		expect(refShape(ids)).toEqual({ skip: 2, width: 3 }); // "q-" then 2 characters differ (0s, 10, 1p, 1h, 0f, 1u)
		expect(refShape(['a', 'b'])).toEqual({ skip: 0, width: 1 });
		expect(refShape(['x-1', 'x-10', 'x-2'])).toEqual({ skip: 2, width: 2 });
	});
});

describe('packing a set’s questions', () => {
	it('names the shipped deck’s own questions in runs and carries the rest in full', () => {
		const own: AssignmentQuestion = { ...QUESTIONS[7]!, id: 'q-mine' };
		const edited: AssignmentQuestion = { ...questions[2]!, prompt: 'Edited by the teacher?' };
		const packed = packQuestions([questions[3]!, questions[0]!, own, edited, questions[5]!], [deck]);
		expect(packed.items).toEqual(['1hs0sn', own, edited, '1ux']);
		expect(packed.deck).toMatchObject({ id: 'shipped', version: 'v1', skip: 2, width: 3 });
		const back = unpackQuestions(packed.items, packed.deck, [deck], INVALID);
		expect(back).toEqual([questions[3], questions[0], own, edited, questions[5]]);
	});

	it('names nothing when no deck has the questions unchanged, and picks the deck naming the most', () => {
		expect(packQuestions([QUESTIONS[0]!], [deck])).toEqual({ items: [QUESTIONS[0]] });
		const small: ShippedDeck = {
			id: 'small',
			title: 'Small',
			version: 'v9',
			questions: questions.slice(0, 1)
		};
		expect(packQuestions(questions.slice(0, 3), [small, deck]).deck?.id).toBe('shipped');
	});
});

describe('looking references up in the student’s copy', () => {
	const packed = packQuestions(questions.slice(0, 4), [deck]);

	it('takes another version of the deck that has these questions unchanged', () => {
		const later: ShippedDeck = {
			...deck,
			version: 'v2',
			questions: [...questions.slice(0, 4), { ...questions[4]!, prompt: 'Reworded' }]
		};
		expect(unpackQuestions(packed.items, packed.deck, [later], INVALID)).toEqual(questions.slice(0, 4));
	});

	it('issue 12: refuses another version whose questions changed, telling the student to update or ask for the file', () => {
		const changed: ShippedDeck = {
			...deck,
			version: 'v2',
			questions: questions.map((q, i) => (i === 1 ? { ...q, answer: 'Xi Jinping' } : q))
		};
		const said = reason(() => unpackQuestions(packed.items, packed.deck, [changed], INVALID));
		expect(said).toMatch(/^deck-version: .*“Shipped deck”.*another version.*Reload Byline.*assignment file/);
		const dropped: ShippedDeck = { ...deck, version: 'v2', questions: questions.slice(1) };
		expect(reason(() => unpackQuestions(packed.items, packed.deck, [dropped], INVALID))).toMatch(
			/^deck-version/
		);
		expect(reason(() => unpackQuestions(packed.items, packed.deck, [], INVALID))).toMatch(
			/^deck-version: .*a deck that comes with Byline/
		);
	});

	it('refuses a reference two questions of the student’s copy share', () => {
		const crowded: ShippedDeck = {
			...deck,
			version: 'v3',
			questions: [...questions, { ...QUESTIONS[7]!, id: `${ids[0]!.slice(0, 5)}zzz` }]
		};
		expect(reason(() => unpackQuestions(packed.items, packed.deck, [crowded], INVALID))).toMatch(
			/^deck-version/
		);
	});

	it('calls a link edited when the same version does not give the questions it hashed', () => {
		const wrongHash = { ...packed.deck!, hash: 'AAAAAAAAAAAA' };
		expect(reason(() => unpackQuestions(packed.items, wrongHash, [deck], INVALID))).toBe(
			`invalid: ${INVALID}`
		);
		expect(reason(() => unpackQuestions(['1hs0s'], packed.deck, [deck], INVALID))).toBe(
			`invalid: ${INVALID}`
		);
		expect(reason(() => unpackQuestions(['1hs'], undefined, [deck], INVALID))).toBe(`invalid: ${INVALID}`);
	});
});
