import { Unzlib, zlibSync } from 'fflate';
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from './base64url';
import { CODE_MAX_CHARS } from './limits';

/**
 * Links, codes and files come from anyone. A code is `b<version><kind>.<base64url(zlib(JSON))>`, e.g.
 * `b1a.eNq…`; a file is JSON `{ "byline": "b1a", "data": … }`. Decoding refuses, with a `ShareError` a teacher or
 * student can act on, anything too large, inflating past a cap, truncated, garbled or of the other kind.
 */
export type PayloadKind = 'assignment' | 'result';

export type ShareErrorReason =
	| 'too-large'
	| 'not-byline'
	| 'wrong-kind'
	| 'unsupported-version'
	| 'corrupt'
	| 'invalid'
	| 'unknown-set'
	| 'set-changed'
	| 'deck-version';

export class ShareError extends Error {
	constructor(
		readonly reason: ShareErrorReason,
		message: string,
		/** What failed validation, for a details disclosure; the message alone is what people read. */
		readonly problems: readonly string[] = []
	) {
		super(message);
		this.name = 'ShareError';
	}
}

/**
 * The format versions each kind reads. An assignment's version 2 names questions of a deck shipped with the app
 * by reference and may carry an accommodation (assignment.ts); an app that reads only version 1 refuses such a
 * link as made by a newer Byline, rather than misreading it.
 */
const VERSIONS: Record<PayloadKind, readonly number[]> = { assignment: [1, 2], result: [1] };
export { CODE_MAX_CHARS };
/** Longest file accepted; files carry uncompressed JSON, so no inflation cap applies to them. */
export const FILE_MAX_CHARS = 5 * 1024 * 1024;
/**
 * Inflating stops here: deflate reaches ~1000:1, so a 64 KiB code could otherwise expand to ~64 MB. A 200-question
 * set is ~150 KB of JSON; 1 MiB leaves room and keeps a bomb's refusal near 50 ms even on a cold start.
 */
export const INFLATED_MAX_BYTES = 1024 * 1024;
/**
 * Compressed bytes pushed into the inflater at a time. One input byte yields at most ~1 KiB of output, so a
 * chunk this size overshoots the cap by at most ~260 KiB before we look, whatever the input.
 */
const INFLATE_CHUNK = 256;

const KIND_LETTER: Record<PayloadKind, string> = { assignment: 'a', result: 'r' };
const LETTER_KIND: Record<string, PayloadKind> = { a: 'assignment', r: 'result' };
const TAG = /^b(\d{1,6})([a-z])$/;

type Transport = 'code' | 'file';

type DecodeReason = 'too-large' | 'not-byline' | 'wrong-kind' | 'unsupported-version' | 'corrupt';

/**
 * Besides the reasons code reads, what the words say: a code refused by its length (too long, before anything
 * reads it) or one with characters no code has (damaged on the way, not cut short).
 */
type Detail = 'too-long' | 'damaged';

/** The exact words people see; `transport` says whether they pasted/opened a link or picked a file. */
function problem(reason: DecodeReason, kind: PayloadKind, transport: Transport, detail?: Detail): ShareError {
	const thing = transport === 'file' ? 'file' : 'link';
	const what = kind === 'assignment' ? `assignment ${thing}` : `result ${thing === 'file' ? 'file' : 'code'}`;
	if (detail === 'too-long') {
		return new ShareError(
			reason,
			`This ${what} is too long: ${CODE_MAX_CHARS.toLocaleString('en-US')} characters is the most a Byline ${kind === 'assignment' ? 'link' : 'code'} has. It may have been copied together with other text; copy it alone, or ask for the file instead.`
		);
	}
	if (detail === 'damaged') {
		return new ShareError(
			reason,
			`This ${what} is damaged: it has characters a Byline ${kind === 'assignment' ? 'link' : 'code'} never has (such as “%”), so it was changed on the way. Copy it again from the original message, or ask for the file.`
		);
	}
	const messages: Record<DecodeReason, string> = {
		'too-large':
			transport === 'file'
				? `This ${what} is too large to open (the limit is 5 MB).`
				: `This ${what} is too large to open. Ask for the file instead.`,
		'not-byline': `This isn't a Byline ${what}. Check that you copied all of it, from the start.`,
		'wrong-kind':
			kind === 'assignment'
				? "This is a student's result, not an assignment. Open it under Results on the Teach page."
				: 'This is an assignment, not a result. Students get a result code after they submit.',
		'unsupported-version': `This ${what} was made by a newer version of Byline. Reload the app to update it, then try again.`,
		corrupt:
			transport === 'file'
				? `This ${what} is damaged or incomplete. Ask for it to be sent again.`
				: `This ${what} is incomplete — it may have been cut off when copied. Ask for it again, or use the file.`
	};
	return new ShareError(reason, messages[reason]);
}

/** Keys dropped while parsing: harmless in `JSON.parse` itself, dangerous in any later merge or spread. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseJson(text: string): unknown {
	// A reviver returning undefined deletes the key; it runs depth-first over own keys only.
	return JSON.parse(text, (key, value: unknown) => (POISON_KEYS.has(key) ? undefined : value));
}

/** The tag's format version, once it names a version this app reads of the kind expected. */
function checkTag(tag: unknown, kind: PayloadKind, transport: Transport): number {
	const match = typeof tag === 'string' ? TAG.exec(tag) : null;
	const letterKind = match ? LETTER_KIND[match[2]!] : undefined;
	if (!match || !letterKind) throw problem('not-byline', kind, transport);
	const version = Number(match[1]);
	if (!VERSIONS[letterKind].includes(version)) throw problem('unsupported-version', kind, transport);
	if (letterKind !== kind) throw problem('wrong-kind', kind, transport);
	return version;
}

function tagOf(kind: PayloadKind, version: number): string {
	if (!VERSIONS[kind].includes(version)) throw new RangeError(`no version ${version} of the ${kind} format`);
	return `b${version}${KIND_LETTER[kind]}`;
}

function adler32(bytes: Uint8Array): number {
	let a = 1;
	let b = 0;
	// Reduce every 5552 bytes (zlib's NMAX) so the sums stay small integers however long the input.
	for (let start = 0; start < bytes.length; start += 5552) {
		const end = Math.min(start + 5552, bytes.length);
		for (let i = start; i < end; i++) {
			a += bytes[i]!;
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return ((b << 16) | a) >>> 0;
}

class InflateCapExceeded extends Error {}

/** Inflates a zlib stream in small pushes, abandoning it the moment the output passes the cap. */
function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const inflater = new Unzlib((chunk) => {
		total += chunk.length;
		if (total > cap) throw new InflateCapExceeded();
		chunks.push(chunk);
	});
	for (let offset = 0; offset < bytes.length; offset += INFLATE_CHUNK) {
		const end = Math.min(offset + INFLATE_CHUNK, bytes.length);
		inflater.push(bytes.subarray(offset, end), end === bytes.length);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/**
 * fflate's Unzlib skips the Adler-32 trailer; checking it ourselves catches a code that inflates cleanly but
 * was altered on the way (a mistyped character), which would otherwise be graded as if it were real.
 */
function inflateVerified(bytes: Uint8Array, cap: number): Uint8Array {
	if (bytes.length < 6) throw new Error('too short for zlib');
	const out = inflateCapped(bytes, cap);
	const trailer = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0);
	if (adler32(out) !== trailer) throw new Error('checksum mismatch');
	return out;
}

/** The code alone, from whatever was pasted: a whole link, a code, or either with line breaks and spaces. */
function extractCode(input: string): string {
	const hash = input.lastIndexOf('#');
	return (hash >= 0 ? input.slice(hash + 1) : input).replace(/\s+/g, '');
}

/** Refuses to make a code that `decodePayload` would refuse, so the limit shows up when sharing, not opening. */
export function encodePayload(kind: PayloadKind, value: unknown, version = 1): string {
	const tooLarge = () =>
		new ShareError('too-large', `This ${kind} is too large for a link. Share it as a file instead.`);
	const json = new TextEncoder().encode(JSON.stringify(value));
	if (json.length > INFLATED_MAX_BYTES) throw tooLarge();
	const code = `${tagOf(kind, version)}.${toBase64Url(zlibSync(json, { level: 9 }))}`;
	if (code.length > CODE_MAX_CHARS) throw tooLarge();
	return code;
}

export function encodeFile(kind: PayloadKind, value: unknown, version = 1): string {
	const text = JSON.stringify({ byline: tagOf(kind, version), data: value }, null, '\t');
	if (text.length > FILE_MAX_CHARS) {
		throw new ShareError('too-large', `This ${kind} is too large to save (the limit is 5 MB).`);
	}
	return text;
}

/**
 * Decodes a pasted link or code, or the text of a file (recognised by its opening brace), into unvalidated
 * JSON with poisonous keys removed. Only `ShareError` escapes; the caller validates the shape.
 */
export function decodePayload(kind: PayloadKind, input: string): unknown {
	return decodeVersioned(kind, input).data;
}

/** As `decodePayload`, with the format version the data is in, for a kind with more than one. */
export function decodeVersioned(kind: PayloadKind, input: string): { version: number; data: unknown } {
	if (input.length > FILE_MAX_CHARS) {
		// A file's text opens with a brace (a page that knows only a file's size passes blanks); a link, with neither.
		throw /^\s*(\{|$)/.test(input)
			? problem('too-large', kind, 'file')
			: problem('too-large', kind, 'code', 'too-long');
	}
	const trimmed = input.trim();
	return trimmed.startsWith('{') ? decodeFileText(kind, trimmed) : decodeCode(kind, extractCode(trimmed));
}

function decodeFileText(kind: PayloadKind, text: string): { version: number; data: unknown } {
	let envelope: unknown;
	try {
		envelope = parseJson(text);
	} catch {
		throw problem('corrupt', kind, 'file');
	}
	// Own properties only: `in` would also find what an object inherits.
	if (envelope === null || typeof envelope !== 'object' || !Object.hasOwn(envelope, 'byline')) {
		throw problem('not-byline', kind, 'file');
	}
	const { byline, data } = envelope as { byline: unknown; data?: unknown };
	const version = checkTag(byline, kind, 'file');
	if (!Object.hasOwn(envelope, 'data')) throw problem('corrupt', kind, 'file');
	return { version, data };
}

/** The characters of base64url: any other in a code's body was put there by something other than Byline. */
const BODY = /^[A-Za-z0-9_-]*$/;

function decodeCode(kind: PayloadKind, code: string): { version: number; data: unknown } {
	if (code.length > CODE_MAX_CHARS) throw problem('too-large', kind, 'code', 'too-long');
	const dot = code.indexOf('.');
	// Only a start of a tag ("", "b", "b1a") means the link was cut off; anything else was never ours.
	if (dot < 0) throw problem(/^(b\d*[a-z]?)?$/.test(code) ? 'corrupt' : 'not-byline', kind, 'code');
	const version = checkTag(code.slice(0, dot), kind, 'code');
	const body = code.slice(dot + 1);
	if (!BODY.test(body)) throw problem('corrupt', kind, 'code', 'damaged');
	const bytes = fromBase64Url(body);
	if (!bytes) throw problem('corrupt', kind, 'code');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(inflateVerified(bytes, INFLATED_MAX_BYTES));
	} catch (error) {
		throw problem(error instanceof InflateCapExceeded ? 'too-large' : 'corrupt', kind, 'code');
	}
	try {
		return { version, data: parseJson(text) };
	} catch {
		throw problem('corrupt', kind, 'code');
	}
}

/** Validates decoded JSON into a strict type (unknown fields dropped), or `ShareError('invalid')` listing why. */
export function validated<const S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	message: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const problems = result.issues.map((issue) => {
		const path = v.getDotPath(issue);
		return path ? `${path}: ${issue.message}` : issue.message;
	});
	throw new ShareError('invalid', message, problems);
}
