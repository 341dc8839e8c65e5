import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { historyOf } from '../content/history-source.ts';

/**
 * Read every version of every document from git before content loads (the
 * version loaders use the same reading), and tell pages whether history
 * exists. On a shallow clone the build goes on with current versions only,
 * says so once, and pages say history is not available instead of inventing it.
 */
export default function historyIntegration(): AstroIntegration {
  return {
    name: 'handbook:history',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        const { availability, records } = await historyOf(fileURLToPath(config.root));
        if (availability === 'shallow-clone') {
          logger.warn(
            'History is not available: this is a shallow clone. Pages show current versions only; fetch the full history (git fetch --unshallow) for version pages.',
          );
        } else if (availability === 'not-a-repository') {
          logger.warn('History is not available: the content is not in a git repository. Pages show current versions only.');
        } else {
          logger.info(`Read ${records.length} document versions from git history`);
        }
        updateConfig({
          vite: { define: { 'import.meta.env.HANDBOOK_HISTORY': JSON.stringify(availability) } },
        });
      },
    },
  };
}
