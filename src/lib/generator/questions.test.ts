import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givesAway, type ChoiceQuestion, type ClozeQuestion } from './bank';
import { generateBank } from './generate';
import { parseFigure } from './numbers';
import { asInnerQuotes, displayQuote, shorten } from './questions';

const text = readFileSync(
	new URL('../../../questions/articles/xi-putin-moscow-2023.txt', import.meta.url),
	'utf8'
);
const bank = generateBank({ text, date: '2023-03-21', authors: ['Valerie Hopkins', 'Chris Buckley'] });

describe('questions', () => {
	it('makes every question type from the first article', () => {
		const types = new Set(bank.questions.map((q) => q.type));
		for (const t of [
			'who-said',
			'what-said',
			'cloze',
			'true-false',
			'figure-choice',
			'figure-typed',
			'date-choice',
			'date-typed',
			'matching',
			'flashcard'
		])
			expect(types).toContain(t);
	});

	it('offers four distinct speakers from the article and never a reporter', () => {
		const reporters =
			/hopkins|buckley|dooley|masuike|tabuchi|troyanovsky|nechepurenko|victoria|patil|ismay|baker/i;
		for (const q of bank.questions.filter((x): x is ChoiceQuestion => x.type === 'who-said')) {
			expect(q.choices).toHaveLength(4);
			expect(new Set(q.choices).size).toBe(4);
			for (const c of q.choices ?? []) expect(c).not.toMatch(reporters);
		}
		expect(JSON.stringify(bank.people)).not.toMatch(reporters);
	});

	it('never gives the answer away or offers it twice', () => {
		for (const q of bank.questions) {
			if ('choices' in q && q.choices)
				expect(new Set(q.choices.map((c) => c.toLowerCase())).size).toBe(q.choices.length);
			if (!['true-false', 'flashcard', 'matching'].includes(q.type))
				expect(givesAway(q.prompt, q.answer)).toBe(false);
		}
	});

	it('issue 3: a matching explanation gives each speaker their own sentence', () => {
		const matching = bank.questions.filter((q) => q.type === 'matching');
		expect(matching.length).toBeGreaterThan(0);
		for (const q of matching) {
			const speakers = q.pairs?.length ?? 0;
			expect(q.explanation.split(/” ?\. /).length).toBe(speakers);
		}
	});

	it('asks who-said only about high-confidence quotes by named people', () => {
		const facts = new Map(bank.facts.map((f) => [f.id, f]));
		for (const q of bank.questions.filter((x) => x.type === 'who-said')) {
			const f = facts.get(q.factId);
			expect(f?.kind === 'quote' && f.confidence).toBe('high');
		}
	});

	it('keeps ids when an unrelated paragraph changes, and is byte-identical for the same seed', () => {
		const edited = text.replace(
			'This year, the statement was more measured.',
			'This year, the statement was, by all accounts, more measured.'
		);
		const other = generateBank({
			text: edited,
			date: '2023-03-21',
			authors: ['Valerie Hopkins', 'Chris Buckley']
		});
		const ids = new Set(other.questions.map((q) => q.id));
		const kept = bank.questions.filter((q) => ids.has(q.id)).length;
		expect(kept / bank.questions.length).toBeGreaterThan(0.9);
		const again = generateBank({ text, date: '2023-03-21', authors: ['Valerie Hopkins', 'Chris Buckley'] });
		expect(JSON.stringify(again)).toBe(JSON.stringify(bank));
		const reseeded = generateBank({ text, date: '2023-03-21', seed: 7 });
		expect(reseeded.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
	});

	it('cuts long quotes at a word boundary', () => {
		const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
		expect(shorten(long, 10)).toMatch(/^word0 .* word9 …$/);
	});

	it('ends every quote of a choice set alike, so no choice stands out by its punctuation', () => {
		expect(displayQuote('an aggression that shakes the foundations of the international order.')).toBe(
			'an aggression that shakes the foundations of the international order'
		);
		expect(displayQuote('relax; we are with you,’')).toBe('relax; we are with you’');
		expect(displayQuote('Six minutes, when there were no injuries?')).toBe(
			'Six minutes, when there were no injuries?'
		);
		for (const q of bank.questions.filter(
			(x): x is ChoiceQuestion => x.type === 'what-said' || x.type === 'who-said'
		))
			for (const c of [q.prompt, ...(q.choices ?? [])]) expect(c).not.toMatch(/[.,;:]’?”/);
	});

	it('marks the second half of a quote split around "she said" as a fragment', () => {
		expect(displayQuote('and full prices leave no room for mistakes.')).toBe(
			'… and full prices leave no room for mistakes'
		);
		expect(displayQuote('andante is a tempo,')).toBe('andante is a tempo');
	});

	it('shows a date value the way a reader says it', () => {
		const lastMonth = bank.questions.find((q) => q.type === 'flashcard' && q.answer.startsWith('last month'));
		expect(lastMonth?.answer).toBe('last month (February 2023)');
		for (const q of bank.questions) expect(q.explanation).not.toMatch(/\(\d{4}-\d\d/);
	});

	it('nests the quotes of a sentence shown inside quotation marks', () => {
		expect(asInnerQuotes('"Six minutes?" he said.')).toBe('‘Six minutes?’ he said.');
		expect(asInnerQuotes('He said “no” twice.')).toBe('He said ‘no’ twice.');
	});

	it('offers cloze words that fit the blank: a modifier for a modifier, never a number word', () => {
		const cloze = bank.questions.find(
			(q): q is ClozeQuestion => q.type === 'cloze' && q.answer === 'constructive'
		);
		expect(cloze?.choices).toBeDefined();
		for (const c of cloze!.choices!) expect(c).toMatch(/(?:ive|al|ous|ic|ary|ful|less|able|ible)$/);
		for (const q of bank.questions.filter((x): x is ClozeQuestion => x.type === 'cloze'))
			for (const c of q.choices ?? []) expect(c).not.toMatch(/^(?:one|two|three|four|five|ten)$/);
	});

	it('asks nothing about a figure or date whose sentence is too short to place it', () => {
		const short = generateBank({
			text: 'Rovers Win\n\nNobody is laughing tonight. The club won its first cup final on Sunday in front of a record crowd.',
			date: '2025-05-18'
		});
		expect(short.questions.some((q) => q.prompt.includes('Nobody is laughing'))).toBe(false);
		// issue 9: the blank covers just the date; "on" stays in the sentence.
		expect(short.questions.some((q) => q.answer === 'Sunday' && q.prompt.includes('on _____'))).toBe(true);
	});
});

describe('issue 9: the right choice stands in no particular place', () => {
	const folder = (name: string) => new URL(`../../../questions/${name}/`, import.meta.url);
	const articles = ['articles', 'test-articles', 'real'].flatMap((name) =>
		readdirSync(folder(name))
			.filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt'))
			.map((f) => ({
				text: readFileSync(new URL(f, folder(name)), 'utf8'),
				date: (
					JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.json'), folder(name)), 'utf8')) as {
						date?: string;
					}
				).date
			}))
	);
	/** Pearson's chi-square against four equal cells; 16.27 is its 0.1% critical value with 3 degrees of freedom. */
	const chiSquare = (counts: number[]) => {
		const expected = counts.reduce((a, b) => a + b, 0) / counts.length;
		return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
	};

	// Made once for both tests: two seeds over every article of the project.
	const banks = [1, 2].map((seed) => articles.map(({ text, date }) => generateBank({ text, date, seed })));

	it('puts the key in each of the four places about as often, whatever the seed', () => {
		const positions = [0, 0, 0, 0];
		for (const q of banks.flat().flatMap((b) => b.questions))
			if ('choices' in q && q.choices?.length === 4) positions[q.choices.indexOf(q.answer)]!++;
		expect(positions.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
		expect(chiSquare(positions)).toBeLessThan(16.27);
	});

	it('ranks a number key smallest, largest or in between about as often', () => {
		const ranks = [0, 0, 0, 0];
		for (const q of banks[0]!.flatMap((b) => b.questions)) {
			if (q.type !== 'figure-choice') continue;
			const values = q.choices.map((c) => parseFigure(c)?.value ?? NaN);
			if (values.some((v) => Number.isNaN(v))) continue;
			const key = parseFigure(q.answer)!.value;
			ranks[values.filter((v) => v < key).length]!++;
		}
		expect(ranks.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
		expect(chiSquare(ranks)).toBeLessThan(16.27);
	});
});
