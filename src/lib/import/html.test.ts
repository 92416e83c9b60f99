import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html';

describe('htmlToText', () => {
	it('keeps paragraphs and headings as paragraphs, and inline markup as words', () => {
		const { text } = htmlToText(
			'<h1>Bridge to close</h1><p>The <b>Riverton</b> bridge\n will close on <a href="/x">Monday</a>.</p><p>Line one<br>line two</p>'
		);
		expect(text).toBe('Bridge to close\n\nThe Riverton bridge will close on Monday.\n\nLine one\nline two');
	});

	it('leaves out script, style, noscript, template and other non-content, contents included', () => {
		const html = `<html><head><title>T</title><style>p{color:red}</style><script>window.hacked = 1</script></head>
			<body><p>Kept.</p><script type="module">alert("x")</script><noscript><p>Enable JS</p></noscript>
			<template><p>template text</p></template><svg><text>svg text</text></svg>
			<nav><a href="/">Home</a></nav><p>Also kept.</p><SCRIPT>document.cookie</SCRIPT >
			<img src=x onerror="alert(1)"><a href="javascript:alert(2)">link text</a><iframe>frame</iframe></body></html>`;
		const { text } = htmlToText(html);
		expect(text).toBe('Kept.\n\nAlso kept.\n\nlink text');
		for (const gone of [
			'hacked',
			'alert',
			'color',
			'Enable JS',
			'template text',
			'svg text',
			'Home',
			'cookie',
			'frame'
		])
			expect(text).not.toContain(gone);
	});

	it('ends a script only at its own closing tag, as the browser does', () => {
		const { text } = htmlToText('<p>a</p><script>var s = "<p>not text</p>"; // </scripts> </script><p>b</p>');
		expect(text).toBe('a\n\nb');
	});

	it('drops everything after an unclosed script, comment or skipped element', () => {
		expect(htmlToText('<p>a</p><script>alert(1)').text).toBe('a');
		expect(htmlToText('<p>a</p><!-- <p>hidden').text).toBe('a');
		expect(htmlToText('<p>a</p><noscript><p>hidden').text).toBe('a');
	});

	it('counts nested skipped elements of the same name', () => {
		expect(htmlToText('<nav><nav>x</nav>y</nav><p>z</p>').text).toBe('z');
	});

	it('reads a ">" inside a quoted attribute as part of the tag', () => {
		expect(htmlToText('<p title="a > b">text</p>').text).toBe('text');
	});

	it('keeps a bare "<" that starts no tag', () => {
		expect(htmlToText('<p>3 < 4 and 5 <= 6</p>').text).toBe('3 < 4 and 5 <= 6');
	});

	it('finds the title, site name, date and author in the page head', () => {
		const found = htmlToText(`<head><title>Ignored &amp; later</title>
			<meta property="og:title" content="Xi &amp; Putin meet"><meta property="og:site_name" content="The Daily">
			<meta property="article:published_time" content="2023-03-21T10:00:00Z"><meta name="author" content="Jane Doe">
			</head><body><p>x</p></body>`);
		expect(found).toEqual({
			title: 'Ignored & later',
			siteName: 'The Daily',
			published: '2023-03-21T10:00:00Z',
			author: 'Jane Doe',
			text: 'x'
		});
	});
});

describe('decodeEntities', () => {
	it('decodes named, decimal and hex entities, and leaves unknown ones as written', () => {
		expect(decodeEntities('&ldquo;Hi&rdquo; &#8212; it&#x2019;s &amp; &nbsp;&bogus; &#0;')).toBe(
			'“Hi” — it’s &  &bogus; \ufffd'
		);
	});
});
