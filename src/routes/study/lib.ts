import type { SessionMode } from '$lib/state/study.svelte';

/** The session a URL asks for: `?mode=ahead` or `?mode=practice`, else the day's study. */
export function modeFrom(params: URLSearchParams): Exclude<SessionMode, 'drill'> {
	const mode = params.get('mode');
	return mode === 'ahead' || mode === 'practice' ? mode : 'study';
}

export const MODE_TITLES: Record<SessionMode, string> = {
	study: 'Due and new cards',
	ahead: 'Studying ahead',
	practice: 'Practice: due dates stay as they are',
	drill: 'Drilling missed questions'
};
