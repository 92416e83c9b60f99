/**
 * How this browser lets a student put Byline on the home screen. Safari on iPhone and iPad has no install prompt
 * (no `beforeinstallprompt`) and clears a site's storage after seven days without a visit unless the site was
 * added to the home screen, so there the app spells out the Share → Add to Home Screen steps instead.
 */
export type InstallRoute = 'installed' | 'ios-safari' | 'other';

/** Other iOS browsers and in-app views name themselves in the user agent; Safari alone adds none of these. */
const NOT_SAFARI = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|FBAN|FBAV|Instagram|Line\/|DuckDuckGo|YaBrowser/;

/**
 * `maxTouchPoints` tells an iPad (which reports itself as a Mac since iPadOS 13) from a Mac; `standalone` is the
 * app already opened from the home screen.
 */
export function installRoute(userAgent: string, maxTouchPoints: number, standalone: boolean): InstallRoute {
	if (standalone) return 'installed';
	const ios = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
	const safari = /Safari\//.test(userAgent) && /Version\//.test(userAgent) && !NOT_SAFARI.test(userAgent);
	return ios && safari ? 'ios-safari' : 'other';
}
