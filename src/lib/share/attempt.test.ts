import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBank } from '$lib/generator/bank';
import { missedCards } from '$lib/db/reviews';
import { openDatabase } from '$lib/db/open';
import { activeQuestions } from '$lib/db/decks';
import type { BylineDatabase } from '$lib/db/schema';
import { assignmentHash, assignmentLink } from '$lib/share/assignment';
import { decodeResult, encodeResult } from '$lib/share/result';
import { QUESTIONS, XSS, hostile, makeSet } from '$lib/share/test-fixtures';
import {
	answer,
	answersById,
	answeredCount,
	assignmentBank,
	clock,
	deckIdFor,
	gradeAttempt,
	leftPage,
	logMissed,
	moveTo,
	nameProblem,
	openAssignment,
	questionAt,
	startAttempt,
	summarize,
	timeLeft,
	toResult,
	warningsPromised,
	withOwnEvidence
} from './attempt';

let db: BylineDatabase;
let n = 0;
afterEach(() => db?.close());

const set = makeSet(QUESTIONS.slice(0, 4), { order: 'fixed', attemptsAllowed: 2, timeLimitMinutes: 10 });
const hash = assignmentHash(set);

describe('opening an assignment link', () => {
	it('opens a whole link and explains an empty, cut or garbled one', () => {
		const link = assignmentLink('https://x.test', set);
		const opened = openAssignment(new URL(link).hash);
		expect('shared' in opened && opened.setHash).toBe(hash);
		expect(openAssignment('#')).toMatchObject({ problem: expect.stringMatching(/no assignment in it/) });
		const code = link.split('#')[1]!;
		expect(openAssignment(code.slice(0, code.length - 30))).toMatchObject({
			problem: expect.stringMatching(/incomplete/)
		});
		expect(openAssignment('%%%garbage%%%')).toMatchObject({
			problem: expect.stringMatching(/isn't a Byline/)
		});
		expect(openAssignment('b1a')).toMatchObject({ problem: expect.stringMatching(/incomplete/) });
	});

	it('carries hostile text as text', () => {
		const evil = makeSet(
			XSS.map((text, i) => ({ ...hostile(QUESTIONS[0]!, text), id: `q${i}` })),
			{ title: XSS[1] }
		);
		const opened = openAssignment(assignmentLink('https://x.test', evil).split('#')[1]!);
		expect('shared' in opened && opened.shared.set.title).toBe(XSS[1]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('taking an assignment', () => {
	it('shuffles once per attempt by its seed, keeping every question', () => {
		const shuffled = { ...set, order: 'shuffled' as const };
		const a = startAttempt(shuffled, hash, 1, '  Ana   López ', 0, 7);
		expect(a.student).toBe('Ana López');
		expect([...a.order].sort()).toEqual(set.questions.map((q) => q.id).sort());
		expect(startAttempt(shuffled, hash, 1, 'Ana', 0, 7).order).toEqual(a.order);
		expect(startAttempt(set, hash, 1, 'Ana', 0, 7).order).toEqual(set.questions.map((q) => q.id));
	});

	it('records answers with their time, lets a student change one, and builds a result the teacher can grade', () => {
		let a = startAttempt(set, hash, 1, 'Ana', 1000, 1);
		a = answer(a, 'q-who', 'Xi Jinping', 4000, 5000);
		a = moveTo(a, 1, 5000);
		a = answer(a, 'q-what', '“It will not last.”', 3000, 8000);
		a = answer(a, 'q-who', 'Vladimir V. Putin', 2000, 10_000);
		expect(questionAt(a, 1)?.id).toBe('q-what');
		expect(answeredCount(a)).toBe(2);
		expect(answersById(a).get('q-who')).toEqual({
			questionId: 'q-who',
			given: 'Vladimir V. Putin',
			ms: 6000
		});
		const result = decodeResult(encodeResult(toResult(a, 70_000)));
		expect(result).toMatchObject({
			setId: set.id,
			setHash: hash,
			student: 'Ana',
			startedAt: 1000,
			submittedAt: 70_000
		});
		const graded = gradeAttempt({ ...a, submittedAt: 70_000 });
		expect(graded.answers.map((m) => m.mark)).toEqual(['right', 'wrong', 'blank', 'blank']);
	});

	it('issue 12: adds up the times the student left the page and sends the count, never more than a result holds', () => {
		const a = startAttempt(set, hash, 1, 'Ana', 1000, 1);
		expect(toResult(a, 2000)).not.toHaveProperty('leftPage');
		const away = leftPage(leftPage(a, 1, 3000), 2, 4000);
		expect(away).toMatchObject({ leftPage: 3, updatedAt: 4000 });
		expect(decodeResult(encodeResult(toResult(away, 5000))).leftPage).toBe(3);
		// A tab flickering all day still gives a result the teacher's app accepts.
		expect(decodeResult(encodeResult(toResult(leftPage(a, 250_000, 3000), 5000))).leftPage).toBe(100_000);
	});

	it('counts the time limit from the start and never below zero', () => {
		const a = startAttempt(set, hash, 1, 'Ana', 0, 1);
		expect(timeLeft(a, 60_000)).toBe(9 * 60_000);
		expect(timeLeft(a, 11 * 60_000)).toBe(0);
		expect(
			timeLeft(startAttempt({ ...set, timeLimitMinutes: undefined }, hash, 1, 'A', 0, 1), 5)
		).toBeUndefined();
		expect(clock(61_000)).toBe('1:01');
		expect(clock(400)).toBe('0:01');
	});

	it('offers resuming, another attempt, or none', () => {
		const first = startAttempt(set, hash, 1, 'Ana', 0, 1);
		expect(summarize(set, [])).toMatchObject({ next: 1, inProgress: undefined });
		expect(summarize(set, [first])).toMatchObject({ next: undefined, inProgress: first });
		const done = { ...first, submittedAt: 5 };
		expect(summarize(set, [done]).next).toBe(2);
		expect(summarize(set, [done, { ...done, number: 2 }]).next).toBeUndefined();
	});

	it('asks for a usable name', () => {
		expect(nameProblem('  ')).toMatch(/Type your name/);
		expect(nameProblem('x'.repeat(81))).toMatch(/80/);
		expect(nameProblem(' Ana ')).toBeUndefined();
	});

	it('shows each question with its own sentence as the evidence', () => {
		const { question, articleText } = withOwnEvidence(QUESTIONS[0]!);
		expect(articleText?.slice(question.evidence.start, question.evidence.end)).toBe(
			QUESTIONS[0]!.evidenceText
		);
		expect(withOwnEvidence(QUESTIONS[1]!).articleText).toBeUndefined();
	});
});

describe('after submitting', () => {
	it('makes the assignment a valid deck whose questions point at their sentences', () => {
		const bank = parseBank(assignmentBank(makeSet(QUESTIONS)));
		expect(bank.facts.map((fact) => fact.kind)).toContain('figure');
		expect(bank.questions).toHaveLength(QUESTIONS.length);
		const who = bank.questions[0]!;
		expect(bank.article.text.slice(who.evidence.start, who.evidence.end)).toBe(QUESTIONS[0]!.evidenceText);
	});

	it('puts wrong and blank answers on the Missed list, once per attempt, without scheduling them', async () => {
		db = await openDatabase({ name: `assign-${n++}` });
		let a = startAttempt(set, hash, 1, 'Ana', 1000, 1);
		a = answer(a, 'q-who', 'Vladimir V. Putin', 4000, 5000);
		a = answer(a, 'q-what', '“It will not last.”', 3000, 8000);
		a = { ...a, submittedAt: 9000 };
		expect(await logMissed(db, a, gradeAttempt(a), { at: 9000, tzOffsetMinutes: 0 })).toEqual({
			count: 3,
			deckId: deckIdFor(set)
		});
		const missed = await missedCards(db);
		expect(missed.map((card) => card.key).sort()).toEqual(
			['q-cloze', 'q-tf', 'q-what'].map((id) => `${deckIdFor(set)}/${id}`)
		);
		expect(missed.every((card) => card.state === 'new')).toBe(true);
		expect(await activeQuestions(db, deckIdFor(set))).toHaveLength(4);
		expect(missed.find((card) => card.key.endsWith('q-what'))?.lastAnswer?.given).toBe('“It will not last.”');
	});

	it('issue 13: a second link reusing the set id with other questions gets its own deck; the first is untouched', async () => {
		db = await openDatabase({ name: `assign-${n++}` });
		const submit = async (taken: typeof set, name: string) => {
			let a = startAttempt(taken, assignmentHash(taken), 1, name, 1000, 1);
			a = { ...a, submittedAt: 9000 };
			return (await logMissed(db, a, gradeAttempt(a), { at: 9000, tzOffsetMinutes: 0 })).count;
		};
		const ten = makeSet(
			Array.from({ length: 10 }, (_, i) => ({ ...QUESTIONS[i % QUESTIONS.length]!, id: `q${i}` })),
			{ title: 'Week 1' }
		);
		expect(await submit(ten, 'Ana')).toBe(10);
		// The same set id and question id, another question: a link trying to take over the first set's deck.
		const takeover = makeSet([{ ...QUESTIONS[1]!, id: 'q0' }], { id: ten.id, title: 'Something else' });
		expect(await submit(takeover, 'Ana')).toBe(1);
		expect(deckIdFor(takeover)).not.toBe(deckIdFor(ten));
		expect((await db.get('decks', deckIdFor(ten)))?.title).toBe('Week 1');
		expect(await activeQuestions(db, deckIdFor(ten))).toHaveLength(10);
		const missed = await missedCards(db);
		expect(missed.filter((card) => card.deckId === deckIdFor(ten))).toHaveLength(10);
		expect(missed.filter((card) => card.deckId === deckIdFor(takeover))).toHaveLength(1);
	});
});

describe('issue 12: the start page promises only the time warnings that can happen', () => {
	it('says both under a long limit, only the last under a short one, and nothing under one minute', () => {
		expect(warningsPromised(20)).toBe('You are told when 5 minutes and 1 minute are left.');
		expect(warningsPromised(5)).toBe('You are told when 1 minute is left.');
		expect(warningsPromised(2)).toBe('You are told when 1 minute is left.');
		expect(warningsPromised(1)).toBe('');
	});
});
