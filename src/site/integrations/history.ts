import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { materialiseHistory } from '../../git/history/materialise-history.ts';

/**
 * Before Astro loads content, write every historical version of every
 * document from git, so version pages render from the file as it was. On a
 * shallow clone the build goes on with current versions only, says so once,
 * and pages say history is not available instead of inventing it.
 */
export default function historyIntegration(): AstroIntegration {
  return {
    name: 'handbook:history',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        const { availability, versions } = await materialiseHistory(fileURLToPath(config.root));
        if (availability === 'shallow-clone') {
          logger.warn('History is not available: this is a shallow clone. Pages show current versions only; fetch the full history (git fetch --unshallow) for version pages.');
        } else if (availability === 'not-a-repository') {
          logger.warn('History is not available: the content is not in a git repository. Pages show current versions only.');
        } else {
          logger.info(`Read ${versions} document versions from git history`);
        }
        updateConfig({
          vite: {
            define: {
              'import.meta.env.HANDBOOK_HISTORY': JSON.stringify(availability),
              // Pages read version texts from files, relative to the standards repo being built.
              'import.meta.env.HANDBOOK_ROOT': JSON.stringify(fileURLToPath(config.root)),
            },
          },
        });
      },
    },
  };
}
