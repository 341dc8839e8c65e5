import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { VFile } from 'vfile';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Read a content file as UTF-8 text. A file that is not UTF-8 keeps a message
 * pointing at the first bad character and `value` stays empty, so the caller
 * can skip parsing it and still report it with the others.
 */
export async function readSource(path: string, cwd: string): Promise<{ file: VFile; readable: boolean }> {
  const file = new VFile({ path, cwd });
  let bytes: Uint8Array;
  try {
    // `path` is relative to the repository, which need not be the process's working directory.
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    file.message(`Cannot read this file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      place: { line: 1, column: 1 },
      ruleId: 'file-readable',
      source: 'handbook',
    }).fatal = true;
    return { file, readable: false };
  }

  try {
    file.value = strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = lenientUtf8.decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD')).split('\n');
    const place = { line: before.length, column: before.at(-1)!.length + 1 };
    file.message('Unexpected bytes that are not UTF-8; save the file as UTF-8 (your editor’s “Save with encoding” menu)', {
      place,
      ruleId: 'file-encoding',
      source: 'handbook',
    }).fatal = true;
    return { file, readable: false };
  }

  if (String(file.value).trim() === '') {
    file.message('Unexpected empty file, expected frontmatter between `---` lines and a body', {
      place: { line: 1, column: 1 },
      ruleId: 'file-empty',
      source: 'handbook',
    }).fatal = true;
    return { file, readable: false };
  }
  return { file, readable: true };
}
