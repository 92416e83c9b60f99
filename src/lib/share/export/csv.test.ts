import { describe, expect, it } from 'vitest';
import { QUESTIONS, XSS } from '../test-fixtures';
import { csvCell, csvRow, questionsCsv } from './csv';

describe('CSV', () => {
	it('quotes per RFC 4180: commas, quotes and line breaks inside quotes, quotes doubled', () => {
		expect(csvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', 3])).toBe(
			'plain,"a,b","say ""hi""","two\nlines",3'
		);
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		for (const formula of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
			expect(csvCell(formula).replace(/^"/, '').startsWith("'")).toBe(true);
		}
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell('Ana')).toBe('Ana');
	});

	it('writes one row per question with type, prompt, choices, answer and explanation', () => {
		const lines = questionsCsv(QUESTIONS).split('\r\n');
		expect(lines[0]).toBe('id,type,prompt,choices,answer,explanation');
		expect(lines[1]).toBe(
			'q-who,who-said,Who said the partnership had “no limits”?,Xi Jinping | Vladimir V. Putin | Fumio Kishida | John F. Kirby,Vladimir V. Putin,Putin said it at the Kremlin on Tuesday.'
		);
		expect(lines).toHaveLength(QUESTIONS.length + 2); // header, rows, and the final CRLF
		expect(lines.at(-1)).toBe('');
		expect(csvCell(XSS[0])).toBe(XSS[0]); // text, not markup: a CSV is never rendered as HTML
	});
});
