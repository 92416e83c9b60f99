import { describe, expect, it } from 'vitest';
import { generateBank } from './generate';
import { answerAt, readInterview } from './interview';
import { asAnswer } from './questions';

const INTERVIEW = [
	'Interview: Marta Ilves on the Ardmore harbour',
	'',
	'Wikinews interviewed Marta Ilves, the mayor of Ardmore, about the plan to rebuild the harbour after the storms.',
	'',
	'Wikinews: Why does Ardmore need a new harbour?',
	'',
	'Marta Ilves: The old quay was built in 1952, and the storms of last winter destroyed half of it. Without a harbour, the 40 fishing families of the town have no income at all.',
	'',
	'Wikinews: How much will the new harbour cost?',
	'',
	'Marta Ilves: The engineers say about 12 million euros. The national government will pay two thirds of it, and the town will pay the rest from its own budget.',
	'',
	'Wikinews: Who opposes the plan?',
	'',
	'Ilves: Mostly the ferry company of Korvel, which wants the new terminal built on its side of the bay.',
	'',
	'I understand them, but our fishermen cannot wait another ten years for a harbour of their own.',
	'',
	'Wikinews: When will the work start?',
	'',
	'Marta Ilves: In March, if the council approves the budget in October.'
].join('\n');

describe('issue 9: an interview with one interviewee', () => {
	it('issue 9: reads the answers of one interviewee, each with the question it answers', () => {
		const body = INTERVIEW.slice(INTERVIEW.indexOf('\n') + 1);
		const interview = readInterview(body);
		expect(interview?.speaker).toBe('Marta Ilves');
		expect(interview?.answers.map((a) => a.question)).toEqual([
			'Why does Ardmore need a new harbour?',
			'How much will the new harbour cost?',
			'Who opposes the plan?',
			'When will the work start?'
		]);
		// An unlabelled paragraph after an answer runs it on; a label is no part of it.
		expect(answerAt(interview, body.indexOf('our fishermen'))?.question).toBe('Who opposes the plan?');
		expect(answerAt(interview, body.indexOf('Ilves: Mostly'))).toBeUndefined();
		expect(answerAt(interview, body.indexOf('Wikinews interviewed'))).toBeUndefined();
	});

	it.each([
		['two interviewees', 'Q: Why?\n\nAnna Kell: Because.\n\nQ: When?\n\nBen Orrin: Soon.', false],
		['answers under no name', 'Q: Why?\n\nA: Because.\n\nQ: When?\n\nA: Soon.', false],
		['one answer only', 'Q: Why?\n\nAnna Kell: Because.', false],
		['initials for the name', 'WN: Why?\n\nAnna Kell: Because.\n\nWN: When?\n\nAK: Soon.', true],
		['a plain article', 'The council met on Monday.\n\nIt voted: yes.', false]
	])('issue 9: %s is an interview with one interviewee: %s', (_, text, expected) => {
		expect(readInterview(text) !== undefined).toBe(expected);
	});

	it('issue 9: a blank in an answer is asked with its speaker and the question it answers', () => {
		expect(
			asAnswer(
				'Which figure completes the sentence? “Marta Ilves: The engineers say about _____.”',
				'Marta Ilves',
				'How much will it cost?'
			)
		).toBe(
			'Which figure completes Marta Ilves’s answer to “How much will it cost?” “The engineers say about _____.”'
		);
		expect(asAnswer('“In _____, if the council agrees.”', 'Marta Ilves', 'When will the work start?')).toBe(
			'Asked “When will the work start?”, Marta Ilves answered: “In _____, if the council agrees.”'
		);
		const b = generateBank({ text: INTERVIEW, date: '2031-05-09' });
		const body = INTERVIEW.slice(INTERVIEW.indexOf('\n') + 1).replace(/^\s+/, '');
		const interview = readInterview(body)!;
		const inAnswers = b.questions.filter((q) => answerAt(interview, q.evidence.start + 1));
		expect(inAnswers.length).toBeGreaterThanOrEqual(5);
		for (const q of inAnswers) {
			expect(q.prompt).toMatch(/Marta Ilves/);
			expect(q.prompt).toContain(answerAt(interview, q.evidence.start + 1)!.question);
			expect(q.prompt).not.toMatch(/according to the article|“(?:Marta )?Ilves:/);
		}
	});
});
