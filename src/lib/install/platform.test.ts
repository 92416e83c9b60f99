import { describe, expect, it } from 'vitest';
import { installRoute } from './platform';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_SAFARI =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const IPHONE_CHROME =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1';
const IPHONE_INSTAGRAM =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.0';
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

describe('installRoute', () => {
	it.each([
		['Safari on an iPhone', IPHONE_SAFARI, 5, false, 'ios-safari'],
		['Safari on an iPad (which says Macintosh) with touch', IPAD_SAFARI, 5, false, 'ios-safari'],
		['Safari on a Mac, no touch', IPAD_SAFARI, 0, false, 'other'],
		['Chrome on an iPhone', IPHONE_CHROME, 5, false, 'other'],
		['an in-app browser on an iPhone', IPHONE_INSTAGRAM, 5, false, 'other'],
		['Chrome on Android (it has an install prompt)', ANDROID_CHROME, 5, false, 'other'],
		['Safari on an iPhone, opened from the home screen', IPHONE_SAFARI, 5, true, 'installed']
	] as const)('issue 11: %s', (_name, agent, touch, standalone, route) => {
		expect(installRoute(agent, touch, standalone)).toBe(route);
	});
});
