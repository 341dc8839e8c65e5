import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { changedFiles, GitError, readFirstVersions } from '../git/index.ts';
import { DOCUMENT_FOLDERS, documentKindOf } from '../model/index.ts';
import type { PullRequestBase } from './pull-request-base.ts';
import type { HistoryContext, NewDocumentContext } from './rules/earlier-versions-field.ts';
import { historyRules, newDocumentRules } from './rules/index.ts';
import { linterFor, runRules } from './run-rules.ts';

const NO_TREE: Root = { type: 'root', children: [] };

/**
 * Check that each original says where its versions from before the repository
 * are, exactly when it has some: the history rules with one read of git's
 * history for the whole check (none outside git or in a shallow clone, where
 * they say nothing), then, in pull-request mode, the new-document rules on
 * each original `pullRequest`'s base does not have. Messages go on the files
 * given, which must have been read (their frontmatter is all the rules look
 * at). Call it once the originals are checked and before checkPullRequest.
 */
export async function checkEarlierVersions(cwd: string, originals: readonly VFile[], pullRequest?: PullRequestBase): Promise<void> {
  const documents = originals.filter((file) => file.data.frontmatter !== undefined && !file.data.translation);
  const firstVersions = await readFirstVersionsQuietly(cwd);
  if (firstVersions) {
    const context: HistoryContext = { firstVersions };
    const linter = linterFor(historyRules, context);
    for (const file of documents) await runRules(linter, NO_TREE, file);
  }
  if (pullRequest) {
    const context: NewDocumentContext = { baseRef: pullRequest.ref, newDocuments: await newDocumentPaths(cwd, pullRequest) };
    const linter = linterFor(newDocumentRules, context);
    for (const file of documents) if (context.newDocuments.has(file.path)) await runRules(linter, NO_TREE, file);
  }
}

/** Where git's history of each document starts, or undefined when there is no history to read. */
async function readFirstVersionsQuietly(cwd: string): Promise<ReadonlyMap<string, number> | undefined> {
  try {
    const reading = await readFirstVersions(cwd);
    return reading.availability === 'available' ? reading.firstVersions : undefined;
  } catch (error) {
    // git failing half-way is as good as no history: the rule stays quiet rather than failing every document.
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/**
 * Documents in the working tree that the base does not have, by path: added
 * since the base, committed or not, or moved in from outside the document
 * folders. Two git processes, as loadPullRequestBase reads the other changes.
 */
async function newDocumentPaths(cwd: string, { commit }: PullRequestBase): Promise<Set<string>> {
  const changes = await changedFiles(
    cwd,
    commit,
    DOCUMENT_FOLDERS.map(([, folder]) => folder),
  );
  return new Set(changes.filter(({ status, path }) => status === 'added' && documentKindOf(path) !== undefined).map(({ path }) => path));
}
