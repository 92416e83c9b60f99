import type { Question } from '$lib/generator/bank';
import { answerText } from './shape';

/** Quizlet's importer has no quoting: a tab or line break inside a term would split the card, so they become spaces. */
const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * Term TAB definition, one card per line (Quizlet's default import settings). Matching questions become one
 * card per pair, which is how Quizlet studies them anyway.
 */
export function toQuizlet(questions: readonly Question[]): string {
	const lines = questions.flatMap((question) =>
		question.type === 'matching' && question.pairs?.length
			? question.pairs.map((pair) => `${flat(pair.left)}\t${flat(pair.right)}`)
			: [`${flat(question.prompt)}\t${flat(answerText(question))}`]
	);
	return lines.join('\n') + '\n';
}
