import type { Bank } from '$lib/generator/bank';
import { saveBank, type SaveOutcome } from './decks';
import type { BylineDatabase } from './schema';

/**
 * Adds an assignment's questions to the student's decks, once. A deck made from a link is never written again:
 * its id is the set's content hash (`assignmentDeckId`), so the same set finds it already there and any other set,
 * whatever id it claims, makes its own; nothing a later link carries can rename it, retire its questions (which
 * would hide their cards and empty its Missed list) or add to it. A title another deck has gets a number, so a
 * student can tell "Week 1 quiz" from "Week 1 quiz (2)".
 */
export async function addAssignmentDeck(db: BylineDatabase, bank: Bank, now: number): Promise<SaveOutcome> {
	if ((await db.getKey('decks', bank.id)) !== undefined) return 'unchanged';
	const titles = new Set((await db.getAll('decks')).map((deck) => deck.title));
	return saveBank(db, { ...bank, title: freeTitle(bank.title, titles) }, 'imported', now);
}

function freeTitle(title: string, taken: ReadonlySet<string>): string {
	if (!taken.has(title)) return title;
	let n = 2;
	while (taken.has(`${title} (${n})`)) n++;
	return `${title} (${n})`;
}
