import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentBodies } from './support/document-bodies.ts';
import { buildSite } from './support/site.ts';

const sampleRepo = fileURLToPath(new URL('../', import.meta.url));
// Every body of the sample as Astro's MDX pipeline rendered it, captured from `astro build` at commit fa7e157,
// the last before documents were compiled by the content loader (src/site/content/).
const BEFORE = fileURLToPath(new URL('./fixtures/rendered-before.json', import.meta.url));

// The intended differences. The checklist marks the list of the `## Steps` section, wherever it starts, and
// nothing in a standard (the old plugin took the first list straight after any level-2 heading). A link in a body
// to a code or standard leads to the reader's language (/uk/codes/TKT-004/ on a Ukrainian page).
const withoutIntendedChanges = (html: string) => html.replaceAll(' class="sh-steps"', '').replaceAll(/href="\/[a-z]{2}\/(codes|standards)\//g, 'href="/$1/');

describe('documents rendered by the content loader', () => {
  let outDir: string;
  let after: Record<string, string>;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'handbook-rendered-'));
    await buildSite(sampleRepo, outDir);
    after = await documentBodies(outDir);
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('renders every sample page the same as the MDX pipeline did, byte for byte apart from the steps mark and links in the reader’s language', async () => {
    const before = JSON.parse(await readFile(BEFORE, 'utf8')) as Record<string, string>;
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before).filter((page) => withoutIntendedChanges(before[page]!) !== withoutIntendedChanges(after[page]!));
    expect(changed, 'pages whose body changed: if the sample content changed on purpose, recapture the fixture').toEqual([]);
  });

  it('marks exactly one list as the steps on every code page, and none on a standard', () => {
    const stepsLists = (page: string) => after[page]!.split('<ol class="sh-steps">').length - 1;
    const codes = Object.keys(after).filter((page) => /\/codes\//.test(page));
    const standards = Object.keys(after).filter((page) => /\/standards\//.test(page));
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((page) => stepsLists(page) !== 1)).toEqual([]);
    expect(standards.filter((page) => stepsLists(page) !== 0)).toEqual([]);
  });

  it('puts the Say, Note and Warning labels of an original shown for want of a translation in the reader’s language', async () => {
    const ukrainianPages = Object.keys(after).filter((page) => page.startsWith('/uk/'));
    const englishLabels = ukrainianPages.filter((page) => /sh-say__label">Say: |sh-callout__label">(?:Note|Warning): /.test(after[page]!));
    expect(ukrainianPages.length).toBeGreaterThan(0);
    expect(englishLabels).toEqual([]);
  });
});
