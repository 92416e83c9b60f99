import { describe, expect, it } from 'vitest';
import { segment } from './segment';

const spans = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment', () => {
	it('splits sentences but not at titles, initials or stray periods before lowercase words', () => {
		const text =
			'President Vladimir V. Putin met Mr. Xi. They isolated their countries. from the West. “It works,” he said.';
		expect(spans(text)).toEqual([
			'President Vladimir V. Putin met Mr. Xi.',
			'They isolated their countries. from the West.',
			'“It works,” he said.'
		]);
	});

	it('craft67: a court case\'s "v." ends no sentence ("In Hamdan v. Rumsfeld, a 2006 case, …")', () => {
		expect(
			spans('Ana Roe was tried before. In Roe v. Korvel, a 2006 case, the court found against her.')
		).toEqual(['Ana Roe was tried before.', 'In Roe v. Korvel, a 2006 case, the court found against her.']);
	});

	it('issue 9 (blind review W41): a currency written "Rs." before its amount ends no sentence', () => {
		expect(spans('The state will pay Rs. 200,000 to each family. Rs. 50,000 goes to each hurt.')).toEqual([
			'The state will pay Rs. 200,000 to each family.',
			'Rs. 50,000 goes to each hurt.'
		]);
	});

	it('lead74 (blind review W44): a lower-case label after a full stop opens the next sentence and is no part of it', () => {
		expect(
			spans('She would extend the housing plan. interview: Finally, the riding has three campuses.')
		).toEqual(['She would extend the housing plan.', 'Finally, the riding has three campuses.']);
		expect(spans('The U.S. intelligence: $44 billion was spent.')).toEqual([
			'The U.S. intelligence: $44 billion was spent.'
		]);
	});

	it('splits after a closing quote and keeps "?” she asked" together', () => {
		expect(spans('“Why now?” she asked. “Because.” Then she left.')).toEqual([
			'“Why now?” she asked.',
			'“Because.”',
			'Then she left.'
		]);
	});

	it.each([
		['“Madness!” Rep. Dan Ortega, D-N.M., said of the week.'],
		['“Why now?” Navy 2nd Lt. Ana Ruiz asked.'],
		['“She asked us, ‘What can we do?’” Lina Corvo said.'],
		['“Well, I will look at a lot of people…” Ada Lund said.'],
		['"We will see..." Lund replied.']
	])(
		'issue 9: keeps a name (with a party tag or an ordinal rank) and its cue with a quote ending on ?, ! or …: %s',
		(text) => {
			expect(spans(`${text} Then she left.`)).toEqual([text, 'Then she left.']);
		}
	);

	it.each([
		['“Family payments leave the poorest worse off!” Australian Greens leader Christine Milne tweeted.'],
		['“Is this the best they can do?” Opposition leader Tony Abbott said.']
	])(
		'attr57g: keeps a role in lowercase words before the name and its cue with a quote ending on ? or !: %s',
		(text) => {
			expect(spans(`${text} Then she left.`)).toEqual([text, 'Then she left.']);
		}
	);

	it('attr57g: a function word between capitals after a question opens a sentence of its own', () => {
		expect(spans('“Why now?” After a while Lund said yes.')).toEqual([
			'“Why now?”',
			'After a while Lund said yes.'
		]);
	});

	it('issue 9: does not end a sentence at a plural title before a list of names', () => {
		expect(
			spans('The bill was led by Sens. Ana Ruiz and Tom Bell, with Reps. Kai Moss and Lee Park. It failed.')
		).toEqual([
			'The bill was led by Sens. Ana Ruiz and Tom Bell, with Reps. Kai Moss and Lee Park.',
			'It failed.'
		]);
	});

	it('craft69: does not end a sentence at an enlisted rank before a name', () => {
		expect(
			spans(
				'The army wants the return of Cpl. Ivo Brandt, who was seized on Sunday. Pvt. Ana Lind and Pfc. Tom Reyes were hurt.'
			)
		).toEqual([
			'The army wants the return of Cpl. Ivo Brandt, who was seized on Sunday.',
			'Pvt. Ana Lind and Pfc. Tom Reyes were hurt.'
		]);
	});

	it('issue 9: keeps a clause opened by a relative "Which" with the sentence it goes on, not a question', () => {
		expect(
			spans('He saw this in our culture. Which as we all know has grown. Which one? The first.')
		).toEqual(['He saw this in our culture. Which as we all know has grown.', 'Which one?', 'The first.']);
	});

	it('lead 48: ends an interviewer’s question at its colon, before the answer', () => {
		expect(
			spans('Why did you run? Why here?: I grew up here at 9 p.m.: Home. My mother ran in 1990.: Yes.')
		).toEqual([
			'Why did you run?',
			'Why here?',
			'I grew up here at 9 p.m.: Home.',
			'My mother ran in 1990.',
			'Yes.'
		]);
	});

	it('finds paragraphs and marks the credits paragraph', () => {
		const text = 'One.\n\nTwo.\n\nvalerie hopkins reported from Moscow.';
		const { paragraphs, sentences } = segment(text);
		expect(paragraphs.map((p) => p.credits)).toEqual([false, false, true]);
		expect(sentences).toHaveLength(2);
	});

	it('takes one paragraph per line when there are no blank lines', () => {
		expect(segment('First line.\nSecond line.').paragraphs).toHaveLength(2);
	});

	it('issue 9: ends a sentence after a clock time when a new one opens, not before a day', () => {
		expect(spans('The plane left at 9:30 a.m. It landed safely.')).toEqual([
			'The plane left at 9:30 a.m.',
			'It landed safely.'
		]);
		expect(spans('It burned until 2 a.m. Saturday. Police left.')).toEqual([
			'It burned until 2 a.m. Saturday.',
			'Police left.'
		]);
	});

	it('issue 9: ends a sentence after a dotted place name when a pronoun or an article opens the next', () => {
		expect(spans('The prize was given in Washington D.C. The six-member team had waited a year.')).toEqual([
			'The prize was given in Washington D.C.',
			'The six-member team had waited a year.'
		]);
		expect(spans('Ships left the U.S. Navy base at Korvel. They sailed north.')).toEqual([
			'Ships left the U.S. Navy base at Korvel.',
			'They sailed north.'
		]);
		expect(spans('Talks in Washington, D.C. Police Chief Anna Lee said 12 were held.')).toHaveLength(1);
	});

	it("craft66: a transcript's turn mark run into the text ends the turn before it and is in no sentence", () => {
		expect(
			spans(
				'Wikinews How did you two meet? thumb::Isabel: We met in school.::Mario: It is true.::Mario and Isabel:'
			)
		).toEqual(['Wikinews How did you two meet?', 'We met in school.', 'It is true.']);
		expect(spans('Good afternoon.:Brian Pink: Good afternoon. It has gone well.')).toEqual([
			'Good afternoon.',
			'Good afternoon.',
			'It has gone well.'
		]);
		expect(spans('He cited the Criminal Code: Section 7 applies. Persons were told.')).toEqual([
			'He cited the Criminal Code: Section 7 applies.',
			'Persons were told.'
		]);
	});

	it("craft74: empty list bullets after a paragraph's last sentence are in no sentence", () => {
		expect(spans('The mill has 40 looms. It has 12 on order. * * *\n\nIt opened in May.')).toEqual([
			'The mill has 40 looms.',
			'It has 12 on order.',
			'It opened in May.'
		]);
		expect(spans('Rated 5 * * by guests.')).toEqual(['Rated 5 * * by guests.']);
	});
});
