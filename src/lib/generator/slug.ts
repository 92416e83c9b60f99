import { hash } from './hash';

/** A readable id from a title; apart from the pipeline so pages can name a deck without loading the generator. */
export function slug(title: string): string {
	const s = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return s || `article-${hash(title).slice(0, 8)}`;
}
