import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { precachePlan, SERVICE_WORKER_FILE, serviceWorkerPath } from '../offline/precache-plan.ts';

export { SERVICE_WORKER_FILE };

/**
 * One Workbox service worker per language (`/sw.js`, `/uk/sw.js`…), each
 * precaching what a reader of that language needs with no signal: the shell,
 * the current pages in that language, and that language's search index.
 * Superseded versions and other languages are cached when opened. Workbox
 * keeps each build's files together and hands over to a new build only when
 * staff choose to reload, so one screen never mixes two versions of a
 * procedure. Runs after Pagefind, whose files it precaches.
 */
export default function offlineIntegration(): AstroIntegration {
  let base = '/';
  let languages: string[] = ['en'];
  let defaultLanguage = 'en';
  return {
    name: 'handbook:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.i18n) {
          defaultLanguage = config.i18n.defaultLocale;
          languages = config.i18n.locales.map((locale) => (typeof locale === 'string' ? locale : locale.path));
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
        for (const language of languages) {
          const plan = precachePlan({ language, defaultLanguage, languages, searchWasm: entry.languages[language]?.wasm ?? null });
          const { count, size, warnings } = await generateSW({
            globDirectory: outDir,
            globPatterns: plan.precache,
            globIgnores: plan.ignore,
            swDest: join(outDir, serviceWorkerPath(language, defaultLanguage)),
            // Manifest paths are relative to the output folder; the site may live under a sub-path.
            modifyURLPrefix: { '': base },
            directoryIndex: 'index.html',
            // Pagefind adds cache-busting query strings; its files are unique per build anyway.
            ignoreURLParametersMatching: [/.*/],
            // Names that already carry a content hash (Pagefind's index and fragments, Astro's assets) need no
            // revision in the manifest: 1,000 codes mean 1,100 fragments, and the worker is downloaded first.
            dontCacheBustURLsMatching: /(?:\/[a-z]{2}_[0-9a-f]{7,}\.pf_[a-z]+|\/_astro\/.+\.[\w-]{8}\.(?:js|css))$/,
            cleanupOutdatedCaches: true,
            clientsClaim: true,
            skipWaiting: false,
            cacheId: `handbook-${language}`,
            // One file per worker: Workbox's runtime inside it rather than a separate script it imports.
            inlineWorkboxRuntime: true,
            mode: 'production',
            sourcemap: false,
            maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
            runtimeCaching: [
              {
                // A page that is not precached (an earlier version, another language) is kept once opened.
                urlPattern: ({ request }) => request.mode === 'navigate',
                handler: 'NetworkFirst',
                options: { cacheName: `handbook-${language}-opened-pages`, networkTimeoutSeconds: 5, precacheFallback: { fallbackURL: `${base}404.html` } },
              },
              {
                // Another language's search files, and anything else of the site fetched later.
                urlPattern: ({ sameOrigin }) => sameOrigin,
                handler: 'StaleWhileRevalidate',
                options: { cacheName: `handbook-${language}-opened-files` },
              },
            ],
          });
          for (const warning of warnings) logger.warn(warning);
          logger.info(`Service worker for ${language} precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB raw)`);
        }
      },
    },
  };
}

interface PagefindEntry {
  languages: Record<string, { wasm: string | null } | undefined>;
}
