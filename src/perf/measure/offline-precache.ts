import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addWeights, NO_WEIGHT, type FileWeight, type WeightCache } from './transfer-size.ts';

export interface OfflinePrecache extends FileWeight {
  files: number;
  /** The worker measured: the language whose first visit downloads most (`sw.js`, `uk/sw.js`…). */
  worker: string;
}

/**
 * What a phone downloads for offline use on its first visit: the precache
 * manifest of a language's Workbox service worker (each `{url:"…",revision:…}`
 * entry), weighed as served, plus the worker itself. A reader registers one
 * language's worker, so the heaviest language is reported. Undefined when the
 * site has no service worker.
 */
export async function measureOfflinePrecache(outDir: string, cache: WeightCache): Promise<OfflinePrecache | undefined> {
  let heaviest: OfflinePrecache | undefined;
  for await (const worker of glob(['sw.js', '*/sw.js'], { cwd: outDir })) {
    const source = await readFile(join(outDir, worker), 'utf8');
    const urls = [...source.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1]!);
    let weight = await cache.weigh(join(outDir, worker));
    for (const url of urls) weight = addWeights(weight, await cache.weigh(join(outDir, decodeURIComponent(url))).catch(() => NO_WEIGHT));
    const measured = { files: urls.length + 1, ...weight, worker };
    if (!heaviest || measured.gzip > heaviest.gzip) heaviest = measured;
  }
  return heaviest;
}
