import { describe, expect, it } from 'vitest';
import { QUESTIONS, XSS, hostile } from '../test-fixtures';
import { toMoodleXml } from './moodle-xml';

/** Well-formedness as an XML parser sees it: balanced tags, quoted attributes, no raw `<` or stray `&` in text. */
function checkWellFormed(xml: string): void {
	const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
	const stack: string[] = [];
	const tokens = body.split(/(<[^>]*>)/);
	for (const token of tokens) {
		if (token.startsWith('<')) {
			const tag =
				/^<(\/?)([a-z]+)((?:\s+[a-z]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>$/.exec(
					token
				);
			expect(tag, token).not.toBeNull();
			const [, closing, name, , selfClosing] = tag!;
			if (closing) expect(stack.pop()).toBe(name);
			else if (!selfClosing) stack.push(name!);
		} else {
			expect(token).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos);)/);
		}
	}
	expect(stack).toEqual([]);
}

const unescapeXml = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

describe('Moodle XML', () => {
	it('is well-formed, starts with the XML declaration and maps every type', () => {
		const xml = toMoodleXml(QUESTIONS, 'Putin & Xi / day 2');
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')).toBe(true);
		checkWellFormed(xml);
		expect(xml).toContain('<category><text>$course$/top/Putin &amp; Xi ∕ day 2</text></category>');
		const types = [...xml.matchAll(/<question type="([a-z]+)">/g)].map((m) => m[1]);
		expect(types).toEqual([
			'category',
			'multichoice',
			'multichoice',
			'shortanswer',
			'truefalse',
			'multichoice',
			'numerical',
			'multichoice',
			'shortanswer',
			'matching',
			'essay'
		]);
		expect(xml).toContain(
			'<answer fraction="100" format="plain_text"><text>470000000</text><tolerance>0</tolerance></answer>'
		);
		expect(xml).toContain('<answer fraction="100" format="plain_text"><text>true</text></answer>');
		expect(xml).toContain('<answer fraction="0" format="plain_text"><text>false</text></answer>');
		expect(xml).toContain(
			'<subquestion format="plain_text"><text>“Our partnership has no limits”</text><answer><text>Vladimir V. Putin</text></answer></subquestion>'
		);
		expect(xml.match(/<answer fraction="100"/g)).toHaveLength(8); // one right answer each; 2022 and 2022 dedupe
	});

	it('carries the XSS corpus as escaped text only', () => {
		for (const xss of XSS) {
			const xml = toMoodleXml(
				QUESTIONS.map((q) => hostile(q, xss)),
				xss
			);
			checkWellFormed(xml);
			expect(xml).not.toMatch(/<(script|img|svg)/i);
			const texts = [...xml.matchAll(/<text>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
			expect(texts).toContain(`${xss} ${QUESTIONS[0]!.prompt}`);
		}
	});
});
