import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { assignmentHash } from '$lib/share/assignment';
import { QUESTIONS, makeSet } from '$lib/share/test-fixtures';
import { openDatabase } from './open';
import { addResult, resultCounts, resultsForSet } from './results';
import type { BylineDatabase } from './schema';
import { deleteSet, duplicateOf, getSet, listSets, markShared, saveSet } from './sets';

let db: BylineDatabase;
let n = 0;
async function fresh(): Promise<BylineDatabase> {
	db = await openDatabase({ name: `sets-${n++}` });
	return db;
}
afterEach(() => db?.close());

const set = makeSet(QUESTIONS.slice(0, 3));

describe('teacher sets', () => {
	it('keep a set exactly, so its hash (and its students’ results) still match after a reload', async () => {
		await fresh();
		await saveSet(db, { set, sources: { 'q-who': 'deck/q-who' }, updatedAt: 10 });
		const back = await getSet(db, set.id);
		expect(back?.set).toEqual(set);
		expect(assignmentHash(back!.set)).toBe(assignmentHash(set));
		expect(back?.sources).toEqual({ 'q-who': 'deck/q-who' });
		expect(back?.sharedAt).toBeUndefined();
	});

	it('list newest first', async () => {
		await fresh();
		await saveSet(db, { set, sources: {}, updatedAt: 10 });
		await saveSet(db, { set: { ...set, id: 'set-b', title: 'Second' }, sources: {}, updatedAt: 20 });
		expect((await listSets(db)).map((s) => s.set.title)).toEqual(['Second', set.title]);
	});

	it('refuse to store an invalid set', async () => {
		await fresh();
		await expect(saveSet(db, { set: { ...set, title: '' }, sources: {}, updatedAt: 1 })).rejects.toThrow();
		expect(await listSets(db)).toEqual([]);
	});

	it('remember the first share only', async () => {
		await fresh();
		await saveSet(db, { set, sources: {}, updatedAt: 1 });
		await markShared(db, set.id, 100);
		await markShared(db, set.id, 200);
		expect((await getSet(db, set.id))?.sharedAt).toBe(100);
	});

	it('duplicate under a new id, unshared, with a new title', () => {
		const copy = duplicateOf({ set, sources: { a: 'b' }, sharedAt: 5, updatedAt: 1 }, 'set-new', 50);
		expect(copy.set.id).toBe('set-new');
		expect(copy.set.title).toBe(`${set.title} (copy)`);
		expect(copy.sharedAt).toBeUndefined();
		expect(copy.set.questions).toEqual(set.questions);
		expect(
			duplicateOf({ set: { ...set, title: 'x'.repeat(200) }, sources: {}, updatedAt: 1 }, 'y', 1).set.title
		).toHaveLength(200);
	});

	it('delete a set with its results, leaving other sets’ results', async () => {
		await fresh();
		const other = { ...set, id: 'set-other' };
		await saveSet(db, { set, sources: {}, updatedAt: 1 });
		await saveSet(db, { set: other, sources: {}, updatedAt: 2 });
		const base = { student: 'Ana', answers: [], startedAt: 1, submittedAt: 2, attempt: 1 };
		await addResult(db, { ...base, setId: set.id, setHash: assignmentHash(set) }, 5);
		await addResult(db, { ...base, setId: other.id, setHash: assignmentHash(other) }, 5);
		await deleteSet(db, set.id);
		expect(await getSet(db, set.id)).toBeUndefined();
		expect(await resultsForSet(db, set.id)).toEqual([]);
		expect(await resultsForSet(db, other.id)).toHaveLength(1);
		expect(await resultCounts(db)).toEqual(new Map([[other.id, 1]]));
	});
});
