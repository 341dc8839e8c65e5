import { access } from 'node:fs/promises';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import type { Point, Position } from 'unist';
import { categoriesFileSchema, handbookConfigSchema, rolesFileSchema, type HandbookConfig } from '../schema/index.ts';
import { readSource } from './read-source.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYamlSource } from './yaml-source.ts';

export const ROLES_FILE = 'content/roles.yaml';
export const CATEGORIES_FILE = 'content/categories.yaml';
export const HANDBOOK_FILE = 'content/handbook.yaml';

/** A directory file (roles or categories) and the ids it defines, when it is usable. */
export interface DirectoryFile {
  file: VFile;
  ids: ReadonlySet<string> | undefined;
}

/** content/handbook.yaml and its settings, when they are valid. */
export interface HandbookFile {
  file: VFile;
  config: HandbookConfig | undefined;
}

export const loadRoles = (cwd: string) =>
  loadDirectory(cwd, { path: ROLES_FILE, schema: rolesFileSchema, ruleId: 'directory-file', missing: 'every role that documents name must be defined there' });
export const loadCategories = (cwd: string) =>
  loadDirectory(cwd, { path: CATEGORIES_FILE, schema: categoriesFileSchema, ruleId: 'directory-file', missing: 'every category that documents name must be defined there' });

export async function loadHandbook(cwd: string): Promise<HandbookFile> {
  const { file, parsed } = await loadYamlFile(cwd, {
    path: HANDBOOK_FILE,
    schema: handbookConfigSchema,
    ruleId: 'handbook-file',
    missing: 'it names the handbook in citations, its repository, and the languages it is read in',
  });
  return { file, config: parsed };
}

async function loadDirectory(cwd: string, spec: YamlFileSpec<z.ZodType>): Promise<DirectoryFile> {
  const { file, value } = await loadYamlFile(cwd, spec);
  // Ids stay usable even when one entry is malformed, so one typo does not hide every owner check.
  const ids = value && typeof value === 'object' && !Array.isArray(value) ? new Set(Object.keys(value)) : undefined;
  return { file, ids };
}

interface YamlFileSpec<Schema extends z.ZodType> {
  path: string;
  schema: Schema;
  ruleId: string;
  /** Why the file must exist, said when it does not. */
  missing: string;
}

interface LoadedYamlFile<Schema extends z.ZodType> {
  file: VFile;
  /** The plain YAML data, whether or not the schema accepts it; undefined when unreadable or broken. */
  value: unknown;
  /** The data as the schema gives it, only when the schema accepts it. */
  parsed: z.output<Schema> | undefined;
}

/** Read, parse and validate one settings file; every problem becomes an error on the file, none throws. */
async function loadYamlFile<Schema extends z.ZodType>(cwd: string, spec: YamlFileSpec<Schema>): Promise<LoadedYamlFile<Schema>> {
  const { path, schema, ruleId, missing } = spec;
  const report = (file: VFile, reason: string, place: Point | Position) => {
    file.message(reason, { place, ruleId, source: 'handbook' }).fatal = true;
  };

  const exists = await access(`${cwd}/${path}`).then(() => true, () => false);
  if (!exists) {
    const file = new VFile({ path, cwd });
    report(file, `Missing \`${path}\`: ${missing}`, { line: 1, column: 1 });
    return { file, value: undefined, parsed: undefined };
  }
  const { file, readable } = await readSource(path, cwd);
  if (!readable) return { file, value: undefined, parsed: undefined };

  const yaml = parseYamlSource(String(file.value));
  for (const problem of yaml.problems) report(file, problem.reason, problem.place);
  if (yaml.value === undefined) return { file, value: undefined, parsed: undefined };

  const result = schema.safeParse(yaml.value, { reportInput: true });
  if (!result.success) {
    for (const problem of schemaProblems(result.error.issues, yaml)) report(file, problem.reason, problem.place);
  }
  return { file, value: yaml.value, parsed: result.success ? result.data : undefined };
}
