import type { Bank, Fact, Question, Span } from '$lib/generator/bank';

/**
 * A small deck with every question type, for tests of the question components, the study session and the
 * browser tests (which write it into IndexedDB). Offsets are computed, so the text can be edited freely.
 */
const sentences = [
	'The council voted on Tuesday to close the Riverton Bridge for repairs.',
	'“We cannot keep patching a bridge that carries 40,000 cars a day,” said Mayor Ana Ortiz.',
	'The repairs will cost $12 million and take 18 months, the city engineer said.',
	'“Traffic will be terrible for a while, but the alternative is worse,” said Deputy Mayor Ken Walsh.',
	'Work is due to start on 3 March 2025, according to the council.',
	'“Local shops will suffer during the closure,” warned Priya Nair, who chairs the traders’ association.'
];
const text = `Riverton bridge to close\n\n${sentences.join(' ')}`;

function span(sentence: string): Span {
	const start = text.indexOf(sentence);
	if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
	return { start, end: start + sentence.length };
}

const [s0, s1, s2, s3, s4, s5] = sentences.map(span) as [Span, Span, Span, Span, Span, Span];

const facts: Fact[] = [
	{
		id: 'f-ortiz',
		kind: 'quote',
		quote: 'We cannot keep patching a bridge that carries 40,000 cars a day',
		speaker: { name: 'Ana Ortiz', role: 'the mayor' },
		confidence: 'high',
		evidence: s1
	},
	{
		id: 'f-walsh',
		kind: 'quote',
		quote: 'Traffic will be terrible for a while, but the alternative is worse',
		speaker: { name: 'Ken Walsh', role: 'the deputy mayor' },
		confidence: 'high',
		evidence: s3
	},
	{
		id: 'f-nair',
		kind: 'quote',
		quote: 'Local shops will suffer during the closure',
		speaker: { name: 'Priya Nair', role: 'chair of the traders’ association' },
		confidence: 'high',
		evidence: s5
	},
	{
		id: 'f-cost',
		kind: 'figure',
		text: '$12 million',
		value: 12_000_000,
		unit: 'USD',
		about: 'repairs',
		evidence: s2
	},
	{
		id: 'f-cars',
		kind: 'figure',
		text: '40,000',
		value: 40_000,
		unit: 'count',
		about: 'cars a day',
		evidence: s1
	},
	{
		id: 'f-start',
		kind: 'date',
		text: 'on 3 March 2025',
		value: '2025-03-03',
		about: 'work starts',
		evidence: s4
	},
	{ id: 'f-vote', kind: 'date', text: 'on Tuesday', about: 'the council voted', evidence: s0 }
];

const speakers = ['Ana Ortiz', 'Ken Walsh', 'Priya Nair', 'Tom Reyes'];

const questions: Question[] = [
	{
		id: 'q-who-ortiz',
		factId: 'f-ortiz',
		type: 'who-said',
		prompt: 'Who said: “We cannot keep patching a bridge that carries 40,000 cars a day”?',
		choices: speakers,
		answer: 'Ana Ortiz',
		explanation: 'Mayor Ana Ortiz said it.',
		evidence: s1
	},
	{
		id: 'q-what-walsh',
		factId: 'f-walsh',
		type: 'what-said',
		prompt: 'What did Deputy Mayor Ken Walsh say about the closure?',
		choices: [
			'Traffic will be terrible for a while, but the alternative is worse',
			'Local shops will suffer during the closure',
			'The bridge is perfectly safe',
			'The repairs will be finished by summer'
		],
		answer: 'Traffic will be terrible for a while, but the alternative is worse',
		explanation: 'Ken Walsh, the deputy mayor, said it.',
		evidence: s3
	},
	{
		id: 'q-cloze-nair',
		factId: 'f-nair',
		type: 'cloze',
		prompt: 'Complete the quote from Priya Nair: “Local shops will _____ during the closure”',
		choices: ['suffer', 'thrive', 'close', 'move'],
		answer: 'suffer',
		explanation: 'Priya Nair said “Local shops will suffer during the closure”.',
		evidence: s5
	},
	{
		id: 'q-tf-walsh',
		factId: 'f-walsh',
		type: 'true-false',
		prompt:
			'True or false: Priya Nair said “Traffic will be terrible for a while, but the alternative is worse”',
		choices: ['True', 'False'],
		answer: 'False',
		explanation: 'False: it was Ken Walsh, not Priya Nair.',
		evidence: s3
	},
	{
		id: 'q-fig-cost',
		factId: 'f-cost',
		type: 'figure-choice',
		prompt: 'Which figure completes the sentence? “The repairs will cost _____ and take 18 months.”',
		choices: ['$6 million', '$12 million', '$18 million', '$24 million'],
		answer: '$12 million',
		explanation: 'The article says the repairs will cost $12 million.',
		evidence: s2
	},
	{
		id: 'q-fig-cars',
		factId: 'f-cars',
		type: 'figure-typed',
		prompt: 'Type the missing figure: “a bridge that carries _____ cars a day”',
		answer: '40,000',
		accept: { kind: 'number', value: 40_000, unit: 'count' },
		explanation: 'The bridge carries 40,000 cars a day.',
		evidence: s1
	},
	{
		id: 'q-date-start',
		factId: 'f-start',
		type: 'date-choice',
		prompt: 'When? Complete the sentence: “Work is due to start _____, according to the council.”',
		choices: ['on 3 March 2025', 'on 3 May 2025', 'on 13 March 2025', 'on 3 March 2026'],
		answer: 'on 3 March 2025',
		explanation: 'Work is due to start on 3 March 2025.',
		evidence: s4
	},
	{
		id: 'q-date-typed',
		factId: 'f-start',
		type: 'date-typed',
		prompt: 'Type the missing date: “Work is due to start _____, according to the council.”',
		answer: 'on 3 March 2025',
		accept: { kind: 'date', value: '2025-03-03' },
		explanation: 'Work is due to start on 3 March 2025.',
		evidence: s4
	},
	{
		id: 'q-match',
		factId: 'f-ortiz',
		type: 'matching',
		prompt: 'Match each quote with the person who said it.',
		answer:
			'Ken Walsh: “Traffic will be terrible …”\nAna Ortiz: “We cannot keep patching …”\nPriya Nair: “Local shops …”',
		pairs: [
			{
				factId: 'f-walsh',
				left: '“Traffic will be terrible for a while …”',
				right: 'Ken Walsh',
				evidence: s3
			},
			{ factId: 'f-ortiz', left: '“We cannot keep patching a bridge …”', right: 'Ana Ortiz', evidence: s1 },
			{
				factId: 'f-nair',
				left: '“Local shops will suffer during the closure”',
				right: 'Priya Nair',
				evidence: s5
			}
		],
		explanation: 'Each quote with its speaker.',
		evidence: { start: s1.start, end: s5.end }
	},
	{
		id: 'q-card-ortiz',
		factId: 'f-ortiz',
		type: 'flashcard',
		prompt: 'Who said “We cannot keep patching a bridge that carries 40,000 cars a day”?',
		answer: 'Ana Ortiz, the mayor',
		explanation: 'Ana Ortiz, the mayor, said it.',
		evidence: s1
	},
	{
		id: 'q-card-cost',
		factId: 'f-cost',
		type: 'flashcard',
		prompt: '“The repairs will cost _____ and take 18 months.”',
		answer: '$12 million',
		explanation: 'The repairs will cost $12 million.',
		evidence: s2
	},
	{
		id: 'q-tf-vote',
		factId: 'f-vote',
		type: 'true-false',
		prompt:
			'True or false, according to the article: “The council voted on Tuesday to close the Riverton Bridge.”',
		choices: ['True', 'False'],
		answer: 'True',
		explanation: 'True. The council voted on Tuesday.',
		evidence: s0
	}
];

export const fixtureBank: Bank = {
	schema: 1,
	id: 'riverton-fixture',
	title: 'Riverton bridge to close (test deck)',
	article: { title: 'Riverton bridge to close', date: '2025-01-14', text },
	facts,
	questions
};
