import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { assignmentHash } from '$lib/share/assignment';
import { makeSet } from '$lib/share/test-fixtures';
import { attemptId, attemptsFor, listAttempts, saveAttempt, type Attempt } from './attempts';
import { openDatabase } from './open';
import { DB_VERSION, upgrade, type AttemptRecord, type BylineDB, type BylineDatabase } from './schema';

let db: BylineDatabase;

/** A database as version 1's code left it: the stores of the first block, without what later blocks add. */
function versionOne(name: string) {
	return openDB<BylineDB>(name, 1, {
		upgrade: (opened, old, _new, tx) => {
			upgrade(opened, old, tx);
			tx.objectStore('cards').deleteIndex('by-deck-state-due');
		}
	});
}
let n = 0;
afterEach(() => db?.close());

const set = makeSet();
const hash = assignmentHash(set);

function attempt(number: number, overrides: Partial<Attempt> = {}): Attempt {
	return {
		id: attemptId(set.id, hash, number),
		set,
		setHash: hash,
		number,
		student: 'Ana',
		order: set.questions.map((q) => q.id),
		answers: [],
		current: 0,
		startedAt: 1000,
		updatedAt: 1000,
		...overrides
	};
}

describe('student attempts', () => {
	it('resume exactly where they were: answers, position and start time', async () => {
		db = await openDatabase({ name: `attempts-${n++}` });
		const answered = attempt(1, {
			answers: [{ questionId: 'q-who', given: 'Xi Jinping', ms: 4000 }],
			current: 1,
			updatedAt: 5000
		});
		await saveAttempt(db, answered);
		db.close();
		db = await openDatabase({ name: `attempts-${n - 1}` });
		expect(await attemptsFor(db, set.id, hash)).toEqual([answered]);
	});

	it('keep versions of a set apart, and list every assignment newest first', async () => {
		db = await openDatabase({ name: `attempts-${n++}` });
		await saveAttempt(db, attempt(2, { updatedAt: 3000 }));
		await saveAttempt(db, attempt(1, { updatedAt: 2000, submittedAt: 2000 }));
		const edited = makeSet(undefined, { title: 'Edited' });
		const otherHash = assignmentHash(edited);
		await saveAttempt(db, {
			...attempt(1),
			id: attemptId(set.id, otherHash, 1),
			set: edited,
			setHash: otherHash,
			updatedAt: 4000
		});
		expect((await attemptsFor(db, set.id, hash)).map((a) => a.number)).toEqual([1, 2]);
		expect((await listAttempts(db)).map((a) => a.updatedAt)).toEqual([4000, 3000, 2000]);
	});

	it('issue 13: attempts saved before version 2, whose answers were keyed by question id, read as a list after the upgrade', async () => {
		const name = `attempts-v1-${n++}`;
		const v1 = await versionOne(name);
		const { answers: _answers, ...rest } = attempt(1, { current: 1 });
		const older = {
			...rest,
			setId: set.id,
			answers: { 'q-who': { given: 'Xi Jinping', ms: 4000 }, constructor: { given: 'Putin', ms: 900 } }
		};
		await v1.put('attempts', older as unknown as AttemptRecord);
		v1.close();
		db = await openDatabase({ name });
		expect(db.version).toBe(DB_VERSION);
		const [read] = await attemptsFor(db, set.id, hash);
		expect(read?.answers).toEqual([
			{ questionId: 'q-who', given: 'Xi Jinping', ms: 4000 },
			{ questionId: 'constructor', given: 'Putin', ms: 900 }
		]);
		expect(read?.current).toBe(1);
	});

	it('leave a version 1 database as it was when an attempt cannot be rewritten', async () => {
		const name = `attempts-v1-bad-${n++}`;
		const v1 = await versionOne(name);
		const { answers: _answers, ...rest } = attempt(1);
		const damaged = { ...rest, setId: set.id, answers: { 'q-who': null } };
		await v1.put('attempts', damaged as unknown as AttemptRecord);
		v1.close();
		await expect(openDatabase({ name })).rejects.toThrow();
		const still = await openDB<BylineDB>(name);
		expect(still.version).toBe(1);
		expect(await still.get('attempts', damaged.id)).toEqual(damaged);
		still.close();
	});

	it('refuse to save a malformed attempt', async () => {
		db = await openDatabase({ name: `attempts-${n++}` });
		await expect(saveAttempt(db, attempt(0))).rejects.toThrow();
		expect(await listAttempts(db)).toEqual([]);
	});
});
