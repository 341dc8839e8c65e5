import type { Page } from 'playwright-core';
import { searchThroughPage } from '../../src/perf/measure/search-quality.ts';

/** Search as staff do: on the search page of `language`, type the query and wait for its results. Returns their links. */
export async function searchAs(page: Page, origin: string, language: string, query: string): Promise<string[]> {
  await page.goto(`${origin}${language === 'en' ? '/' : `/${language}/`}`);
  await searchThroughPage(page, query, 0);
  return page.locator('.sh-search__results .sh-result__link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
