import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateBank } from './generate';
import { tagQuotes, termKeys } from './cloze';
import { clean } from './clean';
import { answerAt, readInterview } from './interview';
import { asAnswer, standsAlone } from './questions';

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
		// craft 53: a typed span names its unit before the answer it is in.
		expect(
			asAnswer('Type the missing figure (in years): “Marta Ilves: About _____.”', 'Marta Ilves', 'How long?')
		).toBe('Type the missing figure (in years) in Marta Ilves’s answer to “How long?”: “About _____.”');
		expect(asAnswer('“In _____, if the council agrees.”', 'Marta Ilves', 'When will the work start?')).toBe(
			'Asked “When will the work start?”, Marta Ilves answered: “In _____, if the council agrees.”'
		);
		const b = generateBank({ text: INTERVIEW, date: '2031-05-09' });
		const body = INTERVIEW.slice(INTERVIEW.indexOf('\n') + 1).replace(/^\s+/, '');
		const interview = readInterview(body)!;
		const inAnswers = b.questions.filter(
			(q) => q.type !== 'matching' && answerAt(interview, q.evidence.start + 1)
		);
		expect(inAnswers.length).toBeGreaterThanOrEqual(5);
		for (const q of inAnswers) {
			expect(q.prompt).toMatch(/Marta Ilves/);
			expect(q.prompt).toContain(answerAt(interview, q.evidence.start + 1)!.question);
			expect(q.prompt).not.toMatch(/according to the article|“(?:Marta )?Ilves:/);
		}
	});
});

describe('issue 9: interviews in the common layouts, each answer asked with its question', () => {
	const fixture = (name: string) =>
		readFileSync(new URL(`../../../questions/interviews/${name}.txt`, import.meta.url), 'utf8');

	it('issue 9: "Q:"/"A:" labels are the one person the lead names', () => {
		const text =
			'Korvel Weekly spoke to Edda Varnholm about the lighthouse.\n\nQ: How did you start?\n\nA: My father kept the light.\n\nQ: Were you ever in danger?\n\nA: Once, in a storm, I was.';
		expect(readInterview(text, { names: ['Edda Varnholm'] })?.speaker).toBe('Edda Varnholm');
		expect(
			readInterview(text.replace('Varnholm', 'Varnholm and Piet Oram'), {
				names: ['Edda Varnholm', 'Piet Oram']
			})
		).toBeUndefined();
		expect(readInterview(text)).toBeUndefined();
	});

	it('issue 9: a paragraph that is one question, answered by the paragraphs after it, names its interviewee in the title', () => {
		const text =
			'He talked to the Courier about bees.\n\nHow many colonies did you lose?\n\nForty-four. I found them dead.\n\nMy neighbours lost fewer.\n\nWhat killed them?\n\nThe mite, I think.';
		const interview = readInterview(text, {
			title: 'Tomas Halvik on a hard winter',
			names: ['Tomas Halvik']
		});
		expect(interview?.speaker).toBe('Tomas Halvik');
		expect(interview?.answers.map((a) => a.question)).toEqual([
			'How many colonies did you lose?',
			'What killed them?'
		]);
		expect(answerAt(interview, text.indexOf('My neighbours'))?.question).toBe(
			'How many colonies did you lose?'
		);
		// A news story asking a rhetorical question answers it in the third person: no interview.
		const story =
			'Tomas Halvik keeps bees.\n\nWhy did the colonies die?\n\nThe mite killed them, the council said.\n\nWho will pay?\n\nThe council will pay for a laboratory.';
		expect(
			readInterview(story, { title: 'Tomas Halvik and the bees', names: ['Tomas Halvik'] })
		).toBeUndefined();
	});

	it('craft65: a question paragraph of several questions, each answer run on after it by the wiki’s colon', () => {
		const text = clean(
			'Tomas Halvik on a hard winter\n\nHe talked to the Courier about bees.\n\nWhy did you run? Why here?: Very ' +
				'little. Ran for the same party, same riding, in 2003, as I did before.\n\n' +
				'What killed them?: The mite, I think.'
		).text;
		const interview = readInterview(text, {
			title: 'Tomas Halvik on a hard winter',
			names: ['Tomas Halvik']
		});
		expect(interview?.speaker).toBe('Tomas Halvik');
		expect(answerAt(interview, text.indexOf('Ran for'))?.question).toBe('Why did you run? Why here?');
	});

	it('issue 9: narration after the last answer is the writer’s, not the interviewee’s', () => {
		const text = fixture('qa-lighthouse-keeper');
		const body = text.slice(text.indexOf('\n') + 1);
		const interview = readInterview(body, { names: ['Edda Varnholm'] });
		expect(interview?.answers).toHaveLength(5);
		expect(answerAt(interview, body.indexOf('The maritime authority says'))).toBeUndefined();
	});

	it.each(['qa-lighthouse-keeper', 'para-beekeeper'])(
		'lead 72 (W36, held out): the interview %s asks no answer back among its other answers, nor matches its questions with them',
		(name) => {
			// Each wrong answer answers another question, so the one on the question's topic is picked unread.
			const b = generateBank({ text: fixture(name) });
			const byQuestion = b.questions.filter(
				(q) =>
					(q.type === 'what-said' && /^Asked “/.test(q.prompt)) ||
					(q.type === 'matching' && /^Match each question put to/.test(q.prompt))
			);
			expect(byQuestion).toEqual([]);
			// The answers are still asked back unaided, on cards that show the question put.
			expect(
				b.questions.some((q) => q.type === 'flashcard' && /(?:^Asked|answer to) “.+\?”/.test(q.prompt))
			).toBe(true);
		}
	);
});

describe('issue 9: a lone speaker’s short sentence asked by its key term', () => {
	const fixture = (name: string) =>
		readFileSync(new URL(`../../../questions/interviews/${name}.txt`, import.meta.url), 'utf8');
	const keysOf = (sentence: string) => termKeys(sentence, tagQuotes([sentence])[0] ?? []);

	it.each([
		['A fast tree gives a dull sound.', 'sound'],
		['I cook it from resin and linseed oil in the yard.', 'resin'],
		// "every morning" is a date's words; "things" and "people" test nothing; "bus driver" is a compound.
		['I cleaned it every morning and did many things for people.', undefined],
		['I earn less than a bus driver.', undefined],
		['The lamp is better than the old lamp.', undefined],
		// A thing after a name is half of the name, which tells it.
		['We run the whole thing on Korvelwiki software.', undefined],
		['We run the whole thing on cheap software.', 'software']
	])('issue 9: the key term of “%s” is %s', (sentence, expected) => {
		expect(keysOf(sentence)[0]).toBe(expected);
	});

	it.each([
		['A fast tree gives a dull sound.', true],
		['That is a better pension than money.', false],
		["It's a symbol for the city.", false],
		['They kept breeding too.', false],
		['the club has no intention of charging groups', false]
	])('issue 9: “%s” reads alone: %s', (sentence, expected) => {
		expect(standsAlone(sentence)).toBe(expected);
	});

	it('issue 9: a profile quoting one person gives recall cards of her words, framed as hers', () => {
		const b = generateBank({ text: fixture('profile-luthier') });
		const cards = b.questions.filter((q) => /^Complete what Ilse Brannigan said: “/.test(q.prompt));
		expect(cards.length).toBeGreaterThanOrEqual(3);
		// "That is a better _____ than money.": a sentence whose subject points back is not shown alone.
		expect(cards.some((q) => /“That is/.test(q.prompt))).toBe(false);
		for (const q of cards) {
			expect(q.type).toBe('flashcard');
			expect(q.prompt.split('_____')).toHaveLength(2);
			const quote = b.facts.find((f) => f.id === q.factId);
			expect(quote?.kind === 'quote' && quote.quote).toContain(
				/“(.*)”/
					.exec(q.prompt)![1]!
					.replace(/[.”]+$/, '')
					.replace('_____', q.answer)
			);
		}
		// A speaker others speak beside keeps the choice questions, not these cards.
		const two = generateBank({
			text: `${fixture('profile-luthier')}\n\n"The wood is the violin," said Piet Oram, her first teacher.`
		});
		expect(two.questions.some((q) => /^Complete what/.test(q.prompt))).toBe(false);
	});
});
