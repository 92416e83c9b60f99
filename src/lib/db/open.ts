import { openDB, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type BylineDB, type BylineDatabase } from './schema';

export type DbProblem = 'blocked' | 'timeout' | 'unavailable' | 'quota' | 'outdated';

const MESSAGES: Record<DbProblem, string> = {
	blocked: 'Byline is open in another tab with an older version. Close the app’s other tabs to continue.',
	timeout:
		'Byline’s storage did not answer. Close other tabs of the app and reload; if it persists, restart the browser.',
	unavailable:
		'This browser does not let Byline store data (private browsing may do this). You can study, but progress will not be saved.',
	quota:
		'Your device is out of storage space, so this was not saved (nothing was half-saved). Free some space and try again.',
	outdated: 'A newer version of Byline was opened in another tab. Reload this tab to keep going.'
};

export class DbError extends Error {
	constructor(
		readonly problem: DbProblem,
		options?: { cause?: unknown }
	) {
		super(MESSAGES[problem], options);
		this.name = 'DbError';
	}
}

export interface OpenOptions {
	name?: string;
	version?: number;
	/** An open that neither succeeds nor fails nor begins an upgrade must not leave the user on a blank screen. */
	timeoutMs?: number;
	/** Another tab holds an older version and has not closed it: the upgrade waits on the user. */
	onBlocked?: () => void;
	/** A newer version wants the database: this connection has been closed and the page must reload. */
	onOutdated?: () => void;
	/** The browser closed the connection (iOS does this after backgrounding): open again on next use. */
	onTerminated?: () => void;
}

/** A timer later than this came due during a long task (the usual threshold for one, as in Lighthouse). */
const LONG_TASK_MS = 50;

/**
 * Calls `expire` after `ms`, but only from a timer that fires on time. A timer that fires late came due while a
 * long task held the thread (a slow phone's first load; a page opened from a megabytes-long link), and an answer
 * the database gave meanwhile may be queued behind its callback: Chromium ran either first, and the user was told
 * to restart the browser. So a late timer starts the wait again, in which a queued answer is heard first; a
 * database that never answers is still reported, `ms` after the thread is free. Returns a stop.
 */
function onTimeTimeout(ms: number, expire: () => void): () => void {
	let timer: ReturnType<typeof setTimeout>;
	const wait = () => {
		const due = performance.now() + ms;
		timer = setTimeout(() => (performance.now() - due > LONG_TASK_MS ? wait() : expire()), ms);
	};
	wait();
	return () => clearTimeout(timer);
}

export async function openDatabase(options: OpenOptions = {}): Promise<BylineDatabase> {
	const { name = DB_NAME, version = DB_VERSION, timeoutMs = 5000 } = options;
	if (typeof indexedDB === 'undefined') throw new DbError('unavailable');
	let stopTimeout!: () => void;
	const timeout = new Promise<never>((_, reject) => {
		stopTimeout = onTimeTimeout(timeoutMs, () => reject(new DbError('timeout')));
	});
	// `new Promise` so that a browser which throws at once (some private modes) rejects like any other failure.
	const opening = new Promise<BylineDatabase>((resolve) =>
		resolve(
			openDB<BylineDB>(name, version, {
				upgrade: (db, oldVersion, _newVersion, tx) => {
					// An upgrade that has begun is working, not stuck: building an index over a big collection takes seconds
					// (5 s for 20,000 cards on a busy laptop), and it ends in success or failure on its own.
					stopTimeout();
					upgrade(db, oldVersion, tx);
				},
				blocked: () => options.onBlocked?.(),
				blocking: () => {
					opening.then((db) => db.close()).catch(() => undefined);
					options.onOutdated?.();
				},
				terminated: () => options.onTerminated?.()
			})
		)
	).catch((error: unknown) => {
		if (error instanceof DbError) throw error;
		// The database is newer than this code: another tab already runs a newer release.
		if (error instanceof DOMException && error.name === 'VersionError')
			throw new DbError('outdated', { cause: error });
		throw new DbError('unavailable', { cause: error });
	});
	try {
		return await Promise.race([opening, timeout]);
	} catch (error) {
		if (error instanceof DbError && error.problem === 'timeout') {
			opening.then((db) => db.close()).catch(() => undefined);
		}
		throw error;
	} finally {
		stopTimeout();
	}
}

export function isQuotaError(error: unknown): boolean {
	if (!(error instanceof DOMException) && !(error instanceof Error)) return false;
	return error.name === 'QuotaExceededError' || (error instanceof DbError && error.problem === 'quota');
}

/** A full disk becomes a DbError the UI can show. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isQuotaError(error)) throw new DbError('quota', { cause: error });
		throw error;
	}
}

type WriteTransaction<Stores extends StoreNames<BylineDB>[]> = IDBPTransaction<BylineDB, Stores, 'readwrite'>;

/**
 * One logical write, all or nothing: if any step fails (a full disk, a bug), the transaction is aborted, so the
 * requests already queued are not committed and nothing is left half-written.
 */
export function writeTransaction<Stores extends StoreNames<BylineDB>[], T>(
	db: BylineDatabase,
	stores: Stores,
	work: (tx: WriteTransaction<Stores>) => Promise<T>
): Promise<T> {
	return guardQuota(async () => {
		const tx = db.transaction(stores, 'readwrite');
		try {
			const result = await work(tx);
			await tx.done;
			return result;
		} catch (error) {
			try {
				tx.abort();
			} catch {
				// Already finished or aborted by the browser: nothing was committed either way.
			}
			await tx.done.catch(() => undefined);
			throw error;
		}
	});
}

/**
 * Queues many requests in one transaction and awaits them together. If queuing throws part way, the requests
 * already queued reject when the transaction aborts; they are silenced here, since the thrown error says it all.
 */
export async function queueWrites(
	queue: (write: (request: Promise<unknown>) => void) => void
): Promise<void> {
	const pending: Promise<unknown>[] = [];
	try {
		queue((request) => pending.push(request));
	} catch (error) {
		for (const request of pending) request.catch(() => undefined);
		throw error;
	}
	await Promise.all(pending);
}
