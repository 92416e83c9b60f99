import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createRandom } from '$lib/generator/random';
import { assignmentFile, decodeAssignment, encodeAssignment } from './assignment';
import { toBase64Url } from './base64url';
import { ShareError, decodePayload, encodePayload } from './codec';
import { toAnki } from './export/anki';
import { questionsCsv } from './export/csv';
import { toGift } from './export/gift';
import { toMoodleXml } from './export/moodle-xml';
import { toQuizlet } from './export/quizlet';
import { buildGradebook, gradebookCsv } from './gradebook';
import { qrSvg } from './qr';
import { decodeResult, encodeResult, resultFile, type AssignmentResult } from './result';
import { assignmentHash } from './assignment';
import { QUESTIONS, XSS, hostile, makeSet } from './test-fixtures';

/** Untrusted input, as the teacher and student pages receive it. */
const DECODERS: [string, (input: string) => unknown][] = [
	['decodeAssignment', decodeAssignment],
	['decodeResult', decodeResult],
	['decodePayload(assignment)', (input) => decodePayload('assignment', input)],
	['decodePayload(result)', (input) => decodePayload('result', input)]
];

describe('XSS corpus', () => {
	for (const xss of XSS) {
		it(`carries ${xss} as inert text through every codec and export`, () => {
			const set = makeSet(
				QUESTIONS.map((q) => hostile(q, xss)),
				{ title: xss, instructions: xss }
			);
			for (const decoded of [
				decodeAssignment(encodeAssignment(set)),
				decodeAssignment(assignmentFile(set))
			]) {
				expect(decoded).toEqual(set);
				expect(decoded.title).toBe(xss); // text, exactly as written: the page must render it as text
			}
			const result: AssignmentResult = {
				setId: set.id,
				setHash: assignmentHash(set),
				student: xss,
				answers: [{ questionId: QUESTIONS[0]!.id, given: xss, ms: 1 }],
				startedAt: 0,
				submittedAt: 1,
				attempt: 1
			};
			expect(decodeResult(encodeResult(result))).toEqual(result);
			expect(decodeResult(resultFile(result))).toEqual(result);

			const markup = /<(script|img|svg)\b/i;
			expect(toMoodleXml(set.questions, set.title)).not.toMatch(markup);
			expect(qrSvg(`https://byline.example/a#${xss}`)).not.toMatch(/script|onerror|onload|javascript/i);
			// Plain-text formats carry the text itself: GIFT marks it [plain], Anki #html:false, CSV and Quizlet are
			// never rendered as HTML. What matters is that the text survives and cannot break the file's structure.
			expect(toGift(set.questions, set.title)).toContain(`[plain]${xss.replace(/[=:]/g, (c) => `\\${c}`)}`);
			expect(toAnki(set.questions, set.title)).toContain('#html:false');
			expect(toQuizlet(set.questions)).toContain(xss);
			expect(questionsCsv(set.questions)).toContain(xss);
			expect(gradebookCsv(buildGradebook(set, [result]))).toContain(xss);
		});
	}
});

describe('random garbage', () => {
	const random = createRandom(20240322);
	const int = (n: number) => Math.floor(random() * n);
	const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
	const printable = (n: number) =>
		Array.from({ length: n }, () => String.fromCharCode(32 + int(95))).join('');
	const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	const b64 = (n: number) => Array.from({ length: n }, () => b64chars[int(64)]).join('');
	const valid = encodeAssignment(makeSet());

	const generators: [string, () => string][] = [
		['printable text', () => printable(int(2000))],
		['tag + base64url characters', () => `b1${random() < 0.5 ? 'a' : 'r'}.${b64(int(4000))}`],
		['tag + random bytes', () => `b1a.${toBase64Url(bytes(int(4000)))}`],
		[
			'tag + zlib header + random bytes',
			() => `b1r.${toBase64Url(Uint8Array.from([0x78, 0xda, ...bytes(int(4000))]))}`
		],
		[
			'valid zlib of random text',
			() => `b1a.${toBase64Url(zlibSync(new TextEncoder().encode(printable(int(3000)))))}`
		],
		[
			'a valid code with bytes flipped',
			() => {
				const chars = [...valid];
				for (let i = 0; i < 1 + int(5); i++) chars[4 + int(chars.length - 4)] = b64chars[int(64)]!;
				return chars.join('');
			}
		],
		[
			'random JSON, validly encoded',
			() => encodePayload(random() < 0.5 ? 'assignment' : 'result', randomJson(3))
		],
		['file-like text', () => `{"byline":"b1a","data":${printable(int(500))}`]
	];

	function randomJson(depth: number): unknown {
		const pick = int(depth > 0 ? 7 : 4);
		if (pick === 0) return int(1000) - 500;
		if (pick === 1) return printable(int(20));
		if (pick === 2) return random() < 0.5;
		if (pick === 3) return null;
		if (pick === 4) return Array.from({ length: int(4) }, () => randomJson(depth - 1));
		const keys = ['id', 'title', 'questions', 'answers', 'setId', '__proto__', 'constructor', printable(5)];
		return Object.fromEntries(
			Array.from({ length: int(5) }, () => [keys[int(keys.length)]!, randomJson(depth - 1)])
		);
	}

	for (const [name, generate] of generators) {
		it(`${name}: only ShareError, never a hang`, () => {
			for (let i = 0; i < 150; i++) {
				const input = generate();
				for (const [decoderName, decode] of DECODERS) {
					try {
						decode(input);
					} catch (error) {
						if (!(error instanceof ShareError)) {
							throw new Error(`${decoderName} threw ${String(error)} on ${input.slice(0, 80)}`, {
								cause: error
							});
						}
					}
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}
			}
		});
	}
});

describe('issue 13: ids that are names of Object’s own properties', () => {
	const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
	const set = makeSet(
		NAMES.map((id, i) => ({ ...QUESTIONS[0]!, id, factId: NAMES[(i + 1) % NAMES.length]! })),
		{ id: 'constructor', order: 'fixed' }
	);
	const right = QUESTIONS[0]!.answer;

	it('travel through links and files, and grade like any other id', () => {
		for (const decoded of [decodeAssignment(encodeAssignment(set)), decodeAssignment(assignmentFile(set))]) {
			expect(decoded).toEqual(set);
			expect(assignmentHash(decoded)).toBe(assignmentHash(set));
		}
		const result: AssignmentResult = {
			setId: set.id,
			setHash: assignmentHash(set),
			student: 'Ana',
			// Every other one right; `valueOf` and `prototype` left unanswered.
			answers: NAMES.slice(0, 4).map((questionId, i) => ({
				questionId,
				given: i % 2 === 0 ? right : 'wrong',
				ms: 1000
			})),
			startedAt: 0,
			submittedAt: 60_000,
			attempt: 1
		};
		for (const decoded of [decodeResult(encodeResult(result)), decodeResult(resultFile(result))]) {
			expect(decoded).toEqual(result);
			const book = buildGradebook(set, [decoded]);
			expect(book.rows[0]!.answers.map((answer) => [answer.questionId, answer.mark])).toEqual([
				['constructor', 'right'],
				['__proto__', 'wrong'],
				['toString', 'right'],
				['hasOwnProperty', 'wrong'],
				['valueOf', 'blank'],
				['prototype', 'blank']
			]);
			expect(book.items.map((item) => item.mostChosenWrong?.text)).toEqual([
				undefined,
				'wrong',
				undefined,
				'wrong',
				undefined,
				undefined
			]);
			expect(gradebookCsv(book)).toContain(
				',1,0,1,0,,,Vladimir V. Putin,wrong,Vladimir V. Putin,wrong,,\r\n'
			);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});

	it('a file whose envelope only inherits `byline` and `data` (a polluted prototype) is refused', () => {
		const proto = Object.prototype as Record<string, unknown>;
		proto.byline = 'b1a';
		proto.data = set;
		try {
			expect(() => decodeAssignment('{}')).toThrow(/isn't a Byline/);
			expect(() => decodeAssignment('{"byline":"b1a"}')).toThrow(/damaged/);
		} finally {
			delete proto.byline;
			delete proto.data;
		}
	});
});
