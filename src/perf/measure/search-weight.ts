import type { Browser } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { serveStatic, type ServedRequest, type StaticSite } from './static-server.ts';
import { addWeights, NO_WEIGHT, WeightCache, type FileWeight } from './transfer-size.ts';

export type SearchFileGroup = 'ui' | 'engine' | 'index' | 'fragments';

export interface SearchWeight extends FileWeight {
  query: string;
  requests: number;
  /** Every file fetched for the search, heaviest first, to show where the bytes go. */
  files: Array<{ path: string; gzip: number }>;
  byGroup: Record<SearchFileGroup, FileWeight>;
  /** The first result's address: a code query that does not lead to its code is a broken search, not a cheap one. */
  firstResult: string | undefined;
}

export interface SearchProbe {
  query: string;
  /** Site paths a code page loads too (its stylesheet, shared scripts): not the search's cost. */
  pageAssets: readonly string[];
}

/** A phone, because staff search on phones; the viewport decides how many result excerpts load. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** A fast thumb: each keystroke may make Pagefind preload chunks, as it does for staff. */
const KEYSTROKE_MS = 120;
/** The search is over when the network has been quiet this long after results appear. */
const QUIET_MS = 1_000;
const RESULTS_TIMEOUT_MS = 30_000;
/** Fetched by every page, or by the browser itself; never part of what the search costs. */
const NOT_SEARCH = /^\/$|^\/favicon\.|\.webmanifest$|^\/sw\.js$/;

/**
 * Open the search page in a fresh phone browser for each query, type it, wait
 * for results, and weigh everything fetched for the search (gzip as served).
 * Service workers are blocked so that an offline precache is not counted as search.
 */
export async function measureFirstSearches(outDir: string, probes: readonly SearchProbe[]): Promise<SearchWeight[]> {
  const site = await serveStatic(outDir);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const results: SearchWeight[] = [];
    for (const probe of probes) results.push(await measureOne(browser, site, probe));
    return results;
  } finally {
    await browser?.close();
    await site.stop();
  }
}

async function measureOne(browser: Browser, site: StaticSite, probe: SearchProbe): Promise<SearchWeight> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    site.takeRequests();
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    const input = page.locator('#search-field');
    await input.click();
    await input.pressSequentially(probe.query, { delay: KEYSTROKE_MS });
    // The result list names the query it answers once its results (or their absence) are shown.
    await page.locator(`.sh-search__results[data-query="${probe.query.replaceAll('"', '\\"')}"]`).waitFor({ state: 'attached', timeout: RESULTS_TIMEOUT_MS });
    const requests = site.takeRequests();
    for (let quiet = 0; quiet < QUIET_MS; ) {
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS / 4));
      const more = site.takeRequests();
      quiet = more.length === 0 ? quiet + QUIET_MS / 4 : 0;
      requests.push(...more);
    }
    const firstLink = page.locator('.sh-search__results a[href]').first();
    const href = (await firstLink.count()) > 0 ? await firstLink.getAttribute('href') : null;
    return { query: probe.query, ...(await weighSearch(requests, probe.pageAssets)), firstResult: href ? new URL(href, site.origin).pathname : undefined };
  } finally {
    await context.close();
  }
}

/** Sum the files of a search, each counted once (a browser does not fetch a file twice in one visit). */
export async function weighSearch(requests: readonly ServedRequest[], pageAssets: readonly string[]) {
  const cache = new WeightCache();
  const seen = new Set<string>();
  const byGroup: Record<SearchFileGroup, FileWeight> = { ui: NO_WEIGHT, engine: NO_WEIGHT, index: NO_WEIGHT, fragments: NO_WEIGHT };
  let total = NO_WEIGHT;
  const files: Array<{ path: string; gzip: number }> = [];
  for (const { path, file } of requests) {
    if (!file || seen.has(path) || NOT_SEARCH.test(path) || pageAssets.includes(path)) continue;
    seen.add(path);
    const weight = await cache.weigh(file);
    const group = searchFileGroup(path);
    byGroup[group] = addWeights(byGroup[group], weight);
    total = addWeights(total, weight);
    files.push({ path, gzip: weight.gzip });
  }
  return { ...total, requests: seen.size, files: files.sort((a, b) => b.gzip - a.gzip), byGroup };
}

/** Which part of the search a file belongs to, from Pagefind's file layout. */
export function searchFileGroup(path: string): SearchFileGroup {
  if (/^\/pagefind\/fragment\//.test(path)) return 'fragments';
  if (/^\/pagefind\/(?:index|filter)\/|\.pf_meta$/.test(path)) return 'index';
  if (/^\/pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.)/.test(path)) return 'engine';
  return 'ui';
}
