import type { VFile } from 'vfile';
import { checkCodeowners } from './check-codeowners.ts';
import { checkEarlierVersions } from './check-earlier-versions.ts';
import { CheckCache } from './check-cache.ts';
import { lintDocumentSet, readDocumentSet, type DocumentSet, type ParseHook, type PoolStarter } from './check-documents.ts';
import { checkPullRequest } from './check-pull-request.ts';
import { checkVenues } from './check-venues.ts';
import {
  DOCUMENT_FOLDERS,
  documentKindOf,
  frontmatterField,
  loadCategories,
  loadFastParser,
  loadHandbook,
  loadRoles,
  loadSynonyms,
  TRANSLATION_GLOBS,
  translationPathOf,
  type HandbookContext,
  type OriginalDocument,
  type TranslationContext,
} from '../model/index.ts';
import { loadPullRequestBase } from './pull-request-base.ts';
import { CheckPool, defaultPoolSize, POOL_THRESHOLD } from './check-pool.ts';
import { linterForSet, setSignature } from './rule-sets.ts';

export interface CheckOptions {
  /** The repository root, holding `content/`. */
  cwd: string;
  /** Review dates are measured from this day; defaults to today (UTC). */
  today?: Date;
  /**
   * Pull-request mode: compare each document with its version where this
   * branch left this git ref (such as `origin/main`). Without it the checker
   * needs no git at all.
   */
  base?: string;
  /** Report outdated translations as errors, not warnings: for a release that must ship every language current. */
  strict?: boolean;
  /**
   * Keep each document's findings in `<cwd>/.handbook/check-cache/` by the hash
   * of its text, and take them from there while the text, the checker and
   * whatever the findings depend on elsewhere are unchanged, so a check of an
   * unchanged repository reads and hashes its files and parses none.
   * Pull-request mode never uses the cache.
   */
  cache?: boolean;
  /**
   * Worker threads to parse and check on when many documents need parsing
   * (a first check, a new checker); 0 keeps everything on this thread.
   * Defaults to one per core.
   */
  workers?: number;
  /** The fewest documents to parse for which the workers start (default POOL_THRESHOLD): below it, starting them costs more than it saves. */
  workersFrom?: number;
  /** Called each time a document is parsed (for tests and measurements). */
  onParse?: ParseHook;
}

/**
 * Check the whole standards repository and return one file per input with its
 * messages. Never throws on bad content: every problem becomes a message, and
 * a broken file never stops the others being checked. Throws BaseRefError
 * only when `base` is given and cannot be compared with: that is a mistake in
 * how the checker was run, not in the content.
 */
export async function checkRepository(options: CheckOptions): Promise<VFile[]> {
  const size = options.workers ?? defaultPoolSize();
  let workers: CheckPool | undefined;
  const pool: PoolStarter | undefined =
    size > 0 ? { threshold: options.workersFrom ?? POOL_THRESHOLD, start: () => (workers ??= new CheckPool(size)) } : undefined;
  try {
    return await check(options, pool);
  } finally {
    await workers?.close();
  }
}

async function check(
  { cwd, today = startOfUtcDay(new Date()), base, strict = false, cache = false, onParse }: CheckOptions,
  pool: PoolStarter | undefined,
): Promise<VFile[]> {
  const pullRequest = base === undefined ? undefined : await loadPullRequestBase(cwd, base);
  const [store] = await Promise.all([cache && !pullRequest ? CheckCache.load(cwd) : undefined, loadFastParser()]);
  // The pull-request rules read the tree of each changed document: parse those exactly and keep them.
  const exact = pullRequest ? (path: string) => pullRequest.changed.has(path) : undefined;

  const [roles, categories, handbook] = await Promise.all([loadRoles(cwd), loadCategories(cwd), loadHandbook(cwd)]);
  const results: VFile[] = [roles.file, categories.file, handbook.file];
  const synonyms = await loadSynonyms(cwd, handbook.config);
  if (synonyms.file) results.push(synonyms.file);

  const originalsCache = store?.set('originals', setSignature('originals', false));
  const originals = await readDocumentSet(
    cwd,
    DOCUMENT_FOLDERS.map(([, folder]) => `${folder}/*.mdx`),
    (file) => {
      const kind = documentKindOf(file.path);
      if (kind) file.data.kind = kind;
    },
    { set: 'originals', cache: originalsCache, exact, onParse, pool },
  );
  results.push(...originals.files);

  const standards = new Set(originals.files.filter((file) => file.data.kind === 'standard').map((file) => file.stem ?? ''));
  const context: HandbookContext = { roles: roles.ids, categories: categories.ids, codes: declaredCodes(originals), standards, today };
  const linter = linterForSet('originals', context, false);
  let changed = await lintDocumentSet(originals, linter, { set: 'originals', cache: originalsCache, exact, onParse, pool });
  // Read from git history each run, never cached: a document's first recorded version changes with no edit to it.
  await checkEarlierVersions(cwd, originals.files, pullRequest);

  // --strict changes severities: its findings are kept apart, so switching back and forth costs nothing.
  const translationCache = store?.set(strict ? 'translations-strict' : 'translations', setSignature('translations', strict));
  const translations = await readDocumentSet(
    cwd,
    TRANSLATION_GLOBS,
    (file) => {
      const translation = translationPathOf(file.path);
      if (!translation) return;
      file.data.kind = translation.kind;
      file.data.translation = translation;
    },
    { set: 'translations', strict, cache: translationCache, onParse, pool },
  );
  if (translations.files.length > 0) {
    const translationContext: TranslationContext = { handbook: handbook.config, originals: summarise(originals) };
    const translationLinter = linterForSet('translations', translationContext, strict);
    changed = (await lintDocumentSet(translations, translationLinter, { set: 'translations', strict, cache: translationCache, onParse, pool })) || changed;
    results.push(...translations.files);
  }

  const codeowners = await checkCodeowners(cwd, roles, handbook.config, originals.files);
  if (codeowners) results.push(codeowners);
  results.push(...(await checkVenues(cwd, roles, originals.files)));
  if (pullRequest) {
    const changedDocuments = originals.documents.flatMap(({ file, tree }) => (tree ? [{ file, tree }] : []));
    results.push(...(await checkPullRequest(pullRequest, changedDocuments, cwd)));
  }
  if (store && changed) await store.save();
  return results.sort((a, b) => a.path.localeCompare(b.path));
}

const startOfUtcDay = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));

function declaredCodes({ documents }: DocumentSet): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const { file } of documents) {
    const code = frontmatterField(file, 'code');
    if (file.data.kind === 'code' && typeof code === 'string') codes.set(code, [...(codes.get(code) ?? []), file.path]);
  }
  return codes;
}

/** What a translation must agree with in each original: its version and how many steps it has. */
function summarise({ files, documents }: DocumentSet): Map<string, OriginalDocument> {
  const steps = new Map(documents.map((document) => [document.file, document.steps]));
  return new Map(
    files.map((file) => {
      const version = frontmatterField(file, 'version');
      const summary: OriginalDocument = {
        version: typeof version === 'number' && Number.isInteger(version) ? version : undefined,
        steps: steps.get(file)?.count,
        stepsPlace: steps.get(file)?.place,
      };
      return [file.path, summary];
    }),
  );
}
