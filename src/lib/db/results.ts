import * as v from 'valibot';
import { AssignmentResultSchema, resultKey, type AssignmentResult } from '$lib/share/result';
import { writeTransaction } from './open';
import type { BylineDatabase, ResultRecord } from './schema';

export interface StoredResult {
	key: string;
	result: AssignmentResult;
	importedAt: number;
}

function fromRecord(record: ResultRecord): StoredResult | undefined {
	const parsed = v.safeParse(AssignmentResultSchema, record.result);
	return parsed.success
		? { key: record.key, result: parsed.output, importedAt: record.importedAt }
		: undefined;
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

/** Results of one set, oldest import first; records that no longer validate are skipped. */
export async function resultsForSet(db: BylineDatabase, setId: string): Promise<StoredResult[]> {
	const records = await db.getAllFromIndex('results', 'by-set', setId);
	return records
		.map(fromRecord)
		.filter((stored): stored is StoredResult => stored !== undefined)
		.sort((a, b) => a.importedAt - b.importedAt);
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
