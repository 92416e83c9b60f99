import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bank } from '$lib/generator/bank';
import { loadBundledBanks } from './bundled';
import { DbError, openDatabase } from './open';
import type { BylineDatabase } from './schema';
import { writeSetting } from './settings';

const bank = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as Bank;
let db: BylineDatabase;
let counter = 0;
afterEach(() => db?.close());

async function fresh() {
	db = await openDatabase({ name: `bundled-${++counter}` });
	return db;
}

describe('loadBundledBanks', () => {
	it('stores the bundled deck once per build: a later start fetches nothing', async () => {
		await fresh();
		const fetch = vi.fn(async () => bank);
		expect(await loadBundledBanks(db, 'build-1', 1000, { fetch })).toEqual(['created']);
		expect(await db.count('questions')).toBe(bank.questions.length);
		expect(await loadBundledBanks(db, 'build-1', 2000, { fetch })).toEqual([]);
		expect(fetch).toHaveBeenCalledTimes(1);
		// A new build checks its banks again; the same bank writes nothing.
		expect(await loadBundledBanks(db, 'build-2', 3000, { fetch })).toEqual(['unchanged']);
	});

	it('issue 11: hands the work to a worker with the URLs the page knows, and does none of it itself', async () => {
		await fresh();
		const fetch = vi.fn(async () => bank);
		const elsewhere = vi.fn(async () => ['created' as const]);
		expect(await loadBundledBanks(db, 'build-1', 1000, { fetch, elsewhere })).toEqual(['created']);
		expect(elsewhere).toHaveBeenCalledWith(
			{
				urls: [expect.stringMatching(/xi-putin-moscow-2023.*\.json$/)],
				buildVersion: 'build-1',
				now: 1000
			},
			undefined
		);
		expect(fetch).not.toHaveBeenCalled();
	});

	it('issue 11: tells of the banks as soon as they are read, before they are stored, leaving out a deleted one', async () => {
		await fresh();
		const read: { ids: string[]; cardsStored: Promise<number> }[] = [];
		const onRead = (banks: { id: string }[]) =>
			read.push({ ids: banks.map((b) => b.id), cardsStored: db.count('cards') });
		await loadBundledBanks(db, 'build-1', 1000, { fetch: async () => bank, onRead });
		expect(read.map((r) => r.ids)).toEqual([[bank.id]]);
		expect(await read[0]!.cardsStored).toBe(0);

		await fresh();
		await writeSetting(db, { key: 'deleted-bundled-decks', value: [bank.id] });
		read.length = 0;
		await loadBundledBanks(db, 'build-1', 1000, { fetch: async () => bank, onRead });
		expect(read.map((r) => r.ids)).toEqual([[]]);
	});

	it('stores the deck itself when the worker cannot start, but reports a full disk rather than trying again', async () => {
		await fresh();
		const fetch = vi.fn(async () => bank);
		const broken = vi.fn(async () => {
			throw new Error('the worker that stores the bundled decks did not start');
		});
		expect(await loadBundledBanks(db, 'build-1', 1000, { fetch, elsewhere: broken })).toEqual(['created']);
		expect(await db.count('cards')).toBe(bank.questions.length);

		await fresh();
		const full = vi.fn(async () => {
			throw new DbError('quota');
		});
		await expect(loadBundledBanks(db, 'build-1', 1000, { fetch, elsewhere: full })).rejects.toThrow(
			/out of storage space/
		);
		expect(await db.count('cards')).toBe(0);
	});
});
