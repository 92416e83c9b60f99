import { describe, expect, it } from 'vitest';
import { drawnQuestions, newSeed, questionOrder, withStudentChoices } from './arrangement';
import type { AssignmentQuestion } from './assignment';
import { QUESTIONS, makeSet } from './test-fixtures';

const gradable = QUESTIONS.filter((q) => q.type !== 'flashcard');
const ids = gradable.map((q) => q.id);
const shuffled = makeSet(gradable, { order: 'shuffled' });
const fixed = makeSet(gradable, { order: 'fixed' });

describe('a student’s arrangement of a set', () => {
	it('is pinned for a given seed: a result already returned must mean the same questions tomorrow', () => {
		expect(questionOrder(shuffled, 12345)).toMatchInlineSnapshot(`
			[
			  "q-figt",
			  "q-what",
			  "q-datet",
			  "q-datec",
			  "q-who",
			  "q-tf",
			  "q-cloze",
			  "q-figc",
			  "q-match",
			]
		`);
		expect(drawnQuestions({ ...shuffled, draw: 4 }, 12345).map((q) => q.id)).toMatchInlineSnapshot(`
			[
			  "q-who",
			  "q-what",
			  "q-tf",
			  "q-datet",
			]
		`);
		expect(choices(gradable[0]!, 12345)).toMatchInlineSnapshot(`
			[
			  "Xi Jinping",
			  "Vladimir V. Putin",
			  "John F. Kirby",
			  "Fumio Kishida",
			]
		`);
	});

	it('keeps every question once; a fixed set keeps its order, a shuffled one differs by seed', () => {
		expect(questionOrder(fixed, 1)).toEqual(ids);
		const orders = [1, 2, 3, 4].map((seed) => questionOrder(shuffled, seed));
		for (const order of orders) expect([...order].sort()).toEqual([...ids].sort());
		expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(1);
		expect(questionOrder(shuffled, undefined)).toEqual(ids);
	});

	it('draws k of n, one per fact while other facts remain, kept in set order', () => {
		// Two questions about fact f-1 (who-said and matching) and two about f-5 (figure choice and typed).
		const set = { ...fixed, draw: 5 };
		for (let seed = 0; seed < 50; seed++) {
			const drawn = drawnQuestions(set, seed);
			expect(drawn).toHaveLength(5);
			expect(drawn.map((q) => q.id)).toEqual(ids.filter((id) => drawn.some((q) => q.id === id)));
			const facts = drawn.map((q) => q.factId);
			expect(new Set(facts).size).toBe(facts.length);
		}
		expect(drawnQuestions({ ...set, draw: 99 }, 1)).toHaveLength(ids.length);
		expect(drawnQuestions(set, undefined)).toHaveLength(ids.length);
		expect(new Set([0, 1, 2, 3, 4, 5].map((seed) => questionOrder(set, seed).join())).size).toBeGreaterThan(
			1
		);
	});

	it('shuffles choices only in a shuffled set, never true/false, and the same way for the same seed', () => {
		const who = gradable[0]!;
		expect(withStudentChoices(who, 'fixed', 7)).toBe(who);
		const tf = gradable.find((q) => q.type === 'true-false')!;
		expect(withStudentChoices(tf, 'shuffled', 7)).toBe(tf);
		expect(choices(who, 7)).toEqual(choices(who, 7));
		expect([...choices(who, 7)].sort()).toEqual([...(who as { choices: string[] }).choices].sort());
		const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => choices(who, seed).join()));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('makes seeds that fit 32 bits', () => {
		expect(newSeed(() => 0)).toBe(0);
		expect(newSeed(() => 0.999999999999)).toBe(2 ** 32 - 1);
	});
});

function choices(question: AssignmentQuestion, seed: number): string[] {
	const arranged = withStudentChoices(question, 'shuffled', seed);
	return 'choices' in arranged && arranged.choices ? arranged.choices : [];
}
