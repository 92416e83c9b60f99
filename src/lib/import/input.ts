import { htmlToText } from './html';
import { MONTH_NAMES } from '$lib/generator/readable-date';

/**
 * Ten times the longest news article (a long feature is ~100 KB), and what the generator turns into a deck in a
 * few seconds on a phone (npm run bench: about 3 s for 1 MB in Node on a busy 2-core machine; 2 MB took twice
 * that). A bigger text is a book or a whole site, not an article.
 */
export const MAX_BYTES = 1024 * 1024;

export type InputProblemKind = 'empty' | 'binary' | 'too-big' | 'not-english' | 'file-type';

export class InputProblem extends Error {
	constructor(
		readonly kind: InputProblemKind,
		message: string
	) {
		super(message);
		this.name = 'InputProblem';
	}
}

const MESSAGES: Record<InputProblemKind, string> = {
	empty: 'There is no text to work with. Paste an article or open a .txt, .md or .html file.',
	binary:
		'This file is not text (it may be a PDF, a Word document or an image). Save the article as plain text (.txt) or copy and paste it.',
	'too-big':
		'This is more than 1 MB, ten times the longest news article. Paste just the article, or open a file with only the article in it.',
	'not-english':
		'This does not look like English. Byline’s questions are made by rules for English news writing, so other languages would give wrong questions.',
	'file-type': 'Byline can open .txt, .md and .html files. Copy and paste the article from anything else.'
};

export function problem(kind: InputProblemKind): InputProblem {
	return new InputProblem(kind, MESSAGES[kind]);
}

export type FileKind = 'text' | 'markdown' | 'html';

export function fileKind(name: string, type = ''): FileKind | undefined {
	const lower = name.toLowerCase();
	if (/\.html?$/.test(lower) || type === 'text/html') return 'html';
	if (/\.(md|markdown)$/.test(lower) || type === 'text/markdown') return 'markdown';
	if (/\.txt$/.test(lower) || type === 'text/plain') return 'text';
	return undefined;
}

/** C0 controls other than tab, newline, form feed and carriage return: rare in text, common in binaries. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;

/**
 * Bytes to text. A NUL byte, many control characters or mostly invalid UTF-8 mean a binary file. A little
 * invalid UTF-8 is an older file in Windows-1252 (curly quotes and accents as single bytes), decoded as such
 * rather than shown with replacement marks.
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes.length > MAX_BYTES) throw problem('too-big');
	const head = bytes.subarray(0, 64 * 1024);
	if (head.includes(0)) throw problem('binary');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const loose = new TextDecoder('utf-8').decode(bytes);
		const invalid = loose.match(/\ufffd/g)?.length ?? 0;
		if (invalid / Math.max(1, loose.length) > 0.1) throw problem('binary');
		text = decodeWindows1252(bytes);
	}
	const controls = text.match(CONTROL)?.length ?? 0;
	if (controls / Math.max(1, text.length) > 0.001 && controls > 2) throw problem('binary');
	return text.replace(/^\ufeff/, '');
}

/** Windows-1252's 0x80–0x9F (curly quotes, dashes, €); the rest is Latin-1. Not all runtimes' TextDecoder has it. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes)
		out += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
	return out;
}

/** The words English uses most; in English prose they are 35–50% of all words, in other languages a few percent. */
const STOP_WORDS = new Set(
	(
		'the of and to a in that is was he she it for on are as with his her they at be this have from or had by ' +
		'but not what all were we when your can said there an which their if will would who been has more about ' +
		'its also after into than them other could our these over only new some so year years people up out ' +
		'them then you i us how may just because while where most'
	).split(' ')
);

/** How many running words are enough to judge a language by; below that, any text passes. */
const MIN_WORDS_TO_JUDGE = 30;
/** English news sits far above this (about 0.4); French, Spanish or German text rarely reaches 0.05. */
const MIN_STOP_WORD_RATIO = 0.15;

export interface LanguageReading {
	words: number;
	stopWords: number;
	latinShare: number;
	english: boolean;
}

/**
 * A rough "is this English?" by the share of very common English words, and of Latin letters among all letters
 * (Cyrillic, Chinese or Arabic text fails at once). Deliberately lenient: it only has to stop a whole article in
 * another language, and a short text is never judged.
 */
export function readLanguage(text: string): LanguageReading {
	const letters = text.match(/\p{L}/gu)?.length ?? 0;
	const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
	const latinShare = letters === 0 ? 0 : latin / letters;
	const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
	const stopWords = words.filter((word) => STOP_WORDS.has(word)).length;
	const english =
		words.length < MIN_WORDS_TO_JUDGE ||
		(latinShare >= 0.5 && stopWords / words.length >= MIN_STOP_WORD_RATIO);
	return { words: words.length, stopWords, latinShare, english };
}

/** Why a text cannot be imported, before anything is generated; throws an InputProblem with a user message. */
export function checkText(text: string): void {
	if (!text.trim()) throw problem('empty');
	if (new TextEncoder().encode(text).length > MAX_BYTES) throw problem('too-big');
	if (text.includes('\u0000') || (text.match(CONTROL)?.length ?? 0) > Math.max(2, text.length / 1000))
		throw problem('binary');
	if (!readLanguage(text).english) throw problem('not-english');
}

export interface Prefill {
	title: string;
	/** YYYY-MM-DD when the text shows a date near the top. */
	date?: string;
	source?: string;
	authors: string[];
	/** The article without the lines used for the fields above, title line first. */
	body: string;
}

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
const MONTH =
	'(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function iso(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
		return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
	return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

/** The first full calendar date in `text`: "March 21, 2023", "21 March 2023", "2023-03-21", as YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
	const patterns: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
		[/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3]))],
		[
			new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
			(m) => iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]))
		],
		[
			new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
			(m) => iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]))
		]
	];
	let best: { index: number; value: string } | undefined;
	for (const [pattern, read] of patterns) {
		const match = pattern.exec(text);
		const value = match ? read(match) : undefined;
		if (match && value && (!best || match.index < best.index)) best = { index: match.index, value };
	}
	return best?.value;
}

const MAX_HEADLINE = 200;

function hintFields(hints: { published?: string; siteName?: string; author?: string }) {
	const date = hints.published ? findDate(hints.published) : undefined;
	return {
		...(date ? { date } : {}),
		...(hints.siteName ? { source: hints.siteName } : {}),
		authors: hints.author ? splitNames(hints.author) : []
	};
}

/** A line that only states when the article was published or updated. */
const DATE_LINE = new RegExp(
	`^(?:(?:published|posted|updated|first published|last updated)(?: on)?:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$`,
	'i'
);
const BYLINE = /^by\s+(.{3,200})$/i;
const SOURCE_LINE = /^(?:source|from|publication|published (?:by|in)):\s*(.{2,120})$/i;
/** "(Reuters) —" or "MOSCOW (AP) —" at the start of the first paragraph: a wire service's dateline. */
const WIRE =
	/^(?:[A-Z][A-Z .,'-]{1,40}\s)?\((Reuters|AP|AFP|Bloomberg|Associated Press|Agence France-Presse|dpa|UPI|PA)\)\s*[—–-]/;
/** "Headline - The Guardian" or "Headline | BBC News": a site name after the headline, as browsers save titles. */
const TITLE_SITE = /^(.{12,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/;

function splitNames(names: string): string[] {
	return names
		.replace(/\s*[,|]\s*(?:and\s+)?|\s+and\s+|\s*&\s*/gi, '|')
		.split('|')
		.map((name) => name.replace(/\s+(?:for|in|at)\s+.*$/i, '').trim())
		.filter((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 5);
}

/**
 * Fields a person would fill in by reading the top of the article: the headline (the first line), a date line,
 * a byline, a source. Lines used for a field leave the body, so "By Jane Doe" is not read as article text;
 * nothing is guessed from the middle of the article.
 */
export function prefill(
	text: string,
	hints: { title?: string; published?: string; siteName?: string; author?: string } = {}
): Prefill {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const firstIndex = lines.findIndex((line) => line.trim() !== '');
	const firstLine = firstIndex === -1 ? '' : (lines[firstIndex] ?? '').trim();
	// A headline is short and seldom ends in a full stop; a text that starts with a paragraph has none.
	const headless =
		firstLine.length > MAX_HEADLINE || (firstLine.length > 80 && /[.!?]["”’]?$/.test(firstLine));
	if (headless) return { title: '', ...hintFields(hints), body: text.trim() };
	let title = firstLine;
	let source = hints.siteName;
	const authors = hints.author ? splitNames(hints.author) : [];
	let date = hints.published ? findDate(hints.published) : undefined;

	// "Headline | Site" is how pages title themselves; "Headline - Site" only counts when the page names that site.
	const site = TITLE_SITE.exec(title);
	const siteName = site?.[2]?.trim();
	if (site?.[1] && siteName && (/\s\|\s/.test(site[0]) || siteName === source)) {
		title = site[1].trim();
		source ??= siteName;
	}

	const dropped = new Set<number>();
	let looked = 0;
	for (let i = firstIndex + 1; i < lines.length && looked < 6; i++) {
		const line = (lines[i] ?? '').trim();
		if (!line) continue;
		looked += 1;
		if (DATE_LINE.test(line)) {
			date ??= findDate(line);
			dropped.add(i);
			continue;
		}
		const byline = BYLINE.exec(line);
		if (byline?.[1]) {
			const names = byline[1].split(/\s*[|·•]\s*/)[0] ?? '';
			const rest = byline[1].slice(names.length);
			authors.push(...splitNames(names).filter((name) => !authors.includes(name)));
			date ??= findDate(rest);
			dropped.add(i);
			continue;
		}
		const sourceLine = SOURCE_LINE.exec(line);
		if (sourceLine?.[1]) {
			source ??= sourceLine[1].trim();
			dropped.add(i);
			continue;
		}
		const wire = WIRE.exec(line);
		if (wire?.[1]) source ??= wire[1];
		break;
	}
	date ??= findDate(
		lines
			.slice(firstIndex + 1, firstIndex + 8)
			.join('\n')
			.slice(0, 600)
	);
	const bodyLines = lines.filter((_, i) => i !== firstIndex && !dropped.has(i));
	return {
		title,
		...(date ? { date } : {}),
		...(source ? { source } : {}),
		authors,
		body: bodyLines
			.join('\n')
			.replace(/^\s*\n/, '')
			.trimEnd()
	};
}

export interface ReadArticle extends Prefill {
	kind: FileKind | 'paste';
}

/** A file as the import screen reads it: checked, decoded, HTML reduced to text, fields prefilled. */
export function readArticleFile(name: string, type: string, bytes: Uint8Array): ReadArticle {
	const kind = fileKind(name, type);
	if (!kind) throw problem('file-type');
	if (bytes.length === 0) throw problem('empty');
	const decoded = decodeText(bytes);
	if (kind === 'html') {
		const { text, ...hints } = htmlToText(decoded);
		const headline = hints.title && !text.startsWith(hints.title) ? `${hints.title}\n\n${text}` : text;
		checkText(headline);
		return { ...prefill(headline, hints), kind };
	}
	const text = kind === 'markdown' ? markdownToText(decoded) : decoded;
	checkText(text);
	return { ...prefill(text), kind };
}

/** Markdown as a person reads it: headings, emphasis, links and images reduced to their words. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/\r\n?/g, '\n')
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^>\s?/gm, '')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/^\s*[-*+]\s+/gm, '')
		.replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '');
}
