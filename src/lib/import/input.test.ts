import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	InputProblem,
	MAX_BYTES,
	checkText,
	decodeText,
	findDate,
	markdownToText,
	prefill,
	readArticleFile,
	readLanguage
} from './input';

const article = readFileSync('questions/articles/xi-putin-moscow-2023.txt', 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);

function kindOf(run: () => unknown): string | undefined {
	try {
		run();
	} catch (error) {
		if (error instanceof InputProblem) return error.kind;
		throw error;
	}
	return undefined;
}

const FRENCH =
	'Le président russe Vladimir Poutine et le dirigeant chinois Xi Jinping ont déclaré mardi un partenariat ' +
	'économique durable et promis d’apporter davantage d’énergie russe en Chine et davantage d’entreprises ' +
	'chinoises en Russie, alors que les deux dirigeants cherchaient à isoler leurs pays des sanctions occidentales ' +
	'et des autres conséquences de la guerre en Ukraine. Les promesses économiques ont été annoncées lors du ' +
	'deuxième jour de la visite d’État de Xi à Moscou.';
const GERMAN =
	'Der russische Präsident Wladimir Putin und Chinas Staatschef Xi Jinping haben am Dienstag eine dauerhafte ' +
	'wirtschaftliche Partnerschaft erklärt und versprochen, mehr russische Energie nach China und mehr chinesische ' +
	'Unternehmen nach Russland zu bringen, während die beiden Staatschefs versuchten, ihre Länder von den ' +
	'Sanktionen des Westens und anderen Folgen des Krieges in der Ukraine abzuschirmen.';

describe('checkText', () => {
	it('accepts an English news article', () => {
		expect(kindOf(() => checkText(article))).toBeUndefined();
	});

	it('refuses empty and blank text', () => {
		expect(kindOf(() => checkText(''))).toBe('empty');
		expect(kindOf(() => checkText(' \n\t '))).toBe('empty');
	});

	it('issue 13: refuses text over 1 MB, what the generator handles in seconds', () => {
		expect(kindOf(() => checkText('a'.repeat(MAX_BYTES + 1)))).toBe('too-big');
	});

	it('refuses text with NUL bytes', () => {
		expect(kindOf(() => checkText(`${article}\u0000`))).toBe('binary');
	});

	it('refuses French, German and Russian articles, with a message saying why', () => {
		expect(kindOf(() => checkText(FRENCH))).toBe('not-english');
		expect(kindOf(() => checkText(GERMAN))).toBe('not-english');
		const russian =
			'Президент России Владимир Путин и председатель КНР Си Цзиньпин во вторник заявили о прочном партнерстве. '.repeat(
				4
			);
		expect(kindOf(() => checkText(russian))).toBe('not-english');
		expect(() => checkText(FRENCH)).toThrow(/does not look like English/);
	});

	it('does not judge the language of a very short text', () => {
		expect(readLanguage('Bonjour tout le monde').english).toBe(true);
	});

	it('passes every test article, with a wide margin over the threshold', () => {
		const names = readdirSync('questions/articles').filter((name) => name.endsWith('.txt'));
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) {
			const reading = readLanguage(readFileSync(`questions/articles/${name}`, 'utf8'));
			expect(reading.stopWords / reading.words, name).toBeGreaterThan(0.3);
		}
		const french = readLanguage(FRENCH);
		expect(french.stopWords / french.words).toBeLessThan(0.08);
	});
});

describe('decodeText', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeText(encode('\ufeffCafé “quoted”'))).toBe('Café “quoted”');
	});

	it('reads an older Windows-1252 file instead of showing replacement marks', () => {
		const bytes = new Uint8Array([
			...encode('He said '),
			0x93,
			...encode('yes'),
			0x94,
			...encode(' at the caf'),
			0xe9,
			...encode(' on the corner of the square.')
		]);
		expect(decodeText(bytes)).toBe('He said “yes” at the café on the corner of the square.');
	});

	it('refuses a file with NUL bytes, such as a PDF or an image', () => {
		const png = new Uint8Array([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
		]);
		expect(kindOf(() => decodeText(png))).toBe('binary');
	});

	it('refuses mostly invalid UTF-8 and text full of control characters', () => {
		const noise = new Uint8Array(4000).map((_, i) => 0x80 + ((i * 37) % 0x7f));
		expect(kindOf(() => decodeText(noise))).toBe('binary');
		const controls = encode('abc\u0001\u0002\u0003\u0004def'.repeat(50));
		expect(kindOf(() => decodeText(controls))).toBe('binary');
	});

	it('issue 13: refuses a file over 1 MB before decoding it', () => {
		expect(kindOf(() => decodeText(new Uint8Array(MAX_BYTES + 1)))).toBe('too-big');
	});
});

describe('prefill', () => {
	it('takes the headline from the first line and leaves the body without it', () => {
		const filled = prefill(article);
		expect(filled.title).toBe(
			'Xi and Putin Bind China and Russia’s Economies Further, Despite War in Ukraine'
		);
		expect(filled.body.startsWith('MOSCOW — President Vladimir V. Putin')).toBe(true);
		expect(filled.date).toBeUndefined();
	});

	it('reads a date line, a byline and a source line under the headline, and removes them from the body', () => {
		const text = [
			'Council votes to close Riverton bridge',
			'',
			'By Jane Doe and John Smith',
			'Published March 21, 2023, 10:04 a.m. ET',
			'Source: Riverton Gazette',
			'',
			'The council voted on Tuesday to close the bridge, the mayor said.'
		].join('\n');
		expect(prefill(text)).toEqual({
			title: 'Council votes to close Riverton bridge',
			date: '2023-03-21',
			source: 'Riverton Gazette',
			authors: ['Jane Doe', 'John Smith'],
			body: 'The council voted on Tuesday to close the bridge, the mayor said.'
		});
	});

	it('reads a wire dateline as the source, and a day-month date', () => {
		const filled = prefill('Markets fall\n21 March 2023\nLONDON (Reuters) — Shares fell on Tuesday.');
		expect(filled.source).toBe('Reuters');
		expect(filled.date).toBe('2023-03-21');
		expect(filled.body).toBe('LONDON (Reuters) — Shares fell on Tuesday.');
	});

	it('splits "Headline | Site" and uses hints from an HTML page', () => {
		const filled = prefill('Bridge closes for repairs | Riverton Gazette\n\nText.', {
			published: '2024-06-02T08:00:00Z',
			author: 'Ana Ruiz'
		});
		expect(filled).toMatchObject({
			title: 'Bridge closes for repairs',
			source: 'Riverton Gazette',
			date: '2024-06-02',
			authors: ['Ana Ruiz']
		});
	});

	it('leaves the title empty when the text starts with a paragraph, and keeps that paragraph', () => {
		const text =
			'The council voted on Tuesday to close the Riverton bridge for repairs, the mayor said at a meeting downtown.\n\nMore.';
		expect(prefill(text)).toEqual({ title: '', authors: [], body: text });
	});

	it('keeps a dash that belongs to the headline', () => {
		expect(prefill('Covid-19 - what we know so far\n\nText.').title).toBe('Covid-19 - what we know so far');
	});
});

describe('findDate', () => {
	it('reads the common written forms and refuses impossible dates', () => {
		expect(findDate('Sept. 5, 2022')).toBe('2022-09-05');
		expect(findDate('on 1st February 2021')).toBe('2021-02-01');
		expect(findDate('2023-02-30')).toBeUndefined();
		expect(findDate('in 2023')).toBeUndefined();
	});
});

describe('readArticleFile', () => {
	it('reduces an HTML file to its text, with the page title as headline', () => {
		const html =
			'<html><head><title>Bridge closes | Gazette</title><script>alert(1)</script></head><body><p>The bridge closed on Monday, the mayor said.</p></body></html>';
		const read = readArticleFile('story.html', 'text/html', encode(html));
		expect(read).toMatchObject({ kind: 'html', title: 'Bridge closes', source: 'Gazette' });
		expect(read.body).toBe('The bridge closed on Monday, the mayor said.');
	});

	it('reads Markdown as plain words', () => {
		expect(markdownToText('# Title\n\nSome **bold** and [a link](http://x) text.')).toBe(
			'Title\n\nSome bold and a link text.'
		);
		expect(readArticleFile('a.md', '', encode('# Title\n\nBody *text*.')).body).toBe('Body text.');
	});

	it('refuses other file types and empty files', () => {
		expect(kindOf(() => readArticleFile('a.pdf', 'application/pdf', encode('x')))).toBe('file-type');
		expect(kindOf(() => readArticleFile('a.txt', 'text/plain', new Uint8Array()))).toBe('empty');
	});
});
