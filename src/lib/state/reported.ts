import { clearReport, retireQuestion } from '$lib/db/reports';
import type { BylineDatabase, DeckRecord, QuestionRecord } from '$lib/db/schema';
import type { Question } from '$lib/generator/bank';
import { reportedQuestions } from '$lib/import/review';

/** What a deck's review screen loads depends on; invalidated after each question is dealt with. */
export const REPORTED = 'byline:reported';

export interface ReportedList {
	/** Undefined when there is no such deck on this device. */
	deck: DeckRecord | undefined;
	/** Newest report first. */
	questions: QuestionRecord[];
}

/**
 * A deck's questions that students reported as wrong, and what the deck's owner does about each: correct it (which
 * shows it again, with its progress), show it again as it is, or take it out of the deck. Each change says what it did.
 */
export class ReportedReview {
	readonly #db: BylineDatabase;

	constructor(db: BylineDatabase) {
		this.#db = db;
	}

	async load(deckId: string): Promise<ReportedList> {
		const [deck, questions] = await Promise.all([
			this.#db.get('decks', deckId),
			reportedQuestions(this.#db, deckId)
		]);
		return { deck, questions };
	}

	async fix(question: QuestionRecord, corrected: Question): Promise<string> {
		await clearReport(this.#db, question.key, corrected);
		return 'Saved. The corrected question is back in the deck, with its progress.';
	}

	async showAgain(question: QuestionRecord): Promise<string> {
		await clearReport(this.#db, question.key);
		return 'The question is back in the deck, unchanged.';
	}

	async remove(question: QuestionRecord): Promise<string> {
		await retireQuestion(this.#db, question.key);
		return 'The question was removed from the deck.';
	}
}
