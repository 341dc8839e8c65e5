import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addWeights, NO_WEIGHT, type FileWeight, type WeightCache } from './transfer-size.ts';

export interface OfflinePrecache extends FileWeight {
  files: number;
}

/**
 * What the site's service worker downloads on a phone's first visit: the `urls`
 * list it carries (src/integrations/offline.ts writes it into sw.js), weighed as
 * served. Undefined when the site has no service worker or no such list.
 */
export async function measureOfflinePrecache(outDir: string, cache: WeightCache): Promise<OfflinePrecache | undefined> {
  const source = await readFile(join(outDir, 'sw.js'), 'utf8').catch(() => undefined);
  const list = source && /"urls":(\[[^\]]*\])/.exec(source)?.[1];
  if (!list) return undefined;
  const urls = JSON.parse(list) as unknown;
  if (!Array.isArray(urls)) return undefined;
  let weight = NO_WEIGHT;
  for (const url of urls) {
    if (typeof url !== 'string') continue;
    const file = join(outDir, decodeURIComponent(url).replace(/\/$/, '/index.html'));
    weight = addWeights(weight, await cache.weigh(file).catch(() => NO_WEIGHT));
  }
  return { files: urls.length, ...weight };
}
