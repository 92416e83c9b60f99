import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { activeQuestions, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { missedCards } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import { fixtureBank } from '$lib/fixtures/bank';
import { choicesOf } from '$lib/domain/question';
import { createRandom } from '$lib/generator/random';
import { assignmentLink, shippedDeck, type AssignmentSet, type ShareOptions } from '$lib/share/assignment';
import { decodeResult, encodeResult, gradeResult } from '$lib/share/result';
import { makeSet } from '$lib/share/test-fixtures';
import { AssignmentSession } from './assignment.svelte';
import { clockAt } from './test-clock';

const MINUTE = 60_000;
const start = Date.UTC(2026, 0, 5, 9);
const deck = shippedDeck(fixtureBank);
/** The fixture deck's gradable questions, as the teacher's builder takes them from the deck shipped with the app. */
const gradable = deck.questions.filter((q) => q.type !== 'flashcard' && q.type !== 'matching');
const dbs: BylineDatabase[] = [];
let counter = 0;

afterEach(() => {
	for (const db of dbs.splice(0)) db.close();
});

/** One student's device: their own database, their own random source, this build's shipped deck. */
async function student(seed: number, options: { hasDeck?: boolean } = {}) {
	const db = await openDatabase({ name: `class-${counter++}` });
	dbs.push(db);
	if (options.hasDeck !== false) await saveBank(db, fixtureBank, 'bundled', start - MINUTE);
	const clock = clockAt(start);
	const session = new AssignmentSession(db, clock, createRandom(seed), async () => [deck]);
	await session.load();
	return { db, clock, session };
}

function code(set: AssignmentSet, options: ShareOptions = {}): string {
	return assignmentLink('https://x.test', set, { shipped: [deck], ...options }).split('#')[1]!;
}

/** Opens the link, starts under `name` and answers every question right, as shown to this student. */
async function takeRight(session: AssignmentSession, link: string, name: string) {
	await session.open(link);
	session.name = name;
	await session.start();
	const seen: { id: string; choices: string[] | undefined }[] = [];
	while (session.view === 'question') {
		const question = session.question!;
		seen.push({ id: question.id, choices: choicesOf(question) });
		await session.answer(question.answer);
	}
	await session.submit();
	return seen;
}

describe('issue 12: fair per-student sets', () => {
	const shuffled = makeSet(gradable, { order: 'shuffled', timeLimitMinutes: 20, attemptsAllowed: 1 });

	it('two students get their own question and choice order, recorded, and the teacher re-grades each exactly', async () => {
		const ana = await student(1);
		const ben = await student(2);
		const anaSaw = await takeRight(ana.session, code(shuffled), 'Ana');
		const benSaw = await takeRight(ben.session, code(shuffled), 'Ben');
		expect(anaSaw.map((q) => q.id)).not.toEqual(benSaw.map((q) => q.id));
		const choicesOf = (seen: typeof anaSaw, id: string) => seen.find((q) => q.id === id)?.choices;
		const moved = gradable.filter(
			(q) => q.type !== 'true-false' && choicesOf(anaSaw, q.id)?.join() !== choicesOf(benSaw, q.id)?.join()
		);
		expect(moved.length).toBeGreaterThan(0);
		// True or false always reads "True, False".
		for (const seen of [anaSaw, benSaw])
			expect(seen.find((q) => q.id === 'q-tf-walsh')?.choices).toEqual(['True', 'False']);

		for (const { session } of [ana, ben]) {
			const sent = decodeResult(encodeResult(session.result!));
			expect(sent.seed).toBe(session.attempt!.seed);
			expect(sent.answers.map((a) => a.questionId)).toEqual(session.attempt!.order);
			// The teacher's copy is the full set; the link carried only references to it.
			const regraded = gradeResult(shuffled, sent);
			expect(regraded).toMatchObject({ right: gradable.length, total: gradable.length });
			expect(session.graded).toMatchObject({ right: gradable.length, total: gradable.length });
		}
	});

	it('draws k of n per student; the teacher grades each on the questions that student got', async () => {
		const drawn = { ...shuffled, id: 'set-drawn', draw: 3 };
		const ana = await student(3);
		const ben = await student(4);
		const anaSaw = await takeRight(ana.session, code(drawn), 'Ana');
		const benSaw = await takeRight(ben.session, code(drawn), 'Ben');
		expect(anaSaw).toHaveLength(3);
		expect(benSaw).toHaveLength(3);
		expect(anaSaw.map((q) => q.id).sort()).not.toEqual(benSaw.map((q) => q.id).sort());
		for (const { session } of [ana, ben]) {
			const regraded = gradeResult(drawn, decodeResult(encodeResult(session.result!)));
			expect(regraded).toMatchObject({ right: 3, total: 3 });
			expect(regraded.answers.map((a) => a.questionId).sort()).toEqual([...session.attempt!.order].sort());
		}
	});
});

describe('issue 12: time limits, warnings and accommodations', () => {
	const timed = makeSet(gradable.slice(0, 3), { order: 'fixed', timeLimitMinutes: 10, attemptsAllowed: 1 });

	it('warns once at 5 minutes and once at 1 minute left, politely, then submits at 0', async () => {
		const { session, clock } = await student(5);
		await session.open(code(timed));
		session.name = 'Ana';
		await session.start();
		clock.at += 4 * MINUTE;
		await session.tick();
		expect(session.timeWarning).toBe('');
		clock.at += MINUTE;
		await session.tick();
		expect(session.timeWarning).toBe('5 minutes left. Your answers so far are saved.');
		clock.at += 3 * MINUTE;
		await session.tick();
		expect(session.timeWarning).toMatch(/^5 minutes/);
		clock.at += MINUTE + 1000;
		await session.tick();
		expect(session.timeWarning).toBe('1 minute left. Your answers so far are saved.');
		clock.at += MINUTE;
		await session.tick();
		expect(session.view).toBe('done');
		expect(session.timedOut).toBe(true);
	});

	it('says nothing late after a reopen, and a 5-minute quiz does not open with “5 minutes left”', async () => {
		const { db, session, clock } = await student(6);
		await session.open(code(timed));
		session.name = 'Ana';
		await session.start();
		clock.at += 7 * MINUTE;
		const again = new AssignmentSession(db, clock, createRandom(6), async () => [deck]);
		await again.load();
		await again.open(code(timed));
		await again.start();
		await again.tick();
		expect(again.timeWarning).toBe('');
		clock.at += 2 * MINUTE + 1000;
		await again.tick();
		expect(again.timeWarning).toMatch(/^1 minute left/);

		const five = { ...timed, id: 'set-five', timeLimitMinutes: 5 };
		const other = await student(7);
		await other.session.open(code(five));
		other.session.name = 'Ben';
		await other.session.start();
		await other.session.tick();
		expect(other.session.timeWarning).toBe('');
	});

	it('an extra-time link gives that student more time and says so in the result, graded as the same set', async () => {
		const { session, clock } = await student(8);
		const link = code(timed, { accommodation: { kind: 'extra-time', timeLimitMinutes: 15 }, student: 'Sam' });
		await session.open(link);
		expect(session.name).toBe('Sam');
		expect(session.timeLimitMinutes).toBe(15);
		await session.start();
		expect(session.remaining).toBe(15 * MINUTE);
		clock.at += 12 * MINUTE;
		await session.tick();
		expect(session.view).toBe('question');
		await session.submit();
		const sent = decodeResult(encodeResult(session.result!));
		expect(sent.accommodation).toEqual({ kind: 'extra-time', timeLimitMinutes: 15 });
		expect(gradeResult(timed, sent).total).toBe(3);
	});

	it('no-limit has no countdown; a variant opened mid-attempt extends it, and the class link never takes it back', async () => {
		const untimed = await student(9);
		await untimed.session.open(code(timed, { accommodation: { kind: 'no-limit' }, student: 'Kim' }));
		await untimed.session.start();
		expect(untimed.session.remaining).toBeUndefined();
		untimed.clock.at += 60 * MINUTE;
		await untimed.session.tick();
		expect(untimed.session.view).toBe('question');

		const { session, clock } = await student(10);
		await session.open(code(timed));
		session.name = 'Ana';
		await session.start();
		clock.at += 8 * MINUTE;
		await session.open(code(timed, { accommodation: { kind: 'extra-time', timeLimitMinutes: 20 } }));
		await session.start();
		expect(session.remaining).toBe(12 * MINUTE);
		await session.open(code(timed));
		await session.start();
		expect(session.remaining).toBe(12 * MINUTE);
		expect(session.attempt?.accommodation).toEqual({ kind: 'extra-time', timeLimitMinutes: 20 });
	});
});

describe('issue 11: an assignment from a deck the student has goes to that deck', () => {
	it('a set of the shipped deck logs its misses to the student’s own deck and makes no second one', async () => {
		const { db, session } = await student(11);
		const before = await activeQuestions(db, fixtureBank.id);
		const set = makeSet(gradable.slice(0, 4), { order: 'fixed', timeLimitMinutes: undefined });
		await session.open(code(set));
		session.name = 'Ana';
		await session.start();
		await session.answer('wrong');
		await session.submit();
		expect(session.missedCount).toBe(4);
		expect(session.deckId).toBe(fixtureBank.id);
		expect((await missedCards(db)).map((card) => card.key).sort()).toEqual(
			gradable
				.slice(0, 4)
				.map((q) => `${fixtureBank.id}/${q.id}`)
				.sort()
		);
		expect((await db.getAll('decks')).map((d) => d.id)).toEqual([fixtureBank.id]);
		expect(await activeQuestions(db, fixtureBank.id)).toEqual(before);
	});

	it('a question the teacher edited, or one of a deck the student lacks, goes to a deck of the set’s own', async () => {
		const { db, session } = await student(12);
		const edited = { ...gradable[1]!, prompt: 'Edited: who said it?' };
		const mine = { ...gradable[2]!, id: 'q-teachers-own' };
		const set = makeSet([gradable[0]!, edited, mine], { order: 'fixed', timeLimitMinutes: undefined });
		await session.open(code(set));
		session.name = 'Ana';
		await session.start();
		await session.submit();
		const decks = await db.getAll('decks');
		expect(decks).toHaveLength(2);
		const own = decks.find((d) => d.id !== fixtureBank.id)!;
		expect(own.id).toMatch(/^assignment-/);
		expect((await activeQuestions(db, own.id)).map((q) => q.id).sort()).toEqual([edited.id, mine.id].sort());
		const missed = (await missedCards(db)).map((card) => card.key).sort();
		expect(missed).toEqual(
			[`${fixtureBank.id}/${gradable[0]!.id}`, `${own.id}/${edited.id}`, `${own.id}/${mine.id}`].sort()
		);
		// The edited question did not rewrite the student's copy.
		expect((await db.get('questions', `${fixtureBank.id}/${edited.id}`))?.prompt).toBe(gradable[1]!.prompt);
	});

	it('the same imported bank on both sides: misses go to the student’s imported deck', async () => {
		const imported = { ...fixtureBank, id: 'import-riverton' };
		const { db, session } = await student(13, { hasDeck: false });
		await saveBank(db, imported, 'imported', start);
		// Not a shipped deck: the link carries the questions in full, evidence text and all.
		const set = makeSet(shippedDeck(imported).questions.slice(0, 2), { order: 'fixed' });
		await session.open(assignmentLink('https://x.test', set).split('#')[1]!);
		session.name = 'Ana';
		await session.start();
		await session.submit();
		expect(session.deckId).toBe('import-riverton');
		expect((await db.getAll('decks')).map((d) => d.id)).toEqual(['import-riverton']);
		expect(await missedCards(db)).toHaveLength(2);
	});

	it('a student whose copy of the shipped deck differs is told to update, and nothing is stored', async () => {
		const { db } = await student(14);
		const changed = shippedDeck({
			...fixtureBank,
			questions: fixtureBank.questions.map((q, i) => (i === 0 ? { ...q, prompt: 'Reworded?' } : q))
		});
		const session = new AssignmentSession(db, clockAt(start), createRandom(1), async () => [changed]);
		await session.load();
		await session.open(code(makeSet(gradable.slice(0, 3))));
		expect(session.view).toBe('refused');
		expect(session.refused?.message).toMatch(/another version of that deck.*Reload Byline/);
		expect(await db.getAll('attempts')).toEqual([]);
	});
});
