import type { Question } from '$lib/generator/bank';
import { assignmentHash, type AssignmentQuestion, type AssignmentSet } from './assignment';
import type { AssignmentResult } from './result';

/** Test data only: one question of every type, in the shapes the generator produces. */
const span = { start: 0, end: 10 };

export const QUESTIONS: AssignmentQuestion[] = [
	{
		id: 'q-who',
		factId: 'f-1',
		type: 'who-said',
		prompt: 'Who said the partnership had “no limits”?',
		choices: ['Xi Jinping', 'Vladimir V. Putin', 'Fumio Kishida', 'John F. Kirby'],
		answer: 'Vladimir V. Putin',
		explanation: 'Putin said it at the Kremlin on Tuesday.',
		evidence: span,
		evidenceText: '“Our partnership has no limits,” Vladimir V. Putin said on Tuesday.'
	},
	{
		id: 'q-what',
		factId: 'f-2',
		type: 'what-said',
		prompt: 'What did Alexander Gabuev say?',
		choices: ['“It is a marriage of convenience.”', '“It is a true alliance.”', '“It will not last.”'],
		answer: '“It is a marriage of convenience.”',
		explanation: 'Gabuev, of the Carnegie Endowment, called it a marriage of convenience.',
		evidence: span
	},
	{
		id: 'q-cloze',
		factId: 'f-3',
		type: 'cloze',
		prompt: 'Fill in the blank: “The two countries will ____ their cooperation.”',
		answer: 'deepen',
		explanation: 'The joint statement says they will deepen cooperation.',
		evidence: span
	},
	{
		id: 'q-tf',
		factId: 'f-4',
		type: 'true-false',
		prompt: 'True or false: Kishida visited Kyiv on the same day.',
		choices: ['True', 'False'],
		answer: 'True',
		explanation: 'Kishida arrived in Kyiv on Tuesday.',
		evidence: span
	},
	{
		id: 'q-figc',
		factId: 'f-5',
		type: 'figure-choice',
		prompt: 'How much aid did Japan pledge?',
		choices: ['$470 million', '$235 million', '$940 million', '$705 million'],
		answer: '$470 million',
		explanation: 'Japan pledged $470 million in aid.',
		evidence: span
	},
	{
		id: 'q-figt',
		factId: 'f-5',
		type: 'figure-typed',
		prompt: 'How much aid did Japan pledge, in dollars?',
		answer: '$470 million',
		accept: { kind: 'number', value: 470_000_000, unit: 'USD' },
		explanation: 'Japan pledged $470 million in aid.',
		evidence: span
	},
	{
		id: 'q-datec',
		factId: 'f-6',
		type: 'date-choice',
		prompt: 'When did Xi arrive in Moscow?',
		choices: ['Monday', 'Tuesday', 'Wednesday'],
		answer: 'Monday',
		explanation: 'Xi arrived on Monday.',
		evidence: span
	},
	{
		id: 'q-datet',
		factId: 'f-6',
		type: 'date-typed',
		prompt: 'In what year was the “no limits” declaration made?',
		answer: '2022',
		accept: { kind: 'date', value: '2022' },
		explanation: 'The declaration was made last year, in 2022.',
		evidence: span
	},
	{
		id: 'q-match',
		factId: 'f-1',
		type: 'matching',
		prompt: 'Match each speaker with what they said.',
		answer: 'Putin: “no limits”; Gabuev: “marriage of convenience”',
		pairs: [
			{ factId: 'f-1', left: '“Our partnership has no limits”', right: 'Vladimir V. Putin', evidence: span },
			{ factId: 'f-2', left: '“It is a marriage of convenience”', right: 'Alexander Gabuev', evidence: span },
			{ factId: 'f-7', left: '“We condemn the visit”', right: 'John F. Kirby', evidence: span }
		],
		explanation: 'Each quote is attributed in the article.',
		evidence: span
	},
	{
		id: 'q-card',
		factId: 'f-2',
		type: 'flashcard',
		prompt: 'Alexander Gabuev',
		answer: 'Senior fellow at the Carnegie Endowment for International Peace',
		explanation: 'Introduced in the fourth paragraph.',
		evidence: span
	}
];

/** The XSS corpus from the reliability notes: every codec and export must carry these as inert text. */
export const XSS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'<svg onload=alert(1)>'
] as const;

/** Puts one corpus entry into every text field a question has. */
export function hostile(question: AssignmentQuestion, text: string): AssignmentQuestion {
	const same = { prompt: `${text} ${question.prompt}`, explanation: text, evidenceText: text };
	if (question.type === 'matching')
		return {
			...question,
			...same,
			answer: `${text} answer`,
			pairs: question.pairs.map((pair, i) => ({ ...pair, left: `${text} L${i}`, right: `${text} R${i}` }))
		};
	if ('choices' in question && question.choices) {
		const choices = question.choices.map((_, i) => `${text} ${i}`);
		return { ...question, ...same, choices, answer: choices[0]! };
	}
	return { ...question, ...same, answer: `${text} answer` };
}

export function makeSet(
	questions: Question[] = QUESTIONS,
	overrides: Partial<AssignmentSet> = {}
): AssignmentSet {
	return {
		id: 'set-7f3a9c',
		title: 'Putin and Xi in Moscow',
		instructions: 'Answer every question. You may look back at the article.',
		dueAt: Date.UTC(2024, 2, 28, 15, 0),
		timeLimitMinutes: 20,
		attemptsAllowed: 2,
		showAnswers: true,
		order: 'shuffled',
		questions,
		createdAt: Date.UTC(2024, 2, 21, 9, 30),
		...overrides
	};
}

/**
 * `count` questions cycling through every type, their text taken from successive sentences of the first real
 * article, so link sizes are measured on text that compresses like news rather than on repeats.
 */
export function realisticQuestions(articleText: string, count: number): AssignmentQuestion[] {
	const sentences = articleText
		.split(/(?<=[.!?”])\s+/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence.length > 60);
	return Array.from({ length: count }, (_, i) => {
		const base = QUESTIONS[i % QUESTIONS.length]!;
		const sentence = sentences[i % sentences.length]!;
		const words = sentence.split(' ');
		return {
			...base,
			id: `${base.id}-${i}`,
			factId: `fact-${i}`,
			prompt: `${base.prompt.split(' ').slice(0, 4).join(' ')} ${words.slice(0, 12).join(' ')}?`,
			explanation: `The article says: ${words.slice(0, 20).join(' ')}`,
			evidence: { start: i * 120, end: i * 120 + sentence.length },
			evidenceText: sentence
		};
	});
}

/** A result for `set` from Ana, who answered its first question. */
export function makeResult(set: AssignmentSet, overrides: Partial<AssignmentResult> = {}): AssignmentResult {
	return {
		setId: set.id,
		setHash: assignmentHash(set),
		student: 'Ana',
		answers: [{ questionId: 'q-who', given: 'Vladimir V. Putin', ms: 2000 }],
		startedAt: 0,
		submittedAt: 60_000,
		attempt: 1,
		...overrides
	};
}
