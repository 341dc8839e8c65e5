import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Astro settings that build the handbook's site from another standards repo:
 * `root` holds that repo's `content/`, while the site's code, config and assets
 * stay this project's. Used by the tests and the benchmark.
 */
export function siteConfig(contentRoot: string, outDir: string): AstroInlineConfig {
  return {
    root: contentRoot,
    // Astro resolves the config file from `root`.
    configFile: relative(contentRoot, `${projectRoot}astro.config.mjs`),
    srcDir: `${projectRoot}src`,
    publicDir: `${projectRoot}public`,
    outDir,
    logLevel: 'error',
  };
}
