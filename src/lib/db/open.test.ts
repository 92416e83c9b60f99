import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DbError, openDatabase } from './open';
import { DB_VERSION, upgrade, type BylineDB } from './schema';

describe('openDatabase across versions', () => {
	it('closes an old connection when a newer version opens, and tells the page to reload', async () => {
		const onOutdated = vi.fn();
		const old = await openDatabase({ name: 'two-tabs', onOutdated });
		const newer = await openDatabase({ name: 'two-tabs', version: DB_VERSION + 1, timeoutMs: 1000 });
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(onOutdated).toHaveBeenCalledOnce();
		await expect(old.get('settings', 'show-streak')).rejects.toThrow();
		newer.close();
	});

	it('reports an upgrade blocked by a tab that holds on, then finishes once that tab closes', async () => {
		const stubborn = await openDB<BylineDB>('blocked', DB_VERSION, {
			upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx)
		});
		const onBlocked = vi.fn(() => setTimeout(() => stubborn.close(), 10));
		const db = await openDatabase({ name: 'blocked', version: DB_VERSION + 1, onBlocked, timeoutMs: 2000 });
		expect(onBlocked).toHaveBeenCalledOnce();
		expect(db.version).toBe(DB_VERSION + 1);
		db.close();
	});

	it('gives up with a message instead of hanging when the open never settles', async () => {
		const stubborn = await openDB('stuck', 1);
		const started = Date.now();
		const error = await openDatabase({ name: 'stuck', version: 2, timeoutMs: 200 }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DbError);
		expect((error as DbError).problem).toBe('timeout');
		expect(Date.now() - started).toBeLessThan(1000);
		stubborn.close();
	});

	it('opens a database that answered while a long task held the page past the timeout', async () => {
		(await openDatabase({ name: 'busy' })).close();
		const opening = openDatabase({ name: 'busy', timeoutMs: 200 });
		// A slow phone's busy start: the timer comes due mid-task, and its callback may run before the answer is heard.
		holdThread(500);
		const db = await opening;
		expect(db.objectStoreNames).toContain('settings');
		db.close();
	});

	it('still gives up on an open that never settles when a long task held the page past the timeout', async () => {
		const stubborn = await openDB('stuck-busy', 1);
		const started = Date.now();
		const opening = openDatabase({ name: 'stuck-busy', version: 2, timeoutMs: 200 }).catch((e: unknown) => e);
		holdThread(500);
		expect(((await opening) as DbError).problem).toBe('timeout');
		expect(Date.now() - started).toBeLessThan(2000);
		stubborn.close();
	});

	it('tells a tab running older code that a newer version owns the database', async () => {
		const newer = await openDatabase({ name: 'downgrade', version: 3 });
		newer.close();
		const error = await openDatabase({ name: 'downgrade', version: 1 }).catch((e: unknown) => e);
		expect((error as DbError).problem).toBe('outdated');
	});

	it('says storage is unavailable where the browser refuses IndexedDB', async () => {
		const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		const error = await openDatabase({ name: 'private' }).catch((e: unknown) => e);
		expect((error as DbError).problem).toBe('unavailable');
		expect((error as DbError).message).toMatch(/progress will not be saved/);
		open.mockRestore();
	});
});

/** A long task: nothing else runs on this thread until it ends. */
function holdThread(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until);
}
