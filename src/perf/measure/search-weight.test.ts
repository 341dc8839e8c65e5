import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchFileGroup, weighSearch } from './search-weight.ts';
import type { ServedRequest } from './static-server.ts';

let outDir: string;
const sizes: Record<string, number> = {
  '/index.html': 3000,
  '/_astro/site.css': 1500,
  '/_astro/SearchPanel.js': 4000,
  '/pagefind/pagefind-component-ui.js': 5000,
  '/pagefind/pagefind.js': 2000,
  '/pagefind/pagefind-worker.js': 1800,
  '/pagefind/wasm.en.pagefind': 900,
  '/pagefind/pagefind.en_1.pf_meta': 300,
  '/pagefind/index/en_1.pf_index': 700,
  '/pagefind/fragment/en_1.pf_fragment': 200,
};

/** Already-compressed bytes, as Pagefind writes its data: gzip cannot shrink them, so the figure is exact. */
const incompressible = (length: number) => randomBytes(length);

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'handbook-bench-search-'));
  for (const [path, length] of Object.entries(sizes)) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), incompressible(length));
  }
});
afterEach(() => rm(outDir, { recursive: true, force: true }));

const served = (...paths: string[]): ServedRequest[] =>
  paths.map((path) => ({ path: path === '/' ? '/' : path, file: join(outDir, path === '/' ? '/index.html' : path) }));

describe('weighSearch', () => {
  const session = () =>
    served(
      '/',
      '/_astro/site.css',
      '/_astro/SearchPanel.js',
      '/pagefind/pagefind-component-ui.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind.en_1.pf_meta',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/fragment/en_1.pf_fragment',
    );

  it('sums the files a search fetched, once each, leaving out the page itself and what every page loads', async () => {
    const weight = await weighSearch(session(), ['/_astro/site.css']);
    expect(weight.requests).toBe(8);
    expect(weight.gzip).toBe(4000 + 5000 + 2000 + 1800 + 900 + 300 + 700 + 200);
    expect(weight.byGroup).toEqual({
      ui: { raw: 9000, gzip: 9000 },
      engine: { raw: 4700, gzip: 4700 },
      index: { raw: 1000, gzip: 1000 },
      fragments: { raw: 200, gzip: 200 },
    });
    expect(weight.files[0]).toEqual({ path: '/pagefind/pagefind-component-ui.js', gzip: 5000 });
  });

  it('grows when an index chunk the query loads grows', async () => {
    const before = await weighSearch(session(), ['/_astro/site.css']);
    await appendFile(join(outDir, '/pagefind/index/en_1.pf_index'), incompressible(5000));
    const after = await weighSearch(session(), ['/_astro/site.css']);
    expect(after.gzip - before.gzip).toBe(5000);
    expect(after.byGroup.index.gzip - before.byGroup.index.gzip).toBe(5000);
  });

  it('ignores requests that found no file', async () => {
    const weight = await weighSearch([{ path: '/pagefind/missing.js', file: undefined }], []);
    expect(weight).toMatchObject({ raw: 0, gzip: 0, requests: 0, files: [] });
  });
});

describe('searchFileGroup', () => {
  it.each([
    ['/pagefind/fragment/en_1.pf_fragment', 'fragments'],
    ['/pagefind/index/en_1.pf_index', 'index'],
    ['/pagefind/filter/en_1.pf_filter', 'index'],
    ['/pagefind/pagefind.en_1.pf_meta', 'index'],
    ['/pagefind/pagefind.js', 'engine'],
    ['/pagefind/pagefind-worker.js', 'engine'],
    ['/pagefind/wasm.en.pagefind', 'engine'],
    ['/pagefind/pagefind-entry.json', 'engine'],
    ['/pagefind/pagefind-component-ui.js', 'ui'],
    ['/_astro/SearchPanel.js', 'ui'],
  ])('puts %s under %s', (path, group) => {
    expect(searchFileGroup(path)).toBe(group);
  });
});
