/**
 * Longest code or link fragment accepted; a QR code holds 2,331 bytes and browsers take far more. Apart from
 * codec.ts so the check every page runs on its address (fragment.ts) does not load the inflater.
 */
export const CODE_MAX_CHARS = 64 * 1024;
