import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bank, Question } from '$lib/generator/bank';
import { fixtureBank } from '$lib/fixtures/bank';
import { activeQuestions, bankRecords, introductionOrder, listDecks, questionKey, saveBank } from './decks';
import { DbError, openDatabase } from './open';
import type { BylineDatabase } from './schema';

const article = 'Headline\n\n“We will win,” said Ann Lee, the coach. The club spent $5 million.';

function question(id: string, prompt: string): Question {
	return {
		id,
		factId: 'f1',
		type: 'flashcard',
		prompt,
		answer: 'Ann Lee',
		explanation: 'Said by the coach.',
		evidence: { start: 10, end: 48 }
	};
}

function bank(questions: Question[], title = 'Cup final'): Bank {
	return {
		schema: 1,
		id: 'cup-final',
		title,
		article: { title: 'Headline', text: article },
		facts: [
			{
				id: 'f1',
				kind: 'quote',
				quote: 'We will win',
				speaker: { name: 'Ann Lee', role: 'the coach' },
				confidence: 'high',
				evidence: { start: 10, end: 48 }
			}
		],
		questions
	};
}

let db: BylineDatabase;
let counter = 0;

async function freshDatabase(): Promise<BylineDatabase> {
	counter += 1;
	return openDatabase({ name: `test-${counter}` });
}

afterEach(() => {
	db?.close();
	vi.restoreAllMocks();
});

describe('database schema', () => {
	it('creates every store from an empty database', async () => {
		db = await freshDatabase();
		expect([...db.objectStoreNames].sort()).toEqual([
			'attempts',
			'cards',
			'decks',
			'questions',
			'results',
			'reviews',
			'sets',
			'settings'
		]);
		expect([...db.transaction('cards').store.indexNames].sort()).toEqual([
			'by-deck',
			'by-deck-due',
			'by-deck-state-due',
			'by-due'
		]);
	});
});

describe('saveBank', () => {
	it('loads a bank once: loading it again writes nothing', async () => {
		db = await freshDatabase();
		const first = bank([question('q1', 'Who said “We will win”?'), question('q2', 'Who is the coach?')]);
		expect(await saveBank(db, first, 'bundled', 1000)).toBe('created');
		expect(await saveBank(db, structuredClone(first), 'bundled', 2000)).toBe('unchanged');
		const [deck] = await listDecks(db);
		expect(deck?.updatedAt).toBe(1000);
		expect(await db.count('questions')).toBe(2);
		expect(await db.count('cards')).toBe(2);
	});

	it('updates questions by stable id and keeps every card’s progress', async () => {
		db = await freshDatabase();
		await saveBank(
			db,
			bank([question('q1', 'Old wording'), question('q2', 'Dropped later')]),
			'bundled',
			1000
		);
		const key = questionKey('cup-final', 'q1');
		const studied = await db.get('cards', key);
		if (!studied) throw new Error('card missing');
		await db.put('cards', { ...studied, reps: 5, stability: 12.5, state: 'review', due: 99_000 });

		const outcome = await saveBank(
			db,
			bank([question('q1', 'New wording'), question('q3', 'Brand new')], 'Cup final (corrected)'),
			'bundled',
			5000
		);

		expect(outcome).toBe('updated');
		expect((await db.get('questions', key))?.prompt).toBe('New wording');
		expect(await db.get('cards', key)).toMatchObject({
			reps: 5,
			stability: 12.5,
			state: 'review',
			due: 99_000
		});
		expect((await db.get('cards', questionKey('cup-final', 'q3')))?.state).toBe('new');
		const dropped = await db.get('questions', questionKey('cup-final', 'q2'));
		expect(dropped?.retired).toBe(true);
		expect((await db.get('cards', questionKey('cup-final', 'q2')))?.hidden).toBe(true);
		expect((await activeQuestions(db, 'cup-final')).map((q) => q.id)).toEqual(['q1', 'q3']);
		expect((await listDecks(db))[0]?.title).toBe('Cup final (corrected)');
	});

	it('leaves nothing half-written when the disk fills up mid-write', async () => {
		db = await freshDatabase();
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			calls += 1;
			if (calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		const questions = Array.from({ length: 5 }, (_, i) => question(`q${i}`, `Question ${i}`));

		const error = await saveBank(db, bank(questions), 'bundled', 1000).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(DbError);
		expect((error as DbError).problem).toBe('quota');
		expect((error as DbError).message).toMatch(/out of storage space/);
		vi.restoreAllMocks();
		expect(await db.count('decks')).toBe(0);
		expect(await db.count('questions')).toBe(0);
		expect(await db.count('cards')).toBe(0);
	});
});

describe('introductionOrder', () => {
	it('gives every fact one question before any gets a second, turning which kind comes first', () => {
		const facts = ['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c'].map((factId) => ({ factId }));
		const order = introductionOrder(facts);
		const introduced = [...order.keys()].sort((x, y) => order[x]! - order[y]!);
		expect(introduced.slice(0, 3).map((i) => facts[i]!.factId)).toEqual(['a', 'b', 'c']);
		expect(introduced.slice(0, 3).map((i) => i % 3)).toEqual([0, 1, 2]);
		expect(new Set(order).size).toBe(facts.length);
	});

	it('keeps a fact with a single question in line with the others', () => {
		expect(introductionOrder([{ factId: 'a' }, { factId: 'a' }, { factId: 'b' }])).toEqual([0, 2, 1]);
	});

	it('spreads the kinds of a bank that lists its facts by kind (the shipped deck opened on eight who-saids in a row)', () => {
		const kinds = { quote: 8, figure: 6, date: 3 };
		const questions = Object.entries(kinds).flatMap(([kind, count]) =>
			Array.from({ length: count }, (_, i) => ({ factId: `${kind}-${i}` }))
		);
		const order = introductionOrder(questions, (factId) => factId.split('-')[0]);
		const introduced = [...order.keys()]
			.sort((x, y) => order[x]! - order[y]!)
			.map((i) => questions[i]!.factId);
		const kindsIntroduced = introduced.map((factId) => factId.split('-')[0]);
		expect(new Set(kindsIntroduced.slice(0, 4))).toEqual(new Set(['quote', 'figure', 'date']));
		const longestRun = Math.max(
			...kindsIntroduced.map((kind, i) => {
				let run = 1;
				while (kindsIntroduced[i + run] === kind) run++;
				return run;
			})
		);
		expect(longestRun).toBeLessThanOrEqual(2);
		for (const kind of Object.keys(kinds))
			expect(introduced.filter((factId) => factId.startsWith(kind))).toEqual(
				questions.map((q) => q.factId).filter((factId) => factId.startsWith(kind))
			);
	});
});

describe('issue 10: bankRecords', () => {
	it('are the records saveBank stores for a new deck, so a browser test can seed a deck exactly as the app does', async () => {
		const db = await openDatabase({ name: 'bank-records' });
		await saveBank(db, fixtureBank, 'imported', 5000);
		const records = await bankRecords(fixtureBank, 'imported', 5000);
		const byKey = <T extends { key: string }>(list: T[]) =>
			[...list].sort((a, b) => a.key.localeCompare(b.key));
		expect(await db.get('decks', fixtureBank.id)).toEqual(records.deck);
		expect(byKey(await db.getAll('questions'))).toEqual(byKey(records.questions));
		expect(byKey(await db.getAll('cards'))).toEqual(byKey(records.cards));
		db.close();
	});
});
