import type { Question } from '$lib/generator/bank';
import { packageId } from './ids';
import { gradingNotes } from './notes';
import type { QtiPackage } from './qti12';
import { exportShape, optionsOf, type ExportShape } from './shape';
import { el, xmlDocument, type XmlElement } from './xml';

/**
 * A QTI 2.1 content package (IMS Content Packaging 1.2 manifest, one assessmentItem per question and an
 * assessmentTest that lists them), as Blackboard Learn, D2L Brightspace and Moodle's QTI 2 import plugin read it.
 * Every scored item uses one of QTI's standard response processing templates, so any QTI 2.1 player can score it
 * without running custom rules: match_correct where Byline wants exactly the right answer, map_response for typed
 * answers, where each accepted wording maps to full marks whatever its case.
 */

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';

const rootAttrs = (identifier: string, title: string) => ({
	xmlns: QTI_NS,
	'xmlns:xsi': XSI,
	'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
	identifier,
	title
});

const score = () =>
	el(
		'outcomeDeclaration',
		{ identifier: 'SCORE', cardinality: 'single', baseType: 'float' },
		el('defaultValue', {}, el('value', {}, '0'))
	);

const correct = (...values: string[]) =>
	el('correctResponse', {}, ...values.map((value) => el('value', {}, value)));

const template = (name: 'match_correct' | 'map_response') =>
	el('responseProcessing', { template: `${TEMPLATES}/${name}` });

interface ItemParts {
	declaration: XmlElement;
	body: XmlElement[];
	processing?: XmlElement;
}

function itemParts(question: Question, shape: ExportShape): ItemParts {
	const prompt = question.prompt;
	const promptEl = el('prompt', {}, prompt);
	switch (shape.kind) {
		case 'truefalse':
		case 'multichoice': {
			const choices = optionsOf(question, shape);
			const id = (i: number) => `choice${i + 1}`;
			return {
				declaration: el(
					'responseDeclaration',
					{ identifier: 'RESPONSE', cardinality: 'single', baseType: 'identifier' },
					correct(id(choices.findIndex((choice) => choice.right)))
				),
				body: [
					el(
						'choiceInteraction',
						{ responseIdentifier: 'RESPONSE', shuffle: shape.kind === 'multichoice', maxChoices: 1 },
						promptEl,
						...choices.map((choice, i) => el('simpleChoice', { identifier: id(i) }, choice.text))
					)
				],
				processing: template('match_correct')
			};
		}
		case 'shortanswer':
			return {
				declaration: el(
					'responseDeclaration',
					{ identifier: 'RESPONSE', cardinality: 'single', baseType: 'string' },
					correct(shape.answers[0]!),
					el(
						'mapping',
						{ defaultValue: 0, upperBound: 1 },
						...shape.answers.map((answer) =>
							el('mapEntry', { mapKey: answer, mappedValue: 1, caseSensitive: false })
						)
					)
				),
				body: [el('p', {}, prompt), el('p', {}, typedBox(shape.answers))],
				processing: template('map_response')
			};
		case 'numerical':
			return {
				declaration: el(
					'responseDeclaration',
					{ identifier: 'RESPONSE', cardinality: 'single', baseType: 'float' },
					correct(String(shape.value))
				),
				body: [el('p', {}, prompt), el('p', {}, typedBox([String(shape.value)]))],
				processing: template('match_correct')
			};
		case 'matching': {
			const rights = [...new Set(shape.pairs.map((pair) => pair.right))];
			const leftId = (i: number) => `left${i + 1}`;
			const rightId = (right: string) => `right${rights.indexOf(right) + 1}`;
			return {
				declaration: el(
					'responseDeclaration',
					{ identifier: 'RESPONSE', cardinality: 'multiple', baseType: 'directedPair' },
					correct(...shape.pairs.map((pair, i) => `${leftId(i)} ${rightId(pair.right)}`))
				),
				body: [
					el(
						'matchInteraction',
						{ responseIdentifier: 'RESPONSE', shuffle: true, maxAssociations: shape.pairs.length },
						promptEl,
						el(
							'simpleMatchSet',
							{},
							...shape.pairs.map((pair, i) =>
								el('simpleAssociableChoice', { identifier: leftId(i), matchMax: 1 }, pair.left)
							)
						),
						el(
							'simpleMatchSet',
							{},
							...rights.map((right) =>
								el('simpleAssociableChoice', { identifier: rightId(right), matchMax: 1 }, right)
							)
						)
					)
				],
				// All pairs right, as Byline grades matching.
				processing: template('match_correct')
			};
		}
		case 'card':
			return {
				declaration: el('responseDeclaration', {
					identifier: 'RESPONSE',
					cardinality: 'single',
					baseType: 'string'
				}),
				body: [
					el('extendedTextInteraction', { responseIdentifier: 'RESPONSE', expectedLines: 3 }, promptEl),
					// Shown to whoever grades it, never to the student.
					el('rubricBlock', { view: 'scorer' }, el('p', {}, shape.answer))
				]
			};
	}
}

/** Wide enough for the longest accepted answer, so the box does not hint at it by its size. */
function typedBox(answers: string[]): XmlElement {
	const longest = Math.max(...answers.map((answer) => answer.length));
	return el('textEntryInteraction', {
		responseIdentifier: 'RESPONSE',
		expectedLength: Math.max(20, longest)
	});
}

function itemXml(question: Question, identifier: string, title: string): string {
	const shape = exportShape(question);
	const parts = itemParts(question, shape);
	const explanation = question.explanation.trim();
	return xmlDocument(
		el(
			'assessmentItem',
			{ ...rootAttrs(identifier, title), adaptive: false, timeDependent: false },
			parts.declaration,
			score(),
			el(
				'itemBody',
				{},
				...parts.body,
				explanation ? el('rubricBlock', { view: 'scorer tutor' }, el('p', {}, explanation)) : undefined
			),
			parts.processing
		)
	);
}

export function toQti21(questions: readonly Question[], title: string): QtiPackage {
	const id = packageId(questions, title);
	const items = questions.map((question, i) => ({
		question,
		identifier: `${id}-q${i + 1}`,
		href: `items/q${String(i + 1).padStart(3, '0')}.xml`,
		title: `${title} ${i + 1}`
	}));
	const testHref = 'assessment.xml';
	const test = el(
		'assessmentTest',
		rootAttrs(`${id}-test`, title),
		el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }),
		el(
			'testPart',
			{ identifier: 'part1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' },
			el(
				'assessmentSection',
				{ identifier: 'section1', title, visible: true },
				...items.map((item) => el('assessmentItemRef', { identifier: item.identifier, href: item.href }))
			)
		),
		el(
			'outcomeProcessing',
			{},
			el(
				'setOutcomeValue',
				{ identifier: 'SCORE' },
				el('sum', {}, el('testVariables', { variableIdentifier: 'SCORE' }))
			)
		)
	);
	const manifest = el(
		'manifest',
		{
			xmlns: CP_NS,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p2.xsd`,
			identifier: `${id}-manifest`
		},
		el('metadata', {}, el('schema', {}, 'QTIv2.1 Package'), el('schemaversion', {}, '1.0.0')),
		el('organizations'),
		el(
			'resources',
			{},
			el(
				'resource',
				{ identifier: `${id}-test`, type: 'imsqti_test_xmlv2p1', href: testHref },
				el('file', { href: testHref }),
				...items.map((item) => el('dependency', { identifierref: item.identifier }))
			),
			...items.map((item) =>
				el(
					'resource',
					{ identifier: item.identifier, type: 'imsqti_item_xmlv2p1', href: item.href },
					el('file', { href: item.href })
				)
			)
		)
	);
	const files: Record<string, string> = {
		'imsmanifest.xml': xmlDocument(manifest),
		[testHref]: xmlDocument(test)
	};
	for (const item of items) files[item.href] = itemXml(item.question, item.identifier, item.title);
	const notes = gradingNotes(
		questions,
		'The LMS',
		'Not scored automatically: you grade it (the answer is in the notes for the grader).'
	);
	return { files, notes };
}
