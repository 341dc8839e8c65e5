import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { DOCUMENT_FOLDER } from '../../model/index.ts';

/**
 * Only the pages staff use are searchable (`data-pagefind-body`): a document's current page in each language,
 * `codes/TKT-001/index.html` or `uk/codes/TKT-001/index.html`. Version pages (`codes/TKT-001/v2/`) and lists
 * are left unread instead of parsed and skipped: at 5,000 codes they are half the site.
 */
export const SEARCHABLE_PAGES = `**/{${Object.values(DOCUMENT_FOLDER).join(',')}}/*/index.html`;

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
          const { errors: indexErrors, page_count } = await index.addDirectory({ path: outDir, glob: SEARCHABLE_PAGES });
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
