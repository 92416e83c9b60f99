import { describe, expect, it } from 'vitest';
import type { DeckRecord, QuestionRecord } from '$lib/db/schema';
import { assignmentHash, decodeAssignment, encodeAssignment } from '$lib/share/assignment';
import { FACT_KINDS } from '$lib/domain/vocabulary';
import { QUESTIONS } from '$lib/share/test-fixtures';
import {
	ASSIGNABLE_TYPES,
	DEFAULT_FORM,
	addAll,
	buildSet,
	candidatesOf,
	chosenOf,
	draftSet,
	drawRandom,
	filterCandidates,
	filterSummary,
	firstProblemTarget,
	formOf,
	kinInSet,
	kinship,
	optionsSummary,
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

	it('issue 11: draws one question per sentence first, since two blanks of one sentence show each other’s keys', () => {
		const sentences = new Set(candidates.map((c) => c.question.evidence.start));
		for (let seed = 0; seed < 30; seed++) {
			const drawn = drawRandom(candidates, sentences.size, seed);
			expect(new Set(drawn.map((c) => c.question.evidence.start)).size, `seed ${seed}`).toBe(sentences.size);
		}
	});

	it('issue 9: ties two questions of one deck by their fact, then by their sentence, and nothing else', () => {
		const byId = (id: string) => candidates.find((c) => c.question.id === id)!;
		expect(kinship(byId('q-figc'), byId('q-figt'))).toBe('fact');
		expect(kinship(byId('q-who'), byId('q-match'))).toBe('fact');
		expect(kinship(byId('q-who'), byId('q-what'))).toBe('sentence');
		expect(kinship(byId('q-figc'), byId('q-datec'))).toBeUndefined();
		expect(kinship(byId('q-who'), byId('q-who'))).toBeUndefined();
		const otherDeck = { ...byId('q-figt'), key: 'other/q-figt', deckId: 'other' };
		expect(kinship(byId('q-figc'), otherDeck)).toBeUndefined();
		const deckGone = { ...byId('q-figt'), key: 'set/q-figt', deckId: '' };
		expect(kinship(deckGone, byId('q-figc'))).toBeUndefined();
	});

	it('issue 9: names the first question of the set each listed question is tied to', () => {
		const byId = (id: string) => candidates.find((c) => c.question.id === id)!;
		const chosen = [byId('q-datec'), byId('q-figc')];
		const kin = kinInSet(chosen, candidates);
		expect(kin.get(byId('q-figt').key)).toEqual({ position: 2, by: 'fact' });
		expect(kin.get(byId('q-datet').key)).toEqual({ position: 1, by: 'fact' });
		expect(kin.has(byId('q-who').key)).toBe(false);
		// A question in the set is not tied to itself: alone of its fact and sentence, it has no note.
		expect(kin.has(byId('q-figc').key)).toBe(false);
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
		expect(firstProblemTarget({ questions: 'Pick some' })).toBe('set-count');
		expect(firstProblemTarget({})).toBeUndefined();
	});
});

describe('issue 12: the set builder on a phone', () => {
	const identity = { id: 'set-0123456789abcdefgh', createdAt: 1_700_000_000_000 };
	const three = QUESTIONS.slice(0, 3);

	it('draws per student only below the set’s size, and refuses a draw past it', () => {
		const drawn = buildSet({ ...DEFAULT_FORM, title: 'T', draw: '2' }, three, identity);
		expect('set' in drawn && drawn.set.draw).toBe(2);
		const all = buildSet({ ...DEFAULT_FORM, title: 'T', draw: '3' }, three, identity);
		expect('set' in all && 'draw' in all.set).toBe(false);
		const past = buildSet({ ...DEFAULT_FORM, title: 'T', draw: '4' }, three, identity);
		expect('problems' in past && past.problems.draw).toMatch(/from 1 to 3/);
	});

	it('keeps the teacher’s email for students’ results, refuses one that is not an address, and round-trips it', () => {
		const built = buildSet(
			{ ...DEFAULT_FORM, title: 'T', teacherEmail: ' ms.ng@school.example ' },
			three,
			identity
		);
		if (!('set' in built)) throw new Error('expected a set');
		expect(built.set.teacherEmail).toBe('ms.ng@school.example');
		expect(formOf(built.set).teacherEmail).toBe('ms.ng@school.example');
		const bad = buildSet({ ...DEFAULT_FORM, title: 'T', teacherEmail: 'ms.ng at school' }, three, identity);
		expect('problems' in bad && bad.problems.teacherEmail).toMatch(/email address/);
		expect(firstProblemTarget({ teacherEmail: 'x', questions: 'y' })).toBe('teacher-email');
		const none = buildSet({ ...DEFAULT_FORM, title: 'T' }, three, identity);
		expect('set' in none && 'teacherEmail' in none.set).toBe(false);
	});

	it('drafts the set as it would be saved while fields still have mistakes, so its link can be measured', () => {
		const draft = draftSet(
			{ ...DEFAULT_FORM, title: '', attempts: 'x', teacherEmail: 'nope' },
			three,
			identity
		);
		expect(draft).toMatchObject({ id: identity.id, title: 'Untitled set', attemptsAllowed: 1 });
		expect(draft && 'teacherEmail' in draft).toBe(false);
		expect(draftSet(DEFAULT_FORM, [], identity)).toBeUndefined();
		const saved = buildSet({ ...DEFAULT_FORM, title: 'T' }, three, identity);
		expect('set' in saved && saved.set).toEqual(draftSet({ ...DEFAULT_FORM, title: 'T' }, three, identity));
	});

	it('says in a line what the folded options and filters hold', () => {
		expect(
			optionsSummary({ ...DEFAULT_FORM, order: 'shuffled', draw: '2', timeLimit: '20', attempts: '2' }, 3)
		).toBe(
			'shuffled for each student · 2 drawn for each student · 20 min · 2 attempts · answers shown after'
		);
		expect(optionsSummary({ ...DEFAULT_FORM, showAnswers: false }, 3)).toBe(
			'in the order listed · no time limit · 1 attempt · answers hidden'
		);
		const every = { deckIds: ['a'], kinds: [...FACT_KINDS], types: [...ASSIGNABLE_TYPES], query: '' };
		expect(filterSummary(1, every)).toBe('the deck · every kind · every type');
		expect(filterSummary(3, { ...every, deckIds: ['a'], kinds: ['quote'], types: ['cloze'] })).toMatch(
			/^1 of 3 decks · .+ · 1 of \d+ types$/
		);
	});
});
