import type { Question } from '$lib/generator/bank';
import { percent, slug } from '$lib/domain/format';
import type { ImportOutcome } from '$lib/db/results';
import { assignmentLink, assignmentFile, type AssignmentSet } from '$lib/share/assignment';
import { toAnki } from '$lib/share/export/anki';
import { questionsCsv } from '$lib/share/export/csv';
import { toGift } from '$lib/share/export/gift';
import { toMoodleXml } from '$lib/share/export/moodle-xml';
import { toQuizlet } from '$lib/share/export/quizlet';
import { QR_MAX_BYTES, fitsQr, qrBytes, qrSvg } from '$lib/share/qr';

export type ExportFormat = 'gift' | 'moodle-xml' | 'quizlet' | 'anki' | 'csv';

export const EXPORT_FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
	{ format: 'gift', label: 'Moodle GIFT', hint: 'Moodle: Question bank → Import → GIFT format' },
	{ format: 'moodle-xml', label: 'Moodle XML', hint: 'Moodle: Question bank → Import → Moodle XML format' },
	{
		format: 'quizlet',
		label: 'Quizlet',
		hint: 'Quizlet: Create → Import; paste the file’s text (tab between term and definition)'
	},
	{ format: 'anki', label: 'Anki', hint: 'Anki: File → Import; the file carries its own settings' },
	{ format: 'csv', label: 'CSV', hint: 'Any spreadsheet' }
];

export interface FileOut {
	name: string;
	type: string;
	text: string;
}

export function exportFile(format: ExportFormat, questions: readonly Question[], title: string): FileOut {
	const name = slug(title);
	switch (format) {
		case 'gift':
			return { name: `${name}.gift.txt`, type: 'text/plain;charset=utf-8', text: toGift(questions, title) };
		case 'moodle-xml':
			return {
				name: `${name}.moodle.xml`,
				type: 'application/xml;charset=utf-8',
				text: toMoodleXml(questions, title)
			};
		case 'quizlet':
			return { name: `${name}.quizlet.txt`, type: 'text/plain;charset=utf-8', text: toQuizlet(questions) };
		case 'anki':
			return { name: `${name}.anki.txt`, type: 'text/plain;charset=utf-8', text: toAnki(questions, title) };
		case 'csv':
			return { name: `${name}.csv`, type: 'text/csv;charset=utf-8', text: questionsCsv(questions) };
	}
}

export function setFile(set: AssignmentSet): FileOut {
	return { name: `${slug(set.title)}.byline-set.json`, type: 'application/json', text: assignmentFile(set) };
}

export interface QrImage {
	/** A `data:` URL of the SVG, for an `<img>`: the page's CSP allows data images, and no markup is injected. */
	src: string;
}

export type QrOutcome = { fits: true; image: QrImage } | { fits: false; bytes: number; limit: number };

export function qrFor(text: string): QrOutcome {
	if (!fitsQr(text)) return { fits: false, bytes: qrBytes(text), limit: QR_MAX_BYTES };
	return {
		fits: true,
		image: { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}` }
	};
}

export interface ShareInfo {
	link: string;
	qr: QrOutcome;
}

/** `base` is the origin plus the app's base path. A set too large for a link is a `ShareError('too-large')`. */
export function shareInfo(base: string, set: AssignmentSet): ShareInfo {
	const link = assignmentLink(base, set);
	return { link, qr: qrFor(link) };
}

/** What happened to one pasted code or opened file, in words for the teacher. */
export type ImportReport =
	| {
			ok: true;
			outcome: ImportOutcome;
			student: string;
			setId: string;
			setTitle: string;
			source: string;
			/** Graded from the teacher's copy, so a pasted code shows its mark at once, as the gradebook will. */
			right: number;
			total: number;
	  }
	| { ok: false; message: string; source: string };

export function reportText(report: ImportReport): string {
	if (!report.ok) return report.message;
	return report.outcome === 'added'
		? `Added ${report.student}’s result to “${report.setTitle}”: ${report.right} of ${report.total} right.`
		: `${report.student}’s result for “${report.setTitle}” was already in the gradebook; it counts once.`;
}

/** Several codes pasted at once, one per line or separated by spaces: each `b1r.` starts one. */
export function splitCodes(text: string): string[] {
	const trimmed = text.trim();
	if (!trimmed) return [];
	if (trimmed.startsWith('{')) return [trimmed];
	const parts = trimmed.split(/\s+/).filter(Boolean);
	const starts = parts.filter((part) => /(^|#)b\d+[a-z]\./.test(part));
	// Only split when every piece is a code on its own; a code broken over lines stays one.
	return starts.length > 1 && starts.length === parts.length ? parts : [trimmed];
}

/** A student's answer in quotation marks, unless it is a quotation already (“…” around “…” reads badly). */
export function quoted(text: string): string {
	return /^[“"‘']/.test(text) ? text : `“${text}”`;
}

/** The gradebook's head count and average, saying when retries were left out of the average. */
export function gradebookLine(students: number, results: number, average: number | undefined): string {
	const people = `${students} ${students === 1 ? 'student' : 'students'}`;
	if (results <= students) return `${people} · average ${percent(average)}`;
	return `${people}, ${results} results · average ${percent(average)} (latest attempt each)`;
}

/** Every question a student sees in a set, for export under the set's title. */
export function setQuestions(set: AssignmentSet): Question[] {
	return set.questions.map(({ evidenceText: _evidence, ...question }) => question);
}
