import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import type { Bank } from '$lib/generator/bank';
import { practiceLog } from '$lib/srs/card';
import { addAssignmentDeck } from './assignment-decks';
import { activeQuestions, questionKey, saveBank } from './decks';
import { openDatabase } from './open';
import { missedCards, recordAnswer } from './reviews';
import type { BylineDatabase } from './schema';

let db: BylineDatabase;
let counter = 0;
afterEach(() => db?.close());

/** Two assignments' decks: what matters here is only that their ids and questions differ. */
const first: Bank = { ...fixtureBank, id: 'assignment-firstHash', title: 'Week 1 quiz' };
const second: Bank = {
	...fixtureBank,
	id: 'assignment-secondHash',
	title: 'Week 1 quiz',
	questions: fixtureBank.questions.slice(0, 1)
};

async function miss(bank: Bank, questionIndex: number, at: number) {
	const key = questionKey(bank.id, bank.questions[questionIndex]!.id);
	const log = practiceLog(key, 'again', { at, tzOffsetMinutes: 0 });
	await recordAnswer(db, { key }, log, { deckId: bank.id, given: 'wrong', correct: false, ms: 1 });
}

describe('addAssignmentDeck', () => {
	it('issue 13: a second set under another content hash makes its own deck; the first keeps title, questions and Missed list', async () => {
		db = await openDatabase({ name: `assignment-decks-${counter++}` });
		expect(await addAssignmentDeck(db, first, 1000)).toBe('created');
		for (const index of [0, 1, 2]) await miss(first, index, 2000 + index);
		const before = await db.get('decks', first.id);

		expect(await addAssignmentDeck(db, second, 3000)).toBe('created');
		expect(await db.get('decks', first.id)).toEqual(before);
		expect(await activeQuestions(db, first.id)).toHaveLength(fixtureBank.questions.length);
		const cards = await db.getAllFromIndex('cards', 'by-deck', first.id);
		expect(cards.every((card) => !card.hidden)).toBe(true);
		expect((await missedCards(db)).filter((card) => card.deckId === first.id)).toHaveLength(3);
		expect((await db.get('decks', second.id))?.title).toBe('Week 1 quiz (2)');
	});

	it('writes a deck once: the same set again changes nothing, whatever it carries', async () => {
		db = await openDatabase({ name: `assignment-decks-${counter++}` });
		await addAssignmentDeck(db, first, 1000);
		await miss(first, 0, 2000);
		const snapshot = async () => ({
			decks: await db.getAll('decks'),
			questions: await db.getAll('questions'),
			cards: await db.getAll('cards')
		});
		const before = await snapshot();
		expect(await addAssignmentDeck(db, first, 5000)).toBe('unchanged');
		// A bank claiming an existing deck's id with other questions and title rewrites nothing either.
		const impostor = { ...second, id: first.id, title: 'Taken over' };
		expect(await addAssignmentDeck(db, impostor, 6000)).toBe('unchanged');
		expect(await snapshot()).toEqual(before);
	});

	it('numbers a title only when another deck has it', async () => {
		db = await openDatabase({ name: `assignment-decks-${counter++}` });
		await saveBank(db, { ...fixtureBank, id: 'imported-week-1', title: 'Week 1 quiz' }, 'imported', 0);
		await saveBank(db, { ...fixtureBank, id: 'imported-week-1b', title: 'Week 1 quiz (2)' }, 'imported', 0);
		await addAssignmentDeck(db, first, 1000);
		expect((await db.get('decks', first.id))?.title).toBe('Week 1 quiz (3)');
		await addAssignmentDeck(db, { ...second, title: 'Week 2 quiz' }, 1000);
		expect((await db.get('decks', second.id))?.title).toBe('Week 2 quiz');
	});
});
