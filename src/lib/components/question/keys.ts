/** Keys that a global shortcut must leave alone: typing in a field, or a browser/OS shortcut. */
export function isShortcutTarget(event: KeyboardEvent): boolean {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
	const target = event.target as HTMLElement | null;
	if (!target || typeof target.closest !== 'function') return true;
	return !target.closest('input, select, textarea, [contenteditable="true"], dialog, [popover]');
}

/** `u` or Ctrl/⌘+Z outside text fields: Anki's undo keys. */
export function isUndoKey(event: KeyboardEvent): boolean {
	const target = event.target as HTMLElement | null;
	if (
		target &&
		typeof target.closest === 'function' &&
		target.closest('input, select, textarea, [contenteditable="true"]')
	)
		return false;
	if (event.altKey) return false;
	if (event.ctrlKey || event.metaKey) return event.key.toLowerCase() === 'z' && !event.shiftKey;
	return event.key === 'u';
}
