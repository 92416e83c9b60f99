import { describe, expect, it } from 'vitest';
import { assignmentHash, encodeAssignment } from './assignment';
import { ShareError, encodePayload } from './codec';
import {
	decodeResult,
	encodeResult,
	findSetFor,
	gradeResult,
	resultFile,
	resultKey,
	resultLink,
	resultMailto,
	resultSummary,
	type AssignmentResult
} from './result';
import { QUESTIONS, makeSet } from './test-fixtures';

const set = makeSet();
const started = Date.UTC(2024, 2, 22, 10, 0);

function makeResult(overrides: Partial<AssignmentResult> = {}): AssignmentResult {
	return {
		setId: set.id,
		setHash: assignmentHash(set),
		student: 'Ana López',
		answers: [
			{ questionId: 'q-who', given: 'Vladimir V. Putin', ms: 4200 },
			{ questionId: 'q-what', given: '“It will not last.”', ms: 5100 },
			{ questionId: 'q-figt', given: '470m', ms: 9000 },
			{ questionId: 'q-datet', given: '  ', ms: 1000 },
			{
				questionId: 'q-match',
				given: ['Vladimir V. Putin', 'Alexander Gabuev', 'John F. Kirby'],
				ms: 20_000
			}
		],
		startedAt: started,
		submittedAt: started + 6 * 60_000,
		attempt: 1,
		...overrides
	};
}

function shareError(run: () => unknown): ShareError {
	try {
		run();
	} catch (error) {
		if (error instanceof ShareError) return error;
		throw error;
	}
	throw new Error('expected a ShareError');
}

describe('result payloads', () => {
	it('round-trip through a link and a file; the name is trimmed', () => {
		const result = makeResult({ student: '  Ana López ' });
		const link = resultLink('https://byline.example/', result);
		expect(link).toMatch(/^https:\/\/byline\.example\/r#b1r\./);
		expect(decodeResult(link)).toEqual(makeResult());
		expect(decodeResult(resultFile(result))).toEqual(makeResult());
	});

	it('refuses an assignment pasted as a result, a long name, a tampered or a truncated code', () => {
		expect(shareError(() => decodeResult(encodeAssignment(set))).reason).toBe('wrong-kind');
		expect(shareError(() => encodeResult(makeResult({ student: 'x'.repeat(81) }))).reason).toBe('invalid');
		expect(shareError(() => encodeResult(makeResult({ student: '   ' }))).reason).toBe('invalid');
		const code = encodeResult(makeResult());
		expect(shareError(() => decodeResult(code.slice(0, -5))).reason).toBe('corrupt');
		const tampered = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
		expect(shareError(() => decodeResult(tampered)).reason).toBe('corrupt');
		const wrongShape = shareError(() => decodeResult(encodePayload('result', { setId: set.id })));
		expect(wrongShape.reason).toBe('invalid');
		expect(wrongShape.message).toMatch(/ask the student to send it again/);
	});

	it('keys a result by its content, so importing it twice counts once', () => {
		const result = makeResult();
		expect(resultKey(decodeResult(encodeResult(result)))).toBe(resultKey(result));
		expect(resultKey(makeResult({ attempt: 2 }))).not.toBe(resultKey(result));
	});
});

describe('gradeResult', () => {
	it('grades again from the set, trusting nothing but the answers', () => {
		const forged = { ...makeResult(), score: 1, correct: true } as AssignmentResult;
		const graded = gradeResult(set, decodeResult(encodePayload('result', forged)));
		const marks = Object.fromEntries(graded.answers.map((a) => [a.questionId, a.mark]));
		expect(marks).toEqual({
			'q-who': 'right',
			'q-what': 'wrong',
			'q-cloze': 'blank',
			'q-tf': 'blank',
			'q-figc': 'blank',
			'q-figt': 'right',
			'q-datec': 'blank',
			'q-datet': 'blank',
			'q-match': 'right',
			'q-card': 'blank'
		});
		expect(graded).toMatchObject({ right: 3, total: 10, score: 0.3, elapsedMs: 6 * 60_000 });
		expect(graded.answers[1]).toMatchObject({ given: '“It will not last.”', expected: QUESTIONS[1]!.answer });
	});

	it('ignores answers to unknown questions, counts the first of two answers, and never goes negative on time', () => {
		const graded = gradeResult(
			set,
			makeResult({
				answers: [
					{ questionId: 'q-nope', given: 'x', ms: 1 },
					{ questionId: 'q-who', given: 'Xi Jinping', ms: 1 },
					{ questionId: 'q-who', given: 'Vladimir V. Putin', ms: 1 }
				],
				submittedAt: started - 1000
			})
		);
		expect(graded.answers.map((a) => a.questionId)).toEqual(QUESTIONS.map((q) => q.id));
		expect(graded.answers[0]!.mark).toBe('wrong');
		expect(graded.elapsedMs).toBe(0);
	});

	it('refuses a result for another version of the set, or an unknown set, with a clear message', () => {
		const edited = makeSet([{ ...QUESTIONS[0]!, answer: 'Xi Jinping' }, ...QUESTIONS.slice(1)]);
		const changed = shareError(() => gradeResult(edited, makeResult()));
		expect(changed.reason).toBe('set-changed');
		expect(changed.message).toMatch(/Ana López.*changed after it was shared/);
		expect(shareError(() => findSetFor(makeResult(), [edited])).reason).toBe('set-changed');
		const unknown = shareError(() => findSetFor(makeResult({ setId: 'set-other' }), [set, edited]));
		expect(unknown.reason).toBe('unknown-set');
		expect(unknown.message).toMatch(/isn't on this device/);
		expect(findSetFor(makeResult(), [set])).toBe(set);
	});

	it('issue 12: old result links, made before results carried more, still import; new ones carry what the teacher sees', () => {
		// A result link as version 1 of the app wrote it (no leftPage, no accommodation), byte for byte.
		const old = encodePayload('result', makeResult());
		expect(decodeResult(old)).toEqual(makeResult());
		const fuller = makeResult({ leftPage: 3, accommodation: { kind: 'extra-time', timeLimitMinutes: 30 } });
		expect(decodeResult(encodeResult(fuller))).toEqual(fuller);
		expect(
			decodeResult(encodeResult(makeResult({ accommodation: { kind: 'no-limit' } }))).accommodation
		).toEqual({
			kind: 'no-limit'
		});
		expect(
			shareError(() => decodeResult(encodePayload('result', { ...makeResult(), leftPage: -1 }))).reason
		).toBe('invalid');
	});

	it('issue 12: words the student sends with the link, and a mail to the teacher with the link on its own line', () => {
		const summary = resultSummary('Ana', 'Xi–Putin quiz', 8, 10);
		expect(summary).toBe('Ana — Xi–Putin quiz: 8/10');
		const link = resultLink('https://byline.example', makeResult());
		const mailto = resultMailto('ms.reyes+9b@school.example', 'Xi–Putin quiz', summary, link);
		expect(mailto).toMatch(/^mailto:ms\.reyes%2B9b@school\.example\?subject=Result%3A%20Ana%20/);
		const url = new URL(mailto);
		expect(url.searchParams.get('subject')).toBe('Result: Ana — Xi–Putin quiz: 8/10');
		expect(url.searchParams.get('body')!.split('\r\n')).toEqual([
			summary,
			'',
			link,
			'',
			'Open the link in Byline to add it to the gradebook of “Xi–Putin quiz”.'
		]);
	});
});
