import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  compareDocuments,
  compareRoles,
  isUnchanged,
  readDocumentVersion,
  readRoles,
  type DocumentComparison,
  type DocumentVersion,
  type RoleChange,
  type UnreadableDocument,
} from '../changes/index.ts';
import { DOCUMENT_FOLDERS, documentIdOf, documentKindOf, ROLES_FILE, type DocumentKind } from '../../model/index.ts';
import { changedFiles, comparisonBase, readFilesAtRef } from '../../git/index.ts';

/** A document that exists at the base and not under the same name now. */
export interface RemovedDocument {
  kind: DocumentKind;
  id: string;
  path: string;
  /** The id it was renamed to, when git saw a rename. */
  renamedTo?: string;
}

/** What a change does to the handbook, compared with where the branch left its base. */
export interface HandbookSummary {
  baseRef: string;
  added: DocumentVersion[];
  /** Changed documents still in service. */
  changed: DocumentComparison[];
  /** Documents this change retires. */
  retired: DocumentComparison[];
  removed: RemovedDocument[];
  /** Files whose text differs but whose content does not (quoting, line endings). */
  reformatted: Array<{ id: string; path: string }>;
  /** Files that could not be read on one side, so they cannot be compared. */
  unreadable: Array<UnreadableDocument & { side: 'base' | 'proposed' }>;
  roles: RoleChange[];
  /** True when roles.yaml changed but could not be read on one side. */
  rolesUnreadable: boolean;
}

/**
 * Compare the handbook in the working tree with `baseRef`. Reads every base
 * version with one git process; throws BaseRefError when `baseRef` is unusable.
 */
export async function collectSummary(cwd: string, baseRef: string): Promise<HandbookSummary> {
  const commit = await comparisonBase(cwd, baseRef);
  const changes = await changedFiles(cwd, commit, [...DOCUMENT_FOLDERS.map(([, folder]) => folder), ROLES_FILE]);
  const basePaths = changes.flatMap((change) => (change.status === 'added' ? [] : [change.from ?? change.path]));
  const baseTexts = await readFilesAtRef(cwd, commit, basePaths);
  const currentText = (path: string) => readFile(resolve(cwd, path), 'utf8').catch(() => undefined);

  const summary: HandbookSummary = {
    baseRef,
    added: [],
    changed: [],
    retired: [],
    removed: [],
    reformatted: [],
    unreadable: [],
    roles: [],
    rolesUnreadable: false,
  };
  const read = (path: string, text: string | undefined, side: 'base' | 'proposed'): DocumentVersion | undefined => {
    if (text === undefined) return undefined;
    const reading = readDocumentVersion(path, text);
    if (reading.readable) return reading.version;
    const { readable: _readable, ...unreadable } = reading;
    summary.unreadable.push({ ...unreadable, side });
    return undefined;
  };

  for (const change of changes) {
    if (change.path === ROLES_FILE) {
      const before = readRoles(baseTexts.get(ROLES_FILE) ?? '');
      const after = readRoles((await currentText(ROLES_FILE)) ?? '');
      if (before && after) summary.roles = compareRoles(before, after);
      else summary.rolesUnreadable = true;
      continue;
    }
    const basePath = change.from ?? change.path;
    const wasDocument = change.status !== 'added' && documentKindOf(basePath) !== undefined;
    const isDocument = change.status !== 'deleted' && documentKindOf(change.path) !== undefined;
    if (wasDocument && (change.status === 'deleted' || change.status === 'renamed')) {
      const renamedTo = change.status === 'renamed' && isDocument ? documentIdOf(change.path) : undefined;
      summary.removed.push({ kind: documentKindOf(basePath)!, id: documentIdOf(basePath), path: basePath, ...(renamedTo && { renamedTo }) });
    }
    if (isDocument && (change.status === 'added' || change.status === 'renamed')) {
      const version = read(change.path, await currentText(change.path), 'proposed');
      if (version) summary.added.push(version);
    }
    if (change.status === 'modified' && isDocument) {
      const before = read(basePath, baseTexts.get(basePath), 'base');
      const after = read(change.path, await currentText(change.path), 'proposed');
      if (!before || !after) continue;
      const comparison = compareDocuments(before, after);
      if (comparison.retired) summary.retired.push(comparison);
      else if (isUnchanged(comparison)) summary.reformatted.push({ id: comparison.id, path: comparison.path });
      else summary.changed.push(comparison);
    }
  }
  sortSummary(summary);
  return summary;
}

/** Codes before standards, each by id: the same change always gives the same summary. */
function sortSummary(summary: HandbookSummary): void {
  const order = (a: { kind: DocumentKind; id: string }, b: { kind: DocumentKind; id: string }) =>
    (a.kind === b.kind ? 0 : a.kind === 'code' ? -1 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  summary.added.sort(order);
  summary.changed.sort(order);
  summary.retired.sort(order);
  summary.removed.sort(order);
  summary.unreadable.sort((a, b) => order(a, b) || a.side.localeCompare(b.side));
  summary.reformatted.sort((a, b) => (a.path < b.path ? -1 : 1));
}
