import { describe, expect, it } from 'vitest';
import { endCut, escapeRegExp, matchesOf, wordsAt } from './regexp';

const viaMatchAll = (pattern: RegExp, s: string) => [...s.matchAll(pattern)].map((m) => [m.index, ...m]);
const viaMatchesOf = (pattern: RegExp, s: string) => matchesOf(pattern, s).map((m) => [m.index, ...m]);

describe('matchesOf', () => {
	it.each([
		[/\b(\d+) (days?|weeks?)\b/g, 'It took 3 days, then 2 weeks and 1 day.'],
		[/(?<year>\d{4})/g, 'From 1998 to 2004.'],
		[/x*/g, 'axxb'],
		[/(?:)/gu, 'a😀b'],
		[/\p{Lu}\p{Ll}*/gu, 'Marta Ilves met Ørsted staff'],
		[/q/gi, 'no match here']
	])('gives what matchAll gives: %s on "%s"', (pattern, s) => {
		expect(viaMatchesOf(pattern, s)).toEqual(viaMatchAll(pattern, s));
		expect(matchesOf(pattern, s).map((m) => m.groups)).toEqual([...s.matchAll(pattern)].map((m) => m.groups));
	});

	it('leaves the expression ready for the next text, from its start', () => {
		const pattern = /\d+/g;
		expect(matchesOf(pattern, '12 and 34').map((m) => m[0])).toEqual(['12', '34']);
		expect(pattern.lastIndex).toBe(0);
		pattern.lastIndex = 5;
		expect(matchesOf(pattern, '56 and 78').map((m) => m[0])).toEqual(['56', '78']);
	});

	it('refuses an expression without the g flag, as matchAll does', () => {
		expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
	});
});

describe('wordsAt', () => {
	const viaExpression = (s: string, word: string) =>
		[...s.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu'))].map((m) => m.index);
	it.each([
		['Roe met Roe’s aide, not Roeland or McRoe.', 'Roe'],
		['aaa', 'a'],
		['a a-a', 'a'],
		['the U.S. and U.S.A.', 'U.S.'],
		['𝐀Kell Kell𝐀 Kell', 'Kell'],
		['Ørsted, Ørsteds, 1Ørsted2', 'Ørsted'],
		['no such name here', 'Ash']
	])('finds what a whole-word expression finds in "%s" for "%s"', (s, word) => {
		expect(wordsAt(s, word)).toEqual(viaExpression(s, word));
	});
});

describe('lead74 (W43 review): endCut', () => {
	it.each([
		['I think he misled every member of this House...', 'I think he misled every member of this House …'],
		['the deal was done…', 'the deal was done …'],
		['required to respond within …', 'required to respond within …'],
		['the mayor said,', 'the mayor said …'],
		['prices rose 2.5', 'prices rose 2.5 …'],
		['This is not a multinational company.', 'This is not a multinational company. …']
	])('closes "%s" with one ellipsis', (kept, shown) => {
		expect(endCut(kept)).toBe(shown);
	});
});
