import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { choicesOf } from '$lib/domain/question';
import { fixtureBank } from '$lib/fixtures/bank';
import { questionKey, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { cardState, reviewsForCard } from '$lib/db/reviews';
import type { BylineDatabase, CardRecord } from '$lib/db/schema';
import { writeSetting } from '$lib/db/settings';
import { defaultSettings } from '$lib/srs/settings';
import { STUDY_SETTINGS_KEY } from '$lib/db/study';
import { areSiblings, mayFollow, profileOf } from '$lib/quiz/siblings';
import { DAY_MS, MINUTE_MS } from '$lib/srs/day';
import { parseBank, type Bank } from '$lib/generator/bank';
import { replay } from '$lib/srs/scheduler';
import { parseSettings } from '$lib/srs/settings-schema';
import type { Clock } from './clock';
import { missedKeys, StudySession } from './study.svelte';

const DECK = fixtureBank.id;
const start = Date.UTC(2026, 0, 5, 9);
let db: BylineDatabase;
let counter = 0;

function clockAt(at: number): Clock & { at: number } {
	return {
		at,
		now() {
			return this.at;
		},
		tzOffsetMinutes: () => 0
	};
}

async function setup(settings: object = {}, bank: Bank = fixtureBank) {
	counter++;
	db = await openDatabase({ name: `study-${counter}` });
	await saveBank(db, bank, 'imported', start - 1000);
	await writeSetting(db, {
		key: STUDY_SETTINGS_KEY,
		value: { ...defaultSettings, enableFuzz: false, ...settings }
	});
	const clock = clockAt(start);
	return { clock, session: new StudySession(db, clock, 7) };
}

const profileOfShown = (session: StudySession) => profileOf(session.current!.question, session.current!.deck);

/** Answers the card shown, right or wrong, whatever its type. */
async function answerShown(session: StudySession, right: boolean) {
	const question = session.current!.question;
	if (question.type === 'flashcard') return session.rate(right ? 'good' : 'again');
	const names = question.type === 'matching' ? question.pairs.map((p) => p.right) : undefined;
	const wrong = choicesOf(question)?.find((c) => c !== question.answer) ?? 'no idea';
	if (names) await session.answer(right ? names : [...names].reverse());
	else await session.answer(right ? question.answer : wrong);
	await session.next();
}

afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

describe('StudySession', () => {
	it('offers new cards in bank order up to the daily limit', async () => {
		const { session } = await setup({ newPerDay: 4 });
		await session.start(DECK);
		expect(session.status).toBe('question');
		expect(session.current?.question.id).toBe(fixtureBank.questions[0]!.id);
		expect(session.remaining).toBe(3);
	});

	it('commits an answer before showing feedback, and grades it', async () => {
		const { session, clock } = await setup();
		await session.start(DECK);
		const key = session.current!.card.key;
		clock.at += 4000;
		await session.answer('Ken Walsh');
		expect(session.status).toBe('feedback');
		expect(session.feedback).toMatchObject({ correct: false, expected: 'Ana Ortiz', given: 'Ken Walsh' });
		const log = await reviewsForCard(db, key);
		expect(log).toMatchObject([
			{ mode: 'study', rating: 'again', correct: false, given: 'Ken Walsh', ms: 4000 }
		]);
		const card = await db.get('cards', key);
		expect(card?.state).toBe('learning');
		expect(session.tally).toEqual({ reviewed: 1, right: 0, ms: 4000 });
	});

	it('shows each flashcard rating’s interval and goes straight on after a rating', async () => {
		const { session } = await setup({ newPerDay: 20 });
		await session.start(DECK);
		while (session.current?.question.type !== 'flashcard') await answerShown(session, true);
		expect(session.ratings).toEqual({ again: '1m', hard: '6m', good: '10m', easy: '8d' });
		const key = session.current.card.key;
		await session.rate('easy');
		expect(session.status).toBe('question');
		expect(session.current?.card.key).not.toBe(key);
		expect((await db.get('cards', key))?.state).toBe('review');
	});

	it('brings a card back when its learning step comes due, and ends with the next due time', async () => {
		const { session, clock } = await setup({ newPerDay: 1 });
		await session.start(DECK);
		const key = session.current!.card.key;
		await answerShown(session, false);
		// The 1-minute step is within the learn-ahead window, so the card comes back rather than ending the session.
		expect(session.current?.card.key).toBe(key);
		clock.at += 2 * MINUTE_MS;
		await answerShown(session, true);
		expect(session.status).toBe('question');
		clock.at += 11 * MINUTE_MS;
		await answerShown(session, true);
		expect(session.status).toBe('done');
		expect(session.tally.reviewed).toBe(3);
		expect(session.nextDueAt).toBeGreaterThan(clock.at);
	});

	it('issue 4: the cards left are counted as new, learning and to review, so the count moves with each new card', async () => {
		const { session } = await setup({ newPerDay: 4 });
		await session.start(DECK);
		expect(session.left).toEqual({ new: 4, learning: 0, review: 0 });
		await answerShown(session, true);
		// Still 3 after the card on screen (the card answered comes back in its 10-minute step), but one new card
		// became learning.
		expect(session.remaining).toBe(3);
		expect(session.left).toEqual({ new: 3, learning: 1, review: 0 });
	});

	it('shows the first card of a long queue before the rest is read, then counts every card of the day', async () => {
		const { session } = await setup({ newPerDay: 11 });
		await session.start(DECK);
		expect(session.status).toBe('question');
		expect(session.current?.card.key).toBe(questionKey(DECK, fixtureBank.questions[0]!.id));
		expect(session.left).toBeUndefined();
		await vi.waitFor(() => expect(session.left).toEqual({ new: 11, learning: 0, review: 0 }));
		await answerShown(session, true);
		// A new sibling of the card answered is buried, and the twelfth card stands in for one of the two.
		expect(session.left).toEqual({ new: 9, learning: 1, review: 0 });
	});

	it('goes on in the same order and counts whether the first card is answered before or after the rest is read', async () => {
		const sessions = async (waitForRest: boolean) => {
			const { session } = await setup({ newPerDay: 11 });
			await session.start(DECK);
			if (waitForRest) await vi.waitFor(() => expect(session.left).toBeDefined());
			const seen: unknown[] = [];
			for (let i = 0; i < 12 && session.current; i++) {
				// The count is not there yet on the first card of the session that does not wait for it.
				seen.push([session.current.card.key, i > 0 ? session.left : undefined]);
				await answerShown(session, i % 3 !== 0);
			}
			return seen;
		};
		const late = await sessions(true);
		expect(await sessions(false)).toEqual(late);
		expect(late).toHaveLength(12);
	});

	it('issue 4: a wrong answer to the last card counts it as coming back, so the button says Next, not Finish', async () => {
		const { session } = await setup({ newPerDay: 1 });
		await session.start(DECK);
		expect(session.remaining).toBe(0);
		await session.answer('Ken Walsh');
		expect(session.status).toBe('feedback');
		expect(session.remaining).toBe(1);
		expect(session.left).toEqual({ new: 0, learning: 1, review: 0 });
	});

	it('undoes the last answer: the card and its log are as before, and it is asked again', async () => {
		const { session } = await setup();
		await session.start(DECK);
		const first = session.current!.card;
		await answerShown(session, true);
		expect(session.current?.card.key).not.toBe(first.key);
		await session.undo();
		expect(session.current?.card.key).toBe(first.key);
		expect(session.status).toBe('question');
		expect(await reviewsForCard(db, first.key)).toEqual([]);
		const { lastAnswer, ...stored } = (await db.get('cards', first.key))!;
		expect(lastAnswer).toBeUndefined();
		expect(stored).toEqual(first);
		expect(session.tally.reviewed).toBe(0);
		expect(session.canUndo).toBe(false);
		await answerShown(session, true);
		expect(session.current?.card.key).not.toBe(first.key);
	});

	it('continues after the page is closed: answered cards are kept and count against the limit', async () => {
		const { session, clock } = await setup({ newPerDay: 6 });
		await session.start(DECK);
		const answered: string[] = [];
		for (let i = 0; i < 3; i++) {
			answered.push(session.current!.card.key);
			await answerShown(session, true);
		}
		clock.at += 1000;
		const reopened = new StudySession(db, clock);
		await reopened.start(DECK);
		expect(reopened.tally.reviewed).toBe(3);
		expect(answered).not.toContain(reopened.current?.card.key);
		// Two new cards left within the limit, and the three steps just answered, which come back in minutes as
		// they would have had the page stayed open.
		expect(reopened.remaining).toBe(5);
		for (const key of answered) expect(await reviewsForCard(db, key)).toHaveLength(1);
	});

	it('practice logs answers as practice and never moves a due date', async () => {
		const { session, clock } = await setup({ newPerDay: 0 });
		await session.start(DECK);
		expect(session.status).toBe('empty');
		await session.start(DECK, 'practice');
		const card = session.current!.card;
		clock.at += 1000;
		await answerShown(session, false);
		const stored = await db.get('cards', card.key);
		expect(stored?.due).toBe(card.due);
		expect(stored?.state).toBe('new');
		expect(stored?.lastAnswer).toMatchObject({ mode: 'practice', correct: false });
		expect(await reviewsForCard(db, card.key)).toMatchObject([{ mode: 'practice' }]);
	});

	it('drills missed cards until each is answered right', async () => {
		const { session } = await setup();
		const keys = fixtureBank.questions.slice(0, 2).map((q) => questionKey(DECK, q.id));
		await session.drill(keys);
		const first = session.current!.card.key;
		await answerShown(session, false);
		await answerShown(session, true);
		expect(session.current?.card.key).toBe(first);
		await answerShown(session, true);
		expect(session.status).toBe('done');
		expect(session.tally).toMatchObject({ reviewed: 3, right: 2 });
		for (const key of keys) expect((await db.get('cards', key))?.state).toBe('new');
	});

	it('never shows a hidden card, in study or in practice', async () => {
		const { session } = await setup();
		const hiddenKey = questionKey(DECK, fixtureBank.questions[0]!.id);
		const card = (await db.get('cards', hiddenKey))!;
		await db.put('cards', { ...card, hidden: true });
		for (const mode of ['study', 'practice'] as const) {
			await session.start(DECK, mode);
			const seen: string[] = [];
			while (session.status === 'question') {
				seen.push(session.current!.card.key);
				await answerShown(session, true);
			}
			expect(seen).not.toContain(hiddenKey);
			// Practice takes every card; the day's study leaves new siblings of the cards answered for another day.
			if (mode === 'practice') expect(new Set(seen).size).toBe(fixtureBank.questions.length - 1);
		}
	});

	it('keeps the card on screen with a message when the disk is full, and saves nothing', async () => {
		const { session } = await setup();
		await session.start(DECK);
		const key = session.current!.card.key;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await session.answer('Ana Ortiz');
		expect(session.status).toBe('question');
		expect(session.current?.card.key).toBe(key);
		expect(session.error).toMatch(/out of storage space/);
		vi.restoreAllMocks();
		expect(await reviewsForCard(db, key)).toEqual([]);
		await session.answer('Ana Ortiz');
		expect(session.feedback?.correct).toBe(true);
	});

	describe('issue 11: siblings kept apart', () => {
		const bundled = parseBank(
			JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as unknown
		);
		/** Right or wrong, from a seeded sequence: about one answer in four is wrong. */
		const answers = (seed: number) => {
			let state = seed;
			return () => {
				state = (state * 1103515245 + 12345) % 2147483648;
				return state / 2147483648 >= 0.25;
			};
		};

		it.each(['study', 'ahead', 'practice', 'drill'] as const)(
			'in %s, no card comes right after a sibling or after a card that gives its answer away',
			async (mode) => {
				const { session, clock } = await setup({ newPerDay: 20 }, bundled);
				let least = 20;
				if (mode === 'drill') {
					// Two questions on each fact that has two, then one on others, up to eight facts, in the bank's order, which
					// puts siblings side by side: a drill of missed questions looks like this. Fewer facts than that can leave
					// nothing but siblings to show.
					const perFact = new Map<string, typeof bundled.questions>();
					for (const q of bundled.questions) perFact.set(q.factId, [...(perFact.get(q.factId) ?? []), q]);
					// Facts with different answers: five "Who said …?" cards all answered "Gabuev" give each other away
					// whatever the order, and the drill must be able to keep them apart. "True" and "False" name
					// nothing, so they give nothing away.
					const answers = new Set<string>();
					const differentAnswer = (q: (typeof bundled.questions)[number]) =>
						q.type === 'true-false' || (!answers.has(q.answer) && Boolean(answers.add(q.answer)));
					const missed = [...perFact.values()]
						.sort((a, b) => Math.min(b.length, 2) - Math.min(a.length, 2))
						.filter((qs) => differentAnswer(qs[0]!))
						.slice(0, 8)
						.flatMap((questions) => questions.slice(0, 2));
					// Five facts with two questions since stop 52 (Gabuev's cloze and what-said are who-saids now, answered
					// "Gabuev" like his others), and three with one.
					expect(missed.length).toBeGreaterThanOrEqual(12);
					least = missed.length;
					await session.drill(missed.map((q) => questionKey(bundled.id, q.id)));
				} else {
					if (mode === 'ahead') {
						await session.start(bundled.id);
						for (let i = 0; i < 20; i++) await answerShown(session, true);
						clock.at += DAY_MS / 2;
					}
					await session.start(bundled.id, mode);
				}
				const right = answers(11);
				const shown: ReturnType<typeof profileOfShown>[] = [];
				// Whether anything was to come after a card: a card missed with nothing else left can only come back next.
				const last: boolean[] = [];
				for (let i = 0; i < 40 && session.status === 'question'; i++) {
					shown.push(profileOfShown(session));
					last.push(session.remaining === 0);
					await answerShown(session, right());
					clock.at += 20_000;
				}
				expect(shown.length).toBeGreaterThanOrEqual(least);
				for (let i = 1; i < shown.length; i++)
					expect(last[i - 1] || mayFollow(shown[i - 1]!, shown[i]!), `card ${i}`).toBe(true);
			}
		);

		it('a new card whose sibling was answered today waits for another day, and the next new card takes its place', async () => {
			const { session, clock } = await setup({ newPerDay: 5 });
			await session.start(DECK);
			const introduced: { key: string; profile: ReturnType<typeof profileOfShown> }[] = [];
			while (session.status === 'question') {
				if (session.current!.card.state === 'new')
					introduced.push({ key: session.current!.card.key, profile: profileOfShown(session) });
				await answerShown(session, true);
				clock.at += 11 * MINUTE_MS;
			}
			expect(introduced).toHaveLength(5);
			for (const a of introduced)
				for (const b of introduced) if (a !== b) expect(areSiblings(a.profile, b.profile)).toBe(false);
			// Reopened the same day: still none of their siblings.
			const reopened = new StudySession(db, clock, 7);
			await reopened.start(DECK, 'study');
			expect(reopened.status).not.toBe('question');
			// The next day the buried cards are offered, the first of them the one that stood in bank order.
			clock.at += DAY_MS;
			await reopened.start(DECK);
			const next = profileOfShown(reopened);
			expect(reopened.current!.card.state).toBe('new');
			expect(introduced.some((card) => areSiblings(card.profile, next))).toBe(true);
		});

		it('a session reopened mid-way shows the card it was showing', async () => {
			const { session, clock } = await setup({ newPerDay: 20 }, bundled);
			await session.start(bundled.id);
			const right = answers(5);
			for (let i = 1; i <= 30; i++) {
				await answerShown(session, right());
				const reopened = new StudySession(db, clock, 7);
				await reopened.start(bundled.id);
				expect(reopened.current?.card.key, `after ${i} answers`).toBe(session.current?.card.key);
				clock.at += 20_000;
			}
		});

		it('a card that comes back has its choices in a new order, the answer elsewhere', async () => {
			const { session } = await setup();
			const who = fixtureBank.questions.find((q) => q.id === 'q-who-ortiz')!;
			await session.drill([questionKey(DECK, who.id)]);
			const places: number[] = [];
			for (let i = 0; i < 4; i++) {
				const choices = choicesOf(session.current!.question)!;
				expect([...choices].sort()).toEqual([...choicesOf(who)!].sort());
				places.push(choices.indexOf(who.answer));
				await answerShown(session, i === 3);
			}
			expect(session.status).toBe('done');
			for (let i = 1; i < places.length; i++) expect(places[i]).not.toBe(places[i - 1]);
			// The same seed gives the same order: a session can be replayed in a test.
			const again = new StudySession(db, clockAt(start), 7);
			await again.drill([questionKey(DECK, who.id)]);
			expect(choicesOf(again.current!.question)!.indexOf(who.answer)).toBe(places[0]);
		});
	});

	it('issue 13: a second tab answering a card it read before the first tab answered it schedules from the stored card', async () => {
		const { session: a, clock } = await setup({ newPerDay: 3 });
		const b = new StudySession(db, clock);
		await a.start(DECK);
		await b.start(DECK);
		const keys: string[] = [];
		for (let i = 0; i < 3; i++) {
			keys.push(a.current!.card.key);
			await answerShown(a, true);
		}
		// B never heard of A's answers: it shows the same three cards, and answers them on top of A's.
		clock.at += MINUTE_MS;
		for (const key of keys) {
			expect(b.current?.card.key).toBe(key);
			await answerShown(b, true);
		}
		const settings = parseSettings({ enableFuzz: false });
		for (const key of keys) {
			const stored = (await db.get('cards', key))!;
			const log = await reviewsForCard(db, key);
			expect(log).toHaveLength(2);
			expect(stored.reps).toBe(2);
			expect(cardState(stored)).toEqual(replay(log, settings, start - 1000));
		}
	});

	it('issue 13: undo in one tab takes back its own answer, not the other tab’s later one', async () => {
		const { session: a, clock } = await setup({ newPerDay: 1 });
		const b = new StudySession(db, clock);
		await a.start(DECK);
		await b.start(DECK);
		const key = a.current!.card.key;
		await answerShown(a, true);
		clock.at += MINUTE_MS;
		expect(b.current?.card.key).toBe(key);
		await answerShown(b, false);
		const [fromA, fromB] = await reviewsForCard(db, key);
		await a.undo();
		expect(a.notice).toMatch(/answered again in another tab/);
		const log = await reviewsForCard(db, key);
		expect(log.map((entry) => entry.id)).toEqual([fromB!.id]);
		expect(log[0]).toMatchObject({ rating: 'again', given: fromB!.given });
		const stored = (await db.get('cards', key))!;
		expect(stored.reps).toBe(1);
		expect(stored.state).toBe('learning');
		expect(cardState(stored)).toEqual(replay(log, parseSettings({ enableFuzz: false }), start - 1000));
		expect(fromA!.id).not.toBe(fromB!.id);
		// B's own undo still works, back to the new card.
		await b.undo();
		expect((await db.get('cards', key))?.state).toBe('new');
		expect(await reviewsForCard(db, key)).toEqual([]);
	});

	it('issue 13: told of answers in another tab, a session no longer offers those cards as new or due', async () => {
		const { session: a, clock } = await setup({ newPerDay: 6 });
		const b = new StudySession(db, clock);
		await a.start(DECK);
		await b.start(DECK);
		const answeredInA: string[] = [];
		// A card answered Easy leaves the day's study for days; the others are in minutes-long learning steps.
		while (a.current?.question.type !== 'flashcard') {
			answeredInA.push(a.current!.card.key);
			await answerShown(a, true);
		}
		const easy = a.current.card.key;
		answeredInA.push(easy);
		await a.rate('easy');
		await b.refresh(answeredInA);
		const seen: CardRecord[] = [];
		while (b.status === 'question' && seen.length < 30) {
			seen.push(b.current!.card);
			await answerShown(b, true);
		}
		expect(b.status).toBe('done');
		expect(seen.map((card) => card.key)).not.toContain(easy);
		// What A answered comes back in B only as the learning step A's answer made, as B's own answers do.
		for (const card of seen.filter((card) => answeredInA.includes(card.key))) {
			expect(card.state).toBe('learning');
		}
		for (const key of answeredInA) {
			const log = await reviewsForCard(db, key);
			expect(log[0]?.mode === 'study' && log[0].before.state).toBe('new');
			expect(log.slice(1).every((entry) => entry.mode === 'study' && entry.before.state !== 'new')).toBe(
				true
			);
		}
	});

	it('issue 13: the card on screen answered in another tab gives way to the next, with a notice', async () => {
		const { session: a, clock } = await setup({ newPerDay: 4 });
		const b = new StudySession(db, clock);
		await a.start(DECK);
		await b.start(DECK);
		const key = b.current!.card.key;
		expect(a.current?.card.key).toBe(key);
		await answerShown(a, true);
		await b.refresh([key]);
		expect(b.current?.card.key).not.toBe(key);
		expect(b.notice).toMatch(/answered in another tab/);
		expect(b.left).toEqual({ new: 3, learning: 1, review: 0 });
		// Its 10-minute step is still B's to show when it comes due.
		clock.at += 11 * MINUTE_MS;
		await answerShown(b, true);
		expect(b.current?.card.key).toBe(key);
	});
});

describe('missedKeys', () => {
	it('issue 11: lists each card answered wrong today once, in the order missed, even if right since', () => {
		const answers = [
			{ key: 'a', correct: true },
			{ key: 'b', correct: false },
			{ key: 'b', correct: true },
			{ key: 'c', correct: false },
			{ key: 'b', correct: false }
		];
		expect(missedKeys(answers)).toEqual(['b', 'c']);
		expect(missedKeys([{ key: 'a', correct: true }])).toEqual([]);
	});
});
