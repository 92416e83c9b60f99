import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { questionKey, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { reportQuestion } from '$lib/db/reports';
import type { BylineDatabase } from '$lib/db/schema';
import { ReportedReview } from './reported';

let db: BylineDatabase;
let n = 0;
afterEach(() => db?.close());

async function setup() {
	db = await openDatabase({ name: `reported-${n++}` });
	await saveBank(db, fixtureBank, 'imported', 1000);
	const keys = fixtureBank.questions.slice(0, 3).map((q) => questionKey(fixtureBank.id, q.id));
	for (const [i, key] of keys.entries()) await reportQuestion(db, key, `note ${i}`, 2000 + i);
	return { review: new ReportedReview(db), keys };
}

describe('ReportedReview', () => {
	it('lists a deck’s reported questions newest first, and says when the deck is not here', async () => {
		const { review, keys } = await setup();
		const list = await review.load(fixtureBank.id);
		expect(list.deck?.title).toBe(fixtureBank.title);
		expect(list.questions.map((q) => q.key)).toEqual([...keys].reverse());
		expect(await review.load('gone')).toEqual({ deck: undefined, questions: [] });
	});

	it('corrects a question, shows one again as it was, removes one, and says what it did', async () => {
		const { review, keys } = await setup();
		const [first, second, third] = (await review.load(fixtureBank.id)).questions;
		expect(await review.fix(first!, { ...first!, prompt: 'Corrected?' })).toMatch(
			/corrected question is back/
		);
		expect(await review.showAgain(second!)).toMatch(/back in the deck, unchanged/);
		expect(await review.remove(third!)).toMatch(/removed from the deck/);
		expect((await review.load(fixtureBank.id)).questions).toEqual([]);
		expect((await db.get('questions', keys[2]!))?.prompt).toBe('Corrected?');
		expect((await db.get('cards', keys[2]!))?.hidden).toBe(false);
		expect((await db.get('cards', keys[0]!))?.hidden).toBe(true);
	});
});
