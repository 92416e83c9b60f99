import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceCardChanges, watchCardChanges } from './changes';

let stop: (() => void) | undefined;

afterEach(() => {
	stop?.();
	stop = undefined;
});

describe('card changes between tabs', () => {
	it('issue 13: another tab hears which cards were written; the writing tab does not hear itself', async () => {
		const heard = vi.fn();
		stop = watchCardChanges(heard);
		// A second page of the app: its own module instance, so its own source id.
		vi.resetModules();
		const otherTab = await import('./changes');
		otherTab.announceCardChanges(['deck/q1', 'deck/q2']);
		announceCardChanges(['deck/q3']);
		await vi.waitFor(() => expect(heard).toHaveBeenCalledWith(['deck/q1', 'deck/q2']));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it('ignores messages that are not ours, and stops when asked', async () => {
		const heard = vi.fn();
		stop = watchCardChanges(heard);
		const stranger = new BroadcastChannel('byline-cards');
		stranger.postMessage({ keys: 'all' });
		stranger.postMessage('hello');
		await new Promise((resolve) => setTimeout(resolve, 50));
		stop();
		stranger.postMessage({ source: 'elsewhere', keys: ['deck/q1'] });
		await new Promise((resolve) => setTimeout(resolve, 50));
		stranger.close();
		expect(heard).not.toHaveBeenCalled();
	});
});
