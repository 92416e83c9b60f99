import type { Bank } from '$lib/generator/bank';
import { storeBundledBanks, type FetchJson } from './bundled-store';
import type { SaveOutcome } from './decks';
import { DbError, type DbProblem } from './open';
import type { BylineDatabase } from './schema';
import { readSetting } from './settings';

/**
 * URLs (not modules) so the banks are fetched as JSON when needed and never weigh on the first page's JS. Read here
 * and handed to the worker, so that both fetch the copy the service worker precaches.
 */
const bankUrls = Object.values(
	import.meta.glob('/questions/banks/*.json', { query: '?url', import: 'default', eager: true }) as Record<
		string,
		string
	>
);

/** What the page asks the worker that stores the banks, and what it answers: the outcomes, or why it failed. */
export interface BundledRequest {
	urls: readonly string[];
	buildVersion: string;
	now: number;
}
export type BundledReply =
	{ ok: true; outcomes: SaveOutcome[] } | { ok: false; problem?: DbProblem; message: string };

/** Stores the banks somewhere other than this thread; rejects if that cannot start or fails. */
export type StoreElsewhere = (request: BundledRequest) => Promise<SaveOutcome[]>;

/**
 * A module worker stores the banks. On a first visit this is the heaviest work the app does (reading ~100 KB of
 * JSON, checking it, hashing it, writing a few hundred records), and on a phone's main thread it blocked input for
 * over 100 ms at a time; the worker does it on its own connection to the same database.
 */
export const storeInWorker: StoreElsewhere = (request) =>
	new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./bundled.worker.ts', import.meta.url), { type: 'module' });
		const done = () => worker.terminate();
		worker.addEventListener('message', (event: MessageEvent<BundledReply>) => {
			done();
			const reply = event.data;
			if (reply.ok) resolve(reply.outcomes);
			else reject(reply.problem ? new DbError(reply.problem) : new Error(reply.message));
		});
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			done();
			reject(new Error('the worker that stores the bundled decks did not start'));
		});
		worker.postMessage(request);
	});

const fetchBank = async (url: string): Promise<Bank> => (await fetch(url)).json();

/** The banks this build ships (the service worker precaches them, so this works offline). */
export function fetchBundledBanks(fetchJson: (url: string) => Promise<Bank> = fetchBank): Promise<Bank[]> {
	return Promise.all(bankUrls.map(fetchJson));
}

/**
 * Puts the banks shipped with this build into IndexedDB, once per build: a new deploy with a newer bank updates its
 * questions (progress kept, by stable id), and every later start reads one setting and stops. With `elsewhere`
 * (the app passes `storeInWorker`) the work is done off this thread, and here only if that does not work out for
 * a reason other than the database's (a full disk is reported, not retried): the deck matters more than a smooth
 * first second.
 */
export async function loadBundledBanks(
	db: BylineDatabase,
	buildVersion: string,
	now: number,
	options: { fetch?: FetchJson; elsewhere?: StoreElsewhere } = {}
): Promise<SaveOutcome[]> {
	if ((await readSetting(db, 'bundled-banks-version')) === buildVersion) return [];
	if (options.elsewhere) {
		try {
			return await options.elsewhere({ urls: bankUrls, buildVersion, now });
		} catch (error) {
			if (error instanceof DbError) throw error;
		}
	}
	// A static import, though this runs only without a worker: as a dynamic one it made SvelteKit leave the modules
	// it shares with every page (decks, card) out of the page's preload list, so a first visit fetched them a round
	// trip after the others, on the way to the first paint of the page.
	return storeBundledBanks(db, bankUrls, buildVersion, now, options.fetch);
}
