import { loadBundledBanks, storeInWorker, type OnBanksRead } from '$lib/db/bundled';
import { DbError, openDatabase, type OpenOptions } from '$lib/db/open';
import type { BylineDatabase } from '$lib/db/schema';
import { readSetting } from '$lib/db/settings';
import { errorMessage } from '$lib/errors';
import type { Bank } from '$lib/generator/bank';

/** A first visit: the bundled banks, read, while they are being stored; `stored` settles as `database()` does. */
export interface FirstVisit {
	db: BylineDatabase;
	banks: Bank[];
	stored: Promise<BylineDatabase>;
}

export type StorageStatus = 'opening' | 'ready' | 'blocked' | 'outdated' | 'failed';

/**
 * The app's one connection to IndexedDB and what the user must be told about it. Pages ask `database()` and get
 * the same connection; after the browser drops it (iOS does, after backgrounding) the next call opens a new one.
 */
export class AppStorage {
	status = $state<StorageStatus>('opening');
	message = $state('');
	/** The browser refused IndexedDB, so the app runs on an in-memory copy that is gone when the tab closes. */
	inMemory = $state(false);
	#connection: Promise<BylineDatabase> | undefined;
	#ready: Promise<BylineDatabase> | undefined;
	#onRead: OnBanksRead | undefined;

	constructor(private readonly buildVersion: string) {}

	/** The database with the bundled banks loaded; rejects with a DbError whose message is for the user. */
	database(): Promise<BylineDatabase> {
		if (!this.#ready) {
			this.#ready = this.#open().then(async (db) => {
				// In memory there is no database a worker could share: the fallback stores the decks here.
				const elsewhere = this.inMemory ? undefined : storeInWorker;
				await loadBundledBanks(db, this.buildVersion, Date.now(), { elsewhere, onRead: this.#onRead });
				this.status = 'ready';
				return db;
			});
			this.#ready.catch((error: unknown) => this.#fail(error));
		}
		return this.#ready;
	}

	/**
	 * On a first visit (no deck on this device, the bundled banks not stored yet) the banks as soon as they are read,
	 * with the store still running: a first card can be drawn from them a few hundred milliseconds sooner on a
	 * phone. Otherwise undefined, and `database()` is the way in.
	 */
	async firstVisit(): Promise<FirstVisit | undefined> {
		if (this.#ready) return undefined;
		// A storage that cannot be opened or read is `database()`'s to report.
		const db = await this.#open().catch(() => undefined);
		if (!db) return undefined;
		const stored = await readSetting(db, 'bundled-banks-version').catch(() => undefined);
		const fresh = (await db.count('decks').catch(() => 1)) === 0;
		if (this.#ready || stored === this.buildVersion || !fresh) return undefined;
		const read = new Promise<Bank[]>((resolve) => (this.#onRead = resolve));
		const ready = this.database();
		const banks = await Promise.race([
			read,
			ready.then(
				() => undefined,
				() => undefined
			)
		]);
		this.#onRead = undefined;
		return banks ? { db, banks, stored: ready } : undefined;
	}

	#open(): Promise<BylineDatabase> {
		this.#connection ??= openDatabase(this.#callbacks()).catch(async (error: unknown) => {
			if (!(error instanceof DbError) || error.problem !== 'unavailable') throw error;
			// Some private modes refuse IndexedDB: studying should still work, on a copy held in memory.
			await import('fake-indexeddb/auto');
			const db = await openDatabase(this.#callbacks());
			this.inMemory = true;
			return db;
		});
		return this.#connection;
	}

	#callbacks(): OpenOptions {
		return {
			onBlocked: () => {
				this.status = 'blocked';
				this.message = new DbError('blocked').message;
			},
			onOutdated: () => {
				this.status = 'outdated';
				this.message = new DbError('outdated').message;
			},
			onTerminated: () => {
				this.#connection = undefined;
				this.#ready = undefined;
			}
		};
	}

	#fail(error: unknown): void {
		this.#connection = undefined;
		this.#ready = undefined;
		this.status = 'failed';
		this.message =
			error instanceof DbError ? error.message : `Byline could not open its storage: ${errorMessage(error)}`;
	}
}
