/// <reference lib="webworker" />
import { GeneratorInputError, generate } from '$lib/generator/generate';
import type { GenerateRequest, WorkerMessage } from './protocol';
import { errorMessage } from '$lib/errors';

// The generator and its language libraries load with this module, in this worker only: the study pages never
// fetch them. Generating takes up to a few seconds on a very long text, so it runs here and the page stays responsive.
declare const self: DedicatedWorkerGlobalScope;

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
	const request = event.data;
	if (request?.type !== 'generate') return;
	post({ type: 'working' });
	const started = performance.now();
	try {
		const { bank, omitted } = generate({
			text: request.text,
			id: request.id,
			...(request.date ? { date: request.date } : {}),
			...(request.source ? { source: request.source } : {}),
			...(request.authors?.length ? { authors: request.authors } : {})
		});
		post({ type: 'done', bank, omitted, ms: performance.now() - started });
	} catch (error) {
		post({
			type: 'failed',
			input: error instanceof GeneratorInputError,
			message: errorMessage(error)
		});
	}
});

post({ type: 'ready' });
