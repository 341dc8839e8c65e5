import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Index the built site with Pagefind's own Node API once Astro has written it,
 * so `astro build` alone yields a searchable handbook.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { errors: indexErrors, page_count } = await index.addDirectory({ path: outDir });
          if (indexErrors.length > 0) throw new Error(`Pagefind could not index the site: ${indexErrors.join('; ')}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
          logger.info(`Indexed ${page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
