import { join } from 'node:path';
import type { DocumentKind } from '../../model/types.ts';
import { HISTORY_DIR, versionKey } from '../../git/history/materialise-history.ts';
import { historyIndex, type DocumentHistory } from './document-history.ts';

/** The file a committed version was written to by the history integration. */
export const historicalVersionFile = (kind: DocumentKind, id: string, version: number) =>
  join(import.meta.env.HANDBOOK_ROOT, HISTORY_DIR, `${versionKey({ kind, id, version })}.mdx`);

/** The file of the version before `version`, when git recorded one. */
export function previousVersionFile(kind: DocumentKind, id: string, history: DocumentHistory, version: number) {
  const previous = history.versions.find((listing) => listing.version < version && listing.record !== undefined);
  return previous ? historicalVersionFile(kind, id, previous.version) : undefined;
}

/**
 * Every version page to build for current documents: each version git
 * recorded below the current one, plus the current one (committed or not).
 */
export async function versionPaths<Entry>(kind: DocumentKind, documents: ReadonlyArray<{ id: string; version: number; entry: Entry }>) {
  const { recordsOf } = await historyIndex();
  return documents.flatMap(({ id, version: current, entry }) => {
    const recorded = (recordsOf.get(`${kind}/${id}`) ?? []).map((record) => record.version).filter((version) => version < current);
    return [...new Set([current, ...recorded])].sort((a, b) => a - b).map((version) => ({ id, version, entry }));
  });
}
