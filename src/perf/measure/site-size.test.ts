import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weighPage } from './page-weight.ts';
import { measureSite } from './site-size.ts';
import { WeightCache } from './transfer-size.ts';

let outDir: string;
const write = async (path: string, text: string) => {
  await mkdir(dirname(join(outDir, path)), { recursive: true });
  await writeFile(join(outDir, path), text);
};
const gz = (text: string) => gzipSync(text).byteLength;
const page = (body: string, head = '<link rel="stylesheet" href="/_astro/site.css">') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

// A tiny built site in the shape Astro and Pagefind write it.
const files: Record<string, string> = {
  '_astro/site.css': 'body { color: black; margin: 0 auto; max-width: 40rem; }\n'.repeat(20),
  '_astro/tools.js': 'import"./shared.js";const later=()=>import("./lazy.js");document.body.dataset.ready="yes";\n',
  '_astro/shared.js': 'export const shared = "a module every tool needs";\n'.repeat(10),
  '_astro/lazy.js': 'export const lazy = "loaded only on demand";\n'.repeat(50),
  'codes/TKT-001/index.html': page('<h1>TKT-001 Lost e-tickets</h1><ol><li>Walk the guest to the box office.</li></ol>'.repeat(5)),
  'codes/TKT-002/index.html': page(
    '<h1>TKT-002 Double booking</h1><p>Apologise first.</p>'.repeat(5),
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/tools.js"></script>',
  ),
  'codes/index.html': page('<ul><li>TKT-001</li><li>TKT-002</li></ul>'.repeat(400)),
  'roles/usher/index.html': page('<h1>Usher</h1>'),
  'index.html': page('<h1>Search</h1>'),
  'pagefind/pagefind.js': 'export {};'.repeat(100),
  'pagefind/pagefind.en_1.pf_meta': 'meta'.repeat(10),
  'pagefind/index/en_1.pf_index': 'index'.repeat(100),
  'pagefind/fragment/en_1.pf_fragment': 'fragment'.repeat(30),
  'pagefind/filter/en_1.pf_filter': 'filter'.repeat(5),
};

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'handbook-bench-site-'));
  for (const [path, text] of Object.entries(files)) await write(path, text);
});
afterEach(() => rm(outDir, { recursive: true, force: true }));

describe('weighPage', () => {
  it('adds the stylesheet, the script and the modules it imports statically, not those it imports on demand', async () => {
    const weight = await weighPage(outDir, join(outDir, 'codes/TKT-002/index.html'), new WeightCache());
    expect(weight.path).toBe('/codes/TKT-002/');
    expect(weight.assets).toEqual(['/_astro/shared.js', '/_astro/site.css', '/_astro/tools.js']);
    const loaded = ['codes/TKT-002/index.html', '_astro/site.css', '_astro/tools.js', '_astro/shared.js'].map((path) => files[path]!);
    expect(weight.raw).toBe(loaded.reduce((sum, text) => sum + Buffer.byteLength(text), 0));
    expect(weight.gzip).toBe(loaded.reduce((sum, text) => sum + Math.min(Buffer.byteLength(text), gz(text)), 0));
    expect(weight.html.raw).toBe(Buffer.byteLength(files['codes/TKT-002/index.html']!));
  });
});

describe('measureSite', () => {
  it('counts pages, files and bytes written, and only Pagefind’s data as the search index', async () => {
    const size = await measureSite(outDir);
    const total = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(size.pages).toBe(5);
    expect(size.outputFiles).toBe(Object.keys(files).length);
    expect(size.outputBytes).toBe(total);
    expect(size.searchIndex.files).toBe(4);
    expect(size.searchIndex.bytes).toBe(40 + 500 + 240 + 30);
  });

  it('reports the heavier code page as the largest, and the mean of both', async () => {
    const { codePages } = await measureSite(outDir);
    expect(codePages.count).toBe(2);
    expect(codePages.largest.path).toBe('/codes/TKT-002/');
    const one = await weighPage(outDir, join(outDir, 'codes/TKT-001/index.html'), new WeightCache());
    expect(codePages.mean.raw).toBe(Math.round((one.raw + codePages.largest.raw) / 2));
  });

  it('sees a code page grow when it gets heavier', async () => {
    const before = await measureSite(outDir);
    // Varied text, so gzip cannot fold it away.
    const filler = Array.from({ length: 400 }, (_, i) => `<p>Step ${i}: check seat ${(i * 7919) % 1009} in row ${(i * 31) % 26}.</p>`).join('');
    await appendFile(join(outDir, 'codes/TKT-001/index.html'), filler);
    const after = await measureSite(outDir);
    expect(after.codePages.largest.path).toBe('/codes/TKT-001/');
    expect(after.codePages.largest.raw).toBeGreaterThan(before.codePages.largest.raw + 10_000);
    expect(after.codePages.largest.gzip).toBeGreaterThan(before.codePages.largest.gzip + 1_000);
    expect(after.codePages.mean.gzip).toBeGreaterThan(before.codePages.mean.gzip);
    expect(after.outputBytes - before.outputBytes).toBe(Buffer.byteLength(filler));
  });

  it('names the largest page besides the code index, which may list every code', async () => {
    expect((await measureSite(outDir)).largestOtherPage.path).not.toBe('/codes/');
    await appendFile(join(outDir, 'roles/usher/index.html'), '<li>TKT-001 Lost e-tickets</li>'.repeat(1000));
    expect((await measureSite(outDir)).largestOtherPage.path).toBe('/roles/usher/');
  });

  it('refuses a folder with no code pages rather than report zeros', async () => {
    await rm(join(outDir, 'codes'), { recursive: true });
    await expect(measureSite(outDir)).rejects.toThrow(/No code pages/);
  });
});

describe('measureSite offline precache', () => {
  it('weighs the worker and the files its Workbox precache manifest lists', async () => {
    expect((await measureSite(outDir)).offlinePrecache).toBeUndefined();
    const worker = 'e.precacheAndRoute([{url:"/codes/TKT-001/index.html",revision:"a1"},{url:"/_astro/site.css",revision:"b2"}],{});';
    await write('sw.js', worker);
    const precache = (await measureSite(outDir)).offlinePrecache;
    const listed = [files['codes/TKT-001/index.html']!, files['_astro/site.css']!, worker];
    expect(precache).toEqual({
      worker: 'sw.js',
      files: 3,
      raw: listed.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      gzip: listed.reduce((sum, text) => sum + Math.min(Buffer.byteLength(text), gz(text)), 0),
    });
  });
});
