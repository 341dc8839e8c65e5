// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import history from './src/site/integrations/history.ts';
import languages from './src/site/integrations/languages.ts';
import offline from './src/site/integrations/offline.ts';
import pagefind from './src/site/integrations/pagefind.ts';

export default defineConfig({
  // Where the handbook is published; canonical URLs and citations are built from it.
  site: process.env.HANDBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.HANDBOOK_BASE ?? '/',
  trailingSlash: 'always',
  build: {
    // One stylesheet file per component group, cached once, rather than the same styles inlined in every page:
    // a phone's first visit precaches every current page, and 1,000 inlined copies cost 1.3 MB.
    inlineStylesheets: 'never',
  },
  // Order matters: the service worker precaches the files Pagefind writes. Documents never pass through mdx():
  // src/site/content/ compiles them to HTML as they load. It is here for MDX pages a handbook adds under src/pages/.
  integrations: [languages(), history(), mdx(), pagefind(), offline()],
  vite: {
    build: {
      // Scripts as files, never inlined: the same few hundred bytes in 1,000 precached pages add up.
      assetsInlineLimit: 0,
    },
  },
  server: { port: 4321 },
});
