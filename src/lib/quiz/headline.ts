/**
 * What an article is about, as its headline and its lead paragraph tell it: the facts a practice quiz asks first.
 * Blind reviewers found quizzes of a poll's minor figures and a story's weekdays that never asked its main result,
 * its decision or the person it is about. Pure and light: it reads words, not grammar, so it stays out of the NLP.
 */
import type { Span } from '../generator/bank';
import { topicWords } from './text';

/** A share of the article's paragraphs over which a headline word names the article's subject, not one fact of it. */
const EVERYWHERE = 0.5;

export interface HeadlineScorer {
	/** How much the sentence at `span` tells of the headline: its headline words, and 1 more in the lead paragraph. */
	score(span: Span): number;
}

/**
 * Scores sentences against the headline. A headline word the article repeats in most paragraphs (the name of the
 * person the whole story is about) counts half: a sentence needs another headline word, or the lead, to stand out.
 */
export function headlineScorer(title: string, text: string): HeadlineScorer {
	// As the generator reads paragraphs: blank lines part them, and a text with none has one per line.
	const gap = /\n\s*\n/.test(text) ? /\n\s*\n/ : /\n/;
	const paragraphs = text.split(gap).filter((paragraph) => /\S/.test(paragraph));
	const start = Math.max(0, text.search(/\S/));
	const leadLength = text.slice(start).search(gap);
	const lead = leadLength < 0 ? text.length : start + leadLength;
	const wordsOf = paragraphs.map(topicWords);
	const weight = new Map<string, number>();
	for (const word of topicWords(title)) {
		const share = wordsOf.filter((words) => words.has(word)).length / Math.max(1, paragraphs.length);
		weight.set(word, share > EVERYWHERE ? 0.5 : 1);
	}
	return {
		score(span) {
			let sum = span.start < lead ? 1 : 0;
			for (const word of topicWords(text.slice(span.start, span.end))) sum += weight.get(word) ?? 0;
			return sum;
		}
	};
}

/** The least score a sentence needs to be the headline's: two headline words, or one in the lead paragraph. */
const HEADLINE_SCORE = 2;

/** What a date's question takes off its sentence's score: "when" is the least of a story's main fact. */
const WHEN_LESS = 0.5;

/**
 * The facts whose sentences tell the headline best (the highest score, if it reaches HEADLINE_SCORE), each scored
 * by the best sentence its items show. A date scores WHEN_LESS below the figure or quote of its sentence: asked of
 * "The council voted on Tuesday to close the pier", the vote's count tells what was decided, the weekday does not.
 */
export function headlineFacts<T extends { factId: string; evidence: Span }>(
	items: readonly T[],
	title: string,
	text: string,
	isDate: (item: T) => boolean = () => false
): Set<string> {
	if (!title || !text) return new Set();
	const scorer = headlineScorer(title, text);
	const best = new Map<string, number>();
	for (const item of items) {
		const score = scorer.score(item.evidence) - (isDate(item) ? WHEN_LESS : 0);
		best.set(item.factId, Math.max(best.get(item.factId) ?? 0, score));
	}
	const top = Math.max(0, ...best.values());
	if (top < HEADLINE_SCORE) return new Set();
	return new Set([...best].filter(([, score]) => score === top).map(([fact]) => fact));
}
