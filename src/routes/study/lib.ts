import type { SessionMode } from '$lib/state/study.svelte';

/** What the study page's load gives it; `invalidate(STUDY_DATA)` starts the session afresh. */
export const STUDY_DATA = 'byline:study';

/** The session a URL asks for: `?mode=ahead` or `?mode=practice`, else the day's study. */
export function modeFrom(params: URLSearchParams): Exclude<SessionMode, 'drill'> {
	const mode = params.get('mode');
	return mode === 'ahead' || mode === 'practice' ? mode : 'study';
}

/** One deck (`?deck=`) or all of them, in the mode the URL asks for. */
export function studyRequest(params: URLSearchParams): {
	deckId: string | undefined;
	mode: Exclude<SessionMode, 'drill'>;
} {
	return { deckId: params.get('deck') || undefined, mode: modeFrom(params) };
}

export const MODE_TITLES: Record<SessionMode, string> = {
	study: 'Due and new cards',
	ahead: 'Studying ahead',
	practice: 'Practice: due dates stay as they are',
	drill: 'Drilling missed questions'
};
