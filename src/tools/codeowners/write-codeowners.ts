import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkRepository } from '../../lint/check-repository.ts';
import { HANDBOOK_FILE, loadHandbook, ROLES_FILE } from '../../model/directory.ts';
import { CODEOWNERS_PATH } from './config.ts';
import { expectedCodeowners } from './expected-codeowners.ts';
import { roleOwners } from './ownership.ts';

export type CodeownersUpdate =
  | { status: 'written' | 'unchanged'; documents: number }
  /** roles.yaml cannot be read, so there is no owner to write. */
  | { status: 'roles-unreadable' }
  /** handbook.yaml is missing or invalid, so the fallback owner is unknown; `problem` is its first error as `path:line:column  error  reason`. */
  | { status: 'handbook-unreadable'; problem: string };

/**
 * Write .github/CODEOWNERS from the content, reading it exactly as the checker
 * does, so the file written and the staleness check can never disagree.
 */
export async function writeCodeowners(cwd: string): Promise<CodeownersUpdate> {
  const [files, handbook] = await Promise.all([checkRepository({ cwd }), loadHandbook(cwd)]);
  const roles = files.find((file) => file.path === ROLES_FILE);
  // Translations have no owner of their own and the staleness check leaves them out, so the file written must too.
  const documents = files.filter((file) => file.data.kind !== undefined && file.data.translation === undefined);
  const rolesText = String(roles?.value ?? '');
  if (roleOwners(rolesText) === undefined) return { status: 'roles-unreadable' };
  if (handbook.config === undefined) {
    const first = handbook.file.messages[0];
    return { status: 'handbook-unreadable', problem: `${HANDBOOK_FILE}:${first?.line ?? 1}:${first?.column ?? 1}  error  ${first?.reason ?? 'Cannot read the settings'}` };
  }
  const text = expectedCodeowners(rolesText, handbook.config, documents);
  if (text === undefined) return { status: 'roles-unreadable' };

  const target = resolve(cwd, CODEOWNERS_PATH);
  if ((await readFile(target, 'utf8').catch(() => undefined)) === text) return { status: 'unchanged', documents: documents.length };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  return { status: 'written', documents: documents.length };
}
