import type { Given } from '$lib/quiz/answer';
import { listAttempts, saveAttempt, type Attempt, type SavedAnswer } from '$lib/db/attempts';
import type { BylineDatabase } from '$lib/db/schema';
import { errorMessage } from '$lib/errors';
import { newSeed } from '$lib/share/arrangement';
import {
	assignmentHash,
	type Accommodation,
	type AssignmentQuestion,
	type AssignmentSet,
	type Shared
} from '$lib/share/assignment';
import {
	answer,
	answeredCount,
	answersById,
	leftPage,
	gradeAttempt,
	logMissed,
	moveTo,
	nameProblem,
	openAssignment,
	questionAt,
	startAttempt,
	summarize,
	timeLeft,
	timeLimitFor,
	warningDue,
	warningText,
	withAccommodation,
	type AttemptSummary
} from '$lib/share/attempt';
import type { ShippedDeck } from '$lib/share/reference';
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

/** Where the decks shipped with the app come from: the build's own banks, or a test's. */
export type ShippedSource = () => Promise<readonly ShippedDeck[]>;

const noShippedDecks: ShippedSource = async () => [];

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
	/** The deck where the set's questions can be studied, once the mistakes are on Missed. */
	deckId = $state<string>();
	/** The clock as of the last tick, for the countdown. */
	now = $state(0);
	/** The latest time warning ("5 minutes left…"), for a polite live region; '' until one is due. */
	timeWarning = $state('');
	/** What the link opened gives this student: extra time or no limit. */
	accommodation = $state.raw<Accommodation>();

	/** Every attempt on this device, most recently changed first: the one copy, updated by every save. */
	#all = $state.raw<Attempt[]>([]);
	#setHash = '';
	#shownAt = 0;
	/** Times the page was left that are not on disk yet: another save was under way. */
	#leaves = 0;
	/** The smallest warning threshold already said (or passed before the questions showed). */
	#warned = Infinity;
	readonly #db: () => Promise<BylineDatabase>;
	readonly #clock: Clock;
	readonly #random: () => number;
	readonly #shipped: ShippedSource;

	/**
	 * `db` is the database, or how to get it: the page passes the app's storage, so that a link is read (and a
	 * broken or oversized one refused) even while storage fails, and a failed open is tried again on next use.
	 * `random` gives each new attempt its seed (question draw, order and choice order); `shipped` gives the decks
	 * that links may name questions of by reference.
	 */
	constructor(
		db: BylineDatabase | (() => Promise<BylineDatabase>),
		clock: Clock = systemClock,
		random: () => number = Math.random,
		shipped: ShippedSource = noShippedDecks
	) {
		this.#db = typeof db === 'function' ? db : async () => db;
		this.#clock = clock;
		this.#random = random;
		this.#shipped = shipped;
		this.now = clock.now();
	}

	/** Reads the student's attempts; call once before showing anything. */
	async load(): Promise<void> {
		this.#all = await listAttempts(await this.#db());
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

	/**
	 * Minutes this student has for the set on screen: the attempt's own (under the accommodation it was started or
	 * resumed with), else what starting from this link would give.
	 */
	get timeLimitMinutes(): number | undefined {
		if (!this.set) return undefined;
		const inProgress = this.summary?.inProgress;
		return timeLimitFor(
			this.set,
			this.attempt?.accommodation ?? inProgress?.accommodation ?? this.accommodation
		);
	}

	/** What goes back to the teacher, once submitted. */
	get result(): AssignmentResult | undefined {
		return this.graded?.result;
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
			const resumed = withAccommodation(summary.inProgress, this.accommodation);
			this.busy = true;
			try {
				if (resumed === summary.inProgress || (await this.#save(resumed, 'Try again.'))) {
					this.attempt = resumed;
					this.#enterQuestions();
				}
			} finally {
				this.busy = false;
			}
			return;
		}
		const issue = nameProblem(this.name);
		this.nameError = issue ?? '';
		if (issue || summary.next === undefined) return;
		this.busy = true;
		try {
			const fresh = startAttempt(
				set,
				this.#setHash,
				summary.next,
				this.name,
				this.#clock.now(),
				newSeed(this.#random),
				this.accommodation
			);
			if (await this.#save(fresh, 'Try again.')) {
				this.graded = undefined;
				this.missedCount = undefined;
				this.deckId = undefined;
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

	/**
	 * Call when the page is hidden (another app, another tab): while answering it is counted and saved with the
	 * attempt, and the teacher sees the count with the result. It never changes the grade.
	 */
	async leftPage(): Promise<void> {
		const attempt = this.attempt;
		if (!attempt || attempt.submittedAt !== undefined) return;
		if (this.view !== 'question' && this.view !== 'summary') return;
		this.#leaves++;
		// A save under way writes the attempt it started with; the next save carries this one.
		if (this.busy) return;
		this.busy = true;
		try {
			await this.#save(attempt, '');
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

	/**
	 * Call every second or so while answering: moves the countdown on, says when five minutes and one minute are
	 * left, and submits when the time is up.
	 */
	async tick(): Promise<void> {
		this.now = this.#clock.now();
		const left = this.remaining;
		if (left === 0) {
			await this.#submit(true);
			return;
		}
		const limit = this.attempt && timeLimitFor(this.attempt.set, this.attempt.accommodation);
		if (left === undefined || limit === undefined) return;
		const due = warningDue(limit, left);
		if (due !== undefined && due < this.#warned) {
			this.#warned = due;
			this.timeWarning = warningText(due);
		}
	}

	#close(): void {
		this.#leaves = 0;
		this.view = 'open';
		this.set = undefined;
		this.refused = undefined;
		this.attempt = undefined;
		this.graded = undefined;
		this.accommodation = undefined;
		this.timeWarning = '';
	}

	async #reload(): Promise<void> {
		try {
			await this.load();
		} catch (error) {
			this.problem = errorMessage(error);
		}
	}

	async #openOrRefuse(text: string): Promise<void> {
		let shipped: readonly ShippedDeck[] = [];
		try {
			shipped = await this.#shipped();
		} catch {
			// Without the shipped decks a link naming their questions is refused with its own message; others open.
		}
		const opened = openAssignment(text, shipped);
		if ('problem' in opened) {
			this.#close();
			this.view = 'refused';
			this.refused = { message: opened.problem, details: opened.details };
			return;
		}
		await this.#show(opened.shared.set, opened.setHash, opened.shared);
	}

	/** The set's latest submitted attempt if it has no other in progress, else its intro. */
	async #show(set: AssignmentSet, setHash: string, shared?: Shared): Promise<void> {
		this.#close();
		this.set = set;
		this.accommodation = shared?.accommodation;
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
			if (shared?.student) this.name = shared.student;
			if (!this.name) this.name = mine.at(-1)?.student ?? this.#all[0]?.student ?? '';
			const found = mine.find((a) => a.submittedAt === undefined);
			// Extra time given while the attempt was under way counts before deciding that its time is up.
			const open = found && withAccommodation(found, this.accommodation);
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
		// Warnings whose moment passed while the attempt was closed are not said late, all at once.
		const left = this.remaining;
		const limit = this.attempt && timeLimitFor(this.attempt.set, this.attempt.accommodation);
		const passed = left === undefined || limit === undefined ? undefined : warningDue(limit, left);
		this.#warned = passed ?? Infinity;
		this.timeWarning = '';
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
			// Graded with every departure counted, so the result sent matches the attempt saved.
			const done: Attempt = { ...this.#withLeaves(attempt), submittedAt: at, updatedAt: at };
			let graded: GradedResult;
			try {
				graded = gradeAttempt(done);
			} catch (error) {
				this.problem = `Your answers were not submitted: ${errorMessage(error)}`;
				return;
			}
			if (!(await this.#save(done, 'Your answers were not submitted; try again.'))) return;
			this.#leaves = 0;
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
			const logged = await logMissed(await this.#db(), attempt, graded, moment);
			await this.#save({ ...attempt, missedLogged: true }, '');
			this.missedCount = logged.count;
			this.deckId = logged.deckId;
		} catch (error) {
			this.problem = `Your answers are submitted, but adding your mistakes to Missed failed: ${errorMessage(error)}`;
		}
	}

	/** The attempt with the departures not yet saved counted in. */
	#withLeaves(attempt: Attempt): Attempt {
		return this.#leaves > 0 ? leftPage(attempt, this.#leaves, attempt.updatedAt) : attempt;
	}

	/** Writes the attempt, then takes it as the one on screen and in the list; says what failed if it could not. */
	async #save(next: Attempt, whatNow: string): Promise<boolean> {
		const leaves = next.submittedAt === undefined ? this.#leaves : 0;
		try {
			const saved = await saveAttempt(await this.#db(), leaves > 0 ? this.#withLeaves(next) : next);
			this.#leaves -= leaves;
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
