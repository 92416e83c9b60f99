import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	FLOORS,
	INVENTED_FLOORS,
	REAL_TARGETS,
	evaluateAll,
	evaluateInvented,
	evaluateReal,
	precision,
	recall,
	type Floors,
	type RealTarget
} from './eval.ts';

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

for (const [group, evaluate, path] of [
	['the real corpus', evaluateReal, FLOORS],
	['the invented whole articles', evaluateInvented, INVENTED_FLOORS]
] as const)
	describe(`issue 9: every article of ${group} stays at or above its floors`, () => {
		const results = evaluate();
		const floors = JSON.parse(readFileSync(path, 'utf8')) as Floors;

		it('has floors for every article (npm run eval -- --write-floors after an improvement)', () => {
			expect(Object.keys(floors).sort()).toEqual(results.map((r) => r.name).sort());
		});

		for (const r of results)
			it(`${r.name} (${r.half === 'invented' ? 'invented' : `${r.half} half`})`, () => {
				for (const [target, floor] of Object.entries(floors[r.name] ?? {}) as [RealTarget, number][]) {
					const [found, of] = REAL_TARGETS[target](r.score);
					expect(of ? found / of : 1, `${target}: ${found}/${of}`).toBeGreaterThanOrEqual(floor);
				}
			});
	});
