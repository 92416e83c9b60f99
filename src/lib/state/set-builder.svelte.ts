import { activeQuestions, listDecks } from '$lib/db/decks';
import type { BylineDatabase, DeckRecord } from '$lib/db/schema';
import { getSet, newSetId, saveSet, type StoredSet } from '$lib/db/sets';
import { FACT_KINDS, QUESTION_TYPE_NAMES, type FactKind } from '$lib/domain/vocabulary';
import { errorMessage } from '$lib/errors';
import {
	ASSIGNABLE_TYPES,
	DEFAULT_FORM,
	addAll,
	buildSet,
	candidatesOf,
	chosenOf,
	draftSet,
	drawRandom,
	filterCandidates,
	filterSummary,
	firstProblemTarget,
	formOf,
	keysOf,
	kinNotes,
	moveQuestion,
	toggleQuestion,
	type AssignableType,
	type Candidate,
	type FormProblems,
	type SetForm
} from '$lib/share/set-builder';
import type { ShippedDeck } from '$lib/share/reference';
import { linkCheck, type LinkCheck } from '$lib/share/teach';
import type { ShippedSource } from './assignment.svelte';
import { systemClock, type Clock } from './clock';

/**
 * Candidates listed at once; more on request. Few enough that a phone's page stays a few screens long and the
 * teacher reaches the filters and the set's bar without a long scroll back.
 */
export const PAGE = 25;

export interface BuilderOptions {
	clock?: Clock;
	/** Gives the seed of each random draw. */
	random?: () => number;
	/** Gives the id of each new set. */
	newId?: () => string;
	/** The decks shipped with the app, whose questions a link names by reference. */
	shipped?: ShippedSource;
	/** The app's origin and base path, as the share page will build the link: its size is measured against it. */
	linkBase?: string;
}

/** What a save did: the set as stored, or the element of the first field to fix. */
export type SaveOutcome = { saved: StoredSet } | { fix: string | undefined };

/**
 * A teacher building a quiz set, or editing one: the details form, the questions of their decks filtered by deck,
 * kind, type and words, picked one by one, all at once or at random, ordered, and saved after the form is checked.
 * Pure of the DOM; `/teach/set` renders it.
 */
export class SetBuilder {
	decks = $state.raw<DeckRecord[]>([]);
	/** Every question of every deck that can be assigned. */
	candidates = $state.raw<Candidate[]>([]);
	/** The stored set being edited; undefined for a new one. */
	editing = $state.raw<StoredSet>();
	/** An id was asked for and no such set is on this device. */
	missing = $state(false);

	form = $state<SetForm>({ ...DEFAULT_FORM });
	chosen = $state.raw<Candidate[]>([]);
	deckIds = $state<string[]>([]);
	kinds = $state<FactKind[]>([...FACT_KINDS]);
	types = $state<AssignableType[]>([...ASSIGNABLE_TYPES]);
	query = $state('');
	drawCount = $state(8);
	/** How many matches are listed. */
	shown = $state(PAGE);
	problems = $state<FormProblems>({});
	saving = $state(false);
	problem = $state('');
	/** Said to screen readers after each change to the set. */
	announcement = $state('');
	shipped = $state.raw<readonly ShippedDeck[]>([]);

	readonly matches: Candidate[] = $derived.by(() => {
		const pool = this.candidates.filter((c) => this.deckIds.includes(c.deckId));
		return filterCandidates(pool, { kinds: this.kinds, types: this.types, query: this.query });
	});
	readonly chosenKeys: ReadonlySet<string> = $derived(keysOf(this.chosen));
	/** Matches not in the set yet. */
	readonly unpicked: Candidate[] = $derived(this.matches.filter((c) => !this.chosenKeys.has(c.key)));
	/** What ties a listed or chosen question to one in the set by its fact or sentence, in words. */
	readonly kinNotes: ReadonlyMap<string, string> = $derived(
		kinNotes(this.chosen, [...this.matches.slice(0, this.shown), ...this.chosen])
	);
	/** The filters, in a line, for the folded filter section. */
	readonly filterLine: string = $derived(
		filterSummary(this.decks.length, {
			deckIds: this.deckIds,
			kinds: this.kinds,
			types: this.types,
			query: this.query
		})
	);
	/**
	 * What the link would cost if saved now, and how many questions one QR code holds: said while the teacher picks,
	 * not after saving. Undefined while the set is empty.
	 */
	readonly qr: LinkCheck | undefined = $derived.by(() => {
		const draft = draftSet(
			this.form,
			this.chosen.map((c) => c.question),
			this.#identity()
		);
		return draft && linkCheck(this.#linkBase, draft, this.shipped);
	});

	readonly #db: BylineDatabase;
	readonly #clock: Clock;
	readonly #random: () => number;
	readonly #newId: () => string;
	readonly #shippedSource: ShippedSource | undefined;
	readonly #linkBase: string;
	/** A new set's id and time, fixed when the builder opens, so the link measured is the link saved. */
	#fresh: { id: string; createdAt: number } | undefined;

	constructor(
		db: BylineDatabase,
		{
			clock = systemClock,
			random = Math.random,
			newId = newSetId,
			shipped,
			linkBase = 'https://byline.example'
		}: BuilderOptions = {}
	) {
		this.#db = db;
		this.#clock = clock;
		this.#random = random;
		this.#newId = newId;
		this.#shippedSource = shipped;
		this.#linkBase = linkBase;
	}

	#identity(): { id: string; createdAt: number } {
		const editing = this.editing;
		if (editing) return { id: editing.set.id, createdAt: editing.set.createdAt };
		this.#fresh ??= { id: this.#newId(), createdAt: this.#clock.now() };
		return this.#fresh;
	}

	/** Reads the decks' questions and the set `id` to edit, or starts a new set from the deck `deckId` (or all). */
	async load(id?: string, deckId?: string): Promise<void> {
		const decks = await listDecks(this.#db);
		const all = await Promise.all(
			decks.map(async (deck) => candidatesOf(deck, await activeQuestions(this.#db, deck.id)))
		);
		this.decks = decks;
		this.candidates = all.flat();
		// Without them every question is measured in full: the count said errs on the safe side.
		this.shipped = (await this.#shippedSource?.().catch(() => [])) ?? [];
		const stored = id ? await getSet(this.#db, id) : undefined;
		this.missing = Boolean(id) && !stored;
		this.editing = stored;
		if (stored) {
			this.form = formOf(stored.set);
			this.chosen = chosenOf(stored.set, stored.sources, this.candidates);
			const used = this.chosen.map((c) => c.deckId);
			this.deckIds = decks.filter((deck) => used.includes(deck.id)).map((deck) => deck.id);
		} else {
			this.deckIds = decks.filter((deck) => !deckId || deck.id === deckId).map((deck) => deck.id);
			if (this.deckIds.length === 0) this.deckIds = decks.map((deck) => deck.id);
			const only = this.deckIds.length === 1 ? decks.find((deck) => deck.id === this.deckIds[0]) : undefined;
			if (only && !this.form.title) this.form.title = only.title;
		}
	}

	/** Puts a candidate in the set or takes it out; a question id already in the set from another deck is refused. */
	toggle(candidate: Candidate): void {
		const next = toggleQuestion(this.chosen, candidate);
		this.chosen = next.chosen;
		this.announcement = next.clash
			? 'A question with the same id from another deck is already in the set.'
			: this.chosen.length > 0
				? `${this.chosen.length} in the set.${this.#kinNote(candidate)}${this.#qrNote()}`
				: 'The set is empty.';
	}

	/** Every match not in the set yet. */
	addMatches(): void {
		const before = this.chosen.length;
		this.chosen = addAll(this.chosen, this.matches);
		this.announcement = `Added ${this.chosen.length - before}; ${this.chosen.length} in the set.${this.#qrNote()}`;
	}

	/** `drawCount` matches at random, one per fact, then one per sentence, first. */
	draw(): void {
		const before = this.chosen.length;
		const seed = Math.floor(this.#random() * 2 ** 31);
		this.chosen = addAll(this.chosen, drawRandom(this.unpicked, this.drawCount, seed));
		this.announcement = `Added ${this.chosen.length - before} at random; ${this.chosen.length} in the set.${this.#qrNote()}`;
	}

	/** Said when a question just added is tied to one already in the set. */
	#kinNote(candidate: Candidate): string {
		const note = this.chosenKeys.has(candidate.key) ? this.kinNotes.get(candidate.key) : undefined;
		return note ? ` ${note}` : '';
	}

	/** Said when the set has just outgrown one QR code, so a screen reader user hears it when a sighted one sees it. */
	#qrNote(): string {
		const qr = this.qr;
		return qr && !qr.fits ? ` ${qr.over} too many for one QR code: share the link or file.` : '';
	}

	move(index: number, by: -1 | 1): void {
		this.chosen = moveQuestion(this.chosen, index, by);
	}

	showMore(): void {
		this.shown += PAGE;
	}

	setDeck(id: string, on: boolean): void {
		this.deckIds = on ? [...this.deckIds, id] : this.deckIds.filter((d) => d !== id);
	}

	setKind(kind: FactKind, on: boolean): void {
		this.kinds = on ? [...this.kinds, kind] : this.kinds.filter((k) => k !== kind);
	}

	/** A type no longer allowed leaves the set too: the teacher said students should not get it. */
	setType(type: AssignableType, on: boolean): void {
		this.types = on ? [...this.types, type] : this.types.filter((t) => t !== type);
		if (on) return;
		const kept = this.chosen.filter((c) => c.question.type !== type);
		const removed = this.chosen.length - kept.length;
		this.chosen = kept;
		if (removed > 0)
			this.announcement = `Removed ${removed} ${QUESTION_TYPE_NAMES[type]} ${removed === 1 ? 'question' : 'questions'} from the set.`;
	}

	/**
	 * Checks the form and saves the set: the same set when editing, unless `asNew`, which makes an unshared copy
	 * under a new id (the way to change a set whose link is already out).
	 */
	async save(asNew = false): Promise<SaveOutcome | undefined> {
		if (this.saving) return undefined;
		const now = this.#clock.now();
		const editing = asNew ? undefined : this.editing;
		const built = buildSet(
			this.form,
			this.chosen.map((c) => c.question),
			editing
				? { id: editing.set.id, createdAt: editing.set.createdAt }
				: asNew
					? { id: this.#newId(), createdAt: now }
					: this.#identity()
		);
		if ('problems' in built) {
			this.problems = built.problems;
			this.announcement = 'The set was not saved: see the notes by the fields.';
			return { fix: firstProblemTarget(built.problems) };
		}
		this.problems = {};
		this.problem = '';
		this.saving = true;
		try {
			const sources = Object.fromEntries(
				this.chosen.filter((c) => !c.key.startsWith('set/')).map((c) => [c.question.id, c.key])
			);
			const saved = await saveSet(this.#db, {
				set: built.set,
				sources,
				sharedAt: editing?.sharedAt,
				accepted: editing?.accepted,
				updatedAt: now
			});
			return { saved };
		} catch (error) {
			this.problem = errorMessage(error);
			return undefined;
		} finally {
			this.saving = false;
		}
	}
}
