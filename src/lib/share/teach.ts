import type { Question } from '$lib/generator/bank';
import { counted, percent, slug } from '$lib/domain/format';
import {
	assignmentLink,
	assignmentFile,
	type Accommodation,
	type AssignmentSet,
	type ShareOptions
} from '$lib/share/assignment';
import { QR_MAX_BYTES, fitsQr, qrBytes, qrSvg, qrVersion } from '$lib/share/qr';
import { ShareError } from '$lib/share/codec';
import { packQuestions, type ShippedDeck } from '$lib/share/reference';

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

export type QrOutcome =
	| { fits: true; image: QrImage; bytes: number; version: number }
	| { fits: false; bytes: number; limit: number };

export function qrFor(text: string): QrOutcome {
	const bytes = qrBytes(text);
	if (!fitsQr(text)) return { fits: false, bytes, limit: QR_MAX_BYTES };
	return {
		fits: true,
		bytes,
		version: qrVersion(text),
		image: { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}` }
	};
}

export interface ShareInfo {
	link: string;
	qr: QrOutcome;
	/** The shipped deck whose questions the link names instead of carrying them. */
	byReference?: { deckTitle: string; count: number };
	/** How many of the set's questions, from the first, one QR code holds. */
	mostInQr: number;
}

/** Which shipped deck the link names questions of, and how many. */
function referenceOf(set: AssignmentSet, shipped: readonly ShippedDeck[]): ShareInfo['byReference'] {
	const { deck, items } = packQuestions(set.questions, shipped);
	const title = deck && shipped.find((candidate) => candidate.id === deck.id)?.title;
	if (!deck || title === undefined) return undefined;
	const count = items.reduce(
		(sum, item) => sum + (typeof item === 'string' ? item.length / deck.width : 0),
		0
	);
	return { deckTitle: title, count };
}

/**
 * How many questions, from the first, a QR code holds: the most whose link still fits, found by halving. A
 * question in full costs tens of bytes at the very least, so the search stops some 60 past the questions a
 * shipped deck names (a few bytes each) rather than encoding a 200-question set eight times on every tick.
 */
export function mostInQr(base: string, set: AssignmentSet, shipped: readonly ShippedDeck[]): number {
	const fits = (count: number) =>
		count === 0 ||
		fitsQr(assignmentLink(base, { ...set, questions: set.questions.slice(0, count) }, { shipped }));
	const named = referenceOf(set, shipped)?.count ?? 0;
	let low = 0;
	let high = Math.min(set.questions.length, named + 60) + 1;
	if (fits(high - 1)) return high - 1;
	high -= 1;
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (fits(middle)) low = middle;
		else high = middle;
	}
	return low;
}

/** What a set's link would cost, measured while the teacher builds it: no QR code is drawn. */
export interface LinkCheck {
	bytes: number;
	fits: boolean;
	/** The QR version (1–40) the link takes when it fits; a code is 17 + 4 × version modules a side. */
	version?: number;
	/** How many questions, from the first, one QR code holds. */
	mostInQr: number;
	/** How many questions past those: 0 when the link fits. */
	over: number;
	byReference?: ShareInfo['byReference'];
}

export function linkCheck(base: string, set: AssignmentSet, shipped: readonly ShippedDeck[]): LinkCheck {
	let link: string | undefined;
	try {
		link = assignmentLink(base, set, { shipped });
	} catch (error) {
		if (!(error instanceof ShareError)) throw error;
	}
	const bytes = link === undefined ? Infinity : qrBytes(link);
	const fits = link !== undefined && bytes <= QR_MAX_BYTES;
	const most = fits ? set.questions.length : mostInQr(base, set, shipped);
	return {
		bytes,
		fits,
		...(fits && { version: qrVersion(link!) }),
		mostInQr: most,
		over: set.questions.length - most,
		byReference: referenceOf(set, shipped)
	};
}

/**
 * The link to share, its QR code when it fits, and what the page says about both. `base` is the origin plus the
 * app's base path. A set too large for a link is a `ShareError('too-large')`.
 */
export function shareInfo(base: string, set: AssignmentSet, options: ShareOptions = {}): ShareInfo {
	const shipped = options.shipped ?? [];
	const link = assignmentLink(base, set, options);
	const qr = qrFor(link);
	return {
		link,
		qr,
		byReference: referenceOf(set, shipped),
		mostInQr: qr.fits ? set.questions.length : mostInQr(base, set, shipped)
	};
}

/** Extra time a teacher can give one student, as schools write it; or no limit at all. */
export const ACCOMMODATION_CHOICES = [
	{ id: 'x1.25', label: '1¼ × the time', factor: 1.25 },
	{ id: 'x1.5', label: '1½ × the time', factor: 1.5 },
	{ id: 'x2', label: 'Double time', factor: 2 },
	{ id: 'none', label: 'No time limit', factor: undefined }
] as const;
export type AccommodationChoice = (typeof ACCOMMODATION_CHOICES)[number]['id'];

/** The accommodation a choice gives under the set's limit, in whole minutes rounded up. */
export function accommodationFor(set: AssignmentSet, choice: AccommodationChoice): Accommodation | undefined {
	const limit = set.timeLimitMinutes;
	const factor = ACCOMMODATION_CHOICES.find((c) => c.id === choice)?.factor;
	if (limit === undefined) return undefined;
	if (factor === undefined) return { kind: 'no-limit' };
	return { kind: 'extra-time', timeLimitMinutes: Math.ceil(limit * factor) };
}

/** A student's answer in quotation marks, unless it is a quotation already (“…” around “…” reads badly). */
export function quoted(text: string): string {
	return /^[“"‘']/.test(text) ? text : `“${text}”`;
}

/** The gradebook's head count and average, saying when retries were left out of the average. */
export function gradebookLine(students: number, results: number, average: number | undefined): string {
	const people = counted(students, 'student');
	if (results <= students) return `${people} · average ${percent(average)}`;
	return `${people}, ${results} results · average ${percent(average)} (latest attempt each)`;
}

/** Every question a student sees in a set, for export under the set's title. */
export function setQuestions(set: AssignmentSet): Question[] {
	return set.questions.map(({ evidenceText: _evidence, ...question }) => question);
}
