import type { Question } from '$lib/generator/bank';
import { packageId } from './ids';
import { gradingNotes, type ExportNote } from './notes';
import { exportShape, optionsOf, type ExportShape } from './shape';
import { el, xmlDocument, type XmlElement } from './xml';

/**
 * A QTI 1.2 quiz package as Canvas imports it (Settings → Import course content → QTI .zip file): an IMS content
 * package manifest, the assessment, and Canvas's own assessment_meta.xml beside it, which Canvas reads for the
 * quiz's title and settings when it sits at `<assessment ident>/assessment_meta.xml`. Each item carries Canvas's
 * `question_type` so Canvas makes the same kind of question; other QTI 1.2 readers go by the standard elements.
 * Text is `text/plain` throughout: Canvas and the spec read it as text, so nothing in a quote becomes markup.
 */

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CANVAS_NS = 'http://canvas.instructure.com/xsd/cccv1p0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface QtiPackage {
	/** Path → text, the manifest first. */
	files: Record<string, string>;
	notes: ExportNote[];
}

const field = (label: string, entry: string | number) =>
	el('qtimetadatafield', {}, el('fieldlabel', {}, label), el('fieldentry', {}, String(entry)));

const plain = (text: string) => el('material', {}, el('mattext', { texttype: 'text/plain' }, text));

/** Canvas's question type for each shape. */
const CANVAS_TYPE: Record<ExportShape['kind'], string> = {
	multichoice: 'multiple_choice_question',
	truefalse: 'true_false_question',
	shortanswer: 'short_answer_question',
	numerical: 'numerical_question',
	matching: 'matching_question',
	card: 'essay_question'
};

interface ItemParts {
	answerIds: string[];
	/** What the student answers with. */
	response: XmlElement[];
	/** The scoring rules, after the general-feedback rule. */
	scoring: XmlElement[];
}

/** A scoring rule. `last`: no rule after it is tried once it matches (each matching pair needs the next tried). */
function score(condition: XmlElement, action: 'Set' | 'Add', value: string, last = true): XmlElement {
	return el(
		'respcondition',
		{ continue: last ? 'No' : 'Yes' },
		el('conditionvar', {}, condition),
		el('setvar', { action, varname: 'SCORE' }, value)
	);
}

function itemParts(question: Question, shape: ExportShape, itemId: string): ItemParts {
	switch (shape.kind) {
		case 'truefalse':
		case 'multichoice': {
			const choices = optionsOf(question, shape);
			const ids = choices.map((_, i) => `${itemId}-c${i + 1}`);
			const right = ids[choices.findIndex((choice) => choice.right)]!;
			return {
				answerIds: ids,
				response: [
					el(
						'response_lid',
						{ ident: 'response1', rcardinality: 'Single' },
						el(
							'render_choice',
							{ shuffle: shape.kind === 'multichoice' ? 'Yes' : 'No' },
							...choices.map((choice, i) => el('response_label', { ident: ids[i] }, plain(choice.text)))
						)
					)
				],
				scoring: [score(el('varequal', { respident: 'response1' }, right), 'Set', '100')]
			};
		}
		case 'shortanswer':
			return {
				answerIds: [],
				response: [fillIn()],
				// Canvas's own layout: each accepted answer a varequal of one condition.
				scoring: [
					el(
						'respcondition',
						{ continue: 'No' },
						el(
							'conditionvar',
							{},
							...shape.answers.map((answer) => el('varequal', { respident: 'response1' }, answer))
						),
						el('setvar', { action: 'Set', varname: 'SCORE' }, '100')
					)
				]
			};
		case 'numerical': {
			const value = String(shape.value);
			return {
				answerIds: [],
				response: [fillIn('Decimal')],
				scoring: [
					score(
						el(
							'or',
							{},
							el('varequal', { respident: 'response1' }, value),
							el(
								'and',
								{},
								el('vargte', { respident: 'response1' }, value),
								el('varlte', { respident: 'response1' }, value)
							)
						),
						'Set',
						'100'
					)
				]
			};
		}
		case 'matching': {
			const rights = [...new Set(shape.pairs.map((pair) => pair.right))];
			const rightId = (right: string) => `${itemId}-m${rights.indexOf(right) + 1}`;
			const share = (100 / shape.pairs.length).toFixed(2);
			return {
				answerIds: shape.pairs.map((_, i) => `${itemId}-p${i + 1}`),
				response: shape.pairs.map((pair, i) =>
					el(
						'response_lid',
						{ ident: `response_${itemId}-p${i + 1}` },
						plain(pair.left),
						el(
							'render_choice',
							{},
							...rights.map((right) => el('response_label', { ident: rightId(right) }, plain(right)))
						)
					)
				),
				// Canvas gives each right pair its share of the points.
				scoring: shape.pairs.map((pair, i) =>
					score(
						el('varequal', { respident: `response_${itemId}-p${i + 1}` }, rightId(pair.right)),
						'Add',
						share,
						false
					)
				)
			};
		}
		case 'card':
			return {
				answerIds: [],
				response: [fillIn()],
				scoring: [el('respcondition', { continue: 'No' }, el('conditionvar', {}, el('other')))]
			};
	}
}

function fillIn(fibtype?: 'Decimal'): XmlElement {
	return el(
		'response_str',
		{ ident: 'response1', rcardinality: 'Single' },
		el('render_fib', { fibtype }, el('response_label', { ident: 'answer1', rshuffle: 'No' }))
	);
}

/** The explanation, and for a card the answer too, shown to the student once the question is answered. */
function feedbackText(question: Question, shape: ExportShape): string {
	return shape.kind === 'card' ? `${shape.answer}\n\n${question.explanation}` : question.explanation;
}

function item(question: Question, index: number, assessmentId: string, title: string): XmlElement {
	const shape = exportShape(question);
	const itemId = `${assessmentId}-q${index + 1}`;
	const parts = itemParts(question, shape, itemId);
	const feedback = feedbackText(question, shape).trim();
	return el(
		'item',
		{ ident: itemId, title: `${title} ${index + 1}` },
		el(
			'itemmetadata',
			{},
			el(
				'qtimetadata',
				{},
				field('question_type', CANVAS_TYPE[shape.kind]),
				field('points_possible', '1.0'),
				field('original_answer_ids', parts.answerIds.join(','))
			)
		),
		el('presentation', {}, plain(question.prompt), ...parts.response),
		el(
			'resprocessing',
			{},
			el(
				'outcomes',
				{},
				el('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' })
			),
			feedback
				? el(
						'respcondition',
						{ continue: 'Yes' },
						el('conditionvar', {}, el('other')),
						el('displayfeedback', { feedbacktype: 'Response', linkrefid: 'general_fb' })
					)
				: undefined,
			...parts.scoring
		),
		feedback ? el('itemfeedback', { ident: 'general_fb' }, el('flow_mat', {}, plain(feedback))) : undefined
	);
}

function manifest(assessmentId: string, metaId: string): XmlElement {
	return el(
		'manifest',
		{
			identifier: `${assessmentId}-manifest`,
			xmlns: CP_NS,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`
		},
		el('metadata', {}, el('schema', {}, 'IMS Content'), el('schemaversion', {}, '1.1.3')),
		el('organizations'),
		el(
			'resources',
			{},
			el(
				'resource',
				{ identifier: assessmentId, type: 'imsqti_xmlv1p2' },
				el('file', { href: `${assessmentId}/${assessmentId}.xml` }),
				el('dependency', { identifierref: metaId })
			),
			el(
				'resource',
				{
					identifier: metaId,
					type: 'associatedcontent/imscc_xmlv1p1/learning-application-resource',
					href: `${assessmentId}/assessment_meta.xml`
				},
				el('file', { href: `${assessmentId}/assessment_meta.xml` })
			)
		)
	);
}

function assessmentMeta(assessmentId: string, title: string, points: number): XmlElement {
	return el(
		'quiz',
		{
			identifier: assessmentId,
			xmlns: CANVAS_NS,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd`
		},
		el('title', {}, title),
		el('description', {}, ''),
		el('shuffle_answers', {}, 'true'),
		el('scoring_policy', {}, 'keep_highest'),
		el('quiz_type', {}, 'assignment'),
		el('points_possible', {}, points.toFixed(1)),
		el('show_correct_answers', {}, 'true'),
		el('available', {}, 'false')
	);
}

export function toCanvasQti(questions: readonly Question[], title: string): QtiPackage {
	const assessmentId = packageId(questions, title);
	const metaId = `${assessmentId}-meta`;
	const assessment = el(
		'questestinterop',
		{
			xmlns: QTI_NS,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd`
		},
		el(
			'assessment',
			{ ident: assessmentId, title },
			el('qtimetadata', {}, field('cc_maxattempts', 1)),
			el(
				'section',
				{ ident: 'root_section' },
				...questions.map((question, i) => item(question, i, assessmentId, title))
			)
		)
	);
	const notes = gradingNotes(
		questions,
		'Canvas',
		'An essay question in Canvas: you grade it; students see the answer in its feedback.'
	);
	return {
		files: {
			'imsmanifest.xml': xmlDocument(manifest(assessmentId, metaId)),
			[`${assessmentId}/${assessmentId}.xml`]: xmlDocument(assessment),
			[`${assessmentId}/assessment_meta.xml`]: xmlDocument(
				assessmentMeta(assessmentId, title, questions.length)
			)
		},
		notes
	};
}
