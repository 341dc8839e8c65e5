// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkRefuseExecutableContent from './src/content-safety/remark-refuse-executable-content.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Where the handbook is published; canonical URLs and citations are built from it.
  site: process.env.HANDBOOK_SITE ?? 'http://localhost:4321',
  base: process.env.HANDBOOK_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx({ remarkPlugins: [remarkRefuseExecutableContent] }), pagefind()],
  server: { port: 4321 },
});
