/// <reference lib="webworker" />
import { errorMessage } from '$lib/errors';
import type { BundledBodies, BundledReply, BundledRequest } from './bundled';
import { storeBundledBanks } from './bundled-store';
import { DbError, openDatabase } from './open';

// Stores the bundled banks away from the page's thread (see `storeInWorker`): one request, one reply, then the page
// terminates this worker.
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<BundledRequest & { bodies: BundledBodies }>) => {
	const { urls, buildVersion, now, bodies } = event.data;
	const reply = (message: BundledReply) => self.postMessage(message);
	const decoder = new TextDecoder();
	const read = async (url: string) => JSON.parse(decoder.decode(bodies[urls.indexOf(url)])) as unknown;
	openDatabase()
		.then(async (db) => {
			try {
				reply({ ok: true, outcomes: await storeBundledBanks(db, urls, buildVersion, now, read) });
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
