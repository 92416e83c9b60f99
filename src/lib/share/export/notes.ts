import type { Question } from '$lib/generator/bank';
import { exportShape } from './shape';

/**
 * What an export could not carry as Byline has it, told to the teacher when the file is saved: a format never
 * drops or shortens a question without saying so.
 */
export interface ExportNote {
	/** The question's place in the list exported, from 1. */
	number: number;
	prompt: string;
	/** `left-out`: not in the file. `changed`: in the file, but graded or shown differently there. */
	kind: 'left-out' | 'changed';
	reason: string;
}

export function note(index: number, prompt: string, kind: ExportNote['kind'], reason: string): ExportNote {
	return { number: index + 1, prompt, kind, reason };
}

/**
 * Notes for the questions an LMS grades differently from Byline: a typed figure is a number field that wants
 * digits, a typed date accepts only the wordings listed, and a flashcard has no automatic score at all (`card`
 * says what the LMS does with it instead).
 */
export function gradingNotes(questions: readonly Question[], lms: string, card: string): ExportNote[] {
	return questions.flatMap((question, i) => {
		const shape = exportShape(question);
		let reason: string | undefined;
		if (shape.kind === 'card') reason = card;
		else if (shape.kind === 'numerical')
			reason = `${lms} accepts only the number ${shape.value}, typed in digits (Byline also takes “${question.answer}”).`;
		else if (
			shape.kind === 'shortanswer' &&
			(question.type === 'date-typed' || question.type === 'figure-typed')
		)
			reason = `${lms} accepts only ${shape.answers.map((a) => `“${a}”`).join(' or ')}, not other ways of writing it.`;
		return reason ? [note(i, question.prompt, 'changed', reason)] : [];
	});
}
