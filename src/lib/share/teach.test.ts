import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/generator/bank';
import { assignmentLink, shippedDeck } from '$lib/share/assignment';
import { QR_MAX_BYTES, fitsQr, qrBytes } from '$lib/share/qr';
import { ASSIGNABLE_TYPES } from '$lib/share/set-builder';
import { duration, slug } from '$lib/domain/format';
import { QUESTIONS, XSS, makeSet, realisticQuestions } from '$lib/share/test-fixtures';
import {
	EXPORT_FORMATS,
	exportFile,
	linkCheck,
	qrFor,
	gradebookLine,
	quoted,
	setQuestions,
	shareInfo
} from './teach';

const set = makeSet(QUESTIONS.slice(0, 3));

describe('files and codes for sharing', () => {
	it('names files safely from any title', async () => {
		expect(slug('Putin & Xi: “No limits”!')).toBe('putin-xi-no-limits');
		expect(slug(XSS[0])).toBe('script-alert-1-script');
		expect(slug('¿?')).toBe('byline');
		expect((await exportFile('gift', setQuestions(set), 'Café quiz')).name).toBe('cafe-quiz.gift.txt');
	});

	it('exports a set without the evidence text, in every format', async () => {
		for (const { format } of EXPORT_FORMATS) {
			const file = await exportFile(format, setQuestions(set), set.title);
			expect('text' in file ? file.text.length : file.bytes.length).toBeGreaterThan(0);
		}
		expect(setQuestions(set).some((q) => 'evidenceText' in q)).toBe(false);
	});

	it('makes a QR image only when the link fits, and says how long it is otherwise', () => {
		const fits = qrFor('https://x.test/a#b1a.short');
		expect(fits.fits && fits.image.src.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
		const long = qrFor(`https://x.test/a#${'x'.repeat(3000)}`);
		expect(long).toEqual({ fits: false, bytes: 3017, limit: 2331 });
	});

	it('reads durations as a teacher would', () => {
		expect(duration(42_400)).toBe('42 s');
		expect(duration(6 * 60_000 + 5000)).toBe('6 min 5 s');
		expect(duration(2 * 3_600_000 + 60_000)).toBe('2 h 1 min');
	});
});

describe('issue 5: the gradebook line', () => {
	it('counts students, says when retries make more results, and averages latest attempts', () => {
		expect(gradebookLine(1, 1, 0.5)).toBe('1 student · average 50%');
		expect(gradebookLine(3, 4, 0.444)).toBe('3 students, 4 results · average 44% (latest attempt each)');
	});
});

describe('issue 5: wrong answers in the item analysis', () => {
	it('are quoted once: an answer that is already a quotation keeps its own marks', () => {
		expect(quoted('obstacle')).toBe('“obstacle”');
		expect(quoted('“It will not last.”')).toBe('“It will not last.”');
	});
});

describe('issue 12: how many questions fit one QR code, said while the set is built', () => {
	const base = 'http://localhost:4173';
	const bank = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as Bank;
	const deck = shippedDeck(bank);
	const assignable = deck.questions.filter((q) => (ASSIGNABLE_TYPES as readonly string[]).includes(q.type));

	it('a set of up to 30 questions from the shipped deck (all it has) fits one code, named by reference', () => {
		const thirty = makeSet(assignable.slice(0, 30), { title: 'Moscow summit: thirty questions' });
		const count = thirty.questions.length;
		expect(count).toBeGreaterThanOrEqual(20);
		const check = linkCheck(base, thirty, [deck]);
		console.log(
			`${count} by reference: ${check.bytes} bytes, QR version ${check.version} (${17 + 4 * check.version!} modules a side, level M)`
		);
		expect(check).toMatchObject({ fits: true, over: 0, mostInQr: count, byReference: { count } });
		expect(check.version).toBeLessThanOrEqual(20);
		expect(check.bytes).toBe(shareInfo(base, thirty, { shipped: [deck] }).qr.bytes);
	});

	it('says exactly how many are too many: without them the link fits, with one of them it does not', () => {
		const article = readFileSync('questions/articles/xi-putin-moscow-2023.txt', 'utf8');
		const set = makeSet(realisticQuestions(article, 30));
		const check = linkCheck(base, set, []);
		expect(check.fits).toBe(false);
		expect(check.over).toBeGreaterThan(0);
		expect(check.over + check.mostInQr).toBe(30);
		expect(check.bytes).toBeGreaterThan(QR_MAX_BYTES);
		const first = (count: number) =>
			assignmentLink(base, { ...set, questions: set.questions.slice(0, count) }, { shipped: [] });
		expect(fitsQr(first(check.mostInQr))).toBe(true);
		expect(fitsQr(first(check.mostInQr + 1))).toBe(false);
		expect(qrBytes(first(check.mostInQr))).toBeLessThanOrEqual(QR_MAX_BYTES);
		// The share page says the same as the builder.
		expect(shareInfo(base, set).mostInQr).toBe(check.mostInQr);
	});
});
