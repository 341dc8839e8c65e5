import { glob, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CODE_PATTERN } from '../../model/index.ts';
import { measureOfflinePrecache, type OfflinePrecache } from './offline-precache.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { WeightCache, type FileWeight } from './transfer-size.ts';

export interface SiteSize {
  /** HTML pages written. */
  pages: number;
  /** Every file in the output folder. */
  outputFiles: number;
  outputBytes: number;
  codePages: {
    count: number;
    /** Mean over code pages of HTML + the CSS and JS each loads. */
    mean: FileWeight;
    largest: PageWeight;
  };
  /** The home page, which is the search page: its HTML and the CSS and JS it loads. */
  home: PageWeight;
  /** The page with the largest HTML that is not the codes index (which may list every code); growth here means a page lists content. */
  largestOtherPage: PageWeight;
  /** Pagefind's data for this site: pf_meta, index chunks, filters and fragments. Its scripts and wasm are fixed size and excluded. */
  searchIndex: { files: number; bytes: number };
  /** What the service worker fetches on a first visit, if the site has one. */
  offlinePrecache: OfflinePrecache | undefined;
}

/** The Pagefind files that grow with the content. */
const SEARCH_DATA = /^pagefind\/(?:index|fragment|filter)\/|^pagefind\/[^/]+\.pf_meta$/;

/** Measure a built site from the files on disk. */
export async function measureSite(outDir: string): Promise<SiteSize> {
  const cache = new WeightCache();
  let outputFiles = 0;
  let outputBytes = 0;
  const searchIndex = { files: 0, bytes: 0 };
  const htmlFiles: string[] = [];
  for await (const relativePath of glob('**/*', { cwd: outDir })) {
    const info = await stat(join(outDir, relativePath));
    if (!info.isFile()) continue;
    outputFiles++;
    outputBytes += info.size;
    if (relativePath.endsWith('.html')) htmlFiles.push(join(outDir, relativePath));
    if (SEARCH_DATA.test(relativePath)) {
      searchIndex.files++;
      searchIndex.bytes += info.size;
    }
  }

  const pages: PageWeight[] = [];
  for (const file of htmlFiles.sort()) pages.push(await weighPage(outDir, file, cache));
  const codePages = pages.filter((page) => isCodePage(page.path));
  if (codePages.length === 0) throw new Error(`No code pages (codes/<CODE>/index.html) in ${outDir}`);
  const others = pages.filter((page) => !isCodePage(page.path) && page.path !== '/codes/');

  const home = pages.find((page) => page.path === '/');
  if (!home) throw new Error(`No home page (index.html) in ${outDir}`);
  return {
    home,
    pages: pages.length,
    outputFiles,
    outputBytes,
    codePages: {
      count: codePages.length,
      mean: {
        raw: Math.round(codePages.reduce((sum, page) => sum + page.raw, 0) / codePages.length),
        gzip: Math.round(codePages.reduce((sum, page) => sum + page.gzip, 0) / codePages.length),
      },
      largest: heaviest(codePages),
    },
    largestOtherPage: (others.length > 0 ? others : pages).reduce((top, page) => (page.html.raw > top.html.raw ? page : top)),
    searchIndex,
    offlinePrecache: await measureOfflinePrecache(outDir, cache),
  };
}

function isCodePage(path: string): boolean {
  const match = /^\/codes\/([^/]+)\/$/.exec(path);
  return match !== null && CODE_PATTERN.test(match[1]!);
}

const heaviest = (pages: readonly PageWeight[]) => pages.reduce((top, page) => (page.gzip > top.gzip ? page : top));
