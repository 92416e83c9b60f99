import { CODE_MAX_CHARS } from './limits';

/**
 * A link's fragment as the app may safely start with, or undefined when it already is. The router decodes the
 * fragment of every page it opens, so a `%` that starts no valid escape (a link damaged on the way) throws a
 * URIError before any page can say what is wrong, and a fragment of megabytes (a link pasted together with a
 * document) is copied and parsed again and again, blocking the page for seconds. Codes are base64url, so
 * neither belongs in one: a longer fragment is cut to just over the longest code, which the decoder then refuses
 * by its length at once, and every `%` of an undecodable one is escaped, which the decoder refuses as damaged.
 */
export function safeFragment(hash: string): string | undefined {
	const limit = CODE_MAX_CHARS + 2; // '#' and one character over the limit, so the length still says too long
	const cut = hash.length > limit ? hash.slice(0, limit) : hash;
	if (decoded(cut) !== undefined) return cut === hash ? undefined : cut;
	return cut.replaceAll('%', '%25');
}

/** The decoded fragment, or undefined where the router's decoding would throw. Used, so no minifier drops it. */
function decoded(hash: string): string | undefined {
	try {
		return decodeURIComponent(hash);
	} catch {
		return undefined;
	}
}
