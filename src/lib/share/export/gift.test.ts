import { describe, expect, it } from 'vitest';
import { QUESTIONS, XSS, hostile } from '../test-fixtures';
import { giftEscape, toGift } from './gift';

/**
 * Reads one GIFT question the way Moodle's qformat_gift does (escapes to placeholders, `::name::`, the answer
 * section between the first `{` and `}`, then its type rules), so the test checks what Moodle would import.
 */
function readLikeMoodle(block: string) {
	// Moodle's own placeholders (escapedchar_pre / escapedchar_post).
	const unescape = (s: string) =>
		s.replace(/&&(\d{3});?/g, (_, code: string) => String.fromCharCode(Number(code))).trim();
	let text = block
		.replace(/\\\\/g, '&&092;')
		.replace(/\\([:#={}~])/g, (_, char: string) => `&&${String(char.charCodeAt(0)).padStart(3, '0')};`)
		.replace(/\\n/g, '&&010')
		.replace(/&&092;/g, '\\');
	expect(text.startsWith('::')).toBe(true);
	const nameEnd = text.indexOf('::', 2);
	const name = unescape(text.slice(2, nameEnd));
	text = text.slice(nameEnd + 2).trim();
	const start = text.indexOf('{');
	const end = text.indexOf('}');
	expect(start).toBeGreaterThan(0);
	expect(end).toBe(text.length - 1); // nothing of ours may close the answers early
	let answers = text.slice(start + 1, end).trim();
	const gf = answers.lastIndexOf('####');
	const generalFeedback = gf >= 0 ? unescape(answers.slice(gf + 4)) : '';
	if (gf >= 0) answers = answers.slice(0, gf).trim();
	const questionText = text.slice(0, start).trim();
	expect(questionText.startsWith('[plain]')).toBe(true);
	const type =
		answers === ''
			? 'essay'
			: answers.startsWith('#')
				? 'numerical'
				: answers.includes('~')
					? 'multichoice'
					: answers.includes('=') && answers.includes('->')
						? 'match'
						: ['T', 'TRUE', 'F', 'FALSE'].includes(answers)
							? 'truefalse'
							: 'shortanswer';
	const items = answers
		.split(/(?=[=~])/)
		.map((item) => item.trim())
		.filter(Boolean);
	return {
		name,
		type,
		prompt: unescape(questionText.slice('[plain]'.length)),
		answers,
		items,
		generalFeedback,
		unescape
	};
}

describe('GIFT', () => {
	it('escapes ~ = # { } : and backslash, and turns line breaks into \\n', () => {
		expect(giftEscape('a~b=c#d{e}f:g\\h\ni\r\nj')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni\\nj');
	});

	it('writes each Byline type as the Moodle type it should import as', () => {
		const gift = toGift(QUESTIONS, 'Putin: Xi {day 2}');
		const blocks = gift
			.split(/\n\n/)
			.slice(1)
			.map((b) => b.trim());
		expect(blocks).toHaveLength(QUESTIONS.length);
		for (const block of blocks) expect(block).not.toMatch(/\n/); // a blank line would split a question
		const read = blocks.map(readLikeMoodle);
		expect(read.map((q) => q.type)).toEqual([
			'multichoice', // who-said
			'multichoice', // what-said
			'shortanswer', // cloze, typed
			'truefalse',
			'multichoice', // figure-choice
			'numerical', // figure-typed
			'multichoice', // date-choice
			'shortanswer', // date-typed
			'match',
			'essay' // flashcard
		]);
		expect(read[0]!.name).toBe('Putin: Xi {day 2} 1');
		expect(read.map((q) => q.prompt)).toEqual(QUESTIONS.map((q) => q.prompt));
		expect(read[0]!.items.map((item) => read[0]!.unescape(item))).toEqual([
			'=Vladimir V. Putin',
			'~Xi Jinping',
			'~Fumio Kishida',
			'~John F. Kirby'
		]);
		expect(read[3]!.answers).toBe('TRUE');
		expect(read[5]!.answers).toBe('#470000000:0');
		expect(read[7]!.items).toEqual(['=2022']);
		expect(read[8]!.items[0]).toBe('=“Our partnership has no limits” -> Vladimir V. Putin');
		expect(read[9]!.generalFeedback).toContain('Senior fellow at the Carnegie Endowment');
	});

	it('keeps hostile text as escaped plain text that cannot break the question', () => {
		for (const xss of [...XSS, 'a } b { c ~ d = e # f : g -> h']) {
			const gift = toGift(
				QUESTIONS.map((q) => hostile(q, xss)),
				'T'
			);
			const blocks = gift.split(/\n\n/).slice(1);
			const read = blocks.map((block) => readLikeMoodle(block.trim()));
			expect(read.map((q) => q.prompt)).toEqual(QUESTIONS.map((q) => `${xss} ${q.prompt}`));
			expect(read.map((q) => q.type === 'match')).toEqual(QUESTIONS.map((q) => q.type === 'matching'));
			expect(read[2]!.items.map(read[2]!.unescape)).toEqual([`=${xss.replace(/->/g, '→')} answer`]);
		}
	});
});
