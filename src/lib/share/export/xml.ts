/**
 * Text for XML documents we write by hand (Moodle XML, QTI). Every string of ours goes through `xmlEscape`, so a
 * quote holding `<script>` or `&` stays text and the file stays well-formed.
 */

/**
 * Characters XML 1.0 cannot hold at all, even escaped: a stray one makes an importer refuse the whole file. With
 * the `u` flag a surrogate pair (an emoji) is one character and stays; only a lone surrogate matches.
 */
// eslint-disable-next-line no-control-regex -- matching the characters XML 1.0 forbids is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

/**
 * Element content: drops what XML 1.0 forbids and escapes the five special characters. A carriage return is
 * written as a reference because a parser would turn a literal one into a line feed.
 */
export function xmlEscape(text: string): string {
	return dropForbidden(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		.replace(/\r/g, '&#13;');
}

/** An attribute value: as content, and line feeds and tabs as references, which a parser would turn into spaces. */
export function xmlAttr(text: string): string {
	return xmlEscape(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Removes the characters XML 1.0 cannot carry. */
export function dropForbidden(text: string): string {
	return text.replace(NOT_XML, '');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** An element to serialize; a string child is text and is escaped when written. */
export interface XmlElement {
	name: string;
	attrs?: Record<string, string | number | boolean | undefined>;
	children?: (XmlElement | string)[];
}

/** Shorthand for building `XmlElement`s; undefined attributes are left out. */
export function el(
	name: string,
	attrs: XmlElement['attrs'] = {},
	...children: (XmlElement | string | undefined | false)[]
): XmlElement {
	return { name, attrs, children: children.filter((child) => child !== undefined && child !== false) };
}

/**
 * Writes an element and its children, one element per line. An element holding text is written on one line
 * with nothing added around its text, so the text reads back exactly as given.
 */
export function serialize(node: XmlElement, indent = ''): string {
	const attrs = Object.entries(node.attrs ?? {})
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => ` ${key}="${xmlAttr(String(value))}"`)
		.join('');
	const children = node.children ?? [];
	if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
	if (children.some((child) => typeof child === 'string')) {
		const inline = children.map((child) => (typeof child === 'string' ? xmlEscape(child) : serialize(child)));
		return `${indent}<${node.name}${attrs}>${inline.join('')}</${node.name}>`;
	}
	const lines = children.map((child) => serialize(child as XmlElement, `${indent}  `));
	return `${indent}<${node.name}${attrs}>\n${lines.join('\n')}\n${indent}</${node.name}>`;
}

/** A whole XML file: the declaration, the root element and a final line break. */
export function xmlDocument(root: XmlElement): string {
	return `${XML_DECLARATION}\n${serialize(root)}\n`;
}
