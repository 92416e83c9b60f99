import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact, Question } from '../generator/bank';
import { createRandom, shuffle } from '../generator/random';
import {
	areSiblings,
	givesAway,
	mayFollow,
	nextApart,
	pickApart,
	profileOf,
	ruledOut,
	type Profile
} from './siblings';

const sentences = [
	'Mr. Kishida announced $470 million in aid for energy, and $30 million in aid for equipment.',
	'“That’s a statement to Russia that we are with you,” said Alexander Gabuev, a fellow.',
	'The leaders met on Tuesday, and Vladimir V. Putin said the talks were “frank, friendly and rich in results.”',
	'Japan will double its budget over the next five years, to about 2 percent of output.',
	'The two leaders signed a joint statement.'
];
const text = sentences.join(' ');
const span = (i: number) => {
	const start = text.indexOf(sentences[i]!);
	return { start, end: start + sentences[i]!.length };
};

const facts: Fact[] = [
	{
		id: 'f-470',
		kind: 'figure',
		text: '$470 million',
		value: 470e6,
		unit: 'USD',
		about: 'aid',
		evidence: span(0)
	},
	{
		id: 'f-30',
		kind: 'figure',
		text: '$30 million',
		value: 30e6,
		unit: 'USD',
		about: 'aid',
		evidence: span(0)
	},
	{
		id: 'f-gabuev',
		kind: 'quote',
		quote: 'That’s a statement to Russia that we are with you',
		speaker: { name: 'Alexander Gabuev', role: 'a fellow' },
		confidence: 'high',
		evidence: span(1)
	},
	{
		id: 'f-putin',
		kind: 'quote',
		quote: 'frank, friendly and rich in results',
		speaker: { name: 'Vladimir V. Putin', role: '' },
		confidence: 'high',
		evidence: span(2)
	},
	{ id: 'f-tue', kind: 'date', text: 'on Tuesday', value: '2023-03-21', about: 'met', evidence: span(2) },
	{
		id: 'f-double',
		kind: 'figure',
		text: 'double',
		value: 2,
		unit: 'multiplier',
		about: 'budget',
		evidence: span(3)
	},
	{ id: 'f-two', kind: 'figure', text: 'two', value: 2, unit: 'count', about: 'leaders', evidence: span(4) }
];
const deck = { text, facts: new Map(facts.map((fact) => [fact.id, fact])) };

/** A question of any type from its fields; the tests give each type the fields it needs. */
function q(id: string, factId: string, over: Record<string, unknown>): Question {
	const fact = deck.facts.get(factId)!;
	return {
		id,
		factId,
		type: 'flashcard',
		prompt: '',
		answer: '',
		explanation: '',
		evidence: fact.evidence,
		...over
	} as Question;
}

const questions = {
	fig470: q('fig470', 'f-470', {
		type: 'figure-typed',
		prompt:
			'Type the missing figure: “Mr. Kishida announced _____ in aid for energy, and $30 million in aid”',
		answer: '$470 million'
	}),
	fig30: q('fig30', 'f-30', {
		type: 'figure-choice',
		prompt:
			'Which figure completes the sentence? “Mr. Kishida announced $470 million in aid for energy, and _____”',
		choices: ['$30 million', '$60 million', '$15 million', '$3 million'],
		answer: '$30 million'
	}),
	figYears: q('figYears', 'f-30', {
		type: 'figure-choice',
		prompt:
			'Which figure completes the sentence? “For the first time in the fair’s _____ history, gates were shut.”',
		choices: ['46-year', '37-year', '28-year', '60-year'],
		answer: '46-year'
	}),
	card30: q('card30', 'f-30', { prompt: '“… and _____ in aid for equipment.”', answer: '$30 million' }),
	whoGabuev: q('whoGabuev', 'f-gabuev', {
		type: 'who-said',
		prompt: 'Who said this? “That’s a statement to Russia that we are with you”',
		choices: ['Alexander Gabuev', 'Vladimir V. Putin', 'Fumio Kishida', 'Xi Jinping'],
		answer: 'Alexander Gabuev',
		explanation: 'Alexander Gabuev, a fellow, said it.'
	}),
	clozeGabuev: q('clozeGabuev', 'f-gabuev', {
		type: 'cloze',
		prompt: 'Complete the quote from Alexander Gabuev: “That’s a _____ to Russia that we are with you”',
		choices: ['statement', 'warning', 'gift', 'signal'],
		answer: 'statement'
	}),
	whatPutin: q('whatPutin', 'f-putin', {
		type: 'what-said',
		prompt: 'Which of these did Vladimir V. Putin say?',
		choices: ['“frank, friendly and rich in results”', '“That’s a statement to Russia that we are with you”'],
		answer: '“frank, friendly and rich in results”'
	}),
	tfPutin: q('tfPutin', 'f-putin', {
		type: 'true-false',
		prompt: 'True or false: Fumio Kishida said “frank, friendly and rich in results”',
		choices: ['True', 'False'],
		answer: 'False',
		explanation: 'False: it was Vladimir V. Putin.'
	}),
	dateTue: q('dateTue', 'f-tue', {
		type: 'date-typed',
		prompt: 'Type the missing date: “The leaders met _____.”',
		answer: 'on Tuesday',
		accept: { kind: 'date', value: '2023-03-21' }
	}),
	figDouble: q('figDouble', 'f-double', {
		type: 'figure-choice',
		prompt: 'Which figure completes the sentence? “Japan will _____ its budget over the next five years”',
		choices: ['double', 'triple', 'halve', 'quadruple'],
		answer: 'double'
	}),
	figTwo: q('figTwo', 'f-two', {
		type: 'figure-typed',
		prompt: 'Type the missing figure: “The _____ leaders signed a joint statement.”',
		answer: 'two'
	}),
	match: q('match', 'f-gabuev', {
		type: 'matching',
		prompt: 'Match each quote with the person who said it.',
		pairs: [
			{ factId: 'f-gabuev', left: '“That’s a statement …”', right: 'Alexander Gabuev', evidence: span(1) },
			{ factId: 'f-putin', left: '“frank, friendly …”', right: 'Vladimir V. Putin', evidence: span(2) }
		]
	})
};
type Name = keyof typeof questions;
const profile = (name: Name) => profileOf(questions[name], deck);

/** A question shown with only this text: the prompt, or the prompt and its feedback. */
function showing(textShown: string, choices: string[] = []): Profile {
	return profileOf(
		{ ...q('shown', 'f-two', { prompt: textShown, choices }), evidence: { start: 0, end: 0 } },
		{ text: '', facts: new Map() }
	);
}

describe('siblings', () => {
	it.each<[Name, Name, boolean, string]>([
		['whoGabuev', 'clozeGabuev', true, 'the same fact'],
		['fig470', 'fig30', true, 'two figures of one sentence'],
		['fig30', 'card30', true, 'the same fact in two kinds of question'],
		['whatPutin', 'dateTue', true, 'a quote and a date in one sentence'],
		['match', 'whatPutin', true, 'a matching pair’s fact'],
		['match', 'fig470', false, 'a matching question and a fact it does not pair'],
		['whoGabuev', 'fig470', false, 'different facts in different sentences'],
		['figDouble', 'figTwo', false, 'neighbouring sentences']
	])('%s and %s: %s (%s)', (a, b, expected) => {
		expect(areSiblings(profile(a), profile(b))).toBe(expected);
		expect(areSiblings(profile(b), profile(a))).toBe(expected);
	});

	it('are per deck: the same fact id and offsets in another article are another fact', () => {
		const other = profileOf(questions.fig470, { ...deck, id: 'other' });
		expect(areSiblings(profileOf(questions.fig470, { ...deck, id: 'this' }), other)).toBe(false);
	});
});

describe('givesAway', () => {
	it.each<[string, Name, boolean]>([
		// Figures, written as the article or a student might.
		['Japan pledged 470m in aid.', 'fig470', true],
		['Japan pledged $470,000,000 in aid.', 'fig470', true],
		['Japan pledged US$0.47 billion.', 'fig470', true],
		['It cost 470 million yen.', 'fig470', false],
		['Japan pledged $47 million.', 'fig470', false],
		['Japan pledged 470 thousand dollars.', 'fig470', false],
		['The two leaders met.', 'figTwo', true],
		['Only 2 of them came.', 'figTwo', true],
		['It brings spending to 2 percent of output.', 'figTwo', false],
		['They will double it.', 'figDouble', true],
		['Two leaders met.', 'figDouble', false],
		// An anniversary counts the years: "the 46th annual fair" is a 46-year history.
		['Crowds came to the 46th annual Riverton Fair.', 'figYears', true],
		['It marked the fair’s 46th anniversary.', 'figYears', true],
		['She finished 46th in the race.', 'figYears', false],
		['It was the 45th annual fair.', 'figYears', false],
		// Names, with or without a middle initial, with or without accents; a surname alone gives nothing away.
		['Alexander Gabuev said so.', 'whoGabuev', true],
		['ALEXANDER GABUEV, a fellow', 'whoGabuev', true],
		['Mr. Gabuev said so.', 'whoGabuev', false],
		['Vladimir Putin said it was frank.', 'tfPutin', true],
		['Mr. Putin spoke.', 'tfPutin', false],
		// Quotes and the words around a blank.
		['“Frank, friendly and rich in results”, he said.', 'whatPutin', true],
		['He said it was a statement to Russia.', 'clozeGabuev', true],
		['They signed a joint statement.', 'clozeGabuev', false],
		// Dates, by their words or by the date they stand for.
		['They met on Tuesday.', 'dateTue', true],
		['They met on March 21, 2023.', 'dateTue', true],
		['They met on Wednesday.', 'dateTue', false]
	])('“%s” gives away %s: %s', (shown, name, expected) => {
		expect(givesAway(showing(shown), profile(name), false)).toBe(expected);
	});

	it('counts choices only for the words of a quote', () => {
		const names = showing('Who said this?', ['Alexander Gabuev', 'Xi Jinping']);
		expect(givesAway(names, profile('whoGabuev'), false)).toBe(false);
		const quotes = showing('Which of these did he say?', [
			'“That’s a statement to Russia that we are with you”'
		]);
		expect(givesAway(quotes, profile('clozeGabuev'), false)).toBe(true);
	});

	it('craft 14: a quote cut just past a blank’s first word, offered as a choice, gives that blank away', () => {
		const blank = profileOf(
			q('x', 'f-two', {
				type: 'figure-typed',
				prompt: 'Type the missing figure: “She said the crew got everybody out in under _____.”',
				answer: 'two minutes'
			}),
			deck
		);
		const quotes = (cut: string) =>
			showing('Which of these did Ada Moss say?', [cut, '“We will rebuild the pier …”']);
		expect(givesAway(quotes('“got everybody out in under two …”'), blank, false)).toBe(true);
		expect(givesAway(quotes('“got everybody out in under …”'), blank, false)).toBe(false);
		// Names or figures offered are candidates, not words of the sentence.
		expect(givesAway(showing('How long?', ['two minutes', 'four minutes']), blank, false)).toBe(false);
	});

	it('reads the answer, explanation and evidence only once the question is answered', () => {
		const who = profile('whoGabuev');
		const tf = profileOf(
			q('tf', 'f-gabuev', { type: 'true-false', prompt: 'True or false: Xi said it', answer: 'False' }),
			deck
		);
		expect(givesAway(who, tf, false)).toBe(false);
		expect(givesAway(who, tf, true)).toBe(true);
		// The evidence of the $470 million question is the sentence that holds $30 million.
		expect(givesAway(profile('fig470'), profile('card30'), true)).toBe(true);
	});

	it('lets a question follow another only when it is no sibling and nothing seen gives it away', () => {
		expect(mayFollow(profile('fig470'), profile('fig30'))).toBe(false);
		expect(mayFollow(profile('whoGabuev'), profile('tfPutin'))).toBe(true);
		expect(mayFollow(profile('tfPutin'), profile('whoGabuev'))).toBe(true);
		const saysPutin = profileOf(q('x', 'f-two', { prompt: 'Vladimir Putin said so.' }), deck);
		expect(mayFollow(saysPutin, profile('tfPutin'))).toBe(false);
	});
});

describe('nextApart', () => {
	it('takes the first candidate that may follow, or the first when none may', () => {
		const candidates: Name[] = ['fig30', 'card30', 'whoGabuev'];
		expect(nextApart(profile('fig470'), candidates, profile)).toBe(2);
		expect(nextApart(profile('fig470'), candidates.slice(0, 2), profile)).toBe(0);
		expect(nextApart(undefined, candidates, profile)).toBe(0);
	});

	it('issue 11: reads no candidate with nothing before it, and none past the first that may follow', () => {
		const read: Name[] = [];
		const reading = (name: Name) => (read.push(name), profile(name));
		nextApart(undefined, ['fig30', 'card30', 'whoGabuev'], reading);
		expect(read).toEqual([]);
		nextApart(profile('fig470'), ['whoGabuev', 'fig30', 'card30'], reading);
		expect(read).toEqual(['whoGabuev']);
	});
});

describe('a cloze key of several words', () => {
	const articleSentences = [
		'“We will plant them with the Verrin Water Trust,” said Ada Moss.',
		'A grant of $5,000 from the Verrin Water Trust paid for the seeds.',
		'The gardens will be watered by hand.'
	];
	const article = articleSentences.join(' ');
	const at = (i: number) => ({
		start: article.indexOf(articleSentences[i]!),
		end: article.indexOf(articleSentences[i]!) + articleSentences[i]!.length
	});
	const quote: Fact = {
		id: 'f-moss',
		kind: 'quote',
		quote: 'We will plant them with the Verrin Water Trust',
		speaker: { name: 'Ada Moss', role: '' },
		confidence: 'high',
		evidence: at(0)
	};
	const grant: Fact = {
		id: 'f-grant',
		kind: 'figure',
		text: '$5,000',
		value: 5000,
		unit: 'USD',
		about: 'grant',
		evidence: at(1)
	};
	const small = { text: article, facts: new Map([quote, grant].map((fact) => [fact.id, fact])) };
	const cloze = (answer: string, prompt: string) =>
		profileOf(
			{
				id: 'c',
				factId: 'f-moss',
				type: 'cloze',
				prompt,
				answer,
				choices: [answer],
				evidence: at(0)
			} as Question,
			small
		);
	const figure = profileOf(
		{
			id: 'g',
			factId: 'f-grant',
			type: 'figure-typed',
			prompt: 'Type the missing figure: “A grant of _____ paid for the seeds.”',
			answer: '$5,000',
			explanation: '',
			evidence: at(1)
		} as Question,
		small
	);

	it('issue 11 (blind review, seed 251): a name the article gives twice is told by another sentence shown after an answer, whatever its neighbours', () => {
		const key = cloze(
			'the Verrin Water Trust',
			'Complete the quote from Ada Moss: “We will plant them with _____”'
		);
		expect(givesAway(figure, key, true)).toBe(true);
		expect(givesAway(figure, key, false)).toBe(false);
	});

	it('a single word is told only with its neighbours', () => {
		const key = cloze(
			'plant',
			'Complete the quote from Ada Moss: “We will _____ them with the Verrin Water Trust”'
		);
		expect(givesAway(figure, key, true)).toBe(false);
	});
});

describe('pickApart', () => {
	const all = Object.keys(questions) as Name[];
	const pick = (names: readonly Name[], count: number) => pickApart(names, profile, count);

	it('takes one question per fact and per sentence while others are left', () => {
		const quiz = pick(all, 5);
		expect(quiz).toHaveLength(5);
		for (const a of quiz)
			for (const b of quiz) if (a !== b) expect(areSiblings(profile(a), profile(b)), `${a} ${b}`).toBe(false);
	});

	it('takes a second from a sentence only when nothing else is left, and never one that sentence answers', () => {
		expect(pick(['whatPutin', 'dateTue', 'fig470'], 2)).toEqual(['whatPutin', 'fig470']);
		// Issue 11 (blind review, seed 251): the sentence shown after the what-said holds "on Tuesday", and the one
		// shown after the date holds Putin's words, so whichever came second would be answered already.
		expect(pick(['whatPutin', 'dateTue', 'fig470'], 3)).toEqual(['whatPutin', 'fig470']);
	});

	it('craft 14: leaves out a what-said whose only wrong choice another question shows as someone else’s words', () => {
		// The who-said shows Gabuev's words with his name: Putin's what-said would be answered by elimination.
		expect(pick(['whatPutin', 'dateTue', 'whoGabuev'], 2)).toEqual(['whoGabuev', 'dateTue']);
		expect(pick(['whatPutin', 'whoGabuev'], 2)).toEqual(['whatPutin', 'whoGabuev']);
	});

	it('issue 11 (blind review, seed 251): never asks a matching question and a who-said on one of its quotes', () => {
		const matching = q('matching', 'f-gabuev', {
			type: 'matching',
			prompt: 'Match each quote with the person who said it.',
			answer: '',
			pairs: [
				{
					factId: 'f-gabuev',
					left: '“That’s a statement to Russia that we are with you”',
					right: 'Alexander Gabuev',
					evidence: span(1)
				},
				{
					factId: 'f-putin',
					left: 'called the talks “frank, friendly and rich in results”',
					right: 'Vladimir V. Putin',
					evidence: span(2)
				}
			]
		});
		const quiz = pickApart([matching, questions.whoGabuev], (question) => profileOf(question, deck), 2);
		expect(quiz).toHaveLength(1);
	});

	it('never takes two whose prompts give each other away, even if the quiz is then shorter', () => {
		// The cloze names Alexander Gabuev, the answer of the who-said; the $30 million prompt holds $470 million.
		const quiz = pick(['whoGabuev', 'clozeGabuev', 'fig30', 'fig470'], 4);
		expect(quiz).toHaveLength(2);
		expect(quiz).toContain('whoGabuev');
		expect(quiz).toContain('fig30');
	});

	it('issue 11 (blind review, seed 251): orders them so that none comes after a question that tells its answer', () => {
		const tfGabuev = q('tfGabuev', 'f-gabuev', { type: 'true-false', prompt: 'Xi said it', answer: 'False' });
		const saysGabuev = q('saysGabuev', 'f-two', {
			prompt: 'A fellow',
			explanation: 'Alexander Gabuev said it'
		});
		const quiz = pickApart(
			[saysGabuev, tfGabuev, questions.fig470],
			(question) => profileOf(question, deck),
			3
		);
		// The flashcard's explanation names Alexander Gabuev, the true-or-false's answer: the true-or-false goes first.
		expect(quiz.map((question) => question.id)).toEqual(['tfGabuev', 'saysGabuev', 'fig470']);
	});

	it('issue 11: when the order given leaves a quiz short, takes the questions that clash with fewest others first', () => {
		// A prompt naming Alexander Gabuev and $470 million shuts out both the who-said and the $470 million question.
		const hub = q('hub', 'f-two', {
			prompt: 'Alexander Gabuev spoke after $470 million was announced; how many leaders signed?',
			answer: 'two'
		});
		const order = [hub, questions.whoGabuev, questions.fig470];
		const byProfile = (question: Question) => profileOf(question, deck);
		expect(
			pickApart(order, byProfile, 3)
				.map((question) => question.id)
				.sort()
		).toEqual(['fig470', 'whoGabuev']);
		expect(pickApart(order, byProfile, 1).map((question) => question.id)).toEqual(['hub']);
	});

	it('is the same for the same order', () => {
		expect(pick(all, 6)).toEqual(pick(all, 6));
	});
});

describe('the bundled deck', () => {
	const bank = JSON.parse(
		readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')
	) as import('../generator/bank').Bank;
	const real = { text: bank.article.text, facts: new Map(bank.facts.map((fact) => [fact.id, fact])) };
	const graded = bank.questions.filter((question) => question.type !== 'flashcard');

	/** The questions of a quiz with two or more wrong choices that the others rule out. */
	const eliminable = (profiles: readonly Profile[]) =>
		profiles.filter(
			(p, i) => new Set(profiles.flatMap((other, j) => (i === j ? [] : ruledOut(other, p)))).size >= 2
		).length;

	it.each([1, 2, 3, 4, 5])(
		'issue 11, craft 14: a 15-question quiz (seed %i) takes a second question from a sentence or a fact only when nothing else is left, no prompt holds another’s answer, and a what-said left to elimination joins only on top of the quiz with choices open',
		(seed) => {
			const pool = shuffle(graded, createRandom(seed));
			const quiz = pickApart(pool, (question) => profileOf(question, real), 15);
			// Thirteen questions keep their choices open, as before stop 31. Stop 31 asks Gabuev's quotes whose choices
			// were scraps as who-saids; those rule out wrong choices of his what-said, which joins last, when nothing
			// else is left (the small-deck fallback below), and spoils no question but itself. Craft 35: his two other
			// what-saids offered the same three quotes as that one, and are asked as true-or-false instead. Craft 37
			// (a wrong figure as exact as its key) leaves Japan's "about 2 percent" without its true-or-false. Stop 42:
			// Gabuev's cloze ("the United States" among bare names) is asked as a who-said, a sibling of his others.
			// Stop 48: the deck lost its "billions of dollars" choice (a vague amount) and its choice sets were redrawn;
			// the Kremlin list's typed "two" now fits beside the rest: thirteen, all with choices open.
			expect(quiz).toHaveLength(13);
			expect(quiz.length - eliminable(quiz.map((question) => profileOf(question, real)))).toBe(13);
			const profiles = quiz.map((question) => profileOf(question, real));
			profiles.forEach((a, i) =>
				profiles.forEach((b, j) => {
					if (i !== j) expect(givesAway(a, b, false), `${quiz[i]!.prompt} → ${quiz[j]!.answer}`).toBe(false);
				})
			);
			const siblingPairs = profiles.flatMap((a, i) => profiles.slice(i + 1).filter((b) => areSiblings(a, b)));
			if (siblingPairs.length > 0) {
				// Then every question left out that is no sibling of the quiz's would have given one away.
				for (const question of pool.filter((question) => !quiz.includes(question))) {
					const candidate = profileOf(question, real);
					if (profiles.some((chosen) => areSiblings(chosen, candidate))) continue;
					const clashes = profiles.some(
						(chosen) => givesAway(chosen, candidate, false) || givesAway(candidate, chosen, false)
					);
					expect(clashes || eliminable([...profiles, candidate]) >= 2, question.prompt).toBe(true);
				}
			}
			for (let i = 1; i < profiles.length; i++) expect(mayFollow(profiles[i - 1]!, profiles[i]!)).toBe(true);
		}
	);
});

describe('choices ruled out by the rest of the quiz', () => {
	// Invented: three speakers of a harbour town, each quoted once in a sentence of their own.
	const lines = [
		'“We will rebuild the pier before the summer season,” said Ben Osk, the harbour master.',
		'“The budget for the whole year is already spent,” said Ana Reyes, the town treasurer.',
		'“Nobody here has asked us about the ferry timetable,” said Mira Tolland, a councillor.',
		'“Our fishermen will need a new slipway within two years,” said Joe Varn, a skipper.',
		'The pier was closed for 14 weeks.',
		'The council met on Monday.'
	];
	const article = lines.join(' ');
	const line = (i: number) => {
		const start = article.indexOf(lines[i]!);
		return { start, end: start + lines[i]!.length };
	};
	const speakers = [
		['f-osk', 'Ben Osk', 'the harbour master'],
		['f-reyes', 'Ana Reyes', 'the town treasurer'],
		['f-tolland', 'Mira Tolland', 'a councillor'],
		['f-varn', 'Joe Varn', 'a skipper']
	] as const;
	const quoteOf = (i: number) => /“(.+),”/.exec(lines[i]!)![1]!;
	const quoteFacts: Fact[] = speakers.map(([id, name, role], i) => ({
		id,
		kind: 'quote',
		quote: quoteOf(i),
		speaker: { name, role },
		confidence: 'high',
		evidence: line(i)
	}));
	const weeks: Fact = {
		id: 'f-weeks',
		kind: 'figure',
		text: '14 weeks',
		value: 14,
		unit: 'weeks',
		about: 'pier closed',
		evidence: line(4)
	};
	const monday: Fact = {
		id: 'f-monday',
		kind: 'date',
		text: 'on Monday',
		value: '2026-03-02',
		about: 'council met',
		evidence: line(5)
	};
	const harbour = {
		text: article,
		facts: new Map([...quoteFacts, weeks, monday].map((fact) => [fact.id, fact]))
	};
	const cut = (i: number) => `“${quoteOf(i).split(' ').slice(0, 5).join(' ')} …”`;
	const who = (i: number): Question => ({
		id: `who-${i}`,
		factId: speakers[i]![0],
		type: 'who-said',
		prompt: `Who said this? “${quoteOf(i)}”`,
		choices: speakers.map(([, name]) => name),
		answer: speakers[i]![1],
		explanation: `${speakers[i]![1]}, ${speakers[i]![2]}, said it.`,
		evidence: line(i),
		difficulty: 2
	});
	const whatTolland: Question = {
		id: 'what-tolland',
		factId: 'f-tolland',
		type: 'what-said',
		prompt: 'Which of these did Mira Tolland say?',
		choices: [cut(0), cut(2), cut(1), cut(3)],
		answer: cut(2),
		explanation: `Mira Tolland said “${quoteOf(2)}”`,
		evidence: line(2),
		difficulty: 2
	};
	const figure: Question = {
		id: 'fig-weeks',
		factId: 'f-weeks',
		type: 'figure-typed',
		prompt: 'Type the missing figure: “The pier was closed for _____.”',
		answer: '14 weeks',
		accept: { kind: 'number', value: 14, unit: 'weeks' },
		explanation: '',
		evidence: line(4),
		difficulty: 3
	};
	const date: Question = {
		id: 'date-monday',
		factId: 'f-monday',
		type: 'date-typed',
		prompt: 'Type the missing date: “The council met _____.”',
		answer: 'on Monday',
		accept: { kind: 'date', value: '2026-03-02' },
		explanation: '',
		evidence: line(5),
		difficulty: 3
	};
	const byProfile = (question: Question) => profileOf(question, harbour);
	const ids = (quiz: readonly Question[]) => quiz.map((question) => question.id).sort();

	it('craft 14 (blind review, stop 26): a what-said whose wrong choices two other questions tie to their own speakers is drawn without one of them', () => {
		// Whatever the order given, the quiz never holds the what-said with both who-saids that rule out two choices.
		for (const order of [
			[who(0), who(1), whatTolland, figure, date],
			[whatTolland, who(0), who(1), figure, date],
			[who(0), whatTolland, who(1), figure, date]
		]) {
			const quiz = ids(pickApart(order, byProfile, 4));
			expect(quiz).toHaveLength(4);
			expect(
				['who-0', 'who-1', 'what-tolland'].every((id) => quiz.includes(id)),
				quiz.join(' ')
			).toBe(false);
		}
		const what = byProfile(whatTolland);
		// Who said “We will rebuild the pier …”? shows Ben Osk's quote with his name once answered.
		expect(ruledOut(byProfile(who(0)), what)).toEqual([0]);
		expect(ruledOut(byProfile(who(1)), what)).toEqual([2]);
		// A person may say many things: Tolland's own who-said rules out none of her what-said's choices.
		expect(ruledOut(byProfile(who(2)), what)).toEqual([]);
		expect(ruledOut(byProfile(figure), what)).toEqual([]);
	});

	it('craft 14: one choice ruled out leaves the question in the quiz', () => {
		const quiz = ids(pickApart([whatTolland, who(0), figure, date], byProfile, 4));
		expect(quiz).toEqual(['date-monday', 'fig-weeks', 'what-tolland', 'who-0']);
	});

	it('round 28 (blind review of PolNeAR quizzes): a quote offered and marked wrong in one what-said is ruled out in the next on the same speaker', () => {
		const second: Fact = {
			id: 'f-tolland-2',
			kind: 'quote',
			quote: 'The ferry must run on Sundays too',
			speaker: { name: 'Mira Tolland', role: 'a councillor' },
			confidence: 'high',
			evidence: line(2)
		};
		const withSecond = { ...harbour, facts: new Map([...harbour.facts, [second.id, second]]) };
		const whatAgain: Question = {
			...whatTolland,
			id: 'what-tolland-2',
			factId: second.id,
			choices: [cut(0), '“The ferry must run on Sundays too”', cut(3), cut(1)],
			answer: '“The ferry must run on Sundays too”'
		};
		const first = profileOf(whatTolland, withSecond);
		// Osk's, Varn's and Reyes' quotes were wrong choices the first time.
		expect(ruledOut(first, profileOf(whatAgain, withSecond))).toEqual([0, 2, 3]);
		// Asked of another speaker, they rule out nothing.
		expect(ruledOut(first, profileOf({ ...whatAgain, factId: 'f-varn' }, withSecond))).toEqual([]);
	});

	it('round 28 (blind review of PolNeAR quizzes): a prompt showing a quote with its speaker’s surname gives its who-said away', () => {
		const shows = showing(`Type the missing figure: “‘${quoteOf(0)},’ Osk says, but he sees _____ risks.”`);
		expect(givesAway(shows, byProfile(who(0)), false)).toBe(true);
		// The surname beside another quote tells nothing of this one.
		expect(givesAway(showing(`“${quoteOf(1)},” Osk says.`), byProfile(who(0)), false)).toBe(false);
	});

	it('craft 14: a small deck still fills its quiz, falling back on a question with two choices ruled out when nothing else is left', () => {
		const quiz = pickApart([who(0), who(1), whatTolland], byProfile, 3);
		expect(ids(quiz)).toEqual(['what-tolland', 'who-0', 'who-1']);
		// The same order draws the same quiz.
		expect(pickApart([who(0), who(1), whatTolland], byProfile, 3)).toEqual(quiz);
	});
});
