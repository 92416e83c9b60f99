import { counted } from '$lib/domain/format';
import { assignmentHash, type AssignmentQuestion, type AssignmentSet } from './assignment';
import { ShareError } from './codec';
import { csvRow } from './export/csv';
import {
	gradeResult,
	indexAccepted,
	resultKey,
	type AcceptedAnswer,
	type AssignmentResult,
	type GradedAnswer,
	type GradedResult,
	type Mark
} from './result';

export interface WrongAnswer {
	/** The answer as the first student who gave it wrote it. */
	text: string;
	count: number;
}

/** Students who gave one answer to one question (the same once normalised, as grading compares answers). */
export interface AnswerGroup {
	/** '' for no answer. */
	normalized: string;
	/** As the first student who gave it wrote it; '' for no answer. */
	text: string;
	mark: Mark;
	/** Right because the teacher accepted it. */
	accepted: boolean;
	/** Names, in gradebook order. */
	students: string[];
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
	/** Every student's answer, grouped: right ones first, then wrong ones most given first, then no answer. */
	answers: AnswerGroup[];
	/** The middle of the students' times on this question; `undefined` before anyone has answered. */
	medianMs: number | undefined;
	/** The answers the teacher accepted for this question. */
	accepted: AcceptedAnswer[];
}

/** One student: every result they sent, and the latest, which is the one that counts. */
export interface StudentRecord {
	/** The name as their latest result spells it. */
	name: string;
	latest: GradedResult;
	/** First go first. */
	results: GradedResult[];
	/** More results than the set allows attempts, or one numbered past it: the teacher decides which counts. */
	overLimit: boolean;
}

export interface Gradebook {
	set: AssignmentSet;
	/** One per distinct result, by student name then attempt. */
	rows: GradedResult[];
	/** One per student, by name. */
	byStudent: StudentRecord[];
	items: ItemAnalysis[];
	/** The most missed questions, worst first: what to go over again in class. */
	reteach: ItemAnalysis[];
	/** Distinct students, however many attempts each made. */
	students: number;
	/** 0–1, each student counted once on their latest attempt, as in the item analysis; none without results. */
	average: number | undefined;
	/** Results that are for another set or another version of it, with why, so the teacher can be told. */
	refused: { result: AssignmentResult; error: ShareError }[];
	/** The answers the teacher counts as right, in the order accepted. */
	accepted: AcceptedAnswer[];
}

export interface GradebookOptions {
	/** Answers the teacher counts as right besides the set's own. */
	accepted?: readonly AcceptedAnswer[];
	/** A question goes on the reteach list when fewer than this share of students got it right. */
	reteachBelow?: number;
	reteachMax?: number;
}

/** Names as a teacher would read them: "ana  lópez " and "Ana López" are one student. */
function studentKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An answer as one line: a matching question's picks joined. */
export function givenText(given: string | string[] | undefined): string {
	if (given === undefined) return '';
	return typeof given === 'string' ? given.trim() : given.join(' · ');
}

function isNewer(row: GradedResult, than: GradedResult): boolean {
	return (
		row.result.attempt > than.result.attempt ||
		(row.result.attempt === than.result.attempt && row.result.submittedAt > than.result.submittedAt)
	);
}

function groupByStudent(set: AssignmentSet, rows: readonly GradedResult[]): StudentRecord[] {
	const students = new Map<string, GradedResult[]>();
	for (const row of rows) {
		const key = studentKey(row.result.student);
		students.set(key, [...(students.get(key) ?? []), row]);
	}
	return [...students.values()].map((results) => {
		const latest = results.reduce((best, row) => (isNewer(row, best) ? row : best));
		const overLimit =
			results.length > set.attemptsAllowed || results.some((row) => row.result.attempt > set.attemptsAllowed);
		return { name: latest.result.student, latest, results, overLimit };
	});
}

/** The answer a result gave to a question, or undefined when the student was not asked it (a drawn set). */
export function answerTo(row: GradedResult, questionId: string): GradedAnswer | undefined {
	return row.answers.find((answer) => answer.questionId === questionId);
}

function median(values: number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const MARK_ORDER: Record<Mark, number> = { right: 0, wrong: 1, blank: 2 };

/**
 * Item analysis counts each student once, on their latest attempt, so a student who tried three times does not
 * weigh three times in "percent right". A student not asked a question (a set that draws) is not counted for it.
 */
function analyse(
	set: AssignmentSet,
	latest: readonly StudentRecord[],
	accepted: readonly AcceptedAnswer[]
): ItemAnalysis[] {
	return set.questions.map((question, index) => {
		const groups = new Map<string, AnswerGroup>();
		const times: number[] = [];
		for (const { latest: row } of latest) {
			const answer = answerTo(row, question.id);
			if (!answer) continue;
			if (answer.mark !== 'blank') times.push(answer.ms);
			const key = answer.mark === 'blank' ? '' : answer.normalizedGiven;
			const group = groups.get(key) ?? {
				normalized: key,
				text: givenText(answer.given),
				mark: answer.mark,
				accepted: answer.accepted,
				students: []
			};
			group.students.push(row.result.student);
			groups.set(key, group);
		}
		const answers = [...groups.values()].sort(
			(a, b) => MARK_ORDER[a.mark] - MARK_ORDER[b.mark] || b.students.length - a.students.length
		);
		const count = (mark: Mark) =>
			answers.filter((group) => group.mark === mark).reduce((sum, group) => sum + group.students.length, 0);
		const [right, wrong, blank] = [count('right'), count('wrong'), count('blank')];
		const asked = right + wrong + blank;
		// Ties go to the answer met first in gradebook order: the sort above is stable.
		const worst = answers.find((group) => group.mark === 'wrong');
		return {
			question,
			number: index + 1,
			right,
			wrong,
			blank,
			percentRight: asked === 0 ? undefined : right / asked,
			mostChosenWrong: worst && { text: worst.text, count: worst.students.length },
			answers,
			medianMs: median(times),
			accepted: accepted.filter((item) => item.questionId === question.id)
		};
	});
}

/**
 * Grades every result again from the teacher's set, counting the answers the teacher accepted as right. The same
 * result imported twice counts once; results for another set, or another version of it, are set aside in
 * `refused` rather than graded against the wrong questions.
 */
export function buildGradebook(
	set: AssignmentSet,
	results: readonly AssignmentResult[],
	{ accepted = [], reteachBelow = 0.7, reteachMax = 5 }: GradebookOptions = {}
): Gradebook {
	const setHash = assignmentHash(set);
	const acceptedIndex = indexAccepted(accepted);
	const seen = new Set<string>();
	const rows: GradedResult[] = [];
	const refused: Gradebook['refused'] = [];
	for (const result of results) {
		const key = resultKey(result);
		if (seen.has(key)) continue;
		seen.add(key);
		try {
			rows.push(gradeResult(set, result, setHash, acceptedIndex));
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
	const byStudent = groupByStudent(set, rows);
	const items = analyse(set, byStudent, accepted);
	const reteach = items
		.filter((item) => item.percentRight !== undefined && item.percentRight < reteachBelow)
		.sort((a, b) => a.percentRight! - b.percentRight! || a.number - b.number)
		.slice(0, reteachMax);
	const average =
		byStudent.length === 0
			? undefined
			: byStudent.reduce((sum, student) => sum + student.latest.score, 0) / byStudent.length;
	return {
		set,
		rows,
		byStudent,
		items,
		reteach,
		refused,
		students: byStudent.length,
		average,
		accepted: [...accepted]
	};
}

export interface ResultNote {
	kind: 'attempts' | 'accommodation' | 'left-page';
	text: string;
	/** Worth the teacher's attention before counting the result (an attempt past the limit). */
	warn: boolean;
}

/**
 * What the teacher should know about one result, beyond its answers: an attempt past the set's limit, an
 * accommodation, how often the student left the page. For information: none of it changes the grade.
 */
export function resultNotes(set: AssignmentSet, result: AssignmentResult): ResultNote[] {
	const notes: ResultNote[] = [];
	if (result.attempt > set.attemptsAllowed) {
		notes.push({
			kind: 'attempts',
			text: `attempt ${result.attempt}; the set allows ${set.attemptsAllowed}`,
			warn: true
		});
	}
	const accommodation = result.accommodation;
	if (accommodation?.kind === 'extra-time') {
		notes.push({
			kind: 'accommodation',
			text: `extra time (${accommodation.timeLimitMinutes} min)`,
			warn: false
		});
	}
	if (accommodation?.kind === 'no-limit')
		notes.push({ kind: 'accommodation', text: 'no time limit', warn: false });
	if (result.leftPage) {
		notes.push({
			kind: 'left-page',
			text: `left the page ${result.leftPage === 1 ? 'once' : `${result.leftPage} times`}`,
			warn: false
		});
	}
	return notes;
}

/** One student's notes: their latest result's, and more results than the set allows. */
export function studentNotes(set: AssignmentSet, student: StudentRecord): ResultNote[] {
	const notes = resultNotes(set, student.latest.result);
	if (student.results.length <= set.attemptsAllowed) return notes;
	const allowed = counted(set.attemptsAllowed, 'attempt');
	return [
		{ kind: 'attempts', text: `${student.results.length} results; the set allows ${allowed}`, warn: true },
		...notes.filter((note) => note.kind !== 'attempts')
	];
}

const MARK_CELL = { right: '1', wrong: '0', blank: '' } as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local offset from UTC, in minutes, at an instant (it changes with daylight saving). */
export function localOffsetMinutes(at: number): number {
	return -new Date(at).getTimezoneOffset();
}

/** "2026-11-30 14:05": a date and time every spreadsheet reads as one, in the teacher's local time. */
export function spreadsheetTime(
	at: number,
	offsetMinutes: (at: number) => number = localOffsetMinutes
): string {
	const local = new Date(at + offsetMinutes(at) * 60_000);
	return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

function answerCell(answer: GradedAnswer | undefined): string {
	if (!answer) return '(not asked)';
	const text = givenText(answer.given);
	return answer.accepted ? `${text} (accepted)` : text;
}

/**
 * One row per student, on their latest result, with how many they sent: name, attempts, local times (as a
 * spreadsheet reads them), score, what to know (notes), then 1 / 0 / empty per question, so columns sum, and what
 * the student answered to each, accepted answers marked. CRLF line ends (RFC 4180).
 */
export function gradebookCsv(
	gradebook: Gradebook,
	{ offsetMinutes = localOffsetMinutes }: { offsetMinutes?: (at: number) => number } = {}
): string {
	const { set } = gradebook;
	const header = [
		'Student',
		'Attempts',
		'Started',
		'Submitted',
		'Right',
		'Out of',
		'Percent',
		'Time (s)',
		'Left page',
		'Notes',
		...set.questions.map((_, i) => `Q${i + 1}`),
		...set.questions.map((_, i) => `Q${i + 1} answer`)
	];
	const lines = gradebook.byStudent.map((student) => {
		const { result, right, total, score, elapsedMs } = student.latest;
		const answers = set.questions.map((question) => answerTo(student.latest, question.id));
		return csvRow([
			result.student,
			student.results.length,
			spreadsheetTime(result.startedAt, offsetMinutes),
			spreadsheetTime(result.submittedAt, offsetMinutes),
			right,
			total,
			Math.round(score * 100),
			Math.round(elapsedMs / 1000),
			result.leftPage ?? '',
			studentNotes(set, student)
				.filter((note) => note.kind !== 'left-page')
				.map((note) => note.text)
				.join('; '),
			...answers.map((answer) => (answer ? MARK_CELL[answer.mark] : '')),
			...answers.map(answerCell)
		]);
	});
	return [csvRow(header), ...lines].join('\r\n') + '\r\n';
}
