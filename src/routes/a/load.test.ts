import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DbError, openDatabase } from '$lib/db/open';
import type { BylineDatabase } from '$lib/db/schema';
import { assignmentLink } from '$lib/share/assignment';
import { CODE_MAX_CHARS } from '$lib/share/limits';
import { QUESTIONS, makeSet } from '$lib/share/test-fixtures';
import type { AssignmentSession } from '$lib/state/assignment.svelte';
import { load } from './+page';

// The app's storage, played by each test: one whose open does not answer in time, then one that does.
const database = vi.fn<() => Promise<BylineDatabase>>();
vi.mock('$lib/state/context', async () => ({
	storage: { database: () => database() },
	clock: (await import('$lib/state/clock')).systemClock
}));
vi.mock('$lib/state/shipped', () => ({ shippedDecks: async () => [] }));

async function openPage(): Promise<AssignmentSession> {
	const data = (await load({} as Parameters<typeof load>[0])) as { session: AssignmentSession };
	return data.session;
}

describe('/a while storage fails', () => {
	it('still refuses an oversized link by its length (the layout says the storage did not answer)', async () => {
		database.mockRejectedValue(new DbError('timeout'));
		const session = await openPage();
		await session.open(`#b1a.${'A'.repeat(CODE_MAX_CHARS)}`);
		expect(session.view).toBe('refused');
		expect(session.refused?.message).toMatch(/^This assignment link is too long/);
	});

	it('opens a good link once the storage answers again, without a reload', async () => {
		database.mockRejectedValue(new DbError('timeout'));
		const session = await openPage();
		const db = await openDatabase({ name: 'a-load-retry' });
		database.mockResolvedValue(db);
		const set = makeSet(QUESTIONS.slice(0, 2));
		await session.open(assignmentLink('https://x.test', set).split('#')[1]!);
		expect(session.view).toBe('intro');
		expect(session.ready).toBe(true);
		expect(session.problem).toBe('');
		db.close();
	});
});
