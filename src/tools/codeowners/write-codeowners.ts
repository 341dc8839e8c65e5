import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CODEOWNERS_PATH, DOCUMENT_FOLDERS, expectedCodeowners, HANDBOOK_FILE, loadHandbook, loadRoles, readDocuments, roleOwners } from '../../model/index.ts';

export type CodeownersUpdate =
  | { status: 'written' | 'unchanged'; documents: number }
  /** roles.yaml cannot be read, so there is no owner to write. */
  | { status: 'roles-unreadable' }
  /** handbook.yaml is missing or invalid, so the fallback owner is unknown; `problem` is its first error as `path:line:column  error  reason`. */
  | { status: 'handbook-unreadable'; problem: string };

/**
 * Write .github/CODEOWNERS from the content. It reads roles.yaml, handbook.yaml
 * and the originals with the model's readers, the ones the checker reads them
 * with, and renders them with the same `expectedCodeowners` as its staleness
 * check, so the file written and the check can never disagree. Translations
 * have no owner of their own: only originals are read.
 */
export async function writeCodeowners(cwd: string): Promise<CodeownersUpdate> {
  const [roles, handbook, originals] = await Promise.all([
    loadRoles(cwd),
    loadHandbook(cwd),
    readDocuments(
      cwd,
      DOCUMENT_FOLDERS.map(([, folder]) => `${folder}/*.mdx`),
      () => {},
    ),
  ]);
  const rolesText = String(roles.file.value ?? '');
  if (roleOwners(rolesText) === undefined) return { status: 'roles-unreadable' };
  if (handbook.config === undefined) {
    const first = handbook.file.messages[0];
    return {
      status: 'handbook-unreadable',
      problem: `${HANDBOOK_FILE}:${first?.line ?? 1}:${first?.column ?? 1}  error  ${first?.reason ?? 'Cannot read the settings'}`,
    };
  }
  const text = expectedCodeowners(rolesText, handbook.config, originals.files);
  if (text === undefined) return { status: 'roles-unreadable' };

  const documents = originals.files.length;
  const target = resolve(cwd, CODEOWNERS_PATH);
  if ((await readFile(target, 'utf8').catch(() => undefined)) === text) return { status: 'unchanged', documents };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  return { status: 'written', documents };
}
