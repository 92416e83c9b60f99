import { describe, expect, it } from 'vitest';
import { assignmentHash } from './assignment';
import { buildGradebook, gradebookCsv } from './gradebook';
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

	it('exports CSV with RFC 4180 quoting and no live formulas', () => {
		const csv = gradebookCsv(buildGradebook(set, [ana, result('=HYPERLINK("http://evil","x"), Jr', RIGHT)]));
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			'Student,Attempt,Started (UTC),Submitted (UTC),Right,Out of,Percent,Time (s),Q1,Q2,Q3'
		);
		expect(lines[1]).toBe(
			'"\'=HYPERLINK(""http://evil"",""x""), Jr",1,2024-03-22T10:00:00.000Z,2024-03-22T10:05:00.001Z,3,3,100,300,1,1,1'
		);
		expect(lines[2]).toMatch(/^Ana López,1,/);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
});
