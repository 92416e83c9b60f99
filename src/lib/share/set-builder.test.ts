import { describe, expect, it } from 'vitest';
import type { DeckRecord, QuestionRecord } from '$lib/db/schema';
import { assignmentHash, decodeAssignment, encodeAssignment } from '$lib/share/assignment';
import { QUESTIONS } from '$lib/share/test-fixtures';
import {
	ASSIGNABLE_TYPES,
	DEFAULT_FORM,
	addAll,
	buildSet,
	candidatesOf,
	chosenOf,
	drawRandom,
	filterCandidates,
	firstProblemTarget,
	formOf,
	moveQuestion,
	toggleQuestion
} from './set-builder';

const text =
	'Headline. “Our partnership has no limits,” Putin said. Japan pledged $470 million. Xi arrived on Monday.';
const putin = { start: 10, end: 55 };
const figure = { start: 56, end: 83 };
const monday = { start: 84, end: 106 };

function record(question: (typeof QUESTIONS)[number], order: number): QuestionRecord {
	const { evidenceText: _text, ...rest } = question;
	const evidence = rest.type.startsWith('figure') ? figure : rest.type.startsWith('date') ? monday : putin;
	return { ...rest, evidence, key: `moscow/${rest.id}`, deckId: 'moscow', order, retired: false };
}

const deck: DeckRecord = {
	id: 'moscow',
	title: 'Putin and Xi',
	article: { title: 'Headline', text },
	facts: [
		{
			id: 'f-1',
			kind: 'quote',
			quote: 'no limits',
			speaker: { name: 'Putin', role: '' },
			confidence: 'high',
			evidence: putin
		},
		{
			id: 'f-5',
			kind: 'figure',
			text: '$470 million',
			value: 470e6,
			unit: 'USD',
			about: 'aid',
			evidence: figure
		},
		{ id: 'f-6', kind: 'date', text: 'Monday', about: 'arrival', evidence: monday }
	],
	origin: 'bundled',
	bankHash: 'h',
	questionCount: QUESTIONS.length,
	createdAt: 0,
	updatedAt: 0
};

const candidates = candidatesOf(deck, QUESTIONS.map(record));
const all = { kinds: ['quote', 'figure', 'date'] as const, types: [...ASSIGNABLE_TYPES], query: '' };
const filters = { ...all, kinds: [...all.kinds] };

describe('picking questions for a set', () => {
	it('offers every gradable question, with its evidence sentence as text and no storage fields', () => {
		expect(candidates.map((c) => c.question.id)).not.toContain('q-card');
		expect(candidates).toHaveLength(QUESTIONS.length - 1);
		const who = candidates.find((c) => c.question.id === 'q-who')!;
		expect(who.question.evidenceText).toBe('“Our partnership has no limits,” Putin said.');
		expect(who.kind).toBe('quote');
		expect(Object.keys(who.question)).not.toContain('key');
		expect(Object.keys(who.question)).not.toContain('retired');
	});

	it('filters by kind, by type and by every word of the query, ignoring case and accents', () => {
		const figures = filterCandidates(candidates, { ...filters, kinds: ['figure'] });
		expect(figures.map((c) => c.question.id)).toEqual(['q-figc', 'q-figt']);
		const typed = filterCandidates(candidates, { ...filters, types: ['figure-typed', 'date-typed'] });
		expect(typed.map((c) => c.question.id)).toEqual(['q-figt', 'q-datet']);
		expect(
			filterCandidates(candidates, { ...filters, query: 'JAPAN million' }).map((c) => c.question.id)
		).toEqual(['q-figc', 'q-figt']);
		expect(filterCandidates(candidates, { ...filters, query: 'gabuév' }).length).toBeGreaterThan(0);
		expect(filterCandidates(candidates, { ...filters, query: 'nothing-like-this' })).toEqual([]);
	});

	it('draws the same questions for the same seed, in deck order, one per fact while others remain', () => {
		const a = drawRandom(candidates, 4, 42);
		expect(drawRandom(candidates, 4, 42)).toEqual(a);
		expect(a).toHaveLength(4);
		expect(new Set(a.map((c) => c.question.factId)).size).toBe(4);
		const order = a.map((c) => candidates.indexOf(c));
		expect([...order].sort((x, y) => x - y)).toEqual(order);
		expect(drawRandom(candidates, 100, 1)).toHaveLength(candidates.length);
		expect(drawRandom(candidates, 0, 1)).toEqual([]);
	});

	it('adds, removes and reorders without duplicates', () => {
		const [first, second] = candidates;
		let chosen = toggleQuestion([], first!).chosen;
		chosen = toggleQuestion(chosen, second!).chosen;
		expect(toggleQuestion(chosen, { ...first!, key: 'other-deck/q-who' }).clash).toBe(first);
		expect(addAll(chosen, candidates)).toHaveLength(candidates.length);
		expect(moveQuestion(chosen, 1, -1)).toEqual([second, first]);
		expect(moveQuestion(chosen, 0, -1)).toEqual(chosen);
		expect(toggleQuestion(chosen, first!).chosen).toEqual([second]);
	});
});

describe('the set form', () => {
	const identity = { id: 'set-1', createdAt: 1000 };
	const questions = candidates.slice(0, 3).map((c) => c.question);

	it('builds a set that travels in a link and comes back with the same hash', () => {
		const built = buildSet(
			{ ...DEFAULT_FORM, title: '  Moscow   quiz ', timeLimit: '15', attempts: '2', order: 'shuffled' },
			questions,
			identity
		);
		if (!('set' in built)) throw new Error('expected a set');
		expect(built.set).toMatchObject({
			title: 'Moscow quiz',
			timeLimitMinutes: 15,
			attemptsAllowed: 2,
			order: 'shuffled'
		});
		expect(built.set.dueAt).toBeUndefined();
		const back = decodeAssignment(encodeAssignment(built.set));
		expect(assignmentHash(back)).toBe(assignmentHash(built.set));
		expect(formOf(built.set).title).toBe('Moscow quiz');
	});

	it('reads the due date in the teacher’s time zone and round-trips it through the form', () => {
		const built = buildSet({ ...DEFAULT_FORM, title: 'T', due: '2024-03-28T15:00' }, questions, identity);
		if (!('set' in built)) throw new Error('expected a set');
		expect(built.set.dueAt).toBe(new Date(2024, 2, 28, 15, 0).getTime());
		expect(formOf(built.set).due).toBe('2024-03-28T15:00');
	});

	it('says what to fix, field by field', () => {
		const built = buildSet({ ...DEFAULT_FORM, title: ' ', timeLimit: '0', attempts: 'two' }, [], identity);
		expect('problems' in built && Object.keys(built.problems).sort()).toEqual([
			'attempts',
			'questions',
			'timeLimit',
			'title'
		]);
	});

	it('brings a saved set back into the builder, keeping questions whose deck is gone', () => {
		const built = buildSet({ ...DEFAULT_FORM, title: 'T' }, questions, identity);
		if (!('set' in built)) throw new Error('expected a set');
		const sources = { [questions[0]!.id]: candidates[0]!.key };
		const chosen = chosenOf(built.set, sources, candidates.slice(0, 1));
		expect(chosen.map((c) => c.deckTitle)).toEqual(['Putin and Xi', 'This set', 'This set']);
		expect(chosen.map((c) => c.question)).toEqual(built.set.questions);
	});
});

describe('issue 5: a refused save', () => {
	it('takes the teacher to the first field to fix, in the order the form shows them', () => {
		expect(firstProblemTarget({ questions: 'Pick some', attempts: 'A number', title: 'A title' })).toBe(
			'title'
		);
		expect(firstProblemTarget({ questions: 'Pick some', timeLimit: 'Minutes' })).toBe('time-limit');
		expect(firstProblemTarget({ questions: 'Pick some' })).toBe('chosen-heading');
		expect(firstProblemTarget({})).toBeUndefined();
	});
});
