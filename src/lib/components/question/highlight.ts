import type { Fact, Question, Span } from '$lib/generator/bank';

export interface Segment {
	text: string;
	mark: boolean;
}

const MINOR = new Set([
	'the',
	'and',
	'for',
	'with',
	'that',
	'this',
	'from',
	'said',
	'about',
	'were',
	'have',
	'has'
]);

/** Whole-word, case-insensitive occurrences of `term` in `text`, as [start, end) ranges. */
function occurrences(text: string, term: string): [number, number][] {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
	return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The words in order with any punctuation between them: a quote shown with its punctuation tidied still matches. */
function looseOccurrences(text: string, words: readonly string[]): [number, number][] {
	if (words.length < 2) return [];
	const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`,
		'giu'
	);
	return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The text cut into plain and marked segments, marking each term where it occurs as a whole; a term that does not
 * occur whole (a full name where the article says "Mr. Kirby") has its telling words marked instead. Rendered
 * as text nodes and <mark> elements: article text is never treated as HTML.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
	const ranges: [number, number][] = [];
	for (const raw of terms) {
		const term = raw.trim().replace(/^[“”"']+|[“”"'.,;:!?…]+$/g, '');
		if (!term) continue;
		const whole = occurrences(text, term);
		if (whole.length > 0) {
			ranges.push(...whole);
			continue;
		}
		const words = term.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
		const loose = looseOccurrences(text, words);
		if (loose.length > 0) {
			ranges.push(...loose);
			continue;
		}
		// A quote is marked whole or not at all: its words one by one would speckle the whole sentence.
		if (words.length > 6) continue;
		for (const word of term.split(/[^\p{L}\p{N}%$€£¥.'’-]+/u)) {
			const clean = word.replace(/^[.'’-]+|[.'’-]+$/g, '');
			const telling = /\p{N}/u.test(clean) || (clean.length >= 3 && !MINOR.has(clean.toLowerCase()));
			if (telling) ranges.push(...occurrences(text, clean));
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (end <= at) continue;
		const from = Math.max(start, at);
		if (from > at) segments.push({ text: text.slice(at, from), mark: false });
		segments.push({ text: text.slice(from, end), mark: true });
		at = end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), mark: false });
	return segments;
}

/**
 * What to mark in the evidence: the part of the fact a question asks about (the speaker, the figure, the date),
 * and the answer itself where it is more than "True" or "False".
 */
export function keyTerms(question: Question, fact?: Fact): string[] {
	const terms: string[] = [];
	if (fact?.kind === 'quote') terms.push(fact.speaker.name);
	else if (fact) terms.push(fact.text);
	if (question.type === 'matching') terms.push(...question.pairs.map((pair) => pair.right));
	else if (question.type !== 'true-false' && question.answer.length <= 120) terms.push(question.answer);
	return terms;
}

/** The sentences a question came from: one per matching pair, else the question's own evidence. */
export function evidenceSpans(question: Question): Span[] {
	if (question.type !== 'matching') return [question.evidence];
	const seen = new Set<string>();
	const spans: Span[] = [];
	for (const { evidence } of question.pairs) {
		const id = `${evidence.start}:${evidence.end}`;
		if (!seen.has(id)) spans.push(evidence);
		seen.add(id);
	}
	return spans.sort((a, b) => a.start - b.start);
}

const BLANK = /_{3,}/;

/** A prompt around its blank ("… said _____ on Tuesday"), or undefined when it has none. */
export function splitBlank(prompt: string): { before: string; after: string } | undefined {
	const match = BLANK.exec(prompt);
	if (!match) return undefined;
	return { before: prompt.slice(0, match.index), after: prompt.slice(match.index + match[0].length) };
}
