import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BENCH_PARENT, runBench } from './run-bench.ts';

// The whole benchmark at N = 20: generate, check, astro build with Pagefind, the bare Astro + MDX +
// Pagefind yardstick, measure, search in a browser, clean up. It proves the stages fit together; the figures at scale come from `npm run bench`.
describe('npm run bench at 20 codes', () => {
  it('runs every stage on the real pipeline, measures the output and removes the repo', async () => {
    const before = new Set(await readdir(BENCH_PARENT).catch(() => []));
    const report = await runBench({
      codes: 20,
      standards: 3,
      versions: 2,
      seed: 1,
      word: 'guest',
      sentence: 'guest waiting at the bar anymore',
      keep: false,
      search: true,
      cpuProfile: false,
      bare: true,
    });

    expect(report.check.seconds).toBeGreaterThan(0);
    expect(report.build.seconds).toBeGreaterThan(report.build.breakdown.setupSeconds);
    expect(report.build.breakdown.afterBuildSeconds).toBeGreaterThan(0);
    expect(report.build.breakdown.buildDoneSeconds['handbook:pagefind']).toBeGreaterThan(0);
    expect(report.totalSeconds).toBeCloseTo(report.check.seconds + report.build.seconds, 5);
    // A Node process running Astro is never smaller than this; a zero would mean the sampler saw nothing.
    expect(report.build.peakTreeRssBytes).toBeGreaterThan(100e6);

    // The yardstick: every code compiled as MDX (<Say>, <Note>, <Warning> included), one page each, indexed by Pagefind.
    expect(report.bare?.pages).toBe(20);
    expect(report.bare?.indexSeconds).toBeGreaterThan(0);
    expect(report.bare?.seconds).toBeGreaterThan(report.bare?.indexSeconds ?? Infinity);
    expect(report.bare?.peakTreeRssBytes).toBeGreaterThan(100e6);
    expect(report.ratio).toBeCloseTo(report.totalSeconds / report.bare!.seconds, 5);

    expect(report.site.codePages.count).toBe(20);
    expect(report.site.pages).toBeGreaterThan(20 + 3);
    expect(report.site.codePages.largest.gzip).toBeGreaterThanOrEqual(report.site.codePages.mean.gzip);
    expect(report.site.codePages.mean.raw).toBeGreaterThan(report.site.codePages.mean.gzip);
    expect(report.site.searchIndex.bytes).toBeGreaterThan(0);

    const { code, word, sentence } = report.search!;
    expect(code.firstResult).toBe(`/codes/${code.query}/`);
    expect(code.byGroup.engine.gzip).toBeGreaterThan(0);
    expect(code.byGroup.index.gzip).toBeGreaterThan(0);
    expect(word.byGroup.fragments.gzip).toBeGreaterThan(0);
    // A sentence with a word on no page still finds pages: search drops the word rather than coming back empty.
    expect(sentence.firstResult).toMatch(/^\/(codes|standards)\//);
    expect(report.site.home.gzip).toBeGreaterThan(0);

    const left = (await readdir(BENCH_PARENT)).filter((name) => !before.has(name) && name.startsWith('bench-20-'));
    expect(left).toEqual([]);
    expect(existsSync(report.kept ?? '/nonexistent')).toBe(false);
  }, 60_000);
});
