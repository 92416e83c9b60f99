import type { Span } from './bank';
import { creditNames } from './credits';
import { hash } from './hash';
import { firstNameGender, isFirstName, isPlaceWord } from './lexicon';
import type { Paragraph } from './segment';

/**
 * The people and organisations an article names: canonical names (the first full mention), roles from titles
 * and appositives, and every mention, so that "Mr. Xi", "Xi" and "Xi Jinping" are one person.
 */
export type EntityKind = 'person' | 'organisation' | 'document' | 'group';

export interface Entity {
	id: string;
	kind: EntityKind;
	/** Canonical name: "Alexander Gabuev"; for unnamed sources the noun phrase, "a Chinese Foreign Ministry spokesman". */
	name: string;
	role: string;
	/** False for unnamed sources ("a spokeswoman"), groups and documents. */
	named: boolean;
	gender?: 'm' | 'f';
	tokens: string[];
	mentions: Span[];
}

export interface Mention {
	start: number;
	end: number;
	entity: number;
	possessive: boolean;
	/** More than one person shares this surname and nothing decided between them. */
	ambiguous: boolean;
}

export interface PeopleTable {
	entities: Entity[];
	mentions: Mention[];
	/** Credited reporters, lowercased: never sources, never distractors. */
	reporters: string[];
}

interface Token {
	text: string;
	start: number;
	end: number;
	/** Followed directly by a period that belongs to it ("Mr.", "V."). */
	dot: boolean;
	possessive: boolean;
}

const HONORIFICS: Record<string, 'm' | 'f' | undefined> = {
	mr: 'm',
	mrs: 'f',
	ms: 'f',
	miss: 'f',
	dr: undefined,
	prof: undefined,
	sir: 'm',
	dame: 'f',
	lord: 'm',
	lady: 'f'
};

/** Titles that precede a name and say what the person is; multiword ones are matched token by token. */
const TITLES = new Set(
	(
		'president vice prime minister premier chancellor secretary senator sen rep representative governor gov mayor ' +
		'deputy councillor councilor councilwoman councilman alderman judge justice general gen admiral adm colonel col ' +
		'captain capt lieutenant lt sergeant sgt major maj coach chief sheriff commissioner superintendent supt inspector ' +
		'detective officer ambassador speaker chairman chairwoman chair director king queen prince princess pope ' +
		'archbishop bishop rev reverend father sister rabbi imam professor attorney'
	).split(' ')
);

/** Nouns that name a role; before a name ("top leader Xi Jinping") or as the head of an unnamed source. */
export const ROLE_NOUNS = new Set(
	(
		'leader spokesman spokeswoman spokesperson minister president chief executive coach captain manager director ' +
		'chairman chairwoman chair analyst economist professor researcher scientist official officer councillor ' +
		'councilor mayor senator governor striker midfielder goalkeeper keeper defender forward player owner founder ' +
		'author lawyer attorney resident nurse teacher doctor engineer secretary ambassador diplomat adviser advisor ' +
		'administrator commissioner inspector investigator head strategist expert fellow critic campaigner activist ' +
		'organizer organiser planner principal superintendent treasurer auditor regulator judge prosecutor negotiator ' +
		'representative supporter fan witness worker employee farmer shopkeeper developer architect historian ' +
		'biologist physicist chemist ecologist epidemiologist geologist astronomer member'
	).split(' ')
);

const ORG_WORDS = new Set(
	(
		'ministry department council committee commission agency bank company corporation corp inc ltd llc plc group ' +
		'university college school institute endowment foundation association federation league club party court ' +
		'parliament congress senate assembly office board authority service services police force army navy ' +
		'pentagon kremlin house times post journal news press union trust fund network laboratory laboratories lab ' +
		'hospital society organization organisation alliance coalition center centre academy administration bureau ' +
		'cabinet government airlines motors energy holdings partners capital systems technologies fc united city'
	).split(' ')
);

/** Capitalized only because they start a sentence or clause, or never part of a name. */
const NOT_NAME = new Set(
	(
		'the a an but and or so yet for in on at by to of from with without when while although though since as if ' +
		'after before because until unless during despite instead meanwhile however still even also then there here ' +
		'this that these those it its he she they we i you his her their our my your mr mrs ms some many most all ' +
		'both each every no not neither nor one two three monday tuesday wednesday thursday friday saturday sunday ' +
		'january february march april may june july august september october november december last next ' +
		'economically asked what why how who where which yes according under over about into through among later ' +
		'earlier now today yesterday tomorrow afterward afterwards finally first instead once soon'
	).split(' ')
);

/** Words that make a title only before one ("Foreign Minister", "Chief Executive"). */
const TITLE_QUALIFIERS = new Set(
	'foreign finance defense defence interior health education state executive home trade deputy vice acting'.split(
		' '
	)
);

/** "Harbor Foods, the maker of …": an appositive that says the name is a business, not a person. */
const ORG_APPOSITIVE =
	/^(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:maker|parent|company|firm|group|retailer|manufacturer|publisher|club|team|chain|bank|insurer|airline|charity|agency)\b/u;

/** What may follow an organisation word used as a name without "the" ("urged Congress to", "Parliament voted"). */
const PROPER_AFTER =
	/^(?:\s*[,.;:)]|\s*$|\s+(?:to|and|or|has|had|is|was|will|would|said|says|passed|voted|approved|on|in|of|for|at|by|with)\b)/;

const DIRECTIONS = new Set('north south east west northern southern eastern western central'.split(' '));

const CUE_AFTER =
	/^\s+(?:also\s+|later\s+|then\s+|again\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked|argued|noted|warned|explained|declared|announced|insisted|replied|stated)\b/;

export function tokenize(text: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
	re.lastIndex = start;
	for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
		let word = m[0];
		let possessive = false;
		if (/['’]s$/.test(word) && word.length > 2) {
			word = word.slice(0, -2);
			possessive = true;
		} else if (/s['’]$/.test(word)) {
			word = word.slice(0, -1);
			possessive = true;
		}
		const after = text.charAt(m.index + m[0].length);
		const lower = word.toLowerCase();
		const dot =
			after === '.' &&
			(/^\p{Lu}$/u.test(word) || lower in HONORIFICS || TITLES.has(lower) || /^(?:st|jr|sr|no)$/.test(lower));
		tokens.push({ text: word, start: m.index, end: m.index + m[0].length + (dot ? 1 : 0), dot, possessive });
	}
	return tokens;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text) && t.dot;
const PARTICLES = new Set([
	'de',
	'da',
	'van',
	'von',
	'der',
	'den',
	'bin',
	'al',
	'le',
	'la',
	'du',
	'di',
	'del'
]);

/** Runs of capitalized tokens joined by single spaces: candidate names, titles and organisations. */
function capitalGroups(text: string, tokens: Token[]): Token[][] {
	const groups: Token[][] = [];
	let current: Token[] = [];
	const flush = () => {
		while (current.length && PARTICLES.has(current[current.length - 1]!.text.toLowerCase())) current.pop();
		if (current.length) groups.push(current);
		current = [];
	};
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const prev = current[current.length - 1];
		// "U.S. Court": initials written without spaces belong to one name.
		const gap = prev === undefined ? '' : text.slice(prev.end, t.start);
		const joined = prev !== undefined && (gap === ' ' || (gap === '' && prev.dot)) && !prev.possessive;
		const particle = PARTICLES.has(t.text) && prev !== undefined && tokens[i + 1] && isCap(tokens[i + 1]!);
		if (isCap(t) || (particle && joined)) {
			if (!joined) flush();
			current.push(t);
		} else flush();
	}
	flush();
	return groups;
}

interface Candidate {
	tokens: Token[];
	title: Token[];
	honorific?: 'm' | 'f' | 'x';
	start: number;
	end: number;
	paragraph: number;
}

function splitGroup(group: Token[], paragraph: number): Candidate | undefined {
	let i = 0;
	while (
		i < group.length &&
		NOT_NAME.has(group[i]!.text.toLowerCase()) &&
		!(group[i]!.text.toLowerCase() in HONORIFICS)
	)
		i++;
	const titleStart = i;
	let honorific: Candidate['honorific'];
	while (i < group.length - 1) {
		const lower = group[i]!.text.toLowerCase();
		const next = group[i + 1]?.text.toLowerCase() ?? '';
		if (lower in HONORIFICS) honorific = HONORIFICS[lower] ?? 'x';
		else if (!TITLES.has(lower) && !(TITLE_QUALIFIERS.has(lower) && TITLES.has(next))) break;
		i++;
	}
	const tokens = group.slice(i);
	if (!tokens.length) return undefined;
	const first = group[titleStart]!;
	return {
		tokens,
		title: group.slice(titleStart, i),
		honorific,
		start: first.start,
		end: tokens[tokens.length - 1]!.end,
		paragraph
	};
}

const lowerText = (tokens: Token[]) => tokens.map((t) => t.text.toLowerCase());

function looksLikeOrganisation(tokens: Token[]): boolean {
	return lowerText(tokens).some((w) => ORG_WORDS.has(w));
}

/** The role a title gives ("Japan’s Prime Minister", "President … of Russia"), or a role noun before the name. */
function roleBefore(text: string, c: Candidate, sentenceStart: number): string {
	// A role sits right before the name: a short window keeps the end-anchored patterns cheap on long sentences.
	const before = text.slice(Math.max(sentenceStart, c.start - 120), c.start);
	const title = c.title
		.filter((t) => !(t.text.toLowerCase() in HONORIFICS))
		.map((t) => t.text + (t.dot ? '.' : ''))
		.join(' ');
	// "China’s top leader Xi Jinping", "Japan’s Prime Minister Fumio Kishida", "the club’s coach, Ann Lee" is an appositive instead.
	const prefix =
		/(?:^|[\s(])((?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3})$/u.exec(before);
	const words = prefix?.[1]?.trim() ?? '';
	const lastWord = words.split(/\s+/).pop()?.toLowerCase() ?? '';
	let role = '';
	if (words && (ROLE_NOUNS.has(lastWord) || (title && /['’]s$/.test(words)))) {
		const lead = words.split(/\s+/);
		// Keep only the role: drop leading verbs/prepositions the window swept in ("and China’s top leader").
		while (
			lead.length > 1 &&
			!/['’]s$/.test(lead[0]!) &&
			!/^\p{Lu}/u.test(lead[0]!) &&
			NOT_NAME.has(lead[0]!.toLowerCase())
		)
			lead.shift();
		while (
			lead.length > 1 &&
			!/['’]s$/.test(lead[0]!) &&
			!/^\p{Lu}/u.test(lead[0]!) &&
			!/^(?:top|senior|chief|former|deputy|head|national|foreign|local)$/.test(lead[0]!)
		)
			lead.shift();
		role = lead.join(' ');
	}
	const commaRole = /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)),\s*$/u.exec(
		before
	);
	if (!role && commaRole && ROLE_NOUNS.has(commaRole[2]!)) role = commaRole[1]!;
	if (title) role = role ? `${role} ${title}`.trim() : title;
	if (role && /['’]s$/.test(role.split(' ')[0] ?? '') && title && !role.endsWith(title)) role += ` ${title}`;
	const of = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(
		text.slice(c.end, c.end + 60)
	);
	if (title && of) role += ` of ${of[1]}`;
	return role;
}

/** "Alexander Gabuev, a senior fellow at the Carnegie Endowment for International Peace." */
function appositive(text: string, end: number, limit: number): string {
	const after = text.slice(end, Math.min(limit, end + 200));
	const m =
		/^,\s+(?:\d{1,3},\s+)?((?:a|an|the|who is (?:a|an|the)|who was (?:a|an|the)|\p{Lu}[\p{L}-]*['’]s|[\p{Ll}]+(?=\s+(?:of|at|for)\s))\s+[^,;.“”"()]+?(?:\s+(?:at|of|for|in|from|with)\s+[^,;“”"()]+?)?)(?=\s*(?:[,;“”"()]|\.(?:\s|$)|$)|\s+(?:said|says|told|added|wrote)\b)/u.exec(
			after
		);
	if (!m?.[1]) return '';
	const first = m[1].split(/\s+/)[0]!;
	if (
		/^\p{Ll}/u.test(first) &&
		!/^(?:a|an|the|who)$/.test(first) &&
		!ROLE_NOUNS.has(first) &&
		!TITLES.has(first)
	)
		return '';
	return m[1].replace(/^who (?:is|was)\s+/, '').trim();
}

function isPersonLike(tokens: Token[]): boolean {
	if (tokens.length > 4) return false;
	if (looksLikeOrganisation(tokens)) return false;
	return tokens.every(
		(t) =>
			isInitial(t) ||
			PARTICLES.has(t.text) ||
			(/^\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?$/u.test(t.text) &&
				!NOT_NAME.has(t.text.toLowerCase()) &&
				!DIRECTIONS.has(t.text.toLowerCase()))
	);
}

export interface BuildPeopleInput {
	text: string;
	paragraphs: Paragraph[];
	sentences: { start: number; end: number; paragraph: number }[];
	authors?: string[];
}

export function buildPeople({ text, paragraphs, sentences, authors = [] }: BuildPeopleInput): PeopleTable {
	const reporters = new Set(authors.map((a) => a.trim().toLowerCase()).filter(Boolean));
	for (const p of paragraphs)
		if (p.credits)
			for (const c of creditNames(text.slice(p.start, p.end), p.start)) reporters.add(c.name.toLowerCase());
	const isReporter = (name: string) => {
		const lower = name.toLowerCase();
		if (reporters.has(lower)) return true;
		const parts = lower.split(/\s+/);
		return [...reporters].some((r) => {
			const rp = r.split(/\s+/);
			return rp[0] === parts[0] && rp[rp.length - 1] === parts[parts.length - 1] && parts.length > 1;
		});
	};

	const candidates: Candidate[] = [];
	const sentenceOf: number[] = [];
	for (const [si, s] of sentences.entries()) {
		const tokens = tokenize(text, s.start, s.end);
		for (const g of capitalGroups(text, tokens)) {
			const c = splitGroup(g, s.paragraph);
			if (c) {
				candidates.push(c);
				sentenceOf.push(si);
			}
		}
	}

	const entities: Entity[] = [];
	const byKey = new Map<string, number>();
	const add = (e: Omit<Entity, 'id' | 'mentions'>): number => {
		const key = e.kind + ':' + e.name.toLowerCase();
		const known = byKey.get(key);
		if (known !== undefined) return known;
		entities.push({ ...e, id: hash(key).slice(0, 8), mentions: [] });
		byKey.set(key, entities.length - 1);
		return entities.length - 1;
	};

	// Pass 1: people introduced with evidence that the capitalized words are a person's name.
	for (const [ci, c] of candidates.entries()) {
		const s = sentences[sentenceOf[ci]!]!;
		if (!isPersonLike(c.tokens)) continue;
		const name = c.tokens.map((t) => t.text + (t.dot ? '.' : '')).join(' ');
		if (isReporter(name)) continue;
		const multi = c.tokens.filter((t) => !isInitial(t)).length >= 2;
		if (c.tokens.every((t) => isPlaceWord(t.text))) continue;
		const role = roleBefore(text, c, s.start);
		const apposition = appositive(text, c.end, s.end);
		const before = text.slice(Math.max(s.start, c.start - 8), c.start);
		const evidence =
			c.title.length > 0 ||
			(role !== '' && multi) ||
			(multi && isFirstName(c.tokens[0]!.text)) ||
			(multi && apposition !== '') ||
			(multi && CUE_AFTER.test(text.slice(c.end, c.end + 30))) ||
			(multi && /\bsaid\s+$/.test(before));
		if (!evidence) continue;
		if (!multi && !c.honorific && !c.title.length) continue;
		if (ORG_APPOSITIVE.test(apposition)) continue;
		const existing = findPerson(entities, c.tokens);
		if (existing.length) continue;
		// A lone "Mr. Kishida" with no full name anywhere keeps the honorific as the readable name.
		const display = multi
			? name
			: `${c.title.map((t) => t.text + (t.dot ? '.' : '')).join(' ')} ${name}`.trim();
		const gender =
			c.honorific === 'm' || c.honorific === 'f'
				? c.honorific
				: multi
					? firstNameGender(c.tokens[0]!.text)
					: undefined;
		add({
			kind: 'person',
			name: display,
			role: apposition || role,
			named: true,
			gender,
			tokens: c.tokens.map((t) => t.text)
		});
	}
	// A later appositive fills a role the first mention lacked.
	// Pass 2: organisations ("the White House", "the Ministry of Foreign Affairs of China", "the Securities and
	// Exchange Commission"). A name's later words are never an organisation of their own.
	const covered: Span[] = [];
	for (const [ci, c] of candidates.entries()) {
		const s = sentences[sentenceOf[ci]!]!;
		if (covered.some((span) => c.start >= span.start && c.start < span.end)) continue;
		const words = c.tokens;
		const orgLike = looksLikeOrganisation(words);
		let the = /\bthe\s+$/i.test(text.slice(Math.max(s.start, c.start - 4), c.start));
		// "Hospital groups", "Council member Gloria Feld", "the Pacific": a lone capitalised word is a name only
		// when it is an organisation word after "the" ("the Kremlin") or it speaks ("the Fed said").
		const lone = words.length === 1 && c.title.length === 0;
		const sentenceStart = text.slice(s.start, c.start).trim() === '';
		if (lone && orgLike && !the && (sentenceStart || !PROPER_AFTER.test(text.slice(c.end, c.end + 12))))
			continue;
		const single =
			the &&
			lone &&
			!isPlaceWord(words[0]!.text) &&
			!DIRECTIONS.has(words[0]!.text.toLowerCase()) &&
			CUE_AFTER.test(text.slice(c.end, c.end + 30)) &&
			findPerson(entities, words).length === 0;
		// "Harbor Foods, the maker of Lakeside frozen dinners, said": a named non-person that speaks.
		const speaks =
			words.length >= 2 &&
			findPerson(entities, words).length === 0 &&
			!isFirstName(words[0]!.text) &&
			!words.every((t) => isPlaceWord(t.text)) &&
			(CUE_AFTER.test(text.slice(c.end, c.end + 30)) ||
				ORG_APPOSITIVE.test(text.slice(c.end, c.end + 60).replace(/^,\s+/, '')));
		if (!orgLike && !single && !speaks) continue;
		if (words.every((t) => NOT_NAME.has(t.text.toLowerCase()))) continue;
		let start = c.start + c.title.reduce((n, t) => n + t.text.length + 1 + (t.dot ? 1 : 0), 0);
		// "Securities and Exchange Commission": capitalised words joined by "and" before the organisation word.
		const left = /(?:\b([Tt]he)\s+)?((?:\p{Lu}[\p{L}'’-]*(?:\.\p{Lu}\.)?\s+){1,2})(?:and|&)\s+$/u.exec(
			text.slice(s.start, start)
		);
		if (
			left &&
			!left[2]!
				.trim()
				.split(/\s+/)
				.some((w) => NOT_NAME.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase())) &&
			findPerson(entities, tokenize(left[2]!, 0, left[2]!.length)).length === 0
		) {
			start = s.start + left.index + (left[1] ? left[1].length + 1 : 0);
			the = Boolean(left[1]);
		}
		let end = c.end;
		let prepositional = false;
		for (;;) {
			const rest = text.slice(end, s.end);
			const more = /^\s+(of|for|on|and|&)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(
				rest
			);
			if (!more) break;
			const joined = more[2]!.split(/\s+/);
			// "the Senate on March 3": a date, not part of the name.
			if (NOT_NAME.has(joined[0]!.toLowerCase())) break;
			if (more[1] === 'and' || more[1] === '&') {
				// "Department of Health and Human Services", "United Food and Commercial Workers"; but "the White
				// House and Congress" and "Harbor Foods and Brightwater Capital" are two organisations.
				const lastWord = text.slice(start, end).split(/\s+/).pop()!.toLowerCase();
				const another =
					/^\s+(?:and|&)\s+the\s/.test(rest) || joined.some((w) => ORG_WORDS.has(w.toLowerCase()));
				if (!prepositional && (another || ORG_WORDS.has(lastWord))) break;
				if (prepositional && /^\s+(?:and|&)\s+the\s/.test(rest)) break;
			} else prepositional = true;
			end += more[0].length;
		}
		covered.push({ start, end });
		const clean = text.slice(start, end).replace(/['’]s$/, '');
		// "the Fish and Wildlife Service" after "the U.S. Fish and Wildlife Service": a country code dropped on a
		// later mention names the same organisation.
		const longer = entities.findIndex(
			(e) =>
				e.kind === 'organisation' &&
				clean.includes(' ') &&
				new RegExp(`^(?:the )?(?:\\p{Lu}\\.)+\\p{Lu}?\\.? ${escapeRegExp(clean)}$`, 'u').test(e.name)
		);
		if (longer >= 0) {
			covered.push({ start, end });
			continue;
		}
		add({
			kind: 'organisation',
			name: (the ? 'the ' : '') + clean,
			role: '',
			named: true,
			tokens: clean.split(/\s+/)
		});
	}

	const organisations = entities.flatMap((e, i) => {
		if (e.kind !== 'organisation') return [];
		const words = e.name.replace(/^the /, '').split(/\s+/);
		const name = words.join(' ');
		// "U.S. Fish and Wildlife Service" is also "the Fish and Wildlife Service" later on.
		const bare = /^(?:\p{Lu}\.)+\p{Lu}?\.? (.+ .+)$/u.exec(name)?.[1];
		const forms = [{ i, words, name }];
		if (bare) forms.push({ i, words: bare.split(' '), name: bare });
		return forms;
	});
	// Pass 3: link every mention, including bare surnames and "Mr. Xi" for a surname-first "Xi Jinping".
	const mentions: Mention[] = [];
	const lastFull = new Map<number, number>();
	for (const [ci, candidate] of candidates.entries()) {
		let c = candidate;
		let people = findPerson(entities, c.tokens);
		// "Asked Putin" or "Yesterday Putin": a capitalized word opening the sentence is not part of the name.
		if (!people.length && c.tokens.length > 1 && c.start === sentences[sentenceOf[ci]!]!.start) {
			const rest = c.tokens.slice(1);
			people = findPerson(entities, rest);
			if (people.length) c = { ...c, tokens: rest, start: rest[0]!.start };
		}
		let chosen = people.length === 1 ? people[0] : undefined;
		let ambiguous = false;
		if (people.length > 1) {
			// "Mr. Reyes" is not the Reyes known to be a woman.
			const byGender = people.filter(
				(i) =>
					c.honorific &&
					(c.honorific === 'x' || entities[i]!.gender === undefined || entities[i]!.gender === c.honorific)
			);
			if (byGender.length === 1) chosen = byGender[0];
			else {
				const recent = people
					.filter((i) => lastFull.has(i))
					.sort((a, b) => (lastFull.get(b) ?? 0) - (lastFull.get(a) ?? 0));
				chosen = recent[0];
				ambiguous = true;
			}
		}
		if (chosen !== undefined) {
			const e = entities[chosen]!;
			if (c.tokens.length >= 2) lastFull.set(chosen, c.start);
			if (!e.gender && !ambiguous && (c.honorific === 'm' || c.honorific === 'f')) e.gender = c.honorific;
			const last = c.tokens[c.tokens.length - 1]!;
			mentions.push({ start: c.start, end: c.end, entity: chosen, possessive: last.possessive, ambiguous });
			continue;
		}
		for (const { i, words, name } of organisations) {
			if (c.tokens.length > words.length) continue;
			const exact = text.startsWith(name, c.start);
			if (!exact && c.tokens[0]?.text !== words[0]) continue;
			// "Harbor" for "Harbor Foods": a bare first word that is not an ordinary word.
			const short = c.tokens.length === 1 && words.length === 2 && !NOT_NAME.has(words[0]!.toLowerCase());
			if (exact || short) {
				const last = c.tokens[c.tokens.length - 1]!;
				mentions.push({
					start: c.start,
					end: exact ? Math.max(c.end, c.start + name.length) : c.end,
					entity: i,
					possessive: last.possessive,
					ambiguous: false
				});
				break;
			}
		}
	}
	for (const m of mentions) entities[m.entity]!.mentions.push({ start: m.start, end: m.end });
	mentions.sort((a, b) => a.start - b.start);
	return { entities, mentions, reporters: [...reporters].sort() };
}

/** People a name refers to: the full name, the surname ("Gabuev"), or the first of a surname-first name ("Xi"). */
function findPerson(entities: Entity[], tokens: Token[]): number[] {
	const words = tokens.filter((t) => !isInitial(t)).map((t) => t.text);
	if (!words.length) return [];
	const found: number[] = [];
	for (const [i, e] of entities.entries()) {
		if (e.kind !== 'person' || !e.named) continue;
		const { first, surname, surnameFirst } = nameParts(e);
		if (words.length === 1) {
			const w = words[0];
			if (w === surname || (surnameFirst && w === first)) found.push(i);
		} else if (words[0] === first && words[words.length - 1] === surname) found.push(i);
	}
	return found;
}

/** A person's name read once: every capitalised word of a long article is looked up against it. */
const partsOf = new WeakMap<Entity, { first?: string; surname?: string; surnameFirst: boolean }>();
function nameParts(e: Entity) {
	let parts = partsOf.get(e);
	if (!parts) {
		const words = e.tokens.filter((w) => !/^\p{Lu}$/u.test(w));
		parts = {
			first: words[0],
			surname: words[words.length - 1],
			// "Xi Jinping" is "Mr. Xi": a two-word name whose first word is no first name may be surname-first.
			surnameFirst: words.length === 2 && !isFirstName(words[0]!)
		};
		partsOf.set(e, parts);
	}
	return parts;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
