import type { Question } from '$lib/generator/bank';
import { exportShape } from './shape';

/**
 * Moodle GIFT. Every piece of our text is escaped: backslash first (Moodle reads `\\` as one backslash), then
 * the six control characters `~ = # { } :`, and line breaks become `\n` because a blank line ends a question
 * and a line starting with `//` is a comment.
 */
export function giftEscape(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (char) => `\\${char}`)
		.replace(/\r\n?|\n/g, '\\n');
}

/**
 * Moodle takes any answer section holding "=" and "->" for matching, and splits pairs on "->", which has no
 * escape: in answers it becomes an arrow.
 */
const answerEscape = (text: string) => giftEscape(text.replace(/->/g, '→'));

function answerBlock(question: Question): string {
	const shape = exportShape(question);
	switch (shape.kind) {
		case 'truefalse':
			return shape.value ? 'TRUE' : 'FALSE';
		case 'multichoice':
			return [`=${answerEscape(shape.right)}`, ...shape.wrong.map((w) => `~${answerEscape(w)}`)].join(' ');
		case 'numerical':
			return `#${shape.value}:0`;
		case 'shortanswer':
			return shape.answers.map((answer) => `=${answerEscape(answer)}`).join(' ');
		case 'matching':
			return shape.pairs
				.map((pair) => `=${answerEscape(pair.left)} -> ${answerEscape(pair.right)}`)
				.join(' ');
		case 'card':
			// An essay: no answers; the answer reaches the student in the general feedback.
			return '';
	}
}

function generalFeedback(question: Question): string {
	const shape = exportShape(question);
	return shape.kind === 'card' ? `${shape.answer}\n${question.explanation}` : question.explanation;
}

/**
 * `[plain]` makes Moodle show our text as text: under its default format, HTML in a quote would be rendered.
 * Each question is named "<title> <n>" so several imported sets stay apart in the question bank.
 */
export function toGift(questions: readonly Question[], title: string): string {
	const blocks = questions.map((question, i) => {
		const name = giftEscape(`${title} ${i + 1}`);
		const feedback = giftEscape(generalFeedback(question).trim());
		return `::${name}::[plain]${giftEscape(question.prompt)} {${answerBlock(question)} ####${feedback}}`;
	});
	return `// ${title.replace(/\s+/g, ' ')} — exported from Byline\n\n${blocks.join('\n\n')}\n`;
}
