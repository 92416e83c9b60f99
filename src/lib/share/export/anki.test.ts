import { describe, expect, it } from 'vitest';
import { QUESTIONS, XSS } from '../test-fixtures';
import { toAnki } from './anki';

/** Splits Anki's body like its CSV reader: tab-separated, fields optionally quoted with "" for a quote. */
function readFields(body: string): string[][] {
	const rows: string[][] = [[]];
	let field = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const char = body[i]!;
		if (quoted) {
			if (char === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === '\t' || char === '\n') {
			rows.at(-1)!.push(field);
			field = '';
			if (char === '\n') rows.push([]);
		} else field += char;
	}
	return rows.filter((row) => row.length > 0);
}

describe('Anki', () => {
	it('starts with Anki file headers and one note per question after them', () => {
		const text = toAnki(QUESTIONS, 'Putin and Xi');
		const lines = text.split('\n');
		expect(lines.slice(0, 6)).toEqual([
			'#separator:tab',
			'#html:false',
			'#notetype:Basic',
			'#columns:GUID\tFront\tBack\tTags',
			'#guid column:1',
			'#tags column:4'
		]);
		const rows = readFields(lines.slice(6).join('\n'));
		expect(rows).toHaveLength(QUESTIONS.length);
		for (const row of rows) expect(row).toHaveLength(4);
		expect(rows[0]).toEqual([
			'byline-q-who',
			'Who said the partnership had “no limits”?\nA. Xi Jinping\nB. Vladimir V. Putin\nC. Fumio Kishida\nD. John F. Kirby',
			'Vladimir V. Putin\n\nPutin said it at the Kremlin on Tuesday.',
			'byline Putin_and_Xi who-said'
		]);
	});

	it('quotes fields with tabs, quotes, line breaks or a leading #, and keeps HTML as text', () => {
		const card = { ...QUESTIONS[9]!, prompt: '#1 "best"\tfront', answer: XSS[1] };
		const text = toAnki([card], 'x');
		const body = text.split('\n').slice(6).join('\n');
		expect(body.startsWith('byline-q-card\t"#1 ""best""\tfront"\t')).toBe(true);
		expect(readFields(body)[0]![2]).toBe(`${XSS[1]}\n\n${card.explanation}`);
	});
});
