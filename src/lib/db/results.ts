import { resultKey, type AssignmentResult } from '$lib/share/result';
import { writeTransaction } from './open';
import type { BylineDatabase, ResultRecord } from './schema';

export type StoredResult = Omit<ResultRecord, 'setId'>;

function fromRecord({ key, result, importedAt }: ResultRecord): StoredResult {
	return { key, result, importedAt };
}

export type ImportOutcome = 'added' | 'duplicate';

/**
 * Keeps a result the caller has already matched to a set (see `findSetFor`). Keyed by content, so the same
 * result opened twice, as a link and then as a file, is one row.
 */
export async function addResult(
	db: BylineDatabase,
	result: AssignmentResult,
	now: number
): Promise<{ outcome: ImportOutcome; key: string }> {
	const key = resultKey(result);
	const outcome = await writeTransaction(db, ['results'], async (tx) => {
		const store = tx.objectStore('results');
		if (await store.getKey(key)) return 'duplicate' as const;
		await store.put({ key, setId: result.setId, importedAt: now, result });
		return 'added' as const;
	});
	return { outcome, key };
}

/**
 * Keeps many matched results in one transaction (a class's worth from one paste), each once: a result already
 * stored, or met earlier in the same list, is a duplicate. Outcomes come in the order of `results`.
 */
export async function addResults(
	db: BylineDatabase,
	results: readonly AssignmentResult[],
	now: number
): Promise<{ outcome: ImportOutcome; key: string }[]> {
	const keyed = results.map((result) => ({ result, key: resultKey(result) }));
	return writeTransaction(db, ['results'], async (tx) => {
		const store = tx.objectStore('results');
		const stored = await Promise.all(keyed.map(({ key }) => store.getKey(key)));
		const seen = new Set<string>();
		const writes: Promise<string>[] = [];
		const outcomes = keyed.map(({ result, key }, i) => {
			const repeat = stored[i] !== undefined || seen.has(key);
			seen.add(key);
			if (!repeat) writes.push(store.put({ key, setId: result.setId, importedAt: now, result }));
			return { outcome: repeat ? ('duplicate' as const) : ('added' as const), key };
		});
		await Promise.all(writes);
		return outcomes;
	});
}

/** Results of one set, oldest import first. */
export async function resultsForSet(db: BylineDatabase, setId: string): Promise<StoredResult[]> {
	const records = await db.getAllFromIndex('results', 'by-set', setId);
	return records.map(fromRecord).sort((a, b) => a.importedAt - b.importedAt);
}

/** How many results each set has, for the list of sets. */
export async function resultCounts(db: BylineDatabase): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	let cursor = await db.transaction('results').store.index('by-set').openKeyCursor();
	while (cursor) {
		const setId = String(cursor.key);
		counts.set(setId, (counts.get(setId) ?? 0) + 1);
		cursor = await cursor.continue();
	}
	return counts;
}

export async function deleteResult(db: BylineDatabase, key: string): Promise<void> {
	await writeTransaction(db, ['results'], async (tx) => {
		await tx.objectStore('results').delete(key);
	});
}
