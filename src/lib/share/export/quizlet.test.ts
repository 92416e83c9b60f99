import { describe, expect, it } from 'vitest';
import { QUESTIONS, XSS } from '../test-fixtures';
import { toQuizlet } from './quizlet';

describe('Quizlet', () => {
	it('writes term TAB definition, one card per line, matching as one card per pair', () => {
		const lines = toQuizlet(QUESTIONS).trimEnd().split('\n');
		const matching = QUESTIONS.find((q) => q.type === 'matching')!;
		expect(lines).toHaveLength(QUESTIONS.length - 1 + matching.pairs!.length);
		for (const line of lines) expect(line.split('\t')).toHaveLength(2);
		expect(lines[0]).toBe('Who said the partnership had “no limits”?\tVladimir V. Putin');
		expect(lines).toContain('“It is a marriage of convenience”\tAlexander Gabuev');
	});

	it('flattens tabs and line breaks inside text, and keeps HTML as text', () => {
		const card = { ...QUESTIONS[2]!, prompt: 'a\tb\r\nc', answer: `${XSS[0]}\nd` };
		expect(toQuizlet([card])).toBe(`a b c\t${XSS[0]} d\n`);
	});
});
