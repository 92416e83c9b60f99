import { choicesOf } from '$lib/domain/question';
import type { Question } from '$lib/generator/bank';
import { answerText } from './shape';

/**
 * A field for Anki's CSV reader: quoted when it holds a tab, a quote or a line break, or starts with `#` (a line
 * starting with `#` would be read as a comment or a header). With `#html:false` Anki shows `<` as text.
 */
function field(text: string): string {
	return /[\t"\r\n]|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Anki tags are space-separated words. */
const tag = (text: string) => text.trim().replace(/\s+/g, '_');

function front(question: Question): string {
	const choices = choicesOf(question)?.map((choice, i) => `${String.fromCharCode(65 + i)}. ${choice}`) ?? [];
	return [question.prompt, ...choices].join('\n');
}

/**
 * Tab-separated notes with Anki's file headers (Anki 2.1.54+): the question id as GUID, so importing a deck again
 * updates its notes instead of duplicating them; Basic note type; tags "byline", the deck's tag and the type.
 */
export function toAnki(questions: readonly Question[], deckTag: string): string {
	const header = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		'#columns:GUID\tFront\tBack\tTags',
		'#guid column:1',
		'#tags column:4'
	];
	const rows = questions.map((question) => {
		const tags = ['byline', tag(deckTag), question.type].filter(Boolean).join(' ');
		const back = [answerText(question), question.explanation].filter(Boolean).join('\n\n');
		return [`byline-${question.id}`, front(question), back, tags].map(field).join('\t');
	});
	return [...header, ...rows].join('\n') + '\n';
}
