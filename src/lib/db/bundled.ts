import type { Bank } from '$lib/generator/bank';
import { saveBank, type SaveOutcome } from './decks';
import type { BylineDatabase } from './schema';
import { readSetting, writeSetting } from './settings';

/** URLs (not modules) so the banks are fetched as JSON when needed and never weigh on the first page's JS. */
const bankUrls = import.meta.glob('/questions/banks/*.json', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

const LOADED_KEY = 'bundled-banks-version';

/**
 * Puts the banks shipped with this build into IndexedDB, once per build: a new deploy with a newer bank updates its
 * questions (progress kept, by stable id), and every later start reads one setting and stops. The banks are part
 * of the build, not input: scripts/banks.test.ts parses each one, so the first visit is spared the bank schema.
 */
export async function loadBundledBanks(
	db: BylineDatabase,
	buildVersion: string,
	now: number,
	fetchJson: (url: string) => Promise<Bank> = async (url) => (await fetch(url)).json()
): Promise<SaveOutcome[]> {
	if ((await readSetting(db, LOADED_KEY)) === buildVersion) return [];
	const banks = await Promise.all(Object.values(bankUrls).map(fetchJson));
	const outcomes: SaveOutcome[] = [];
	for (const bank of banks) outcomes.push(await saveBank(db, bank, 'bundled', now));
	await writeSetting(db, { key: LOADED_KEY, value: buildVersion });
	return outcomes;
}
