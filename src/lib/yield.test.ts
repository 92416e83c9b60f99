import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, yieldToMain } from './yield';

afterEach(() => vi.unstubAllGlobals());

describe('yieldToMain', () => {
	it('uses scheduler.yield where the browser has it', async () => {
		const yielded = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yielded });
		await yieldToMain();
		expect(yielded).toHaveBeenCalledOnce();
	});

	it('otherwise resumes in a later task, after work already queued', async () => {
		vi.stubGlobal('scheduler', undefined);
		const order: string[] = [];
		setTimeout(() => order.push('queued task'), 0);
		await yieldToMain();
		order.push('resumed');
		expect(order).toEqual(['queued task', 'resumed']);
	});
});

describe('afterNextPaint', () => {
	it('resolves once, after the frame, even where the frame callback and the timeout both fire', async () => {
		let frame: (() => void) | undefined;
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => (frame = callback));
		const done = vi.fn();
		const waiting = afterNextPaint().then(done);
		await yieldToMain();
		expect(done).not.toHaveBeenCalled();
		frame?.();
		await waiting;
		expect(done).toHaveBeenCalledOnce();
	});

	it('still resolves where no frame is ever rendered (a hidden tab)', async () => {
		vi.stubGlobal('requestAnimationFrame', () => 0);
		await expect(afterNextPaint()).resolves.toBeUndefined();
	});
});
