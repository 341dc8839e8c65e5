/**
 * Browser storage for what staff keep on their own phone (ticked steps, recent
 * and pinned codes). Nothing here is ever sent anywhere. Storage can be full or
 * blocked (private browsing), so reads fall back and writes may silently fail.
 */
const PREFIX = 'handbook:';

export function readStored<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // The checklist still works for this visit; it just will not be remembered.
  }
}

export function removeStored(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
}
