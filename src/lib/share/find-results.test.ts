import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeAssignment } from './assignment';
import { FIND_MAX_RESULTS, SCAN_MAX_CHARS, findResults, zipTexts, type Found } from './find-results';
import { encodeResult, resultFile, resultLink, type AssignmentResult } from './result';
import { QUESTIONS, makeResult, makeSet } from './test-fixtures';

const set = makeSet(QUESTIONS.slice(0, 8));
const at = Date.UTC(2026, 10, 30, 13, 5);

function result(student: string, right = true): AssignmentResult {
	return makeResult(set, {
		student,
		answers: set.questions.map((q, i) => ({
			questionId: q.id,
			given: right ? q.answer : `guess ${i} of ${student}`,
			ms: 1000 + i * 777
		})),
		startedAt: at,
		submittedAt: at + 300_000
	});
}

const ana = result('Ana López');
const ben = result('Ben Okafor', false);
const cai = result('Cai');
const link = (r: AssignmentResult) => resultLink('https://byline.example', r);
const code = (r: AssignmentResult) => encodeResult(r);

/** Hard-wraps text at `width` characters, as a mailer does to a long line. */
function wrap(text: string, width: number, joiner = '\n'): string {
	const lines: string[] = [];
	for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
	return lines.join(joiner);
}

function base64(text: string): string {
	return wrap(Buffer.from(text, 'utf8').toString('base64'), 76, '\r\n');
}

const students = (found: Found[]) =>
	found.map((item) =>
		item.outcome.ok ? item.outcome.result.student : `refused: ${item.outcome.error.reason}`
	);

describe('findResults: every result in a messy paste, each once', () => {
	const cases: [name: string, text: string, expected: string[]][] = [
		['a bare code', code(ana), ['Ana López']],
		['a link with spaces around it', `\n  ${link(ana)}  \n`, ['Ana López']],
		[
			'a WhatsApp (Android) export with chatter, the assignment link and three results',
			[
				'30/11/2026, 09:01 - Ms Reyes: Quiz for Monday: https://byline.example/a#' + encodeAssignment(set),
				'30/11/2026, 14:05 - Ana López: ' + link(ana),
				'30/11/2026, 14:06 - Ben Okafor: done!! ' + link(ben),
				'Thanks',
				'30/11/2026, 14:07 - Cai: ' + link(cai) + ' 👍'
			].join('\n'),
			['Ana López', 'Ben Okafor', 'Cai']
		],
		[
			'a WhatsApp (iOS) export with direction marks and a message sent twice',
			`[30/11/2026, 14:05:12] Ana López: \u200E${link(ana)}\r\n[30/11/2026, 14:05:40] Ana López: ${link(ana)}\r\n`,
			['Ana López']
		],
		[
			'a Telegram HTML export: the link as address and as text, the text cut short with an ellipsis',
			`<div class="text"><a href="${link(ana)}">${link(ana).slice(0, 60)}…</a></div>\n<div class="text"><a href="${link(ben)}">${link(ben)}</a></div>`,
			['Ana López', 'Ben Okafor']
		],
		[
			'an email in quoted-printable: soft line breaks and =3D',
			`Content-Transfer-Encoding: quoted-printable\r\n\r\n<a href=3D"${wrap(link(ana), 75, '=\r\n')}">my result</a>`,
			['Ana López']
		],
		[
			'a hard-wrapped plain email whose next line starts with a word',
			`Hi Ms Reyes,\nhere is my result:\n${wrap(link(ben), 70)}\nThanks\nBen`,
			['Ben Okafor']
		],
		[
			'a quoted reply: the wrapped link behind > marks',
			`On Monday Cai wrote:\n> ${wrap(link(cai), 60, '\n> ')}\n> Cai`,
			['Cai']
		],
		[
			'zero-width spaces and soft hyphens inside the code',
			link(ana)
				.replace(/(.{40})/g, '$1\u200B')
				.replace(/(.{97})/, '$1\u00AD'),
			['Ana López']
		],
		[
			'HTML <wbr> and <br> inside the code',
			wrap(link(ana), 50, '<wbr>').replace('<wbr>', '<br>\n'),
			['Ana López']
		],
		[
			'a mail scanner’s wrapped link (Outlook Safe Links), # encoded as %23',
			`https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fbyline.example%2Fr%23${code(cai)}&data=05%7C01`,
			['Cai']
		],
		[
			'two codes on consecutive lines stay two',
			`${code(ana)}\n${code(ben)}\n${code(cai)}`,
			['Ana López', 'Ben Okafor', 'Cai']
		],
		['codes separated by spaces only', `${code(ana)} ${code(ben)}`, ['Ana López', 'Ben Okafor']],
		['a result file’s text', resultFile(cai), ['Cai']],
		['punctuation around a link', `(see ${link(ana)}).`, ['Ana López']],
		[
			'a code whose end was lost is refused, and the others still read',
			`${link(ana).slice(0, -30)}\n${link(ben)}`,
			['refused: corrupt', 'Ben Okafor']
		],
		[
			'a result made by a newer Byline',
			code(ana).replace(/^b1r\./, 'b2r.'),
			['refused: unsupported-version']
		],
		['nothing but chatter and an assignment link', `see you at 9\nhttps://x/a#${encodeAssignment(set)}`, []],
		[
			'an assignment link alone is told it is no result',
			`https://x/a#${encodeAssignment(set)}`,
			['refused: wrong-kind']
		],
		['one stray word', ' hello-there ', ['refused: not-byline']],
		['letters that only look like a tag inside a word', 'verb1r.ok and ab1r.xyz', []]
	];

	it.each(cases)('%s', (_name, text, expected) => {
		expect(students(findResults(text))).toEqual(expected);
	});

	it('reads the base64 parts of a mailbox: a body and an attached result file', () => {
		const mbox = [
			'From ana@example.org Mon Nov 30 14:05:00 2026',
			'Subject: result',
			'Content-Type: multipart/mixed; boundary="XX"',
			'',
			'--XX',
			'Content-Type: text/plain; charset=utf-8',
			'Content-Transfer-Encoding: base64',
			'',
			base64(`Ana López — Moscow: 8/8\n${link(ana)}\n`),
			'--XX',
			'Content-Type: application/json; name="moscow-ben.byline-result.json"',
			'Content-Transfer-Encoding: base64',
			'',
			base64(resultFile(ben)),
			'--XX--'
		].join('\r\n');
		expect(students(findResults(mbox))).toEqual(['Ana López', 'Ben Okafor']);
	});

	it('says where each was found: the line, and the chat’s date and sender before it', () => {
		const chat = `header\n30/11/2026, 14:05 - Ana López: ${link(ana)}\n[30/11/2026, 14:06:01] Ben Okafor: <b>${code(ben)}</b>`;
		expect(findResults(chat).map(({ line, context }) => [line, context])).toEqual([
			[2, '30/11/2026, 14:05 - Ana López:'],
			[3, '[30/11/2026, 14:06:01] Ben Okafor:']
		]);
	});

	it('refuses a text too large to search, and reads at most so many results at once', () => {
		const huge = findResults('x'.repeat(SCAN_MAX_CHARS + 1));
		expect(huge).toHaveLength(1);
		expect(!huge[0]!.outcome.ok && huge[0]!.outcome.error.message).toMatch(/too much text to search/);
		expect(FIND_MAX_RESULTS).toBe(1000);
		const many = Array.from({ length: 25 }, (_, i) => code(result(`S${i}`))).join('\n');
		const found = findResults(many, 20);
		expect(found).toHaveLength(21);
		const last = found.at(-1)!;
		expect(!last.outcome.ok && last.outcome.error.message).toMatch(/5 more from here on were not/);
	});

	it('reads the texts of a chat export’s ZIP, leaving out media', () => {
		const zip = zipSync({
			'WhatsApp Chat - 9B/_chat.txt': strToU8(`[30/11/2026, 14:05:12] Ana López: ${link(ana)}`),
			'WhatsApp Chat - 9B/00000012-moscow-ben.byline-result.json': strToU8(resultFile(ben)),
			'WhatsApp Chat - 9B/00000013-PHOTO.jpg': new Uint8Array([0xff, 0xd8, 0xff])
		});
		const texts = zipTexts(zip);
		expect(texts.map((t) => t.name).sort()).toEqual(['00000012-moscow-ben.byline-result.json', '_chat.txt']);
		expect(texts.flatMap((t) => students(findResults(t.text))).sort()).toEqual(['Ana López', 'Ben Okafor']);
		expect(() => zipTexts(zip.slice(0, 40))).toThrow(/damaged or incomplete/);
	});
});
