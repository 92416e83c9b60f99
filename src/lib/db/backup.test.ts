import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBank } from '$lib/generator/bank';
import { practiceLog, type Rating } from '$lib/srs/card';
import { review } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import {
	BackupError,
	applyRestore,
	backupSummary,
	createBackup,
	markBackedUp,
	parseBackup,
	planRestore,
	readBackupFile,
	readSnapshot,
	resetAll,
	type Backup
} from './backup';
import { LAST_BACKUP_KEY, backupReminder, backupStatus } from './backup-reminder';
import { assignmentHash } from '$lib/share/assignment';
import { QUESTIONS, makeSet } from '$lib/share/test-fixtures';
import { attemptId, saveAttempt } from './attempts';
import { saveBank } from './decks';
import { openDatabase } from './open';
import { addResult } from './results';
import { recordAnswer } from './reviews';
import { saveSet } from './sets';
import { writeSetting } from './settings';
import type { BylineDatabase, CardRecord, SettingRecord } from './schema';

const bank = parseBank(JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')));
const start = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;
const opened: BylineDatabase[] = [];
let counter = 0;

async function fresh(): Promise<BylineDatabase> {
	counter += 1;
	const db = await openDatabase({ name: `backup-${counter}` });
	opened.push(db);
	return db;
}

afterEach(() => {
	for (const db of opened.splice(0)) db.close();
});

/** A deterministic student: answers `count` times across the deck's cards over weeks, some in practice mode. */
async function study(db: BylineDatabase, count: number, from = start): Promise<void> {
	await saveBank(db, bank, 'bundled', from);
	const ratings: Rating[] = ['good', 'again', 'good', 'hard', 'easy', 'good'];
	let at = from;
	for (let i = 0; i < count; i++) {
		const cards = await db.getAll('cards');
		const card = cards[(i * 7) % cards.length] as CardRecord;
		const rating = ratings[i % ratings.length] as Rating;
		const moment = { at, tzOffsetMinutes: i % 50 === 0 ? -300 : 60 };
		const details = { deckId: card.deckId, given: `answer ${i}`, correct: rating !== 'again', ms: 1000 + i };
		if (i % 9 === 0) {
			await recordAnswer(db, card, practiceLog(card.key, rating, moment), details);
		} else {
			const next = review(card.key, card, rating, moment, defaultSettings);
			await recordAnswer(db, card, next.log, details, next.card);
		}
		at += HOUR / 4;
	}
	// A teacher's set with a student's result, and a student's attempt, each stored as the app stores them.
	const set = makeSet(QUESTIONS.slice(0, 2), { id: 'set-1', title: 'Week 1' });
	await saveSet(db, { set, sources: {}, updatedAt: from });
	const setHash = assignmentHash(set);
	const answers = [{ questionId: set.questions[0]!.id, given: 'Xi Jinping', ms: 3000 }];
	const result = {
		setId: set.id,
		setHash,
		student: 'Ann',
		answers,
		startedAt: from,
		submittedAt: from,
		attempt: 1
	};
	await addResult(db, result, from);
	await saveAttempt(db, {
		id: attemptId(set.id, setHash, 1),
		set,
		setHash,
		number: 1,
		student: 'Ann',
		order: set.questions.map((q) => q.id),
		answers: [{ questionId: set.questions[0]!.id, given: 'Xi Jinping', ms: 3000 }],
		current: 1,
		startedAt: from,
		updatedAt: from
	});
	await writeSetting(db, { key: 'study-settings', value: { ...defaultSettings, newPerDay: 15 } });
}

function roundTrip(backup: Backup): Backup {
	return parseBackup(JSON.stringify(backup));
}

describe('backup, wipe, restore', () => {
	it('gives back an identical review log, identical cards and due dates, and everything else', async () => {
		const db = await fresh();
		await study(db, 3000);
		const before = await readSnapshot(db);
		expect(before.reviews).toHaveLength(3000);
		const file = JSON.stringify(await createBackup(db, start + 1000 * HOUR, 'test'));

		await resetAll(db);
		expect((await readSnapshot(db)).reviews).toHaveLength(0);
		const backup = parseBackup(file);
		await applyRestore(db, planRestore(await readSnapshot(db), backup, 'replace'));

		const after = await readSnapshot(db);
		expect(after.reviews).toEqual(before.reviews);
		expect(after.cards.map((c) => [c.key, c.due, c.state, c.stability])).toEqual(
			before.cards.map((c) => [c.key, c.due, c.state, c.stability])
		);
		expect(after.cards).toEqual(before.cards);
		expect(after.decks).toEqual(before.decks);
		expect(after.questions).toEqual(before.questions);
		expect(after.sets).toEqual(before.sets);
		expect(after.results).toEqual(before.results);
		expect(after.attempts).toEqual(before.attempts);
		expect(after.settings.filter((s) => s.key !== LAST_BACKUP_KEY)).toEqual(before.settings);
		// New answers after a restore continue the log's ids rather than reusing one.
		const card = after.cards[0] as CardRecord;
		const next = review(
			card.key,
			card,
			'good',
			{ at: start + 2000 * HOUR, tzOffsetMinutes: 0 },
			defaultSettings
		);
		const { entry } = await recordAnswer(
			db,
			card,
			next.log,
			{ deckId: card.deckId, given: '', correct: true, ms: 1 },
			next.card
		);
		expect(entry.id).toBeGreaterThan(Math.max(...before.reviews.map((r) => r.id ?? 0)));
	}, 60_000);

	it('previews a replace as counts per store, before writing anything', async () => {
		const db = await fresh();
		await study(db, 40);
		const backup = roundTrip(await createBackup(db, start, 'test'));
		const { id: _id, ...copy } = backup.stores.reviews[0]!;
		await db.add('reviews', { ...copy, at: start + 999 * HOUR });
		await db.delete('sets', 'set-1');
		const plan = planRestore(await readSnapshot(db), backup, 'replace');
		expect(plan.changes.reviews).toEqual({ added: 0, updated: 0, unchanged: 40, removed: 1 });
		expect(plan.changes.sets).toEqual({ added: 1, updated: 0, unchanged: 0, removed: 0 });
		expect(plan.changes.decks).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
		expect((await readSnapshot(db)).sets).toHaveLength(0);
	});
});

describe('merge', () => {
	it('unites two devices’ logs without duplicates, keeps the more-studied card and points it at its answer', async () => {
		const phone = await fresh();
		await study(phone, 60);
		const shared = roundTrip(await createBackup(phone, start, 'test'));
		const laptop = await fresh();
		await applyRestore(laptop, planRestore(await readSnapshot(laptop), shared, 'replace'));

		// The phone studies one card further; the laptop answers a different card once.
		const phoneCard = (await phone.get('cards', shared.stores.cards[0]!.key)) as CardRecord;
		const later = start + 100 * HOUR;
		const step = review(phoneCard.key, phoneCard, 'good', { at: later, tzOffsetMinutes: 0 }, defaultSettings);
		await recordAnswer(
			phone,
			phoneCard,
			step.log,
			{ deckId: phoneCard.deckId, given: 'x', correct: true, ms: 5 },
			step.card
		);
		const laptopCard = (await laptop.get('cards', shared.stores.cards[1]!.key)) as CardRecord;
		const other = review(
			laptopCard.key,
			laptopCard,
			'again',
			{ at: later + HOUR, tzOffsetMinutes: 0 },
			defaultSettings
		);
		await recordAnswer(
			laptop,
			laptopCard,
			other.log,
			{ deckId: laptopCard.deckId, given: 'y', correct: false, ms: 5 },
			other.card
		);
		await writeSetting(laptop, { key: 'study-settings', value: { ...defaultSettings, newPerDay: 99 } });

		const fromPhone = roundTrip(await createBackup(phone, later, 'test'));
		const plan = planRestore(await readSnapshot(laptop), fromPhone, 'merge');
		expect(plan.changes.reviews).toEqual({ added: 1, updated: 0, unchanged: 60, removed: 0 });
		expect(plan.changes.cards.updated).toBe(1);
		await applyRestore(laptop, plan);

		const merged = await readSnapshot(laptop);
		expect(merged.reviews).toHaveLength(62);
		const mergedPhoneCard = merged.cards.find((c) => c.key === phoneCard.key)!;
		expect(mergedPhoneCard.reps).toBe(phoneCard.reps + 1);
		const pointed = merged.reviews.find((r) => r.id === mergedPhoneCard.lastAnswer?.reviewId);
		expect(pointed).toMatchObject({ cardId: phoneCard.key, at: later, given: 'x' });
		expect(merged.cards.find((c) => c.key === laptopCard.key)).toMatchObject({
			reps: other.card.reps,
			due: other.card.due
		});
		expect(merged.settings.find((s) => s.key === 'study-settings')?.value).toMatchObject({ newPerDay: 99 });

		// Merging the same file again changes nothing.
		const again = planRestore(await readSnapshot(laptop), fromPhone, 'merge');
		expect(again.changes.reviews.added).toBe(0);
		expect(again.changes.cards.updated).toBe(0);
	});
});

describe('parseBackup', () => {
	const valid = async () => {
		const db = await fresh();
		await study(db, 5);
		return JSON.stringify(await createBackup(db, start, 'test'));
	};

	it('refuses a truncated file', async () => {
		const text = await valid();
		expect(() => parseBackup(text.slice(0, text.length - 40))).toThrow(/damaged or incomplete/);
		expect(() => parseBackup('')).toThrow(BackupError);
	});

	it('says a text file that was never a backup is not one, rather than damaged', () => {
		expect(() => parseBackup('Riverton to close its bridge\n\nThe council voted…')).toThrow(
			/not a Byline backup/
		);
	});

	it('refuses a foreign file: a bank, a random JSON document, a newer format', async () => {
		expect(() => parseBackup(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8'))).toThrow(
			/not a Byline backup/
		);
		expect(() => parseBackup('[1,2,3]')).toThrow(/not a Byline backup/);
		expect(() => parseBackup(JSON.stringify({ format: 'byline-backup', version: 2, stores: {} }))).toThrow(
			/newer version/
		);
	});

	it('refuses a damaged record and an inconsistent backup, saying where', async () => {
		const backup = JSON.parse(await valid()) as Backup;
		const broken = structuredClone(backup);
		(broken.stores.cards[0] as unknown as { reps: string }).reps = 'many';
		expect(() => parseBackup(JSON.stringify(broken))).toThrow(/damaged \(at stores\.cards\.0\.reps\)/);
		const orphan = structuredClone(backup);
		orphan.stores.decks = [];
		expect(() => parseBackup(JSON.stringify(orphan))).toThrow(/belongs to no deck/);
		const twice = structuredClone(backup);
		twice.stores.reviews.push(twice.stores.reviews[0]!);
		expect(() => parseBackup(JSON.stringify(twice))).toThrow(/twice/);
	});

	it('issue 10: refuses a quiz set, result or setting that is not what this version stores', async () => {
		const backup = JSON.parse(await valid()) as Backup;
		const badSet = structuredClone(backup);
		(badSet.stores.sets[0]!.set as unknown as { title: number }).title = 5;
		expect(() => parseBackup(JSON.stringify(badSet))).toThrow(/damaged \(at stores\.sets\.0\.set\.title\)/);
		const badResult = structuredClone(backup);
		(badResult.stores.results[0]!.result as unknown as { student: number }).student = 5;
		expect(() => parseBackup(JSON.stringify(badResult))).toThrow(/damaged \(at stores\.results\.0\.result/);
		const otherSet = structuredClone(backup);
		otherSet.stores.sets[0]!.id = 'set-2';
		expect(() => parseBackup(JSON.stringify(otherSet))).toThrow(/set set-2 holds another set/);
		const badSetting = structuredClone(backup);
		badSetting.stores.settings.push({ key: 'show-streak', value: 'yes' } as unknown as SettingRecord);
		expect(() => parseBackup(JSON.stringify(badSetting))).toThrow(/damaged \(at stores\.settings/);
	});

	it('issue 10: leaves out a setting this version does not know, and keeps the rest', async () => {
		const backup = JSON.parse(await valid()) as Backup;
		const newer = structuredClone(backup);
		newer.stores.settings.push({ key: 'theme', value: 'dark' } as unknown as SettingRecord);
		const parsed = parseBackup(JSON.stringify(newer));
		expect(parsed.stores.settings.map((s) => s.key)).toEqual(backup.stores.settings.map((s) => s.key));
		expect(parsed.stores.sets).toEqual(backup.stores.sets);
		expect(parsed.stores.attempts).toEqual(backup.stores.attempts);
	});

	it('issue 13: reads an attempt in a backup made before version 2, its answers keyed by question id', async () => {
		const backup = JSON.parse(await valid()) as Backup;
		const older = structuredClone(backup);
		const [saved] = backup.stores.attempts[0]!.answers;
		const { questionId, ...answer } = saved!;
		(older.stores.attempts[0] as unknown as { answers: object }).answers = { [questionId]: answer };
		expect(parseBackup(JSON.stringify(older)).stores.attempts).toEqual(backup.stores.attempts);
	});

	it('drops __proto__ keys, so restoring cannot pollute objects', async () => {
		const text = (await valid()).replace(
			'"title":"Week 1"',
			'"title":"Week 1","__proto__":{"polluted":true}'
		);
		const backup = parseBackup(text);
		expect(Object.keys(backup.stores.sets[0]!)).not.toContain('__proto__');
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});

	it('leaves the database untouched when a restore fails part way', async () => {
		const db = await fresh();
		await study(db, 10);
		const before = await readSnapshot(db);
		const backup = roundTrip(await createBackup(db, start, 'test'));
		const plan = planRestore(before, backup, 'replace');
		plan.puts.cards.push({ key: undefined } as unknown as CardRecord);
		await expect(applyRestore(db, plan)).rejects.toThrow();
		expect(await readSnapshot(db)).toEqual(before);
	});
});

describe('readBackupFile', () => {
	it('issue 13: refuses a file of gigabytes by its size, without reading it', async () => {
		const huge = new Blob(['{}']);
		Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 });
		let read = false;
		huge.text = async () => {
			read = true;
			throw new DOMException('could not be read', 'NotReadableError');
		};
		await expect(readBackupFile(huge)).rejects.toThrow(/far bigger than any Byline backup/);
		expect(read).toBe(false);
	});

	it('says a file that cannot be read could not be read, and reads a real backup', async () => {
		const gone = new Blob(['{}']);
		gone.text = () => Promise.reject(new DOMException('permission problems', 'NotReadableError'));
		const error = await readBackupFile(gone).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).message).toMatch(/could not be read.*Choose it again/);
		const db = await fresh();
		await study(db, 3);
		const text = JSON.stringify(await createBackup(db, start, 'test'));
		expect((await readBackupFile(new Blob([text]))).stores.reviews).toHaveLength(3);
	});
});

describe('backup reminder', () => {
	const day = 86_400_000;
	it('says nothing while little has changed, and suggests a backup after 30 days or 500 answers', () => {
		expect(backupReminder(start, 0, start + 90 * day)).toBeUndefined();
		expect(backupReminder(start, 20, start + 29 * day)).toBeUndefined();
		expect(backupReminder(start, 20, start + 30 * day)).toMatch(/30 days of study since your last backup/);
		expect(backupReminder(start, 500, start + day)).toMatch(/500 answers since your last backup/);
		expect(backupReminder(undefined, 499, start, start - 2 * day)).toBeUndefined();
		expect(backupReminder(undefined, 12, start, start - 40 * day)).toMatch(/no backup yet/);
	});

	it('counts answers since the last backup from the database', async () => {
		const db = await fresh();
		await study(db, 30);
		expect(await backupStatus(db)).toMatchObject({ reviewsSince: 30, firstReviewAt: start });
		await markBackedUp(db, start + 5 * HOUR);
		expect(await backupStatus(db)).toMatchObject({ lastBackupAt: start + 5 * HOUR, reviewsSince: 9 });
	});
});

describe('issue 6: the message after backing up', () => {
	it('names a teacher’s quiz sets and results when there are any, and leaves them out otherwise', async () => {
		const db = await fresh();
		await study(db, 5);
		const backup = await createBackup(db, start, 'test');
		expect(backupSummary(backup)).toBe('5 answers, 1 deck, 1 quiz set and 1 student result');
		await db.clear('sets');
		await db.clear('results');
		expect(backupSummary(await createBackup(db, start, 'test'))).toBe('5 answers and 1 deck');
	});
});
