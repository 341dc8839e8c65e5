import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { addWeights, NO_WEIGHT, type FileWeight, type WeightCache } from './transfer-size.ts';

export interface PageWeight extends FileWeight {
  /** The page's address, such as `/codes/TKT-001/`. */
  path: string;
  /** The HTML document alone: the part that grows if a page lists content. */
  html: FileWeight;
  /** Site paths of the stylesheets and scripts the page loads, its own HTML excluded. */
  assets: string[];
}

const TAG = /<(link|script)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*"([^"]*)"/gi;
// Static imports between bundled modules (`import"./a.js"`, `from"./a.js"`); dynamic import() is loaded on demand, not with the page.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g;

/**
 * What a browser downloads to show one built page: its HTML, the stylesheets and
 * module scripts it links, and the modules those import statically. Search files
 * loaded later (Pagefind) are measured separately.
 */
export async function weighPage(outDir: string, htmlFile: string, cache: WeightCache): Promise<PageWeight> {
  const path = sitePathOf(outDir, htmlFile);
  const source = await readFile(htmlFile, 'utf8');
  const assets = new Set<string>();
  const pending = linkedAssets(source).map((href) => posix.resolve(path, href));
  while (pending.length > 0) {
    const asset = pending.pop()!;
    if (assets.has(asset)) continue;
    assets.add(asset);
    if (/\.m?js$/.test(asset)) {
      const script = await readFile(join(outDir, asset), 'utf8').catch(() => '');
      for (const [, specifier] of script.matchAll(STATIC_IMPORT)) {
        if (specifier!.startsWith('.') || specifier!.startsWith('/')) pending.push(posix.resolve(posix.dirname(asset), specifier!));
      }
    }
  }
  const html = await cache.weigh(htmlFile);
  let weight = html;
  for (const asset of assets) {
    // An asset that is missing would be a broken page; count nothing rather than guess.
    weight = addWeights(weight, await cache.weigh(join(outDir, asset)).catch(() => NO_WEIGHT));
  }
  return { path, html, ...weight, assets: [...assets].sort() };
}

/** Same-site stylesheets, module preloads and scripts the HTML links; absolute URLs to other sites are not ours to weigh. */
function linkedAssets(html: string): string[] {
  const hrefs: string[] = [];
  for (const [, tag, attributeText] of html.matchAll(TAG)) {
    const attributes = Object.fromEntries([...attributeText!.matchAll(ATTRIBUTE)].map(([, name, value]) => [name!.toLowerCase(), value!]));
    const href =
      tag!.toLowerCase() === 'script' ? attributes.src : ['stylesheet', 'modulepreload'].includes(attributes.rel ?? '') ? attributes.href : undefined;
    if (href && !/^[a-z]+:|^\/\//i.test(href)) hrefs.push(href.split(/[?#]/)[0]!);
  }
  return hrefs;
}

/** `dist/codes/TKT-001/index.html` → `/codes/TKT-001/`; `dist/404.html` → `/404.html`. */
export function sitePathOf(outDir: string, htmlFile: string): string {
  const relativePath = htmlFile.slice(outDir.replace(/\/$/, '').length).split('\\').join('/');
  return relativePath.endsWith('/index.html') ? relativePath.slice(0, -'index.html'.length) : relativePath;
}
