import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { handbookConfigSchema } from '../../model/index.ts';

/**
 * Astro's i18n routing from the languages of the standards repo being built
 * (content/handbook.yaml): the default language at `/`, the others under
 * `/<language>/`. A broken file builds in the default language only; the
 * checker says what is wrong with it.
 */
export default function languagesIntegration(): AstroIntegration {
  return {
    name: 'handbook:languages',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const file = new URL('content/handbook.yaml', config.root);
        const parsed = handbookConfigSchema.safeParse(parse(await readFile(fileURLToPath(file), 'utf8').catch(() => '')) ?? {});
        if (!parsed.success) logger.warn('content/handbook.yaml is missing or invalid: building in English only (run npm run check)');
        const { default_language: defaultLocale, languages } = parsed.success ? parsed.data : { default_language: 'en', languages: { en: 'English' } };
        updateConfig({
          i18n: {
            locales: Object.keys(languages),
            defaultLocale,
            routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false, fallbackType: 'rewrite' },
          },
        });
      },
    },
  };
}
