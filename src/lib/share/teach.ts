import type { Question } from '$lib/generator/bank';
import { percent, slug } from '$lib/domain/format';
import type { ImportOutcome } from '$lib/db/results';
import { assignmentLink, assignmentFile, type AssignmentSet } from '$lib/share/assignment';
import { QR_MAX_BYTES, fitsQr, qrBytes, qrSvg } from '$lib/share/qr';

export { EXPORT_FORMATS, exportFile, type ExportFormat } from '$lib/share/export/formats';

/** A file to save: text, or the bytes of a zip or a spreadsheet. */
export type FileOut = { name: string; type: string } & (
	{ text: string } | { bytes: Uint8Array<ArrayBuffer> }
);

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
