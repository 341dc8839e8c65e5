// What each worker thread of the check pool (check-pool.ts) runs, after check-worker.ts: parses the documents it is given and keeps their trees,
// then checks them once the main thread knows every document and sends the context.
import { parentPort } from 'node:worker_threads';
import { VFile } from 'vfile';
import { loadFastParser, type Parser } from '../model/index.ts';
import { storeMessage } from './check-cache.ts';
import { lintParsed, packedFrontmatterOf, parseDocumentOf, type CheckedDocument } from './check-documents.ts';
import type { LintReply, ParseReply, PoolRequest } from './check-pool.ts';
import { linterForSet, type RuleSetName } from './rule-sets.ts';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs only as a worker thread');

const loaded = loadFastParser();
const held = new Map<RuleSetName, CheckedDocument[]>();

port.on('message', (request: PoolRequest) => {
  handle(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ type: 'failed', id: request.id, reason: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

async function handle(request: PoolRequest): Promise<ParseReply | LintReply> {
  await loaded;
  if (request.type === 'parse') {
    const documents: CheckedDocument[] = [];
    const parsed: Array<[string, Parser]> = [];
    const facts = request.documents.map(({ path, cwd, text, hash, data }) => {
      const file = new VFile({ path, cwd, value: text });
      Object.assign(file.data, data);
      const document: CheckedDocument = { file, hash, cached: undefined, tree: undefined, parser: undefined, steps: { count: undefined, place: undefined } };
      parseDocumentOf(document, 'fast', (at, parser) => parsed.push([at, parser]));
      documents.push(document);
      return { bodyParsed: file.data.bodyParsed ?? false, frontmatter: packedFrontmatterOf(document), steps: document.steps };
    });
    held.set(request.set, documents);
    return { type: 'parsed', id: request.id, facts, parsed };
  }
  const documents = held.get(request.set) ?? [];
  held.delete(request.set);
  const linter = linterForSet(request.set, request.context, request.strict);
  const parsed: Array<[string, Parser]> = [];
  const results = [];
  for (const document of documents) {
    const entry = await lintParsed(document, linter, (at, parser) => parsed.push([at, parser]));
    results.push({ entry, messages: document.file.messages.map(storeMessage) });
    document.tree = undefined;
  }
  return { type: 'linted', id: request.id, results, parsed };
}
