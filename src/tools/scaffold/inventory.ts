import { glob, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CATEGORIES_FILE, documentIdOf, frontmatterField, parseDocumentText, parseYamlSource, ROLES_FILE } from '../../model/index.ts';

/** What the scaffolder must know about the handbook: the ids it may use and the ones already taken. */
export interface HandbookInventory {
  /** Role id → title, in roles.yaml order. */
  roles: ReadonlyMap<string, string>;
  /** Category id → title, in categories.yaml order. */
  categories: ReadonlyMap<string, string>;
  /** Every code file, with the category its frontmatter names (undefined when it names none). */
  codes: ReadonlyArray<{ code: string; category: string | undefined }>;
  /** Every standard's slug. */
  standards: ReadonlySet<string>;
}

/** A repository the scaffolder cannot work in; the message names the file and what to do. */
export class InventoryError extends Error {}

export async function readInventory(cwd: string): Promise<HandbookInventory> {
  const [roles, categories] = await Promise.all([titlesIn(cwd, ROLES_FILE), titlesIn(cwd, CATEGORIES_FILE)]);
  const codes: Array<{ code: string; category: string | undefined }> = [];
  for (const path of (await Array.fromAsync(glob('content/codes/*.mdx', { cwd }))).sort()) {
    const text = await readFile(resolve(cwd, path), 'utf8');
    const category = frontmatterField(parseDocumentText(path, text).file, 'category');
    codes.push({ code: documentIdOf(path), category: typeof category === 'string' ? category : undefined });
  }
  const standards = new Set((await Array.fromAsync(glob('content/standards/*.mdx', { cwd }))).map(documentIdOf));
  return { roles, categories, codes, standards };
}

/** The ids of a directory file with their titles; lenient, since the checker reports a malformed entry. */
async function titlesIn(cwd: string, path: string): Promise<Map<string, string>> {
  const text = await readFile(resolve(cwd, path), 'utf8').catch(() => undefined);
  const value = text === undefined ? undefined : parseYamlSource(text).value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InventoryError(`${path}:1:1  error  Cannot read ${path}; run npm run check and fix it first`);
  }
  return new Map(
    Object.entries(value as Record<string, unknown>).map(([id, entry]) => {
      const title = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).title : undefined;
      return [id, typeof title === 'string' ? title : id];
    }),
  );
}
