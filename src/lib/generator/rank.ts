/**
 * Where the key sits among its choices, lowest to highest (issue 9: a test-wise student who knows the key is
 * usually second-highest wins without reading). Figures and dates draw how many wrong answers go below the key
 * from the fact; this decides whether that draw can be honoured.
 */

/** How many of the three wrong answers may fall below the key: 0 (the key is lowest) to 3 (it is highest). */
export const RANKS = [0, 1, 2, 3] as const;

/**
 * The wrong answers with `below` of them below the key, from `pick` (which answers undefined when the values do
 * not allow that many below). None when the drawn rank is not possible, or when only one rank is: a key whose
 * place among its choices is fixed by its value (a count of 1 is always lowest, a past year just before the
 * article's date nearly always highest) tells itself apart, so it is asked by a typed question or a flashcard.
 */
export function atRank<T>(below: number, pick: (below: number) => T[] | undefined): T[] {
	const possible = RANKS.filter((b) => pick(b) !== undefined);
	if (possible.length < 2 || !possible.includes(below as (typeof RANKS)[number])) return [];
	return pick(below) ?? [];
}
