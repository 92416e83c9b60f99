/// <reference lib="webworker" />
import { errorMessage } from '$lib/errors';
import type { BundledReply, BundledRequest } from './bundled';
import { storeBundledBanks } from './bundled-store';
import { DbError, openDatabase } from './open';

// Stores the bundled banks away from the page's thread (see `storeInWorker`): one request, two replies (the banks as
// read, then the outcome), then the page terminates this worker.
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<BundledRequest>) => {
	const { urls, buildVersion, now } = event.data;
	const reply = (message: BundledReply) => self.postMessage(message);
	openDatabase()
		.then(async (db) => {
			try {
				// The banks go to the page as soon as they are read: a first visit draws its first card from them while
				// they are stored.
				const outcomes = await storeBundledBanks(db, urls, buildVersion, now, undefined, (banks) =>
					reply({ read: banks })
				);
				reply({ ok: true, outcomes });
			} finally {
				db.close();
			}
		})
		.catch((error: unknown) =>
			reply(
				error instanceof DbError
					? { ok: false, problem: error.problem, message: error.message }
					: { ok: false, message: errorMessage(error) }
			)
		);
});
