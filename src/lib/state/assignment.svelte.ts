import type { Given } from '$lib/quiz/answer';
import { listAttempts, saveAttempt, type Attempt, type SavedAnswer } from '$lib/db/attempts';
import type { BylineDatabase } from '$lib/db/schema';
import { errorMessage } from '$lib/errors';
import { assignmentHash, type AssignmentQuestion, type AssignmentSet } from '$lib/share/assignment';
import {
	answer,
	answeredCount,
	answersById,
	deckIdFor,
	gradeAttempt,
	logMissed,
	moveTo,
	nameProblem,
	openAssignment,
	questionAt,
	startAttempt,
	summarize,
	timeLeft,
	type AttemptSummary
} from '$lib/share/attempt';
import type { AssignmentResult, GradedResult } from '$lib/share/result';
import type { Rating } from '$lib/srs/card';
import { systemClock, type Clock } from './clock';

/**
 * - open: no assignment in the link: where to paste one, and the student's earlier ones.
 * - refused: the link or file cannot be opened; `refused` says why.
 * - intro: the set's details, and the name to start with (or Resume, or "no attempts left").
 * - question, summary: answering, then reviewing before submitting.
 * - done: the submitted attempt, graded.
 */
export type AssignmentView = 'open' | 'refused' | 'intro' | 'question' | 'summary' | 'done';

export interface Refusal {
	message: string;
	/** Validation details, for the teacher. */
	details: readonly string[];
}

/** Under this much time left the countdown warns the student. */
export const TIME_LOW_MS = 60_000;

const NO_ANSWERS: ReadonlyMap<string, SavedAnswer> = new Map();

const byNumber = (a: Attempt, b: Attempt) => a.number - b.number;

/**
 * A student taking an assignment from a link: opening it, one attempt at a time, each answer saved before the
 * next question shows (a closed tab resumes where it was), a time limit that submits by itself, and after
 * submitting the grade, the result to send back, and the mistakes added to Missed. Pure of the DOM; `/a` renders it.
 */
export class AssignmentSession {
	view = $state<AssignmentView>('open');
	set = $state.raw<AssignmentSet>();
	refused = $state.raw<Refusal>();
	/** The attempt on screen: in progress, or submitted. */
	attempt = $state.raw<Attempt>();
	/** Set once an attempt is submitted and saved; never before. */
	graded = $state.raw<GradedResult>();
	/** The name typed on the intro screen; prefilled from the student's last attempt. */
	name = $state('');
	nameError = $state('');
	problem = $state('');
	/** An attempt is being written: nothing else may change it until it is on disk. */
	busy = $state(false);
	/** This set's earlier attempts have been read: until then Start could begin a second attempt. */
	ready = $state(false);
	/** The time limit ran out and the attempt was submitted as it stood. */
	timedOut = $state(false);
	/** How many wrong or blank answers went to Missed, once they have. */
	missedCount = $state<number>();
	/** The clock as of the last tick, for the countdown. */
	now = $state(0);

	/** Every attempt on this device, most recently changed first: the one copy, updated by every save. */
	#all = $state.raw<Attempt[]>([]);
	#setHash = '';
	#shownAt = 0;
	readonly #db: BylineDatabase;
	readonly #clock: Clock;
	readonly #random: () => number;

	/** `random` gives each new attempt the seed of its shuffled order. */
	constructor(db: BylineDatabase, clock: Clock = systemClock, random: () => number = Math.random) {
		this.#db = db;
		this.#clock = clock;
		this.#random = random;
		this.now = clock.now();
	}

	/** Reads the student's attempts; call once before showing anything. */
	async load(): Promise<void> {
		this.#all = await listAttempts(this.#db);
	}

	/** Every assignment this student has opened, most recently changed first. */
	get yours(): readonly Attempt[] {
		return this.#all;
	}

	/** This version of the open set's attempts, first go first. */
	get attempts(): Attempt[] {
		const set = this.set;
		if (!set) return [];
		return this.#all.filter((a) => a.set.id === set.id && a.setHash === this.#setHash).sort(byNumber);
	}

	get summary(): AttemptSummary | undefined {
		return this.set ? summarize(this.set, this.attempts) : undefined;
	}

	/** The question on screen while answering. */
	get question(): AssignmentQuestion | undefined {
		return this.attempt ? questionAt(this.attempt, this.attempt.current) : undefined;
	}

	/** The answers of the attempt on screen, by question id. */
	get answers(): ReadonlyMap<string, SavedAnswer> {
		return this.attempt ? answersById(this.attempt) : NO_ANSWERS;
	}

	savedAnswer(questionId: string): Pick<SavedAnswer, 'given' | 'ms'> | undefined {
		const saved = this.answers.get(questionId);
		return saved && { given: saved.given, ms: saved.ms };
	}

	get answeredCount(): number {
		return this.attempt ? answeredCount(this.attempt) : 0;
	}

	/** Milliseconds left while answering under a time limit; undefined otherwise. */
	get remaining(): number | undefined {
		if (!this.attempt || (this.view !== 'question' && this.view !== 'summary')) return undefined;
		return timeLeft(this.attempt, this.now);
	}

	get timeLow(): boolean {
		const left = this.remaining;
		return left !== undefined && left < TIME_LOW_MS;
	}

	/** What goes back to the teacher, once submitted. */
	get result(): AssignmentResult | undefined {
		return this.graded?.result;
	}

	/** The student's own deck made from the set, where its questions can be studied. */
	get deckId(): string | undefined {
		return this.set ? deckIdFor(this.set) : undefined;
	}

	/** Opens the assignment in a link's fragment or a pasted code; an empty one is the screen to open one from. */
	async open(code: string): Promise<void> {
		const fragment = code.replace(/^#/, '');
		if (!fragment) {
			this.#close();
			await this.#reload();
			return;
		}
		await this.#openOrRefuse(fragment);
	}

	/** Opens the text of a `.byline-set.json` file. */
	async openFile(text: string): Promise<void> {
		await this.#openOrRefuse(text);
	}

	/** Opens one of the student's earlier assignments again. */
	async reopen(attempt: Attempt): Promise<void> {
		await this.#show(attempt.set, assignmentHash(attempt.set));
	}

	/** Starts a new attempt under the name typed, or resumes the one in progress. */
	async start(): Promise<void> {
		const { set, summary } = this;
		if (!set || !summary || this.busy || !this.ready) return;
		if (summary.inProgress) {
			this.attempt = summary.inProgress;
			this.#enterQuestions();
			return;
		}
		const issue = nameProblem(this.name);
		this.nameError = issue ?? '';
		if (issue || summary.next === undefined) return;
		this.busy = true;
		try {
			const seed = Math.floor(this.#random() * 2 ** 31);
			const fresh = startAttempt(set, this.#setHash, summary.next, this.name, this.#clock.now(), seed);
			if (await this.#save(fresh, 'Try again.')) {
				this.graded = undefined;
				this.missedCount = undefined;
				this.timedOut = false;
				this.#enterQuestions();
			}
		} finally {
			this.busy = false;
		}
	}

	/** Saves the answer to the question on screen, then shows the next one (or the summary after the last). */
	async answer(given: Given): Promise<void> {
		const { attempt, question } = this;
		if (!attempt || !question || this.view !== 'question' || this.busy) return;
		this.busy = true;
		try {
			const at = this.#clock.now();
			let next = answer(attempt, question.id, given, at - this.#shownAt, at);
			const last = next.current >= next.order.length - 1;
			if (!last) next = moveTo(next, next.current + 1, at);
			if (await this.#save(next, 'Your answer is still on screen; try again.')) {
				this.#shownAt = this.#clock.now();
				if (last) this.view = 'summary';
			}
		} finally {
			this.busy = false;
		}
	}

	/** A flashcard in a set (an older link may carry one) counts as known or not. */
	async rate(rating: Rating): Promise<void> {
		const question = this.question;
		if (question) await this.answer(rating === 'again' ? '' : question.answer);
	}

	/** To another question, saving where the student is so a reload comes back to it. */
	async go(index: number): Promise<void> {
		const attempt = this.attempt;
		if (!attempt || attempt.submittedAt !== undefined || this.busy) return;
		this.busy = true;
		try {
			const moved = moveTo(attempt, index, this.#clock.now());
			if (await this.#save(moved, 'Try again.')) this.#enterQuestions();
		} finally {
			this.busy = false;
		}
	}

	/** The list of questions, answered or not, before submitting. */
	review(): void {
		if (this.view === 'question' && !this.busy) this.view = 'summary';
	}

	/** The student submits: graded, saved as submitted, and the mistakes added to Missed. */
	async submit(): Promise<void> {
		await this.#submit(false);
	}

	/** Call every second or so while answering: moves the countdown on, and submits when the time is up. */
	async tick(): Promise<void> {
		this.now = this.#clock.now();
		if (this.remaining === 0) await this.#submit(true);
	}

	#close(): void {
		this.view = 'open';
		this.set = undefined;
		this.refused = undefined;
		this.attempt = undefined;
		this.graded = undefined;
	}

	async #reload(): Promise<void> {
		try {
			await this.load();
		} catch (error) {
			this.problem = errorMessage(error);
		}
	}

	async #openOrRefuse(text: string): Promise<void> {
		const opened = openAssignment(text);
		if ('problem' in opened) {
			this.#close();
			this.view = 'refused';
			this.refused = { message: opened.problem, details: opened.details };
			return;
		}
		await this.#show(opened.set, opened.setHash);
	}

	/** The set's latest submitted attempt if it has no other in progress, else its intro. */
	async #show(set: AssignmentSet, setHash: string): Promise<void> {
		this.#close();
		this.set = set;
		this.#setHash = setHash;
		this.view = 'intro';
		this.ready = false;
		this.timedOut = false;
		this.missedCount = undefined;
		this.nameError = '';
		this.problem = '';
		try {
			// Another tab may have worked on this set since the list was read.
			await this.load();
			this.ready = true;
			const mine = this.attempts;
			if (!this.name) this.name = mine.at(-1)?.student ?? this.#all[0]?.student ?? '';
			const open = mine.find((a) => a.submittedAt === undefined);
			const latest = mine.findLast((a) => a.submittedAt !== undefined);
			if (open && timeLeft(open, this.#clock.now()) === 0) {
				this.attempt = open;
				await this.#submit(true);
			} else if (latest && !open) {
				this.attempt = latest;
				this.graded = gradeAttempt(latest);
				this.view = 'done';
				if (!latest.missedLogged) await this.#logMissed(latest, this.graded);
			}
		} catch (error) {
			this.problem = errorMessage(error);
		}
	}

	#enterQuestions(): void {
		this.now = this.#clock.now();
		this.#shownAt = this.now;
		this.view = 'question';
	}

	/**
	 * Grading comes first and the attempt counts as used only once it is saved as submitted: a submit that fails
	 * leaves it in progress, to submit again.
	 */
	async #submit(timedOut: boolean): Promise<void> {
		const attempt = this.attempt;
		if (!attempt || attempt.submittedAt !== undefined || this.busy) return;
		this.busy = true;
		try {
			const at = this.#clock.now();
			const done: Attempt = { ...attempt, submittedAt: at, updatedAt: at };
			let graded: GradedResult;
			try {
				graded = gradeAttempt(done);
			} catch (error) {
				this.problem = `Your answers were not submitted: ${errorMessage(error)}`;
				return;
			}
			if (!(await this.#save(done, 'Your answers were not submitted; try again.'))) return;
			this.graded = graded;
			this.timedOut = timedOut;
			this.view = 'done';
			await this.#logMissed(this.attempt ?? done, graded);
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Adds the set to the student's decks with the wrong and blank answers on Missed, once per attempt: the
	 * attempt records that it was done, so a tab closed in between does it when the attempt is next opened.
	 */
	async #logMissed(attempt: Attempt, graded: GradedResult): Promise<void> {
		try {
			const moment = { at: this.#clock.now(), tzOffsetMinutes: this.#clock.tzOffsetMinutes() };
			const count = await logMissed(this.#db, attempt, graded, moment);
			await this.#save({ ...attempt, missedLogged: true }, '');
			this.missedCount = count;
		} catch (error) {
			this.problem = `Your answers are submitted, but adding your mistakes to Missed failed: ${errorMessage(error)}`;
		}
	}

	/** Writes the attempt, then takes it as the one on screen and in the list; says what failed if it could not. */
	async #save(next: Attempt, whatNow: string): Promise<boolean> {
		try {
			const saved = await saveAttempt(this.#db, next);
			this.attempt = saved;
			this.#all = [saved, ...this.#all.filter((a) => a.id !== saved.id)];
			this.problem = '';
			return true;
		} catch (error) {
			this.problem = `${errorMessage(error)} ${whatNow}`.trim();
			return false;
		}
	}
}
