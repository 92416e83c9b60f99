import { describe, expect, it } from 'vitest';
import { duration, slug } from '$lib/domain/format';
import { encodeResult, type AssignmentResult } from '$lib/share/result';
import { QUESTIONS, XSS, makeResult, makeSet } from '$lib/share/test-fixtures';
import { EXPORT_FORMATS, exportFile, qrFor, gradebookLine, quoted, setQuestions, splitCodes } from './teach';

const set = makeSet(QUESTIONS.slice(0, 3));

const result = (overrides: Partial<AssignmentResult> = {}) => makeResult(set, overrides);

describe('pasted codes', () => {
	it('splits several pasted codes but keeps a code broken over lines whole', () => {
		const a = encodeResult(result());
		const b = encodeResult(result({ student: 'Ben' }));
		expect(splitCodes(`${a}\n${b}\n`)).toEqual([a, b]);
		expect(splitCodes(`${a.slice(0, 40)}\n${a.slice(40)}`)).toHaveLength(1);
		expect(splitCodes('   ')).toEqual([]);
	});
});

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
