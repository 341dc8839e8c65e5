import { runGit } from './run-git.ts';

/**
 * The text of each path (relative to `cwd`) at `ref`, read with one `git cat-file --batch` process
 * however many paths are asked for. A path that does not exist at `ref` is
 * absent from the result.
 */
export async function readFilesAtRef(cwd: string, ref: string, paths: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (paths.length === 0) return files;
  // Paths with a newline cannot be asked for on one line; content paths never have one.
  const asked = paths.filter((path) => !path.includes('\n'));
  // `<ref>:./<path>` reads the path relative to cwd, so a handbook may live in a subfolder of its repository.
  const output = await runGit(cwd, ['cat-file', '--batch'], asked.map((path) => `${ref}:./${path}\n`).join(''));

  let offset = 0;
  for (const path of asked) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    // "<object> blob <size>" for a file; "<name> missing" (or "ambiguous") when there is none.
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') files.set(path, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1; // the content is followed by a newline
  }
  return files;
}

/** The text of one file at `ref`, or undefined when it does not exist there. */
export async function showFile(cwd: string, ref: string, path: string): Promise<string | undefined> {
  return (await readFilesAtRef(cwd, ref, [path])).get(path);
}
