import type { Question } from '$lib/generator/bank';
import { note, type ExportNote } from './notes';
import { exportShape } from './shape';
import { dropForbidden } from './xml';

/**
 * Kahoot's quiz spreadsheet (Create → Add question → Import spreadsheet): its template's layout, with the
 * questions from row 9 and the column headers Kahoot's own template has on row 8. A question goes in whole or
 * not at all: one that does not fit Kahoot's limits is listed for the teacher, never shortened.
 */
export const KAHOOT = {
	questionChars: 120,
	answerChars: 75,
	maxAnswers: 4,
	/** The only time limits Kahoot's template accepts, in seconds. */
	seconds: [5, 10, 20, 30, 60, 90, 120, 240] as const,
	firstRow: 9
};

export const KAHOOT_HEADERS = [
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];

export interface KahootRow {
	question: string;
	answers: string[];
	seconds: (typeof KAHOOT.seconds)[number];
	/** Which answers are right, from 1. */
	correct: number[];
}

/**
 * Text for a spreadsheet cell, written as a string (never a formula, whatever it starts with). Excel reads
 * `_x0041_` in a string as an escaped character, so a literal one is escaped in turn; characters XML cannot
 * hold are dropped, as the sheet is XML inside.
 */
export function cellText(text: string): string {
	return dropForbidden(text).replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_');
}

/**
 * Time to read the question and its answers on a shared screen before the clock matters: Kahoot's default of
 * 20 s for a short question, more as there is more to read.
 */
function secondsFor(question: string, answers: string[]): KahootRow['seconds'] {
	const reading = question.length + answers.join('').length;
	if (reading <= 120) return 20;
	if (reading <= 240) return 30;
	return 60;
}

const TYPED_REASON = 'a typed answer: Kahoot’s spreadsheet takes multiple-choice questions only';

/** Why a question cannot go into the sheet as it is, or the row it becomes. */
function rowFor(question: Question): KahootRow | string {
	const shape = exportShape(question);
	let answers: string[];
	let correct: number[];
	switch (shape.kind) {
		case 'truefalse':
			answers = ['True', 'False'];
			correct = [shape.value ? 1 : 2];
			break;
		case 'multichoice':
			// Byline's order, so the right answer is not always first.
			answers = 'choices' in question && question.choices ? [...question.choices] : [];
			correct = [answers.indexOf(shape.right) + 1];
			break;
		case 'matching':
			return 'matching: Kahoot’s spreadsheet takes multiple-choice questions only';
		case 'card':
			return 'a flashcard with no answers to choose from';
		default:
			return TYPED_REASON;
	}
	if (question.prompt.length > KAHOOT.questionChars)
		return `the question has ${question.prompt.length} characters; Kahoot takes ${KAHOOT.questionChars}`;
	if (answers.length > KAHOOT.maxAnswers)
		return `${answers.length} answers; Kahoot takes ${KAHOOT.maxAnswers}`;
	const long = answers.find((answer) => answer.length > KAHOOT.answerChars);
	if (long) return `an answer has ${long.length} characters; Kahoot takes ${KAHOOT.answerChars}`;
	return { question: question.prompt, answers, seconds: secondsFor(question.prompt, answers), correct };
}

export function kahootRows(questions: readonly Question[]): { rows: KahootRow[]; notes: ExportNote[] } {
	const rows: KahootRow[] = [];
	const notes: ExportNote[] = [];
	questions.forEach((question, i) => {
		const row = rowFor(question);
		if (typeof row === 'string') notes.push(note(i, question.prompt, 'left-out', row));
		else rows.push(row);
	});
	return { rows, notes };
}

/** The sheet's cells, row by row: a short heading, Kahoot's headers on row 8, a question per row from row 9. */
export function kahootSheet(title: string, rows: readonly KahootRow[]): (string | number | null)[][] {
	const heading: (string | number | null)[][] = [
		[],
		[null, cellText(title)],
		[null, 'Exported from Byline. In Kahoot: Create → Add question → Import spreadsheet.'],
		[
			null,
			'Questions up to 120 characters, answers up to 75, time limits 5, 10, 20, 30, 60, 90, 120 or 240 s.'
		],
		[],
		[],
		[],
		[null, ...KAHOOT_HEADERS]
	];
	const body = rows.map((row, i) => [
		i + 1,
		cellText(row.question),
		...[0, 1, 2, 3].map((slot) => (row.answers[slot] === undefined ? null : cellText(row.answers[slot]))),
		row.seconds,
		row.correct.length === 1 ? row.correct[0]! : row.correct.join(',')
	]);
	return [...heading, ...body];
}

/** The .xlsx bytes. The spreadsheet writer is loaded here, on the first Kahoot export, never with a page. */
export async function toKahootXlsx(
	questions: readonly Question[],
	title: string
): Promise<{ bytes: Uint8Array<ArrayBuffer>; notes: ExportNote[] }> {
	const { rows, notes } = kahootRows(questions);
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const blob = await writeXlsxFile(kahootSheet(title, rows), {
		sheet: 'Kahoot',
		columns: [
			{ width: 6 },
			{ width: 60 },
			...[0, 1, 2, 3].map(() => ({ width: 30 })),
			{ width: 14 },
			{ width: 14 }
		]
	}).toBlob();
	return { bytes: new Uint8Array(await blob.arrayBuffer()), notes };
}
