import { describe, expect, it } from 'vitest';
import { topicWords } from './text';

describe('topicWords', () => {
	it.each([
		['The keepers carried the hives', 'one hive fell', ['hiv']],
		['The mayor vetoes the plan', 'she vetoed it before', ['veto']],
		['Ferry fares rise', 'the ferries said fares were rising', ['far', 'ferry', 'ris']]
	])('%s / %s share %j', (a, b, shared) => {
		const mine = topicWords(a);
		expect([...topicWords(b)].filter((w) => mine.has(w)).sort()).toEqual(shared);
	});

	it('leaves out the words every news sentence has', () => {
		expect([...topicWords('They said that it would have been there')]).toEqual([]);
	});
});
