import { VFile } from 'vfile';
import { documentKindOf, type ParsedDocument, type PullRequestContext } from '../model/index.ts';
import type { PullRequestBase } from './pull-request-base.ts';
import { onlySearchFieldsChanged } from './search-words-only.ts';
import { pullRequestRules } from './rules/index.ts';
import { linterFor, runRules } from './run-rules.ts';
import { checkTranslationChanges } from './translation-changes.ts';

/**
 * Run the pull-request rules on every document that differs from the base,
 * and those for translations on every translation that does.
 * Returns a file for each deleted document, which has no file of its own, and
 * one for each translation the translation rules report on.
 */
export async function checkPullRequest(base: PullRequestBase, documents: readonly ParsedDocument[], cwd: string): Promise<VFile[]> {
  const context: PullRequestContext = { baseRef: base.ref };
  const linter = linterFor(pullRequestRules, context);

  for (const { file, tree } of documents) {
    const change = base.changed.get(file.path);
    if (!change || onlySearchFieldsChanged(change, file, tree)) continue;
    file.data.baseChange = change;
    await runRules(linter, tree, file);
  }

  const deletedFiles: VFile[] = [];
  for (const [path, change] of base.deleted) {
    const file = new VFile({ path, cwd });
    const kind = documentKindOf(path);
    if (kind) file.data.kind = kind;
    file.data.baseChange = change;
    await runRules(linter, { type: 'root', children: [] }, file);
    deletedFiles.push(file);
  }
  return [...deletedFiles, ...(await checkTranslationChanges(base, cwd))];
}
