import { choicesOf } from '../domain/question';
import type { Question } from '../generator/bank';
import { hashSeed } from '../generator/hash';
import { createRandom, shuffle } from '../generator/random';

/**
 * The question with its choices in a new order for this showing (`showing` counts from 0), the same for the same
 * seed: a question that comes back (a learning step, a drill's retry) must not be answerable by where its answer
 * sat last time, so from the second showing on the answer always moves. True/false keeps True before False, which
 * is the order a student reads the statement in, and gives nothing away.
 */
export function withChoicesShuffled<Q extends Question>(question: Q, seed: number, showing: number): Q {
	const choices = choicesOf(question);
	if (!choices || choices.length < 2 || question.type === 'true-false') return question;
	const random = createRandom(hashSeed(`${question.id}:${showing}`, seed));
	const order = shuffle(choices, random);
	if (showing > 0) {
		const was = choicesOf(withChoicesShuffled(question, seed, showing - 1))?.indexOf(question.answer);
		const now = order.indexOf(question.answer);
		if (now >= 0 && was === now) {
			const other = (now + 1 + Math.floor(random() * (order.length - 1))) % order.length;
			[order[now], order[other]] = [order[other] as string, order[now] as string];
		}
	}
	return { ...question, choices: order };
}
