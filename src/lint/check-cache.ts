import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { YamlProblem } from '../model/index.ts';
import type { ContextRead } from './run-rules.ts';

/** Where a checked repository keeps the cache, relative to its root (git-ignored with the rest of .handbook/). */
export const CHECK_CACHE_DIR = '.handbook/check-cache';
const CACHE_FILE = 'documents.v8';
/** Raised whenever the layout of CachedDocument changes. */
const FORMAT = 2;

/** A message as the reports read it: everything but the stack. */
export interface StoredMessage {
  reason: string;
  place: VFileMessage['place'];
  ruleId: string | undefined;
  source: string | undefined;
  fatal: boolean | null | undefined;
  url: string | undefined;
  note: string | undefined;
  actual: string | undefined;
  expected: string[] | undefined;
}

/**
 * What one rule said about one file, what it read of the context to say it,
 * and whether it looked at the tree (1) or not (0); null when it said nothing
 * and read nothing. A tuple, as there are ten thousand of them to load.
 */
export type StoredRun = readonly [messages: StoredMessage[], reads: ContextRead[], tree: 0 | 1] | null;

/** Which level-2 section of a code holds its steps (see `stepsPlace`) and how many the list has. */
export interface StepsFacts {
  count: number | undefined;
  place: number | undefined;
}

export const NO_STEPS: StepsFacts = { count: undefined, place: undefined };

/** A document's frontmatter without positions: its data and its problems. */
export interface StoredFrontmatter {
  value: unknown;
  problems: YamlProblem[];
}

/**
 * What the checker keeps of one document between runs: its findings, and the
 * facts other files are checked against. The bulky parts are JSON text, which
 * loads several times faster than the same data as objects and is read only
 * when needed.
 */
export interface CachedDocument {
  /** sha256 of the document's text. */
  hash: string;
  bodyParsed: boolean;
  /** Its frontmatter as JSON, or as it is when JSON would not give it back unchanged (`.nan`); undefined when it has none. */
  frontmatter: string | StoredFrontmatter | undefined;
  /** Where its steps are and how many: what a translation is checked against. */
  steps: StepsFacts;
  /** Messages of parsing, before any rule (mdx-syntax). */
  parse: StoredMessage[];
  /** JSON of one StoredRun per rule of the set, in order. */
  runs: string;
  /** True when no rule said anything: with an unchanged context there is then nothing to read in `runs`. */
  quiet: boolean;
}

/** The documents checked by one set of rules (originals, translations). */
export interface CachedSet {
  /** The checker's source and the set's rules and severities: entries of another key are never used. */
  key: string;
  /** A digest of each field of the context the rules were given (see TrackedLinter.contextDigests). */
  context: Record<string, string>;
  documents: Map<string, CachedDocument>;
}

export function packFrontmatter(frontmatter: StoredFrontmatter | undefined): CachedDocument['frontmatter'] {
  if (!frontmatter) return undefined;
  return jsonSafe(frontmatter) ? JSON.stringify(frontmatter) : frontmatter;
}

/** Whether JSON gives `value` back unchanged: plain data with no undefined, no NaN or infinity, no -0. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.entries(value).every(([key, item]) => key !== '__proto__' && jsonSafe(item));
}

export const unpackFrontmatter = (stored: NonNullable<CachedDocument['frontmatter']>): StoredFrontmatter =>
  typeof stored === 'string' ? (JSON.parse(stored) as StoredFrontmatter) : stored;

export const packRuns = (runs: readonly StoredRun[]) => ({ runs: JSON.stringify(runs), quiet: runs.every((run) => !run?.[0].length) });

export const unpackRuns = (document: CachedDocument) => JSON.parse(document.runs) as StoredRun[];

/** Findings kept between runs, by content hash, in `<repo>/.handbook/check-cache/`. */
export class CheckCache {
  readonly #path: string;
  readonly #checker: string;
  readonly #sets: Map<string, CachedSet>;
  #dirty = false;

  private constructor(path: string, checker: string, sets: Map<string, CachedSet>) {
    this.#path = path;
    this.#checker = checker;
    this.#sets = sets;
  }

  /** The cache of the repository at `cwd`; empty when there is none yet or it cannot be read. */
  static async load(cwd: string): Promise<CheckCache> {
    const path = resolve(cwd, CHECK_CACHE_DIR, CACHE_FILE);
    const checker = checkerVersion();
    const bytes = readOptional(path);
    let sets = new Map<string, CachedSet>();
    if (bytes) {
      try {
        const stored = deserialize(bytes) as { format?: unknown; checker?: unknown; sets?: unknown };
        if (stored.format === FORMAT && stored.checker === checker && stored.sets instanceof Map) sets = stored.sets as Map<string, CachedSet>;
      } catch {
        // A cache from another Node version, or a torn file: start afresh.
      }
    }
    return new CheckCache(path, checker, sets);
  }

  /**
   * The cached documents of set `name` checked by rules with `signature`; a
   * set checked by other rules (another severity, a rule added) starts empty.
   * Whoever changes the set calls `changed`.
   */
  set(name: string, signature: string): CachedSet {
    const key = `${this.#checker}:${signature}`;
    let set = this.#sets.get(name);
    if (set?.key !== key) {
      set = { key, context: {}, documents: new Map() };
      this.#sets.set(name, set);
      this.#dirty = true;
    }
    return set;
  }

  /** Note that something was added, replaced or removed, so `save` writes the file. */
  changed(): void {
    this.#dirty = true;
  }

  /** Write the cache if anything changed. A cache that cannot be written is no error: the next run is only slower. */
  async save(): Promise<void> {
    if (!this.#dirty) return;
    const temporary = `${this.#path}.${process.pid}.tmp`;
    try {
      const bytes = serialize({ format: FORMAT, checker: this.#checker, sets: this.#sets });
      await mkdir(join(this.#path, '..'), { recursive: true });
      await writeFile(temporary, bytes);
      // Atomic: two checks at once never leave a torn file, only one or the other's.
      await rename(temporary, this.#path);
      this.#dirty = false;
    } catch {
      // Read-only checkout, full disk: carry on uncached.
    }
  }
}

export function storeMessage(message: VFileMessage): StoredMessage {
  const { reason, place, ruleId, source, fatal, url, note, actual, expected } = message;
  // A place may be worked out on demand (lazyYamlSource); keep it as plain data.
  return { reason, place: place && (JSON.parse(JSON.stringify(place)) as typeof place), ruleId, source, fatal, url, note, actual, expected };
}

/** Add a stored message to `file` as `file.message` would have made it. */
export function restoreMessage(file: VFile, stored: StoredMessage): void {
  const { reason, place, ruleId, source, ...rest } = stored;
  const message = file.message(reason, { place, ruleId, source });
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) Object.assign(message, { [key]: value });
}

let version: string | undefined;

/**
 * A hash of everything that decides what the checker says about a file: its
 * own source (src/lint and src/model), the installed packages (the lockfile)
 * and the Node version. Any edit to a rule, a schema or a parser invalidates
 * the whole cache. Read synchronously: a hundred small files.
 */
export function checkerVersion(): string {
  if (version !== undefined) return version;
  const src = fileURLToPath(new URL('../', import.meta.url));
  const root = join(src, '..');
  const hash = createHash('sha256').update(`${process.version}\n${FORMAT}\n`);
  for (const lockfile of ['package-lock.json', 'package.json']) {
    const bytes = readOptional(join(root, lockfile));
    if (bytes) {
      hash.update(bytes);
      break;
    }
  }
  const sources = ['lint', 'model'].flatMap((folder) => listSources(join(src, folder))).sort();
  for (const path of sources) hash.update(`\n${path.slice(src.length)}\n`).update(readFileSync(path));
  version = hash.digest('base64');
  return version;
}

function readOptional(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function listSources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
