import { parseAssignment } from '$lib/share/assignment';
import type { AcceptedAnswer } from '$lib/share/result';
import { writeTransaction } from './open';
import type { BylineDatabase, SetRecord } from './schema';

/** A set as the pages use it: the record without its key, which is the set's own id. */
export type StoredSet = Omit<SetRecord, 'id'>;

function fromRecord({ id: _id, ...stored }: SetRecord): StoredSet {
	return stored;
}

/** Validates the set (a teacher's form, a file) before it is stored, so the store holds only valid sets. */
function toRecord(stored: StoredSet): SetRecord {
	const record: SetRecord = {
		id: stored.set.id,
		updatedAt: stored.updatedAt,
		set: parseAssignment(stored.set),
		sources: { ...stored.sources }
	};
	if (stored.sharedAt !== undefined) record.sharedAt = stored.sharedAt;
	if (stored.accepted?.length) record.accepted = stored.accepted.map((answer) => ({ ...answer }));
	return record;
}

/** Newest first. */
export async function listSets(db: BylineDatabase): Promise<StoredSet[]> {
	const records = await db.getAllFromIndex('sets', 'by-updated');
	return records.reverse().map(fromRecord);
}

export async function getSet(db: BylineDatabase, id: string): Promise<StoredSet | undefined> {
	const record = await db.get('sets', id);
	return record ? fromRecord(record) : undefined;
}

/** Validates before writing, so an invalid set is refused here with the reasons, not stored. */
export async function saveSet(db: BylineDatabase, stored: StoredSet): Promise<StoredSet> {
	const record = toRecord(stored);
	await writeTransaction(db, ['sets'], async (tx) => {
		await tx.objectStore('sets').put(record);
	});
	return fromRecord(record);
}

/** Records the first time a set is shared; later shares change nothing. */
export async function markShared(db: BylineDatabase, id: string, now: number): Promise<void> {
	await writeTransaction(db, ['sets'], async (tx) => {
		const store = tx.objectStore('sets');
		const record = await store.get(id);
		if (record && record.sharedAt === undefined) await store.put({ ...record, sharedAt: now });
	});
}

/**
 * Replaces the answers the teacher counts as right for this set; the shared set itself, and so its hash and links,
 * are untouched. Returns the set as stored, or undefined when it is gone.
 */
export async function saveAccepted(
	db: BylineDatabase,
	id: string,
	accepted: readonly AcceptedAnswer[],
	now: number
): Promise<StoredSet | undefined> {
	return writeTransaction(db, ['sets'], async (tx) => {
		const store = tx.objectStore('sets');
		const record = await store.get(id);
		if (!record) return undefined;
		const { accepted: _old, ...rest } = record;
		// A change to the set's grading is a change to the set: a merged backup keeps the newer one.
		const next: SetRecord = {
			...rest,
			updatedAt: now,
			...(accepted.length > 0 && { accepted: [...accepted] })
		};
		await store.put(next);
		return fromRecord(next);
	});
}

/** A set and every result imported for it go together: results without their set cannot be graded. */
export async function deleteSet(db: BylineDatabase, id: string): Promise<void> {
	await writeTransaction(db, ['sets', 'results'], async (tx) => {
		const results = tx.objectStore('results');
		const keys = await results.index('by-set').getAllKeys(id);
		await Promise.all([tx.objectStore('sets').delete(id), ...keys.map((key) => results.delete(key))]);
	});
}

/** A fresh copy under a new id, unshared: a teacher's way to change a set whose link is already out. */
export function duplicateOf(stored: StoredSet, newId: string, now: number): StoredSet {
	return {
		set: { ...stored.set, id: newId, title: copyTitle(stored.set.title), createdAt: now },
		sources: { ...stored.sources },
		updatedAt: now
	};
}

function copyTitle(title: string): string {
	const copy = `${title} (copy)`;
	return copy.length <= 200 ? copy : `${title.slice(0, 193)} (copy)`;
}

/** Ids are random, so two teachers' sets (or two devices of one teacher) never collide in a student's app. */
export function newSetId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(9));
	return `set-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}
