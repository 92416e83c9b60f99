import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bank } from '$lib/generator/bank';
import { loadBundledBanks } from './bundled';
import { DbError, openDatabase } from './open';
import type { BylineDatabase } from './schema';

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
		expect(elsewhere).toHaveBeenCalledWith({
			urls: [expect.stringMatching(/xi-putin-moscow-2023.*\.json$/)],
			buildVersion: 'build-1',
			now: 1000
		});
		expect(fetch).not.toHaveBeenCalled();
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
