import { glob } from 'node:fs/promises';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { checkCodeowners } from './check-codeowners.ts';
import { checkPullRequest } from './check-pull-request.ts';
import { loadCategories, loadHandbook, loadRoles } from './directory.ts';
import { frontmatterField } from './frontmatter.ts';
import { DOCUMENT_FOLDERS, parseDocument, type ParsedDocument } from './parse-document.ts';
import { loadPullRequestBase } from './pull-request-base.ts';
import { readSource } from './read-source.ts';
import { rules } from './rules/index.ts';
import { runRules } from './run-rules.ts';
import type { HandbookContext } from './types.ts';

export interface CheckOptions {
  /** The repository root, holding `content/`. */
  cwd: string;
  /** Review dates are measured from this day; defaults to now. */
  today?: Date;
  /**
   * Pull-request mode: compare each document with its version where this
   * branch left this git ref (such as `origin/main`). Without it the checker
   * needs no git at all.
   */
  base?: string;
}

/**
 * Check the whole standards repository and return one file per input with its
 * messages. Never throws on bad content: every problem becomes a message, and
 * a broken file never stops the others being checked. Throws BaseRefError
 * only when `base` is given and cannot be compared with: that is a mistake in
 * how the checker was run, not in the content.
 */
export async function checkRepository({ cwd, today = new Date(), base }: CheckOptions): Promise<VFile[]> {
  const pullRequest = base === undefined ? undefined : await loadPullRequestBase(cwd, base);
  const [roles, categories, handbook] = await Promise.all([loadRoles(cwd), loadCategories(cwd), loadHandbook(cwd)]);
  const results: VFile[] = [roles.file, categories.file, handbook.file];
  const documents: ParsedDocument[] = [];
  const documentFiles: VFile[] = [];

  for (const [kind, folder] of DOCUMENT_FOLDERS) {
    const paths = (await Array.fromAsync(glob(`${folder}/*.mdx`, { cwd }))).sort();
    for (const path of paths) {
      const { file, readable } = await readSource(path, cwd);
      results.push(file);
      documentFiles.push(file);
      file.data.kind = kind;
      if (readable) documents.push({ file, tree: parseDocument(file) });
    }
  }

  const standards = new Set(documentFiles.filter((file) => file.data.kind === 'standard').map((file) => file.stem ?? ''));
  const context: HandbookContext = { roles: roles.ids, categories: categories.ids, codes: declaredCodes(documents), standards, today };
  const linter = unified();
  for (const [rule, severity] of rules) {
    const config: [level: typeof severity, option: HandbookContext] = [severity, context];
    linter.use(rule, config);
  }

  for (const { file, tree } of documents) await runRules(linter, tree, file);

  const codeowners = await checkCodeowners(cwd, roles, documentFiles);
  if (codeowners) results.push(codeowners);
  if (pullRequest) results.push(...(await checkPullRequest(pullRequest, documents, cwd)));
  return results.sort((a, b) => a.path.localeCompare(b.path));
}

function declaredCodes(documents: ParsedDocument[]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const { file } of documents) {
    const code = frontmatterField(file, 'code');
    if (file.data.kind === 'code' && typeof code === 'string') codes.set(code, [...(codes.get(code) ?? []), file.path]);
  }
  return codes;
}
