import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Fact, Question } from '$lib/generator/bank';
import type { AssignmentSet } from '$lib/share/assignment';
import type { AcceptedAnswer, AssignmentResult } from '$lib/share/result';
import type { CardState, ReviewRecord } from '$lib/srs/scheduler';
import type { StudySettings } from '$lib/srs/settings';
import type { Attempt } from './attempts';

export const DB_NAME = 'byline';
export const DB_VERSION = 3;

/** A deck is a bank without its questions: those live in their own store so one can be read or updated alone. */
export interface DeckRecord {
	id: string;
	title: string;
	article: { title: string; date?: string; source?: string; text: string };
	facts: Fact[];
	origin: 'bundled' | 'imported';
	/** Content hash of the bank last loaded, so loading the same bank again writes nothing. */
	bankHash: string;
	questionCount: number;
	createdAt: number;
	updatedAt: number;
	/** The student renamed the deck: a newer version of its bank keeps their title. */
	renamed?: boolean;
	/** Kept, with its progress, but off the home page and out of study until shown again. */
	hidden?: boolean;
}

/** Questions and cards are keyed `${deckId}/${questionId}`: question ids are stable only within a bank. */
export type QuestionRecord = Question & QuestionPlace;

/** Where a question sits on this device, beside the bank's own fields. */
export interface QuestionPlace {
	key: string;
	deckId: string;
	/** Position in the bank: lists of questions (a teacher picking them, the review screen) follow the article. */
	order: number;
	/** A newer bank no longer has this question; kept so its history and progress are not lost. */
	retired: boolean;
	/** Set when a student reported a problem; such a question is not shown until edited. */
	reported?: { at: number; note: string };
}

export interface CardRecord extends CardState {
	key: string;
	deckId: string;
	/** When the card is introduced among the deck's new cards (`introductionOrder`), read without its question. */
	order: number;
	/** Not offered for study: its question was retired by a newer bank or reported as faulty. */
	hidden: boolean;
	/** The latest answer in any mode (study or practice), kept with the card so the Missed list is one read. */
	lastAnswer?: { at: number; correct: boolean; given: string; mode: 'study' | 'practice'; reviewId: number };
}

export type ReviewEntry = ReviewRecord & {
	id?: number;
	deckId: string;
	/** What the student answered, as they gave it ('' for a rated flashcard). */
	given: string;
	correct: boolean;
	ms: number;
};

/** Every setting the app keeps, by key; the settings store holds one record per key. */
export interface Settings {
	/** Checked when saved and when restored; a setting added by a later version takes its default on read. */
	'study-settings': StudySettings;
	'show-streak': boolean;
	'last-backup-at': number;
	/** The build whose bundled banks are loaded, so a start after that reads one record and stops. */
	'bundled-banks-version': string;
	/** Shipped decks the student deleted: a later build does not bring them back. */
	'deleted-bundled-decks': string[];
}
export type SettingKey = keyof Settings;
export type SettingRecord = { [K in SettingKey]: { key: K; value: Settings[K] } }[SettingKey];

/** A teacher's set as kept on this device: the set itself plus what the builder needs to edit it again. */
export interface SetRecord {
	id: string;
	set: AssignmentSet;
	/** Where each question came from (`questionId` → question key `${deckId}/${questionId}`), for the builder. */
	sources: Record<string, string>;
	/** When its link, code, QR or file was first shown: editing after that strands the students' results. */
	sharedAt?: number;
	/** Answers the teacher counts as right besides the set's own, in the order they were accepted. */
	accepted?: AcceptedAnswer[];
	updatedAt: number;
}

/** A student's result, matched to one of this teacher's sets; keyed by its content, so one result is one row. */
export interface ResultRecord {
	key: string;
	setId: string;
	importedAt: number;
	result: AssignmentResult;
}

/** A student's go at an assignment; `setId` is the set's id, for the `by-set` index. */
export type AttemptRecord = Attempt & { setId: string };

export interface BylineDB extends DBSchema {
	decks: { key: string; value: DeckRecord };
	questions: { key: string; value: QuestionRecord; indexes: { 'by-deck': string } };
	cards: {
		key: string;
		value: CardRecord;
		indexes: {
			'by-deck': string;
			'by-due': number;
			'by-deck-due': [string, number];
			'by-deck-state-due': [string, CardRecord['state'], number];
		};
	};
	reviews: {
		key: number;
		value: ReviewEntry;
		indexes: { 'by-card': string; 'by-at': number; 'by-deck': string };
	};
	sets: { key: string; value: SetRecord; indexes: { 'by-updated': number } };
	results: { key: string; value: ResultRecord; indexes: { 'by-set': string } };
	attempts: { key: string; value: AttemptRecord; indexes: { 'by-set': string } };
	settings: { key: SettingKey; value: SettingRecord };
}

export type BylineDatabase = IDBPDatabase<BylineDB>;
export type UpgradeTransaction = IDBPTransaction<BylineDB, StoreNames<BylineDB>[], 'versionchange'>;

/**
 * Each block brings a database from the version before it to its own; never edit a block once released. A block
 * that rewrites records queues them on the upgrade transaction (no other awaits), and a failure aborts the upgrade,
 * so the database stays as the older version left it.
 */
export function upgrade(db: BylineDatabase, oldVersion: number, tx: UpgradeTransaction): void {
	if (oldVersion < 1) {
		db.createObjectStore('decks', { keyPath: 'id' });
		db.createObjectStore('questions', { keyPath: 'key' }).createIndex('by-deck', 'deckId');
		const cards = db.createObjectStore('cards', { keyPath: 'key' });
		cards.createIndex('by-deck', 'deckId');
		cards.createIndex('by-due', 'due');
		cards.createIndex('by-deck-due', ['deckId', 'due']);
		const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
		reviews.createIndex('by-card', 'cardId');
		reviews.createIndex('by-at', 'at');
		reviews.createIndex('by-deck', 'deckId');
		db.createObjectStore('sets', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
		db.createObjectStore('results', { keyPath: 'key' }).createIndex('by-set', 'setId');
		db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('by-set', 'setId');
		db.createObjectStore('settings', { keyPath: 'key' });
	}
	if (oldVersion < 2) {
		rewriteAttempts(tx).catch(() => abortUpgrade(tx));
	}
	if (oldVersion < 3) {
		// Version 3: a deck's due cards of one state in due order, so the first card of a big collection is found
		// without reading its new cards and every card due by tomorrow first.
		tx.objectStore('cards').createIndex('by-deck-state-due', ['deckId', 'state', 'due']);
	}
}

/** A rewrite that failed must not leave a half-upgraded database: the open fails instead, and says so. */
function abortUpgrade(tx: UpgradeTransaction): void {
	tx.done.catch(() => undefined);
	try {
		tx.abort();
	} catch {
		// The transaction had already ended: nothing of it was kept.
	}
}

/** An attempt's answers as version 1 kept them: an object keyed by question id. */
type AnswersV1 = Record<string, { given: string | string[]; ms: number }>;

/** Version 1's answers object as version 2's list, in the order the answers were given. */
export function answersFromV1(answers: object): AttemptRecord['answers'] {
	return Object.entries(answers as AnswersV1).map(([questionId, { given, ms }]) => ({
		questionId,
		given,
		ms
	}));
}

/** Version 2: each attempt's answers become a list (issue 13: ids such as `constructor` were lost as keys). */
async function rewriteAttempts(tx: UpgradeTransaction): Promise<void> {
	for (let cursor = await tx.objectStore('attempts').openCursor(); cursor; cursor = await cursor.continue()) {
		const answers: unknown = cursor.value.answers;
		if (typeof answers === 'object' && answers !== null && !Array.isArray(answers))
			await cursor.update({ ...cursor.value, answers: answersFromV1(answers) });
	}
}
