import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { synonymsFileSchema } from '../../model/index.ts';

/** One entry per language: its synonym groups, for the search page of that language. */
export const synonymsEntrySchema = z.object({ groups: z.array(z.array(z.string())) });

/**
 * content/synonyms.yaml as one entry per language. The file is optional, so a
 * missing one is an empty collection rather than an error; a broken one has
 * already stopped `npm run build` at the checker, which says where.
 */
export function synonymsLoader(): Loader {
  return {
    name: 'handbook-synonyms',
    load: async ({ store, config, parseData }) => {
      store.clear();
      const text = await readFile(new URL('content/synonyms.yaml', config.root), 'utf8').catch(() => undefined);
      if (text === undefined) return;
      const file = synonymsFileSchema.safeParse(parse(text) ?? {});
      if (!file.success) throw new Error('content/synonyms.yaml is not valid: run `npm run check` to see where');
      for (const [language, groups] of Object.entries(file.data)) {
        store.set({ id: language, data: await parseData({ id: language, data: { groups } }) });
      }
    },
  };
}
