import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkRepository } from '../checker/check-repository.ts';
import { ROLES_FILE } from '../checker/directory.ts';
import { CODEOWNERS_PATH } from './config.ts';
import { expectedCodeowners } from './expected-codeowners.ts';

export type CodeownersUpdate =
  | { status: 'written' | 'unchanged'; documents: number }
  /** roles.yaml cannot be read, so there is no owner to write. */
  | { status: 'roles-unreadable' };

/**
 * Write .github/CODEOWNERS from the content, reading it exactly as the checker
 * does, so the file written and the staleness check can never disagree.
 */
export async function writeCodeowners(cwd: string): Promise<CodeownersUpdate> {
  const files = await checkRepository({ cwd });
  const roles = files.find((file) => file.path === ROLES_FILE);
  // Translations have no owner of their own and the staleness check leaves them out, so the file written must too.
  const documents = files.filter((file) => file.data.kind !== undefined && file.data.translation === undefined);
  const text = roles && expectedCodeowners(String(roles.value ?? ''), documents);
  if (text === undefined) return { status: 'roles-unreadable' };

  const target = resolve(cwd, CODEOWNERS_PATH);
  if ((await readFile(target, 'utf8').catch(() => undefined)) === text) return { status: 'unchanged', documents: documents.length };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  return { status: 'written', documents: documents.length };
}
