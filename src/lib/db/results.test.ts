import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { assignmentHash } from '$lib/share/assignment';
import { decodeResult, encodeResult, resultFile, type AssignmentResult } from '$lib/share/result';
import { makeSet } from '$lib/share/test-fixtures';
import { openDatabase } from './open';
import { addResult, deleteResult, resultCounts, resultsForSet } from './results';
import type { BylineDatabase } from './schema';

let db: BylineDatabase;
let n = 0;
afterEach(() => db?.close());

const set = makeSet();
const result: AssignmentResult = {
	setId: set.id,
	setHash: assignmentHash(set),
	student: 'Ana López',
	answers: [{ questionId: 'q-who', given: 'Vladimir V. Putin', ms: 3000 }],
	startedAt: 1000,
	submittedAt: 61_000,
	attempt: 1
};

describe('imported results', () => {
	it('count the same result once, whether opened as a link or a file', async () => {
		db = await openDatabase({ name: `results-${n++}` });
		expect((await addResult(db, decodeResult(encodeResult(result)), 1)).outcome).toBe('added');
		expect((await addResult(db, decodeResult(resultFile(result)), 2)).outcome).toBe('duplicate');
		expect((await addResult(db, { ...result, attempt: 2 }, 3)).outcome).toBe('added');
		const stored = await resultsForSet(db, set.id);
		expect(stored.map((s) => [s.result.attempt, s.importedAt])).toEqual([
			[1, 1],
			[2, 3]
		]);
		expect((await resultCounts(db)).get(set.id)).toBe(2);
	});

	it('can be removed', async () => {
		db = await openDatabase({ name: `results-${n++}` });
		const { key } = await addResult(db, result, 1);
		expect((await resultsForSet(db, set.id)).map((s) => s.key)).toEqual([key]);
		await deleteResult(db, key);
		expect(await resultsForSet(db, set.id)).toEqual([]);
	});
});
