/**
 * HTML to plain text, for an article saved from the web. One small tokenizer rather than DOMParser, so the code
 * the tests run is the code the browser runs (Vitest has no DOM here) and nothing is ever parsed into a live
 * document: no element is created, no URL fetched, no handler attached. The output is only ever shown as text, so
 * what matters is what is left out: script, style, noscript, template and other non-content elements, whose
 * contents never reach the text, and markup, which never does either.
 */

export interface HtmlArticle {
	text: string;
	/** From `<title>` or `og:title`, when the page has one. */
	title?: string;
	/** From `article:published_time`, `datePublished` and the like, as written. */
	published?: string;
	/** From `og:site_name` or `application-name`. */
	siteName?: string;
	/** From `<meta name="author">`. */
	author?: string;
}

/** Elements whose contents are raw text up to their closing tag (the HTML parser's rule): never content. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Elements that are never article text, contents included. */
const SKIPPED = new Set([
	'head',
	'noscript',
	'template',
	'svg',
	'math',
	'object',
	'embed',
	'canvas',
	'video',
	'audio',
	'select',
	'button',
	'form',
	'nav',
	'aside',
	'footer',
	'figure',
	'picture',
	'dialog'
]);

/** Elements with no closing tag: they must not open a skipped region that never ends. */
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr'
]);

const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'header',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'ul',
	'ol',
	'li',
	'dl',
	'dt',
	'dd',
	'table',
	'tr',
	'pre',
	'hr',
	'figcaption',
	'address',
	'body',
	'html'
]);

/** Entities common in news pages; any other named entity is left as written rather than guessed. */
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ensp: ' ',
	emsp: ' ',
	thinsp: ' ',
	shy: '',
	zwj: '',
	zwnj: '',
	ndash: '–',
	mdash: '—',
	minus: '−',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	hellip: '…',
	bull: '•',
	middot: '·',
	prime: '′',
	Prime: '″',
	deg: '°',
	percnt: '%',
	permil: '‰',
	copy: '©',
	reg: '®',
	trade: '™',
	sect: '§',
	para: '¶',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	dollar: '$',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	aacute: 'á',
	agrave: 'à',
	acirc: 'â',
	auml: 'ä',
	atilde: 'ã',
	aring: 'å',
	ccedil: 'ç',
	eacute: 'é',
	egrave: 'è',
	ecirc: 'ê',
	euml: 'ë',
	iacute: 'í',
	igrave: 'ì',
	icirc: 'î',
	iuml: 'ï',
	ntilde: 'ñ',
	oacute: 'ó',
	ograve: 'ò',
	ocirc: 'ô',
	ouml: 'ö',
	otilde: 'õ',
	oslash: 'ø',
	uacute: 'ú',
	ugrave: 'ù',
	ucirc: 'û',
	uuml: 'ü',
	szlig: 'ß',
	Aacute: 'Á',
	Eacute: 'É',
	Iacute: 'Í',
	Oacute: 'Ó',
	Uacute: 'Ú',
	Ntilde: 'Ñ',
	Ouml: 'Ö',
	Uuml: 'Ü',
	Auml: 'Ä'
};

export function decodeEntities(text: string): string {
	return text.replace(
		/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
		(whole, dec, hex, name) => {
			if (dec !== undefined || hex !== undefined) {
				const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
				// The HTML parser's rule: NUL, surrogates and out-of-range codes become the replacement character.
				if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
				return String.fromCodePoint(code);
			}
			return NAMED[name as string] ?? whole;
		}
	);
}

interface Tag {
	name: string;
	closing: boolean;
	selfClosing: boolean;
	attributes: Map<string, string>;
	/** Index just past the tag's `>`. */
	end: number;
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function readTag(html: string, start: number): Tag | undefined {
	const match = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(start, start + 64));
	if (!match) return undefined;
	// A quoted attribute value may contain '>', so the tag ends at the first '>' outside quotes.
	let i = start + match[0].length;
	let quote: string | undefined;
	for (; i < html.length; i++) {
		const c = html[i];
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") {
			quote = c;
		} else if (c === '>') {
			break;
		}
	}
	const inner = html.slice(start + match[0].length, i);
	const attributes = new Map<string, string>();
	for (const attribute of inner.matchAll(ATTRIBUTE)) {
		const key = attribute[1];
		if (key) attributes.set(key.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
	}
	return {
		name: (match[2] ?? '').toLowerCase(),
		closing: match[1] === '/',
		selfClosing: inner.trimEnd().endsWith('/'),
		attributes,
		end: Math.min(i + 1, html.length)
	};
}

/** Where the raw text of `name` ends: at `</name` followed by whitespace, `/` or `>`, or at the end of input. */
function rawTextEnd(html: string, from: number, name: string): number {
	const pattern = new RegExp(`</${name}(?=[\\s/>])`, 'ig');
	pattern.lastIndex = from;
	const found = pattern.exec(html);
	return found ? found.index : html.length;
}

const META_KEYS: Record<string, keyof Omit<HtmlArticle, 'text'>> = {
	'og:title': 'title',
	'twitter:title': 'title',
	'og:site_name': 'siteName',
	'application-name': 'siteName',
	'article:published_time': 'published',
	datepublished: 'published',
	date: 'published',
	'dc.date': 'published',
	'parsely-pub-date': 'published',
	author: 'author',
	'article:author': 'author'
};

export function htmlToText(html: string): HtmlArticle {
	const found: Omit<HtmlArticle, 'text'> = {};
	const out: string[] = [];
	/** Depth inside skipped elements, by name, so that nested ones of the same name close correctly. */
	const skipping: string[] = [];
	let i = 0;
	const breakParagraph = () => out.push('\n\n');
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		const textEnd = lt === -1 ? html.length : lt;
		// Line breaks in the source are spaces in HTML; only <br> and blocks break lines.
		if (textEnd > i && skipping.length === 0)
			out.push(decodeEntities(html.slice(i, textEnd).replace(/\s+/g, ' ')));
		if (lt === -1) break;
		i = lt;
		if (html.startsWith('<!--', i)) {
			const close = html.indexOf('-->', i + 4);
			i = close === -1 ? html.length : close + 3;
			continue;
		}
		if (html.startsWith('<![CDATA[', i)) {
			const close = html.indexOf(']]>', i);
			i = close === -1 ? html.length : close + 3;
			continue;
		}
		if (html[i + 1] === '!' || html[i + 1] === '?') {
			const close = html.indexOf('>', i);
			i = close === -1 ? html.length : close + 1;
			continue;
		}
		const tag = readTag(html, i);
		if (!tag) {
			// A '<' that starts no tag is text, as in "a < b".
			if (skipping.length === 0) out.push('<');
			i += 1;
			continue;
		}
		i = tag.end;
		const { name } = tag;
		if (tag.closing) {
			if (skipping.length > 0) {
				if (skipping.at(-1) === name) skipping.pop();
				continue;
			}
			if (BLOCK.has(name)) breakParagraph();
			continue;
		}
		if (name === 'meta') {
			const key = (
				tag.attributes.get('property') ??
				tag.attributes.get('name') ??
				tag.attributes.get('itemprop')
			)?.toLowerCase();
			const field = key ? META_KEYS[key] : undefined;
			const content = tag.attributes.get('content');
			if (field && content && !found[field]) found[field] = decodeEntities(content).trim();
			continue;
		}
		if (name === 'time' && !found.published) {
			const datetime = tag.attributes.get('datetime');
			if (datetime) found.published = datetime.trim();
		}
		if (RAW_TEXT.has(name)) {
			const end = rawTextEnd(html, i, name);
			if (name === 'title' && !found.title) {
				const title = decodeEntities(html.slice(i, end)).replace(/\s+/g, ' ').trim();
				if (title) found.title = title;
			}
			const close = end < html.length ? readTag(html, end) : undefined;
			i = close ? close.end : html.length;
			continue;
		}
		if (skipping.length > 0) {
			if (SKIPPED.has(name) && !VOID.has(name) && !tag.selfClosing) skipping.push(name);
			continue;
		}
		if (SKIPPED.has(name) && !VOID.has(name) && !tag.selfClosing) {
			skipping.push(name);
			continue;
		}
		if (name === 'br') out.push('\n');
		else if (BLOCK.has(name)) breakParagraph();
		else if (name === 'td' || name === 'th') out.push(' ');
	}
	return { ...found, text: tidy(out.join('')) };
}

/** Runs of spaces become one, lines are trimmed, and blank lines collapse into one paragraph break. */
function tidy(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\f\v\u00a0]+/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
