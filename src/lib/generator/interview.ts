/**
 * An interview in question-and-answer form with one interviewee ("Wikinews: Why …?" / "Marta Ilves: The old quay
 * …"): every answer is the interviewee's words, though it stands in no quotation marks, and it answers the
 * question before it. Pure text rules, no NLP: safe anywhere.
 */

export interface Answer {
	/** Where the answer's words start (after its label) and end in the text. */
	start: number;
	end: number;
	/** The interviewer's question it answers, as written. */
	question: string;
}

export interface Interview {
	/** The interviewee, by the fullest label the answers carry. */
	speaker: string;
	answers: Answer[];
}

const LABEL = /^(?:\(\(([^()]{1,20})\)\)|([\p{Lu}][^:\n“”"?.!]{0,58})):\s*/u;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** "Marta Ilves" → "MI": how a transcript may label a speaker. */
export const initialsOf = (name: string) =>
	name
		.split(/\s+/)
		.map((w) => w.charAt(0))
		.join('');

/** Labels of one person: "Ilves" and "Marta Ilves", "MI" and "Marta Ilves". */
function samePerson(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const words = long.split(/\s+/);
	return short === long || short.split(/\s+/).every((w) => words.includes(w)) || short === initialsOf(long);
}

/**
 * The interview the text is, when its paragraphs alternate labelled questions (ending "?") and labelled answers,
 * at least two of each, all answers under one person's name; an answer runs on over unlabelled paragraphs until
 * the next label. Two interviewees, or answers under no name ("A:"), are no interview with one speaker.
 */
export function readInterview(text: string): Interview | undefined {
	const answers: Answer[] = [];
	const labels: string[] = [];
	let question: string | undefined;
	let current: Answer | undefined;
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		const start = offset;
		offset += paragraph.length + 1;
		const trimmed = paragraph.trim();
		if (trimmed === '') continue;
		const label = LABEL.exec(paragraph);
		if (!label) {
			if (current) current.end = start + paragraph.trimEnd().length;
			continue;
		}
		const words = paragraph.slice(label[0].length).trim();
		current = undefined;
		if (/\?["”’]?$/u.test(words)) {
			question = words;
			continue;
		}
		if (question === undefined) continue;
		const name = (label[1] ?? label[2] ?? '').trim();
		labels.push(name);
		current = { start: start + label[0].length, end: start + paragraph.trimEnd().length, question };
		answers.push(current);
		question = undefined;
	}
	if (answers.length < 2) return undefined;
	const speaker = [...labels].sort((a, b) => b.length - a.length)[0]!;
	if (!NAME.test(speaker) || !/\s/.test(speaker) || !labels.every((l) => samePerson(l, speaker)))
		return undefined;
	return { speaker, answers };
}

/** The answer holding `at`, if any. */
export function answerAt(interview: Interview | undefined, at: number): Answer | undefined {
	return interview?.answers.find((a) => at >= a.start && at < a.end);
}
