import { runGit } from './run-git.ts';

/**
 * Each blob `git cat-file --batch` finds for the names asked (`<ref>:./<path>`, a blob's own name…), with the
 * blob's object name, read with one process however many are asked for. A name that finds no blob is absent.
 */
export async function readBlobs(cwd: string, names: readonly string[]): Promise<Map<string, { object: string; text: string }>> {
  const blobs = new Map<string, { object: string; text: string }>();
  // A name with a newline cannot be asked for on one line; content paths never have one.
  const asked = names.filter((name) => !name.includes('\n'));
  if (asked.length === 0) return blobs;
  const output = await runGit(cwd, ['cat-file', '--batch'], asked.map((name) => `${name}\n`).join(''));

  let offset = 0;
  for (const name of asked) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    // "<object> blob <size>" for a file; "<name> missing" (or "ambiguous") when there is none.
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[3]);
    if (match[2] === 'blob') blobs.set(name, { object: match[1]!, text: output.subarray(offset, offset + size).toString('utf8') });
    offset += size + 1; // the content is followed by a newline
  }
  return blobs;
}

/**
 * The text of each path (relative to `cwd`) at `ref`, read with one `git cat-file --batch` process
 * however many paths are asked for. A path that does not exist at `ref` is
 * absent from the result.
 */
export async function readFilesAtRef(cwd: string, ref: string, paths: readonly string[]): Promise<Map<string, string>> {
  // `<ref>:./<path>` reads the path relative to cwd, so a handbook may live in a subfolder of its repository.
  const blobs = await readBlobs(
    cwd,
    paths.map((path) => `${ref}:./${path}`),
  );
  const files = new Map<string, string>();
  for (const path of paths) {
    const blob = blobs.get(`${ref}:./${path}`);
    if (blob) files.set(path, blob.text);
  }
  return files;
}

/** The text of one file at `ref`, or undefined when it does not exist there. */
export async function showFile(cwd: string, ref: string, path: string): Promise<string | undefined> {
  return (await readFilesAtRef(cwd, ref, [path])).get(path);
}
