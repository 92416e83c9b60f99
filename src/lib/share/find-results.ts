import { unzipSync } from 'fflate';
import { ShareError } from './codec';
import { CODE_MAX_CHARS } from './limits';
import { decodeResult, type AssignmentResult } from './result';

/**
 * Finding every result in whatever a teacher pastes or drops: a WhatsApp or Telegram export, a mailbox, an email's
 * source or HTML, a list of links, a result file. Rules:
 * - A result starts at `b<version>r.` not preceded by a base64url character (or preceded by `%23`, an encoded `#`
 *   in a mail scanner's wrapped link); its body is the base64url run after it. Assignment links (`b1a.`) are not
 *   results and are passed over.
 * - Invisible characters that chat apps and mailers put into long words (zero-width spaces, soft hyphens) are
 *   dropped, and so are quoted-printable soft line breaks (`=` at a line's end), which no code contains.
 * - A code cut over lines, by spaces, by `>` quote marks or by HTML tags (`<br>`, `<wbr>`) is joined only when the
 *   joined code passes the code's own checksum: the next line's first word ("Thanks") is never glued on.
 * - Base64 parts of a mail (bodies, attached result files) are decoded and searched too; a whole pasted text that
 *   is a result file is one result.
 * - The same code twice (a link's address and its text, a message forwarded twice) counts once, and a code cut
 *   short in a link's visible text is dropped when the whole code is found elsewhere.
 * - A paste of one word with no result in it (an assignment link, a stray code) is refused with what it is.
 */

/** A mailbox of a term's messages is a few MB; past this, the teacher is asked to export less. */
export const SCAN_MAX_CHARS = 20 * 1024 * 1024;
/** Results read in one go: a large school year, and a bound on the work one paste can cause. */
export const FIND_MAX_RESULTS = 1000;
/** Pieces of one code tried across line breaks: a 64 KiB code wrapped at 76 characters is ~860 lines. */
const MAX_PIECES = 1000;

export interface Found {
	/** Line of the text searched on which it starts, 1-based. */
	line: number;
	/** The words before it on its line, such as a chat's date and sender; '' when none. */
	context: string;
	/** The code as found (joined if it was cut); '' for a result file. */
	code: string;
	outcome: { ok: true; result: AssignmentResult } | { ok: false; error: ShareError };
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SOFT_BREAK = /=\r?\n/g;
const START = /(?:(?<![A-Za-z0-9_-])|(?<=%23))b\d{1,6}r\.[A-Za-z0-9_-]*/g;
const BODY_RUN = /[A-Za-z0-9_-]+/y;
/** What may stand between two pieces of one code: spaces, a line break with quote marks, HTML tags. */
const SEPARATOR = /(?:[ \t]*\r?\n[ \t>]*|[ \t]+|<\/?[a-z][^<>]{0,200}>)+/iy;
const NEW_CODE = /^b\d{1,6}[a-z]\./;

function decodeOne(code: string): Found['outcome'] {
	try {
		return { ok: true, result: decodeResult(code) };
	} catch (error) {
		if (error instanceof ShareError) return { ok: false, error };
		throw error;
	}
}

/** The pieces that may continue a code ending at `end`, each with the index just past it. */
function continuations(text: string, end: number, room: number): { piece: string; end: number }[] {
	const pieces: { piece: string; end: number }[] = [];
	let at = end;
	while (pieces.length < MAX_PIECES && room > 0) {
		SEPARATOR.lastIndex = at;
		if (!SEPARATOR.exec(text)) break;
		BODY_RUN.lastIndex = SEPARATOR.lastIndex;
		const run = BODY_RUN.exec(text);
		if (!run || NEW_CODE.test(text.slice(run.index, run.index + 12))) break;
		room -= run[0].length;
		at = BODY_RUN.lastIndex;
		pieces.push({ piece: run[0], end: at });
	}
	return pieces;
}

/**
 * The code starting with `base`, joined with as many following pieces as make it whole. A join is believed only
 * when the checksum (and so the zlib stream) agrees; an error that is not "damaged or cut off" is the code's own.
 */
function resolveCode(
	text: string,
	base: string,
	end: number
): { code: string; outcome: Found['outcome']; end: number } {
	const first = decodeOne(base);
	if (first.ok || first.error.reason !== 'corrupt') return { code: base, outcome: first, end };
	let joined = base;
	for (const { piece, end: pieceEnd } of continuations(text, end, CODE_MAX_CHARS - base.length)) {
		joined += piece;
		const outcome = decodeOne(joined);
		if (outcome.ok || outcome.error.reason !== 'corrupt') return { code: joined, outcome, end: pieceEnd };
	}
	return { code: base, outcome: first, end };
}

/** The words before a code on its line: a chat's date and sender, "Result:", or nothing. */
function lineContext(text: string, start: number): string {
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const before = text
		.slice(Math.max(lineStart, start - 400), start)
		.replace(/<[^<>]*>?/g, ' ')
		// The link the code sits in ("https://…/r#") is not context.
		.replace(/\S*$/, '')
		.replace(/\s+/g, ' ')
		.trim();
	return before.length > 60 ? `…${before.slice(-59)}` : before;
}

/** Counting lines for every code would be quadratic on a large mailbox: count once, as the scan moves on. */
function lineCounter(text: string) {
	let at = 0;
	let line = 1;
	return (index: number) => {
		for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
		at = Math.max(at, index);
		return line;
	};
}

function scanCodes(text: string, lineOffset: number): Found[] {
	const found: Found[] = [];
	const lineAt = lineCounter(text);
	START.lastIndex = 0;
	for (let match = START.exec(text); match; match = START.exec(text)) {
		const end = match.index + match[0].length;
		const { code, outcome, end: after } = resolveCode(text, match[0], end);
		found.push({
			line: lineAt(match.index) + lineOffset,
			context: lineContext(text, match.index),
			code,
			outcome
		});
		START.lastIndex = Math.max(after, end);
	}
	return found;
}

/** The text of each base64 part of a mail (a body, or an attached result file), with the line its header is on. */
function base64Parts(text: string): { text: string; line: number }[] {
	const parts: { text: string; line: number }[] = [];
	const header = /^Content-Transfer-Encoding:[ \t]*base64[ \t]*\r?$/gim;
	const lineAt = lineCounter(text);
	for (let match = header.exec(text); match; match = header.exec(text)) {
		const blank = /\r?\n[ \t]*\r?\n/g;
		blank.lastIndex = match.index;
		const gap = blank.exec(text);
		if (!gap) break;
		const lines = /(?:[A-Za-z0-9+/=]+[ \t]*(?:\r?\n|$))+/y;
		lines.lastIndex = blank.lastIndex;
		const body = lines.exec(text);
		if (!body) continue;
		try {
			const binary = atob(body[0].replace(/\s+/g, ''));
			const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
			parts.push({ text: new TextDecoder().decode(bytes), line: lineAt(match.index) });
		} catch {
			// Not base64 after all: its text was searched as it is.
		}
		header.lastIndex = lines.lastIndex;
	}
	return parts;
}

function looksLikeFile(text: string): boolean {
	return /^\s*\{/.test(text) && /"byline"\s*:/.test(text.slice(0, 2000));
}

function collect(raw: string, lineOffset: number, depth: number): Found[] {
	if (looksLikeFile(raw)) {
		const outcome = decodeOne(raw);
		// A file whose tag is ours is one result, read or refused; anything else is searched as text.
		if (outcome.ok || outcome.error.reason !== 'not-byline')
			return [{ line: lineOffset + 1, context: '', code: '', outcome }];
	}
	const found = scanCodes(raw.replace(INVISIBLE, '').replace(SOFT_BREAK, ''), lineOffset);
	// Base64 ends in `=` padding, which soft-break removal would join to the next line: read it from the raw text.
	if (depth === 0) {
		for (const part of base64Parts(raw)) found.push(...collect(part.text, part.line - 1, depth + 1));
	}
	return found;
}

/** Drops repeats, and a code cut short in one place (a link's shortened text) when all of it is found elsewhere. */
function distinct(found: readonly Found[]): Found[] {
	const whole = found.flatMap((item) => (item.outcome.ok && item.code ? [item.code] : []));
	const seen = new Set<string>();
	return found.filter((item) => {
		if (!item.code) return true;
		if (seen.has(item.code)) return false;
		seen.add(item.code);
		return (
			item.outcome.ok || !whole.some((code) => code.length > item.code.length && code.startsWith(item.code))
		);
	});
}

/**
 * Every result link, code or file in `text`, in the order they appear, each read or refused with the reason.
 * Text past `SCAN_MAX_CHARS` is refused whole, with a message; past `maxResults`, the rest are left for another
 * paste, with a message.
 */
export function findResults(text: string, maxResults = FIND_MAX_RESULTS): Found[] {
	if (text.length > SCAN_MAX_CHARS) {
		return [
			{
				line: 1,
				context: '',
				code: '',
				outcome: {
					ok: false,
					error: new ShareError(
						'too-large',
						`This is too much text to search (${Math.round(text.length / 1024 / 1024)} MB; the limit is 20 MB). Export only the messages with results, or a shorter stretch of the chat.`
					)
				}
			}
		];
	}
	const found = distinct(collect(text, 0, 0));
	// One word that is no result (an assignment link, a stray code) gets the codec's own words for what it is.
	const word = text.trim();
	if (found.length === 0 && word && !/\s/.test(word)) {
		return [{ line: 1, context: '', code: word, outcome: decodeOne(word) }];
	}
	if (found.length <= maxResults) return found;
	const kept = found.slice(0, maxResults);
	const rest = found[maxResults]!;
	kept.push({
		line: rest.line,
		context: rest.context,
		code: '',
		outcome: {
			ok: false,
			error: new ShareError(
				'too-large',
				`Only ${maxResults.toLocaleString('en-US')} results are read at once; ${found.length - maxResults} more from here on were not. Add them in another paste.`
			)
		}
	});
	return kept;
}

/** Names of the texts inside a chat export's or mail's ZIP worth searching: no photos, voice notes or videos. */
const TEXT_ENTRY = /\.(txt|json|html?|eml|mbox|md|csv)$/i;

/**
 * The texts in a ZIP (WhatsApp's “Export chat” makes one, with any result files students attached), each at most
 * `SCAN_MAX_CHARS` as the archive declares; a damaged archive is a `ShareError`.
 */
export function zipTexts(bytes: Uint8Array): { name: string; text: string }[] {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => TEXT_ENTRY.test(file.name) && file.originalSize <= SCAN_MAX_CHARS
		});
	} catch {
		throw new ShareError(
			'corrupt',
			'This ZIP file is damaged or incomplete, so nothing in it could be read.'
		);
	}
	return Object.entries(entries).map(([name, data]) => ({
		name: name.split('/').pop() || name,
		text: new TextDecoder().decode(data)
	}));
}
