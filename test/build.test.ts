import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindUrls } from './support/pagefind-query.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

const fixtureRepo = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describe('building a small standards repo', () => {
  let built: OpenSite;
  let page: Page;
  const html = (path: string) => readFileSync(join(built.outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    built = await openBuiltSite(fixtureRepo);
    page = built.page;
  });

  afterAll(() => built?.close());

  it('writes a page for the home, every code, standard and role, and the code index', () => {
    for (const path of [
      '',
      'codes',
      'codes/TKT-001',
      'codes/TKT-002',
      'codes/CLK-001',
      'standards',
      'standards/handing-over-by-code',
      'roles',
      'roles/usher',
    ]) {
      expect(existsSync(join(built.outDir, path, 'index.html')), `${path}/index.html`).toBe(true);
    }
    expect(html('codes')).toContain('href="/codes/TKT-001/"');
  });

  it('puts the search first on the home page', () => {
    const main = html('').split('<main')[1] ?? '';
    expect(main.indexOf('id="search"')).toBeGreaterThan(-1);
    expect(main.indexOf('id="search"')).toBeLessThan(main.indexOf('<h2'));
  });

  it('renders a code page with its steps, a tap-to-call escalation ladder and document control', () => {
    const code = html('codes/TKT-001');
    expect(code).toMatch(/<h2[^>]*>Steps<\/h2>\s*<ol class="sh-steps">\s*<li>/);
    expect(code).toMatch(/href="tel:\+\d+"/);
    expect(code).toContain('>Escalation</h2>');
    expect(code).toMatch(/>Document<\/dt><dd[^>]*>TKT-001, version \d+</);
    expect(code).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
    expect(code).toContain('href="/codes/TKT-002/"');
  });

  it('writes a Pagefind index covering the content pages', () => {
    expect(existsSync(join(built.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(built.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBeGreaterThanOrEqual(4);
  });

  it.each(['TKT-001', 'tkt-001', 'tkt001', 'tkt 001', 'tkt-1'])('ranks TKT-001 first for the query %s', async (query) => {
    const urls = await pagefindUrls(page, query);
    expect(urls[0]).toBe('/codes/TKT-001/');
  });

  it('ranks TKT-002 first for its own code, though TKT-001 links to it', async () => {
    expect((await pagefindUrls(page, 'TKT-002'))[0]).toBe('/codes/TKT-002/');
  });

  it('finds pages by words of their body', async () => {
    expect(await pagefindUrls(page, 'photograph')).toContain('/codes/TKT-001/');
    expect(await pagefindUrls(page, 'coat')).toContain('/codes/CLK-001/');
  });

  it('narrows results with the type and category filters', async () => {
    const everything = await pagefindUrls(page, 'guest');
    expect(everything).toContain('/standards/handing-over-by-code/');
    expect(everything).toContain('/codes/CLK-001/');
    expect(await pagefindUrls(page, 'guest', { type: 'Standard' })).toEqual(['/standards/handing-over-by-code/']);
    const cloakroom = await pagefindUrls(page, 'guest', { category: 'Cloakroom' });
    expect(cloakroom).toEqual(['/codes/CLK-001/']);
    expect(await pagefindUrls(page, 'tickets', { severity: 'high' })).toEqual(['/codes/TKT-001/']);
  });
});
