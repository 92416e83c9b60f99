// The package ships no types for its side-effect entry, which installs an in-memory IndexedDB on globalThis.
declare module 'fake-indexeddb/auto';
