import type { AssignmentQuestion } from './assignment';
import { ShareError } from './codec';
import { canonicalJson, contentHash } from './hash';

/**
 * Questions of a deck that ships with the app need not travel in a link: every copy of the app has them. A link
 * names them by a few characters of their id (a run of them as one string, since separators would cost more
 * than the names), with the deck's id and version and a hash of the questions meant, so a 30-question set fits
 * one QR code. The student's app looks the questions up in its own copy of the deck and
 * takes them only if they hash the same: then the set, its content hash and the teacher's grading are exactly
 * those of the set the teacher saved, even when the deck's version differs (a later build that left these
 * questions unchanged). Otherwise the student is told to update the app or ask for the file, which carries the
 * questions in full.
 */
export interface ShippedDeck {
	id: string;
	title: string;
	/** A short hash of the whole bank: tells a student's copy from the teacher's. */
	version: string;
	/** Each question as an assignment carries it (with its evidence text), in bank order. */
	questions: readonly AssignmentQuestion[];
}

/** How a link names the deck it refers to. */
export interface DeckRef {
	id: string;
	version: string;
	/** A reference is `id.slice(skip, skip + width)`: what every id of the deck starts with is left out. */
	skip: number;
	width: number;
	/** Hash of the referenced questions, in the set's order: what the student's lookup must reproduce. */
	hash: string;
}

/** A question in full, or a run of consecutive references, `width` characters each. */
export type PackedItem = string | AssignmentQuestion;

/** 72 bits: this guards against a lookup in another version of a deck, not against forgery. */
const REF_HASH_CHARS = 12;

function refHash(questions: readonly AssignmentQuestion[]): string {
	return contentHash(questions).slice(0, REF_HASH_CHARS);
}

/**
 * How a deck's ids are cut into references: past the characters they all start with, the fewest that tell every
 * id apart, plus one (where ids are that long), so that a later version of the deck with more questions still
 * tells these apart.
 */
export function refShape(ids: readonly string[]): { skip: number; width: number } {
	const first = ids[0] ?? '';
	let skip = 0;
	while (skip < first.length - 1 && ids.every((id) => id[skip] === first[skip])) skip++;
	const longest = Math.max(1, ...ids.map((id) => id.length - skip));
	for (let width = 1; width <= longest; width++) {
		if (new Set(ids.map((id) => id.slice(skip, skip + width))).size === ids.length)
			return { skip, width: Math.min(width + 1, longest, 64) };
	}
	return { skip, width: Math.min(longest, 64) };
}

/** Every reference the same width: an id shorter than the others is padded with a character ids never hold. */
function refOf(id: string, skip: number, width: number): string {
	return id.slice(skip, skip + width).padEnd(width, ' ');
}

interface Indexed {
	deck: ShippedDeck;
	canonical: Map<string, string>;
	skip: number;
	width: number;
}

const indexes = new WeakMap<ShippedDeck, Indexed>();

function indexed(deck: ShippedDeck): Indexed {
	let index = indexes.get(deck);
	if (!index) {
		const canonical = new Map(deck.questions.map((question) => [question.id, canonicalJson(question)]));
		index = { deck, canonical, ...refShape(deck.questions.map((question) => question.id)) };
		indexes.set(deck, index);
	}
	return index;
}

/**
 * The set's questions with those identical to a shipped deck's (id and every field, evidence text included)
 * replaced by references, taken from the one deck that names the most of them. Nothing is referenced when no
 * deck has them unchanged: a set saved before the deck was updated travels in full.
 */
export function packQuestions(
	questions: readonly AssignmentQuestion[],
	shipped: readonly ShippedDeck[]
): { items: PackedItem[]; deck?: DeckRef } {
	let best: { index: Indexed; named: Set<string> } | undefined;
	for (const deck of shipped) {
		const index = indexed(deck);
		const named = new Set(
			questions.filter((q) => index.canonical.get(q.id) === canonicalJson(q)).map((q) => q.id)
		);
		if (named.size > 0 && named.size > (best?.named.size ?? 0)) best = { index, named };
	}
	if (!best) return { items: [...questions] };
	const { index, named } = best;
	const items: PackedItem[] = [];
	for (const question of questions) {
		if (!named.has(question.id)) {
			items.push(question);
			continue;
		}
		const ref = refOf(question.id, index.skip, index.width);
		const last = items.at(-1);
		if (typeof last === 'string') items[items.length - 1] = last + ref;
		else items.push(ref);
	}
	return {
		items,
		deck: {
			id: index.deck.id,
			version: index.deck.version,
			skip: index.skip,
			width: index.width,
			hash: refHash(questions.filter((q) => named.has(q.id)))
		}
	};
}

function otherVersion(title: string | undefined): ShareError {
	const deck = title ? `“${title}”, a deck that comes with Byline,` : 'a deck that comes with Byline,';
	return new ShareError(
		'deck-version',
		`This assignment uses questions from ${deck} and this copy of Byline has another version of that deck. Reload Byline while online to update it, then open the link again. If it still won’t open, ask your teacher for the assignment file: it carries the questions themselves.`
	);
}

/** The set's questions in full, references looked up in the shipped decks. Throws only `ShareError`. */
export function unpackQuestions(
	items: readonly PackedItem[],
	ref: DeckRef | undefined,
	shipped: readonly ShippedDeck[],
	invalid: string
): AssignmentQuestion[] {
	if (items.every((item) => typeof item !== 'string')) return items as AssignmentQuestion[];
	if (!ref) throw new ShareError('invalid', invalid, ['set.questions: a reference without a deck']);
	const deck = shipped.find((candidate) => candidate.id === ref.id);
	if (!deck) throw otherVersion(undefined);
	const byRef = new Map<string, AssignmentQuestion | null>();
	for (const question of deck.questions) {
		const key = refOf(question.id, ref.skip, ref.width);
		// Two questions under one reference: this copy of the deck cannot tell which one the teacher meant.
		byRef.set(key, byRef.has(key) ? null : question);
	}
	const referenced: AssignmentQuestion[] = [];
	const questions = items.flatMap((item) => {
		if (typeof item !== 'string') return [item];
		if (item.length % ref.width !== 0)
			throw new ShareError('invalid', invalid, ['set.questions: a reference cut short']);
		return Array.from({ length: item.length / ref.width }, (_, i) => {
			const question = byRef.get(item.slice(i * ref.width, (i + 1) * ref.width));
			if (!question) throw otherVersion(deck.title);
			referenced.push(question);
			return question;
		});
	});
	if (refHash(referenced) !== ref.hash) {
		if (ref.version === deck.version)
			throw new ShareError('invalid', invalid, ['deck.hash: the questions named do not match']);
		throw otherVersion(deck.title);
	}
	return questions;
}
