import type { Bank } from '$lib/generator/bank';

export interface GenerateRequest {
	type: 'generate';
	text: string;
	id: string;
	date?: string;
	source?: string;
	authors?: string[];
}

/**
 * What the worker reports. `ready` comes once the generator and its language libraries are loaded (the slow part
 * of a first run); the generator offers no hooks inside a run, so `working` is followed by `done` or `failed`.
 */
export type WorkerMessage =
	| { type: 'ready' }
	| { type: 'working' }
	| { type: 'done'; bank: Bank; ms: number }
	| { type: 'failed'; message: string; input: boolean };

export type GenerationStage = 'loading' | 'generating';
