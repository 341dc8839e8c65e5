import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import {
  contentHash,
  findFiles,
  frontmatterOfText,
  lazyYamlSource,
  parseDocument,
  parseDocumentFast,
  parseYamlSource,
  readSources,
  stepsPlace,
  stepsSection,
  type Parser,
} from '../model/index.ts';
import {
  NO_STEPS,
  packFrontmatter,
  packRuns,
  restoreMessage,
  storeMessage,
  unpackFrontmatter,
  unpackRuns,
  type CachedDocument,
  type CachedSet,
  type StepsFacts,
  type StoredRun,
} from './check-cache.ts';
import type { CheckPool } from './check-pool.ts';
import type { RuleSetName } from './rule-sets.ts';
import type { RuleRun, TrackedLinter } from './run-rules.ts';

/** Called each time a document is parsed, and whether on a worker thread: how tests and measurements see what the cache saved. */
export type ParseHook = (path: string, parser: Parser, onWorker?: boolean) => void;

export interface DocumentSetOptions {
  /** Which rules check the set: the pool's workers build the same linter. */
  set: RuleSetName;
  /** Whether those rules run with --strict. */
  strict?: boolean;
  /** Findings kept from earlier runs; updated in place. Without it every document is parsed. */
  cache?: CachedSet | undefined;
  /** Worker threads for a set with many documents to parse; undefined to parse everything on this thread. */
  pool?: PoolStarter | undefined;
  /** Documents to parse with micromark from the start and keep the tree of (pull-request mode). */
  exact?: ((path: string) => boolean) | undefined;
  onParse?: ParseHook | undefined;
}

/** Worker threads, started on first demand. */
export interface PoolStarter {
  /** The fewest documents to parse worth starting them for. */
  threshold: number;
  /** The pool, started if it was not; undefined if it cannot be. */
  start(): CheckPool | undefined;
}

/** One readable document of a set. */
export interface CheckedDocument {
  file: VFile;
  /** sha256 of its text. */
  hash: string;
  /** Its findings from an earlier run, while its text is unchanged and it need not be parsed. */
  cached: CachedDocument | undefined;
  /** Its tree, while this run has one; kept after linting only for `exact` documents. */
  tree: Root | undefined;
  parser: Parser | undefined;
  /** Where its steps are and how many, for a code whose body parsed: what its translations are checked against. */
  steps: StepsFacts;
  /** Parsed by a worker of the pool, which holds its tree and checks it. */
  remote?: boolean;
  /** Its frontmatter as the cache keeps it, once worked out for this parse. */
  packed?: CachedDocument['frontmatter'] | null;
}

/** A document's frontmatter as the cache keeps it; worked out once per parse. */
export function packedFrontmatterOf(document: CheckedDocument): CachedDocument['frontmatter'] {
  if (document.packed === undefined) {
    const frontmatter = document.file.data.frontmatter;
    document.packed = packFrontmatter(frontmatter && { value: frontmatter.value, problems: frontmatter.problems }) ?? null;
  }
  return document.packed ?? undefined;
}

export interface DocumentSet {
  /** Every file found, readable or not, in path order. */
  files: VFile[];
  /** The readable ones. */
  documents: CheckedDocument[];
  /** Whether the cache lost the entries of files that are gone. */
  cacheChanged: boolean;
}

/**
 * Read every document `patterns` find and parse the ones the cache does not
 * know. Each ends up with its frontmatter in `file.data.frontmatter` (from
 * the cache, positioned only on demand) and its facts, so cross-file checks
 * see every document. `describe` marks each file (its kind, whether it is a
 * translation) before anything else.
 */
export async function readDocumentSet(
  cwd: string,
  patterns: readonly string[],
  describe: (file: VFile) => void,
  options: DocumentSetOptions,
): Promise<DocumentSet> {
  const { cache, exact, onParse } = options;
  const known = (path: string, hash: string) => cache?.documents.get(path)?.hash === hash && !exact?.(path);
  const paths = await findFiles(cwd, patterns);
  // Nothing cached: all of them will be parsed, so the workers can start loading while the files are read.
  if (options.pool && !cache?.documents.size && paths.length >= options.pool.threshold) options.pool.start();
  const sources = await readSources(cwd, paths, known);
  const documents: CheckedDocument[] = [];
  const unknown: CheckedDocument[] = [];
  for (const { file, readable, hash = contentHash(String(file.value)) } of sources) {
    describe(file);
    if (!readable) continue;
    const cached = cache?.documents.get(file.path);
    const document: CheckedDocument = { file, hash, cached: undefined, tree: undefined, parser: undefined, steps: NO_STEPS };
    if (cached?.hash === hash && !exact?.(file.path)) useCached(document, cached);
    else if (exact?.(file.path)) parseDocumentOf(document, 'exact', onParse);
    else unknown.push(document);
    documents.push(document);
  }
  if (!(await parseOnPool(unknown, options))) for (const document of unknown) parseDocumentOf(document, 'fast', onParse);
  let cacheChanged = false;
  if (cache) {
    const present = new Set(documents.map(({ file }) => file.path));
    for (const path of cache.documents.keys()) {
      if (!present.has(path)) cacheChanged = cache.documents.delete(path) || cacheChanged;
    }
  }
  return { files: sources.map(({ file }) => file), documents, cacheChanged };
}

/**
 * Parse `documents` on the pool's workers when there are enough of them to be
 * worth it; false when they are left for this thread (too few, no pool, or
 * the pool failed).
 */
async function parseOnPool(documents: CheckedDocument[], { set, pool, onParse }: DocumentSetOptions): Promise<boolean> {
  const workers = pool && documents.length >= pool.threshold ? pool.start() : undefined;
  if (!workers) return false;
  let facts;
  try {
    facts = await workers.parse(
      set,
      documents.map(({ file, hash }) => ({
        path: file.path,
        cwd: file.cwd,
        text: String(file.value),
        hash,
        data: { kind: file.data.kind, translation: file.data.translation },
      })),
      onParse,
    );
  } catch {
    return false;
  }
  documents.forEach((document, index) => {
    const { bodyParsed, frontmatter, steps } = facts[index]!;
    const { file } = document;
    document.remote = true;
    document.steps = steps;
    file.data.bodyParsed = bodyParsed;
    if (frontmatter !== undefined) file.data.frontmatter = lazyFrontmatter(file, frontmatter);
  });
  return true;
}

/**
 * Run `linter` on every document of the set, in path order, and keep what it
 * found in the cache. A cached document is not parsed: each rule's messages
 * are taken from the cache while what the rule read of the context still
 * holds, and a rule whose reads changed (a new day, a code added elsewhere)
 * runs again on the cached frontmatter, or on a fresh parse if it needs the
 * tree. Returns whether the cache changed.
 */
export async function lintDocumentSet<Context extends object>(set: DocumentSet, linter: TrackedLinter<Context>, options: DocumentSetOptions): Promise<boolean> {
  const { cache, exact, onParse } = options;
  let changed = set.cacheChanged;
  const context = linter.contextDigests();
  // With every field of the context as it was, every read a rule made last time still holds.
  const contextUnchanged = cache !== undefined && sameDigests(cache.context, context);
  // The workers check their documents while this thread replays the cached ones.
  const remote = set.documents.filter((document) => document.remote);
  const checkedRemotely = remote.length > 0 ? options.pool?.start()?.lint(options.set, linter.context, options.strict ?? false, onParse) : undefined;
  for (const document of set.documents) {
    const { path } = document.file;
    if (document.remote) continue;
    if (document.cached) {
      const outcome = await replay(document, document.cached, linter, contextUnchanged);
      if (outcome === 'crashed') {
        changed = cache?.documents.delete(path) || changed;
        continue;
      }
      if (outcome === 'done') {
        // Rules that ran again left new findings to keep.
        if (cache && cache.documents.get(path) !== document.cached) {
          cache.documents.set(path, document.cached);
          changed = true;
        }
        continue;
      }
      document.file.messages.length = 0;
      parseDocumentOf(document, 'fast', onParse);
    }
    const entry = await lintParsed(document, linter, onParse);
    if (cache) {
      if (entry) cache.documents.set(path, entry);
      else cache.documents.delete(path);
      changed = true;
    }
    if (!exact?.(path)) document.tree = undefined;
  }
  if (remote.length > 0) {
    // A pool that failed leaves its documents to this thread, parsed again.
    const results = await checkedRemotely?.catch(() => undefined);
    for (const [index, document] of remote.entries()) {
      let entry: CachedDocument | undefined;
      const result = results?.[index];
      if (result) {
        for (const message of result.messages) restoreMessage(document.file, message);
        entry = result.entry;
      } else {
        parseDocumentOf(document, 'fast', onParse);
        entry = await lintParsed(document, linter, onParse);
        document.tree = undefined;
      }
      if (!cache) continue;
      if (entry) cache.documents.set(document.file.path, entry);
      else cache.documents.delete(document.file.path);
      changed = true;
    }
  }
  if (cache && !contextUnchanged) {
    cache.context = context;
    changed = true;
  }
  return changed;
}

function sameDigests(before: Record<string, string>, now: Record<string, string>): boolean {
  const fields = Object.keys(now);
  return fields.length === Object.keys(before).length && fields.every((field) => before[field] === now[field]);
}

function useCached(document: CheckedDocument, cached: CachedDocument): void {
  const { file } = document;
  document.cached = cached;
  document.steps = cached.steps;
  file.data.bodyParsed = cached.bodyParsed;
  if (cached.frontmatter !== undefined) file.data.frontmatter = lazyFrontmatter(file, cached.frontmatter);
}

/** Stored frontmatter as rules see it: read when first asked for, positioned (the text decoded) only when a place is. */
const lazyFrontmatter = (file: VFile, stored: NonNullable<CachedDocument['frontmatter']>) =>
  lazyYamlSource(
    () => unpackFrontmatter(stored),
    () => frontmatterOfText(String(file.value)) ?? parseYamlSource(''),
  );

/** Parse a document (fast when asked and possible, else exactly) and work out its facts. */
export function parseDocumentOf(document: CheckedDocument, parser: Parser, onParse: ParseHook | undefined): void {
  const { file } = document;
  delete file.data.frontmatter;
  delete file.data.bodyParsed;
  document.cached = undefined;
  document.packed = undefined;
  if (parser === 'exact') {
    document.tree = parseDocument(file);
    document.parser = 'exact';
  } else {
    ({ tree: document.tree, parser: document.parser } = parseDocumentFast(file));
  }
  onParse?.(file.path, document.parser);
  // A body MDX could not parse was read as plain Markdown: its list is not worth counting against.
  const readable = file.data.kind === 'code' && file.data.bodyParsed ? document.tree : undefined;
  const place = readable && stepsPlace(readable);
  document.steps = readable ? { count: stepsSection(readable, place)?.list?.children.length, place } : NO_STEPS;
}

/**
 * Run every rule on a parsed document. A fast tree only shows a file is clean:
 * when anything at all is reported, the file is parsed again with micromark and
 * checked again, so every message is worded and placed as parseDocument would
 * have it. Returns what to cache, or undefined when a rule crashed.
 */
export async function lintParsed<Context extends object>(
  document: CheckedDocument,
  linter: TrackedLinter<Context>,
  onParse: ParseHook | undefined,
): Promise<CachedDocument | undefined> {
  const { file } = document;
  let runs = await linter.runAll(document.tree!, file);
  if (document.parser === 'fast' && file.messages.length > 0) {
    file.messages.length = 0;
    parseDocumentOf(document, 'exact', onParse);
    runs = await linter.runAll(document.tree!, file);
  }
  if (!runs) return undefined;
  const ruleMessages = new Set(runs.flatMap((run) => run.messages));
  return {
    hash: document.hash,
    bodyParsed: file.data.bodyParsed ?? false,
    frontmatter: packedFrontmatterOf(document),
    steps: document.steps,
    parse: file.messages.filter((message) => !ruleMessages.has(message)).map(storeMessage),
    ...packRuns(runs.map(storeRun)),
  };
}

function storeRun({ messages, reads, tree }: RuleRun): StoredRun {
  if (messages.length === 0 && reads.length === 0) return null;
  // A look-up in a field already says it was a Set or a Map.
  const lookedUp = new Set(reads.filter(([, how]) => how === 'has' || how === 'get').map(([field]) => field));
  const kept = reads.filter(([field, how]) => how !== 'kind' || !lookedUp.has(field));
  return [messages.map(storeMessage), kept, tree ? 1 : 0];
}

/**
 * Report a cached document's findings without parsing it: 'parse' when a rule
 * that reads the tree must run again, and the caller then checks the file afresh.
 */
async function replay<Context extends object>(
  document: CheckedDocument,
  cached: CachedDocument,
  linter: TrackedLinter<Context>,
  contextUnchanged: boolean,
): Promise<'done' | 'parse' | 'crashed'> {
  const { file } = document;
  for (const message of cached.parse) restoreMessage(file, message);
  if (cached.quiet && contextUnchanged) return 'done';
  const stored = unpackRuns(cached);
  if (stored.length !== linter.size) return 'parse';
  let runs: StoredRun[] | undefined;
  for (const [index, run] of stored.entries()) {
    if (run === null || run[1].length === 0 || contextUnchanged || linter.holds(run[1])) {
      for (const message of run?.[0] ?? []) restoreMessage(file, message);
      continue;
    }
    if (run[2] === 1) return 'parse';
    const again = await linter.runOne(index, undefined, file);
    if (again === 'tree') return 'parse';
    if (again === undefined) return 'crashed';
    runs ??= [...stored];
    runs[index] = storeRun(again);
  }
  if (runs) document.cached = { ...cached, ...packRuns(runs) };
  return 'done';
}
