/**
 * A prompt as it reads on a printed worksheet. Prompts are written for the screen ("Type the missing figure");
 * on paper a student writes, so the verb changes and the rest of the prompt stays as the set has it.
 */
export function paperPrompt(prompt: string): string {
	return prompt.replace(/^Type the missing (\w+)/u, 'Write the missing $1 in the blank');
}
