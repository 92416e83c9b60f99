import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';

/**
 * How each Byline question type maps onto the question types other tools share (Moodle's in particular):
 * decided once here so GIFT and Moodle XML export the same question the same way.
 */
export type ExportShape =
	| { kind: 'truefalse'; value: boolean }
	| { kind: 'multichoice'; right: string; wrong: string[] }
	| { kind: 'numerical'; value: number }
	| { kind: 'shortanswer'; answers: string[] }
	| { kind: 'matching'; pairs: { left: string; right: string }[] }
	/** Recall with no machine-checkable answer: an essay with the answer as general feedback. */
	| { kind: 'card'; answer: string };

function truthValue(answer: string): boolean | undefined {
	const word = answer.trim().toLowerCase();
	if (word === 'true' || word === 't') return true;
	if (word === 'false' || word === 'f') return false;
	return undefined;
}

export function exportShape(question: Question): ExportShape {
	const truth = question.type === 'true-false' ? truthValue(question.answer) : undefined;
	if (truth !== undefined) return { kind: 'truefalse', value: truth };
	if (question.type === 'matching' && question.pairs.length >= 2) {
		return { kind: 'matching', pairs: question.pairs.map(({ left, right }) => ({ left, right })) };
	}
	if (question.type === 'flashcard') return { kind: 'card', answer: question.answer };
	const choices = choicesOf(question) ?? [];
	if (choices.length >= 2 && choices.includes(question.answer)) {
		return {
			kind: 'multichoice',
			right: question.answer,
			wrong: choices.filter((c) => c !== question.answer)
		};
	}
	const accept = 'accept' in question ? question.accept : undefined;
	if (accept?.kind === 'number' && Number.isFinite(accept.value)) {
		return { kind: 'numerical', value: accept.value };
	}
	// Every wording Byline accepts as written: the answer, its alternatives, and a typed date's ISO form ("2022"
	// for "last year").
	const alternatives = 'alternatives' in question ? (question.alternatives ?? []) : [];
	const dateValue = accept?.kind === 'date' ? [accept.value] : [];
	const answers = [...new Set([question.answer, ...alternatives, ...dateValue])].filter((a) => a.trim());
	return { kind: 'shortanswer', answers };
}

/** The answer in words, for formats that have a single "back" or "answer" field. */
export function answerText(question: Question): string {
	if (question.type === 'matching' && question.pairs.length) {
		return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
	}
	return question.answer;
}

/**
 * The options of a true/false or choice question, marked right or wrong. Choices keep Byline's order, which the
 * generator shuffled, so the right answer is not always first where an LMS does not shuffle them again.
 */
export function optionsOf(
	question: Question,
	shape: Extract<ExportShape, { kind: 'truefalse' | 'multichoice' }>
): { text: string; right: boolean }[] {
	if (shape.kind === 'truefalse')
		return [
			{ text: 'True', right: shape.value },
			{ text: 'False', right: !shape.value }
		];
	const choices = choicesOf(question) ?? [shape.right, ...shape.wrong];
	return choices.map((text) => ({ text, right: text === shape.right }));
}
