import type { Bank } from '$lib/generator/bank';
import { saveBank, type SaveOutcome } from './decks';
import type { BylineDatabase } from './schema';
import { readSetting, writeSetting } from './settings';

export type FetchJson = (url: string) => Promise<Bank>;

const fetchJson: FetchJson = async (url) => (await fetch(url)).json();

/**
 * Fetches and stores the banks at `urls`, then notes the build as loaded. The banks are part of the build, not
 * input: scripts/banks.test.ts parses each one, so they are not checked again here. Kept apart from `bundled.ts`
 * so that the worker that does this work (usually) loads only this, not the page's side of it.
 */
export async function storeBundledBanks(
	db: BylineDatabase,
	urls: readonly string[],
	buildVersion: string,
	now: number,
	fetch: FetchJson = fetchJson
): Promise<SaveOutcome[]> {
	const [banks, deleted] = await Promise.all([
		Promise.all(urls.map(fetch)),
		readSetting(db, 'deleted-bundled-decks')
	]);
	const outcomes: SaveOutcome[] = [];
	for (const bank of banks) {
		if (deleted?.includes(bank.id)) continue;
		outcomes.push(await saveBank(db, bank, 'bundled', now));
	}
	await writeSetting(db, { key: 'bundled-banks-version', value: buildVersion });
	return outcomes;
}
