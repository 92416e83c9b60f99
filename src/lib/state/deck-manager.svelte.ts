import {
	deckContents,
	deleteDeck,
	renameDeck,
	restoreDeck,
	setDeckHidden,
	type DeckContents,
	type DeletedDeck
} from '$lib/db/deck-manage';
import type { BylineDatabase } from '$lib/db/schema';
import { errorMessage } from '$lib/errors';
import type { Clock } from './clock';

/** A deck named by the page: its id and the title the student knows it by. */
export interface DeckName {
	id: string;
	title: string;
}

/**
 * Renaming, hiding and deleting decks from the home page. Deleting asks first, with what goes (questions, progress,
 * answers), then offers Undo until another deck is deleted or the page is left. `changed` runs after each write,
 * for the page to load its decks again. Pure of the DOM.
 */
export class DeckManager {
	/** The deck whose deletion waits for a yes, with what would go. */
	confirming = $state.raw<{ deck: DeckName; contents: DeckContents }>();
	/** The deck just deleted, kept whole for Undo. */
	deleted = $state.raw<DeletedDeck>();
	problem = $state('');
	busy = $state(false);

	constructor(
		private readonly db: () => Promise<BylineDatabase>,
		private readonly clock: Clock,
		private readonly changed: () => Promise<void>
	) {}

	rename(deck: DeckName, title: string): Promise<boolean> {
		return this.#run(async (db) => renameDeck(db, deck.id, title, this.clock.now()));
	}

	hide(deck: DeckName, hidden: boolean): Promise<boolean> {
		return this.#run(async (db) => setDeckHidden(db, deck.id, hidden, this.clock.now()));
	}

	async askDelete(deck: DeckName): Promise<void> {
		this.problem = '';
		try {
			this.confirming = { deck, contents: await deckContents(await this.db(), deck.id) };
		} catch (error) {
			this.problem = errorMessage(error);
		}
	}

	cancelDelete(): void {
		this.confirming = undefined;
	}

	async confirmDelete(): Promise<void> {
		const asked = this.confirming;
		if (!asked) return;
		const done = await this.#run(async (db) => {
			this.deleted = await deleteDeck(db, asked.deck.id);
		});
		if (done) this.confirming = undefined;
	}

	async undo(): Promise<void> {
		const deleted = this.deleted;
		if (!deleted) return;
		if (await this.#run((db) => restoreDeck(db, deleted))) this.deleted = undefined;
	}

	async #run(work: (db: BylineDatabase) => Promise<void>): Promise<boolean> {
		if (this.busy) return false;
		this.busy = true;
		this.problem = '';
		try {
			await work(await this.db());
			await this.changed();
			return true;
		} catch (error) {
			this.problem = errorMessage(error);
			return false;
		} finally {
			this.busy = false;
		}
	}
}
