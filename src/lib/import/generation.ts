import type { Bank } from '$lib/generator/bank';
import type { GenerateRequest, GenerationStage, Omitted, WorkerMessage } from './protocol';

export class GenerationError extends Error {
	constructor(
		message: string,
		/** The article is the problem (the person can fix it), not the app. */
		readonly input: boolean
	) {
		super(message);
		this.name = 'GenerationError';
	}
}

export interface Generation {
	/** `omitted`: the facts the deck cap left without a question, by kind (see protocol.ts). */
	result: Promise<{ bank: Bank; omitted: Omitted; ms: number }>;
	/** Stops the worker at once, mid-article if need be; `result` rejects with an AbortError. */
	cancel(): void;
}

/** A worker per run: cancelling terminates it, which is the only way to stop a synchronous generator mid-run. */
export function startGeneration(
	request: Omit<GenerateRequest, 'type'>,
	onStage: (stage: GenerationStage) => void,
	createWorker: () => Worker = () =>
		new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' })
): Generation {
	const worker = createWorker();
	type Result = { bank: Bank; omitted: Omitted; ms: number };
	let settle: { resolve: (value: Result) => void; reject: (error: Error) => void };
	const result = new Promise<Result>((resolve, reject) => (settle = { resolve, reject }));
	const finish = () => worker.terminate();
	onStage('loading');
	worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
		const message = event.data;
		if (message.type === 'ready') {
			worker.postMessage({ type: 'generate', ...request } satisfies GenerateRequest);
		} else if (message.type === 'working') {
			onStage('generating');
		} else if (message.type === 'done') {
			finish();
			settle.resolve({ bank: message.bank, omitted: message.omitted, ms: message.ms });
		} else {
			finish();
			settle.reject(new GenerationError(message.message, message.input));
		}
	});
	worker.addEventListener('error', (event) => {
		finish();
		event.preventDefault();
		settle.reject(
			new GenerationError(
				'The question generator could not start. Reload the page and try again; if you are offline, open Byline once online first.',
				false
			)
		);
	});
	return {
		result,
		cancel() {
			finish();
			settle.reject(new DOMException('Generation cancelled', 'AbortError'));
		}
	};
}
