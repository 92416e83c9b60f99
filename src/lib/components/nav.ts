import type { Pathname } from '$app/types';

export interface NavItem {
	path: Pathname;
	label: string;
	/** Shown in the phone's bottom bar; the rest sit under "More". */
	primary: boolean;
}

export const NAV_ITEMS: NavItem[] = [
	{ path: '/', label: 'Home', primary: true },
	{ path: '/study', label: 'Study', primary: true },
	{ path: '/quiz', label: 'Quiz', primary: true },
	{ path: '/missed', label: 'Missed', primary: true },
	{ path: '/progress', label: 'Progress', primary: false },
	{ path: '/teach', label: 'Teach', primary: false },
	{ path: '/import', label: 'Import', primary: false },
	{ path: '/settings', label: 'Settings', primary: false }
];

export function isCurrent(itemPath: string, pathname: string, base: string): boolean {
	const path = pathname.slice(base.length) || '/';
	return itemPath === '/' ? path === '/' : path === itemPath || path.startsWith(`${itemPath}/`);
}
