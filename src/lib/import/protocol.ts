import type { Bank } from '$lib/generator/bank';
import type { Omitted } from '$lib/generator/questions';

export type { Omitted };

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
 *
 * `done.omitted`: a deck holds at most DECK_CAP (300) questions, asked about facts spread over the whole text; the
 * facts of each kind left without a question are counted here ({ quote, figure, date }, all 0 when nothing was
 * left out), so the review screen can say "300 questions from a long text; 412 quotes, 95 figures and 60 dates
 * were left out". The facts themselves stay in `bank.facts`.
 */
export type WorkerMessage =
	| { type: 'ready' }
	| { type: 'working' }
	| { type: 'done'; bank: Bank; omitted: Omitted; ms: number }
	| { type: 'failed'; message: string; input: boolean };

export type GenerationStage = 'loading' | 'generating';
