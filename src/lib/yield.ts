/**
 * Ends the current task so the browser can paint and handle input before the rest runs. `scheduler.yield()` (Chromium
 * 129+) resumes ahead of other queued tasks; elsewhere a zero timeout is a new task at the back of the queue.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the next frame has been rendered: work started then is not part of the task that built
 * the DOM, nor of the style and layout that frame needed. Without `requestAnimationFrame` (a hidden tab may not
 * run it for a while) a timeout stands in.
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		let done = false;
		const go = () => {
			if (done) return;
			done = true;
			void yieldToMain().then(resolve);
		};
		if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
		setTimeout(go, 100);
	});
}
