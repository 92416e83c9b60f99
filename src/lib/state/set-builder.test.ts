import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import type { BylineDatabase } from '$lib/db/schema';
import { getSet, markShared } from '$lib/db/sets';
import { assignmentLink, shippedDeck } from '$lib/share/assignment';
import { qrBytes } from '$lib/share/qr';
import type { Clock } from './clock';
import { SetBuilder } from './set-builder.svelte';

const start = Date.UTC(2026, 0, 5, 9);
let db: BylineDatabase;
let counter = 0;

const clock: Clock = { now: () => start, tzOffsetMinutes: () => 0 };
const other = { ...fixtureBank, id: 'other', title: 'Another deck' };

async function setup() {
	counter++;
	db = await openDatabase({ name: `builder-${counter}` });
	await saveBank(db, fixtureBank, 'imported', start - 1000);
	await saveBank(db, other, 'imported', start - 1000);
	let ids = 0;
	return () => new SetBuilder(db, { clock, random: () => 0.25, newId: () => `set-${++ids}` });
}

afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

describe('SetBuilder', () => {
	it('starts a new set from one deck, titled after it, offering its gradable questions', async () => {
		const builder = (await setup())();
		await builder.load(undefined, fixtureBank.id);
		expect(builder.deckIds).toEqual([fixtureBank.id]);
		expect(builder.form.title).toBe(fixtureBank.title);
		expect(builder.matches.length).toBeGreaterThan(0);
		expect(builder.matches.every((c) => c.deckId === fixtureBank.id)).toBe(true);
		expect(builder.matches.some((c) => c.question.type === 'flashcard')).toBe(false);
		const all = (await setup())();
		await all.load();
		expect(all.deckIds.sort()).toEqual([fixtureBank.id, 'other'].sort());
		expect(all.form.title).toBe('');
	});

	it('filters by kind, type and words, and takes a type left out of the set with it', async () => {
		const builder = (await setup())();
		await builder.load(undefined, fixtureBank.id);
		builder.addMatches();
		const figures = builder.chosen.filter((c) => c.kind === 'figure').length;
		builder.setKind('figure', false);
		expect(builder.matches.some((c) => c.kind === 'figure')).toBe(false);
		expect(builder.chosen.filter((c) => c.kind === 'figure')).toHaveLength(figures);
		builder.setType('who-said', false);
		expect(builder.chosen.some((c) => c.question.type === 'who-said')).toBe(false);
		expect(builder.announcement).toMatch(/^Removed \d+ Who said it \(choice\) questions? from the set\.$/);
		builder.query = 'Ortiz';
		expect(builder.matches.length).toBeGreaterThan(0);
		expect(builder.unpicked).toEqual([]);
	});

	it('picks one by one, refuses a second question of the same id from another deck, and reorders', async () => {
		const builder = (await setup())();
		await builder.load();
		const [first, second] = builder.matches.filter((c) => c.deckId === fixtureBank.id);
		builder.toggle(first!);
		builder.toggle(second!);
		expect(builder.announcement).toBe('2 in the set.');
		const twin = builder.matches.find((c) => c.deckId === 'other' && c.question.id === first!.question.id)!;
		builder.toggle(twin);
		expect(builder.announcement).toMatch(/same id from another deck/);
		expect(builder.chosen).toHaveLength(2);
		builder.move(1, -1);
		expect(builder.chosen.map((c) => c.key)).toEqual([second!.key, first!.key]);
		builder.toggle(first!);
		builder.toggle(second!);
		expect(builder.announcement).toBe('The set is empty.');
	});

	it('issue 9: says beside a question, and aloud when it is added, which question of the set it is tied to', async () => {
		const builder = (await setup())();
		await builder.load(undefined, fixtureBank.id);
		const [first, twin] = builder.matches.filter(
			(c) => c.question.factId === builder.matches[0]!.question.factId
		);
		expect(twin).toBeDefined();
		builder.toggle(first!);
		expect(builder.kinNotes.get(twin!.key)).toBe(
			'Asks the same fact as question 1 in the set: one may give the other away.'
		);
		expect(builder.kinNotes.has(first!.key)).toBe(false);
		builder.toggle(twin!);
		expect(builder.announcement).toBe(
			'2 in the set. Asks the same fact as question 1 in the set: one may give the other away.'
		);
		expect(builder.kinNotes.get(first!.key)).toMatch(/^Asks the same fact as question 2 in the set/);
		// Taken out again, it is the one listed as tied to what stays in the set.
		builder.toggle(first!);
		expect(builder.kinNotes.get(first!.key)).toMatch(/^Asks the same fact as question 1 in the set/);
		expect(builder.kinNotes.has(twin!.key)).toBe(false);
	});

	it('draws at random from its seed, one per fact first', async () => {
		const make = await setup();
		const a = make();
		await a.load(undefined, fixtureBank.id);
		a.drawCount = 3;
		a.draw();
		const b = make();
		await b.load(undefined, fixtureBank.id);
		b.drawCount = 3;
		b.draw();
		expect(a.chosen.map((c) => c.key)).toEqual(b.chosen.map((c) => c.key));
		expect(new Set(a.chosen.map((c) => c.question.factId)).size).toBe(3);
		expect(a.announcement).toBe('Added 3 at random; 3 in the set.');
	});

	it('refuses to save with the first field to fix, and saves a valid set with where each question came from', async () => {
		const builder = (await setup())();
		await builder.load(undefined, fixtureBank.id);
		builder.form.title = ' ';
		builder.form.attempts = '0';
		expect(await builder.save()).toEqual({ fix: 'title' });
		expect(builder.problems).toMatchObject({ title: expect.any(String), attempts: expect.any(String) });
		builder.form.title = 'Bridge check';
		builder.form.attempts = '2';
		expect(await builder.save()).toEqual({ fix: 'set-count' });
		builder.toggle(builder.matches[0]!);
		const outcome = await builder.save();
		const saved = outcome && 'saved' in outcome ? outcome.saved.set : undefined;
		expect(saved).toMatchObject({ title: 'Bridge check', attemptsAllowed: 2, createdAt: start });
		const stored = await getSet(db, saved!.id);
		expect(stored?.sources).toEqual({ [builder.chosen[0]!.question.id]: builder.chosen[0]!.key });
		expect(builder.problems).toEqual({});
	});

	it('edits a shared set in place, or saves it as a new unshared set', async () => {
		const make = await setup();
		const builder = make();
		await builder.load(undefined, fixtureBank.id);
		builder.addMatches();
		await builder.save();
		await markShared(db, 'set-1', start);
		const editor = make();
		await editor.load('set-1');
		expect(editor.editing?.sharedAt).toBe(start);
		expect(editor.chosen.map((c) => c.key)).toEqual(builder.chosen.map((c) => c.key));
		editor.form.title = 'Changed';
		expect(await editor.save()).toMatchObject({ saved: { set: { id: 'set-1' }, sharedAt: start } });
		expect(await editor.save(true)).toMatchObject({ saved: { set: { id: 'set-2', title: 'Changed' } } });
		expect((await getSet(db, 'set-2'))?.sharedAt).toBeUndefined();
		const missing = make();
		await missing.load('set-nope');
		expect(missing.missing).toBe(true);
	});

	it('issue 13: a set whose question id is constructor or __proto__ can be edited and saved again', async () => {
		const make = await setup();
		const ids = ['constructor', '__proto__'];
		const hostile = {
			...fixtureBank,
			id: 'hostile',
			title: 'Hostile ids',
			questions: fixtureBank.questions.slice(0, 2).map((q, i) => ({ ...q, id: ids[i]! }))
		};
		await saveBank(db, hostile, 'imported', start);
		const builder = make();
		await builder.load(undefined, 'hostile');
		builder.addMatches();
		expect(builder.chosen.map((c) => c.question.id)).toEqual(ids);
		await builder.save();
		const editor = make();
		await editor.load('set-1');
		expect(editor.chosen.map((c) => [c.question.id, typeof c.key])).toEqual([
			['constructor', 'string'],
			['__proto__', 'string']
		]);
		editor.form.title = 'Edited';
		expect(await editor.save()).toMatchObject({ saved: { set: { title: 'Edited' } } });
		expect(editor.problem).toBe('');
	});
});

describe('issue 12: the builder measures the link as the teacher picks', () => {
	it('says whether the set fits one QR code, before saving, for the very link the share page will show', async () => {
		const make = await setup();
		const inFull = make();
		await inFull.load(undefined, fixtureBank.id);
		expect(inFull.qr).toBeUndefined();
		inFull.form.title = 'Measured';
		inFull.toggle(inFull.matches[0]!);
		expect(inFull.qr).toMatchObject({ fits: true, over: 0, mostInQr: 1 });
		const before = inFull.qr!.bytes;
		inFull.addMatches();
		expect(inFull.qr!.bytes).toBeGreaterThan(before);
		expect(inFull.qr!.over + inFull.qr!.mostInQr).toBe(inFull.chosen.length);
		const outcome = await inFull.save();
		const saved = outcome && 'saved' in outcome ? outcome.saved.set : undefined;
		expect(saved && qrBytes(assignmentLink('https://byline.example', saved))).toBe(inFull.qr!.bytes);

		// The same questions from a deck every copy of Byline has are named, not carried: far fewer bytes.
		const byReference = new SetBuilder(db, {
			clock,
			newId: () => 'set-ref',
			shipped: async () => [shippedDeck(fixtureBank)]
		});
		await byReference.load(undefined, fixtureBank.id);
		byReference.form.title = 'Measured';
		byReference.addMatches();
		expect(byReference.qr!.byReference?.count).toBe(byReference.chosen.length);
		expect(byReference.qr!.bytes).toBeLessThan(inFull.qr!.bytes);
	});
});
