import { loadBundledBanks, storeInWorker } from '$lib/db/bundled';
import { DbError, openDatabase, type OpenOptions } from '$lib/db/open';
import type { BylineDatabase } from '$lib/db/schema';
import { errorMessage } from '$lib/errors';

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

	constructor(private readonly buildVersion: string) {}

	/** The database with the bundled banks loaded; rejects with a DbError whose message is for the user. */
	database(): Promise<BylineDatabase> {
		if (!this.#ready) {
			this.#ready = this.#open().then(async (db) => {
				// In memory there is no database a worker could share: the fallback stores the decks here.
				const elsewhere = this.inMemory ? undefined : storeInWorker;
				await loadBundledBanks(db, this.buildVersion, Date.now(), { elsewhere });
				this.status = 'ready';
				return db;
			});
			this.#ready.catch((error: unknown) => this.#fail(error));
		}
		return this.#ready;
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
