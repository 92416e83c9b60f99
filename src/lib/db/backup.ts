import * as v from 'valibot';
import { counted } from '$lib/domain/format';
import { FactSchema, questionEntries } from '$lib/generator/bank';
import { AssignmentSetSchema } from '$lib/share/assignment';
import { AcceptedAnswerSchema, AssignmentResultSchema } from '$lib/share/result';
import { CARD_STATES, RATINGS } from '$lib/srs/card';
import { StudySettingsSchema } from '$lib/srs/settings-schema';
import { AttemptSchema, BackupAnswersSchema } from './attempts';
import { queueWrites, writeTransaction } from './open';
import type {
	AttemptRecord,
	BylineDatabase,
	CardRecord,
	DeckRecord,
	QuestionRecord,
	ResultRecord,
	ReviewEntry,
	SetRecord,
	SettingKey,
	SettingRecord
} from './schema';
import { LAST_BACKUP_KEY } from './backup-reminder';

/**
 * One JSON file with everything Byline stores on this device. `version` changes only when a field is renamed or
 * removed; older files stay readable. Records keep fields this version does not know (a newer feature's), so a
 * restore gives back exactly what was backed up.
 */
export const BACKUP_FORMAT = 'byline-backup';
export const BACKUP_VERSION = 1;
/** Far above a heavy user's data (years of reviews are a few MB): a bigger file is not ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export const STORE_NAMES = [
	'decks',
	'questions',
	'cards',
	'reviews',
	'sets',
	'results',
	'attempts',
	'settings'
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface Snapshot {
	decks: DeckRecord[];
	questions: QuestionRecord[];
	cards: CardRecord[];
	reviews: ReviewEntry[];
	sets: SetRecord[];
	results: ResultRecord[];
	attempts: AttemptRecord[];
	settings: SettingRecord[];
}

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	createdAt: number;
	/** The app version that wrote it, for support questions. */
	app: string;
	stores: Snapshot;
}

const Key = v.pipe(v.string(), v.nonEmpty(), v.maxLength(400));
const Time = v.pipe(v.number(), v.finite());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const CardFields = {
	due: Time,
	stability: v.pipe(v.number(), v.finite()),
	difficulty: v.pipe(v.number(), v.finite()),
	elapsedDays: v.pipe(v.number(), v.finite()),
	scheduledDays: v.pipe(v.number(), v.finite()),
	learningSteps: Count,
	reps: Count,
	lapses: Count,
	state: v.picklist(CARD_STATES),
	lastReview: v.optional(Time),
	lastReviewTzOffset: v.optional(v.number())
};

/** A question as stored: the bank's fields for its type, and where it sits on this device. */
const [choice, cloze, typed, matching, flashcard] = questionEntries({
	key: Key,
	deckId: Key,
	order: Count,
	retired: v.boolean(),
	reported: v.optional(v.object({ at: Time, note: v.string() }))
});
const stored = { choice, cloze, typed, matching, flashcard };

const ReviewFields = {
	id: Count,
	cardId: Key,
	deckId: Key,
	at: Time,
	tzOffsetMinutes: v.number(),
	rating: v.picklist(RATINGS),
	given: v.string(),
	correct: v.boolean(),
	ms: v.number()
};

/** The settings this version keeps, each with the shape of its value. */
const SETTINGS = {
	'study-settings': v.object({ key: v.literal('study-settings'), value: StudySettingsSchema }),
	'show-streak': v.object({ key: v.literal('show-streak'), value: v.boolean() }),
	'last-backup-at': v.object({ key: v.literal('last-backup-at'), value: Time }),
	'bundled-banks-version': v.object({ key: v.literal('bundled-banks-version'), value: v.string() }),
	'deleted-bundled-decks': v.object({ key: v.literal('deleted-bundled-decks'), value: v.array(v.string()) })
} satisfies Record<SettingKey, v.GenericSchema>;

const StoresSchema = v.object({
	decks: v.array(
		v.looseObject({
			id: Key,
			title: v.string(),
			article: v.looseObject({
				title: v.string(),
				date: v.optional(v.string()),
				source: v.optional(v.string()),
				text: v.string()
			}),
			facts: v.array(FactSchema),
			origin: v.picklist(['bundled', 'imported']),
			bankHash: v.string(),
			questionCount: Count,
			createdAt: Time,
			updatedAt: Time
		})
	),
	questions: v.array(
		v.variant('type', [
			v.looseObject(stored.choice),
			v.looseObject(stored.cloze),
			v.looseObject(stored.typed),
			v.looseObject(stored.matching),
			v.looseObject(stored.flashcard)
		])
	),
	cards: v.array(
		v.looseObject({
			...CardFields,
			key: Key,
			deckId: Key,
			order: Count,
			hidden: v.boolean(),
			lastAnswer: v.optional(
				v.object({
					at: Time,
					correct: v.boolean(),
					given: v.string(),
					mode: v.picklist(['study', 'practice']),
					reviewId: Count
				})
			)
		})
	),
	reviews: v.array(
		v.variant('mode', [
			v.looseObject({ ...ReviewFields, mode: v.literal('study'), before: v.looseObject(CardFields) }),
			v.looseObject({ ...ReviewFields, mode: v.literal('practice') })
		])
	),
	sets: v.array(
		v.looseObject({
			id: Key,
			set: AssignmentSetSchema,
			sources: v.record(v.pipe(v.string(), v.maxLength(64)), v.pipe(v.string(), v.maxLength(200))),
			sharedAt: v.optional(Time),
			accepted: v.optional(v.pipe(v.array(AcceptedAnswerSchema), v.maxLength(10_000))),
			updatedAt: Time
		})
	),
	results: v.array(v.looseObject({ key: Key, setId: Key, importedAt: Time, result: AssignmentResultSchema })),
	attempts: v.array(v.looseObject({ ...AttemptSchema.entries, answers: BackupAnswersSchema, setId: Key })),
	settings: v.pipe(
		v.array(v.object({ key: Key, value: v.unknown() })),
		// A setting a newer Byline keeps means nothing to this one: it is left out, not a reason to refuse.
		v.filterItems((setting) => setting.key in SETTINGS),
		v.array(v.variant('key', Object.values(SETTINGS)))
	)
});

const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	createdAt: Time,
	app: v.string(),
	stores: StoresSchema
});

export class BackupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupError';
	}
}

const KEY_OF: Record<StoreName, (record: never) => string | number> = {
	decks: (r: DeckRecord) => r.id,
	questions: (r: QuestionRecord) => r.key,
	cards: (r: CardRecord) => r.key,
	reviews: (r: ReviewEntry) => r.id ?? -1,
	sets: (r: SetRecord) => r.id,
	results: (r: ResultRecord) => r.key,
	attempts: (r: AttemptRecord) => r.id,
	settings: (r: SettingRecord) => r.key
};

function keyOf(store: StoreName, record: unknown): string | number {
	return (KEY_OF[store] as (record: unknown) => string | number)(record);
}

/** Everything, read in one transaction so the copy is consistent even while another tab is studying. */
export async function readSnapshot(db: BylineDatabase): Promise<Snapshot> {
	const tx = db.transaction([...STORE_NAMES], 'readonly');
	const [decks, questions, cards, reviews, sets, results, attempts, settings] = await Promise.all([
		tx.objectStore('decks').getAll(),
		tx.objectStore('questions').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll(),
		tx.objectStore('sets').getAll(),
		tx.objectStore('results').getAll(),
		tx.objectStore('attempts').getAll(),
		tx.objectStore('settings').getAll()
	]);
	return { decks, questions, cards, reviews, sets, results, attempts, settings };
}

export async function createBackup(db: BylineDatabase, now: number, app: string): Promise<Backup> {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: now,
		app,
		stores: await readSnapshot(db)
	};
}

export function backupFileName(now: number): string {
	return `byline-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * What a backup holds, in words: answers and decks always, and a teacher's quiz sets and students' results when
 * there are any, since those exist on this device alone and are what a teacher most needs to see were saved.
 */
export function backupSummary(backup: Backup): string {
	const { reviews, decks, sets, results } = backup.stores;
	const parts = [counted(reviews.length, 'answer'), counted(decks.length, 'deck')];
	if (sets.length > 0) parts.push(counted(sets.length, 'quiz set'));
	if (results.length > 0) parts.push(counted(results.length, 'student result'));
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * A chosen file to a backup, checking its size before reading a byte: a file of gigabytes cannot be read into a
 * string at all, and the browser's failure ("NotReadableError … permission problems") would blame the wrong thing.
 */
export async function readBackupFile(file: Blob): Promise<Backup> {
	if (file.size > MAX_BACKUP_BYTES) {
		throw new BackupError(
			'This file is far bigger than any Byline backup (those are at most 200 MB), so it was not opened. Nothing was changed.'
		);
	}
	let text: string;
	try {
		text = await file.text();
	} catch {
		throw new BackupError(
			'This file could not be read: it may have been moved or deleted since you chose it, or be on a drive that is no longer connected. Choose it again. Nothing was changed.'
		);
	}
	return parseBackup(text);
}

/** `__proto__` and friends as own keys would pollute objects later built from these records. */
function reviver(key: string, value: unknown): unknown {
	return key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value;
}

/**
 * A backup file's text to a backup, or a BackupError saying, in words for the user, why it cannot be restored:
 * damaged or cut short, not a Byline backup, from a newer Byline, or inconsistent. Nothing is written either way.
 */
export function parseBackup(text: string): Backup {
	if (text.length > MAX_BACKUP_BYTES)
		throw new BackupError('This file is far too big to be a Byline backup.');
	let data: unknown;
	try {
		data = JSON.parse(text, reviver);
	} catch {
		// A backup cut short still names its format near the start; anything else was never a backup.
		throw new BackupError(
			text.slice(0, 200).includes(BACKUP_FORMAT)
				? 'This file is damaged or incomplete (perhaps the download was cut short), so it cannot be restored. Nothing was changed.'
				: 'This is not a Byline backup file. Choose a file that Byline’s “Back up” button saved. Nothing was changed.'
		);
	}
	const header = data as { format?: unknown; version?: unknown } | null;
	if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT)
		throw new BackupError(
			'This is not a Byline backup file. Choose a file that Byline’s “Back up” button saved.'
		);
	if (typeof header.version === 'number' && header.version > BACKUP_VERSION)
		throw new BackupError(
			'This backup was made by a newer version of Byline. Update the app (reload it online) and try again.'
		);
	const result = v.safeParse(BackupSchema, data);
	if (!result.success) {
		const first = result.issues[0];
		const path = first ? v.getDotPath(first) : null;
		throw new BackupError(
			`This backup is damaged${path ? ` (at ${path})` : ''}, so it cannot be restored. Nothing was changed.`
		);
	}
	const backup: Backup = result.output;
	const problem = consistencyProblem(backup.stores);
	if (problem)
		throw new BackupError(
			`This backup is damaged (${problem}), so it cannot be restored. Nothing was changed.`
		);
	return backup;
}

function consistencyProblem(stores: Snapshot): string | undefined {
	for (const store of STORE_NAMES) {
		const seen = new Set<string | number>();
		for (const record of stores[store]) {
			const key = keyOf(store, record);
			if (seen.has(key)) return `${store} lists ${String(key)} twice`;
			seen.add(key);
		}
	}
	const decks = new Set(stores.decks.map((deck) => deck.id));
	for (const question of stores.questions) {
		if (question.key !== `${question.deckId}/${question.id}`)
			return `question ${question.key} has the wrong key`;
		if (!decks.has(question.deckId)) return `question ${question.key} belongs to no deck`;
	}
	for (const card of stores.cards) if (!decks.has(card.deckId)) return `card ${card.key} belongs to no deck`;
	for (const record of stores.sets)
		if (record.set.id !== record.id) return `set ${record.id} holds another set`;
	for (const record of stores.results)
		if (record.result.setId !== record.setId) return `result ${record.key} names another set`;
	for (const record of stores.attempts)
		if (record.set.id !== record.setId) return `attempt ${record.id} names another set`;
	return undefined;
}

/** The same record, whatever the order of its fields and whether an absent field is missing or undefined. */
export function sameRecord(a: unknown, b: unknown): boolean {
	return stable(a) === stable(b);
}

function stable(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
		return sorted;
	});
}

/** A review is the same answer when the same card was answered at the same instant with the same rating and mode. */
function reviewIdentity(review: ReviewEntry): string {
	return `${review.cardId}\u0000${review.at}\u0000${review.rating}\u0000${review.mode}`;
}

export type RestoreMode = 'replace' | 'merge';

export interface StoreChange {
	added: number;
	updated: number;
	unchanged: number;
	/** Only in replace mode: records on this device that the backup does not have. */
	removed: number;
}

export interface RestorePlan {
	mode: RestoreMode;
	createdAt: number;
	changes: Record<StoreName, StoreChange>;
	/** Records to put, by store (reviews excluded). */
	puts: { [S in Exclude<StoreName, 'reviews'>]: Snapshot[S] };
	/** Replace: every review with its id. Merge: reviews this device lacks; their ids are the backup's. */
	reviews: ReviewEntry[];
	/** Merge: a backup review id that is already on this device under another id. */
	reviewIds: Map<number, number>;
}

type Winner<T> = (current: T, incoming: T) => boolean;

const laterUpdate = <T extends { updatedAt: number }>(current: T, incoming: T) =>
	incoming.updatedAt > current.updatedAt;

/**
 * Merge rules, record by record (a record is never half from each side):
 * - decks, sets, attempts: the later `updatedAt` wins; a deck's questions follow their deck.
 * - cards: more reviews (`reps`) wins, then the later last review; a card studied on both sides keeps the
 *   schedule of the side that studied it more.
 * - reviews: the union, an answer being the same when card, instant, rating and mode are.
 * - results: the later import wins.
 * - settings: this device's win; the backup only adds settings this device does not have.
 * Anything only one side has is kept.
 */
const MERGE_WINS: { [S in Exclude<StoreName, 'reviews' | 'questions'>]: Winner<Snapshot[S][number]> } = {
	decks: laterUpdate,
	sets: laterUpdate,
	attempts: laterUpdate,
	cards: (current, incoming) =>
		incoming.reps > current.reps ||
		(incoming.reps === current.reps && (incoming.lastReview ?? 0) > (current.lastReview ?? 0)),
	results: (current, incoming) => incoming.importedAt > current.importedAt,
	settings: () => false
};

function emptyChange(): StoreChange {
	return { added: 0, updated: 0, unchanged: 0, removed: 0 };
}

function diff<T>(
	store: StoreName,
	current: T[],
	incoming: T[],
	mode: RestoreMode,
	wins: (current: T, incoming: T) => boolean
) {
	const change = emptyChange();
	const byKey = new Map(current.map((record) => [keyOf(store, record), record]));
	const puts: T[] = [];
	for (const record of incoming) {
		const key = keyOf(store, record);
		const existing = byKey.get(key);
		byKey.delete(key);
		if (existing === undefined) {
			change.added += 1;
			puts.push(record);
		} else if (sameRecord(existing, record)) {
			change.unchanged += 1;
			if (mode === 'replace') puts.push(record);
		} else if (mode === 'replace' || wins(existing, record)) {
			change.updated += 1;
			puts.push(record);
		} else {
			change.unchanged += 1;
		}
	}
	if (mode === 'replace') change.removed = byKey.size;
	return { change, puts };
}

/** What a restore would do, computed before anything is written, so the user sees it and can say no. */
export function planRestore(current: Snapshot, backup: Backup, mode: RestoreMode): RestorePlan {
	const incoming = backup.stores;
	const decks = diff('decks', current.decks, incoming.decks, mode, MERGE_WINS.decks);
	const winningDecks = new Set(decks.puts.map((deck) => deck.id));
	const questions = diff('questions', current.questions, incoming.questions, mode, (_, q) =>
		winningDecks.has(q.deckId)
	);
	const cards = diff('cards', current.cards, incoming.cards, mode, MERGE_WINS.cards);
	const sets = diff('sets', current.sets, incoming.sets, mode, MERGE_WINS.sets);
	const results = diff('results', current.results, incoming.results, mode, MERGE_WINS.results);
	const attempts = diff('attempts', current.attempts, incoming.attempts, mode, MERGE_WINS.attempts);
	const notMarker = (setting: SettingRecord) => setting.key !== LAST_BACKUP_KEY;
	const settings = diff(
		'settings',
		current.settings.filter(notMarker),
		incoming.settings.filter(notMarker),
		mode,
		MERGE_WINS.settings
	);

	const reviewChange = emptyChange();
	const reviewIds = new Map<number, number>();
	const known = new Map(current.reviews.map((review) => [reviewIdentity(review), review]));
	const reviews: ReviewEntry[] = [];
	for (const review of incoming.reviews) {
		const same = known.get(reviewIdentity(review));
		known.delete(reviewIdentity(review));
		if (same === undefined) reviewChange.added += 1;
		else if (mode === 'replace' && !sameRecord(same, review)) reviewChange.updated += 1;
		else reviewChange.unchanged += 1;
		if (mode === 'replace' || same === undefined) reviews.push(review);
		else if (same.id !== undefined && review.id !== undefined) reviewIds.set(review.id, same.id);
	}
	if (mode === 'replace') reviewChange.removed = known.size;

	return {
		mode,
		createdAt: backup.createdAt,
		changes: {
			decks: decks.change,
			questions: questions.change,
			cards: cards.change,
			reviews: reviewChange,
			sets: sets.change,
			results: results.change,
			attempts: attempts.change,
			settings: settings.change
		},
		puts: {
			decks: decks.puts,
			questions: questions.puts,
			cards: cards.puts,
			sets: sets.puts,
			results: results.puts,
			attempts: attempts.puts,
			settings: settings.puts
		},
		reviews,
		reviewIds
	};
}

/**
 * Carries out a plan in one transaction: a full disk or any failure leaves this device's data as it was.
 * Replace empties every store first and keeps the backup's review ids, so the log is identical. Merge adds the
 * missing reviews under new ids and points the cards' last answers at them.
 */
export async function applyRestore(db: BylineDatabase, plan: RestorePlan): Promise<void> {
	await writeTransaction(db, [...STORE_NAMES], async (tx) => {
		if (plan.mode === 'replace')
			await queueWrites((write) => STORE_NAMES.forEach((store) => write(tx.objectStore(store).clear())));
		const reviewIds = new Map(plan.reviewIds);
		const reviewStore = tx.objectStore('reviews');
		if (plan.mode === 'replace') {
			await queueWrites((write) => plan.reviews.forEach((review) => write(reviewStore.put(review))));
		} else {
			for (const review of plan.reviews) {
				const { id, ...entry } = review;
				const added = await reviewStore.add(entry);
				if (id !== undefined) reviewIds.set(id, added);
			}
		}
		const lastBackup = await tx.objectStore('settings').get(LAST_BACKUP_KEY);
		const cards = plan.puts.cards.map((card) => {
			const reviewId = card.lastAnswer ? reviewIds.get(card.lastAnswer.reviewId) : undefined;
			return reviewId === undefined || !card.lastAnswer
				? card
				: { ...card, lastAnswer: { ...card.lastAnswer, reviewId } };
		});
		// The data now is at least as backed up as the file it came from.
		const previous = typeof lastBackup?.value === 'number' && plan.mode === 'merge' ? lastBackup.value : 0;
		await queueWrites((write) => {
			for (const r of plan.puts.decks) write(tx.objectStore('decks').put(r));
			for (const r of plan.puts.questions) write(tx.objectStore('questions').put(r));
			for (const r of cards) write(tx.objectStore('cards').put(r));
			for (const r of plan.puts.sets) write(tx.objectStore('sets').put(r));
			for (const r of plan.puts.results) write(tx.objectStore('results').put(r));
			for (const r of plan.puts.attempts) write(tx.objectStore('attempts').put(r));
			for (const r of plan.puts.settings)
				if (r.key !== LAST_BACKUP_KEY) write(tx.objectStore('settings').put(r));
			write(
				tx.objectStore('settings').put({ key: LAST_BACKUP_KEY, value: Math.max(previous, plan.createdAt) })
			);
		});
	});
}

/** Every store emptied in one transaction; the caller loads the bundled decks again. */
export async function resetAll(db: BylineDatabase): Promise<void> {
	await writeTransaction(db, [...STORE_NAMES], (tx) =>
		queueWrites((write) => STORE_NAMES.forEach((store) => write(tx.objectStore(store).clear())))
	);
}

export async function markBackedUp(db: BylineDatabase, at: number): Promise<void> {
	await writeTransaction(db, ['settings'], async (tx) => {
		await tx.objectStore('settings').put({ key: LAST_BACKUP_KEY, value: at });
	});
}
