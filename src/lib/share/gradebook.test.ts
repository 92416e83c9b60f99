import { describe, expect, it } from 'vitest';
import { drawnQuestions } from './arrangement';
import { assignmentHash } from './assignment';
import {
	answerTo,
	buildGradebook,
	gradebookCsv,
	resultNotes,
	spreadsheetTime,
	studentNotes
} from './gradebook';
import { decodeResult, encodeResult, type AssignmentResult } from './result';
import { QUESTIONS, makeSet } from './test-fixtures';

const set = makeSet(QUESTIONS.slice(0, 3)); // who-said, what-said, cloze
const t0 = Date.UTC(2024, 2, 22, 10, 0);

function result(
	student: string,
	given: [string, string, string],
	attempt = 1,
	minutes = 5
): AssignmentResult {
	return {
		setId: set.id,
		setHash: assignmentHash(set),
		student,
		answers: set.questions.map((q, i) => ({ questionId: q.id, given: given[i]!, ms: 1000 * (i + 1) })),
		startedAt: t0,
		submittedAt: t0 + minutes * 60_000 + attempt,
		attempt
	};
}

const RIGHT: [string, string, string] = ['Vladimir V. Putin', '“It is a marriage of convenience.”', 'deepen'];

describe('gradebook', () => {
	const ana = result('Ana López', RIGHT);
	const ben = result('ben', ['Xi Jinping', '“It will not last.”', 'Deepen!']);
	const cai = result('Cai', ['Xi Jinping', RIGHT[1], '']);
	const benAgain = result('Ben', ['Fumio Kishida', '“It will not last.”', 'widen'], 2);
	const otherVersion = { ...result('Dee', RIGHT), setHash: 'stale' };

	const book = buildGradebook(set, [cai, ana, ben, decodeResult(encodeResult(ana)), benAgain, otherVersion]);

	it('grades each distinct result once, sorted by student then attempt, and sets aside other versions', () => {
		expect(book.rows.map((row) => [row.result.student, row.result.attempt, row.right])).toEqual([
			['Ana López', 1, 3],
			['ben', 1, 1],
			['Ben', 2, 0],
			['Cai', 1, 1]
		]);
		expect(book.rows[3]!.answers.map((a) => a.mark)).toEqual(['wrong', 'right', 'blank']);
		expect(book.refused).toHaveLength(1);
		expect(book.refused[0]!.error.reason).toBe('set-changed');
	});

	it('analyses items on each student’s latest attempt: percent right, most chosen wrong answer', () => {
		// Students counted: Ana, Ben (attempt 2), Cai.
		expect(book.items.map((item) => [item.number, item.right, item.wrong, item.blank])).toEqual([
			[1, 1, 2, 0],
			[2, 2, 1, 0],
			[3, 1, 1, 1]
		]);
		expect(book.items[0]!.percentRight).toBeCloseTo(1 / 3);
		// A tie (Ben: Kishida, Cai: Xi) goes to the answer met first in gradebook order.
		expect(book.items[0]!.mostChosenWrong).toEqual({ text: 'Fumio Kishida', count: 1 });
		expect(book.items[1]!.mostChosenWrong).toEqual({ text: '“It will not last.”', count: 1 });
	});

	it('issue 5: counts students once, on their latest attempt, for the head count and the average', () => {
		const latest = book.rows.filter((row) => !(row.result.student === 'ben' && row.result.attempt === 1));
		expect(book.rows).toHaveLength(4);
		expect(book.students).toBe(3);
		expect(book.average).toBeCloseTo(latest.reduce((sum, row) => sum + row.score, 0) / 3);
		expect(book.average).not.toBeCloseTo(book.rows.reduce((sum, row) => sum + row.score, 0) / 4);
		expect(buildGradebook(set, []).average).toBeUndefined();
	});

	it('lists the most missed questions to reteach, worst first', () => {
		expect(book.reteach.map((item) => item.number)).toEqual([1, 3, 2]);
		expect(
			buildGradebook(set, [cai, ana, benAgain], { reteachBelow: 0.5 }).reteach.map((i) => i.number)
		).toEqual([1, 3]);
		expect(buildGradebook(set, []).items.every((item) => item.percentRight === undefined)).toBe(true);
	});

	it('tallies the most chosen wrong answer by its normalized form', () => {
		const two = buildGradebook(set, [
			result('A', ['Xi Jinping', RIGHT[1], 'widen']),
			result('B', ['Xi Jinping', RIGHT[1], 'Widen.']),
			result('C', ['Fumio Kishida', RIGHT[1], 'grow'])
		]);
		expect(two.items[0]!.mostChosenWrong).toEqual({ text: 'Xi Jinping', count: 2 });
		expect(two.items[2]!.mostChosenWrong).toEqual({ text: 'widen', count: 2 });
	});

	it('issue 12: exports one CSV row per student (latest attempt, attempts counted), local times a spreadsheet reads, no live formulas', () => {
		const evil = result('=HYPERLINK("http://evil","x"), Jr', ['=1+1', RIGHT[1], 'deepen']);
		const csv = gradebookCsv(buildGradebook(set, [ana, ben, benAgain, evil]), { offsetMinutes: () => 60 });
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			'Student,Attempts,Started,Submitted,Right,Out of,Percent,Time (s),Left page,Notes,Q1,Q2,Q3,Q1 answer,Q2 answer,Q3 answer'
		);
		expect(lines[1]).toBe(
			'"\'=HYPERLINK(""http://evil"",""x""), Jr",1,2024-03-22 11:00,2024-03-22 11:05,2,3,67,300,,,0,1,1,\'=1+1,“It is a marriage of convenience.”,deepen'
		);
		expect(lines[2]).toBe(
			'Ana López,1,2024-03-22 11:00,2024-03-22 11:05,3,3,100,300,,,1,1,1,Vladimir V. Putin,“It is a marriage of convenience.”,deepen'
		);
		// Ben sent two attempts: one row, on the latest, which says so.
		expect(lines[3]).toMatch(/^Ben,2,2024-03-22 11:00,2024-03-22 11:05,0,3,0,300,,,0,0,0,Fumio Kishida,/);
		expect(lines).toHaveLength(5);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('issue 12: shows each student’s answers per question, grouped, with the time taken', () => {
		expect(book.byStudent.map((s) => [s.name, s.results.length, s.latest.result.attempt])).toEqual([
			['Ana López', 1, 1],
			['Ben', 2, 2],
			['Cai', 1, 1]
		]);
		expect(book.items[0]!.answers.map((g) => [g.text, g.mark, g.students])).toEqual([
			['Vladimir V. Putin', 'right', ['Ana López']],
			['Fumio Kishida', 'wrong', ['Ben']],
			['Xi Jinping', 'wrong', ['Cai']]
		]);
		expect(book.items[2]!.answers.map((g) => [g.text, g.mark, g.students])).toEqual([
			['deepen', 'right', ['Ana López']],
			['widen', 'wrong', ['Ben']],
			['', 'blank', ['Cai']]
		]);
		// Each answered in 1, 2 and 3 s (by position); a blank does not count.
		expect(book.items.map((item) => item.medianMs)).toEqual([1000, 2000, 3000]);
	});

	it('issue 12: an accepted answer counts as right for everyone who gave it, once normalised, and only for that question', () => {
		const a = result('A', ['Xi Jinping', RIGHT[1], 'widen']);
		const b = result('B', ['Fumio Kishida', RIGHT[1], 'Widen.']);
		const accepted = [{ questionId: 'q-cloze', normalized: 'widen', text: 'widen', at: t0 }];
		const regraded = buildGradebook(set, [a, b], { accepted });
		expect(regraded.rows.map((row) => [row.right, row.answers[2]!.mark, row.answers[2]!.accepted])).toEqual([
			[2, 'right', true],
			[2, 'right', true]
		]);
		expect(buildGradebook(set, [a, b]).rows.map((row) => row.right)).toEqual([1, 1]);
		expect(regraded.items[2]!.answers[0]).toMatchObject({ text: 'widen', mark: 'right', accepted: true });
		expect(regraded.items[2]!.accepted).toEqual(accepted);
		expect(regraded.items[0]!.accepted).toEqual([]);
		expect(gradebookCsv(regraded).split('\r\n')[1]).toMatch(/,widen \(accepted\)$/);
		// The set's own right answer is never marked as accepted.
		expect(buildGradebook(set, [ana], { accepted }).rows[0]!.answers[2]!.accepted).toBe(false);
	});

	it('issue 12: marks attempts past the limit, accommodations and leaving the page, for the teacher only', () => {
		const oneTry = makeSet(QUESTIONS.slice(0, 3), { attemptsAllowed: 1 });
		const hash = assignmentHash(oneTry);
		const base = { ...result('Ana', RIGHT), setHash: hash };
		const extra = {
			...base,
			accommodation: { kind: 'extra-time' as const, timeLimitMinutes: 45 },
			leftPage: 3
		};
		expect(resultNotes(oneTry, { ...base, attempt: 99 })).toEqual([
			{ kind: 'attempts', text: 'attempt 99; the set allows 1', warn: true }
		]);
		expect(resultNotes(oneTry, extra).map((note) => note.text)).toEqual([
			'extra time (45 min)',
			'left the page 3 times'
		]);
		expect(
			resultNotes(oneTry, { ...base, accommodation: { kind: 'no-limit' }, leftPage: 1 }).map((n) => n.text)
		).toEqual(['no time limit', 'left the page once']);
		// Two results each numbered 1 (a second device) are still one too many.
		const twice = buildGradebook(oneTry, [base, { ...extra, submittedAt: base.submittedAt + 1 }]);
		expect(twice.byStudent[0]!.overLimit).toBe(true);
		expect(studentNotes(oneTry, twice.byStudent[0]!).map((n) => n.text)).toEqual([
			'2 results; the set allows 1 attempt',
			'extra time (45 min)',
			'left the page 3 times'
		]);
		const csv = gradebookCsv(twice).split('\r\n')[1]!;
		expect(csv).toContain(',2,');
		expect(csv).toContain(',3,2 results; the set allows 1 attempt; extra time (45 min),');
	});

	it('issue 12: in a set that draws, a question a student was not given is "not asked": not blank, not counted', () => {
		const drawn = makeSet(QUESTIONS.slice(0, 3), { draw: 2 });
		const seed = 7;
		const given = drawnQuestions(drawn, seed).map((q) => q.id);
		expect(given).toHaveLength(2);
		const notAsked = drawn.questions.find((q) => !given.includes(q.id))!;
		// The student answers what they were given, right; the app sends no answer for the other.
		const sent: AssignmentResult = {
			...result('Ana', RIGHT),
			setId: drawn.id,
			setHash: assignmentHash(drawn),
			seed,
			answers: result('Ana', RIGHT).answers.filter((a) => given.includes(a.questionId))
		};
		const book = buildGradebook(drawn, [sent]);
		const row = book.rows[0]!;
		expect([row.right, row.total, row.score]).toEqual([2, 2, 1]);
		expect(answerTo(row, notAsked.id)).toBeUndefined();
		const item = book.items.find((i) => i.question.id === notAsked.id)!;
		expect([item.right, item.wrong, item.blank, item.percentRight]).toEqual([0, 0, 0, undefined]);
		const csv = gradebookCsv(book).split('\r\n')[1]!.split(',');
		const column = drawn.questions.indexOf(notAsked);
		expect(csv[10 + column]).toBe('');
		expect(csv[13 + column]).toBe('(not asked)');
	});

	it('formats local times for spreadsheets, whatever the offset', () => {
		expect(spreadsheetTime(Date.UTC(2026, 10, 30, 13, 5), () => 60)).toBe('2026-11-30 14:05');
		expect(spreadsheetTime(Date.UTC(2026, 0, 1, 2, 30), () => -300)).toBe('2025-12-31 21:30');
	});
});
