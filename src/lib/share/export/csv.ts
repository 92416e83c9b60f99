import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';
import { answerText } from './shape';

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (starting = + - @, or a tab or carriage
 * return that some apps strip first) gets a leading apostrophe: a student's name or a quote can be "=HYPERLINK(…)".
 * Numbers are ours, never user text, and stay numbers.
 */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly (string | number)[]): string {
	return values.map(csvCell).join(',');
}

/** One row per question; choices joined with " | " so the file stays one row per question. */
export function questionsCsv(questions: readonly Question[]): string {
	const header = ['id', 'type', 'prompt', 'choices', 'answer', 'explanation'];
	const rows = questions.map((q) =>
		csvRow([
			q.id,
			q.type,
			q.prompt,
			(q.type === 'matching' ? q.pairs.map((pair) => pair.right) : (choicesOf(q) ?? [])).join(' | '),
			answerText(q),
			q.explanation
		])
	);
	return [csvRow(header), ...rows].join('\r\n') + '\r\n';
}
