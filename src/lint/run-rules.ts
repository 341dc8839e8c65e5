import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { unified } from 'unified';
import type { Plugin } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** A unified processor holding lint rules, whatever its parser and compiler types say. */
export interface RuleRunner {
  run(tree: Root, file: VFile): Promise<unknown>;
}

/** A lint rule and the severity it reports at; rules that need no context fit any context. */
export type RuleEntry<Context> = readonly [rule: Plugin<Root, Context>, severity: 'error' | 'warn'];

/**
 * A processor running `entries` with `context`. With `strict`, the rules in
 * `strictErrors` report errors instead of warnings.
 */
export function linterFor<Context>(
  entries: ReadonlyArray<RuleEntry<Context>>,
  context: Context,
  { strict = false, strictErrors = new Set() }: { strict?: boolean; strictErrors?: ReadonlySet<Plugin<Root, Context>> } = {},
): RuleRunner {
  const linter = unified();
  for (const [rule, severity] of entries) {
    const level = strict && strictErrors.has(rule) ? 'error' : severity;
    const config: [level: typeof level, option: Context] = [level, context];
    linter.use(rule, config);
  }
  return linter;
}

/** Run a set of rules on one file; a rule that crashes becomes a message on that file, never a stack trace. */
export async function runRules(linter: RuleRunner, tree: Root, file: VFile): Promise<void> {
  try {
    await linter.run(tree, file);
  } catch (error) {
    // A rule crashing is our bug, not the writer's: say so on this file and carry on with the rest.
    internalError(file, error);
  }
}

/**
 * One thing a rule read from its context while checking one file, so a later
 * check can tell whether the rule would still say the same:
 * `kind` is whether a field was a Set, a Map or something else (a rule that
 * stays quiet while roles.yaml is broken reads this); `has` and `get` are one
 * look-up in a Set or Map, with its answer; `value` is any other use of a field
 * (iterating a Set, reading a date or the handbook settings), answered by a
 * digest of the whole field.
 */
export type ContextRead = readonly [field: string, how: 'kind' | 'has' | 'get' | 'value', key: string, answer: string];

/** What one rule did on one file. */
export interface RuleRun {
  /** The messages it added, in order. */
  messages: VFileMessage[];
  /** What it read from its context, in order; empty when it read none. */
  reads: ContextRead[];
  /** Whether it looked at the tree at all: a rule that did not can be run again without parsing the file. */
  tree: boolean;
}

type Transformer = (tree: Root, file: VFile, next: (error?: unknown) => void) => void;

/**
 * Rules run one by one on a file, each recording what it read from the context
 * and whether it looked at the tree, so that a cache can keep each rule's
 * messages and know when they still hold. Reports what `linterFor` and
 * `runRules` would, message for message and in the same order.
 */
export class TrackedLinter<Context extends object> {
  /** The rules and their severities, as text: results of one TrackedLinter fit another with the same signature. */
  readonly signature: string;
  readonly #transformers: Array<Transformer | undefined>;
  readonly #context: Context;
  #reads: ContextRead[] | undefined;
  /** The reads of the running rule as text, so a read repeated (a Set looked up in a loop) is written down once. */
  #seen = new Set<string>();
  readonly #digests = new Map<string, string>();

  constructor(
    entries: ReadonlyArray<RuleEntry<Context>>,
    context: Context,
    { strict = false, strictErrors = new Set() }: { strict?: boolean; strictErrors?: ReadonlySet<Plugin<Root, Context>> } = {},
  ) {
    this.#context = context;
    const tracked = this.#track(context);
    const levels = levelsOf(entries, { strict, strictErrors });
    this.signature = rulesSignature(entries, { strict, strictErrors });
    // A lint rule's attacher ignores `this`: called with its settings it gives the transformer unified would run.
    this.#transformers = entries.map(([rule], index) => (rule as unknown as (settings: unknown) => Transformer | undefined)([levels[index], tracked]));
  }

  get size(): number {
    return this.#transformers.length;
  }

  /** The context the rules are given, untracked. */
  get context(): Context {
    return this.#context;
  }

  /**
   * Run every rule on `file` in order, as runRules does. Returns what each rule
   * did, or undefined when a rule crashed: the file then holds the internal
   * error message, as runRules leaves it, and nothing about it should be kept.
   */
  async runAll(tree: Root, file: VFile): Promise<RuleRun[] | undefined> {
    const runs: RuleRun[] = [];
    for (let index = 0; index < this.#transformers.length; index += 1) {
      const run = await this.runOne(index, tree, file);
      if (!run || run === 'tree') return undefined;
      runs.push(run);
    }
    return runs;
  }

  /**
   * Run rule `index` alone on `file`. With `tree` undefined the rule gets an
   * empty tree and the run is abandoned (its messages removed, `'tree'`
   * returned) the moment it looks at the tree: the caller must then parse the file.
   */
  async runOne(index: number, tree: Root | undefined, file: VFile): Promise<RuleRun | 'tree' | undefined> {
    const transformer = this.#transformers[index];
    const before = file.messages.length;
    if (!transformer) return { messages: [], reads: [], tree: false };
    let touched = false;
    const empty: Root = { type: 'root', children: [] };
    const watched = new Proxy(tree ?? empty, {
      get(target, key, receiver) {
        touched = true;
        return Reflect.get(target, key, receiver);
      },
    });
    const reads: ContextRead[] = [];
    this.#reads = reads;
    this.#seen.clear();
    try {
      await settle(transformer, watched, file);
    } catch (error) {
      this.#reads = undefined;
      internalError(file, error);
      return undefined;
    }
    this.#reads = undefined;
    if (tree === undefined && touched) {
      file.messages.length = before;
      return 'tree';
    }
    return { messages: file.messages.slice(before), reads, tree: touched };
  }

  /** Whether every read still gets the same answer from this linter's context. */
  holds(reads: readonly ContextRead[]): boolean {
    const context = this.#context as Record<string, unknown>;
    return reads.every(([field, how, key, answer]) => {
      const value = context[field];
      switch (how) {
        case 'kind':
          return kindOf(value) === answer;
        case 'has':
          return (value instanceof Set || value instanceof Map) && String(value.has(key)) === answer;
        case 'get':
          return value instanceof Map && digestOf(value.get(key)) === answer;
        case 'value':
          return this.#digest(field) === answer;
        default:
          return false;
      }
    });
  }

  /**
   * A digest of each field of the context. When none changed since a run that
   * stored them, every read of that run holds and need not be looked at.
   */
  contextDigests(): Record<string, string> {
    return Object.fromEntries(Object.keys(this.#context).map((field) => [field, this.#digest(field)]));
  }

  /** The whole of a context field as text; hashed when long, so a digest of every code stays small. */
  #digest(field: string): string {
    let digest = this.#digests.get(field);
    if (digest === undefined) {
      digest = digestOf((this.#context as Record<string, unknown>)[field]);
      if (digest.length > 64) digest = createHash('sha256').update(digest).digest('base64');
      this.#digests.set(field, digest);
    }
    return digest;
  }

  /** Write a read down for the running rule, once. */
  #push(read: ContextRead): void {
    const reads = this.#reads;
    if (!reads) return;
    const text = read.join('\u0000');
    if (this.#seen.has(text)) return;
    this.#seen.add(text);
    reads.push(read);
  }

  /** The context as the rules see it: the same values, with every read written down while a rule runs. */
  #track(context: Context): Context {
    const views = new Map<string, object>();
    return new Proxy(context, {
      get: (target, field, receiver) => {
        const value: unknown = Reflect.get(target, field, receiver);
        if (!this.#reads || typeof field !== 'string') return value;
        if (!(value instanceof Set || value instanceof Map)) {
          this.#push([field, 'value', '', this.#digest(field)]);
          return value;
        }
        this.#push([field, 'kind', '', kindOf(value)]);
        let view = views.get(field);
        if (!view) {
          view = this.#view(field, value);
          views.set(field, view);
        }
        return view;
      },
    });
  }

  /** A Set or Map that writes down each look-up, and any other use as a read of the whole. */
  #view(field: string, collection: Set<unknown> | Map<unknown, unknown>): object {
    const has = (key: unknown) => {
      const answer = collection.has(key);
      this.#record(field, key, () => ['has', String(answer)]);
      return answer;
    };
    const get = (key: unknown) => {
      const answer = (collection as Map<unknown, unknown>).get(key);
      this.#record(field, key, () => ['get', digestOf(answer)]);
      return answer;
    };
    return new Proxy(collection, {
      get: (target, key) => {
        if (key === 'has') return has;
        if (key === 'get' && target instanceof Map) return get;
        if (this.#reads) this.#push([field, 'value', '', this.#digest(field)]);
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  #record(field: string, key: unknown, answer: () => readonly ['has' | 'get', string]): void {
    if (!this.#reads) return;
    if (typeof key !== 'string') this.#push([field, 'value', '', this.#digest(field)]);
    else {
      const [how, said] = answer();
      this.#push([field, how, key, said]);
    }
  }
}

type Levels<Context> = { strict?: boolean; strictErrors?: ReadonlySet<Plugin<Root, Context>> };

const levelsOf = <Context>(entries: ReadonlyArray<RuleEntry<Context>>, { strict = false, strictErrors = new Set() }: Levels<Context>) =>
  entries.map(([rule, severity]) => (strict && strictErrors.has(rule) ? 'error' : severity));

/** The rules and their severities, as text: results of one set of rules fit another with the same signature. */
export const rulesSignature = <Context>(entries: ReadonlyArray<RuleEntry<Context>>, levels: Levels<Context> = {}): string =>
  JSON.stringify(entries.map(([rule], index) => [rule.name, levelsOf(entries, levels)[index]]));

/** Run a transformer; without a promise when the rule is synchronous, as every handbook rule is. */
function settle(transformer: Transformer, tree: Root, file: VFile): Promise<void> | void {
  let finished = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  transformer(tree, file, (error) => {
    finished = true;
    failure = error;
    wake?.();
  });
  if (finished) {
    if (failure) throw failure;
    return;
  }
  return new Promise<void>((resolve, reject) => {
    wake = () => (failure ? reject(failure) : resolve());
  });
}

function internalError(file: VFile, error: unknown): void {
  file.message(`Internal checker error, please report it: ${error instanceof Error ? error.message : String(error)}`, {
    place: { line: 1, column: 1 },
    ruleId: 'internal',
    source: 'handbook',
  }).fatal = true;
}

const kindOf = (value: unknown) => (value instanceof Set ? 'set' : value instanceof Map ? 'map' : value === undefined ? 'undefined' : typeof value);

/** A stable text for any context value: Sets and Maps in sorted order, dates as ISO text. */
export function digestOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Set) return { set: [...item].map((entry) => digestOf(entry)).sort() };
    if (item instanceof Map) return { map: [...item].map(([key, entry]) => [digestOf(key), digestOf(entry)]).sort() };
    if (typeof item === 'bigint') return { bigint: String(item) };
    if (typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0))) return { number: Object.is(item, -0) ? '-0' : String(item) };
    if (item === undefined) return { undefined: true };
    return item;
  });
}
