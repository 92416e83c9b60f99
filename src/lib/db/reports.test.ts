import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/bank';
import { activeQuestions, questionKey, saveBank } from './decks';
import { openDatabase } from './open';
import { clearReport, reportQuestion, retireQuestion } from './reports';
import type { BylineDatabase } from './schema';
import { nearCards } from './study';

let db: BylineDatabase;
let counter = 0;
const now = Date.UTC(2026, 0, 5, 9);

const bank: Bank = {
	schema: 1,
	id: 'deck',
	title: 'A deck',
	article: { title: 'A deck', text: 'Jane Doe said “the bridge will close” on Monday.' },
	facts: [
		{
			id: 'f1',
			kind: 'quote',
			quote: 'the bridge will close',
			speaker: { name: 'Jane Doe', role: '' },
			confidence: 'high',
			evidence: { start: 0, end: 48 }
		}
	],
	questions: [
		{
			id: 'q1',
			factId: 'f1',
			type: 'who-said',
			prompt: 'Who said “the bridge will close”?',
			choices: ['Jane Doe', 'John Roe'],
			answer: 'Jane Doe',
			explanation: 'Jane Doe said it.',
			evidence: { start: 0, end: 48 }
		},
		{
			id: 'q2',
			factId: 'f1',
			type: 'flashcard',
			prompt: 'What did Jane Doe say?',
			answer: 'The bridge will close',
			explanation: '',
			evidence: { start: 0, end: 48 }
		}
	]
};
const key = questionKey('deck', 'q1');

async function fresh(): Promise<BylineDatabase> {
	counter += 1;
	db = await openDatabase({ name: `reports-${counter}` });
	await saveBank(db, bank, 'imported', now);
	return db;
}

afterEach(() => db?.close());

describe('reportQuestion', () => {
	it('marks the question reported and hides its card, so study no longer offers it', async () => {
		await fresh();
		await reportQuestion(db, key, '  The speaker is wrong  ', now + 1000);
		expect((await db.get('questions', key))?.reported).toEqual({
			at: now + 1000,
			note: 'The speaker is wrong'
		});
		expect((await db.get('cards', key))?.hidden).toBe(true);
		expect((await activeQuestions(db, 'deck')).map((q) => q.id)).toEqual(['q2']);
		expect((await nearCards(db, 'deck', now)).map((c) => c.key)).toEqual([questionKey('deck', 'q2')]);
	});

	it('writes nothing when the question does not exist', async () => {
		await fresh();
		await expect(reportQuestion(db, 'deck/nope', '', now)).rejects.toThrow();
		expect((await db.getAll('questions')).some((q) => q.reported)).toBe(false);
	});

	it('survives a new version of the bank: the question stays reported and hidden', async () => {
		await fresh();
		await reportQuestion(db, key, '', now);
		await saveBank(db, { ...bank, title: 'A deck, corrected' }, 'imported', now + 5);
		expect((await db.get('questions', key))?.reported).toBeDefined();
		expect((await db.get('cards', key))?.hidden).toBe(true);
	});
});

describe('clearReport', () => {
	it('saves the corrected question, shows the card again and keeps its progress', async () => {
		await fresh();
		const card = await db.get('cards', key);
		await db.put('cards', { ...card!, reps: 4, state: 'review', due: now + 86_400_000 });
		await reportQuestion(db, key, 'wrong speaker', now);
		const corrected = {
			...bank.questions[0]!,
			choices: ['Jane Doe', 'Ann Lee'],
			reported: { at: 1, note: 'x' }
		};
		const fixed = await clearReport(db, key, corrected);
		expect(fixed.reported).toBeUndefined();
		if (!('choices' in fixed)) throw new Error('the fix lost the choices');
		expect(fixed.choices).toEqual(['Jane Doe', 'Ann Lee']);
		expect(fixed).toMatchObject({ key, deckId: 'deck', order: 0, retired: false });
		expect(await db.get('cards', key)).toMatchObject({
			hidden: false,
			reps: 4,
			state: 'review',
			due: now + 86_400_000
		});
	});

	it('keeps the question as it was when no correction is given', async () => {
		await fresh();
		await reportQuestion(db, key, '', now);
		await clearReport(db, key);
		expect(await db.get('questions', key)).toMatchObject({
			prompt: bank.questions[0]!.prompt,
			retired: false
		});
		expect((await db.get('questions', key))?.reported).toBeUndefined();
	});
});

describe('retireQuestion', () => {
	it('takes a reported question out of the deck for good, keeping its history', async () => {
		await fresh();
		await reportQuestion(db, key, '', now);
		await retireQuestion(db, key);
		expect(await db.get('questions', key)).toMatchObject({ retired: true });
		expect((await db.get('questions', key))?.reported).toBeUndefined();
		expect((await db.get('cards', key))?.hidden).toBe(true);
	});
});
