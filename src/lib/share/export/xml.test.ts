import { describe, expect, it } from 'vitest';
import { parseXml } from './package-checks';
import { HOSTILE } from './test-corpus';
import { dropForbidden, el, xmlDocument, xmlEscape } from './xml';

describe('XML text', () => {
	it('escapes the five XML characters and drops characters XML cannot hold', () => {
		expect(xmlEscape(`<a href="x">'&'</a>\u0000\u0007ok\n`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok\n'
		);
	});

	it('keeps emoji and drops a lone surrogate', () => {
		expect(dropForbidden('a👍b\ud800c\udfffd\ufffe')).toBe('a👍bcd');
	});

	it.each(HOSTILE)('reads back as written, in content and in attributes: %s', (text) => {
		const doc = parseXml(xmlDocument(el('root', { title: text }, el('text', {}, text))));
		expect(doc.documentElement!.getAttribute('title')).toBe(dropForbidden(text));
		expect(doc.getElementsByTagName('text')[0]!.textContent).toBe(dropForbidden(text));
	});

	it('leaves out undefined attributes and children, and writes an empty element short', () => {
		expect(xmlDocument(el('a', { b: undefined, c: 1 }, undefined, false, el('d')))).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<a c="1">\n  <d/>\n</a>\n'
		);
	});
});
