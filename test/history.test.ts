import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { COLOR_SCHEMES, WCAG_22_AA_TAGS } from '../src/perf/measure/axe-violations.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFile } from './support/code-file.ts';
import { createBuildableRepo, type BuildableRepo } from './support/git-repo.ts';
import { pagefindUrls } from './support/pagefind-query.ts';
import { buildSite, openBuiltSite, type OpenSite } from './support/site.ts';

/** The numbered steps of a rendered code page, without the "what changed" section that quotes older steps. */
const stepsOf = (page: string) => /<ol class="sh-steps">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';

const V1 = {
  version: 1,
  effective: '2026-01-05',
  changeNote: 'First version.',
  step: 'Apologise and photograph the zebracorn tickets.',
  escalationAfter: '10 min',
};
const V2 = {
  version: 2,
  effective: '2026-03-02',
  changeNote: 'Photograph before reissuing.',
  step: 'Apologise, photograph the tickets and reissue them quickly.',
  escalationAfter: '10 min',
};
const V3 = {
  version: 3,
  effective: '2026-06-01',
  changeNote: 'Call the shift manager sooner.',
  step: 'Apologise, photograph the tickets and reissue them quickly.',
  escalationAfter: '5 min',
};
const V4 = { ...V3, version: 4, effective: '2026-09-01', changeNote: 'Retired in favour of TKT-009.', retiredFor: 'TKT-009' };

describe('document control from git history', () => {
  let repo: BuildableRepo;
  let built: OpenSite;
  let browser: Browser;
  let page: Page;
  const commits: string[] = [];
  const html = (path: string) => built.html(path);

  beforeAll(async () => {
    repo = await createBuildableRepo('history-');
    for (const version of [V1, V2, V3]) {
      await repo.write('content/codes/TKT-008.mdx', codeFile('TKT-008', version));
      commits.push(repo.commit(`TKT-008 v${version.version}`));
    }
    await repo.write('content/codes/TKT-008.mdx', codeFile('TKT-008', V4));
    await repo.write('content/codes/TKT-009.mdx', codeFile('TKT-009', { ...V3, version: 1, changeNote: 'Replaces TKT-008.' }));
    commits.push(repo.commit('Retire TKT-008 for TKT-009'));
    built = await openBuiltSite(repo.root);
    ({ page, browser } = built);
  });

  afterAll(async () => {
    await built?.close();
    await repo?.dispose();
  });

  it('writes a page for every version, rendered from the file as it was', async () => {
    expect(stepsOf(await html('codes/TKT-008/v1'))).toContain('zebracorn');
    expect(stepsOf(await html('codes/TKT-008/v2'))).toContain('reissue them quickly');
    expect(stepsOf(await html('codes/TKT-008/v2'))).not.toContain('zebracorn');
    expect(await html('codes/TKT-008/v3')).toMatch(/After 5 min/);
    expect(await html('codes/TKT-008/v4')).toContain('Retired');
  });

  it('marks superseded versions and keeps them out of search', async () => {
    for (const [version, by, on] of [
      [1, 2, '2 March 2026'],
      [2, 3, '1 June 2026'],
      [3, 4, '1 September 2026'],
    ] as const) {
      const text = await html(`codes/TKT-008/v${version}`);
      expect(text).toMatch(new RegExp(`Superseded\\s+on ${on} by version ${by}\\s+— do not use for service`));
      expect(text).not.toContain('data-pagefind-body');
    }
    const current = await html('codes/TKT-008');
    const historyList = /<ol class="sh-history"[\s\S]*?<\/ol>/.exec(current)?.[0] ?? '';
    for (const version of [1, 2, 3]) {
      const link = `href="/codes/TKT-008/v${version}/"`;
      expect(current.split(link).length, `links to v${version} outside History`).toBe(historyList.split(link).length);
      expect(historyList).toContain(link);
    }
    expect(await pagefindUrls(page, 'zebracorn')).toEqual([]);
    expect(await pagefindUrls(page, 'TKT-008')).toEqual(['/codes/TKT-008/']);
  });

  it.each(COLOR_SCHEMES)('has no WCAG 2.2 A/AA violations on superseded, retired and changes pages (%s theme)', async (colorScheme) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
    const phone = await context.newPage();
    for (const path of ['/codes/TKT-008/v2/', '/codes/TKT-008/', '/changes/', '/briefing/']) {
      await phone.goto(`${built.origin}${path}`);
      const { violations } = await new AxeBuilder({ page: phone }).withTags(WCAG_22_AA_TAGS).analyze();
      expect(violations.map(({ id }) => `${path} ${id}`)).toEqual([]);
    }
    await context.close();
  });

  it('says loudly that a retired code is retired and points to its replacement', async () => {
    const current = await html('codes/TKT-008');
    expect(current).toContain('Retired — do not use for service.');
    expect(current).toMatch(/Use <a href="\/codes\/TKT-009\/"[^>]*>TKT-009 Lost e-tickets<\/a> instead/);
  });

  it('shows what changed in the steps and the escalation', async () => {
    const v2 = await html('codes/TKT-008/v2');
    expect(v2).toMatch(/Step 2 changed:.*<del[^>]*>[^<]*zebracorn[^<]*<\/del>/s);
    expect(v2).toMatch(/<ins[^>]*>[^<]*reissue[^<]*<\/ins>/);
    expect(await html('codes/TKT-008/v3')).toMatch(/<code[^>]*>shift-manager<\/code>\s*after 10 min → 5 min/);
  });

  it('cites each version with its own commit, and the current page is canonical at its v<N> page', async () => {
    const v2 = await html('codes/TKT-008/v2');
    expect(v2).toContain(`TKT-008 &quot;Lost e-tickets&quot;, version 2, effective 2026-03-02, commit ${commits[1]!.slice(0, 10)}`);
    expect(v2).toContain('Approved by</dt><dd');
    expect(v2).toMatch(/Approved by<\/dt><dd[^>]*>Handbook Test/);
    const current = await html('codes/TKT-008');
    expect(current).toMatch(/<link rel="canonical" href="http:\/\/localhost:4321\/codes\/TKT-008\/v4\/">/);
    expect(current).toContain(`/commit/${commits[3]}`);
  });

  it('lists every version change in /changes/ and its Atom feed, newest first', async () => {
    const feed = await readFile(join(built.outDir, 'changes.xml'), 'utf8');
    const titles = [...feed.matchAll(/<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((match) => match[1]);
    expect(titles).toEqual([
      'TKT-008 Lost e-tickets, version 4',
      'TKT-008 Lost e-tickets, version 3',
      'TKT-009 Lost e-tickets, version 1',
      'TKT-008 Lost e-tickets, version 2',
      'TKT-008 Lost e-tickets, version 1',
    ]);
    expect(await html('changes')).toContain('Photograph before reissuing.');
  });
});

describe('a build without full history', () => {
  it('builds current versions only and says history is not available', async () => {
    const repo = await createBuildableRepo('shallow-source-');
    const outDir = await mkdtemp(join(tmpdir(), 'handbook-shallow-'));
    try {
      for (const version of [V1, V2]) {
        await repo.write('content/codes/TKT-008.mdx', codeFile('TKT-008', version));
        repo.commit(`TKT-008 v${version.version}`);
      }
      const clone = await createBuildableRepo('shallow-clone-');
      await rm(clone.root, { recursive: true, force: true });
      repo.git('clone', '--quiet', '--depth', '1', `file://${repo.root}`, clone.root);
      try {
        await buildSite(clone.root, outDir);
        const current = await readFile(join(outDir, 'codes', 'TKT-008', 'index.html'), 'utf8');
        expect(current).toContain('History not available in this build');
        expect(current).not.toMatch(/\/commit\/[0-9a-f]{40}/);
        await expect(readFile(join(outDir, 'codes', 'TKT-008', 'v1', 'index.html'), 'utf8')).rejects.toThrow();
        expect(await readFile(join(outDir, 'codes', 'TKT-008', 'v2', 'index.html'), 'utf8')).toContain('version 2');
      } finally {
        await clone.dispose();
      }
    } finally {
      await repo.dispose();
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
