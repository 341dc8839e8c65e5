import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

/** A query as staff type it and the documents (codes or standard slugs) that count as the right answer. */
export interface QualityQuery {
  query: string;
  right: string[];
}

export interface QualityResult {
  language: string;
  total: number;
  /** Queries with a right document among the first three results. */
  inTopThree: number;
  /** Queries whose first result is a right document. */
  first: number;
  misses: Array<QualityQuery & { got: string[] }>;
}

/** The queries of one language, from `test/search-quality/<language>.yaml`. */
export async function readQualityQueries(file: string): Promise<QualityQuery[]> {
  const queries: unknown = parse(await readFile(file, 'utf8'));
  if (!Array.isArray(queries)) throw new Error(`${file}: expected a list of { query, right }`);
  return queries.map((entry, index) => {
    const { query, right } = (entry ?? {}) as Partial<QualityQuery>;
    if (typeof query !== 'string' || !Array.isArray(right) || right.length === 0)
      throw new Error(`${file}: entry ${index + 1} needs a query and a list of right documents`);
    return { query, right: right.map(String) };
  });
}

/** `/uk/codes/TKT-001/` → `TKT-001`; `/standards/shift-briefing/` → `shift-briefing`. */
export const documentOfUrl = (url: string) => /\/(?:codes|standards)\/([^/]+)\/$/.exec(new URL(url, 'http://x').pathname)?.[1] ?? url;

/**
 * Type a query into the search page that `page` has open, as staff do, and
 * return the documents of the first `count` results (0: all shown). Waits for
 * the list to name this query, so a slow first search on a busy machine is
 * waited for.
 */
export async function searchThroughPage(page: Page, query: string, count = 3): Promise<string[]> {
  const field = page.locator('#search-field');
  // Typing, not Enter: Enter on a code opens the code's page instead of listing it.
  await field.fill(query);
  const list = page.locator('.sh-search__results');
  await page.waitForFunction((expected) => document.querySelector<HTMLElement>('.sh-search__results')?.dataset.query === expected, query.trim(), {
    timeout: 60_000,
  });
  const hrefs = await list
    .locator('.sh-result__link')
    .evaluateAll((links, max) => (max > 0 ? links.slice(0, max) : links).map((link) => link.getAttribute('href') ?? ''), count);
  return hrefs.map(documentOfUrl);
}

/** Run every query on the search page open in `page` (in its language) and count right answers in the top three. */
export async function measureSearchQuality(page: Page, language: string, queries: readonly QualityQuery[]): Promise<QualityResult> {
  const misses: QualityResult['misses'] = [];
  let first = 0;
  for (const entry of queries) {
    const got = await searchThroughPage(page, entry.query);
    if (!got.some((document) => entry.right.includes(document))) misses.push({ ...entry, got });
    if (got[0] !== undefined && entry.right.includes(got[0])) first++;
  }
  return { language, total: queries.length, inTopThree: queries.length - misses.length, first, misses };
}

export function formatSearchQuality(results: readonly QualityResult[]): string {
  const lines = ['Search quality: natural staff queries (test/search-quality/)'];
  for (const result of results) {
    const percent = ((100 * result.inTopThree) / Math.max(result.total, 1)).toFixed(0);
    lines.push(`  ${result.language}: right code in the top 3: ${result.inTopThree}/${result.total} (${percent} %); first: ${result.first}/${result.total}`);
    for (const miss of result.misses)
      lines.push(`      missed ${JSON.stringify(miss.query)}: want ${miss.right.join(' or ')}, got ${miss.got.join(', ') || 'nothing'}`);
  }
  return lines.join('\n');
}
