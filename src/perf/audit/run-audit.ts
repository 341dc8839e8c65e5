import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../measure/launch-browser.ts';
import { weighPage, type PageWeight } from '../measure/page-weight.ts';
import { measureFirstSearches, type SearchWeight } from '../measure/search-weight.ts';
import { serveStatic } from '../measure/static-server.ts';
import { WeightCache } from '../measure/transfer-size.ts';
import { axeViolations, type AxeRow } from '../measure/axe-violations.ts';
import { lighthouseScores, type LighthouseScores } from '../measure/lighthouse-scores.ts';
import { formatSearchQuality, measureSearchQuality, readQualityQueries, type QualityResult } from '../measure/search-quality.ts';

export interface AuditOptions {
  outDir: string;
  /** One page of each type: what Lighthouse and axe look at. */
  pages: Readonly<Record<string, string>>;
  lighthousePages: readonly string[];
  searches: readonly string[];
  lighthousePort: number;
  /** Query sets to measure search quality with: a name, and the folder holding `<language>.yaml` per language. */
  qualitySets: ReadonlyArray<{ name: string; folder: string; languages: readonly string[] }>;
}

export interface AuditReport {
  pageWeights: PageWeight[];
  heaviestCodePage: PageWeight | undefined;
  searches: SearchWeight[];
  lighthouse: LighthouseScores[];
  axe: AxeRow[];
  quality: Array<{ name: string; results: QualityResult[] }>;
}

/** Measure a built handbook as staff receive it: bytes per page, bytes per first search, Lighthouse and axe. */
export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const cache = new WeightCache();
  const weigh = (path: string) => weighPage(options.outDir, join(options.outDir, path, 'index.html'), cache);
  const pageWeights = await Promise.all(Object.values(options.pages).map(weigh));
  const codePages = await Array.fromAsync(glob('codes/*/index.html', { cwd: options.outDir }));
  const codeWeights = await Promise.all(codePages.map((file) => weighPage(options.outDir, join(options.outDir, file), cache)));
  const heaviestCodePage = codeWeights.sort((a, b) => b.gzip - a.gzip)[0];
  const home = pageWeights[0];
  const searches = await measureFirstSearches(
    options.outDir,
    options.searches.map((query) => ({ query, pageAssets: home?.assets ?? [] })),
  );

  const site = await serveStatic(options.outDir, { gzip: true });
  const browser = await launchBrowser({ remoteDebuggingPort: options.lighthousePort });
  try {
    const axe = await axeViolations(browser, site.origin, Object.values(options.pages));
    const lighthouse = await lighthouseScores(options.lighthousePort, site.origin, options.lighthousePages);
    const quality = [];
    for (const set of options.qualitySets) {
      const results: QualityResult[] = [];
      for (const language of set.languages) {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
        await page.goto(`${site.origin}${language === 'en' ? '/' : `/${language}/`}`);
        results.push(await measureSearchQuality(page, language, await readQualityQueries(join(set.folder, `${language}.yaml`))));
        await page.close();
      }
      quality.push({ name: set.name, results });
    }
    return { pageWeights, heaviestCodePage, searches, lighthouse, axe, quality };
  } finally {
    await browser.close();
    await site.stop();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatAudit(report: AuditReport): string {
  const lines = ['Page weight (HTML + CSS + JS it loads, gzip; search index excluded)'];
  for (const weight of [...report.pageWeights, ...(report.heaviestCodePage ? [report.heaviestCodePage] : [])]) {
    lines.push(`  ${weight.path.padEnd(34)} ${kb(weight.gzip).padStart(9)}  (${kb(weight.raw)} raw)`);
  }
  const home = report.pageWeights[0];
  lines.push('', `First search of a session (bytes fetched after the page, gzip; home page ${kb(home?.gzip ?? 0)} + search)`);
  for (const search of report.searches) {
    const total = kb((home?.gzip ?? 0) + search.gzip);
    lines.push(
      `  ${JSON.stringify(search.query).padEnd(34)} ${kb(search.gzip).padStart(9)}  home + search ${total}, ${search.requests} files, first result ${search.firstResult ?? 'none'}`,
    );
  }
  lines.push('', 'Lighthouse, mobile preset (performance / accessibility / best practices; total blocking time)');
  for (const score of report.lighthouse) {
    lines.push(
      `  ${score.path.padEnd(34)} ${String(score.performance).padStart(3)} / ${score.accessibility} / ${score.bestPractices}; TBT ${score.totalBlockingTimeMs} ms`,
    );
  }
  lines.push('', 'axe-core, WCAG 2.2 A/AA, at 360 px');
  for (const row of report.axe) {
    lines.push(`  ${row.path.padEnd(34)} ${row.colorScheme.padEnd(5)} ${row.violations.length === 0 ? 'no violations' : row.violations.join(', ')}`);
  }
  for (const { name, results } of report.quality) lines.push('', `${name}: ${formatSearchQuality(results)}`);
  return lines.join('\n');
}
