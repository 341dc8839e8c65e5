import { getEntry } from 'astro:content';
import type { DocumentKind } from '../../model/index.ts';
import { readDocumentVersion, type DocumentReading } from '../../tools/changes/index.ts';
import { historyIndex, type DocumentHistory } from './document-history.ts';

/** A version of a document as git recorded it: its data, its whole file as `body`, and its HTML when it has a page. */
export const pastVersion = (kind: DocumentKind, id: string, version: number) =>
  kind === 'code' ? getEntry('codeVersions', `${id}/v${version}`) : getEntry('standardVersions', `${id}/v${version}`);

/** The whole file of the version before `version`, when git recorded one. */
export async function previousVersionText(kind: DocumentKind, id: string, history: DocumentHistory, version: number) {
  const previous = history.versions.find((listing) => listing.version < version && listing.record !== undefined);
  return previous ? (await pastVersion(kind, id, previous.version))?.body : undefined;
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

const readings = new Map<string, DocumentReading>();

/**
 * What a version says (fields, steps, escalation), for comparing it with the next. Read once per text: each
 * version is compared on its own page, on the next version's, and the current one on the page staff use too.
 */
export function versionReading(sourcePath: string, text: string): DocumentReading {
  const key = `${sourcePath}\u0000${text}`;
  let reading = readings.get(key);
  if (!reading) {
    reading = readDocumentVersion(sourcePath, text);
    readings.set(key, reading);
  }
  return reading;
}
