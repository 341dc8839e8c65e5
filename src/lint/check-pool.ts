import { availableParallelism } from 'node:os';
import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DocumentKind, Parser, TranslationPath } from '../model/index.ts';
import type { CachedDocument, StepsFacts, StoredMessage } from './check-cache.ts';
import type { RuleSetName } from './rule-sets.ts';

/** A document for a worker to parse: its text and what its path says of it. */
export interface PoolDocument {
  path: string;
  cwd: string;
  text: string;
  hash: string;
  data: { kind?: DocumentKind; translation?: TranslationPath };
}

/** What a worker found out by parsing a document: what other documents are checked against. */
export interface PoolFacts {
  bodyParsed: boolean;
  frontmatter: CachedDocument['frontmatter'];
  steps: StepsFacts;
}

/** What a worker found by checking a document: every message of the file, and what to cache (none when a rule crashed). */
export interface PoolResult {
  entry: CachedDocument | undefined;
  messages: StoredMessage[];
}

export type PoolRequest =
  | { type: 'parse'; id: number; set: RuleSetName; documents: PoolDocument[] }
  | { type: 'lint'; id: number; set: RuleSetName; context: object; strict: boolean };
export interface ParseReply {
  type: 'parsed';
  id: number;
  facts: PoolFacts[];
  parsed: Array<[path: string, parser: Parser]>;
}
export interface LintReply {
  type: 'linted';
  id: number;
  results: PoolResult[];
  parsed: Array<[path: string, parser: Parser]>;
}
type Reply = ParseReply | LintReply | { type: 'failed'; id: number; reason: string };

/** Below this many documents to parse, starting workers (each loads the checker anew) costs more than it saves. */
export const POOL_THRESHOLD = 1500;

/** One worker per core, when there is more than one. */
export const defaultPoolSize = () => {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
};

/**
 * Worker threads that parse and check documents on every core. Documents are
 * dealt round-robin; each worker keeps the trees of its share between the
 * two steps, so trees never cross threads: only texts go out, and facts,
 * messages and cache entries (plain data) come back.
 */
export class CheckPool {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  #next = 0;
  /** Why the pool can no longer be used: a worker died. */
  #broken: Error | undefined;
  /** How many documents each worker holds per set, to split results back in order. */
  readonly #shares = new Map<RuleSetName, number[][]>();

  constructor(size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { compileCache: getCompileCacheDir() } });
      worker.on('message', (reply: Reply) => this.#settle(reply));
      worker.on('error', (error: unknown) => this.#failAll(error instanceof Error ? error : new Error(String(error))));
      worker.on('exit', (code) => {
        if (code !== 0) this.#failAll(new Error(`A check worker stopped with exit code ${code}`));
      });
      return worker;
    });
  }

  get size(): number {
    return this.#workers.length;
  }

  /** Parse `documents` on the workers; the facts come back in the same order. */
  async parse(set: RuleSetName, documents: readonly PoolDocument[], onParse?: (path: string, parser: Parser, onWorker: boolean) => void): Promise<PoolFacts[]> {
    const shares = this.#workers.map((_, worker) => documents.flatMap((_, index) => (index % this.#workers.length === worker ? [index] : [])));
    this.#shares.set(set, shares);
    const replies = await Promise.all(
      this.#workers.map(
        (worker, index) => this.#ask(worker, { type: 'parse', set, documents: shares[index]!.map((at) => documents[at]!) }) as Promise<ParseReply>,
      ),
    );
    return this.#reassemble(shares, replies, (reply) => reply.facts, onParse);
  }

  /** Check the documents of `set` parsed before, with `context`; results come back in the order they were given to `parse`. */
  async lint(set: RuleSetName, context: object, strict: boolean, onParse?: (path: string, parser: Parser, onWorker: boolean) => void): Promise<PoolResult[]> {
    const shares = this.#shares.get(set) ?? this.#workers.map(() => []);
    const replies = await Promise.all(this.#workers.map((worker) => this.#ask(worker, { type: 'lint', set, context, strict }) as Promise<LintReply>));
    return this.#reassemble(shares, replies, (reply) => reply.results, onParse);
  }

  async close(): Promise<void> {
    // Terminating is no failure of the work.
    this.#broken ??= new Error('The check pool is closed');
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #reassemble<Item, Answer extends ParseReply | LintReply>(
    shares: number[][],
    replies: Answer[],
    items: (reply: Answer) => Item[],
    onParse: ((path: string, parser: Parser, onWorker: boolean) => void) | undefined,
  ): Item[] {
    const all: Item[] = [];
    shares.forEach((share, worker) => {
      const answer = items(replies[worker]!);
      share.forEach((at, index) => {
        all[at] = answer[index]!;
      });
    });
    for (const reply of replies) for (const [path, parser] of reply.parsed) onParse?.(path, parser, true);
    return all;
  }

  #ask(worker: Worker, request: Omit<Extract<PoolRequest, { type: 'parse' }>, 'id'> | Omit<Extract<PoolRequest, { type: 'lint' }>, 'id'>): Promise<Reply> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (this.#broken) return reject(this.#broken);
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  #settle(reply: Reply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (reply.type === 'failed') pending.reject(new Error(`A check worker failed: ${reply.reason}`));
    else pending.resolve(reply);
  }

  #failAll(error: Error): void {
    this.#broken ??= error;
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }
}
