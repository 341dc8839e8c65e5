import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRepo } from '../src/perf/generate/generate-repo.ts';
import { scratchFolder } from './support/git-repo.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

// Pages that list content come in pages of 100 entries, so none grows with the size of the handbook.
describe('list pages of a large handbook', () => {
  let root: string;
  let built: OpenSite;

  beforeAll(async () => {
    root = await scratchFolder('pagination-');
    // 250 codes: 252 version changes, and roles with more than 100 responsibilities.
    await generateRepo({ root, seed: 7, codes: 250, standards: 2, versions: 1 });
    built = await openBuiltSite(root);
  });

  afterAll(async () => {
    await built?.close();
    await rm(root, { recursive: true, force: true });
  });

  const countOf = (html: string, marker: string) => html.split(marker).length - 1;

  it('splits /changes/ into pages of 100 versions, newest first', async () => {
    const first = await built.html('changes');
    const second = await built.html('changes/2');
    const entries = (html: string) => countOf(html, 'class="sh-changes-list__meta"');
    expect(entries(first)).toBe(100);
    expect(entries(second)).toBe(100);
    expect(entries(await built.html('changes/3'))).toBe(252 - 200);
    expect(first).toContain('href="/changes/2/"');
  });

  it('splits a busy role page into pages of 100 responsibilities', async () => {
    const roles = await readdir(join(built.outDir, 'roles'));
    const paged = [];
    for (const role of roles) {
      if (role === 'index.html') continue;
      const pages = (await readdir(join(built.outDir, 'roles', role))).filter((entry) => /^\d+$/.test(entry));
      if (pages.length > 0) paged.push(role);
    }
    expect(paged.length).toBeGreaterThan(0);
    const first = await built.html(`roles/${paged[0]}`);
    expect(first).toContain(`href="/roles/${paged[0]}/2/"`);
    // Every responsibility is one list item of the page's main content: codes and standards owned, ladders joined.
    const main = first.split('<main')[1]?.split('</main>')[0] ?? '';
    expect(countOf(main, '<li')).toBe(100);
  });
});
