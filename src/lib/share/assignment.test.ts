import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	assignmentDeckId,
	MAX_QUESTIONS,
	assignmentFile,
	assignmentHash,
	assignmentLink,
	decodeAssignment,
	encodeAssignment,
	type AssignmentSet
} from './assignment';
import { ShareError, encodePayload } from './codec';
import { QR_MAX_BYTES, qrBytes } from './qr';
import { QUESTIONS, makeSet, realisticQuestions } from './test-fixtures';

function shareError(run: () => unknown): ShareError {
	try {
		run();
	} catch (error) {
		if (error instanceof ShareError) return error;
		throw error;
	}
	throw new Error('expected a ShareError');
}

describe('assignment payloads', () => {
	it('round-trip every question type through a link and a file', () => {
		const set = makeSet();
		const link = assignmentLink('https://byline.example/app/', set);
		expect(link).toMatch(/^https:\/\/byline\.example\/app\/a#b1a\./);
		expect(decodeAssignment(link)).toEqual(set);
		expect(decodeAssignment(assignmentFile(set))).toEqual(set);
	});

	it('drops unknown fields at every level', () => {
		const loose = {
			...makeSet(),
			teacherNotes: 'private',
			questions: QUESTIONS.map((q) => ({
				...q,
				secret: 1,
				accept: 'accept' in q ? { ...q.accept, extra: true } : undefined,
				pairs: q.type === 'matching' ? q.pairs.map((pair) => ({ ...pair, extra: true })) : undefined
			}))
		};
		const decoded = decodeAssignment(encodePayload('assignment', loose));
		expect(decoded).toEqual(makeSet());
		expect(JSON.stringify(decoded)).not.toMatch(/teacherNotes|secret|extra/);
	});

	it('refuses sets over the caps with a message and the problems found', () => {
		const tooMany = Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => ({ ...QUESTIONS[0]!, id: `q${i}` }));
		const cases: unknown[] = [
			makeSet(undefined, { title: 'x'.repeat(201) }),
			makeSet(tooMany),
			makeSet([]),
			makeSet([QUESTIONS[0]!, QUESTIONS[0]!]),
			{ ...makeSet(), order: 'random' },
			{ ...makeSet(), attemptsAllowed: 0 },
			{ ...makeSet(), questions: [{ ...QUESTIONS[0]!, prompt: 'x'.repeat(4001) }] },
			{ ...makeSet(), questions: [{ ...QUESTIONS[0]!, evidenceText: 'x'.repeat(2001) }] },
			[makeSet()],
			'a set'
		];
		for (const input of cases) {
			const error = shareError(() => decodeAssignment(encodePayload('assignment', input)));
			expect(error.reason).toBe('invalid');
			expect(error.message).toMatch(/doesn't contain a valid assignment/);
			expect(error.problems.length).toBeGreaterThan(0);
		}
		expect(shareError(() => encodeAssignment(makeSet(tooMany))).problems.join()).toMatch(/questions/);
	});

	it('hashes content only: stable across key order, round trips and unknown fields; changed by any edit', () => {
		const set = makeSet();
		const hash = assignmentHash(set);
		const reordered = Object.fromEntries(Object.entries(set).reverse()) as AssignmentSet;
		expect(assignmentHash(reordered)).toBe(hash);
		expect(assignmentHash(decodeAssignment(encodeAssignment(set)))).toBe(hash);
		expect(assignmentHash({ ...set, local: 'x' } as AssignmentSet)).toBe(hash);
		const edited = makeSet([{ ...QUESTIONS[0]!, answer: 'Xi Jinping' }, ...QUESTIONS.slice(1)]);
		expect(assignmentHash(edited)).not.toBe(hash);
		expect(assignmentHash({ ...set, showAnswers: false })).not.toBe(hash);
	});

	it('issue 13: names the student’s deck by the set’s content, so a reused id with other questions is another deck', () => {
		const first = makeSet(QUESTIONS.slice(0, 3));
		const reused = makeSet(QUESTIONS.slice(3, 6));
		expect(reused.id).toBe(first.id);
		expect(assignmentDeckId(reused)).not.toBe(assignmentDeckId(first));
		expect(assignmentDeckId(decodeAssignment(encodeAssignment(first)))).toBe(assignmentDeckId(first));
		expect(assignmentDeckId(first)).toMatch(/^assignment-[\w-]{22}$/);
	});

	it('measures link sizes for 10 and 30 realistic questions against the QR budget', () => {
		// The default deck's article belongs in questions/articles/; until it is copied there, the shared original.
		const inRepo = 'questions/articles/xi-putin-moscow-2023.txt';
		const path = existsSync(inRepo) ? inRepo : '/work/shared/articles/xi-putin-moscow-2023.txt';
		const article = readFileSync(path, 'utf8');
		const linkBytes = (count: number) =>
			qrBytes(assignmentLink('https://byline.example', makeSet(realisticQuestions(article, count))));
		let mostInQr = 0;
		while (linkBytes(mostInQr + 1) <= QR_MAX_BYTES) mostInQr++;
		console.log(
			`link bytes: 10 questions ${linkBytes(10)}, 30 questions ${linkBytes(30)}; at most ${mostInQr} fit one QR code`
		);
		// Evidence sentences and explanations ride along, so a QR code holds a short quiz; longer ones use the file.
		expect(mostInQr).toBeGreaterThanOrEqual(5);
		expect(linkBytes(30)).toBeGreaterThan(QR_MAX_BYTES);
	});
});
