// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** What went wrong, in words for the user (our own errors carry them); absent for anything else. */
			reason?: string;
		}
	}
}

export {};
