import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attemptsFor, saveAttempt, type Attempt } from '$lib/db/attempts';
import { openDatabase } from '$lib/db/open';
import { missedCards } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import { assignmentHash, assignmentLink, type AssignmentSet } from '$lib/share/assignment';
import { gradeResult } from '$lib/share/result';
import { deckIdFor } from '$lib/share/attempt';
import { QUESTIONS, makeSet } from '$lib/share/test-fixtures';
import { AssignmentSession } from './assignment.svelte';
import type { Clock } from './clock';
import { clockAt } from './test-clock';

// Grading is wrapped so one test can make it fail, as a corrupt set would.
vi.mock('$lib/share/result', async (original) => {
	const actual = await original<typeof import('$lib/share/result')>();
	return { ...actual, gradeResult: vi.fn(actual.gradeResult) };
});

const MINUTE = 60_000;
const start = Date.UTC(2026, 0, 5, 9);
let db: BylineDatabase;
let counter = 0;

/** Four questions in a fixed order: who-said, what-said, cloze, true/false; 10 minutes; 2 attempts. */
const set = makeSet(QUESTIONS.slice(0, 4), { order: 'fixed', attemptsAllowed: 2, timeLimitMinutes: 10 });
const RIGHT = ['Vladimir V. Putin', '“It is a marriage of convenience.”', 'deepen', 'True'];

function code(of: AssignmentSet = set): string {
	return assignmentLink('https://x.test', of).split('#')[1]!;
}

async function setup() {
	counter++;
	db = await openDatabase({ name: `assignment-${counter}` });
	const clock = clockAt(start);
	const session = new AssignmentSession(db, clock, () => 0.5);
	await session.load();
	return { clock, session };
}

/** A session on the same database, as after closing the tab and opening the link again. */
async function reopened(clock: Clock, of: AssignmentSet = set) {
	const session = new AssignmentSession(db, clock, () => 0.5);
	await session.load();
	await session.open(code(of));
	return session;
}

async function begin(session: AssignmentSession, of: AssignmentSet = set) {
	await session.open(code(of));
	session.name = 'Ana López';
	await session.start();
}

/** The practice answers logged to Missed from this set's deck. */
async function missedLog() {
	return (await db.getAll('reviews')).filter((entry) => entry.deckId === deckIdFor(set));
}

afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

describe('AssignmentSession', () => {
	it('opens a link, asks for a name, saves each answer and moves on, then grades the submitted attempt', async () => {
		const { session, clock } = await setup();
		await session.open(code());
		expect(session.view).toBe('intro');
		expect(session.set?.title).toBe(set.title);
		await session.start();
		expect(session.nameError).toMatch(/Type your name/);
		expect(session.view).toBe('intro');
		session.name = '  Ana   López ';
		await session.start();
		expect(session.view).toBe('question');
		expect(session.question?.id).toBe('q-who');
		clock.at += 4000;
		await session.answer(RIGHT[0]!);
		expect(session.question?.id).toBe('q-what');
		const [stored] = await attemptsFor(db, set.id, assignmentHash(set));
		expect(stored?.student).toBe('Ana López');
		expect(stored?.current).toBe(1);
		for (const given of RIGHT.slice(1, 3)) await session.answer(given);
		await session.answer('False');
		expect(session.view).toBe('summary');
		clock.at += MINUTE;
		await session.submit();
		expect(session.view).toBe('done');
		expect(session.graded).toMatchObject({ right: 3, total: 4 });
		expect(session.graded?.answers[0]).toMatchObject({ mark: 'right', ms: 4000 });
		expect(session.missedCount).toBe(1);
		expect((await missedCards(db)).map((card) => card.key)).toEqual([`${deckIdFor(set)}/q-tf`]);
	});

	it('resumes after the tab is closed: the same question, answers kept, the clock still running', async () => {
		const { session, clock } = await setup();
		await begin(session);
		await session.answer(RIGHT[0]!);
		await session.answer('wrong');
		clock.at += 2 * MINUTE;
		const again = await reopened(clock);
		expect(again.view).toBe('intro');
		expect(again.summary?.inProgress?.student).toBe('Ana López');
		await again.start();
		expect(again.view).toBe('question');
		expect(again.question?.id).toBe('q-cloze');
		expect(again.savedAnswer('q-what')?.given).toBe('wrong');
		expect(again.remaining).toBe(8 * MINUTE);
	});

	it('lets the student go back, change an answer, and skip one, counting the time spent on each visit', async () => {
		const { session, clock } = await setup();
		await begin(session);
		clock.at += 3000;
		await session.answer('Xi Jinping');
		await session.go(0);
		clock.at += 2000;
		await session.answer(RIGHT[0]!);
		expect(session.savedAnswer('q-who')).toEqual({ given: RIGHT[0], ms: 5000 });
		await session.go(3);
		await session.answer('True');
		expect(session.view).toBe('summary');
		expect(session.answeredCount).toBe(2);
		await session.submit();
		expect(session.graded?.answers.map((mark) => mark.mark)).toEqual(['right', 'blank', 'blank', 'right']);
	});

	it('submits the answers as they are when the time runs out, on screen or when opened later', async () => {
		const { session, clock } = await setup();
		await begin(session);
		await session.answer(RIGHT[0]!);
		clock.at += 9 * MINUTE;
		await session.tick();
		expect(session.view).toBe('question');
		expect(session.remaining).toBe(MINUTE);
		clock.at += MINUTE;
		await session.tick();
		expect(session.view).toBe('done');
		expect(session.timedOut).toBe(true);
		expect(session.graded).toMatchObject({ right: 1, total: 4 });

		const late = makeSet(QUESTIONS.slice(0, 2), { id: 'set-late', order: 'fixed', timeLimitMinutes: 1 });
		await begin(session, late);
		clock.at += 5 * MINUTE;
		const opened = await reopened(clock, late);
		expect(opened.view).toBe('done');
		expect(opened.timedOut).toBe(true);
		expect(opened.attempt?.submittedAt).toBe(clock.at);
	});

	it('issue 12: counts leaving the page while answering, saved with the attempt and sent with the result', async () => {
		const { session, clock } = await setup();
		await session.open(code());
		await session.leftPage();
		session.name = 'Ana';
		await session.start();
		await session.leftPage();
		clock.at += 3000;
		await session.answer(RIGHT[0]!);
		clock.at += MINUTE;
		const again = await reopened(clock);
		await again.start();
		await again.leftPage();
		expect((await attemptsFor(db, set.id, assignmentHash(set)))[0]?.leftPage).toBe(2);
		again.review();
		await again.submit();
		expect(again.result?.leftPage).toBe(2);
		await again.leftPage();
		expect((await attemptsFor(db, set.id, assignmentHash(set)))[0]?.leftPage).toBe(2);
		// The time on each question travels too, for the teacher.
		expect(again.result?.answers[0]).toMatchObject({ questionId: 'q-who', ms: 3000 });
	});

	it('offers another attempt while any are left, and none after', async () => {
		const { session } = await setup();
		await begin(session);
		await session.submit();
		expect(session.summary?.next).toBe(2);
		await session.start();
		expect(session.attempt?.number).toBe(2);
		expect(session.view).toBe('question');
		await session.submit();
		expect(session.summary?.next).toBeUndefined();
		expect(session.summary?.submitted).toHaveLength(2);
	});

	it('shuffles the order once per attempt, from the random source it is given', async () => {
		const { session } = await setup();
		const shuffled = { ...set, id: 'set-shuffled', order: 'shuffled' as const };
		await begin(session, shuffled);
		const order = session.attempt!.order;
		expect([...order].sort()).toEqual(set.questions.map((q) => q.id).sort());
		expect(order).not.toEqual(set.questions.map((q) => q.id));
		const again = await reopened(clockAt(start), shuffled);
		await again.start();
		expect(again.attempt?.order).toEqual(order);
	});

	it('keeps the answer on screen with a message when the disk is full, and saves nothing', async () => {
		const { session } = await setup();
		await begin(session);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await session.answer(RIGHT[0]!);
		expect(session.problem).toMatch(/out of storage space.*still on screen/);
		expect(session.question?.id).toBe('q-who');
		vi.restoreAllMocks();
		expect((await attemptsFor(db, set.id, assignmentHash(set)))[0]?.answers).toEqual([]);
		await session.answer(RIGHT[0]!);
		expect(session.question?.id).toBe('q-what');
		expect(session.problem).toBe('');
	});

	it('says what is wrong with a link it cannot open', async () => {
		const { session } = await setup();
		await session.open(code().slice(0, 60));
		expect(session.view).toBe('refused');
		expect(session.refused?.message).toMatch(/incomplete/);
		await session.open('');
		expect(session.view).toBe('open');
		expect(session.refused).toBeUndefined();
	});

	it('issue 10: the timer cannot submit a second time while a submit is being saved', async () => {
		const { session, clock } = await setup();
		await begin(session);
		await session.answer('Xi Jinping');
		clock.at += 10 * MINUTE;
		// The student presses Submit as the time runs out: the timer's tick comes while the submit is saving.
		await Promise.all([session.submit(), session.tick(), session.tick()]);
		expect(session.view).toBe('done');
		const log = await missedLog();
		expect(log).toHaveLength(4);
		expect(new Set(log.map((entry) => entry.cardId)).size).toBe(4);
		expect(session.missedCount).toBe(4);
	});

	it('issue 10: the list of your assignments shows an attempt as submitted once it is, without a reload', async () => {
		const { session } = await setup();
		await begin(session);
		await session.open('');
		expect(session.yours.map((a) => a.submittedAt)).toEqual([undefined]);
		await session.open(code());
		await session.start();
		await session.submit();
		await session.open('');
		expect(session.yours).toHaveLength(1);
		expect(session.yours[0]?.submittedAt).toBeDefined();
		expect(session.yours[0]?.missedLogged).toBe(true);
	});

	it('issue 10: mistakes not yet added to Missed (the tab closed right after submitting) are added when it is opened again', async () => {
		const { session, clock } = await setup();
		await begin(session);
		await session.answer('Xi Jinping');
		// As if the tab closed after the submit was saved and before the mistakes were logged.
		const submitted: Attempt = { ...session.attempt!, submittedAt: clock.at, updatedAt: clock.at };
		await saveAttempt(db, submitted);
		expect(await missedLog()).toHaveLength(0);
		const again = await reopened(clock);
		expect(again.view).toBe('done');
		expect(await missedLog()).toHaveLength(4);
		expect(again.attempt?.missedLogged).toBe(true);
		expect(again.missedCount).toBe(4);
		// And only once.
		await reopened(clock);
		expect(await missedLog()).toHaveLength(4);
	});

	it('issue 13: answers to questions whose ids are constructor, __proto__ or toString are kept, graded and sent', async () => {
		const { session, clock } = await setup();
		const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
		const hostile = makeSet(
			QUESTIONS.slice(0, 4).map((question, i) => ({ ...question, id: ids[i]! })),
			{ id: 'set-proto', order: 'fixed', timeLimitMinutes: undefined }
		);
		await begin(session, hostile);
		for (const given of RIGHT.slice(0, 3)) await session.answer(given);
		const again = await reopened(clock, hostile);
		await again.start();
		expect(ids.slice(0, 3).map((id) => again.savedAnswer(id)?.given)).toEqual(RIGHT.slice(0, 3));
		expect(again.savedAnswer('hasOwnProperty')).toBeUndefined();
		expect(again.answeredCount).toBe(3);
		await again.submit();
		expect(again.problem).toBe('');
		expect(again.graded).toMatchObject({ right: 3, total: 4 });
		expect(again.result?.answers.map((a) => a.questionId)).toEqual(ids.slice(0, 3));
	});

	it('issue 13: a submit that fails leaves the attempt unused, and submitting again works', async () => {
		const { session } = await setup();
		await begin(session);
		await session.answer(RIGHT[0]!);
		vi.mocked(gradeResult).mockImplementationOnce(() => {
			throw new TypeError("Cannot read properties of undefined (reading 'every')");
		});
		await session.submit();
		expect(session.problem).toMatch(/not submitted/);
		expect(session.view).not.toBe('done');
		const [stored] = await attemptsFor(db, set.id, assignmentHash(set));
		expect(stored?.submittedAt).toBeUndefined();
		expect(session.summary?.submitted).toHaveLength(0);
		await session.submit();
		expect(session.view).toBe('done');
		expect(session.graded?.right).toBe(1);
		expect(session.summary?.next).toBe(2);
	});
});
