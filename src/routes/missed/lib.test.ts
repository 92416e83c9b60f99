import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { questionKey, saveBank } from '$lib/db/decks';
import { openDatabase } from '$lib/db/open';
import { recordAnswer } from '$lib/db/reviews';
import type { BylineDatabase } from '$lib/db/schema';
import { practiceLog } from '$lib/srs/card';
import { givenAnswer, loadMissed, rightAnswer } from './lib';

let db: BylineDatabase;
afterEach(() => db?.close());
const at = Date.UTC(2026, 0, 5, 9);
const question = (id: string) => fixtureBank.questions.find((q) => q.id === id)!;

async function practise(id: string, given: string, correct: boolean, when: number) {
	const key = questionKey(fixtureBank.id, id);
	const card = (await db.get('cards', key))!;
	const log = practiceLog(key, correct ? 'good' : 'again', { at: when, tzOffsetMinutes: 0 });
	await recordAnswer(db, card, log, { deckId: fixtureBank.id, given, correct, ms: 1000 });
}

describe('loadMissed', () => {
	it('lists the latest wrong answers, newest first, and drops one answered right since', async () => {
		db = await openDatabase({ name: 'missed-1' });
		await saveBank(db, fixtureBank, 'imported', at);
		await practise('q-who-ortiz', 'Ken Walsh', false, at + 1);
		await practise('q-fig-cost', '$6 million', false, at + 2);
		await practise('q-cloze-nair', 'thrive', false, at + 3);
		await practise('q-cloze-nair', 'suffer', true, at + 4);
		const items = await loadMissed(db);
		expect(items.map((item) => [item.question.id, item.given])).toEqual([
			['q-fig-cost', '$6 million'],
			['q-who-ortiz', 'Ken Walsh']
		]);
		expect(items[0]?.deckTitle).toBe(fixtureBank.title);
		expect(items[0]?.fact?.id).toBe('f-cost');
	});
});

describe('answers as shown', () => {
	it('spells out matching pairs and a forgotten flashcard', () => {
		const match = question('q-match');
		expect(rightAnswer(match).split('\n')[0]).toBe('Ken Walsh: “Traffic will be terrible for a while …”');
		expect(givenAnswer({ question: match, given: 'Ana Ortiz · Ken Walsh · Priya Nair' }).split('\n')[0]).toBe(
			'Ana Ortiz: “Traffic will be terrible for a while …”'
		);
		expect(givenAnswer({ question: question('q-card-cost'), given: '' })).toBe('You did not remember it');
		expect(givenAnswer({ question: question('q-fig-cars'), given: '' })).toBe('(no answer)');
	});
});
