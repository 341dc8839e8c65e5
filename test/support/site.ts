import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type AstroInlineConfig } from 'astro';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Astro settings that build the handbook's site from another standards repo:
 * `root` holds that repo's `content/`, while the site's code stays this project's.
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

export async function buildSite(contentRoot: string, outDir: string): Promise<void> {
  await build(siteConfig(contentRoot, outDir));
}

/** Serve a built site on a free port; returns its origin and a stop function. */
export async function serveSite(contentRoot: string, outDir: string, port = 0) {
  const server = await preview({ ...siteConfig(contentRoot, outDir), server: { port, host: '127.0.0.1' } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
