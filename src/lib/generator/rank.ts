/**
 * Where the key sits among its choices, lowest to highest (issue 9: a test-wise student who knows the key is
 * usually second-highest wins without reading). Figures and dates draw how many wrong answers go below the key
 * from the fact; this decides whether that draw can be honoured.
 */

/** How many of the three wrong answers may fall below the key: 0 (the key is lowest) to 3 (it is highest). */
export const RANKS = [0, 1, 2, 3] as const;

/** A rank the key may take: 0 (lowest among the four choices) to 3 (highest). */
export type Rank = (typeof RANKS)[number];

/** The key's rank: a fixed one, or one chosen from those the values allow (a deck's `RankDealer`). */
export type RankChoice = number | ((possible: readonly Rank[]) => Rank);

/**
 * The wrong answers with `below` of them below the key, from `pick` (which answers undefined when the values do
 * not allow that many below). None when the drawn rank is not possible, or when only one rank is: a key whose
 * place among its choices is fixed by its value (a count of 1 is always lowest, a past year just before the
 * article's date nearly always highest) tells itself apart, so it is asked by a typed question or a flashcard.
 */
export function atRank<T>(below: RankChoice, pick: (below: number) => T[] | undefined): T[] {
	const possible = RANKS.filter((b) => pick(b) !== undefined);
	if (possible.length < 2) return [];
	const rank = typeof below === 'number' ? below : below(possible);
	if (!possible.includes(rank as Rank)) return [];
	return pick(rank) ?? [];
}

/**
 * Deals the key's rank to one deck's choice questions in turn: each gets, of the ranks its values allow, the one
 * the deck's questions have had least often so far (ties in an order drawn from the deck's seed). A rank drawn for
 * each fact on its own is uniform only over many decks; one deck of 28 such questions had 16 keys second-highest,
 * which a test-wise student learns within the deck.
 */
export class RankDealer {
	private readonly dealt = [0, 0, 0, 0];
	private offered: Rank | undefined;

	constructor(private readonly order: readonly Rank[]) {}

	readonly choose = (possible: readonly Rank[]): Rank => {
		const rank = [...possible].sort(
			(a, b) => this.dealt[a]! - this.dealt[b]! || this.order.indexOf(a) - this.order.indexOf(b)
		)[0]!;
		this.offered = rank;
		return rank;
	};

	/** The question last offered a rank is in the deck: its rank counts against that rank from now on. */
	kept(): void {
		if (this.offered !== undefined) this.dealt[this.offered]!++;
		this.offered = undefined;
	}
}
