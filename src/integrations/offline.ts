import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Pagefind ships UIs and files this handbook never loads; precaching them would only cost staff data. */
const NOT_PRECACHED = [/^pagefind\/pagefind-(?:ui|modular-ui|highlight)\./, /^pagefind\/wasm\.unknown\./, new RegExp(`^${SERVICE_WORKER_FILE}$`)];

/**
 * Write a service worker that precaches every page and the search index of
 * this build under a cache named for the build's content, so a new build is a
 * new cache, announced to staff instead of silently mixed with the old one.
 * Runs after Pagefind, whose files it must include.
 */
export default function offlineIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await listFiles(outDir)).filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file))).sort();
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(await readFile(join(outDir, file)));
        const version = hash.digest('hex').slice(0, 12);
        const urls = files.map((file) => base + file.replace(/(^|\/)index\.html$/, '$1'));
        const source = await readFile(new URL('../offline/service-worker.js', import.meta.url), 'utf8');
        const build = JSON.stringify({ version, base, urls });
        await writeFile(join(outDir, SERVICE_WORKER_FILE), `self.__HANDBOOK_BUILD__ = ${build};\n${source}`);
        logger.info(`Service worker ${version} precaches ${urls.length} files`);
      },
    },
  };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
