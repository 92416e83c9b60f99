import { describe, expect, it } from 'vitest';
import { labelStep, niceMax, ticks } from './scale';

describe('niceMax', () => {
	it('rounds up to 1, 2 or 5 times a power of ten', () => {
		expect([1, 3, 7, 10, 11, 23, 180, 999].map(niceMax)).toEqual([1, 5, 10, 10, 20, 50, 200, 1000]);
	});
	it('gives an axis even when every value is zero', () => {
		expect(niceMax(0)).toBe(1);
	});
});

describe('ticks', () => {
	it('splits the axis into whole-number steps', () => {
		expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
		expect(ticks(10)).toEqual([0, 5, 10]);
		expect(ticks(2)).toEqual([0, 1, 2]);
		expect(ticks(1)).toEqual([0, 1]);
	});
});

describe('labelStep', () => {
	it('labels every bar when there is room and fewer when there is not', () => {
		expect(labelStep(14, 900, 40)).toBe(1);
		expect(labelStep(14, 330, 40)).toBe(2);
		expect(labelStep(30, 330, 40)).toBe(4);
	});
});
