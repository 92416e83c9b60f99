import { describe, expect, it } from 'vitest';
import { fixtureBank } from '$lib/fixtures/bank';
import { evidenceSpans, highlight, keyTerms, splitBlank } from './highlight';
import { isShortcutTarget, isUndoKey } from './keys';

const marked = (text: string, terms: string[]) =>
	highlight(text, terms)
		.filter((s) => s.mark)
		.map((s) => s.text);

describe('highlight', () => {
	it('marks whole terms, case-insensitively, and keeps every character of the text', () => {
		const text = 'The repairs will cost $12 million and take 18 months.';
		const segments = highlight(text, ['$12 million']);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(marked(text, ['$12 MILLION'])).toEqual(['$12 million']);
	});

	it('falls back to telling words when the whole term is not in the sentence', () => {
		const text = '“We must act,” said Mr. Kirby, a spokesman.';
		expect(marked(text, ['John F. Kirby'])).toEqual(['Kirby']);
	});

	it('marks a quote whole when only its punctuation differs, and never word by word', () => {
		const text = '“That’s a statement to Russia that, ‘You know, relax; we are with you,’” Gabuev said.';
		expect(marked(text, ['“That’s a statement to Russia that, ‘You know, relax; we are with you’”'])).toEqual(
			['That’s a statement to Russia that, ‘You know, relax; we are with you']
		);
		expect(marked(text, ['“We are not with you at all, not today and not ever”'])).toEqual([]);
	});

	it('does not mark parts of words, and merges overlapping terms', () => {
		expect(marked('Ortizano met Ortiz.', ['Ortiz'])).toEqual(['Ortiz']);
		expect(marked('on 3 March 2025', ['on 3 March 2025', 'March'])).toEqual(['on 3 March 2025']);
	});

	it('treats markup in the article as text', () => {
		const segments = highlight('<img src=x onerror=alert(1)> said Ortiz', ['Ortiz']);
		expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> said ', mark: false });
	});
});

describe('keyTerms and evidence', () => {
	const byId = (id: string) => fixtureBank.questions.find((q) => q.id === id)!;
	const fact = (id: string) => fixtureBank.facts.find((f) => f.id === id);

	it('marks the speaker, the figure or the date, never "True"', () => {
		expect(keyTerms(byId('q-tf-walsh'), fact('f-walsh'))).toEqual(['Ken Walsh']);
		expect(keyTerms(byId('q-fig-cost'), fact('f-cost'))).toEqual(['$12 million', '$12 million']);
		expect(keyTerms(byId('q-match'))).toEqual(['Ken Walsh', 'Ana Ortiz', 'Priya Nair']);
	});

	it('shows a matching question’s sentences one per pair, in article order', () => {
		const spans = evidenceSpans(byId('q-match'));
		expect(spans).toHaveLength(3);
		expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
	});

	it('splits a prompt at its blank', () => {
		expect(splitBlank('It cost _____ in all')).toEqual({ before: 'It cost ', after: ' in all' });
		expect(splitBlank('Who said it?')).toBeUndefined();
	});
});

describe('keys', () => {
	const key = (init: Partial<KeyboardEvent> & { key: string }, inField = false) =>
		({
			ctrlKey: false,
			metaKey: false,
			altKey: false,
			shiftKey: false,
			defaultPrevented: false,
			...init,
			target: { closest: () => (inField ? {} : null) }
		}) as unknown as KeyboardEvent;

	it('takes u and Ctrl+Z as undo, but not while typing', () => {
		expect(isUndoKey(key({ key: 'u' }))).toBe(true);
		expect(isUndoKey(key({ key: 'z', ctrlKey: true }))).toBe(true);
		expect(isUndoKey(key({ key: 'z', ctrlKey: true, shiftKey: true }))).toBe(false);
		expect(isUndoKey(key({ key: 'u' }, true))).toBe(false);
	});

	it('leaves number keys to a text field and to browser shortcuts', () => {
		expect(isShortcutTarget(key({ key: '1' }))).toBe(true);
		expect(isShortcutTarget(key({ key: '1' }, true))).toBe(false);
		expect(isShortcutTarget(key({ key: '1', ctrlKey: true }))).toBe(false);
	});
});
