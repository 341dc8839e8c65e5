// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkRefuseExecutableContent from './src/model/content-safety/remark-refuse-executable-content.ts';
import remarkMarkSteps from './src/site/mdx/remark-mark-steps.ts';
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
  markdown: {
    // The remark pipeline, so that a build which skipped `npm run check` still refuses content that would run code.
    // SmartyPants (curly quotes) cost 39% of MDX compile time at 5,000 codes; straight quotes read just as well on a phone.
    processor: unified({ remarkPlugins: [remarkRefuseExecutableContent, remarkMarkSteps], smartypants: false }),
  },
  // Order matters: the service worker precaches the files Pagefind writes.
  integrations: [languages(), history(), mdx(), pagefind(), offline()],
  vite: {
    build: {
      // Scripts as files, never inlined: the same few hundred bytes in 1,000 precached pages add up.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX output trips a harmless bundler notice per file (withastro/astro#18087); keep real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  server: { port: 4321 },
});
