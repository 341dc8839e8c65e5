import { readHistory, type HistoryReading } from '../../git/index.ts';

// The history integration and the content loaders run in one process but may load this module twice (Astro's
// config and Vite's content config are separate module graphs): keep one reading per repository on globalThis.
const READINGS = Symbol.for('service-handbook.history-readings');
type Readings = Map<string, Promise<HistoryReading>>;
const readings = ((globalThis as { [READINGS]?: Readings })[READINGS] ??= new Map());

/** Every version of every document in the repository at `root`, read from git once per build. */
export function historyOf(root: string): Promise<HistoryReading> {
  let reading = readings.get(root);
  if (!reading) {
    reading = readHistory(root);
    readings.set(root, reading);
  }
  return reading;
}

/** Forget what was read, so that `astro dev` sees new commits on its next content sync. */
export const forgetHistory = (root: string) => readings.delete(root);
