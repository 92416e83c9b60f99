/**
 * An interview in question-and-answer form with one interviewee ("Wikinews: Why …?" / "Marta Ilves: The old quay
 * …"): every answer is the interviewee's words, though it stands in no quotation marks, and it answers the
 * question before it. Pure text rules, no NLP: safe anywhere.
 */

import { escapeRegExp } from './regexp';

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

/**
 * A wiki transcript's speaker label inside a line ("… in high school.::'Mario:' That was …", ":'BP':",
 * ": 'Mr. Burns:'", ":'''Brock:'''"): where one speaker's words end and the next one's begin.
 */
export const WIKI_SPEAKER_LABEL = /:\s*'{1,3}\p{Lu}[^'\n]{0,40}(?::'|':)/u;

/**
 * "interview:", "note:": a lower-case word and a colon, a transcript's heading left in the text before a turn
 * ("… the housing plan. interview: Finally, …").
 */
export const LOWER_CASE_LABEL_SOURCE = String.raw`\p{Ll}+:\s`;

/**
 * A transcript's turn label run into the text after its wiki marks ("… high school.::Isabel: We met …", "?:BP: OK",
 * "::Mario and Isabel:"): up to four capitalised words and a colon. `clean` leaves the marks before it, and
 * `segment` ends the turn before it there.
 */
export const TURN_LABEL_SOURCE = String.raw`\p{Lu}[\p{L}.’'-]*(?: (?:and )?\p{Lu}[\p{L}.’'-]*){0,3}:`;

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

/** Who the interview is with, when the labels do not say in full: people named in its headline or lead. */
export interface InterviewHints {
	/** The headline. */
	title?: string;
	/** Full names of the people the article names. */
	names?: readonly string[];
}

/** "Q:", "Question:", "A:", "Answer:": a transcript's labels that name nobody. */
const ANONYMOUS_QUESTION = /^Q(?:uestion)?$/;
const ANONYMOUS_ANSWER = /^A(?:nswer)?$/;

/**
 * A paragraph that is the interviewer's question, with no label: sentences each ending "?" ("Why have you chosen
 * to run? Why in this constituency?"), opening on a capital, no quotation marks of its own (a quote would be
 * someone else's question).
 */
export function questionParagraph(paragraph: string): boolean {
	const p = paragraph.trim();
	return (
		/^\p{Lu}/u.test(p) &&
		/\?$/.test(p) &&
		!/[“”"]/.test(p) &&
		!/[.!]\s+\p{Lu}/u.test(p) &&
		p.split(/\s+/).length >= 3
	);
}

/** The one person of `names` the headline names, else the one the lead (before the first question) names. */
export function intervieweeNamed(hints: InterviewHints, lead: string): string | undefined {
	const names = (hints.names ?? []).filter((n) => /\s/.test(n) && NAME.test(n));
	const inText = (text: string) => {
		const found = names.filter((n) => {
			const surname = n.split(/\s+/).at(-1)!;
			return new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(n)}|${escapeRegExp(surname)})(?![\\p{L}])`, 'u').test(
				text
			);
		});
		return found.length === 1 ? found[0] : undefined;
	};
	return inText(hints.title ?? '') ?? inText(lead);
}

/** First-person words: an answer speaks for its speaker. */
const FIRST_PERSON = /(?<![\p{L}])(?:I|I'm|I’m|I've|I’ve|me|my|we|our|us)(?![\p{L}])/iu;

/**
 * The interview the text is, when its paragraphs alternate questions (ending "?") and answers, at least two of
 * each, all answers one person's; an answer runs on over unlabelled paragraphs until the next question. Three
 * layouts: labelled questions and answers under one person's name ("Wikinews: …?" / "Marta Ilves: …", "Ilves:");
 * "Q:"/"A:" labels; and a paragraph that is a lone question followed by unlabelled answer paragraphs. A name the
 * labels do not give in full is the one person the headline or the lead names (`hints`); a layout without labels
 * also wants most answers in the first person, so a news story's rhetorical question is no interview. Two
 * interviewees, or answers nobody can be named for, are no interview with one speaker.
 */
export function readInterview(text: string, hints: InterviewHints = {}): Interview | undefined {
	const answers: Answer[] = [];
	const labels: string[] = [];
	let question: string | undefined;
	let current: Answer | undefined;
	let lead = '';
	let unlabelled = 0;
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		const start = offset;
		offset += paragraph.length + 1;
		const trimmed = paragraph.trim();
		if (trimmed === '') continue;
		const label = LABEL.exec(paragraph);
		if (!label && questionParagraph(paragraph) && (current || question === undefined)) {
			question = trimmed;
			current = undefined;
			unlabelled++;
			continue;
		}
		if (!label) {
			// "The authority says the lighthouse will open in summer.": narration after the last answer is the writer's.
			if (current && !FIRST_PERSON.test(trimmed)) current = undefined;
			if (current) current.end = start + paragraph.trimEnd().length;
			else if (question !== undefined && unlabelled > 0) {
				current = {
					start: start + paragraph.length - paragraph.trimStart().length,
					end: start + paragraph.trimEnd().length,
					question
				};
				answers.push(current);
				labels.push('');
				question = undefined;
			} else if (answers.length === 0 && question === undefined) lead += `${trimmed}\n`;
			continue;
		}
		const words = paragraph.slice(label[0].length).trim();
		const name = (label[1] ?? label[2] ?? '').trim();
		current = undefined;
		if (/\?["”’]?$/u.test(words) && !ANONYMOUS_ANSWER.test(name)) {
			question = words;
			continue;
		}
		if (question === undefined || ANONYMOUS_QUESTION.test(name)) continue;
		labels.push(ANONYMOUS_ANSWER.test(name) ? '' : name);
		current = { start: start + label[0].length, end: start + paragraph.trimEnd().length, question };
		answers.push(current);
		question = undefined;
	}
	if (answers.length < 2) return undefined;
	const named = labels.filter((l) => l !== '');
	const longest = [...named].sort((a, b) => b.length - a.length)[0];
	const hinted = hints.names ? intervieweeNamed(hints, lead) : undefined;
	const speaker =
		longest !== undefined && /\s/.test(longest)
			? longest
			: hinted !== undefined && (longest === undefined || samePerson(longest, hinted))
				? hinted
				: undefined;
	if (speaker === undefined || !NAME.test(speaker) || !named.every((l) => samePerson(l, speaker)))
		return undefined;
	// Answers under no label at all are trusted only when most speak in the first person.
	const bare = answers.filter((_, i) => labels[i] === '' && unlabelled > 0);
	if (
		bare.length > 0 &&
		bare.filter((a) => FIRST_PERSON.test(text.slice(a.start, a.end))).length * 2 < bare.length
	)
		return undefined;
	return { speaker, answers };
}

/** The answer holding `at`, if any. */
export function answerAt(interview: Interview | undefined, at: number): Answer | undefined {
	return interview?.answers.find((a) => at >= a.start && at < a.end);
}
