import { listDecks } from '$lib/db/decks';
import type { BylineDatabase, DeckRecord } from '$lib/db/schema';
import { errorMessage } from '$lib/errors';
import type { Bank } from '$lib/generator/bank';
import { GenerationError, startGeneration, type Generation } from '$lib/import/generation';
import {
	InputProblem,
	MAX_BYTES,
	checkText,
	prefill,
	problem,
	readArticleFile,
	type Prefill
} from '$lib/import/input';
import type { GenerateRequest, GenerationStage, Omitted } from '$lib/import/protocol';
import {
	articleText,
	deckIdFor,
	decksWithReports,
	emptyBankProblem,
	leftOutNote,
	reviewItems,
	reviewedBank,
	saveImported,
	type ReviewItem
} from '$lib/import/review';
import { systemClock, type Clock } from './clock';

export type ImportStep =
	| { name: 'input' }
	| { name: 'generating'; stage: GenerationStage }
	| { name: 'review'; bank: Bank; ms: number; omitted: Omitted }
	| { name: 'saved'; deckId: string; title: string; count: number; updated: boolean };

/** Starts the generator on an article; the page's is a Web Worker, a test's may run it in place. */
export type Generate = (
	request: Omit<GenerateRequest, 'type'>,
	onStage: (stage: GenerationStage) => void
) => Generation;

export interface ImportOptions {
	clock?: Clock;
	generate?: Generate;
}

type Field = 'title' | 'date' | 'source' | 'authors';

export interface ReportedDeck {
	id: string;
	title: string;
	count: number;
}

/**
 * Turning an article into a deck: the text pasted or opened with its fields filled from its top lines, the
 * questions generated off the page's thread, reviewed (accepted, rejected, edited) and saved as a deck, which a
 * second import under the same title updates. Pure of the DOM; `/import` renders it.
 */
export class ArticleImport {
	step = $state.raw<ImportStep>({ name: 'input' });
	text = $state('');
	title = $state('');
	/** YYYY-MM-DD, or ''. */
	date = $state('');
	source = $state('');
	/** Names separated by commas. */
	authors = $state('');
	/** What went wrong, or what the person must do next, in their words. */
	error = $state('');
	/** The generated questions as reviewed so far. */
	items = $state.raw<ReviewItem[]>([]);
	saving = $state(false);
	/** Every deck on this device, to say when an import updates one. */
	decks = $state.raw<DeckRecord[]>([]);
	/** Decks with questions students reported, for the links to their review screens. */
	reported = $state.raw<ReportedDeck[]>([]);

	/** Fields the person typed in are theirs: a new paste no longer overwrites them. */
	#touched: Record<Field, boolean> = { title: false, date: false, source: false, authors: false };
	#generation: Generation | undefined;
	readonly #db: BylineDatabase;
	readonly #clock: Clock;
	readonly #generate: Generate;

	constructor(db: BylineDatabase, { clock = systemClock, generate = startGeneration }: ImportOptions = {}) {
		this.#db = db;
		this.#clock = clock;
		this.#generate = generate;
	}

	/** Reads the decks and the reported questions' decks. */
	async load(): Promise<void> {
		const [decks, reported] = await Promise.all([listDecks(this.#db), decksWithReports(this.#db)]);
		this.decks = decks;
		this.reported = reported;
	}

	/** The deck this article is saved to, named after its title. */
	get deckId(): string {
		return deckIdFor(this.title);
	}

	/** The deck an import under this title would update, if there is one. */
	get existing(): DeckRecord | undefined {
		if (!this.title.trim()) return undefined;
		const id = this.deckId;
		return this.decks.find((deck) => deck.id === id);
	}

	get accepted(): number {
		return this.items.filter((item) => item.accepted).length;
	}

	get unsure(): number {
		return this.items.filter((item) => item.unsure).length;
	}

	/** What the deck cap left out of a long article, said on the review screen; undefined when nothing was. */
	get leftOut(): string | undefined {
		const step = this.step;
		return step.name === 'review' ? leftOutNote(step.bank.questions.length, step.omitted) : undefined;
	}

	/** The person typed in a field: from now on it is theirs. */
	typed(field: Field): void {
		this.#touched[field] = true;
	}

	/** The text changed: the fields not typed in follow it. */
	textChanged(): void {
		this.error = '';
		this.#fill(prefill(this.text));
	}

	/** Reads an article file (text, Markdown or HTML) into the text and its fields. */
	async openFile(file: File): Promise<void> {
		this.error = '';
		try {
			if (file.size > MAX_BYTES) throw problem('too-big');
			const read = readArticleFile(file.name, file.type, new Uint8Array(await file.arrayBuffer()));
			this.text = read.title ? articleText(read.title, read.body) : read.body;
			this.#touched = { title: false, date: false, source: false, authors: false };
			this.#fill(read);
		} catch (caught) {
			this.error =
				caught instanceof InputProblem ? caught.message : `This file could not be read: ${String(caught)}`;
		}
	}

	/** Checks the article, then generates its questions and shows them for review; false if it never started. */
	async generate(): Promise<boolean> {
		if (this.step.name === 'generating') return false;
		this.error = '';
		try {
			checkText(this.text);
		} catch (caught) {
			this.error = caught instanceof InputProblem ? caught.message : String(caught);
			return false;
		}
		if (!this.title.trim()) {
			this.error = 'Give the article a title: it names the deck.';
			return false;
		}
		const read = prefill(this.text);
		const body = read.title ? read.body : this.text;
		this.step = { name: 'generating', stage: 'loading' };
		const generation = this.#generate(
			{
				text: articleText(this.title, body),
				id: this.deckId,
				...(this.date ? { date: this.date } : {}),
				...(this.source.trim() ? { source: this.source.trim() } : {}),
				authors: this.authors
					.split(',')
					.map((name) => name.trim())
					.filter(Boolean)
			},
			(stage) => {
				if (this.step.name === 'generating') this.step = { name: 'generating', stage };
			}
		);
		this.#generation = generation;
		try {
			const { bank, ms, omitted } = await generation.result;
			const empty = emptyBankProblem(bank);
			if (empty) {
				this.error = empty;
				this.step = { name: 'input' };
				return true;
			}
			this.items = reviewItems(bank);
			this.step = { name: 'review', bank, ms, omitted };
		} catch (caught) {
			this.step = { name: 'input' };
			if (caught instanceof DOMException && caught.name === 'AbortError') return true;
			this.error =
				caught instanceof GenerationError && caught.input
					? `This text cannot be made into a deck: ${caught.message}.`
					: errorMessage(caught);
		} finally {
			if (this.#generation === generation) this.#generation = undefined;
		}
		return true;
	}

	/** Stops generating; the article stays to try again. */
	cancel(): void {
		if (!this.#generation) return;
		this.#generation.cancel();
		this.step = { name: 'input' };
		this.error = 'Stopped. Nothing was saved.';
	}

	/** The person left the page: a generation still running has nobody to report to. */
	dispose(): void {
		this.#generation?.cancel();
		this.#generation = undefined;
	}

	/** Saves the accepted questions, with their edits, as a deck (updating one of the same title). */
	async save(): Promise<void> {
		const step = this.step;
		if (step.name !== 'review' || this.saving) return;
		this.error = '';
		if (this.accepted === 0) {
			this.error = 'Accept at least one question to make a deck.';
			return;
		}
		this.saving = true;
		try {
			const bank = reviewedBank(step.bank, this.items);
			const outcome = await saveImported(this.#db, bank, this.#clock.now());
			this.step = {
				name: 'saved',
				deckId: bank.id,
				title: bank.title,
				count: bank.questions.length,
				updated: outcome !== 'created'
			};
			this.decks = await listDecks(this.#db);
		} catch (caught) {
			this.error = errorMessage(caught);
		} finally {
			this.saving = false;
		}
	}

	/** Back to the article, the generated questions dropped. */
	startOver(): void {
		this.step = { name: 'input' };
		this.items = [];
		this.error = '';
	}

	#fill(from: Prefill): void {
		if (!this.#touched.title) this.title = from.title;
		if (!this.#touched.date) this.date = from.date ?? '';
		if (!this.#touched.source) this.source = from.source ?? '';
		if (!this.#touched.authors) this.authors = from.authors.join(', ');
	}
}
