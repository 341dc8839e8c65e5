import { access } from 'node:fs/promises';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import { categoriesFileSchema, rolesFileSchema } from '../schema/index.ts';
import { readSource } from './read-source.ts';
import { parseYamlSource } from './yaml-source.ts';

export const ROLES_FILE = 'content/roles.yaml';
export const CATEGORIES_FILE = 'content/categories.yaml';

/** A directory file (roles or categories) and the ids it defines, when it is usable. */
export interface DirectoryFile {
  file: VFile;
  ids: ReadonlySet<string> | undefined;
}

export const loadRoles = (cwd: string) => loadDirectory(cwd, ROLES_FILE, rolesFileSchema, 'role');
export const loadCategories = (cwd: string) => loadDirectory(cwd, CATEGORIES_FILE, categoriesFileSchema, 'category');

async function loadDirectory(cwd: string, path: string, schema: z.ZodType, what: string): Promise<DirectoryFile> {
  const exists = await access(`${cwd}/${path}`).then(() => true, () => false);
  if (!exists) {
    const file = new VFile({ path, cwd });
    file.message(`Missing \`${path}\`: every ${what} that documents name must be defined there`, {
      place: { line: 1, column: 1 },
      ruleId: 'directory-file',
      source: 'handbook',
    }).fatal = true;
    return { file, ids: undefined };
  }
  const { file, readable } = await readSource(path, cwd);
  if (!readable) return { file, ids: undefined };

  const yaml = parseYamlSource(String(file.value));
  for (const problem of yaml.problems) {
    file.message(problem.reason, { place: problem.place, ruleId: 'directory-file', source: 'handbook' }).fatal = true;
  }
  if (yaml.value === undefined) return { file, ids: undefined };

  const result = schema.safeParse(yaml.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      file.message(`Unexpected \`${field || what}\`: ${issue.message.replace(/^Invalid input: /, '')}`, {
        place: yaml.placeOf(issue.path),
        ruleId: 'directory-file',
        source: 'handbook',
      }).fatal = true;
    }
  }
  // Ids stay usable even when one entry is malformed, so one typo does not hide every owner check.
  const value = yaml.value;
  const ids = value && typeof value === 'object' && !Array.isArray(value) ? new Set(Object.keys(value)) : undefined;
  return { file, ids };
}
