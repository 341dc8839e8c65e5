import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { HISTORY_DIR, VERSION_RECORDS_FILE } from './git/history/materialise-history.ts';
import { synonymsEntrySchema, synonymsLoader } from './site/search/synonyms-loader.ts';
import {
  categorySchema,
  handbookConfigSchema,
  historicalProblemCode,
  historicalStandard,
  translationSchema,
  problemCodeSchema,
  roleSchema,
  standardSchema,
  versionRecordSchema,
} from './model/schema/index.ts';

/** Keep the file name as the id: codes are cited as `TKT-001`, never `tkt-001`; versions as `TKT-001/v2`. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const astroReferences = {
  role: reference('roles'),
  category: reference('categories'),
  code: reference('codes'),
  standard: reference('standards'),
};

export const collections = {
  // One entry, `settings`: the file holds a single object rather than a map of entries.
  handbook: defineCollection({
    loader: file('content/handbook.yaml', { parser: (text) => ({ settings: parse(text) }) }),
    schema: handbookConfigSchema,
  }),
  roles: defineCollection({ loader: file('content/roles.yaml'), schema: roleSchema }),
  categories: defineCollection({ loader: file('content/categories.yaml'), schema: categorySchema }),
  codes: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/codes', generateId: idFromFileName }),
    schema: problemCodeSchema(astroReferences),
  }),
  standards: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/standards', generateId: idFromFileName }),
    schema: standardSchema(astroReferences),
  }),
  // Every earlier version, written from git by src/site/integrations/history.ts before content loads.
  codeVersions: defineCollection({
    loader: glob({ pattern: '*/v*.mdx', base: `./${HISTORY_DIR}/codes`, generateId: idFromFileName }),
    schema: historicalProblemCode,
  }),
  standardVersions: defineCollection({
    loader: glob({ pattern: '*/v*.mdx', base: `./${HISTORY_DIR}/standards`, generateId: idFromFileName }),
    schema: historicalStandard,
  }),
  // `uk/codes/TKT-001`: what a translation holds (title, summary, body); everything else comes from the original.
  translations: defineCollection({
    loader: glob({ pattern: '[a-z][a-z]/{codes,standards}/*.mdx', base: './content', generateId: idFromFileName }),
    schema: translationSchema,
  }),
  // `en`, `uk`…: the words search treats as one (content/synonyms.yaml, optional).
  synonyms: defineCollection({ loader: synonymsLoader(), schema: synonymsEntrySchema }),
  versionRecords: defineCollection({ loader: file(VERSION_RECORDS_FILE), schema: versionRecordSchema }),
};
