import type { Question } from '$lib/generator/bank';
import { exportShape } from './shape';
import { XML_DECLARATION, xmlEscape } from './xml';

/** `plain_text` so Moodle shows quotes as written, never as HTML. */
const textElement = (tag: string, text: string) =>
	`<${tag} format="plain_text"><text>${xmlEscape(text)}</text></${tag}>`;

function answer(fraction: number, text: string, extra = ''): string {
	return `<answer fraction="${fraction}" format="plain_text"><text>${xmlEscape(text)}</text>${extra}</answer>`;
}

function questionXml(question: Question, name: string): string {
	const shape = exportShape(question);
	const common = [
		`<name><text>${xmlEscape(name)}</text></name>`,
		textElement('questiontext', question.prompt),
		textElement(
			'generalfeedback',
			shape.kind === 'card' ? `${shape.answer}\n${question.explanation}` : question.explanation
		),
		'<defaultgrade>1</defaultgrade>'
	];
	let type: string;
	let body: string[];
	switch (shape.kind) {
		case 'truefalse':
			type = 'truefalse';
			body = [answer(shape.value ? 100 : 0, 'true'), answer(shape.value ? 0 : 100, 'false')];
			break;
		case 'multichoice':
			type = 'multichoice';
			body = [
				'<single>true</single>',
				'<shuffleanswers>true</shuffleanswers>',
				'<answernumbering>abc</answernumbering>',
				answer(100, shape.right),
				...shape.wrong.map((wrong) => answer(0, wrong))
			];
			break;
		case 'numerical':
			type = 'numerical';
			body = [answer(100, String(shape.value), '<tolerance>0</tolerance>')];
			break;
		case 'shortanswer':
			type = 'shortanswer';
			body = ['<usecase>0</usecase>', ...shape.answers.map((text) => answer(100, text))];
			break;
		case 'matching':
			type = 'matching';
			body = [
				'<shuffleanswers>true</shuffleanswers>',
				...shape.pairs.map(
					(pair) =>
						`<subquestion format="plain_text"><text>${xmlEscape(pair.left)}</text><answer><text>${xmlEscape(pair.right)}</text></answer></subquestion>`
				)
			];
			break;
		case 'card':
			type = 'essay';
			body = ['<responseformat>plain</responseformat>', '<responserequired>1</responserequired>'];
			break;
	}
	const lines = [...common, ...body].map((line) => `    ${line}`);
	return `  <question type="${type}">\n${lines.join('\n')}\n  </question>`;
}

/** Moodle XML, questions under a category named after the set or deck so an import lands in one place. */
export function toMoodleXml(questions: readonly Question[], title: string): string {
	const category = `  <question type="category">\n    <category><text>$course$/top/${xmlEscape(title.replace(/\//g, '∕'))}</text></category>\n  </question>`;
	const items = questions.map((question, i) => questionXml(question, `${title} ${i + 1}`));
	return `${XML_DECLARATION}\n<quiz>\n${[category, ...items].join('\n')}\n</quiz>\n`;
}
