import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';
import { QUESTIONS } from '../test-fixtures';
import { KAHOOT, KAHOOT_HEADERS, cellText, kahootSheet, toKahootXlsx } from './kahoot';
import { readZip } from './package-checks';
import { HOSTILE, hostileQuestionSets } from './test-corpus';
import { dropForbidden } from './xml';

const bank = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as {
	title: string;
	questions: Question[];
};

type Cell = string | number | boolean | Date | null;

/** Opens the file with the spreadsheet library, as a teacher's spreadsheet app or Kahoot would read it. */
async function reopen(bytes: Uint8Array<ArrayBuffer>): Promise<Cell[][]> {
	const sheets = (await readXlsxFile(new Blob([bytes]))) as unknown as { data: Cell[][] }[];
	return sheets[0]!.data;
}

/** The question rows, from Kahoot's first question row down. */
const questionRows = (cells: Cell[][]) => cells.slice(KAHOOT.firstRow - 1).filter((row) => row[1] !== null);

/** Every limit Kahoot's template states, checked on the sheet as reopened. */
function limitProblems(cells: Cell[][]): string[] {
	const problems: string[] = [];
	if (JSON.stringify(cells[KAHOOT.firstRow - 2]?.slice(1)) !== JSON.stringify(KAHOOT_HEADERS))
		problems.push('row 8 is not Kahoot’s header row');
	for (const [i, row] of questionRows(cells).entries()) {
		const [number, question, ...rest] = row;
		const answers = rest.slice(0, 4).filter((answer) => answer !== null) as string[];
		const [seconds, correct] = rest.slice(4);
		const at = `row ${KAHOOT.firstRow + i}`;
		if (number !== i + 1) problems.push(`${at}: numbered ${number}`);
		if (typeof question !== 'string' || question.length > KAHOOT.questionChars)
			problems.push(`${at}: question too long or not text`);
		if (answers.length < 2 || answers.length > KAHOOT.maxAnswers)
			problems.push(`${at}: ${answers.length} answers`);
		for (const answer of answers)
			if (typeof answer !== 'string' || answer.length > KAHOOT.answerChars)
				problems.push(`${at}: answer too long`);
		if (!(KAHOOT.seconds as readonly unknown[]).includes(seconds))
			problems.push(`${at}: time limit ${seconds}`);
		const rights = String(correct).split(',').map(Number);
		if (!rights.length || rights.some((right) => !(right >= 1 && right <= answers.length)))
			problems.push(`${at}: correct answer ${correct}`);
	}
	return problems;
}

describe('Kahoot spreadsheet', () => {
	it('reopens with every question that fits, within all of Kahoot’s limits', async () => {
		const { bytes, notes } = await toKahootXlsx(QUESTIONS, 'Putin and Xi');
		const cells = await reopen(bytes);
		expect(limitProblems(cells)).toEqual([]);
		const rows = questionRows(cells);
		expect(rows.map((row) => row[1])).toEqual([
			QUESTIONS[0]!.prompt, // who-said
			QUESTIONS[1]!.prompt, // what-said
			QUESTIONS[3]!.prompt, // true-false
			QUESTIONS[4]!.prompt, // figure-choice
			QUESTIONS[6]!.prompt // date-choice
		]);
		// Byline's order of choices, and the right one marked.
		expect(rows[0]!.slice(2, 6)).toEqual(choicesOf(QUESTIONS[0]!));
		expect(rows[0]![7]).toBe(2);
		expect(rows[1]!.slice(2, 6)).toEqual([...choicesOf(QUESTIONS[1]!)!, null]);
		expect(rows[2]!.slice(2, 8)).toEqual(['True', 'False', null, null, 20, 1]);
		expect(notes.map((note) => [note.number, note.kind])).toEqual([
			[3, 'left-out'],
			[6, 'left-out'],
			[8, 'left-out'],
			[9, 'left-out'],
			[10, 'left-out']
		]);
	});

	it('lists each question that does not fit, with the reason, and never shortens one', async () => {
		const base = QUESTIONS[0]!;
		const choices = choicesOf(base)!;
		const tooLong = { ...base, id: 'long', prompt: `${'Who said it, in a very long question? '.repeat(4)}` };
		const longAnswer = { ...base, id: 'long-answer', choices: [...choices.slice(1), 'x'.repeat(76)] };
		const fiveChoices = { ...base, id: 'five', choices: [...choices, 'Olaf Scholz'] };
		const fits = { ...base, id: 'fits', prompt: 'q'.repeat(120), choices: ['a'.repeat(75), base.answer] };
		const questions = [tooLong, longAnswer, fiveChoices, fits, QUESTIONS[8]!, QUESTIONS[9]!, QUESTIONS[5]!];
		const { bytes, notes } = await toKahootXlsx(questions as Question[], 'T');
		const rows = questionRows(await reopen(bytes));
		expect(rows.map((row) => row[1])).toEqual(['q'.repeat(120)]);
		expect(notes.map((note) => `${note.number}: ${note.reason}`)).toEqual([
			'1: the question has 152 characters; Kahoot takes 120',
			'2: an answer has 76 characters; Kahoot takes 75',
			'3: 5 answers; Kahoot takes 4',
			'5: matching: Kahoot’s spreadsheet takes multiple-choice questions only',
			'6: a flashcard with no answers to choose from',
			'7: a typed answer: Kahoot’s spreadsheet takes multiple-choice questions only'
		]);
	});

	it('the limit check catches a sheet written past Kahoot’s limits', async () => {
		const { default: writeXlsxFile } = await import('write-excel-file/universal');
		const bad = kahootSheet('T', [
			{ question: 'q'.repeat(121), answers: ['a', 'b'], seconds: 20, correct: [1] },
			{ question: 'q', answers: ['a', 'x'.repeat(76), 'c', 'd'], seconds: 15 as 20, correct: [5] }
		]);
		const bytes = new Uint8Array(await (await writeXlsxFile(bad).toBlob()).arrayBuffer());
		expect(limitProblems(await reopen(bytes))).toEqual([
			'row 9: question too long or not text',
			'row 10: answer too long',
			'row 10: time limit 15',
			'row 10: correct answer 5'
		]);
	});

	it('gives longer questions more time, from Kahoot’s own steps', async () => {
		const base = QUESTIONS[0]!;
		const long = {
			...base,
			prompt: 'Q'.repeat(110),
			choices: ['a'.repeat(60), base.answer, 'b'.repeat(60), 'c']
		};
		const rows = questionRows(await reopen((await toKahootXlsx([base, long] as Question[], 'T')).bytes));
		expect(rows.map((row) => row[6])).toEqual([20, 60]);
	});

	it('keeps every question of the shipped deck in the sheet or in the list', async () => {
		const { bytes, notes } = await toKahootXlsx(bank.questions, bank.title);
		const cells = await reopen(bytes);
		expect(limitProblems(cells)).toEqual([]);
		expect(questionRows(cells).length + notes.length).toBe(bank.questions.length);
		expect(notes.every((note) => note.kind === 'left-out' && note.reason)).toBe(true);
	});

	it.each(HOSTILE)('keeps hostile text as plain text, never a formula: %s', async (text) => {
		const questions = hostileQuestionSets().find((set) => set.text === text)!.questions;
		const { bytes } = await toKahootXlsx(questions, text);
		const files = readZip(bytes);
		expect(files['xl/worksheets/sheet1.xml']).not.toMatch(/<f[ >]/);
		const cells = await reopen(bytes);
		const [first] = questionRows(cells);
		// The reader trims cells, as spreadsheet apps show them.
		expect(first![1]).toBe(dropForbidden(`${text} ${QUESTIONS[0]!.prompt}`).trim());
		expect(cells[1]![1]).toBe(dropForbidden(text).trim());
	});

	it('escapes Excel’s own _xHHHH_ notation so it reads back as written', () => {
		expect(cellText('a_x0041_b')).toBe('a_x005F_x0041_b');
		expect(cellText('bell\u0007')).toBe('bell');
	});
});
