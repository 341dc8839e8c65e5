import { readStored, writeStored } from './local-store.ts';

/** A code as the home page lists it. */
export interface CodeShortcut {
  code: string;
  title: string;
}

const RECENT_KEY = 'recent-codes';
const PINNED_KEY = 'pinned-codes';
const RECENT_LIMIT = 6;

const isShortcutList = (value: unknown): value is CodeShortcut[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof item.code === 'string' && typeof item.title === 'string');

export const recentCodes = () => readStored(RECENT_KEY, [], isShortcutList);
export const pinnedCodes = () => readStored(PINNED_KEY, [], isShortcutList);

/** Most recent first, each code once. */
export function rememberVisit(shortcut: CodeShortcut): void {
  const others = recentCodes().filter((item) => item.code !== shortcut.code);
  writeStored(RECENT_KEY, [shortcut, ...others].slice(0, RECENT_LIMIT));
}

export const isPinned = (code: string) => pinnedCodes().some((item) => item.code === code);

export function setPinned(shortcut: CodeShortcut, pinned: boolean): void {
  const others = pinnedCodes().filter((item) => item.code !== shortcut.code);
  writeStored(PINNED_KEY, pinned ? [...others, shortcut] : others);
}
