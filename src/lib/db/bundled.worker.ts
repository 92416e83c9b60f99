/// <reference lib="webworker" />
import { errorMessage } from '$lib/errors';
import type { BundledReply, BundledRequest } from './bundled';
import { storeBundledBanks } from './bundled-store';
import { DbError, openDatabase } from './open';

// Stores the bundled banks away from the page's thread (see `storeInWorker`): one request, one reply, then the page
// terminates this worker.
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<BundledRequest>) => {
	const { urls, buildVersion, now } = event.data;
	const reply = (message: BundledReply) => self.postMessage(message);
	openDatabase()
		.then(async (db) => {
			try {
				reply({ ok: true, outcomes: await storeBundledBanks(db, urls, buildVersion, now) });
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
