import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { loadBundledBanks } from './bundled';
import { deckContents, deleteDeck, renameDeck, restoreDeck, setDeckHidden } from './deck-manage';
import { listDecks, saveBank } from './decks';
import { openDatabase } from './open';
import type { BylineDatabase, ReviewEntry } from './schema';
import { readSetting } from './settings';

let db: BylineDatabase;
let counter = 0;
afterEach(() => db?.close());

async function withDeck(origin: 'bundled' | 'imported' = 'imported'): Promise<BylineDatabase> {
	db = await openDatabase({ name: `deck-manage-${++counter}` });
	await saveBank(db, fixtureBank, origin, 1000);
	// One card studied, with its answer logged.
	const card = (await db.getAllFromIndex('cards', 'by-deck', fixtureBank.id))[0]!;
	await db.put('cards', { ...card, reps: 1 });
	const review = { cardId: card.key, deckId: fixtureBank.id, at: 2000, given: 'x', correct: false, ms: 900 };
	await db.add('reviews', review as unknown as ReviewEntry);
	return db;
}

describe('deck management', () => {
	it('issue 11: says what deleting a deck takes, deletes it all, and Undo puts every record back', async () => {
		await withDeck();
		const before = await deckContents(db, fixtureBank.id);
		expect(before).toEqual({ questions: fixtureBank.questions.length, studied: 1, answers: 1 });
		const reviews = await db.getAll('reviews');

		const deleted = await deleteDeck(db, fixtureBank.id);
		expect(await listDecks(db)).toEqual([]);
		expect(await db.count('questions')).toBe(0);
		expect(await db.count('cards')).toBe(0);
		expect(await db.count('reviews')).toBe(0);

		await restoreDeck(db, deleted);
		expect(await deckContents(db, fixtureBank.id)).toEqual(before);
		expect(await db.getAll('reviews')).toEqual(reviews);
	});

	it('issue 11: a deleted shipped deck stays deleted when a new build loads its banks, unless undone', async () => {
		await withDeck('bundled');
		const fetch = async () => fixtureBank;
		const deleted = await deleteDeck(db, fixtureBank.id);
		expect(await readSetting(db, 'deleted-bundled-decks')).toEqual([fixtureBank.id]);
		await loadBundledBanks(db, 'build-2', 3000, { fetch });
		expect(await listDecks(db)).toEqual([]);
		await restoreDeck(db, deleted);
		expect(await readSetting(db, 'deleted-bundled-decks')).toEqual([]);
		expect((await listDecks(db)).map((deck) => deck.id)).toEqual([fixtureBank.id]);
	});

	it('issue 11: a renamed or hidden deck keeps its name and stays hidden when a newer bank is loaded', async () => {
		await withDeck();
		await renameDeck(db, fixtureBank.id, '  My deck ', 5000);
		await setDeckHidden(db, fixtureBank.id, true, 5000);
		await saveBank(
			db,
			{ ...fixtureBank, title: 'A newer title', questions: fixtureBank.questions.slice(1) },
			'imported',
			6000
		);
		const [deck] = await listDecks(db);
		expect(deck).toMatchObject({ title: 'My deck', renamed: true, hidden: true });
		expect(deck?.questionCount).toBe(fixtureBank.questions.length - 1);
		await setDeckHidden(db, fixtureBank.id, false, 7000);
		expect((await listDecks(db))[0]?.hidden).toBeUndefined();
		await expect(renameDeck(db, fixtureBank.id, '   ', 8000)).rejects.toThrow('A deck needs a name.');
	});
});
