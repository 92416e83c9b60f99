import { describe, expect, it } from 'vitest';
import { evaluateAll, precision, recall } from './eval.ts';

const results = evaluateAll();

describe('generator quality on the gold articles', () => {
	const first = results.find((r) => r.name === 'xi-putin-moscow-2023');
	it('attributes the first article’s quotes to the right speaker (≥95% recall and precision)', () => {
		expect(first).toBeDefined();
		expect(recall(first!.quotes)).toBeGreaterThanOrEqual(0.95);
		expect(precision(first!.quotes)).toBeGreaterThanOrEqual(0.95);
	});

	it('keeps high-confidence attributions precise on every article (≥95%)', () => {
		for (const r of results) expect(precision(r.quotesHigh), r.name).toBeGreaterThanOrEqual(0.95);
	});

	it('finds the first article’s figures and dates (≥95% recall)', () => {
		expect(recall(first!.figures)).toBeGreaterThanOrEqual(0.95);
		expect(recall(first!.dates)).toBeGreaterThanOrEqual(0.95);
	});
});
