import { describe, expect, it } from 'vitest';
import type { Fact, Question } from './bank';
import { generateBank } from './generate';
import { giveaways, withoutGiveaways } from './giveaways';

const text =
	'Dam works\n\n“We will spend $4 million on the dam before the rains,” said Ilse Marren, the council leader. ' +
	'The council will spend $4 million on the dam. The museum cost $4 million in 1998.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const quoteSentence =
	'“We will spend $4 million on the dam before the rains,” said Ilse Marren, the council leader.';
const councilSentence = 'The council will spend $4 million on the dam.';
const museumSentence = 'The museum cost $4 million in 1998.';
const facts: Fact[] = [
	{
		id: 'quote-1',
		kind: 'quote',
		quote: 'We will spend $4 million on the dam before the rains',
		speaker: { name: 'Ilse Marren', role: 'the council leader' },
		confidence: 'high',
		evidence: at(quoteSentence)
	},
	{
		id: 'fig-1',
		kind: 'figure',
		text: '$4 million',
		value: 4e6,
		unit: 'USD',
		about: '',
		evidence: at(councilSentence)
	},
	{
		id: 'fig-2',
		kind: 'figure',
		text: '$4 million',
		value: 4e6,
		unit: 'USD',
		about: '',
		evidence: at(museumSentence)
	},
	{ id: 'date-1', kind: 'date', text: 'in 1998', value: '1998', about: '', evidence: at(museumSentence) }
];
const base = { difficulty: 2, explanation: '' } as const;
const whatSaid: Question = {
	...base,
	id: 'q-what',
	factId: 'quote-1',
	type: 'what-said',
	prompt: 'Which of these did Ilse Marren say?',
	choices: ['“We will spend $4 million on the dam …”', '“The roads come first …”'],
	answer: '“We will spend $4 million on the dam …”',
	evidence: at(quoteSentence)
};
const councilChoice: Question = {
	...base,
	id: 'q-council',
	factId: 'fig-1',
	type: 'figure-choice',
	prompt: 'Which figure completes the sentence? “The council will spend _____ on the dam.”',
	choices: ['$2 million', '$4 million', '$6 million', '$8 million'],
	answer: '$4 million',
	evidence: at(councilSentence)
};
const museumChoice: Question = {
	...councilChoice,
	id: 'q-museum',
	factId: 'fig-2',
	prompt: 'Which figure completes the sentence? “The museum cost _____ in 1998.”',
	evidence: at(museumSentence)
};
const museumYear: Question = {
	...base,
	id: 'q-year',
	factId: 'date-1',
	type: 'date-choice',
	prompt: 'When? Complete the sentence: “The museum cost $4 million in _____.”',
	choices: ['1996', '1998', '2000', '2002'],
	answer: '1998',
	evidence: at(museumSentence)
};
const museumStatement: Question = {
	...base,
	id: 'q-statement',
	factId: 'fig-2',
	type: 'true-false',
	prompt: 'True or false, according to the article: “The museum cost $6 million in 1998.”',
	choices: ['True', 'False'],
	answer: 'False',
	evidence: at(museumSentence)
};
const whoSaid: Question = {
	...base,
	id: 'q-who',
	factId: 'quote-1',
	type: 'who-said',
	prompt: 'Who said this? “We will spend $4 million on the dam before the rains”',
	choices: ['Ilse Marren', 'Otto Frey'],
	answer: 'Ilse Marren',
	evidence: at(quoteSentence)
};
const councilStatement: Question = {
	...base,
	id: 'q-council-statement',
	factId: 'fig-1',
	type: 'true-false',
	prompt: 'True or false, according to the article: “The council will spend $4 million on the dam.”',
	choices: ['True', 'False'],
	answer: 'True',
	evidence: at(councilSentence)
};
const yearStatement: Question = {
	...museumStatement,
	id: 'q-year-statement',
	factId: 'fig-2',
	prompt: 'True or false, according to the article: “The museum cost $4 million in 1998.”',
	answer: 'True'
};

const pairs = (questions: Question[]) =>
	giveaways(questions, text, facts)
		.map((p) => `${p.shows.id} → ${p.asks.id}`)
		.sort();

describe('giveaways', () => {
	it('finds a key shown with its neighbours in another question’s prompt or quoted choices', () => {
		expect(pairs([whatSaid, councilChoice])).toEqual(['q-what → q-council']);
		// The quote's words show the true figure the council's statement states.
		expect(pairs([whatSaid, councilStatement])).toEqual(['q-what → q-council-statement']);
	});

	it('leaves two questions of one sentence to study and the quiz, which keep siblings apart', () => {
		expect(pairs([museumChoice, museumYear])).toEqual([]);
		expect(pairs([museumYear, yearStatement])).toEqual([]);
	});

	it('reads a neighbour hidden by the other question’s blank, or the key’s own "a(n)", as no shield', () => {
		const plant: Question = {
			...base,
			id: 'q-plant',
			factId: 'fig-1',
			type: 'flashcard',
			prompt: '“The plan involves a(n) _____, 10 million ton plant on the coast.”',
			answer: 'two-train',
			evidence: at(councilSentence)
		};
		const tons: Question = {
			...councilChoice,
			id: 'q-tons',
			factId: 'fig-2',
			prompt:
				'Which figure completes the sentence? “The plan involves a two-train, _____ ton plant on the coast.”',
			answer: '10 million',
			evidence: at(museumSentence)
		};
		expect(pairs([plant, tons])).toEqual(['q-plant → q-tons', 'q-tons → q-plant']);
	});

	it('reads the same amount in another sentence, with other words around it, as no giveaway', () => {
		expect(pairs([whatSaid, museumChoice])).toEqual([]);
		expect(pairs([councilChoice, museumChoice])).toEqual([]);
	});

	it('asks a speaker’s name with the quote’s words, and leaves two questions of one fact alone', () => {
		const statement: Question = {
			...museumStatement,
			id: 'q-said',
			factId: 'fig-1',
			prompt: 'True or false: “Ilse Marren said “We will spend $2 million on the dam before the rains”.”'
		};
		// The statement names her with the quote's words; the who-said shows the true amount the statement changes.
		expect(pairs([statement, whoSaid])).toEqual(['q-said → q-who', 'q-who → q-said']);
		expect(pairs([whatSaid, whoSaid])).toEqual([]);
	});

	it('drops the weaker kind of each pair and keeps the deck’s order', () => {
		expect(withoutGiveaways([whatSaid, councilChoice, museumChoice], text, facts).map((q) => q.id)).toEqual([
			'q-what',
			'q-museum'
		]);
		expect(withoutGiveaways([councilStatement, museumYear, whatSaid], text, facts).map((q) => q.id)).toEqual([
			'q-year',
			'q-what'
		]);
	});

	it('leaves no pair in a generated deck, and keeps a crowded sentence’s several figures', () => {
		const bank = generateBank({
			text:
				'Harbour works at Tellin Bay\n\n' +
				'The Tellin Bay port authority hired 45 divers, 12 engineers and 300 labourers for the new breakwater, ' +
				'which will cost $18 million and open in 2031.\n\n' +
				'“The breakwater will protect 600 fishing boats from the winter storms,” said Ruth Okafor, the harbour ' +
				'master, adding that 40 of the boats had been damaged last year.',
			date: '2027-05-04'
		});
		expect(giveaways(bank.questions, bank.article.text, bank.facts)).toEqual([]);
		const crowded = bank.article.text.indexOf('The Tellin Bay port authority');
		const ofCrowded = bank.questions.filter((q) => q.evidence.start === crowded && q.type !== 'matching');
		expect(new Set(ofCrowded.map((q) => q.factId)).size).toBeGreaterThan(1);
	});
});
