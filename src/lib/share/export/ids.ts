import type { Question } from '$lib/generator/bank';
import { hash } from '$lib/generator/hash';

/**
 * An XML name for an exported package, from the title and the question ids: exporting the same set again gives
 * the same id, so an LMS that keys imports by it (Canvas does) updates its copy instead of adding a second one.
 * Byline's own ids never appear as XML names: they may hold any character.
 */
export function packageId(questions: readonly Question[], title: string): string {
	return `byline-${hash([title, ...questions.map((question) => question.id)].join('\n'))}`;
}
