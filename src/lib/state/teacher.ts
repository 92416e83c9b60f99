import { activeQuestions, listDecks } from '$lib/db/decks';
import { addResult, deleteResult, resultCounts, resultsForSet } from '$lib/db/results';
import type { BylineDatabase, DeckRecord } from '$lib/db/schema';
import {
	deleteSet,
	duplicateOf,
	getSet,
	listSets,
	markShared,
	newSetId,
	saveSet,
	type StoredSet
} from '$lib/db/sets';
import { ShareError } from '$lib/share/codec';
import { buildGradebook, type Gradebook } from '$lib/share/gradebook';
import { decodeResult, findSetFor, gradeResult } from '$lib/share/result';
import type { ExportedFile } from '$lib/share/export/formats';
import { exportFile, type ExportFormat, type ImportReport } from '$lib/share/teach';
import { systemClock, type Clock } from './clock';

export type { StoredSet };

/** What the teacher's pages load depends on: sets, their results and the counts. Invalidated after each change. */
export const TEACHING = 'byline:teaching';

export interface Shelf {
	sets: StoredSet[];
	/** Results per set id. */
	counts: Map<string, number>;
	decks: DeckRecord[];
}

export interface GradebookPage {
	/** Undefined when the set is not on this device. */
	stored: StoredSet | undefined;
	book: Gradebook | undefined;
	/** Every set, to match results pasted here to theirs. */
	sets: StoredSet[];
}

/**
 * The teacher's side on this device: reading sets, results and decks for the pages, and the changes made from
 * them (copy, delete, share, results in and out), each in words the page can say. The pages hold no database.
 */
export class TeacherDesk {
	readonly #db: BylineDatabase;
	readonly #clock: Clock;
	readonly #newId: () => string;

	constructor(db: BylineDatabase, clock: Clock = systemClock, newId: () => string = newSetId) {
		this.#db = db;
		this.#clock = clock;
		this.#newId = newId;
	}

	async shelf(): Promise<Shelf> {
		const [sets, counts, decks] = await Promise.all([
			listSets(this.#db),
			resultCounts(this.#db),
			listDecks(this.#db)
		]);
		return { sets, counts, decks };
	}

	async set(id: string): Promise<StoredSet | undefined> {
		return id ? getSet(this.#db, id) : undefined;
	}

	async sets(): Promise<StoredSet[]> {
		return listSets(this.#db);
	}

	async gradebook(setId: string): Promise<GradebookPage> {
		const [stored, sets, results] = await Promise.all([
			this.set(setId),
			listSets(this.#db),
			resultsForSet(this.#db, setId)
		]);
		const book = stored
			? buildGradebook(
					stored.set,
					results.map((r) => r.result)
				)
			: undefined;
		return { stored, book, sets };
	}

	/** A fresh, unshared copy: the way to change a set whose link is already out. */
	async duplicate(stored: StoredSet): Promise<string> {
		const copy = await saveSet(this.#db, duplicateOf(stored, this.#newId(), this.#clock.now()));
		return `Made “${copy.set.title}”.`;
	}

	/** The set goes with its results, which could not be graded without it. */
	async remove(stored: StoredSet): Promise<string> {
		await deleteSet(this.#db, stored.set.id);
		return `Deleted “${stored.set.title}”.`;
	}

	/** Showing the link is sharing it: from then on, editing the set strands its results. Returns when it was. */
	async markShared(stored: StoredSet): Promise<number> {
		if (stored.sharedAt !== undefined) return stored.sharedAt;
		const at = this.#clock.now();
		await markShared(this.#db, stored.set.id, at);
		return at;
	}

	/** Every active question of a deck, as a file in the format chosen, with what the format could not carry. */
	async exportDeck(deck: DeckRecord, format: ExportFormat): Promise<{ file: ExportedFile; message: string }> {
		const questions = await activeQuestions(this.#db, deck.id);
		const file = await exportFile(format, questions, deck.title);
		const leftOut = file.notes.filter((note) => note.kind === 'left-out').length;
		const message = leftOut
			? `Saved ${questions.length - leftOut} of ${questions.length} questions from “${deck.title}”; the format cannot take the others, listed below.`
			: `Saved ${questions.length} questions from “${deck.title}”.`;
		return { file, message };
	}

	async removeResult(key: string): Promise<void> {
		await deleteResult(this.#db, key);
	}

	/**
	 * Opens results from links, codes and files: each is decoded, matched to this device's copy of its set (an
	 * unknown set, another version of it, or a damaged code is refused with a reason) and kept once.
	 */
	async importResults(inputs: readonly { source: string; text: string }[]): Promise<ImportReport[]> {
		const sets = (await listSets(this.#db)).map((stored) => stored.set);
		const reports: ImportReport[] = [];
		for (const { source, text } of inputs) {
			try {
				const result = decodeResult(text);
				const set = findSetFor(result, sets);
				const { right, total } = gradeResult(set, result);
				const { outcome } = await addResult(this.#db, result, this.#clock.now());
				reports.push({
					ok: true,
					outcome,
					student: result.student,
					setId: set.id,
					setTitle: set.title,
					source,
					right,
					total
				});
			} catch (error) {
				if (!(error instanceof ShareError)) throw error;
				reports.push({ ok: false, message: error.message, source });
			}
		}
		return reports;
	}
}
