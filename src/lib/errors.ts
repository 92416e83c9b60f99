/** What to tell the user about a failure: our errors carry messages written for them; anything else is shown as is. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
