import { assignmentHash, type AssignmentQuestion, type AssignmentSet } from './assignment';
import { ShareError } from './codec';
import { csvRow } from './export/csv';
import { gradeResult, resultKey, type AssignmentResult, type GradedResult } from './result';

export interface WrongAnswer {
	/** The answer as the first student who gave it wrote it. */
	text: string;
	count: number;
}

export interface ItemAnalysis {
	question: AssignmentQuestion;
	/** 1-based position in the set, as the teacher numbered it. */
	number: number;
	right: number;
	wrong: number;
	blank: number;
	/** Right answers over students counted, 0–1; `undefined` before anyone has answered. */
	percentRight: number | undefined;
	mostChosenWrong: WrongAnswer | undefined;
}

export interface Gradebook {
	set: AssignmentSet;
	/** One per distinct result, by student name then attempt. */
	rows: GradedResult[];
	items: ItemAnalysis[];
	/** The most missed questions, worst first: what to go over again in class. */
	reteach: ItemAnalysis[];
	/** Distinct students, however many attempts each made. */
	students: number;
	/** 0–1, each student counted once on their latest attempt, as in the item analysis; none without results. */
	average: number | undefined;
	/** Results that are for another set or another version of it, with why, so the teacher can be told. */
	refused: { result: AssignmentResult; error: ShareError }[];
}

export interface GradebookOptions {
	/** A question goes on the reteach list when fewer than this share of students got it right. */
	reteachBelow?: number;
	reteachMax?: number;
}

/** Names as a teacher would read them: "ana  lópez " and "Ana López" are one student. */
function studentKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function givenText(given: string | string[]): string {
	return typeof given === 'string' ? given.trim() : given.join(' · ');
}

/**
 * Item analysis counts each student once, on their latest attempt, so a student who tried three times does not
 * weigh three times in "percent right".
 */
function latestPerStudent(rows: readonly GradedResult[]): GradedResult[] {
	const latest = new Map<string, GradedResult>();
	for (const row of rows) {
		const key = studentKey(row.result.student);
		const seen = latest.get(key);
		const newer =
			!seen ||
			row.result.attempt > seen.result.attempt ||
			(row.result.attempt === seen.result.attempt && row.result.submittedAt > seen.result.submittedAt);
		if (newer) latest.set(key, row);
	}
	return [...latest.values()];
}

function analyse(set: AssignmentSet, rows: readonly GradedResult[]): ItemAnalysis[] {
	const counted = latestPerStudent(rows);
	return set.questions.map((question, index) => {
		let right = 0;
		let wrong = 0;
		const wrongAnswers = new Map<string, WrongAnswer>();
		for (const row of counted) {
			const answer = row.answers[index]!;
			if (answer.mark === 'right') right++;
			if (answer.mark !== 'wrong' || answer.given === undefined) continue;
			wrong++;
			const tally = wrongAnswers.get(answer.normalizedGiven) ?? { text: givenText(answer.given), count: 0 };
			tally.count++;
			wrongAnswers.set(answer.normalizedGiven, tally);
		}
		const mostChosenWrong = [...wrongAnswers.values()].reduce<WrongAnswer | undefined>(
			(best, candidate) => (!best || candidate.count > best.count ? candidate : best),
			undefined
		);
		return {
			question,
			number: index + 1,
			right,
			wrong,
			blank: counted.length - right - wrong,
			percentRight: counted.length === 0 ? undefined : right / counted.length,
			mostChosenWrong
		};
	});
}

/**
 * Grades every result again from the teacher's set. The same result imported twice counts once; results for
 * another set, or another version of it, are set aside in `refused` rather than graded against the wrong
 * questions.
 */
export function buildGradebook(
	set: AssignmentSet,
	results: readonly AssignmentResult[],
	{ reteachBelow = 0.7, reteachMax = 5 }: GradebookOptions = {}
): Gradebook {
	const setHash = assignmentHash(set);
	const seen = new Set<string>();
	const rows: GradedResult[] = [];
	const refused: Gradebook['refused'] = [];
	for (const result of results) {
		const key = resultKey(result);
		if (seen.has(key)) continue;
		seen.add(key);
		try {
			rows.push(gradeResult(set, result, setHash));
		} catch (error) {
			if (!(error instanceof ShareError)) throw error;
			refused.push({ result, error });
		}
	}
	rows.sort(
		(a, b) =>
			studentKey(a.result.student).localeCompare(studentKey(b.result.student)) ||
			a.result.attempt - b.result.attempt ||
			a.result.submittedAt - b.result.submittedAt
	);
	const items = analyse(set, rows);
	const reteach = items
		.filter((item) => item.percentRight !== undefined && item.percentRight < reteachBelow)
		.sort((a, b) => a.percentRight! - b.percentRight! || a.number - b.number)
		.slice(0, reteachMax);
	const latest = latestPerStudent(rows);
	const average =
		latest.length === 0 ? undefined : latest.reduce((sum, row) => sum + row.score, 0) / latest.length;
	return { set, rows, items, reteach, refused, students: latest.length, average };
}

const MARK_CELL = { right: '1', wrong: '0', blank: '' } as const;

/**
 * One row per result: student, attempt, times (UTC, ISO 8601), score, then 1 / 0 / empty per question, so a
 * spreadsheet can sum columns. CRLF line ends (RFC 4180).
 */
export function gradebookCsv(gradebook: Gradebook): string {
	const header = [
		'Student',
		'Attempt',
		'Started (UTC)',
		'Submitted (UTC)',
		'Right',
		'Out of',
		'Percent',
		'Time (s)',
		...gradebook.set.questions.map((_, i) => `Q${i + 1}`)
	];
	const lines = gradebook.rows.map((row) =>
		csvRow([
			row.result.student,
			row.result.attempt,
			new Date(row.result.startedAt).toISOString(),
			new Date(row.result.submittedAt).toISOString(),
			row.right,
			row.total,
			Math.round(row.score * 100),
			Math.round(row.elapsedMs / 1000),
			...row.answers.map((answer) => MARK_CELL[answer.mark])
		])
	);
	return [csvRow(header), ...lines].join('\r\n') + '\r\n';
}
