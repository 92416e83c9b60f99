import { counted } from '$lib/domain/format';
import { activeQuestions, listDecks } from '$lib/db/decks';
import { addResults, deleteResult, resultCounts, resultsForSet } from '$lib/db/results';
import type { BylineDatabase, DeckRecord } from '$lib/db/schema';
import {
	deleteSet,
	duplicateOf,
	getSet,
	listSets,
	markShared,
	newSetId,
	saveAccepted,
	saveSet,
	type StoredSet
} from '$lib/db/sets';
import { assignmentHash, type AssignmentSet } from '$lib/share/assignment';
import { ShareError } from '$lib/share/codec';
import { SCAN_MAX_CHARS, findResults, zipTexts, type Found } from '$lib/share/find-results';
import { buildGradebook, resultNotes, type Gradebook } from '$lib/share/gradebook';
import {
	decodeResult,
	findSetFor,
	gradeResult,
	indexAccepted,
	type AssignmentResult
} from '$lib/share/result';
import { foundSource, importReport, type ImportItem, type ImportReport } from '$lib/share/result-import';
import type { ExportedFile } from '$lib/share/export/formats';
import { exportFile, type ExportFormat } from '$lib/share/teach';
import { systemClock, type Clock } from './clock';

export type { StoredSet };

/** A result matched to its set and graded, waiting to be stored. */
type Matched = Omit<Extract<ImportItem, { status: 'added' | 'already' }>, 'status' | 'repeat'> & {
	result: AssignmentResult;
};

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
	readonly #db: () => Promise<BylineDatabase>;
	readonly #clock: Clock;
	readonly #newId: () => string;

	/**
	 * `db` is the database, or how to get it: the result page passes the app's storage, so that a code is read (and
	 * a broken or oversized one refused) even while storage fails.
	 */
	constructor(
		db: BylineDatabase | (() => Promise<BylineDatabase>),
		clock: Clock = systemClock,
		newId: () => string = newSetId
	) {
		this.#db = typeof db === 'function' ? db : async () => db;
		this.#clock = clock;
		this.#newId = newId;
	}

	async shelf(): Promise<Shelf> {
		const db = await this.#db();
		const [sets, counts, decks] = await Promise.all([listSets(db), resultCounts(db), listDecks(db)]);
		return { sets, counts, decks };
	}

	async set(id: string): Promise<StoredSet | undefined> {
		return id ? getSet(await this.#db(), id) : undefined;
	}

	async sets(): Promise<StoredSet[]> {
		return listSets(await this.#db());
	}

	async gradebook(setId: string): Promise<GradebookPage> {
		const db = await this.#db();
		const [stored, sets, results] = await Promise.all([
			this.set(setId),
			listSets(db),
			resultsForSet(db, setId)
		]);
		const book = stored
			? buildGradebook(
					stored.set,
					results.map((r) => r.result),
					{ accepted: stored.accepted }
				)
			: undefined;
		return { stored, book, sets };
	}

	/** A fresh, unshared copy: the way to change a set whose link is already out. */
	async duplicate(stored: StoredSet): Promise<string> {
		const copy = await saveSet(await this.#db(), duplicateOf(stored, this.#newId(), this.#clock.now()));
		return `Made “${copy.set.title}”.`;
	}

	/** The set goes with its results, which could not be graded without it. */
	async remove(stored: StoredSet): Promise<string> {
		await deleteSet(await this.#db(), stored.set.id);
		return `Deleted “${stored.set.title}”.`;
	}

	/** Showing the link is sharing it: from then on, editing the set strands its results. Returns when it was. */
	async markShared(stored: StoredSet): Promise<number> {
		if (stored.sharedAt !== undefined) return stored.sharedAt;
		const at = this.#clock.now();
		await markShared(await this.#db(), stored.set.id, at);
		return at;
	}

	/** Every active question of a deck, as a file in the format chosen, with what the format could not carry. */
	async exportDeck(deck: DeckRecord, format: ExportFormat): Promise<{ file: ExportedFile; message: string }> {
		const questions = await activeQuestions(await this.#db(), deck.id);
		const file = await exportFile(format, questions, deck.title);
		const leftOut = file.notes.filter((note) => note.kind === 'left-out').length;
		const message = leftOut
			? `Saved ${questions.length - leftOut} of ${counted(questions.length, 'question')} from “${deck.title}”; the format cannot take the others, listed below.`
			: `Saved ${counted(questions.length, 'question')} from “${deck.title}”.`;
		return { file, message };
	}

	/**
	 * Counts an answer as right for one question, for every student who gave it (the same once normalised, as
	 * grading compares answers). Kept with the set on this device; the shared set and its links do not change.
	 */
	async acceptAnswer(
		setId: string,
		questionId: string,
		answer: { normalized: string; text: string }
	): Promise<string> {
		const stored = await getSet(await this.#db(), setId);
		const number = stored ? stored.set.questions.findIndex((q) => q.id === questionId) + 1 : 0;
		if (!stored || number === 0 || !answer.normalized) return 'That question is no longer in the set.';
		const accepted = (stored.accepted ?? []).filter(
			(item) => !(item.questionId === questionId && item.normalized === answer.normalized)
		);
		accepted.push({ questionId, normalized: answer.normalized, text: answer.text, at: this.#clock.now() });
		await saveAccepted(await this.#db(), setId, accepted, this.#clock.now());
		return `“${answer.text}” now counts as right for question ${number}.`;
	}

	/** Takes back an accepted answer: every student who gave it is graded by the set's own answer again. */
	async undoAccept(setId: string, questionId: string, normalized: string): Promise<string> {
		const stored = await getSet(await this.#db(), setId);
		const undone = stored?.accepted?.find(
			(item) => item.questionId === questionId && item.normalized === normalized
		);
		if (!stored || !undone) return 'That answer was not accepted.';
		const number = stored.set.questions.findIndex((q) => q.id === questionId) + 1;
		await saveAccepted(
			await this.#db(),
			setId,
			stored.accepted!.filter((item) => item !== undone),
			this.#clock.now()
		);
		return `“${undone.text}” no longer counts as right${number > 0 ? ` for question ${number}` : ''}.`;
	}

	async removeResult(key: string): Promise<void> {
		await deleteResult(await this.#db(), key);
	}

	/**
	 * Every result in a pasted text (a link, a code, a chat export, a mailbox), added in one go with one report:
	 * each decoded, matched to this device's copy of its set (an unknown set, another version of it, or a damaged
	 * code is refused with a reason) and kept once. `source` names a single link, such as "Result link".
	 */
	/**
	 * A result link opened in the browser: its fragment is one code, so a character no code has (a `%` a mail
	 * program put there) means the code was changed on the way, which the codec's own message says; searching it
	 * as text would find only the part before that character and call it cut short.
	 */
	async importLink(code: string): Promise<ImportReport> {
		if (!/^[A-Za-z0-9_.-]*$/.test(code)) decodeResult(code);
		return this.importText(`#${code}`, 'Result link');
	}

	async importText(text: string, source?: string): Promise<ImportReport> {
		const found = findResults(text);
		return this.#import(found.map((item) => ({ found: item, source: source ?? foundSource(item) })));
	}

	/**
	 * Result files, chat exports, mail files and ZIPs of them, dropped or picked together: one report for all.
	 * A file that holds no result says so.
	 */
	async importFiles(files: readonly File[]): Promise<ImportReport> {
		const inputs: { found: Found; source: string }[] = [];
		for (const file of files) {
			const texts = await readFile(file);
			if (typeof texts === 'string') {
				inputs.push({ found: refusal(texts), source: file.name });
				continue;
			}
			for (const { name, text } of texts) {
				const found = findResults(text);
				if (found.length === 0) {
					inputs.push({ found: refusal(NO_RESULT), source: name });
				}
				for (const item of found)
					inputs.push({ found: item, source: foundSource(item, name, found.length > 1) });
			}
		}
		return this.#import(inputs);
	}

	/** Matches, grades and stores every result found, in one transaction, and says what became of each. */
	async #import(inputs: readonly { found: Found; source: string }[]): Promise<ImportReport> {
		// Nothing readable needs no storage: a refused code is said even while storage fails.
		const readable = inputs.some(({ found }) => found.outcome.ok);
		const stored = readable ? await listSets(await this.#db()) : [];
		const sets = stored.map((entry) => entry.set);
		const accepted = new Map(stored.map((entry) => [entry.set.id, indexAccepted(entry.accepted ?? [])]));
		const hashes = new Map<AssignmentSet, string>();
		const hashOf = (set: AssignmentSet) => {
			const hash = hashes.get(set) ?? assignmentHash(set);
			hashes.set(set, hash);
			return hash;
		};
		const items: (ImportItem | Matched)[] = inputs.map(({ found, source }) => {
			const { context, outcome } = found;
			if (!outcome.ok) return { status: 'refused', source, context, message: outcome.error.message };
			const result = outcome.result;
			try {
				const set = findSetFor(result, sets, hashOf);
				const { right, total } = gradeResult(set, result, hashOf(set), accepted.get(set.id));
				const notes = resultNotes(set, result);
				return {
					result,
					source,
					context,
					student: result.student,
					setId: set.id,
					setTitle: set.title,
					right,
					total,
					notes
				};
			} catch (error) {
				if (!(error instanceof ShareError)) throw error;
				return { status: 'refused', source, context, message: error.message };
			}
		});
		const matched = items.flatMap((entry) => ('result' in entry ? [entry.result] : []));
		const outcomes = matched.length > 0 ? await addResults(await this.#db(), matched, this.#clock.now()) : [];
		const seen = new Set<string>();
		let next = 0;
		return importReport(
			items.map((entry): ImportItem => {
				if (!('result' in entry)) return entry;
				const { outcome, key } = outcomes[next++]!;
				const repeat = seen.has(key);
				seen.add(key);
				const { result: _result, ...item } = entry;
				return { ...item, status: outcome === 'added' ? 'added' : 'already', repeat };
			})
		);
	}
}

/** A file's own refusal: nothing of ours in it, too large to search, or a damaged ZIP. */
function refusal(message: string): Found {
	return {
		line: 1,
		context: '',
		code: '',
		outcome: { ok: false, error: new ShareError('not-byline', message) }
	};
}

/** A file's texts: itself, or each text inside a ZIP (a chat export with its attachments); or why not. */
const NO_RESULT = 'No result link, code or file was found in it.';

async function readFile(file: File): Promise<{ name: string; text: string }[] | string> {
	if (/\.zip$/i.test(file.name) || file.type === 'application/zip') {
		try {
			const texts = zipTexts(new Uint8Array(await file.arrayBuffer()));
			if (texts.length === 0) return 'There is no chat, mail or result file in this ZIP.';
			return texts.map(({ name, text }) => ({ name: `${file.name} › ${name}`, text }));
		} catch (error) {
			if (error instanceof ShareError) return error.message;
			throw error;
		}
	}
	// Reading a huge file whole would stall the page for nothing.
	if (file.size > SCAN_MAX_CHARS) {
		return `This file is too large to search (the limit is ${SCAN_MAX_CHARS / 1024 / 1024} MB).`;
	}
	const text = await file.text();
	// A photo or other binary file decodes to replacement characters, which would read as one garbled "code".
	const start = text.slice(0, 4096);
	if (/^(image|audio|video)\//.test(file.type) || start.includes('\u0000') || start.includes('\uFFFD')) {
		return NO_RESULT;
	}
	return [{ name: file.name, text }];
}
