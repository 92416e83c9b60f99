import { listDecks } from '$lib/db/decks';
import type { BylineDatabase } from '$lib/db/schema';

export interface DeckSummary {
	id: string;
	title: string;
	articleDate?: string;
	questionCount: number;
	due: number;
	fresh: number;
}

export async function deckSummaries(db: BylineDatabase, now: number): Promise<DeckSummary[]> {
	const decks = await listDecks(db);
	return Promise.all(
		decks.map(async (deck) => {
			const shown = (await db.getAllFromIndex('cards', 'by-deck', deck.id)).filter((card) => !card.hidden);
			return {
				id: deck.id,
				title: deck.title,
				articleDate: deck.article.date,
				questionCount: deck.questionCount,
				due: shown.filter((card) => card.state !== 'new' && card.due <= now).length,
				fresh: shown.filter((card) => card.state === 'new').length
			};
		})
	);
}
