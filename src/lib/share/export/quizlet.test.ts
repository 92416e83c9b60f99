import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';
import { QUESTIONS, XSS } from '../test-fixtures';
import { quizletCards, toQuizlet } from './quizlet';

const bank = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as {
	questions: Question[];
};

/** What a student sees as the same card: case, quotation marks and end punctuation aside. */
const sameCard = (text: string) =>
	text
		.toLowerCase()
		.replace(/[“”"‘’']/g, '')
		.replace(/[\s.?!]+$/, '');

/**
 * A term that points at its choices ("Which of these…", "the following") cannot be answered on a card that has
 * none, unless it carries them.
 */
function dependsOnMissingChoices(term: string, questions: readonly Question[]): boolean {
	if (!/\b(these|following|below|above)\b/i.test(term)) return false;
	const question = questions.find((q) => term.startsWith(q.prompt));
	const choices = question ? choicesOf(question) : undefined;
	return !choices || !choices.every((choice) => term.includes(choice));
}

describe('Quizlet', () => {
	it('issue 12: the shipped deck gives unique terms, each answerable without choices', () => {
		const cards = toQuizlet(bank.questions)
			.trimEnd()
			.split('\n')
			.map((line) => ({ term: line.split('\t')[0]!, definition: line.split('\t')[1]! }));
		const terms = cards.map((card) => sameCard(card.term));
		expect(new Set(terms).size).toBe(terms.length);
		for (const card of cards)
			expect(dependsOnMissingChoices(card.term, bank.questions), card.term).toBe(false);
		// The old export wrote "Which of these did Alexander Gabuev say?" once per quote he said.
		expect(cards.some((card) => /^Which of these did/.test(card.term))).toBe(false);
		// A quote asked "Who said this? “…”" with choices is a card of the quote and its speaker.
		const whoSaid = bank.questions.find((q) => q.type === 'who-said')!;
		const quote = sameCard(/“.+”/.exec(whoSaid.prompt)![0]).replace(/\s*…”?$/, '');
		const card = cards.find((c) => sameCard(c.term).startsWith(quote.slice(0, 30)));
		expect(card?.definition).toContain(whoSaid.answer);
	});

	it('asks a quote by itself, keeping the fullest definition of who said it', () => {
		const quote = '“It is a marriage of convenience.”';
		const questions = [
			QUESTIONS[1]!, // what-said: Gabuev said it
			{ ...QUESTIONS[9]!, prompt: `Who said ${quote}?` }, // flashcard with his role
			QUESTIONS[8]! // matching, one pair of which is the same quote
		] as Question[];
		const cards = quizletCards(questions);
		const asked = cards.filter((c) => sameCard(c.term) === sameCard(quote));
		expect(asked).toEqual([{ term: quote, definition: QUESTIONS[9]!.answer }]);
		expect(cards.map((c) => c.term)).toContain('“We condemn the visit”');
	});

	it('treats a quote shortened at two lengths as one card, keeping the fuller quote', () => {
		const long = '“China won’t be dictated to, that the West is trying to say …”';
		const short = '“China won’t be dictated to …”';
		const questions = [
			{ ...QUESTIONS[0]!, prompt: `Who said this? ${long}`, answer: 'Alexander Gabuev' },
			{
				...QUESTIONS[1]!,
				prompt: 'Which of these did Alexander Gabuev say?',
				answer: short,
				choices: [short, 'x']
			},
			{ ...QUESTIONS[2]!, prompt: 'Complete the quote: “China won’t be _____ to …”', answer: 'dictated' }
		] as Question[];
		expect(quizletCards(questions)).toEqual([
			{ term: long, definition: 'Alexander Gabuev' },
			{ term: 'Complete the quote: “China won’t be _____ to …”', definition: 'dictated' }
		]);
	});

	it('gives a prompt that points at its choices the choices, and asks a fact once', () => {
		const a = { ...QUESTIONS[4]!, id: 'a', prompt: 'Which of these did Japan pledge?' };
		const b = { ...QUESTIONS[6]!, id: 'b', prompt: 'Which of these did Japan pledge?' };
		const cards = quizletCards([a, b, QUESTIONS[5]!] as Question[]);
		expect(cards).toEqual([
			{
				term: 'Which of these did Japan pledge? ($470 million / $235 million / $940 million / $705 million)',
				definition: '$470 million'
			},
			{ term: 'Which of these did Japan pledge? (Monday / Tuesday / Wednesday)', definition: 'Monday' }
		]);
		// The typed figure asks the same fact as the first: one card.
		expect(cards.some((card) => card.term === QUESTIONS[5]!.prompt)).toBe(false);
	});

	it('writes term TAB definition, one card per line, with the fixtures’ terms unique', () => {
		const lines = toQuizlet(QUESTIONS).trimEnd().split('\n');
		for (const line of lines) expect(line.split('\t')).toHaveLength(2);
		expect(lines[0]).toBe('Who said the partnership had “no limits”?\tVladimir V. Putin');
		const terms = lines.map((line) => sameCard(line.split('\t')[0]!));
		expect(new Set(terms).size).toBe(terms.length);
	});

	it('flattens tabs and line breaks inside text, and keeps HTML as text', () => {
		const card = { ...QUESTIONS[2]!, prompt: 'a\tb\r\nc', answer: `${XSS[0]}\nd` };
		expect(toQuizlet([card])).toBe(`a b c\t${XSS[0]} d\n`);
	});
});
