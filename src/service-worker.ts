/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

const base = new URL(self.registration.scope).pathname.replace(/\/$/, '');

// Built files carry a content hash in their names; static files and pages change under the same name.
precacheAndRoute(
	[
		...build.map((url) => ({ url, revision: null })),
		...files.map((url) => ({ url, revision: version })),
		...prerendered.map((url) => ({ url, revision: version }))
	],
	// Pages take their options from the query (`/study?deck=…`); the cached page is the same for every query.
	{ ignoreURLParametersMatching: [/.*/] }
);
cleanupOutdatedCaches();

// Every page is the same client-rendered shell, so a cold deep link offline gets the root page and routes itself.
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${base}/`)));

self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
