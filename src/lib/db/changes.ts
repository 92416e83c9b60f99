/**
 * Cards answered in one tab change under a study session open in another: each tab tells the others which cards
 * it wrote, and a tab coming back to the front re-reads what it holds, so no session offers a card as due that
 * was just answered elsewhere. Only a hint to re-read: every answer is scheduled from the card as stored anyway.
 */
const CHANNEL = 'byline-cards';

interface CardChangeMessage {
	/** Which page wrote: a tab's own listener hears its own posts, and must ignore them. */
	source: string;
	keys: string[];
}

const source = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
let sender: BroadcastChannel | undefined;

function isMessage(data: unknown): data is CardChangeMessage {
	if (data === null || typeof data !== 'object') return false;
	const message = data as Partial<CardChangeMessage>;
	return (
		typeof message.source === 'string' &&
		Array.isArray(message.keys) &&
		message.keys.every((key) => typeof key === 'string')
	);
}

/** Tells the app's other tabs that these cards were written. Does nothing where tabs cannot talk. */
export function announceCardChanges(keys: readonly string[]): void {
	if (keys.length === 0 || typeof BroadcastChannel === 'undefined') return;
	if (!sender) {
		sender = new BroadcastChannel(CHANNEL);
		// Node (unit tests) keeps a process alive while a channel is open; a browser has no such method.
		(sender as { unref?: () => void }).unref?.();
	}
	sender.postMessage({ source, keys: [...keys] } satisfies CardChangeMessage);
}

/**
 * Calls `onChange` with the keys another tab wrote, and with no keys when this tab comes back into view (a
 * browser may have held back messages while it was hidden or frozen). Returns the function that stops it.
 */
export function watchCardChanges(onChange: (keys: string[] | undefined) => void): () => void {
	const stops: (() => void)[] = [];
	if (typeof BroadcastChannel !== 'undefined') {
		const listener = new BroadcastChannel(CHANNEL);
		listener.onmessage = (event: MessageEvent<unknown>) => {
			if (isMessage(event.data) && event.data.source !== source) onChange(event.data.keys);
		};
		stops.push(() => listener.close());
	}
	if (typeof document !== 'undefined') {
		const shown = () => {
			if (document.visibilityState === 'visible') onChange(undefined);
		};
		document.addEventListener('visibilitychange', shown);
		stops.push(() => document.removeEventListener('visibilitychange', shown));
	}
	return () => stops.forEach((stop) => stop());
}
