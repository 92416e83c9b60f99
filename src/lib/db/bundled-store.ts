import { parseBank } from '$lib/generator/bank';
import { saveBank, type SaveOutcome } from './decks';
import type { BylineDatabase } from './schema';
import { writeSetting } from './settings';

/** URLs (not modules) so the banks are fetched as JSON when needed and never weigh on the first page's JS. */
const bankUrls = import.meta.glob('/questions/banks/*.json', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

const LOADED_KEY = 'bundled-banks-version';

export type FetchJson = (url: string) => Promise<unknown>;

const fetchJson: FetchJson = async (url) => (await fetch(url)).json();

/**
 * Fetches, checks and stores the banks shipped with this build, then notes the build as loaded. Kept apart from
 * `bundled.ts` so that the bank schema and its checks load only where the work is done (a worker, usually).
 */
export async function storeBundledBanks(
	db: BylineDatabase,
	buildVersion: string,
	now: number,
	fetch: FetchJson = fetchJson
): Promise<SaveOutcome[]> {
	const banks = await Promise.all(Object.values(bankUrls).map(async (url) => parseBank(await fetch(url))));
	const outcomes: SaveOutcome[] = [];
	for (const bank of banks) outcomes.push(await saveBank(db, bank, 'bundled', now));
	await writeSetting(db, { key: LOADED_KEY, value: buildVersion });
	return outcomes;
}
