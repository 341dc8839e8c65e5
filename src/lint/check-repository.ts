import type { VFile } from 'vfile';
import { checkCodeowners } from './check-codeowners.ts';
import { checkEarlierVersions } from './check-earlier-versions.ts';
import { checkPullRequest } from './check-pull-request.ts';
import { checkTranslations } from './check-translations.ts';
import { checkVenues } from './check-venues.ts';
import {
  DOCUMENT_FOLDERS,
  documentKindOf,
  frontmatterField,
  loadCategories,
  loadHandbook,
  loadRoles,
  loadSynonyms,
  readDocuments,
  type HandbookContext,
  type ParsedDocument,
} from '../model/index.ts';
import { loadPullRequestBase } from './pull-request-base.ts';
import { rules } from './rules/index.ts';
import { linterFor, runRules } from './run-rules.ts';

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
  /** Report outdated translations as errors, not warnings: for a release that must ship every language current. */
  strict?: boolean;
}

/**
 * Check the whole standards repository and return one file per input with its
 * messages. Never throws on bad content: every problem becomes a message, and
 * a broken file never stops the others being checked. Throws BaseRefError
 * only when `base` is given and cannot be compared with: that is a mistake in
 * how the checker was run, not in the content.
 */
export async function checkRepository({ cwd, today = new Date(), base, strict = false }: CheckOptions): Promise<VFile[]> {
  const pullRequest = base === undefined ? undefined : await loadPullRequestBase(cwd, base);
  const [roles, categories, handbook] = await Promise.all([loadRoles(cwd), loadCategories(cwd), loadHandbook(cwd)]);
  const results: VFile[] = [roles.file, categories.file, handbook.file];
  const synonyms = await loadSynonyms(cwd, handbook.config);
  if (synonyms.file) results.push(synonyms.file);

  const originals = await readDocuments(
    cwd,
    DOCUMENT_FOLDERS.map(([, folder]) => `${folder}/*.mdx`),
    (file) => {
      const kind = documentKindOf(file.path);
      if (kind) file.data.kind = kind;
    },
  );
  results.push(...originals.files);

  const standards = new Set(originals.files.filter((file) => file.data.kind === 'standard').map((file) => file.stem ?? ''));
  const context: HandbookContext = { roles: roles.ids, categories: categories.ids, codes: declaredCodes(originals.parsed), standards, today };
  const linter = linterFor(rules, context);
  for (const { file, tree } of originals.parsed) await runRules(linter, tree, file);
  await checkEarlierVersions(cwd, originals.files, pullRequest);

  results.push(...(await checkTranslations(cwd, handbook.config, originals, strict)));
  const codeowners = await checkCodeowners(cwd, roles, handbook.config, originals.files);
  if (codeowners) results.push(codeowners);
  results.push(...(await checkVenues(cwd, roles, originals.files)));
  if (pullRequest) results.push(...(await checkPullRequest(pullRequest, originals.parsed, cwd)));
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
