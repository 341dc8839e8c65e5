import { glob } from 'node:fs/promises';
import type { VFile } from 'vfile';
import { parseDocument, type ParsedDocument } from './parse-document.ts';
import { readSource } from './read-source.ts';

export interface ReadDocuments {
  /** Every file found, readable or not, in path order. */
  files: VFile[];
  /** The readable ones, parsed. */
  parsed: ParsedDocument[];
}

/**
 * Read and parse every file `patterns` find under `cwd`. `describe` marks each
 * file (its kind, whether it is a translation) before it is parsed. A file
 * that cannot be read keeps its message and is left unparsed.
 */
export async function readDocuments(cwd: string, patterns: readonly string[], describe: (file: VFile) => void): Promise<ReadDocuments> {
  const paths = (await Array.fromAsync(glob(patterns, { cwd }))).sort();
  const files: VFile[] = [];
  const parsed: ParsedDocument[] = [];
  for (const path of paths) {
    const { file, readable } = await readSource(path, cwd);
    files.push(file);
    describe(file);
    if (readable) parsed.push({ file, tree: parseDocument(file) });
  }
  return { files, parsed };
}
