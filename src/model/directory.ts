import { access } from 'node:fs/promises';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import type { Point, Position } from 'unist';
import {
  categoriesFileSchema,
  handbookConfigSchema,
  rolesFileSchema,
  synonymsFileSchema,
  venuesFileSchema,
  type HandbookConfig,
  type Role,
  type SynonymsFile,
  type VenuesFile,
} from './schema/index.ts';
import { readSource } from './read-source.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export const ROLES_FILE = 'content/roles.yaml';
export const CATEGORIES_FILE = 'content/categories.yaml';
export const HANDBOOK_FILE = 'content/handbook.yaml';
export const SYNONYMS_FILE = 'content/synonyms.yaml';
export const VENUES_FILE = 'content/venues.yaml';

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

/** roles.yaml as a directory file, with its roles and their positions when the file is valid, for the venue checks. */
export interface RolesFile extends DirectoryFile {
  roles: Readonly<Record<string, Role>> | undefined;
  yaml: YamlSource | undefined;
}

export async function loadRoles(cwd: string): Promise<RolesFile> {
  const spec = { path: ROLES_FILE, schema: rolesFileSchema, ruleId: 'directory-file', missing: 'every role that documents name must be defined there' };
  const loaded = await loadYamlFile(cwd, spec);
  return { file: loaded.file, ids: idsOf(loaded.value), roles: loaded.parsed, yaml: loaded.yaml };
}
export const loadCategories = (cwd: string) =>
  loadDirectory(cwd, {
    path: CATEGORIES_FILE,
    schema: categoriesFileSchema,
    ruleId: 'directory-file',
    missing: 'every category that documents name must be defined there',
  });

export async function loadHandbook(cwd: string): Promise<HandbookFile> {
  const { file, parsed } = await loadYamlFile(cwd, {
    path: HANDBOOK_FILE,
    schema: handbookConfigSchema,
    ruleId: 'handbook-file',
    missing: 'it names the handbook in citations, its repository, and the languages it is read in',
  });
  return { file, config: parsed };
}

/** content/venues.yaml, when the handbook has one: a chain's cinemas. */
export interface VenuesSource {
  /** Undefined when the handbook has no venues file. */
  file: VFile | undefined;
  /**
   * The venues by id: empty without a file (the handbook is read as one venue, the chain), undefined when the
   * file is broken, so checks that need the venues stay quiet rather than pile on.
   */
  venues: VenuesFile | undefined;
  yaml?: YamlSource | undefined;
}

export async function loadVenues(cwd: string): Promise<VenuesSource> {
  const { file, parsed, yaml } = await loadYamlFile(cwd, { path: VENUES_FILE, schema: venuesFileSchema, ruleId: 'venues-file', missing: '', optional: true });
  if (!file) return { file, venues: {} };
  return { file, venues: file.messages.some((message) => message.fatal) ? undefined : parsed, yaml };
}

/** content/synonyms.yaml, when the handbook has one: it is optional, and an empty file means no synonyms. */
export interface SynonymsSource {
  file: VFile | undefined;
  synonyms: SynonymsFile;
}

/**
 * Read the synonyms file and check it against the handbook's languages: a group
 * for a language nobody reads in would never be used, so it is an error on its key.
 */
export async function loadSynonyms(cwd: string, config: HandbookConfig | undefined): Promise<SynonymsSource> {
  const { file, parsed, yaml } = await loadYamlFile(cwd, {
    path: SYNONYMS_FILE,
    schema: synonymsFileSchema,
    ruleId: 'synonyms-file',
    missing: '',
    optional: true,
  });
  if (!file) return { file, synonyms: {} };
  if (parsed && config && yaml) {
    for (const language of Object.keys(parsed).filter((code) => !(code in config.languages))) {
      file.message(
        `Unexpected language \`${language}\`: expected one of the handbook's languages (${Object.keys(config.languages).join(', ')}) from ${HANDBOOK_FILE}`,
        {
          place: yaml.placeOf([language], { key: true }),
          ruleId: 'synonyms-file',
          source: 'handbook',
        },
      ).fatal = true;
    }
  }
  return { file, synonyms: file.messages.some((message) => message.fatal) ? {} : (parsed ?? {}) };
}

async function loadDirectory(cwd: string, spec: YamlFileSpec<z.ZodType>): Promise<DirectoryFile> {
  const { file, value } = await loadYamlFile(cwd, spec);
  return { file, ids: idsOf(value) };
}

// Ids stay usable even when one entry is malformed, so one typo does not hide every owner check.
const idsOf = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? new Set(Object.keys(value)) : undefined);

interface YamlFileSpec<Schema extends z.ZodType> {
  path: string;
  schema: Schema;
  ruleId: string;
  /** Why the file must exist, said when it does not. */
  missing: string;
  /** A file the handbook may do without: when absent there is no file and no message. */
  optional?: boolean;
}

interface LoadedYamlFile<Schema extends z.ZodType, File extends VFile | undefined = VFile> {
  file: File;
  /** The plain YAML data, whether or not the schema accepts it; undefined when unreadable or broken. */
  value: unknown;
  /** The data as the schema gives it, only when the schema accepts it. */
  parsed: z.output<Schema> | undefined;
  /** The parsed YAML with its positions, for checks that need the whole handbook. */
  yaml?: ReturnType<typeof parseYamlSource> | undefined;
}

/** Read, parse and validate one settings file; every problem becomes an error on the file, none throws. */
async function loadYamlFile<Schema extends z.ZodType>(
  cwd: string,
  spec: YamlFileSpec<Schema> & { optional: true },
): Promise<LoadedYamlFile<Schema, VFile | undefined>>;
async function loadYamlFile<Schema extends z.ZodType>(cwd: string, spec: YamlFileSpec<Schema>): Promise<LoadedYamlFile<Schema>>;
async function loadYamlFile<Schema extends z.ZodType>(cwd: string, spec: YamlFileSpec<Schema>): Promise<LoadedYamlFile<Schema, VFile | undefined>> {
  const { path, schema, ruleId, missing, optional = false } = spec;
  const report = (file: VFile, reason: string, place: Point | Position) => {
    file.message(reason, { place, ruleId, source: 'handbook' }).fatal = true;
  };

  const exists = await access(`${cwd}/${path}`).then(
    () => true,
    () => false,
  );
  if (!exists && optional) return { file: undefined, value: undefined, parsed: undefined };
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
  return { file, value: yaml.value, parsed: result.success ? result.data : undefined, yaml };
}
