import { parseBank, BANK_SCHEMA_VERSION, type Bank, type Person, type QuoteFact } from './bank';
import { clean } from './clean';
import { extractDates } from './dates';
import { extractFigures } from './figures';
import { buildPeople } from './people';
import { makeQuestions, type QuoteInfo } from './questions';
import { attributeQuotes, findQuotes } from './quotes';
import { hash } from './hash';
import { segment } from './segment';
import { deckSlug } from '../domain/format';

/**
 * The pipeline: clean → segment → people, quotes, figures, dates → questions → validate. Pure (no Node or DOM
 * APIs), so the CLI and the import screen's Web Worker run the same code.
 */
export interface GenerateInput {
	text: string;
	id?: string;
	/** The article's date, YYYY-MM-DD: resolves "Tuesday" and "last year". */
	date?: string;
	source?: string;
	authors?: string[];
	seed?: number;
}

export class GeneratorInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GeneratorInputError';
	}
}

/** Why a text cannot be an article, or undefined when it can. */
export function inputProblem(text: string): string | undefined {
	if (!text.trim()) return 'the article is empty';
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) controls++;
	}
	if (text.includes('\u0000') || controls > Math.max(2, text.length / 1000))
		return 'the article looks binary, not plain text';
	if (!/\p{L}{2,}/u.test(text)) return 'the article has no words';
	return undefined;
}

export function generateBank(input: GenerateInput): Bank {
	const problem = inputProblem(input.text);
	if (problem) throw new GeneratorInputError(problem);
	if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
		throw new GeneratorInputError(`the article date "${input.date}" is not YYYY-MM-DD`);
	const seed = input.seed ?? 1;

	const cleaned = clean(input.text).text;
	const lineEnd = cleaned.search(/\n|$/);
	const title = cleaned.slice(0, lineEnd).trim();
	const text = cleaned.slice(lineEnd).replace(/^\s+/, '');
	if (!text) throw new GeneratorInputError('the article has a headline but no text below it');

	const { paragraphs, sentences } = segment(text);
	const people = buildPeople({ text, paragraphs, sentences, authors: input.authors });
	const attributions = attributeQuotes(text, sentences, people, findQuotes(text, paragraphs));
	const figures = extractFigures(text, sentences);
	const dates = extractDates(text, sentences, input.date);

	const quotes: QuoteInfo[] = [];
	const usedIds = new Set<string>();
	for (const a of attributions) {
		const speaker = a.speaker === undefined ? undefined : people.entities[a.speaker];
		const quote = text.slice(a.quote.start, a.quote.end);
		const content = `${quote.toLowerCase().replace(/\s+/g, ' ')}|${speaker?.name ?? ''}`;
		let id = `quote-${hash(content)}`;
		for (let n = 2; usedIds.has(id); n++) id = `quote-${hash(`${content}|${n}`)}`;
		usedIds.add(id);
		const fact: QuoteFact = {
			id,
			kind: 'quote',
			quote,
			speaker: speaker ? { name: speaker.name, role: speaker.role, id: speaker.id } : { name: '', role: '' },
			confidence: a.confidence,
			evidence: { start: a.quote.start, end: a.quote.end }
		};
		quotes.push({ fact, speaker, evidence: a.evidence, nested: a.quote.parent !== undefined });
	}

	const questions = makeQuestions({ text, quotes, figures, dates, entities: people.entities, seed });
	const cited = new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
	const table: Person[] = people.entities
		.filter((e) => e.mentions.length > 0 || cited.has(e))
		.map((e) => ({
			id: e.id,
			kind: e.kind,
			name: e.name,
			role: e.role,
			named: e.named,
			mentions: e.mentions.length
		}));

	const bank: Bank = {
		schema: BANK_SCHEMA_VERSION,
		id: input.id ?? deckSlug(title),
		title,
		article: {
			title,
			...(input.date ? { date: input.date } : {}),
			...(input.source ? { source: input.source } : {}),
			...(input.authors?.length ? { authors: input.authors } : {}),
			text
		},
		seed,
		people: table,
		facts: [...quotes.map((q) => q.fact), ...figures, ...dates].sort(
			(a, b) => a.evidence.start - b.evidence.start || a.id.localeCompare(b.id)
		),
		questions
	};
	// Validate what we emit with the same rules the app applies to what it imports.
	return parseBank(bank);
}
