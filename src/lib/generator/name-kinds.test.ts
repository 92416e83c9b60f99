import { describe, expect, it } from 'vitest';
import { anotherNameFor, kindsDiffer, nameKind, writtenAsBody, writtenAsName } from './name-kinds';

describe('craft 36: what a name names, read from its words', () => {
	it.each([
		['Ada Roe', 'person'],
		['Harbor Communications', 'body'],
		['the Tarn Valley Scouts', 'body'],
		['Pine Street', 'place'],
		['Peru', 'place'],
		['Democrats', 'group'],
		['Vermont Republicans', 'group'],
		['Roe', undefined],
		['St. Petersburg', 'place'],
		['Saint Helena', 'place'],
		['Ian St. John', 'person'],
		// craft65: a publication beside parties ("the USA Today" offered among "the Senate", "the Republican Party").
		['the Harlow Times', 'outlet'],
		['Lusk Today', 'outlet'],
		['the Tarn Newspaper', 'outlet'],
		['Vask News', 'outlet'],
		['Vask News Corporation', 'body'],
		['Today', undefined],
		// craft75: a museum keyed among bodies ("the National Jewish Democratic Council", "the Senate").
		['the Tarn Museum', 'venue'],
		['Mercy General Hospital', 'venue'],
		['the Museum Workers Union', 'body']
	])('%s is a %s', (name, kind) => expect(nameKind(name)).toBe(kind));

	it('tells a group from a name of no known kind, and lets a surname stand beside anyone', () => {
		expect(kindsDiffer('Democrats', 'the FBI')).toBe(true);
		expect(kindsDiffer('Roe', 'Ada Vask')).toBe(false);
		expect(kindsDiffer('Ada Roe', 'Pine Street')).toBe(true);
		// craft63: "the shooting of _____" keyed "Sean Bell" offered "St. Petersburg", the town of the meeting.
		expect(kindsDiffer('Ada Roe', 'St. Petersburg')).toBe(true);
		expect(kindsDiffer('the Marl Party', 'Lusk Today')).toBe(true);
		expect(kindsDiffer('the Army', 'the Harlow Times')).toBe(true);
		expect(kindsDiffer('the Harlow Times', 'Lusk Today')).toBe(false);
	});

	it('craft75: tells a building or a site from the bodies that work in or near it', () => {
		expect(kindsDiffer('the Tarn Museum', 'the Marl Party')).toBe(true);
		expect(kindsDiffer('Mercy General Hospital', 'the State Police')).toBe(true);
		expect(kindsDiffer('Mercy General Hospital', 'the Tarn Museum')).toBe(false);
	});
});

describe('craft 36: another name of the same thing', () => {
	it.each([
		['the United States', 'America'],
		['Britain', 'the United Kingdom'],
		['the U.N. Harbor Council', 'UN Harbor Council'],
		['the United Nations Harbor Council', 'UN Harbor Council'],
		['the Roads Department', 'the Department of Roads'],
		['TWB', 'the Tarn Water Board'],
		['Ada J. Roe', 'Ada Roe'],
		['ada roe', 'Ada Roe']
	])('%s is %s', (a, b) => expect(anotherNameFor(a, b)).toBe(true));

	it.each([
		['Ada J. Roe', 'Ada P. Roe'],
		['Ada Roe', 'Ben Roe'],
		['Dana Thomas', 'Don Tate'],
		['Peru', 'Chile']
	])('%s is not %s', (a, b) => expect(anotherNameFor(a, b)).toBe(false));
});

describe('craft 36: names written as names', () => {
	it.each(['Ada Roe', 'Roe', 'Ada J. Roe', 'Bill Vask'])('%s is', (name) =>
		expect(writtenAsName(name)).toBe(true)
	);
	it.each(['Ada R', 'Jr.', 'Painting Roe', 'Democrat Roe', 'Vermonter Ada Roe'])('%s is not', (name) =>
		expect(writtenAsName(name)).toBe(false)
	);
	it('takes no lone party adjective nor a titled person for a body', () => {
		expect(writtenAsBody('the Harlow Guild')).toBe(true);
		expect(writtenAsBody('Democratic')).toBe(false);
		expect(writtenAsBody('Harbor Council Chair Ada J. Roe')).toBe(false);
	});
});

describe('craft76: a chamber and the legislature it sits in both fit a blank', () => {
	it.each([
		['the House of Commons', 'the Parliament of Ruritania'],
		['the Senate', 'Congress'],
		['the Parliament of Ruritania', 'the House of Lords'],
		['the lower house', 'the State Legislature']
	])('%s beside %s', (a, b) => expect(anotherNameFor(a, b)).toBe(true));

	it.each([
		['the House of Commons', 'the Liberal Party of Ruritania'],
		['the Senate', 'the Supreme Court']
	])('%s is not %s', (a, b) => expect(anotherNameFor(a, b)).toBe(false));
});
