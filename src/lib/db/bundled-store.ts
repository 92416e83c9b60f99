import { parseBank } from '$lib/generator/bank';
import { saveBank, type SaveOutcome } from './decks';
import type { BylineDatabase } from './schema';
import { writeSetting } from './settings';

export type FetchJson = (url: string) => Promise<unknown>;

const fetchJson: FetchJson = async (url) => (await fetch(url)).json();

/**
 * Fetches, checks and stores the banks at `urls`, then notes the build as loaded. Kept apart from `bundled.ts` so
 * that the bank schema and its checks load only where the work is done (a worker, usually).
 */
export async function storeBundledBanks(
	db: BylineDatabase,
	urls: readonly string[],
	buildVersion: string,
	now: number,
	fetch: FetchJson = fetchJson
): Promise<SaveOutcome[]> {
	const banks = await Promise.all(urls.map(async (url) => parseBank(await fetch(url))));
	const outcomes: SaveOutcome[] = [];
	for (const bank of banks) outcomes.push(await saveBank(db, bank, 'bundled', now));
	await writeSetting(db, { key: 'bundled-banks-version', value: buildVersion });
	return outcomes;
}
