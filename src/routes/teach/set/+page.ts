import { base } from '$app/paths';
import { storage } from '$lib/state/context';
import { SetBuilder } from '$lib/state/set-builder.svelte';
import { shippedDecks } from '$lib/state/shipped';
import type { PageLoad } from './$types';

/** `?id=` edits a stored set; `?deck=` starts a new one from that deck's questions (all decks without it). */
export const load: PageLoad = async ({ url }) => {
	const builder = new SetBuilder(await storage.database(), {
		shipped: shippedDecks,
		linkBase: `${url.origin}${base}`
	});
	const param = (name: string) => url.searchParams.get(name) ?? undefined;
	await builder.load(param('id'), param('deck'));
	return { builder };
};
