import { describe, expect, it } from 'vitest';
import type { Fact, Question } from './bank';
import { generateBank } from './generate';
import {
	GiveawayIndex,
	MEANING_CLASSES,
	completedByItsPair,
	degreeIdiom,
	giveaways,
	modelNumberGiven,
	nearestToShown,
	quarterOfMonthShown,
	restatedInWords,
	otherPartGiven,
	ratioGiven,
	fractionGiven,
	restOfTheWhole,
	rankGiven,
	headlineTells,
	statedOtherwise,
	sumOfShown,
	productOfShown,
	partsCountedAfter,
	partOfCountedWhole,
	changeWorkedOut,
	orderRulesOut,
	withoutGiveaways
} from './giveaways';

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
	it('weighs one question against a deck read once as against the whole deck with it put in', () => {
		const all = [
			whatSaid,
			councilChoice,
			councilStatement,
			museumChoice,
			museumYear,
			museumStatement,
			whoSaid,
			yearStatement
		];
		for (const q of all) {
			const deck = all.filter((other) => other !== q);
			const inWholeDeck = giveaways([...deck, q], text, facts).some((p) => p.shows === q || p.asks === q);
			expect(new GiveawayIndex(deck, text, facts).involves(q), q.id).toBe(inWholeDeck);
		}
		expect(new GiveawayIndex([councilChoice], text, facts).involves(whatSaid)).toBe(true);
		expect(new GiveawayIndex([whatSaid], text, facts).involves(councilChoice)).toBe(true);
		expect(new GiveawayIndex([museumYear], text, facts).involves(yearStatement)).toBe(false);
	});

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

const told = (sentences: string[]) => {
	const body = sentences.join(' ');
	const where = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length });
	return { body, where };
};
const factOf = (
	id: string,
	kind: 'figure' | 'date',
	written: string,
	evidence: Question['evidence']
): Fact =>
	kind === 'date'
		? { id, kind, text: written, about: '', evidence }
		: { id, kind, text: written, value: 0, unit: 'count', about: '', evidence };
const blank = (
	id: string,
	type: Question['type'],
	prompt: string,
	answer: string,
	evidence: Question['evidence']
) =>
	({
		...base,
		id,
		factId: `f-${id}`,
		type,
		prompt,
		answer,
		evidence,
		choices: [answer, 'x'],
		accept: { kind: 'date', value: answer }
	}) as unknown as Question;
const found = (questions: Question[], body: string, factList: Fact[]) =>
	giveaways(questions, body, factList)
		.map((p) => `${p.shows.id} → ${p.asks.id}`)
		.sort();

describe('a value an article tells in two sentences (craft round 10)', () => {
	it('reads a weekday answered with its date in brackets as the weekday any other sentence shows', () => {
		const prize = 'The Orrin Prize was awarded to Petra Valde on Tuesday.';
		const festival = 'The Harlow festival ended on Tuesday with a parade of 40 floats.';
		const { body, where } = told([prize, festival]);
		const card = blank(
			'prize',
			'flashcard',
			`“The Orrin Prize was awarded to Petra Valde on _____.”`,
			'Tuesday (May 12, 2026)',
			where(prize)
		);
		const floats = blank(
			'floats',
			'figure-choice',
			`Which figure completes the sentence? “${festival.replace('40', '_____')}”`,
			'40',
			where(festival)
		);
		const facts = [
			factOf('f-prize', 'date', 'on Tuesday', where(prize)),
			factOf('f-floats', 'figure', '40', where(festival))
		];
		expect(found([card, floats], body, facts)).toEqual(['floats → prize']);
	});

	it('reads a count told again, in digits or words, beside a word of its own sentence', () => {
		const toll = 'The death toll from the Corrow landslide stood at 90 on Sunday.';
		const final = 'Rescuers said on Monday that the final toll was ninety.';
		const killed = 'The landslide killed 90 people in Corrow.';
		const maps = 'The Corrow library lends 90 maps a week.';
		const { body, where } = told([toll, final, killed, maps]);
		const ask = blank(
			'toll',
			'figure-choice',
			`Which figure completes the sentence? “${toll.replace('90', '_____')}”`,
			'90',
			where(toll)
		);
		const show = (id: string, sentence: string) =>
			blank(
				id,
				'date-choice',
				`When? Complete the sentence: “${sentence.replace(/on \w+day|a week/, '_____')}”`,
				'x',
				where(sentence)
			);
		const facts = [
			factOf('f-toll', 'figure', '90', where(toll)),
			factOf('f-final', 'date', 'on Monday', where(final)),
			factOf('f-killed', 'date', 'x', where(killed)),
			factOf('f-maps', 'date', 'a week', where(maps))
		];
		expect(
			found([ask, show('final', final), show('killed', killed), show('maps', maps)], body, facts)
		).toEqual(['final → toll', 'killed → toll']);
	});

	it('reads the key sentence of each article anew, though another had a sentence at the same place', () => {
		// Two articles whose key sentences stand at the same offsets: the second's words, not the first's, say
		// whether "4500 ships" shown elsewhere is its key.
		const harbour = [
			'The Varne port handled 4500 ships last year.',
			'A new crane lifted 4500 ships of cargo.'
		];
		const dam = ['The Varne dam was made by 4500 paid workers.', 'A new crane lifted 4500 ships of cargo.'];
		const pairs = (sentences: string[]) => {
			const { body, where } = told(sentences);
			const key = sentences[0]!;
			const ask = blank(
				'key',
				'figure-choice',
				`Which figure completes the sentence? “${key.replace('4500', '_____')}”`,
				'4500',
				where(key)
			);
			const show = blank(
				'crane',
				'date-choice',
				`When? Complete the sentence: “${sentences[1]!.replace('A new', '_____')}”`,
				'x',
				where(sentences[1]!)
			);
			return found([ask, show], body, [
				factOf('f-key', 'figure', '4500', where(key)),
				factOf('f-crane', 'date', 'x', where(sentences[1]!))
			]);
		};
		expect(pairs(harbour)).toEqual(['crane → key']);
		expect(pairs(dam)).toEqual([]);
		expect(pairs(harbour)).toEqual(['crane → key']);
	});

	it('reads a year of a span or after "by" where another sentence shows it about the same thing', () => {
		const target = 'Korvel must cut its emissions by 2050.';
		const plan = 'By 2050, Korvel emissions must be 80% below 2000 levels.';
		const span = 'The plan tracks Korvel emissions over 2000–2050.';
		const floods = 'The Tellin floods of 2050 are a film by Ada Marr.';
		const { body, where } = told([target, plan, span, floods]);
		const typed = blank(
			'target',
			'date-typed',
			`Type the missing date: “Korvel must cut its emissions by _____.”`,
			'2050',
			where(target)
		);
		const card = blank(
			'span',
			'flashcard',
			`“The plan tracks Korvel emissions over _____.”`,
			'2000–2050',
			where(span)
		);
		const share = blank(
			'plan',
			'figure-choice',
			`Which figure completes the sentence? “By 2050, Korvel emissions must be _____ below 2000 levels.”`,
			'80%',
			where(plan)
		);
		const film = blank(
			'floods',
			'flashcard',
			`“The Tellin floods of 2050 are a film by _____.”`,
			'Ada Marr',
			where(floods)
		);
		const facts = [
			factOf('f-target', 'date', 'by 2050', where(target)),
			factOf('f-span', 'date', '2000–2050', where(span)),
			factOf('f-plan', 'figure', '80%', where(plan)),
			factOf('f-floods', 'date', 'x', where(floods))
		];
		// The film's "2050" is another thing's year: no word of either key's sentence stands beside it.
		expect(found([typed, card, share, film], body, facts)).toEqual(['plan → span', 'plan → target']);
	});

	it('reads a key held by a quote shown as a what-said choice', () => {
		const quoted =
			'“We will open the Marrow bridge in 2031, whatever the weather,” said Oda Venn, the mayor.';
		const works = 'Work on the Marrow bridge will be finished by 2031, the council said.';
		const { body, where } = told([quoted, works]);
		const choice: Question = {
			...base,
			id: 'what',
			factId: 'f-what',
			type: 'what-said',
			prompt: 'Which of these did Oda Venn say?',
			choices: ['“We will open the Marrow bridge in 2031 …”', '“Our roads come first …”'],
			answer: '“We will open the Marrow bridge in 2031 …”',
			evidence: where(quoted)
		};
		const end = blank(
			'end',
			'date-choice',
			'When? Complete the sentence: “Work on the Marrow bridge will be finished by _____, the council said.”',
			'2031',
			where(works)
		);
		const facts: Fact[] = [
			{
				id: 'f-what',
				kind: 'quote',
				quote: 'We will open the Marrow bridge in 2031, whatever the weather',
				speaker: { name: 'Oda Venn', role: 'the mayor' },
				confidence: 'high',
				evidence: where(quoted)
			},
			factOf('f-end', 'date', 'in 2031', where(works))
		];
		expect(found([choice, end], body, facts)).toEqual(['what → end']);
	});

	it('reads a quote choice cut off with “…” right after a cloze key as showing the key beside its neighbour', () => {
		const said =
			'“We drill wells together with the Ministry of Water and teach villagers to mend pumps,” said Ines Lom.';
		const plan =
			'“What we are trying to do together with the Ministry of Water is to last,” said Rafe Quill.';
		const { body, where } = told([said, plan]);
		const cloze = blank(
			'said',
			'cloze',
			'Complete the quote from Ines Lom: “We drill wells together with _____ and teach villagers to mend pumps.”',
			'the Ministry of Water',
			where(said)
		);
		const choice: Question = {
			...base,
			id: 'plan',
			factId: 'f-plan',
			type: 'what-said',
			prompt: 'Which of these did Rafe Quill say?',
			choices: [
				'“What we are trying to do together with the Ministry of Water …”',
				'“Pumps break in the heat …”'
			],
			answer: '“What we are trying to do together with the Ministry of Water …”',
			evidence: where(plan)
		};
		const facts: Fact[] = [
			{
				id: 'f-said',
				kind: 'quote',
				quote: said.slice(1, said.indexOf('”') - 1),
				speaker: { name: 'Ines Lom', role: '' },
				confidence: 'high',
				evidence: where(said)
			},
			{
				id: 'f-plan',
				kind: 'quote',
				quote: plan.slice(1, plan.indexOf('”') - 1),
				speaker: { name: 'Rafe Quill', role: '' },
				confidence: 'high',
				evidence: where(plan)
			}
		];
		// The ellipsis hides what followed the key, as a blank does: "with the ministry of water …" shows it.
		expect(found([cloze, choice], body, facts)).toEqual(['plan → said']);
	});

	it('drops the question whose fact another question still asks before a fact’s only question', () => {
		const prize = 'The Orrin Prize was awarded to Petra Valde on Tuesday.';
		const festival = 'The Harlow festival ended on Tuesday with a parade of 40 floats.';
		const { body, where } = told([prize, festival]);
		const card = blank(
			'prize',
			'flashcard',
			'“The Orrin Prize was awarded to Petra Valde on _____.”',
			'Tuesday',
			where(prize)
		);
		const floats = blank(
			'floats',
			'figure-choice',
			`Which figure completes the sentence? “${festival.replace('40', '_____')}”`,
			'40',
			where(festival)
		);
		const typed = {
			...floats,
			id: 'typed',
			type: 'figure-typed',
			prompt: 'Type the missing figure: “… a parade of _____ floats.”'
		} as Question;
		const facts = [
			factOf('f-prize', 'date', 'on Tuesday', where(prize)),
			factOf('f-floats', 'figure', '40', where(festival))
		];
		// The choice is the better kind, but the floats are still asked by the typed question, the prize by nothing else.
		expect(withoutGiveaways([card, floats, typed], body, facts).map((q) => q.id)).toEqual(['prize', 'typed']);
		// A fact's other question that gives the key away too is no spare: the kinds decide, and the flashcard goes.
		const shown = {
			...typed,
			prompt: `Type the missing figure: “${festival.replace('40', '_____')}”`
		} as Question;
		expect(withoutGiveaways([card, floats, shown], body, facts).map((q) => q.id)).toEqual([
			'floats',
			'typed'
		]);
	});

	it('reads no word most sentences hold as telling what a figure is about', () => {
		const lines = ['pier', 'dock', 'quay', 'wharf'].map(
			(p, i) => `The port spent $${10 + i} million on the ${p}.`
		);
		const wharf = lines[3]!;
		const jetty = 'The jetty cost the port $13 million last year.';
		const { body, where } = told([...lines, jetty]);
		const ask = blank(
			'wharf',
			'figure-choice',
			`Which figure completes the sentence? “${wharf.replace('$13 million', '_____')}”`,
			'$13 million',
			where(wharf)
		);
		const show = blank(
			'jetty',
			'flashcard',
			'“The jetty cost the port $13 million _____.”',
			'last year',
			where(jetty)
		);
		const facts = [
			factOf('f-wharf', 'figure', '$13 million', where(wharf)),
			factOf('f-jetty', 'date', 'last year', where(jetty))
		];
		// "port" stands in every sentence: the jetty's $13 million is another thing's.
		expect(found([ask, show], body, facts)).toEqual([]);
	});

	it('reads a small number shown elsewhere as no giveaway unless its neighbours come with it', () => {
		const boats = 'Two ferries sank off Orlo on Friday.';
		const ministers = 'The Orlo council sent two ministers to the coast.';
		const { body, where } = told([boats, ministers]);
		const ask = blank(
			'boats',
			'figure-typed',
			'Type the missing figure: “_____ ferries sank off Orlo on Friday.”',
			'Two',
			where(boats)
		);
		const show = blank(
			'ministers',
			'flashcard',
			'“The Orlo council sent two ministers to the _____.”',
			'coast',
			where(ministers)
		);
		const facts = [
			factOf('f-boats', 'figure', 'Two', where(boats)),
			factOf('f-ministers', 'figure', 'x', where(ministers))
		];
		expect(found([ask, show], body, facts)).toEqual([]);
	});
});

const quoteFact = (id: string, sentence: string, name: string, evidence: Question['evidence']): Fact => ({
	id,
	kind: 'quote',
	quote: sentence.slice(1, sentence.indexOf('”')).replace(/,$/, ''),
	speaker: { name, role: '' },
	confidence: 'high',
	evidence
});
const statement = (id: string, sentence: string, evidence: Question['evidence']) =>
	blank(id, 'true-false', `True or false, according to the article: “${sentence}”`, 'True', evidence);

describe('a word key shown elsewhere with other neighbours (craft round 11)', () => {
	it('reads a name few sentences hold as told wherever another question shows it', () => {
		const said = '“Villagers work together with the Verrin Water Trust on the new gardens,” said Mara Tolv.';
		const grant = 'Last spring the Tallen school won a grant from the Verrin Water Trust for school gardens.';
		const { body, where } = told([said, grant]);
		const cloze = blank(
			'said',
			'cloze',
			'Complete the quote from Mara Tolv: “Villagers work together with _____ on the new gardens.”',
			'the Verrin Water Trust',
			where(said)
		);
		const card = blank(
			'grant',
			'flashcard',
			'“_____ the Tallen school won a grant from the Verrin Water Trust for school gardens.”',
			'Last spring',
			where(grant)
		);
		const facts = [
			quoteFact('f-said', said, 'Mara Tolv', where(said)),
			factOf('f-grant', 'date', 'Last spring', where(grant))
		];
		expect(found([cloze, card], body, facts)).toEqual(['grant → said']);
		// The quote is still asked by who said it: the cloze goes, not the card that is its date's only question.
		const who: Question = {
			...base,
			id: 'who',
			factId: 'f-said',
			type: 'who-said',
			prompt: 'Who said this? “Villagers work together with the Verrin Water Trust on the new gardens”',
			choices: ['Mara Tolv', 'Ines Lom'],
			answer: 'Mara Tolv',
			evidence: where(said)
		};
		expect(withoutGiveaways([who, cloze, card], body, facts).map((q) => q.id)).toEqual(['who', 'grant']);
	});

	it('reads a word few sentences hold as told, but not a word or a one-word name most of them hold', () => {
		const craft = '“I learned the craft from an old cabinetmaker in Verrin,” said Ilse Brannigh.';
		const wheel = 'The Verrin cabinetmaker Osk Lind built the mill wheel in 1990.';
		const bring = '“We bring water to Verrin every morning,” said Tom Ashe.';
		const wells = 'Verrin has 40 wells, and the water in 12 of them is clean.';
		const { body, where } = told([
			craft,
			wheel,
			bring,
			'Water reached Verrin again in May.',
			'The water board of Verrin met on Friday.',
			wells,
			'Children in Verrin carry water from the river.',
			'The river floods twice a year.',
			'The council meets in the town hall.',
			'Farmers sell their grain at the market.'
		]);
		const term = blank(
			'craft',
			'flashcard',
			'Complete what Ilse Brannigh said: “I learned the craft from an old _____ in Verrin.”',
			'cabinetmaker',
			where(craft)
		);
		const built = blank(
			'wheel',
			'date-choice',
			'When? Complete the sentence: “The Verrin cabinetmaker Osk Lind built the mill wheel in _____.”',
			'1990',
			where(wheel)
		);
		const water = blank(
			'water',
			'flashcard',
			'Complete what Tom Ashe said: “We bring _____ to Verrin every morning.”',
			'water',
			where(bring)
		);
		const town = {
			...blank(
				'town',
				'cloze',
				'Complete the quote from Tom Ashe: “We bring water to _____ every morning.”',
				'Verrin',
				where(bring)
			),
			factId: 'f-water'
		};
		const count = blank(
			'wells',
			'figure-choice',
			'Which figure completes the sentence? “Verrin has _____ wells, and the water in 12 of them is clean.”',
			'40',
			where(wells)
		);
		const facts = [
			quoteFact('f-craft', craft, 'Ilse Brannigh', where(craft)),
			factOf('f-wheel', 'date', 'in 1990', where(wheel)),
			quoteFact('f-water', bring, 'Tom Ashe', where(bring)),
			factOf('f-wells', 'figure', '40', where(wells))
		];
		// "Verrin" and "water" stand in half the sentences: the prompt about the wells shows both and tells neither.
		expect(found([term, built, water, town, count], body, facts)).toEqual(['wheel → craft']);
	});
});

describe('a name most sentences hold (craft round 11)', () => {
	it('reads "The Courier", in half the sentences, as telling nothing without its neighbours', () => {
		const wrote = '“I have written for The Courier since the war,” said Tom Ashe.';
		const sells = 'The Courier sells 900 copies.';
		const { body, where } = told([
			wrote,
			sells,
			'The Courier moved to Orlo.',
			'Readers of The Courier wrote in.',
			'The Courier closed on Friday.',
			'Farmers sell their grain at the market.',
			'The river floods twice a year.',
			'The council meets in the town hall.',
			'Children walk to school.',
			'The mill is old.'
		]);
		const cloze = blank(
			'wrote',
			'cloze',
			'Complete the quote from Tom Ashe: “I have written for _____ since the war.”',
			'The Courier',
			where(wrote)
		);
		const copies = blank(
			'sells',
			'figure-choice',
			'Which figure completes the sentence? “The Courier sells _____ copies.”',
			'900',
			where(sells)
		);
		const facts = [
			quoteFact('f-wrote', wrote, 'Tom Ashe', where(wrote)),
			factOf('f-sells', 'figure', '900', where(sells))
		];
		expect(found([cloze, copies], body, facts)).toEqual([]);
	});
});

describe('a figure told again in words of one meaning (craft round 11)', () => {
	const ask = (sentence: string, key: string) => {
		const others = [
			'The Orlo council meets on Fridays.',
			'Farmers sell their grain at the market.',
			'The river floods twice a year.'
		];
		return { sentence, key, others };
	};
	const pairsOf = (
		keySentence: string,
		key: string,
		shownSentence: string,
		kind: 'figure' | 'date' = 'figure'
	) => {
		const { body, where } = told([keySentence, shownSentence, ...ask(keySentence, key).others]);
		const question = blank(
			'key',
			kind === 'figure' ? 'figure-choice' : 'date-choice',
			`Complete the sentence: “${keySentence.replace(key, '_____')}”`,
			key,
			where(keySentence)
		);
		const facts = [factOf('f-key', kind, key, where(keySentence))];
		return found([question, statement('shown', shownSentence, where(shownSentence))], body, facts);
	};

	// One row per class of MEANING_CLASSES: the key's sentence, the key, another sentence telling it in other words.
	const rows: [string, string, string, string][] = [
		[
			'deaths',
			'The death toll from the Corrow landslide rose to 90.',
			'90',
			'The blast killed 90 people on Sunday.'
		],
		[
			'displaced',
			'More than 5,000 people have been displaced by the Tellin floods.',
			'5,000',
			'Other estimates put the refugees at 5,000.'
		],
		['injuries', 'The Harlow crash injured 14 passengers.', '14', 'Rescuers said 14 were wounded.'],
		['spending', 'The Orlo bridge cost £3m.', '£3m', 'The council spent £3m last year.'],
		['votes', 'Turnout in the Velmora election was 61%.', '61%', 'Of all voters, 61% cast a ballot.']
	];
	it.each(rows)('%s: "%s" is told by "%s"', (_, sentence, key, shownSentence) => {
		expect(pairsOf(sentence, key, shownSentence)).toEqual(['shown → key']);
	});

	it('has a row for every class', () => {
		expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(MEANING_CLASSES).sort());
	});

	it('reads a number written out with its scale as the figure, but not a plural scale', () => {
		const fair = 'The Orlo fair drew half a million visitors.';
		expect(pairsOf(fair, 'half a million', 'Half a million visitors came to Orlo in the summer.')).toEqual([
			'shown → key'
		]);
		const jobs = 'The Tarrow mill closure will cost two hundred and forty jobs.';
		expect(pairsOf(jobs, 'two hundred and forty', 'The union said 240 jobs would go.')).toEqual([
			'shown → key'
		]);
		// "Thousands" is no one figure: only its neighbours tell it.
		expect(
			pairsOf('The Orlo fair drew thousands of visitors.', 'thousands', 'Thousands of visitors came to Orlo.')
		).toEqual([]);
	});

	it('reads no other meaning, small number, year or meaning most sentences hold as the same figure', () => {
		// Injured is not dead: the clinic's 90 are other people.
		expect(
			pairsOf(
				'The death toll from the Corrow landslide rose to 90.',
				'90',
				'The clinic treated 90 injured people.'
			)
		).toEqual([]);
		expect(
			pairsOf('The Harlow crash injured four passengers.', 'four', 'Four were wounded in Tellin.')
		).toEqual([]);
		// A year beside "spending" is another thing's year: a date is read by its sentence's own words only.
		expect(
			pairsOf(
				'The Orlo bridge cost £3m and opened in 2019.',
				'2019',
				'Spending on roads peaked during 2019.',
				'date'
			)
		).toEqual([]);
		const { body, where } = told([
			'The death toll rose to 90.',
			'Floods killed 90 cattle in Tellin.',
			'Two fishermen died at sea.',
			'The storm killed a child.',
			'Deaths from the fever fell.'
		]);
		const toll = blank(
			'key',
			'figure-choice',
			'Complete the sentence: “The death toll rose to _____.”',
			'90',
			where('The death toll rose to 90.')
		);
		const cattle = statement(
			'shown',
			'Floods killed 90 cattle in Tellin.',
			where('Floods killed 90 cattle in Tellin.')
		);
		// Every sentence speaks of deaths: "killed" ties no two of its figures together.
		expect(found([toll, cattle], body, [factOf('f-key', 'figure', '90', toll.evidence)])).toEqual([]);
	});
});

describe('round 28 (lead): a rough count the phrase completes', () => {
	it.each<[string, string, boolean]>([
		['Many work two or _____ jobs to pay the rent.', 'three', true],
		['The ferry made _____ or four crossings.', 'three', true],
		['It took 10 or _____ days.', '11', true],
		['Two or more people were hurt, and _____ were treated.', 'three', false],
		['The council has seven or _____ seats.', 'nine', false]
	])('%s', (prompt, answer, expected) => expect(completedByItsPair(prompt, answer)).toBe(expected));
});

describe('round 28 (lead, PolNeAR review): a percentage set off beside the same share in words', () => {
	it.each<[string, string, boolean]>([
		['Just shy of half, _____, say the ferry plan is an improvement.', '49%', true],
		['About a third of members, _____, backed the plan.', '34 percent', true],
		['_____ (nearly two-thirds) of members voted yes.', '64%', true],
		['Support rose to _____, up from 40%.', '49%', false],
		['Half the town, _____ of voters, backed it.', '20%', false],
		['Almost half of her support (_____) comes from renters.', '44 percent', true],
		['Nearly four in 10 members — _____ — could change their minds.', '38 percent', true],
		['Nearly four in 10 members — _____ — could change their minds.', '61 percent', false],
		['Support among renters (_____) is higher than last year.', '44 percent', false],
		['The team found that almost half - _____ - called the cows by name.', '48%', true],
		['The team found that almost half - _____ - called the cows by name.', '70%', false]
	])('%s', (prompt, answer, expected) => expect(restatedInWords(prompt, answer)).toBe(expected));
});

describe('issue 9: a share the others shown make up to the whole', () => {
	it.each<[string, string, boolean]>([
		[
			'Ruiz leads Bell by 46 percent to 41 percent in the poll. _____ are not sure.',
			'Thirteen percent',
			true
		],
		['_____ voted yes and 38% voted no.', '62%', true],
		['Turnout was 61 percent, and _____ of voters backed the plan.', '55 percent', false],
		['Ruiz leads Bell by 46 percent to 41 percent. _____ are not sure.', '$13 million', false],
		['_____ of the town voted.', '40 percent', false]
	])('%s', (prompt, answer, expected) => expect(restOfTheWhole(prompt, answer)).toBe(expected));
});

describe("issue 9: a share the prompt's ratio makes of another it shows", () => {
	it.each<[string, string, boolean]>([
		['The panel rated _____ of her claims false, compared to 11% of his – a 3 to 1 margin.', '32%', true],
		['Support stood at 15 percent, a 2-to-1 lead over the _____ who backed Bell.', '7.5 percent', true],
		['The panel rated _____ of her claims false, compared to 11% of his – a 3 to 1 margin.', '18%', false],
		['_____ of claims were false, compared to 11% last year.', '22%', false],
		// A ratio in words, and counts as well as shares.
		['The motion passed by a two-to-one margin, 40 votes to _____.', '20', true],
		['The motion passed by a three-to-one margin, _____ votes to 12.', '36', true],
		['The motion passed by a two-to-one margin, 40 votes to _____.', '31', false],
		['By 2019 the club had grown two-to-one, to _____ members.', '4,000', false]
	])('%s', (prompt, answer, expected) => expect(ratioGiven(prompt, answer)).toBe(expected));
});

describe('craft 33 (blind review r32a): a blank the words beside it name', () => {
	it.each<[string, string, boolean]>([
		['She carried the Vantor KX-12 _____ rifle to the range.', '12-gauge', true],
		['Police found a Halden P-7 _____ pistol.', '7mm', true],
		['Police found a Halden P-7 _____ pistol.', '9mm', false],
		['The council bought 12 _____ buses.', '30', false]
	])('model code: %s (%s)', (prompt, answer, expected) =>
		expect(modelNumberGiven(prompt, answer)).toBe(expected)
	);

	it.each<[string, string, boolean]>([
		['“She has stood by every plan of mine, agreeing with me _____,” he said.', '100 percent', true],
		['The mayor said she was _____ committed to the plan.', '100%', true],
		['Officers are _____ behind the chief.', 'one hundred percent', true],
		['With almost _____ of the votes counted, Ruiz led.', '100 percent', false],
		['The fee rose by _____ in a year.', '100 percent', false],
		['The mayor said she was _____ committed to the plan.', '90%', false]
	])('a degree: %s (%s)', (prompt, answer, expected) => expect(degreeIdiom(prompt, answer)).toBe(expected));

	it.each<[string, string, boolean]>([
		[
			'Dockers walked out in mid-May. The stoppage will hurt _____ profits, the firm said.',
			'second-quarter',
			true
		],
		['Sales fell in Aug. and hurt _____ results.', 'the third quarter', true],
		['Sales fell in August and hurt _____ results.', 'second-quarter', false],
		['Mark Tull said the _____ results were weak.', 'first-quarter', false]
	])('a quarter: %s (%s)', (prompt, answer, expected) =>
		expect(quarterOfMonthShown(prompt, answer)).toBe(expected)
	);

	it.each<[string, string, boolean]>([
		['Among members, about _____, 67 percent, back the plan.', 'two-thirds', true],
		['A third of the rowers, _____, say so.', '33%', true],
		['Approval of Dorn, a net negative _____ (37 percent to 43 percent), has risen.', '6 points', true],
		['Approval of Dorn, a net negative 6 points (_____ to 43 percent), has risen.', '37 percent', true],
		['The lamp costs $20 plus a $5 tariff, so buyers pay _____.', '$25', true],
		// The same share of two groups, or counts with no sum between them, leave a changed one possible.
		['About 45 percent of men and _____ of women agreed.', '45 percent', false],
		['The club has 12 members and _____ guests.', '30', false],
		['A third of the rowers and _____ of the coaches agree.', '60 percent', false]
	])('a figure its sentence states otherwise: %s (%s)', (prompt, answer, expected) =>
		expect(statedOtherwise(prompt, answer)).toBe(expected)
	);

	it.each<[string, string, string[], boolean]>([
		['The two mayors were level, 44% to _____.', '43%', ['34%', '26%', '19%'], true],
		['Ferry pupils who are 15 will turn _____ by the spring.', '16', ['9', '12', '25'], true],
		[
			'Men earned $98,000 a year, compared with women’s _____.',
			'$93,000',
			['$56,000', '$74,000', '$37,000'],
			true
		],
		// A wrong choice as near the shown figure as the key leaves the reader nothing to go on.
		['The two mayors were level, 44% to _____.', '43%', ['45%', '26%', '19%'], false],
		['The board of 12 met on 3 May and _____ voted yes.', '7', ['4', '9', '10'], false],
		// A year is no neighbour of a count, nor a share of a sum of money.
		['In 2014 the club sold _____ tickets.', '2,000', ['1,200', '3,000', '4,000'], false],
		['Fees rose 3% to _____.', '$3.1 million', ['$1.5 million', '$2 million', '$5 million'], false]
	])('a key next to a figure its sentence shows: %s (%s)', (prompt, answer, wrong, expected) =>
		expect(nearestToShown(prompt, answer, wrong)).toBe(expected)
	);
});

describe('a figure the prompt names a fraction of, or a fraction of (dev review, stop 43)', () => {
	it.each<[string, string, boolean]>([
		[
			'A school that costs _____ in all needs $30,000 saved, which is a quarter of the total cost.',
			'$120,000',
			true
		],
		['The fund holds $900 million, and half of it, _____, goes to roads.', '$450 million', true],
		['Two-thirds of the 60 members, _____, voted yes.', '40', true],
		// A fraction of something else, or a value the fraction does not make.
		[
			'A school that costs _____ in all needs $30,000 saved, which is a quarter of the total cost.',
			'$95,000',
			false
		],
		['Half of the staff left, and _____ were hired in May.', '40', false],
		['About a third of the 90 seats went to Roe, and _____ percent of the vote.', '30 percent', false],
		// The fraction itself, between two figures shown.
		[
			'A school that costs $120,000 in all needs $30,000 saved, which is _____ of the total cost.',
			'a quarter',
			true
		],
		[
			'A school that costs $120,000 in all needs $30,000 saved, which is _____ of the total cost.',
			'a third',
			false
		],
		['Polls show _____ of voters in Ohio and 7 in 10 in Iowa back the plan.', 'two-thirds', false],
		['The 3-2-1 plan: finish _____ in Iowa, second in Ohio.', 'third', false]
	])('%s', (prompt, answer, expected) => expect(fractionGiven(prompt, answer)).toBe(expected));
});

describe('craft 44: a key its sentence adds up from two figures it shows', () => {
	it.each<[string, string, boolean]>([
		// A rounded change between two amounts shown, whichever of the three is blanked.
		[
			'The mill’s sales rose from _____ in 2019 to $731 million in 2020, a jump of almost $300 million.',
			'$436 million',
			true
		],
		[
			'The mill’s sales rose from $436 million in 2019 to $731 million in 2020, a jump of almost _____.',
			'$300 million',
			true
		],
		// A lead in points beside the two shares it is the difference of.
		[
			'Okafor leads Brandt by roughly _____, 51%-39.6%, in the latest county poll.',
			'11 percentage points',
			true
		],
		[
			'Okafor leads Brandt by roughly 11 percentage points, 51%-_____, in the latest county poll.',
			'39.6%',
			true
		],
		// Exact money needs no hedge.
		[
			'Her haul leaves her within $6million of the _____ raised by Ruiz, who led with $29million.',
			'$35million',
			true
		],
		// Beyond rounding, or no hedge among a poll's shares: chance.
		[
			'The mill’s sales rose from _____ in 2019 to $731 million in 2020, a jump of almost $300 million.',
			'$380 million',
			false
		],
		[
			'In the poll, 48 percent back Okafor and _____ back Brandt, while 4 percent back Lind and 1 percent Moss.',
			'46 percent',
			false
		],
		// Bare counts meet by chance, and "8 in 10" is a share, not two counts.
		['The board held seven votes for _____ members, against the 12 votes held for 17 members.', '5', false],
		[
			'About 8 in 10 farmers in _____ districts say prices are low, and about 3 in 10 are angry.',
			'five',
			false
		],
		// Issue 9 (W23 review): a count the sentence tells as a difference is read off by subtraction.
		['The party now holds 234 seats, 16 more seats than the _____ needed for a majority.', '218', true],
		['The party now holds 234 seats, 16 more seats than the 218 needed for a majority.', '435', false],
		// A year is no sum.
		['From 1,990 seats in 2010 to 17 in _____ the party shrank.', '2007', false]
	])('%s (%s)', (prompt, answer, expected) => expect(sumOfShown(prompt, answer)).toBe(expected));
});

describe('craft74: a key worked out from the figures beside it', () => {
	it.each([
		// A count told as what is left, or as the whole, is the difference or the sum of the two shown.
		['The storm flattened 212 barns and 190 were rebuilt, leaving _____ short.', '22', true],
		['The storm flattened 212 barns and 190 were rebuilt, leaving _____ barns short.', '22', true],
		['Ferries carried 48 pupils and buses 35, _____ in all.', '83', true],
		// Untold, two bare counts meet by chance.
		['Kell got _____ votes, Ash 233 and Roe 318.', '551', false]
	])('%s (%s)', (prompt, answer, expected) => expect(sumOfShown(prompt, answer)).toBe(expected));

	it.each([
		['The town made three payments of 400 dollars, _____ in all.', '1,200 dollars', true],
		['The mill shipped 4 loads of 250 tonnes, or _____ of flour.', '1,000 tonnes', true],
		['The grant came in five instalments of $20,000 each, _____ in total.', '$100,000', true],
		// Another unit, or a count that is not the parts', is no product.
		['The town made three payments of 400 dollars to _____ families.', '1,200', false],
		['Two crews of 12 divers searched for _____ hours.', '24 hours', false]
	])('%s (%s)', (prompt, answer, expected) => expect(productOfShown(prompt, answer)).toBe(expected));

	it.each([
		['_____ leaks have been found so far, two in Oslo and one in Bergen.', 'Three', true],
		['The alarm sounded when _____ raiders struck at three banks and a post office.', 'four', true],
		['_____ leaks have been found so far, 12 in Oslo and 3 in Bergen.', '15', true],
		// Parts that do not add up to the key, or a figure with a unit, are no sum.
		['_____ leaks have been found so far, two in Oslo and one in Bergen.', 'five', false],
		['Repairs took _____, two in Oslo and one in Bergen.', 'three days', false]
	])('%s (%s)', (prompt, answer, expected) => expect(partsCountedAfter(prompt, answer)).toBe(expected));

	it.each([
		['The alarm sounded when four raiders struck at _____ banks and a post office.', 'three', true],
		['Three leaks have been found so far, _____ in Oslo and one in Bergen.', 'two', true],
		['Three leaks have been found so far, two in Oslo and _____ in Bergen.', 'one', true],
		// A whole that is not the parts' sum is no giveaway.
		['The alarm sounded when four raiders struck at _____ banks and a post office.', 'two', false]
	])('%s (%s)', (prompt, answer, expected) => expect(partOfCountedWhole(prompt, answer)).toBe(expected));
});

describe('craft74b: a change whose other two terms the sentence tells', () => {
	it.each([
		// Both ends of the change make its percentage.
		['Sales rose from $150 million last year to $195 million this year, a _____ increase.', '30%', true],
		[
			'Output is now put at 4.2 million tonnes, down _____ from the earlier forecast of 4.8 million tonnes.',
			'12.5 percent',
			true
		],
		['Members grew from 2,400 in 1999 to 9,600 last year, an increase of _____.', '300%', true],
		// The change's amount and where it ended.
		['The index fell _____ or 42 points to close at 1,358.', '3%', true],
		// The amount and the percentage make where it ended, a hedge read on its side.
		['Shares in the miner fell nearly $4 or 20 percent to _____.', '$16.00', true],
		['The fare went up almost $2 to _____, a rise of nearly 10 percent.', '$21.50', true],
		// A bare count, and a coin's cents as hundredths of the currency the change ends in.
		['Visitors rose from _____ in 2001 to 45,000 last year, an increase of 200%.', '15,000', true],
		['The shares fell 2.5%, or 20 centavos, to _____ pesos.', '7.80', true],
		['The shares fell 2.5%, or _____ centavos, to 7.80 pesos.', '20', true],
		// A rounded percentage of a large level leaves a wide span: no choice is ruled out.
		['The index ended at 3,140.50, a drop of _____ points or 1 percent.', '31.72', false],
		// A percentage the arithmetic does not make, or no change at all.
		['Sales rose from $150 million last year to $195 million this year, a _____ increase.', '45%', false],
		['The club has 520 members and about 6,000 followers, growing at _____ a month.', '8.2%', false],
		['The town has 520 members and 6,000 followers; _____ of them are women.', '8%', false]
	])('%s (%s)', (prompt, answer, expected) => expect(changeWorkedOut(prompt, answer)).toBe(expected));
});

describe('stop 47: a rank the names above it count out', () => {
	it.each([
		// Wikinews dev review: "the world's _____ oil consumer, behind only the US and Japan" is third.
		[
			'Kell is the world’s _____ tea buyer, behind only Ruritania and Elbonia, and its thirst is growing.',
			'third-largest',
			true
		],
		['Kell is the _____ exporter, trailing only Ruritania, Elbonia, and Freedonia.', '4th', true],
		['Kell is the _____ exporter, behind only Ruritania.', 'second', true],
		// The names do not make the key: the rank is the article's to tell.
		['Kell is the _____ exporter, behind only Ruritania and Elbonia.', 'fifth', false],
		['Kell is the _____ exporter in the region.', 'third', false],
		['Kell came _____ behind the leaders.', 'third', false]
	])('%s (%s)', (prompt, answer, expected) => expect(rankGiven(prompt, answer)).toBe(expected));
});

describe('stop 47: a headline that tells a figure in another unit or rounded', () => {
	it.each([
		// Wikinews dev review: "one week" in the headline, "seven days" the key; "2.4 million" over "2.435 million".
		[
			'Kell police have one week to question suspect',
			'seven days',
			['nine days', 'four days', 'five days'],
			true
		],
		[
			'Jobless in Kell climbs to 2.4 million',
			'2.435 million',
			['1.948 million', '1.461 million', '2.922 million'],
			true
		],
		['Kell deal takes two years', '24 months', ['18 months', '30 months', '12 months'], true],
		// A wrong choice as near as the key, another unit's figure, or a year: the headline tells nothing.
		[
			'Jobless in Kell climbs to 2.4 million',
			'2.435 million',
			['2.365 million', '1.461 million', '2.922 million'],
			false
		],
		[
			'Kell police have one week to question suspect',
			'36 hours',
			['48 hours', '24 hours', '12 hours'],
			false
		],
		['Kell wins 2008 vote', '2,008', ['1,506', '2,510', '3,012'], false],
		// A model's number is a name's part: "first 787 Dreamliner" tells nothing of 800 orders.
		['Kellair rolls out first 787 Dreamliner', '800', ['600', '400', '1,000'], false],
		['Four Kellair 737’s grounded', '740', ['600', '400', '1,000'], false],
		['70,000 Kell Motors workers strike', '73,000', ['58,000', '44,000', '102,000'], true],
		// Typed: only the same figure written another way tells it; a rounded one is graded wrong.
		['Kell police have one week to question suspect', 'seven days', undefined, true],
		['Jobless in Kell climbs to 2.4 million', '2.435 million', undefined, false],
		// craft56a: a scale's letter joined to the digits.
		["Kell broker arrested in $50B 'giant Ponzi scheme'", '$50 billion', ['$60 billion'], true],
		['Kell fund loses $4m', '$4 million', undefined, true],
		["Kell broker arrested in $50B 'giant Ponzi scheme'", '$20 billion', ['$50 billion'], false]
	] as [string, string, string[] | undefined, boolean][])('%s (%s)', (title, answer, wrong, expected) =>
		expect(headlineTells(title, answer, wrong)).toBe(expected)
	);
});

describe('craft56a: a whole the sentence splits into some and “the other” ones', () => {
	it.each<[string, string, boolean]>([
		['This makes 14 of the _____ provisions permanent and extends the other two.', '16', true],
		['This makes _____ of the 16 provisions permanent and extends the other two.', '14', true],
		['This makes 14 of the 16 provisions permanent and extends the other _____.', 'two', true],
		['One of Lynn’s _____ representatives resigned; the other representative stayed.', 'two', true],
		['One of the _____ pilots died and the other one was hurt.', 'two', true],
		['This makes 14 of the _____ provisions permanent and extends the other two.', '18', false],
		['One of the _____ states voted no, unlike the other states.', 'four', false],
		['One of the _____ pilots died; the other crew were hurt.', 'two', false],
		['The other two left after 14 of the _____ days.', '16', false]
	])('%s (%s)', (prompt, answer, expected) => expect(otherPartGiven(prompt, answer)).toBe(expected));
});

describe('craft75: an order the sentence states between its blank and a figure it shows', () => {
	it.each([
		[
			'The board voted to cut the fare from $4.20 to the _____ weekend fare.',
			'$3.10',
			['$5.40', '$4.80', '$6.20']
		],
		['The Greens came third with _____ seats, behind Labour’s 18.', '11', ['21', '24', '30']],
		['Ticket sales rose from 120 to _____ a night.', '150', ['90', '100', '60']],
		['Unemployment fell to _____, down from 9.7%.', '9.1%', ['10.2%', '11%', '12%']],
		[
			'The herd grew, with the 226 counted that year rising to over 500 in 1997 and _____ last year.',
			'670',
			['130', '250', '200']
		]
	])('"%s" gives %s away among choices on the other side', (prompt, key, wrong) => {
		expect(orderRulesOut(prompt, key, [key, ...wrong])).toBe(true);
	});

	it.each([
		[
			'The bill was defeated by a vote of 150 to _____, with both parties against it.',
			'134',
			['161', '235', '194']
		],
		['In a _____ to 133 vote on Tuesday night, the house passed the bill.', '158', ['95', '126', '190']],
		['The council voted 26 to _____ to close the depot.', '3', ['30', '41', '12']]
	])('lead75: a vote tally "%s" puts the winning side first', (prompt, key, wrong) => {
		expect(orderRulesOut(prompt, key, [key, ...wrong])).toBe(true);
		expect(orderRulesOut(prompt.replace(/\bvot\w+/, 'count'), key, [key, ...wrong])).toBe(false);
	});

	it('keeps a question whose wrong choices keep the order, or whose sentence states none', () => {
		expect(
			orderRulesOut('Ticket sales rose from 120 to _____ a night.', '150', ['150', '130', '180', '100'])
		).toBe(false);
		expect(
			orderRulesOut('The Greens came third with _____ seats, behind Labour’s 18.', '11', [
				'11',
				'8',
				'14',
				'30'
			])
		).toBe(false);
		expect(orderRulesOut('The town has 40 parks and _____ schools.', '12', ['12', '50', '60', '70'])).toBe(
			false
		);
		// A year is no figure to compare a count with.
		expect(orderRulesOut('Seats fell from 2004 to _____.', '12', ['12', '2100', '2200', '2300'])).toBe(false);
	});
});

describe('craft76: a share or a rank the sentence counts out', () => {
	it.each([
		// A percentage "of" a whole the sentence shows makes the part, and the part and whole the percentage.
		['The plant would shed about _____, or 8% of its work force of 12,500 people.', '1,000', true],
		['The plant would shed about 1,000, or _____ of its work force of 12,500 people.', '8%', true],
		['The plant would shed about 1,000, or _____ of its work force of 12,500 people.', '20%', false],
		['The plant would shed _____ jobs, 8 percent more than the 12,500 it cut last year.', '1,000', false]
	])('%s (%s)', (prompt, answer, expected) => expect(fractionGiven(prompt, answer)).toBe(expected));

	it.each([
		// The names ranked above a superlative's or a placing's blank count it out, "only" or not.
		['Ruritania has the _____ largest reserve of tin in the region after Elbonia.', 'second', true],
		[
			'Voters called it the _____ most pressing issue, behind jobs and housing, though few named one.',
			'third',
			true
		],
		['Kell finished _____ behind Ash and Roe in the final.', 'third', true],
		['The museum is the city’s _____ attraction after the old harbour.', 'second-busiest', true],
		// A time after the blank, no superlative, or names that do not make the key.
		['It was the _____ largest town, which was founded after the war.', 'second', false],
		['The union held its _____ strike after the vote.', 'second', false],
		['Kell finished _____ behind Ash and Roe in the final.', 'fifth', false]
	])('%s (%s)', (prompt, answer, expected) => expect(rankGiven(prompt, answer)).toBe(expected));
});
