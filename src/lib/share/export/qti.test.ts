import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';
import { QUESTIONS } from '../test-fixtures';
import { qtiZip } from './packages';
import {
	all,
	manifestProblems,
	parseXml,
	qti12Problems,
	qti21Problems,
	readZip,
	xmllintProblems
} from './package-checks';
import { toCanvasQti } from './qti12';
import { toQti21 } from './qti21';
import { HOSTILE, hostileQuestionSets } from './test-corpus';
import { dropForbidden } from './xml';

const bank = JSON.parse(readFileSync('questions/banks/xi-putin-moscow-2023.json', 'utf8')) as {
	title: string;
	questions: Question[];
};

const samples = [
	{ name: 'every question type', title: 'Putin & Xi: “no limits”', questions: QUESTIONS },
	{ name: 'the shipped deck', title: bank.title, questions: bank.questions },
	...hostileQuestionSets().map(({ text, questions }) => ({ name: `hostile ${text}`, title: text, questions }))
];

describe.each(['canvas-qti', 'qti21'] as const)('%s package', (format) => {
	const problemsOf = format === 'canvas-qti' ? qti12Problems : qti21Problems;

	it.each(samples)('is a well-formed, self-consistent package: $name', ({ title, questions }) => {
		const files = readZip(qtiZip(format, questions, title).bytes);
		expect(Object.keys(files)[0]).toBe('imsmanifest.xml');
		expect(xmllintProblems(files)).toEqual([]);
		for (const [path, text] of Object.entries(files)) expect(() => parseXml(text, path)).not.toThrow();
		expect(manifestProblems(files)).toEqual([]);
		expect(problemsOf(files)).toEqual([]);
	});

	it('the checks catch a package that lost a file or a choice', () => {
		const files = readZip(qtiZip(format, QUESTIONS, 'T').bytes);
		const dropped = Object.keys(files).at(-1)!;
		const { [dropped]: _gone, ...missing } = files;
		expect(manifestProblems(missing)).toContain(`listed but not in the zip: ${dropped}`);
		const broken = Object.fromEntries(
			Object.entries(files).map(([path, text]) => [
				path,
				text.replace(/(<varequal respident="response1">|<correctResponse>\s*<value>)[^<]+/, '$1renamed')
			])
		);
		expect(problemsOf(broken).join('\n')).toMatch(/not (one of its choices|a choice)/);
	});

	it('gives the same bytes for the same questions, so a re-import updates rather than duplicates', () => {
		expect(qtiZip(format, QUESTIONS, 'T').bytes).toEqual(qtiZip(format, QUESTIONS, 'T').bytes);
		const first = readZip(qtiZip(format, QUESTIONS, 'T').bytes)['imsmanifest.xml'];
		const other = readZip(qtiZip(format, QUESTIONS.slice(1), 'T').bytes)['imsmanifest.xml'];
		const id = (xml: string) => parseXml(xml).documentElement!.getAttribute('identifier');
		expect(id(first!)).not.toBe(id(other!));
	});
});

/** The text of every element called `tag`, as an XML parser reads it. */
const texts = (xml: string, tag: string) => all(parseXml(xml), tag).map((element) => element.textContent);

describe('Canvas QTI 1.2', () => {
	const { files, notes } = toCanvasQti(QUESTIONS, 'Putin and Xi');
	const assessment = Object.entries(files).find(([path]) => /\/byline-[^/]+\.xml$/.test(path))![1];
	const doc = parseXml(assessment);

	it('makes each Byline type the closest Canvas question type', () => {
		const types = all(doc, 'item').map((item) => all(item, 'fieldentry')[0]!.textContent);
		expect(types).toEqual([
			'multiple_choice_question', // who-said
			'multiple_choice_question', // what-said
			'short_answer_question', // typed cloze
			'true_false_question',
			'multiple_choice_question', // figure-choice
			'numerical_question', // figure-typed
			'multiple_choice_question', // date-choice
			'short_answer_question', // date-typed, its accepted wordings
			'matching_question',
			'essay_question' // flashcard
		]);
	});

	it('keeps choices in Byline’s order and scores the right one', () => {
		const first = all(doc, 'item')[0]!;
		const labels = all(first, 'response_label');
		expect(labels.map((label) => label.textContent?.trim())).toEqual(choicesOf(QUESTIONS[0]!));
		const right = labels.find((label) => label.textContent?.trim() === 'Vladimir V. Putin')!;
		const scored = all(first, 'respcondition').find((c) => all(c, 'setvar').length)!;
		expect(all(scored, 'varequal')[0]!.textContent).toBe(right.getAttribute('ident'));
	});

	it('accepts every wording Byline accepts for a typed answer, and scores each matching pair', () => {
		const typed: Question = { ...QUESTIONS[7]!, alternatives: ['last year'] } as Question;
		const one = parseXml(Object.values(toCanvasQti([typed], 'T').files)[1]!);
		expect(all(one, 'varequal').map((v) => v.textContent)).toEqual(['2022', 'last year']);
		const matching = all(doc, 'item')[8]!;
		expect(all(matching, 'response_lid')).toHaveLength(3);
		expect(all(matching, 'setvar').map((s) => s.textContent)).toEqual(['33.33', '33.33', '33.33']);
	});

	it('shows the explanation after answering, and a card’s answer with it', () => {
		const feedback = texts(assessment, 'flow_mat').map((text) => text?.trim());
		expect(feedback.at(-1)).toBe(`${QUESTIONS[9]!.answer}\n\n${QUESTIONS[9]!.explanation}`);
		expect(feedback[0]).toBe(QUESTIONS[0]!.explanation);
	});

	it('tells the teacher what Canvas grades differently', () => {
		expect(notes.map((note) => [note.number, note.kind])).toEqual([
			[6, 'changed'], // a number: digits only
			[8, 'changed'], // a date: only the wordings listed
			[10, 'changed'] // a flashcard: an essay the teacher grades
		]);
		expect(notes[0]!.reason).toContain('470000000');
	});
});

describe('QTI 2.1', () => {
	const { files, notes } = toQti21(QUESTIONS, 'Putin and Xi');
	const items = Object.entries(files)
		.filter(([path]) => path.startsWith('items/'))
		.map(([, text]) => parseXml(text).documentElement!);

	it('makes each Byline type the closest QTI interaction, scored by a standard template', () => {
		const kind = (item: (typeof items)[number]) => {
			const interaction = Array.from(item.getElementsByTagName('*')).find((e) =>
				e.localName?.endsWith('Interaction')
			)!;
			const template = all(item, 'responseProcessing')[0]?.getAttribute('template')?.split('/').at(-1);
			return `${interaction.localName} ${template ?? 'none'}`;
		};
		expect(items.map(kind)).toEqual([
			'choiceInteraction match_correct',
			'choiceInteraction match_correct',
			'textEntryInteraction map_response',
			'choiceInteraction match_correct',
			'choiceInteraction match_correct',
			'textEntryInteraction match_correct',
			'choiceInteraction match_correct',
			'textEntryInteraction map_response',
			'matchInteraction match_correct',
			'extendedTextInteraction none'
		]);
	});

	it('maps typed answers whatever their case, and keeps a card’s answer for the grader only', () => {
		const cloze = items[2]!;
		expect(
			all(cloze, 'mapEntry').map((e) => [e.getAttribute('mapKey'), e.getAttribute('caseSensitive')])
		).toEqual([['deepen', 'false']]);
		const card = items[9]!;
		const rubric = all(card, 'rubricBlock').find((r) => r.getAttribute('view') === 'scorer')!;
		expect(rubric.textContent?.trim()).toBe(QUESTIONS[9]!.answer);
	});

	it('tells the teacher what is graded differently', () => {
		expect(notes.map((note) => note.number)).toEqual([6, 8, 10]);
	});
});

describe('hostile text', () => {
	it.each(HOSTILE)('stays text in both packages: %s', (text) => {
		const questions = hostileQuestionSets().find((set) => set.text === text)!.questions;
		const expected = dropForbidden(`${text} ${QUESTIONS[0]!.prompt}`);
		const canvas = toCanvasQti(questions, text).files;
		const assessment = Object.entries(canvas).find(([path]) => /\/byline-[^/]+\.xml$/.test(path))![1];
		expect(texts(assessment, 'mattext')).toContain(expected);
		expect(all(parseXml(assessment), 'assessment')[0]!.getAttribute('title')).toBe(dropForbidden(text));
		const qti = toQti21(questions, text).files;
		expect(texts(qti['items/q001.xml']!, 'prompt')).toEqual([expected]);
		expect(texts(qti['items/q002.xml']!, 'simpleChoice')).toContain(dropForbidden(`${text} 0`));
		for (const xml of [...Object.values(canvas), ...Object.values(qti)])
			expect(all(parseXml(xml), 'script')).toEqual([]);
	});
});
