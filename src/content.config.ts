import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { documentsLoader, translationsLoader, versionRecordsLoader, versionsLoader } from './site/content/document-loaders.ts';
import { synonymsEntrySchema, synonymsLoader } from './site/search/synonyms-loader.ts';
import {
  categorySchema,
  handbookConfigSchema,
  historicalProblemCode,
  historicalStandard,
  translationSchema,
  problemCodeSchema,
  venueSchema,
  roleSchema,
  standardSchema,
  versionRecordSchema,
} from './model/index.ts';

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
  // The chain's cinemas (optional: without the file the chain is one venue); roles.yaml gives a venue its own people.
  venues: defineCollection({ loader: file('content/venues.yaml'), schema: venueSchema }),
  codes: defineCollection({
    // The file name is the id: codes are cited as `TKT-001`, never `tkt-001`; versions as `TKT-001/v2`.
    loader: documentsLoader('code'),
    schema: problemCodeSchema(astroReferences),
  }),
  standards: defineCollection({
    loader: documentsLoader('standard'),
    schema: standardSchema(astroReferences),
  }),
  // Every version git recorded, read by src/site/integrations/history.ts before content loads.
  codeVersions: defineCollection({
    loader: versionsLoader('code'),
    schema: historicalProblemCode,
  }),
  standardVersions: defineCollection({
    loader: versionsLoader('standard'),
    schema: historicalStandard,
  }),
  // `uk/codes/TKT-001`: what a translation holds (title, summary, body); everything else comes from the original.
  translations: defineCollection({
    loader: translationsLoader(),
    schema: translationSchema,
  }),
  // `en`, `uk`…: the words search treats as one (content/synonyms.yaml, optional).
  synonyms: defineCollection({ loader: synonymsLoader(), schema: synonymsEntrySchema }),
  versionRecords: defineCollection({ loader: versionRecordsLoader(), schema: versionRecordSchema }),
};
