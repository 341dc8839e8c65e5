import { changedFiles, comparisonBase, readFilesAtRef } from '../git/index.ts';
import { bodyOf, DOCUMENT_FOLDERS, documentKindOf, parseDocumentText, type BaseChange } from '../model/index.ts';

export interface PullRequestBase {
  /** The base as the writer named it (`origin/main`), for messages. */
  ref: string;
  /** The commit compared with: where this branch left the base. */
  commit: string;
  /** Documents in the working tree that differ from the base, by their current path. */
  changed: ReadonlyMap<string, BaseChange>;
  /** Documents that exist at the base and no longer exist, by their old path. */
  deleted: ReadonlyMap<string, BaseChange>;
}

/**
 * What each document looked like where this branch left `ref`. Reads the
 * list of changes and every base version with a fixed number of git
 * processes. Throws BaseRefError when `ref` cannot be compared with.
 */
export async function loadPullRequestBase(cwd: string, ref: string): Promise<PullRequestBase> {
  const commit = await comparisonBase(cwd, ref);
  const changes = await changedFiles(
    cwd,
    commit,
    DOCUMENT_FOLDERS.map(([, folder]) => folder),
  );

  const pending: Array<{ path: string; status: BaseChange['status']; basePath: string }> = [];
  for (const change of changes) {
    const wasDocument = documentKindOf(change.from ?? change.path) !== undefined;
    const isDocument = documentKindOf(change.path) !== undefined;
    if (change.status === 'modified' && isDocument) pending.push({ path: change.path, status: 'modified', basePath: change.path });
    if (change.status === 'deleted' && wasDocument) pending.push({ path: change.path, status: 'deleted', basePath: change.path });
    if (change.status === 'renamed' && change.from && wasDocument) {
      // Moved out of the document folders, a document is gone as far as its readers are concerned.
      if (isDocument) pending.push({ path: change.path, status: 'renamed', basePath: change.from });
      else pending.push({ path: change.from, status: 'deleted', basePath: change.from });
    }
  }

  const baseTexts = await readFilesAtRef(
    cwd,
    commit,
    pending.map(({ basePath }) => basePath),
  );
  const changed = new Map<string, BaseChange>();
  const deleted = new Map<string, BaseChange>();
  for (const { path, status, basePath } of pending) {
    const text = baseTexts.get(basePath);
    (status === 'deleted' ? deleted : changed).set(path, {
      status,
      basePath,
      ...(text === undefined ? { baseFrontmatter: undefined, baseBody: undefined } : baseOf(basePath, text)),
    });
  }
  return { ref, commit, changed, deleted };
}

/** A document at the base, parsed once: its frontmatter as plain data and its body. */
function baseOf(path: string, text: string): Pick<BaseChange, 'baseFrontmatter' | 'baseBody'> {
  const { file, tree } = parseDocumentText(path, text);
  const value = file.data.frontmatter?.value;
  const baseFrontmatter = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  return { baseFrontmatter, baseBody: bodyOf(tree, text) };
}
