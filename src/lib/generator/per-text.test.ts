import { describe, expect, it } from 'vitest';
import { perText } from './per-text';

describe('perText: a value read once per text', () => {
	it('reads a text once however often it is asked, and again for another text', () => {
		const reads: string[] = [];
		const length = perText((text) => {
			reads.push(text);
			return text.length;
		});
		const article = 'The ferry sailed at 9 a.m.';
		expect([length(article), length(article), length(`${article} `.trimEnd())]).toEqual([26, 26, 26]);
		expect(length('Another text.')).toBe(13);
		expect(reads).toEqual([article, 'Another text.']);
	});
});
