import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, problemCodeSchema, roleSchema, standardSchema } from './schema/index.ts';

/** Keep the file name as the id: codes are cited as `TKT-001`, never `tkt-001`. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const astroReferences = {
  role: reference('roles'),
  category: reference('categories'),
  code: reference('codes'),
  standard: reference('standards'),
};

export const collections = {
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
};
