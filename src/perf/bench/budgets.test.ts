import { describe, expect, it } from 'vitest';
import { formatVerdicts, judgeBudgets } from './budgets.ts';
import { formatTable } from './report-table.ts';
import type { BenchReport } from './run-bench.ts';
import type { SearchWeight } from '../measure/search-weight.ts';

const weight = (gzip: number) => ({ raw: gzip * 3, gzip });
const page = (path: string, gzip: number) => ({ path, html: weight(gzip / 2), ...weight(gzip), assets: [] });
const search = (query: string, gzip: number): SearchWeight => ({
  query,
  ...weight(gzip),
  requests: 12,
  files: [],
  byGroup: { ui: weight(gzip - 3000), engine: weight(1000), index: weight(1500), fragments: weight(500) },
  firstResult: '/codes/TKT-001/',
});

/** A report with round figures; each test changes only what it is about. */
function report(
  codes: number,
  figures: { seconds: number; rss?: number; codePage?: number; other?: number; search?: number; versions?: number; precache?: number; bare?: number | null },
): BenchReport {
  const pages = codes + 100;
  // The bare yardstick takes 10 s unless told; null is a run with --no-bare.
  const bareSeconds = figures.bare === undefined ? 10 : figures.bare;
  return {
    codes,
    standards: codes / 10,
    versions: figures.versions ?? 1,
    seed: 1,
    machine: { cpus: 2, node: 'v24', loadAverage: 0.5 },
    generateSeconds: 1,
    check: { seconds: 1, peakTreeRssBytes: 2e8, peakByProgram: { node: 2e8 } },
    build: {
      seconds: figures.seconds - 1,
      peakTreeRssBytes: figures.rss ?? 1e9,
      peakByProgram: { node: figures.rss ?? 1e9 },
      breakdown: {
        setupSeconds: 3,
        syncContentSeconds: 1,
        bundleSeconds: 2,
        generateSeconds: 4,
        afterBuildSeconds: 1,
        buildDoneSeconds: { 'handbook:pagefind': 0.8 },
        nodePeak: undefined,
      },
    },
    totalSeconds: figures.seconds,
    bare: bareSeconds === null ? undefined : { seconds: bareSeconds, peakTreeRssBytes: 6e8, peakByProgram: { node: 6e8 }, indexSeconds: 0.5, pages: codes },
    ratio: bareSeconds === null ? undefined : figures.seconds / bareSeconds,
    peakTreeRssBytes: figures.rss ?? 1e9,
    site: {
      pages,
      outputFiles: pages * 2,
      outputBytes: pages * 30_000,
      codePages: { count: codes, mean: weight(8000), largest: page('/codes/TKT-001/', figures.codePage ?? 9000) },
      largestOtherPage: page('/roles/usher/', figures.other ?? 10_000),
      home: page('/', 14_000),
      searchIndex: { files: 40, bytes: 2e6 },
      offlinePrecache: figures.precache === undefined ? undefined : { ...weight(figures.precache), files: 2000, worker: 'sw.js' },
    },
    secondsPerPage: figures.seconds / pages,
    search: {
      code: search('TKT-001', figures.search ?? 120_000),
      word: search('refund', (figures.search ?? 120_000) + 5000),
      sentence: search('guest wants a refund', (figures.search ?? 120_000) + 9000),
    },
    kept: undefined,
  };
}

const verdict = (reports: BenchReport[], budget: RegExp) => judgeBudgets(reports).find((candidate) => budget.test(candidate.budget));

describe('judgeBudgets', () => {
  it('holds 1,000 codes to 15 s and 5,000 to 60 s and 2.5 GB', () => {
    const reports = [report(1000, { seconds: 14 }), report(5000, { seconds: 61, rss: 2.6e9 })];
    expect(verdict(reports, /^1,000 codes: check/)).toEqual({ budget: '1,000 codes: check + build + index ≤ 15 s', figure: '14.0 s', met: true });
    expect(verdict(reports, /^5,000 codes: check/)).toMatchObject({ figure: '61.0 s', met: false });
    expect(verdict(reports, /peak memory/)).toMatchObject({ figure: '2.60 GB', met: false });
  });

  it('compares seconds per page at 5,000 with 1,000', () => {
    // 1,100 pages in 11 s and 5,100 pages in 66 s: 12.9 ms against 10 ms a page.
    const reports = [report(1000, { seconds: 11 }), report(5000, { seconds: 66 })];
    expect(verdict(reports, /^linear/)).toMatchObject({ figure: '1.29 ×', met: true });
    reports[1] = report(5000, { seconds: 70 });
    expect(verdict(reports, /^linear/)?.met).toBe(false);
  });

  it('flags a page that grows with the number of codes', () => {
    const reports = [report(300, { seconds: 5, other: 10_000 }), report(5000, { seconds: 50, other: 80_000 })];
    expect(verdict(reports, /largest other HTML/)).toMatchObject({ figure: '8.00 ×', met: false });
    expect(verdict(reports, /largest code page at/)).toMatchObject({ figure: '1.00 ×', met: true });
  });

  it('holds code pages to 60 KB, and the home page with its first search to 140 KB up to 1,000 codes', () => {
    // Home 14 KB: 14 + 122 for the code, + 127 for the word, + 131 for the sentence.
    const small = [report(1000, { seconds: 10, codePage: 61_000, search: 122_000 })];
    expect(verdict(small, /largest code page ≤ 60 KB/)).toMatchObject({ figure: '61.0 KB', met: false });
    expect(verdict(small, /`TKT-001` ≤ 140 KB/)).toMatchObject({ figure: '136.0 KB', met: true });
    expect(verdict(small, /`refund` ≤ 140 KB/)).toMatchObject({ figure: '141.0 KB', met: false });
    expect(verdict(small, /`guest wants a refund` ≤ 140 KB/)?.met).toBe(false);
    expect(verdict([report(5000, { seconds: 50 })], /≤ 140 KB/)).toBeUndefined();
  });

  it("holds the first visit's offline download to 6 MB at 1,000 codes", () => {
    expect(verdict([report(1000, { seconds: 10, precache: 5_900_000 })], /offline download/)).toMatchObject({ figure: '5.9 MB', met: true });
    expect(verdict([report(1000, { seconds: 10, precache: 6_400_000 })], /offline download/)?.met).toBe(false);
  });

  it('holds check + build to 1.5 × the bare site at 1,000 codes and more, with one version', () => {
    expect(verdict([report(1000, { seconds: 14, bare: 10 })], /bare/)).toEqual({
      budget: '1,000 codes: check + build ≤ 1.5 × the bare Astro + MDX + Pagefind build',
      figure: '1.40 ×',
      met: true,
    });
    expect(verdict([report(1000, { seconds: 16, bare: 10 })], /bare/)).toMatchObject({ figure: '1.60 ×', met: false });
    expect(verdict([report(5000, { seconds: 70, bare: 40 })], /^5,000 codes: .*bare/)).toMatchObject({ figure: '1.75 ×', met: false });
    // Not set for small sites, for several versions (the bare site has no history), or for a run without the yardstick.
    expect(verdict([report(300, { seconds: 30, bare: 10 })], /bare/)).toBeUndefined();
    expect(verdict([report(1000, { seconds: 30, bare: 10, versions: 3 })], /bare/)).toBeUndefined();
    expect(verdict([report(1000, { seconds: 30, bare: null })], /bare/)).toBeUndefined();
  });

  it('leaves out budgets for sizes that were not run', () => {
    const budgets = judgeBudgets([report(300, { seconds: 5 })]).map(({ budget }) => budget);
    expect(budgets.some((budget) => /15 s|60 s|linear|independent/.test(budget))).toBe(false);
    expect(budgets).toHaveLength(4);
  });

  it('prints a mark and the figure for each budget', () => {
    expect(formatVerdicts(judgeBudgets([report(1000, { seconds: 16 })])).split('\n')[0]).toBe('✖ MISSED  1,000 codes: check + build + index ≤ 15 s: 16.0 s');
  });
});

describe('formatTable', () => {
  it('puts each run in a column and each figure in a row', () => {
    const lines = formatTable([report(300, { seconds: 5 }), report(1000, { seconds: 12 })]).split('\n');
    expect(lines[0]).toBe('|  | N = 300 | N = 1,000 |');
    expect(lines).toContain('| total, check + build | 5.0 s | 12.0 s |');
    expect(lines).toContain('| cores · load average at start | 2 · 0.50 | 2 · 0.50 |');
    expect(lines).toContain('| pages written | 400 | 1100 |');
    expect(lines).toContain('| first search, code: gzip (raw) | 120.0 KB (360.0 KB) | 120.0 KB (360.0 KB) |');
    expect(lines).toContain('|   home page + this first search: gzip | 134.0 KB | 134.0 KB |');
    expect(lines.find((line) => line.startsWith('| largest code page'))).toContain('9.0 KB (27.0 KB) /codes/TKT-001/');
  });

  it('adds the bare yardstick: a bare column and a ÷ bare column, a row per run', () => {
    const lines = formatTable([report(300, { seconds: 5, bare: 4 }), report(1000, { seconds: 15, bare: 10 })]).split('\n');
    const header = lines.indexOf('| handbook vs bare | check + build | bare (Astro + MDX + Pagefind) | ÷ bare | peak RSS: build · bare |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toBe('| N = 300 | 5.0 s | 4.0 s (Pagefind 0.5 s, 300 pages) | 1.25 × | 1.00 GB · 0.60 GB |');
    expect(lines[header + 3]).toBe('| N = 1,000 | 15.0 s | 10.0 s (Pagefind 0.5 s, 1000 pages) | 1.50 × | 1.00 GB · 0.60 GB |');
  });

  it('says when a run skipped the bare site, and prints no yardstick table when none built it', () => {
    const mixed = formatTable([report(300, { seconds: 5, bare: null }), report(1000, { seconds: 15 })]).split('\n');
    expect(mixed).toContain('| N = 300 | 5.0 s | skipped (--no-bare) | n/a | n/a |');
    expect(formatTable([report(1000, { seconds: 15, bare: null })])).not.toContain('bare');
  });
});
